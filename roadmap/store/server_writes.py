"""A publish's bookkeeping on the server, inside its one transaction: the roadmap's row lock
and version, the publishes applied, who may publish or delete, deleting a roadmap.

The rows of a roadmap are written through the store interface (`server_session.ServerSession`),
under the conflict rule with the row version.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Connection, delete, insert, select, text, update

from roadmap.store.migration_ops import ROADMAP_ID
from roadmap.store.repository import (
    RECORD_TABLES,
    publishes,
    removed,
    roadmaps,
    server_table,
)


def lock_roadmap(conn: Connection, roadmap_id: str) -> int | None:
    """The roadmap's current version, locked until the transaction ends (None: not there).
    Publishes of one roadmap queue here; publishes of different roadmaps do not wait."""
    query = select(roadmaps.c.version).where(roadmaps.c.id == roadmap_id).with_for_update()
    return conn.execute(query).scalar()


def version_of_publish(conn: Connection, publish_id: str) -> int | None:
    query = select(publishes.c.version).where(publishes.c.publish_id == publish_id)
    return conn.execute(query).scalar()


def add_roadmap(
    conn: Connection, roadmap_id: str, title: str, by: str, counts: dict[str, int]
) -> None:
    conn.execute(
        insert(roadmaps).values(
            id=roadmap_id,
            title=title,
            version=0,
            published_by=by,
            published_at=datetime.now(UTC),
            counts=counts,
        )
    )


def record_publish(
    conn: Connection,
    roadmap_id: str,
    publish_id: str,
    version: int,
    title: str,
    by: str,
    counts: dict[str, int],
) -> None:
    conn.execute(
        update(roadmaps)
        .where(roadmaps.c.id == roadmap_id)
        .values(
            version=version,
            title=title,
            published_by=by,
            published_at=datetime.now(UTC),
            counts=counts,
        )
    )
    conn.execute(
        insert(publishes).values(publish_id=publish_id, roadmap_id=roadmap_id, version=version)
    )


def current_user(conn: Connection) -> str:
    """The server role this connection writes as (recorded with each publish)."""
    return str(conn.execute(text("SELECT current_user")).scalar_one())


def may_publish(conn: Connection) -> bool:
    """Whether this connection's role may change roadmaps (planner or owner, not reader)."""
    query = text("SELECT has_table_privilege('repository_roadmaps', 'UPDATE')")
    return bool(conn.execute(query).scalar())


def may_delete(conn: Connection) -> bool:
    """Whether this connection's role owns the repository's tables (the owner role, or whoever
    created a repository without roles): only an owner deletes roadmaps."""
    query = text(
        "SELECT pg_has_role(current_user, tableowner, 'MEMBER') FROM pg_tables "
        "WHERE schemaname = current_schema() AND tablename = 'repository_roadmaps'"
    )
    return bool(conn.execute(query).scalar())


def delete_roadmap(conn: Connection, roadmap_id: str) -> None:
    """Every row of one roadmap, its publishes and removal markers, then its entry."""
    for name in RECORD_TABLES:
        t = server_table(name)
        conn.execute(delete(t).where(t.c[ROADMAP_ID] == roadmap_id))
    for t in (publishes, removed):
        conn.execute(delete(t).where(t.c[ROADMAP_ID] == roadmap_id))
    conn.execute(delete(roadmaps).where(roadmaps.c.id == roadmap_id))


def roadmap_version(conn: Connection, roadmap_id: str) -> int | None:
    """The roadmap's current version on the server (None: not there)."""
    query = select(roadmaps.c.version).where(roadmaps.c.id == roadmap_id)
    found = conn.execute(query).scalar()
    return None if found is None else int(found)
