"""Reaching the shared repository: a PostgreSQL server, through psycopg 3 and SQLAlchemy.

Passwords never pass through this program: libpq finds them where it always does
(`~/.pgpass` or `PGPASSFILE`, a service file via `PGSERVICE`/`service=`, `PGPASSWORD`), and
TLS follows libpq too (`sslmode=verify-full` in the URL or `PGSSLMODE`). A URL that carries a
password is refused, because a command line that holds one ends up in the shell's history;
the URL a roadmap file remembers is the same one, so it never holds a password either.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, create_engine, exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from roadmap.domain.errors import RoadmapError
from roadmap.domain.messages import Message, message

CONNECT_TIMEOUT_S = 8
_SCHEMES = {"postgresql", "postgres", "postgresql+psycopg"}


class RepositoryError(RoadmapError):
    """The repository cannot do what was asked (unknown roadmap, newer format, bad URL)."""


class RepositoryUnreachable(RepositoryError):
    """No server answered: the roadmap file keeps working offline, nothing was changed."""


class RepositoryAccessDenied(RepositoryError):
    """The server refused the login or the operation for this role; nothing was written."""


def repository_url(text: str) -> URL:
    """The SQLAlchemy URL for a libpq-style `postgresql://…` URL given by a person."""
    try:
        url = make_url(text.strip())
    except exc.ArgumentError:
        raise RepositoryError("repository.bad_url", text=text) from None
    if url.drivername not in _SCHEMES:
        raise RepositoryError("repository.not_postgresql", text=text)
    if url.password is not None:
        raise RepositoryError("repository.password_in_url")
    return url.set(drivername="postgresql+psycopg")


def public_url(url: URL) -> str:
    """The URL as people write it (and as a roadmap file remembers it): no driver, no password."""
    return url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)


def where(url: URL) -> Message:
    """Host and database, for messages."""
    host = url.host or url.query.get("host") or "localhost"
    if isinstance(host, tuple):
        host = host[0]
    return message("repository.where", database=url.database or "", host=host)


def make_server_engine(url: URL) -> Engine:
    return create_engine(
        url,
        poolclass=NullPool,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "Frontier Roadmap",
        },
    )


def _first_line(error: BaseException) -> str:
    """libpq's reason on one line: what follows the last "failed:" of its first line."""
    text = str(getattr(error, "orig", None) or error).strip()
    first = text.splitlines()[0] if text else type(error).__name__
    reason = first.rsplit("failed: ", 1)[-1].strip()
    return reason.removeprefix("FATAL:").strip().rstrip(".")


_LOGIN_REFUSED = ("authentication failed", "no password supplied", 'role "', "pg_hba.conf")


def translate(error: exc.DBAPIError, url: URL) -> RepositoryError:
    """A server error as a message a planner can act on."""
    from psycopg import errors

    orig = error.orig
    if isinstance(orig, errors.InsufficientPrivilege):
        return RepositoryAccessDenied(
            "repository.denied", where=where(url), reason=_first_line(error)
        )
    reason = _first_line(error)
    place = where(url)
    refused = any(mark in reason for mark in _LOGIN_REFUSED) and "does not exist" not in reason
    if 'role "' in reason and "does not exist" in reason:
        refused = True
    if refused or isinstance(
        orig, errors.InvalidPassword | errors.InvalidAuthorizationSpecification
    ):
        return RepositoryAccessDenied("repository.login_refused", where=place, reason=reason)
    if 'database "' in reason and "does not exist" in reason:
        return RepositoryError("repository.no_database", where=place, reason=reason)
    if isinstance(error, exc.OperationalError):
        return RepositoryUnreachable("repository.unreachable", where=place, reason=reason)
    return RepositoryError("repository.refused", where=place, reason=reason)


@contextmanager
def server_transaction(engine: Engine, url: URL) -> Iterator[Connection]:
    """One server transaction; any server error becomes a `RepositoryError`, nothing kept."""
    try:
        with engine.begin() as conn:
            yield conn
    except exc.DBAPIError as error:
        raise translate(error, url) from None
