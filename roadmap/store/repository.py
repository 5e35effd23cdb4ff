"""The shared repository's tables and what is read from them, on PostgreSQL.

The record tables are the roadmap file's tables (built by the same Alembic revisions, see
`migration_ops`) plus `roadmap_id` and `row_version`; `repository_roadmaps` lists the roadmaps
with their current version, `repository_publishes` the publishes applied (by the id the client
chose, so a retry is applied once) and `repository_removed` the rows deleted, by version.
Every statement is built with SQLAlchemy Core: values travel as bound parameters only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Connection,
    DateTime,
    Engine,
    MetaData,
    String,
    Table,
    Text,
    exc,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import URL

from roadmap.domain.entities import Entity, EntityKind
from roadmap.domain.messages import Message
from roadmap.domain.snapshot import WRITE_ORDER, RoadmapSnapshot
from roadmap.store.migration_ops import ROADMAP_ID, ROW_VERSION
from roadmap.store.rows import codec
from roadmap.store.schema import LINKS, metadata
from roadmap.store.server import (
    RepositoryError,
    make_server_engine,
    repository_url,
    server_transaction,
    translate,
    where,
)
from roadmap.store.sql_session import order_columns

server_metadata = MetaData()

roadmaps = Table(
    "repository_roadmaps",
    server_metadata,
    Column("id", String(36), primary_key=True),
    Column("title", Text, nullable=False),
    Column("version", BigInteger, nullable=False),
    Column("published_by", Text, nullable=False),
    Column("published_at", DateTime(timezone=True), nullable=False),
    Column("counts", JSON, nullable=False),
)

publishes = Table(
    "repository_publishes",
    server_metadata,
    Column("publish_id", String(36), primary_key=True),
    Column(ROADMAP_ID, String(36), nullable=False),
    Column("version", BigInteger, nullable=False),
)

removed = Table(
    "repository_removed",
    server_metadata,
    Column(ROADMAP_ID, String(36), primary_key=True),
    Column("table_name", String(64), primary_key=True),
    Column("row_key", Text, primary_key=True),
    Column(ROW_VERSION, BigInteger, nullable=False),
)

# The tables a roadmap's content lives in: one per kind of record, the link tables, and its
# baselines.
RECORD_TABLES: tuple[str, ...] = (
    tuple(codec(kind).table.name for kind in WRITE_ORDER)
    + tuple(table.name for table, _, _ in LINKS.values())
    + ("baselines",)
)
BOOKKEEPING_TABLES = ("repository_roadmaps", "repository_publishes", "repository_removed")


def server_table(name: str) -> Table:
    """The server form of the file's table `name`: `roadmap_id` first, `row_version` last."""
    # A table's own `.name` is a str subclass, which `cache` keys apart from the plain text:
    # the table would be defined twice.
    return _server_table(str(name))


@cache
def _server_table(name: str) -> Table:
    source = metadata.tables[name]
    columns: list[Column[Any]] = [Column(ROADMAP_ID, String(36), primary_key=True)]
    columns += [
        Column(c.name, c.type, nullable=c.nullable, primary_key=c.primary_key)
        for c in source.columns
    ]
    columns.append(Column(ROW_VERSION, BigInteger, nullable=False))
    return Table(name, server_metadata, *columns)


@dataclass(frozen=True)
class RepositoryEntry:
    """One roadmap in the repository, as `repo list` shows it."""

    id: str
    title: str
    version: int
    published_by: str
    published_at: datetime
    counts: dict[str, int]


