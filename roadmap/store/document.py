"""The roadmap document: one SQLite file, checked before it is trusted, locked while open.

Opening never writes to a file it is going to refuse: the header, application id, format
version and `quick_check` are read through a read-only connection first. Older files are
migrated only after a backup copy is made beside them.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote as url_quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import NullPool

from roadmap.domain.errors import RoadmapError
from roadmap.store.lock import DocumentLock, lock_path, read_owner

APPLICATION_ID = 0x46524D50  # "FRMP": marks the file as a Frontier Roadmap document
FORMAT_VERSION = 5  # PRAGMA user_version; each migration sets its own number
SUFFIX = ".roadmap"
_SQLITE_HEADER = b"SQLite format 3\x00"


class DocumentError(RoadmapError):
    """The file cannot be used as a roadmap (missing, foreign, damaged, newer, read-only)."""


def _ro_uri(path: Path) -> str:
    return f"file:{url_quote(str(path.resolve()))}?mode=ro"


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(_ro_uri(path), uri=True, check_same_thread=False)


def inspect_file(path: Path) -> int:
    """Check that `path` is a sound roadmap file and return its format version.

    Raises `DocumentError` saying what is wrong; never writes to the file.
    """
    name = path.name
    if not path.exists():
        raise DocumentError("file.missing", path=path)
    if path.is_dir():
        raise DocumentError("file.is_folder", path=path)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise DocumentError("file.unreadable", name=name, reason=exc.strerror) from None
    if len(header) < 100 or not header.startswith(_SQLITE_HEADER):
        raise DocumentError("file.not_roadmap", name=name)
    try:
        with closing(_read_only(path)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise DocumentError("file.foreign_database", name=name)
            if version > FORMAT_VERSION:
                raise DocumentError(
                    "file.newer_format", name=name, version=version, supported=FORMAT_VERSION
                )
            verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError:
        raise DocumentError("file.damaged", name=name) from None
    if verdict != "ok":
        raise DocumentError("file.damaged_detail", name=name, detail=verdict)
    if version < 1:
        raise DocumentError("file.unfinished", name=name)
    return int(version)


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's BEGIN (below) decide transactions, not the driver's guesswork.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA trusted_schema = OFF")
    cursor.close()


def _on_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")


def make_engine(path: Path, *, readonly: bool) -> Engine:
    """An engine whose connections enforce foreign keys and run real transactions."""
    resolved = path.resolve()

    def connect() -> sqlite3.Connection:
        if readonly:
            return _read_only(resolved)
        return sqlite3.connect(str(resolved), check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, poolclass=NullPool if readonly else None)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _temp_beside(target: Path) -> Path:
    """A new temporary file in `target`'s folder, with the permissions a new file would get."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(name, 0o666 & ~umask)
    return Path(name)


def fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_database(source: Path, target: Path) -> None:
    """Copy a consistent snapshot of `source` to `target` atomically (backup API, fsync, rename)."""
    target = target.resolve()
    tmp = _temp_beside(target)
    try:
        with closing(_read_only(source)) as src, closing(sqlite3.connect(tmp)) as dst:
            src.backup(dst)
        fsync_path(tmp)
        os.replace(tmp, target)
        if os.name == "posix":
            fsync_path(target.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class Document:
    """An open roadmap file. Use `open_document` or `create_document` to get one."""

    def __init__(
        self, path: Path, engine: Engine, lock: DocumentLock | None, readonly: bool
    ) -> None:
        self.path = path
        self.engine = engine
        self.readonly = readonly
        self._lock = lock

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A consistent read: every statement in the block sees the same snapshot."""
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def save_copy(self, target: Path) -> None:
        """Write a copy of the roadmap to `target` (Save As); this document stays open."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise DocumentError("file.save_as_same")
        if target.is_dir():
            raise DocumentError("file.give_file_name", path=target)
        holder = read_owner(lock_path(target)) if lock_path(target).exists() else None
        if holder is not None:
            raise DocumentError("file.open_elsewhere", name=target.name, holder=holder.describe())
        try:
            copy_database(self.path, target)
        except OSError as exc:
            raise DocumentError("file.cannot_write", path=target, reason=exc.strerror) from None

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Document:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _check_writable(path: Path) -> None:
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DocumentError("file.read_only_here", name=path.name)


def backup_before_migration(path: Path, version: int) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem}.format{version}-{stamp}{path.suffix}.bak")
    shutil.copy2(path, backup)
    fsync_path(backup)
    return backup


def open_document(path: Path | str, *, readonly: bool = False) -> Document:
    """Open an existing roadmap, migrating an older one (after a backup copy).

    Read-only opens take no lock and never write; an older file is then migrated in a
    temporary copy.
    """
    path = Path(path)
    version = inspect_file(path)
    if readonly:
        if version < FORMAT_VERSION:
            return _open_migrated_copy(path)
        return Document(path, make_engine(path, readonly=True), None, readonly=True)
    _check_writable(path)
    lock = DocumentLock(path)
    lock.acquire()
    try:
        engine = make_engine(path, readonly=False)
        if version < FORMAT_VERSION:
            from roadmap.store.migrate import check_known_revision, upgrade

            check_known_revision(engine, path.name)  # before the backup: nothing is created
            backup_before_migration(path, version)
            upgrade(engine, name=path.name)
    except BaseException:
        lock.release()
        raise
    return Document(path, engine, lock, readonly=False)


def _open_migrated_copy(path: Path) -> Document:
    from roadmap.store.migrate import upgrade

    tmpdir = Path(tempfile.mkdtemp(prefix="roadmap-"))
    copy = tmpdir / path.name
    copy_database(path, copy)
    engine = make_engine(copy, readonly=False)
    try:
        upgrade(engine, name=path.name)
    except BaseException:
        engine.dispose()
        shutil.rmtree(tmpdir, ignore_errors=True)
        raise
    return Document(copy, engine, None, readonly=True)


def create_document(path: Path | str) -> Document:
    """Create a new, empty roadmap file at `path` (which must not exist) and open it."""
    from roadmap.store.migrate import create_schema

    path = Path(path)
    if path.exists():
        raise DocumentError("file.exists", path=path)
    if not path.parent.is_dir():
        raise DocumentError("folder.missing", path=path.parent)
    if not os.access(path.parent, os.W_OK):
        raise DocumentError("folder.read_only", path=path.parent)
    tmp = _temp_beside(path)
    try:
        with closing(sqlite3.connect(tmp)) as conn:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        engine = make_engine(tmp, readonly=False)
        create_schema(engine)
        engine.dispose()
        fsync_path(tmp)
        os.link(tmp, path)  # unlike rename, refuses to replace a file created meanwhile
    except FileExistsError:
        raise DocumentError("file.exists", path=path) from None
    finally:
        tmp.unlink(missing_ok=True)
    return open_document(path)
