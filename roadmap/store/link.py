"""A roadmap file's tie to the shared repository: the `repository_link` row (see schema.py)."""

from __future__ import annotations

from dataclasses import astuple, dataclass
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, unquote, urlsplit

from roadmap.domain.messages import Message, message
from roadmap.store.interface import StoreSession
from roadmap.store.rows import fetch

if TYPE_CHECKING:
    from sqlalchemy import Connection

_COLUMNS = ("url", "roadmap_id", "base_version", "synced_at", "pending_publish", "base", "edited")


@dataclass(frozen=True)
class LinkRow:
    url: str  # as people write it, never with a password (see store.server)
    roadmap_id: str
    base_version: int  # the server version the base was read at
    synced_at: str  # ISO time of the last publish or pull
    pending_publish: str | None  # the id of a publish sent but not known to have landed
    base: bytes  # the roadmap as it was at that version, packed
    # Whether the roadmap's rows were written since that sync: 0 no, 1 yes (set by the store
    # on every write of them), None not known (a file of an older format).
    edited: int | None = 0


def link_in(session: StoreSession) -> LinkRow | None:
    """The link row read through the store interface (the file's own connection: opening a
    roadmap asks for it, and needs no SQLAlchemy for it)."""
    for row in session.table_rows("repository_link", ("id",)):
        if row["id"] == 1:
            return LinkRow(
                row["url"],
                row["roadmap_id"],
                int(row["base_version"]),
                row["synced_at"],
                row["pending_publish"],
                bytes(row["base"]),
                row["edited"],
            )
    return None


def read_link(conn: Connection) -> LinkRow | None:
    rows = fetch(conn, f"SELECT {', '.join(_COLUMNS)} FROM repository_link WHERE id = 1")
    if not rows:
        return None
    url, roadmap_id, version, synced_at, pending, base, edited = rows[0]
    return LinkRow(url, roadmap_id, int(version), synced_at, pending, bytes(base), edited)


def write_link(conn: Connection, link: LinkRow) -> None:
    conn.exec_driver_sql("DELETE FROM repository_link")
    marks = ", ".join("?" * (len(_COLUMNS) + 1))
    conn.exec_driver_sql(
        f"INSERT INTO repository_link (id, {', '.join(_COLUMNS)}) VALUES ({marks})",
        (1, *astuple(link)),
    )


def mark_synced(conn: Connection) -> None:
    """The roadmap's rows are found equal to the base after all (edited back)."""
    conn.exec_driver_sql("UPDATE repository_link SET edited = 0 WHERE id = 1")


def set_pending(conn: Connection, publish_id: str | None) -> None:
    conn.exec_driver_sql(
        "UPDATE repository_link SET pending_publish = ? WHERE id = 1", (publish_id,)
    )


def where_of_url(url_text: str) -> Message:
    """Host and database of the URL a link remembers (as `server.public_url` wrote it), for
    the status bar: what `server.where` says of it, read without SQLAlchemy, whose import
    (~200 ms) every opening of a synced roadmap paid on the window's thread."""
    parts = urlsplit(url_text.strip())
    netloc = parts.netloc.rpartition("@")[2]
    ipv6 = netloc.startswith("[")
    host = netloc[1:].partition("]")[0] if ipv6 else netloc.partition(":")[0]
    host = unquote(host) or parse_qs(parts.query).get("host", [""])[0] or "localhost"
    return message("repository.where", database=unquote(parts.path[1:]), host=host)