def revision_of(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def require_current(conn: Connection, where: Message) -> None:
    """Refuse a database that is not a repository, or one of another format than ours."""
    from roadmap.store.file_format import HEAD_REVISION
    from roadmap.store.migrate import known_revisions

    revision = revision_of(conn)
    if revision is None or not inspect(conn).has_table("repository_roadmaps"):
        raise RepositoryError("repository.not_a_repository", where=where)
    if revision == HEAD_REVISION:
        return
    if revision in known_revisions():
        raise RepositoryError("repository.older", where=where)
    raise RepositoryError("repository.newer", where=where)


def init_schema(engine: Engine, where: Message) -> tuple[str | None, str]:
    """Create or upgrade the repository schema; (revision before, revision after)."""
    from roadmap.store.file_format import HEAD_REVISION
    from roadmap.store.migrate import known_revisions, upgrade

    with engine.connect() as conn:
        before = revision_of(conn)
        if before is None and inspect(conn).has_table("repository_roadmaps"):
            raise RepositoryError("repository.unfinished", where=where)
        if before is None and set(inspect(conn).get_table_names()) & set(RECORD_TABLES):
            raise RepositoryError("repository.occupied", where=where)
    if before is not None and before not in known_revisions():
        raise RepositoryError("repository.newer", where=where)
    upgrade(engine)
    return before, HEAD_REVISION


def list_entries(conn: Connection) -> list[RepositoryEntry]:
    query = select(roadmaps).order_by(roadmaps.c.title, roadmaps.c.id)
    return [RepositoryEntry(**row._mapping) for row in conn.execute(query)]


def find_entry(conn: Connection, key: str) -> RepositoryEntry:
    """The roadmap whose id is `key`, or else whose title is exactly `key`."""
    by_id = conn.execute(select(roadmaps).where(roadmaps.c.id == key)).first()
    if by_id is not None:
        return RepositoryEntry(**by_id._mapping)
    titled = conn.execute(select(roadmaps).where(roadmaps.c.title == key)).all()
    if len(titled) == 1:
        return RepositoryEntry(**titled[0]._mapping)
    if titled:
        ids = ", ".join(row.id for row in titled)
        raise RepositoryError("repository.ambiguous_title", title=key, ids=ids)
    raise RepositoryError("repository.unknown_roadmap", key=key)


def _selected(name: str, columns: tuple[str, ...]) -> list[Any]:
    """The columns of `name` as the file stores them: dates as ISO text, the rest as they are."""
    table = server_table(name)
    chosen: list[Any] = []
    for column in columns:
        col = table.c[column]
        if col.type.python_type.__name__ == "date":
            chosen.append(func.to_char(col, "YYYY-MM-DD").label(column))
        else:
            chosen.append(col)
    return chosen


def load_snapshot(conn: Connection, roadmap_id: str) -> RoadmapSnapshot:
    """A whole roadmap as it is on the server now, read through the store interface."""
    from roadmap.store.server_session import ServerSession

    session = ServerSession(conn, roadmap_id)
    sections: dict[EntityKind, tuple[Entity, ...]] = {
        kind: tuple(session.load_all(kind)) for kind in WRITE_ORDER
    }
    (info,) = sections.pop(EntityKind.ROADMAP)
    snapshot = RoadmapSnapshot(info=info)  # type: ignore[arg-type]
    for kind, items in sections.items():
        snapshot = snapshot.with_section(kind, items)
    return snapshot


def load_every_snapshot(conn: Connection) -> Iterator[RoadmapSnapshot]:
    """Every roadmap of the repository, read with one statement per table (not per roadmap:
    the portfolio of a thousand roadmaps; one roadmap is `load_snapshot`)."""
    sections: dict[str, dict[EntityKind, list[Entity]]] = defaultdict(lambda: defaultdict(list))
    for kind in WRITE_ORDER:
        c = codec(kind)
        table = server_table(c.table.name)
        query = select(table.c[ROADMAP_ID], *_selected(c.table.name, c.columns))
        links = _every_link(conn, kind)
        for row in conn.execute(query.order_by(table.c[ROADMAP_ID], *_order(table))):
            roadmap_id, values = row[0], row[1:]
            extra = links.get((roadmap_id, values[0]))
            sections[roadmap_id][kind].append(c.decode(values, extra))
    for found in sections.values():
        (info,) = found.pop(EntityKind.ROADMAP)
        snapshot = RoadmapSnapshot(info=info)  # type: ignore[arg-type]
        for kind, items in found.items():
            snapshot = snapshot.with_section(kind, tuple(items))
        yield snapshot


def _order(table: Table) -> list[Any]:
    """The file's order of a table's rows (`sql_session.order_columns`) within each roadmap,
    so a clone lists every kind as the published file did."""
    return [table.c[name] for name in order_columns(str(table.name))]


def _every_link(
    conn: Connection, kind: EntityKind
) -> dict[tuple[str, str], dict[str, tuple[str, ...]]]:
    result: dict[tuple[str, str], dict[str, tuple[str, ...]]] = defaultdict(dict)
    for link_field in codec(kind).link_fields:
        source, owner, member = LINKS[(kind, link_field)]
        table = server_table(source.name)
        grouped: dict[tuple[str, str], list[str]] = defaultdict(list)
        query = select(table.c[ROADMAP_ID], table.c[owner], table.c[member])
        query = query.order_by(table.c[ROADMAP_ID], *_order(table))
        for roadmap_id, owner_id, member_id in conn.execute(query):
            grouped[(roadmap_id, owner_id)].append(member_id)
        for key, members in grouped.items():
            result[key][link_field] = tuple(members)
    return result


@dataclass(frozen=True)
class Server:
    """A repository URL given by a person, checked, and the engine to reach it."""

    url: URL
    engine: Engine

    @classmethod
    def at(cls, text: str) -> Server:
        url = repository_url(text)
        return cls(url, make_server_engine(url))

    @property
    def where(self) -> Message:
        return where(self.url)

    @contextmanager
    def transaction(self, *, checked: bool = True, reading: bool = False) -> Iterator[Connection]:
        """One server transaction on a repository of this program's format. `reading`: every
        statement sees the same snapshot (REPEATABLE READ), for reads that must agree."""
        engine = self.engine
        if reading:
            engine = engine.execution_options(isolation_level="REPEATABLE READ")
        with server_transaction(engine, self.url) as conn:
            if checked:
                require_current(conn, self.where)
            yield conn

    @property
    def database(self) -> str:
        return self.url.database or "roadmap"

    def init_schema(self) -> tuple[str | None, str]:
        """Create or upgrade the repository schema; (revision before, revision after)."""
        try:
            return init_schema(self.engine, self.where)
        except exc.DBAPIError as error:
            raise translate(error, self.url) from None

    def close(self) -> None:
        self.engine.dispose()
