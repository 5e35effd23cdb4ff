"""The shared repository as front ends use it: create it, list it, and (see `publishing`)
clone, publish and pull.

Every function opens its own short-lived connection: the app and the CLI hold no server
connection while people work, which is what lets everything go on offline.
"""

from __future__ import annotations

from dataclasses import dataclass

from roadmap.store.repository import RepositoryEntry, Server, find_entry, list_entries

__all__ = [
    "InitResult",
    "Server",
    "delete_from_repository",
    "init_repository",
    "list_repository",
    "role_names",
]

ROLE_KINDS = ("reader", "planner", "owner")


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
        before, after = server.init_schema()
        made: tuple[str, ...] = ()
        from roadmap.store.roles import grant_roles, grant_tables, roles_exist

        names = role_names(server.database)
        with server.transaction() as conn:
            if roles:
                grant_roles(conn, names)
                made = tuple(names.values())
            elif roles_exist(conn, names):
                # An upgrade's new tables belong to whoever ran it: the roles get them too,
                # or a planner's next publish would be refused by the server.
                grant_tables(conn, names)
        return InitResult(before, after, made)
    finally:
        server.close()


def delete_from_repository(url_text: str, key: str) -> RepositoryEntry:
    """Delete the roadmap `key` (id or exact title) and everything of it from the repository,
    in one transaction; only an owner may. Clones keep their files (a publish from one is then
    told the roadmap is gone)."""
    from roadmap.store.server import RepositoryAccessDenied
    from roadmap.store.server_writes import delete_roadmap, lock_roadmap, may_delete

    server = Server.at(url_text)
    try:
        with server.transaction() as conn:
            if not may_delete(conn):
                raise RepositoryAccessDenied("repository.not_owner", where=server.where)
            entry = find_entry(conn, key)
            lock_roadmap(conn, entry.id)  # a publish under way finishes first
            delete_roadmap(conn, entry.id)
        return entry
    finally:
        server.close()


def list_repository(url_text: str) -> list[RepositoryEntry]:
    server = Server.at(url_text)
    try:
        with server.transaction() as conn:
            return list_entries(conn)
    finally:
        server.close()
