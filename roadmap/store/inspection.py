"""Whether a file may be opened as a roadmap: ours, readable, our schema, usable values.

`examine` reads a file through a read-only connection and writes nothing, except that SQLite's
own recovery rolls back a hot journal (an unfinished write of a program that stopped). Errors
say which case it is (damaged, busy, foreign objects, bad values), with details for `--verbose`.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote as url_quote

from roadmap.domain import file_messages as messages
from roadmap.domain.errors import RoadmapError
from roadmap.domain.messages import Message
from roadmap.store.file_format import APPLICATION_ID, FORMAT_VERSION
from roadmap.store.rows import LenientReader, lenient_text
from roadmap.store.schema_check import foreign_objects
from roadmap.store.stored_values import stored_value_problems, undecodable_text

SUFFIX = ".roadmap"
_SQLITE_HEADER = b"SQLite format 3\x00"


class DocumentError(RoadmapError):
    """The file cannot be used as a roadmap (missing, foreign, damaged, newer, read-only)."""


class DamagedError(DocumentError):
    """SQLite cannot read the file; `roadmap check --repair` may save what it can."""


class RecoveryNeedsWriteError(DocumentError):
    """A hot journal that a read-only file cannot play back; `store/recovery.py` offers ways."""


class BusyError(DocumentError):
    """Another program kept the file locked for longer than we waited."""


class ForeignSchemaError(DocumentError):
    """The file holds triggers, views, tables, indexes or columns that are not ours."""


class StoredValueError(DocumentError):
    """The file holds values the program cannot use; `details` lists every one."""


BUSY_SECONDS = 1.5  # how long a busy file is retried before we say so (a refusal takes ≤ 2 s)
_BUSY = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED
_READONLY_ROLLBACK = 776  # SQLITE_READONLY_ROLLBACK: a hot journal seen by a read-only open


# 64 MiB at most (negative: in KiB): an L roadmap's file is about 11 MB.
_CHECK_CACHE_KIB = 65536


def _ro_uri(path: Path) -> str:
    return f"file:{url_quote(str(path.resolve()))}?mode=ro"


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write, waiting up to BUSY_SECONDS for a busy file."""
    conn = sqlite3.connect(_ro_uri(path), uri=True, check_same_thread=False, timeout=BUSY_SECONDS)
    # A damaged page can put any bytes where text belongs (even in quick_check's report).
    conn.text_factory = lenient_text
    return conn


def reader(path: Path) -> LenientReader:
    """A read-only connection for loading a roadmap: the driver decodes text (fast); a read
    that meets text which is not UTF-8 is done again leniently (see `rows.read_rows`)."""
    conn = sqlite3.connect(
        _ro_uri(path),
        uri=True,
        check_same_thread=False,
        timeout=BUSY_SECONDS,
        factory=LenientReader,
    )
    assert isinstance(conn, LenientReader)
    return conn


def memory_copy(path: Path) -> LenientReader:
    """An in-memory copy of the file at `path`, taken in one step of SQLite's backup API (about
    5 ms for L's 11 MB): the file's shared lock is held only while its pages are copied.

    For reads in the background while the window edits the file. In a rollback journal, a
    write's COMMIT waits until every reader has let go; a whole-roadmap read of L holds the
    lock 60–200 ms, and a status change with the transfer figures shown waited that long on
    the window's thread (one session in three, even on a quiet machine). A read of the copy
    holds nothing."""
    try:
        with closing(reader(path)) as source:
            copy = sqlite3.connect(":memory:", check_same_thread=False, factory=LenientReader)
            source.backup(copy)
    except sqlite3.DatabaseError as exc:
        raise _sqlite_refusal(path, exc) from None
    assert isinstance(copy, LenientReader)
    return copy


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _header_is_ours(header: bytes) -> bool:
    return int.from_bytes(header[68:72], "big") == APPLICATION_ID


