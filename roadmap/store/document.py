"""The roadmap document: one SQLite file, checked before it is trusted, locked while open.

Opening never writes to a file it is going to refuse: `inspection.examine` reads the header,
application id, format version, `quick_check`, schema and values through a read-only connection
first. Older files are migrated only after a backup copy is made beside them.

The store interface (`read`, `write`) runs on the driver's own connections (sqlite3); SQLAlchemy
is imported only for what needs it — creating and migrating a file, and the SQLAlchemy
connection of `transaction`/`reading` that the repository code uses (`engine`, made when
first asked). Opening a file at the head format and working on it imports none of it: half a
second before the window could paint the roadmap.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from roadmap.atomic_files import clean_leftovers, fsync_path, replacing
from roadmap.domain import file_messages as messages
from roadmap.domain.errors import RoadmapError
from roadmap.store.copying import copy_database as copy_database
from roadmap.store.file_format import APPLICATION_ID as APPLICATION_ID
from roadmap.store.file_format import FORMAT_VERSION as FORMAT_VERSION
from roadmap.store.inspection import SUFFIX as SUFFIX
from roadmap.store.inspection import BusyError as BusyError
from roadmap.store.inspection import DamagedError as DamagedError
from roadmap.store.inspection import DocumentError as DocumentError
from roadmap.store.inspection import ForeignSchemaError as ForeignSchemaError
from roadmap.store.inspection import Inspection as Inspection
from roadmap.store.inspection import StoredValueError as StoredValueError
from roadmap.store.inspection import detailed, memory_copy, read_only, reader, write_refusal
from roadmap.store.inspection import examine as examine
from roadmap.store.inspection import inspect_file as inspect_file
from roadmap.store.inspection import is_roadmap_file as is_roadmap_file
from roadmap.store.interface import RowChange
from roadmap.store.lock import DocumentLock, lock_path, read_owner
from roadmap.store.sql_session import SqlSession
from roadmap.store.stored_values import stored_value_problems

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

# 256 MiB at most (negative: in KiB), used only as the pages are.
_WRITER_CACHE_KIB = 262144


def connect(path: Path, *, readonly: bool, per_use: bool = False) -> sqlite3.Connection:
    """A connection to the file that enforces foreign keys and leaves transactions to us
    (BEGIN … COMMIT, not the driver's guesswork). `per_use`: for one job of a worker."""
    if readonly:
        conn: sqlite3.Connection = reader(path)
    else:
        conn = sqlite3.connect(str(path), check_same_thread=False)
        if per_use:
            # A worker's big write (an import, a merge of L) keeps its pages in memory until
            # the commit: spilling them into the file earlier takes its exclusive lock, and
            # the window's own reads would then wait until the commit.
            conn.execute(f"PRAGMA cache_size = -{_WRITER_CACHE_KIB}")
    conn.isolation_level = None
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def make_engine(
    path: Path,
    *,
    readonly: bool,
    per_use: bool = False,
    creator: Callable[[], sqlite3.Connection] | None = None,
    one: Callable[[], sqlite3.Connection] | None = None,
) -> Engine:
    """A SQLAlchemy engine whose connections enforce foreign keys and run real transactions
    (for creating and migrating files, and the repository code's `Document.transaction`).

    `per_use`: a connection made for each use, in the thread that uses it (a worker's
    writer); read-only engines are always so. `creator`: where the connections come from
    otherwise (one per thread: a document's own, shared with its store sessions). `one`: the
    one connection every use shares (a document's in-memory copy of the file)."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool, SingletonThreadPool, StaticPool

    resolved = path.resolve()
    if one is not None:
        engine = create_engine("sqlite://", creator=one, poolclass=StaticPool)
    elif creator is None or readonly or per_use:
        engine = create_engine(
            "sqlite://",
            creator=lambda: connect(resolved, readonly=readonly, per_use=per_use),
            poolclass=NullPool if readonly or per_use else SingletonThreadPool,
        )
    else:
        engine = create_engine("sqlite://", creator=creator, poolclass=SingletonThreadPool)

    def begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    event.listen(engine, "begin", begin)
    return engine


class SqliteSession(SqlSession):
    """The store interface on a roadmap file: dates are ISO text in SQLite."""

    taken = (sqlite3.IntegrityError,)
    tiebreak = "rowid"
    sorts_as_python = True

    def apply(self, changes: Sequence[RowChange]) -> None:
        super().apply(changes)
        if changes:
            # A file tied to a repository now differs from what it last synced (its link row
            # says so, and "Not published since …" needs no comparison of the whole roadmap);
            # a publish or pull writes the link afresh afterwards. No link row: no row touched.
            self._write("UPDATE repository_link SET edited = 1 WHERE edited IS NOT 1", [()])


class Document:
    """An open roadmap file. Use `open_document` or `create_document` to get one."""

    def __init__(
        self,
        path: Path,
        lock: DocumentLock | None,
        readonly: bool,
        recovered: bool = False,
        *,
        per_use: bool = False,
        copied: bool = False,
    ) -> None:
        self.path = path
        self.readonly = readonly
        self.recovered = recovered  # an unfinished write was rolled back when it was opened
        self._lock = lock
        self._next_backup_check = 0.0  # monotonic time; see _backup_hourly
        self._backup: threading.Thread | None = None  # an hourly backup being written out
        self._resolved = path.resolve()
        # Read-only documents and a worker's writer connect for each use, in the thread that
        # uses them; a writable document keeps one connection per thread (as SQLAlchemy's
        # SingletonThreadPool did), shared with `engine` once that is made.
        self._per_use = readonly or per_use
        self._kept = threading.local()
        self._every_kept: list[sqlite3.Connection] = []
        self._generation = 0  # of the kept connections: `close` lets them go
        self._kept_lock = threading.Lock()
        self._engine: Engine | None = None
        # A read-only document on an in-memory copy of the file (`reader`, `open_copy`): the
        # copy is taken at the first read, in the thread that reads, and kept until `close`.
        self._copied = copied
        self._copy: sqlite3.Connection | None = None

    def _memory(self) -> sqlite3.Connection:
        """The in-memory copy of a `copied` document (taken when first asked)."""
        with self._kept_lock:
            if self._copy is None:
                self._copy = memory_copy(self._resolved)
            return self._copy

    def _connection(self) -> sqlite3.Connection:
        """This thread's connection of a writable document (a new one after `close`, as
        SQLAlchemy's pool gave after it was disposed: a late reader still reads)."""
        kept: tuple[int, sqlite3.Connection] | None = getattr(self._kept, "conn", None)
        if kept is not None and kept[0] == self._generation:
            return kept[1]
        conn = connect(self._resolved, readonly=False)
        with self._kept_lock:
            self._kept.conn = (self._generation, conn)
            self._every_kept.append(conn)
        return conn

    @property
    def engine(self) -> Engine:
        """A SQLAlchemy engine on the file, made (and SQLAlchemy imported) when first asked."""
        if self._engine is None:
            if self._copied:
                self._engine = make_engine(self.path, readonly=True, one=self._memory)
            else:
                self._engine = make_engine(
                    self.path,
                    readonly=self.readonly,
                    per_use=self._per_use,
                    creator=self._connection,
                )
        return self._engine

    @contextmanager
    def _begun(self) -> Iterator[sqlite3.Connection]:
        """One transaction on the driver's connection: committed when the block ends,
        rolled back if it (or the commit) raises."""
        made_here = self._per_use and not self._copied
        if self._copied:
            conn = self._memory()
        elif made_here:
            conn = connect(self._resolved, readonly=self.readonly, per_use=True)
        else:
            conn = self._connection()
        try:
            conn.execute("BEGIN")
            try:
                yield conn
                conn.commit()
            except BaseException:
                if conn.in_transaction:
                    conn.rollback()
                raise
        finally:
            if made_here:
                conn.close()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction through SQLAlchemy (the repository code's): committed when the
        block ends, rolled back if it raises."""
        from sqlalchemy.exc import DBAPIError

        self._backup_hourly()
        try:
            with self.engine.begin() as conn:
                yield conn
        except DBAPIError as exc:
            refusal = write_refusal(self.path, exc.orig) if exc.orig else None
            if refusal is None:
                raise
            raise refusal from None
        except sqlite3.DatabaseError as exc:  # raised through the driver (the store session)
            refusal = write_refusal(self.path, exc)
            if refusal is None:
                raise
            raise refusal from None

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A consistent read: every statement in the block sees the same snapshot."""
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def _backup_hourly(self) -> None:
        """Before the first write of each hour, keep a rotating backup (see store/backups.py).

        Checked at most once a minute, so an edit costs nothing; a backup that cannot be made
        (a full disk) is logged and the edit goes on: it is not the edit's fault. The edit
        waits only while the file's bytes are copied (`start_backup`); writing the backup out
        runs in a thread, so the first edit of an hour no longer holds the window ~150 ms.
        """
        if self.readonly or self._lock is None or time.monotonic() < self._next_backup_check:
            return
        self._next_backup_check = time.monotonic() + 60
        from roadmap.store.backups import backup_is_due, start_backup

        try:
            if backup_is_due(self.path):
                self._backup = start_backup(self.path, "hourly")
        except RoadmapError as exc:
            logging.getLogger("roadmap.store").warning("%s", exc.message)

    @contextmanager
    def write(self) -> Iterator[SqliteSession]:
        """The store interface in one transaction (see `roadmap.store.interface.Store`)."""
        self._backup_hourly()
        try:
            with self._begun() as conn:
                yield SqliteSession(conn)
        except sqlite3.DatabaseError as exc:
            refusal = write_refusal(self.path, exc)
            if refusal is None:
                raise
            raise refusal from None

    @contextmanager
    def read(self) -> Iterator[SqliteSession]:
        """The store interface over one consistent read."""
        with self._begun() as conn:
            yield SqliteSession(conn)

    def reader(self) -> Document:
        """A read-only document on the same file, for reading in another thread: it reads an
        in-memory copy taken at its first read in that thread (`inspection.memory_copy`: the
        window's next edit never waits for a long read), takes no lock and skips the opening
        checks (this file passed them when it was opened). Close it when done."""
        return Document(self.path, None, readonly=True, copied=True)

    def writer(self) -> Document:
        """A writable document on the same file for one job in another thread (an import or
        a merge applied in the background): its own connection, made in the thread that
        writes. It writes under this document's lock, which this program holds, and keeps no
        hourly backup (this document does). For a document open read-only it is a reader, so
        its edits are refused as this one's are. Close it when done."""
        if self.readonly:
            return self.reader()
        return Document(self.path, None, readonly=False, per_use=True)

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
        copy_database(self.path, target)

    def close(self) -> None:
        if self._backup is not None:
            self._backup.join()  # a backup is whole before the file is let go
            self._backup = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        with self._kept_lock:
            kept, self._every_kept = self._every_kept, []
            self._generation += 1
            if self._copy is not None:
                kept.append(self._copy)
                self._copy = None
        for conn in kept:
            conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Document:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


class ReadOnlyHereError(DocumentError):
    """The file (or its folder) cannot be written here; it can still be opened to read."""


def _check_writable(path: Path) -> None:
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise ReadOnlyHereError("file.read_only_here", name=path.name)


def backup_before_migration(path: Path, version: int) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem}.format{version}-{stamp}{path.suffix}.bak")
    shutil.copy2(path, backup)
    fsync_path(backup)
    return backup


def open_document(path: Path | str, *, readonly: bool = False) -> Document:
    """Open an existing roadmap, migrating an older one (after a backup copy).

    Read-only opens take no lock and never write (except SQLite's own rollback of an
    unfinished write); an older file is then migrated in a temporary copy.
    """
    path = Path(path)
    clean_leftovers(path)
    return _open(path, examine(path), readonly=readonly)


def open_copy(path: Path | str) -> Document:
    """A read-only document on an in-memory copy of the roadmap at `path`, a file this program
    has open (and checked) in its window: for the helper process's reads (the checks, the
    transfer figures, the charts), which then neither hold the file's lock while they read
    nor run the opening checks again. A file not at the head format (or not a roadmap) is
    opened as `open_document` does, with its checks."""
    path = Path(path)
    document = Document(path, None, readonly=True, copied=True)
    try:
        with document._begun() as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
    except BaseException:
        document.close()
        raise
    if app_id == APPLICATION_ID and version == FORMAT_VERSION:
        return document
    document.close()
    return open_document(path, readonly=True)


def _open(path: Path, inspection: Inspection, *, readonly: bool) -> Document:
    version = inspection.version
    if inspection.recovered:
        logging.getLogger("roadmap.store").info("%s", messages.recovered(path.name))
    if readonly:
        if version < FORMAT_VERSION:
            return _open_migrated_copy(path)
        return Document(path, None, readonly=True, recovered=inspection.recovered)
    _check_writable(path)
    lock = DocumentLock(path)
    lock.acquire()
    try:
        if version < FORMAT_VERSION:
            from roadmap.store.migrate import check_known_revision, upgrade

            engine = make_engine(path, readonly=False, per_use=True)
            try:
                check_known_revision(engine, path.name)  # before the backup: nothing is made
                backup_before_migration(path, version)
                make_rotating_backup(path, "before-migration")
                upgrade(engine, name=path.name)
            finally:
                engine.dispose()
            _check_values_after_migration(path)
    except BaseException:
        lock.release()
        raise
    return Document(path, lock, readonly=False, recovered=inspection.recovered)


def _open_migrated_copy(path: Path) -> Document:
    from roadmap.store.migrate import upgrade

    tmpdir = Path(tempfile.mkdtemp(prefix="roadmap-"))
    copy = tmpdir / path.name
    copy_database(path, copy)
    engine = make_engine(copy, readonly=False, per_use=True)
    try:
        upgrade(engine, name=path.name)
        _check_values_after_migration(copy, path.name)
    except BaseException:
        shutil.rmtree(tmpdir, ignore_errors=True)
        raise
    finally:
        engine.dispose()
    return Document(copy, None, readonly=True)


def _check_values_after_migration(path: Path, name: str = "") -> None:
    """An older file's values are checked once it has the current columns (see `examine`)."""
    with closing(read_only(path)) as conn:
        problems = stored_value_problems(conn, name or path.name)
    if problems:
        message = messages.stored_value_problems(name or path.name, problems)
        raise detailed(StoredValueError(message), problems)


def make_rotating_backup(path: Path, reason: str) -> None:
    from roadmap.store.backups import make_backup

    make_backup(path, reason)


def create_document(path: Path | str, fill: Callable[[Document], None] | None = None) -> Document:
    """Create a new roadmap file at `path` (which must not exist) and open it.

    `fill` writes the content into the new file before it appears under its name, so a crash
    or a full disk never leaves a half-made roadmap behind.
    """
    from roadmap.store.migrate import create_schema

    path = Path(path)
    if path.exists() or path.is_symlink():
        raise DocumentError("file.exists", path=path)
    if not path.parent.is_dir():
        raise DocumentError("folder.missing", path=path.parent)
    if not os.access(path.parent, os.W_OK):
        raise DocumentError("folder.read_only", path=path.parent)
    try:
        with replacing(path, exclusive=True) as tmp:
            with closing(sqlite3.connect(tmp)) as conn:
                conn.execute("PRAGMA journal_mode = DELETE")
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            engine = make_engine(tmp, readonly=False, per_use=True)
            try:
                create_schema(engine)
            finally:
                engine.dispose()
            if fill is not None:
                with Document(tmp, None, readonly=False) as document:
                    fill(document)
    except FileExistsError:
        raise DocumentError("file.exists", path=path) from None
    return _open(path, Inspection(FORMAT_VERSION, False), readonly=False)
