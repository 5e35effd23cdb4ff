"""What a publish writes on the server, inside its one transaction.

A row change carries the version its planner read (`base`): an update or a delete touches the
row only while its `row_version` is still no newer (`WHERE … AND row_version <= :base`), and
the row count tells whether it did. So a publish never overwrites a row that someone changed
after this copy's base, even if the roadmap-wide lock (`lock_roadmap`) were bypassed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, and_, delete, insert, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from roadmap.store.interface import Row
from roadmap.store.migration_ops import ROADMAP_ID, ROW_VERSION
from roadmap.store.repository import (
    RECORD_TABLES,
    publishes,
    removed,
    roadmaps,
    server_table,
)

Key = tuple[tuple[str, Any], ...]


def row_key(key: Key) -> str:
    """A row's key as one text, for `repository_removed`."""
    return "|".join(str(value) for _, value in key)


def _server_values(table: str, values: Row) -> Row:
    """File values (dates as ISO text) as the server's columns take them."""
    columns = server_table(table).c
    return {
        name: date.fromisoformat(value)
        if isinstance(value, str) and columns[name].type.python_type is date
        else value
        for name, value in values.items()
    }


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


def insert_rows(
    conn: Connection, roadmap_id: str, table: str, rows: Sequence[Row], version: int
) -> None:
    """Many new rows of one table in a handful of statements."""
    if rows:
        values = [
            {ROADMAP_ID: roadmap_id, **_server_values(table, row), ROW_VERSION: version}
            for row in rows
        ]
        conn.execute(insert(server_table(table)), values)


def _matching(table: str, roadmap_id: str, key: Key) -> Any:
    t = server_table(table)
    return and_(t.c[ROADMAP_ID] == roadmap_id, *(t.c[col] == value for col, value in key))


def apply_change(
    conn: Connection,
    roadmap_id: str,
    table: str,
    key: Key,
    after: Row | None,
    *,
    inserted: bool,
    base: int,
    version: int,
) -> bool:
    """Insert, update or delete one row at `version`, only if no one changed it after `base`.
    False when it had changed (nothing written for this row)."""
    t = server_table(table)
    if inserted:
        assert after is not None
        conn.execute(
            delete(removed).where(
                removed.c[ROADMAP_ID] == roadmap_id,
                removed.c.table_name == table,
                removed.c.row_key == row_key(key),
            )
        )
        exists = conn.execute(
            select(t.c[ROW_VERSION]).where(_matching(table, roadmap_id, key))
        ).first()
        if exists is not None:
            return False
        insert_rows(conn, roadmap_id, table, [after], version)
        return True
    unchanged = and_(_matching(table, roadmap_id, key), t.c[ROW_VERSION] <= base)
    if after is None:
        done = conn.execute(delete(t).where(unchanged)).rowcount == 1
        if done:
            marker = pg_insert(removed).values(
                roadmap_id=roadmap_id, table_name=table, row_key=row_key(key), row_version=version
            )
            conn.execute(
                marker.on_conflict_do_update(
                    index_elements=[removed.c[ROADMAP_ID], removed.c.table_name, removed.c.row_key],
                    set_={ROW_VERSION: version},
                )
            )
        return done
    values = {**_server_values(table, after), ROW_VERSION: version}
    return conn.execute(update(t).where(unchanged).values(values)).rowcount == 1


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