def is_roadmap_file(path: Path) -> bool:
    """Whether `path` starts like a roadmap file (an SQLite database with our application id)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return False
    return header.startswith(_SQLITE_HEADER) and _header_is_ours(header)


def recover_hot_journal(path: Path) -> bool:
    """Let SQLite roll back an unfinished write left by a program that stopped mid-save.

    A hot `-journal` can only be rolled back by a writable connection; the read-only checks
    below would otherwise see SQLITE_READONLY_ROLLBACK and call a sound file damaged. The
    journal is never deleted by us: SQLite decides whether it is hot (no other program is
    writing) and plays it back. Returns True when it did.
    """
    journal = journal_path(path)
    try:
        if journal.stat().st_size == 0:
            return False
    except OSError:
        return False
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise RecoveryNeedsWriteError(messages.needs_recovery_but_read_only(path.name))
    try:
        with closing(sqlite3.connect(str(path), timeout=BUSY_SECONDS)) as conn:
            conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise _sqlite_refusal(path, exc) from None
    except UnicodeDecodeError as exc:  # SQLite's error quoted damaged bytes of the schema
        raise detailed(DamagedError(messages.damaged(path.name)), [f"SQLite: {exc}"]) from None
    return not journal.exists()


def _sqlite_refusal(path: Path, exc: sqlite3.DatabaseError) -> DocumentError:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _BUSY:
        return BusyError(messages.busy(path.name))
    if code == _READONLY_ROLLBACK:
        return RecoveryNeedsWriteError(messages.needs_recovery_but_read_only(path.name))
    return detailed(DamagedError(messages.damaged(path.name)), [f"SQLite: {exc}"])


def write_refusal(path: Path, exc: BaseException) -> DocumentError | None:
    """A write that SQLite could not make, in words (the transaction was rolled back)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    if code & 0xFF in _BUSY:
        return BusyError(messages.busy(path.name))
    if code & 0xFF == 13:  # SQLITE_FULL
        return DocumentError(messages.cannot_write(path, OSError(errno.ENOSPC, "disk full")))
    if code & 0xFF in (8, 10):  # SQLITE_READONLY, SQLITE_IOERR
        return DocumentError(messages.cannot_write(path, exc))
    return None


def detailed(error: DocumentError, details: Sequence[str | Message]) -> DocumentError:
    error.details = tuple(details)
    return error


@dataclass(frozen=True)
class Inspection:
    version: int
    recovered: bool  # an unfinished write was rolled back on the way in


def inspect_file(path: Path) -> int:
    """Check that `path` is a sound roadmap file and return its format version."""
    return examine(path).version


def examine(path: Path) -> Inspection:
    """Check that `path` is a sound roadmap file: ours, readable, our schema, usable values.

    Raises a `DocumentError` saying what is wrong. Writes nothing, except that SQLite's own
    recovery rolls back a hot journal of a file that is ours (then `recovered` is True).
    """
    name = path.name
    try:
        is_folder = path.is_dir()  # raises for a folder on the way that cannot be entered
        if not is_folder and not path.exists():
            raise DocumentError("file.missing", path=path)
    except OSError as exc:
        raise DocumentError("file.unreadable", name=name, reason=exc.strerror) from None
    if is_folder:
        raise DocumentError("file.is_folder", path=path)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise DocumentError("file.unreadable", name=name, reason=exc.strerror) from None
    if len(header) < 100 or not header.startswith(_SQLITE_HEADER):
        raise DocumentError("file.not_roadmap", name=name)
    recovered = _header_is_ours(header) and recover_hot_journal(path)
    try:
        with closing(read_only(path)) as conn:
            # quick_check reads every page; with room to keep them, the value check after it
            # reads them from memory rather than from the file again (used only as filled).
            conn.execute(f"PRAGMA cache_size = -{_CHECK_CACHE_KIB}")
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise DocumentError("file.foreign_database", name=name)
            if version > FORMAT_VERSION:
                raise DocumentError(
                    "file.newer_format", name=name, version=version, supported=FORMAT_VERSION
                )
            # A damaged page can put bytes that are not UTF-8 into the check's own report.
            conn.text_factory = lenient_text
            verdict = [row[0] for row in conn.execute("PRAGMA quick_check(100)")]
            conn.text_factory = str
            if verdict != ["ok"]:
                raise detailed(DamagedError(messages.damaged(name)), verdict)
            if version < 1:
                raise DocumentError("file.unfinished", name=name)
            foreign = foreign_objects(conn, current=version == FORMAT_VERSION)
            if foreign:
                raise detailed(ForeignSchemaError(messages.foreign_objects(name, foreign)), foreign)
            if version == FORMAT_VERSION:
                problems = stored_value_problems(conn, name)
                if problems:
                    message = messages.stored_value_problems(name, problems)
                    raise detailed(StoredValueError(message), problems)
    except sqlite3.DatabaseError as exc:
        raise _sqlite_refusal(path, exc) from None
    except UnicodeDecodeError as exc:  # SQLite's error quoted damaged bytes of the schema
        raise detailed(DamagedError(messages.damaged(name)), [f"SQLite: {exc}"]) from None
    return Inspection(int(version), recovered)


def undecodable_text_in(path: Path) -> list[Message]:
    """Text values of the roadmap at `path` that are not UTF-8 (see `undecodable_text`)."""
    with closing(sqlite3.connect(_ro_uri(path), uri=True, timeout=BUSY_SECONDS)) as conn:
        return undecodable_text(conn, path.name)
