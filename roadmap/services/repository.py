"""The shared repository as front ends use it: create it, list it, and (see `publishing`)
clone, publish and pull.

Every function opens its own short-lived connection: the app and the CLI hold no server
connection while people work, which is what lets everything go on offline.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, exc
from sqlalchemy.engine import URL

from roadmap.domain.messages import Message
from roadmap.store.repository import RepositoryEntry, init_schema, list_entries, require_current
from roadmap.store.server import (
    make_server_engine,
    repository_url,
    server_transaction,
    translate,
    where,
)

ROLE_KINDS = ("reader", "planner", "owner")


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

    def close(self) -> None:
        self.engine.dispose()


@dataclass(frozen=True)
class InitResult:
    before: str | None
    after: str
    roles: tuple[str, ...]


def role_names(database: str) -> dict[str, str]:
    """The roles of one repository, named after its database: several repositories on one
    server (roles are server-wide) then never share access by accident."""
    return {kind: f"{database}_{kind}" for kind in ROLE_KINDS}


def init_repository(url_text: str, *, roles: bool = False) -> InitResult:
    """Create or upgrade the repository schema at `url_text` (and its roles with `roles`)."""
    server = Server.at(url_text)
    try:
        try:
            before, after = init_schema(server.engine, server.where)
        except exc.DBAPIError as error:
            raise translate(error, server.url) from None
        made: tuple[str, ...] = ()
        if roles:
            from roadmap.store.roles import grant_roles

            names = role_names(server.url.database or "roadmap")
            with server.transaction() as conn:
                grant_roles(conn, names)
            made = tuple(names.values())
        return InitResult(before, after, made)
    finally:
        server.close()


def list_repository(url_text: str) -> list[RepositoryEntry]:
    server = Server.at(url_text)
    try:
        with server.transaction(reading=True) as conn:
            return list_entries(conn)
    finally:
        server.close()
