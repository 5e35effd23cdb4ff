"""Rolling back an unfinished write of a file that cannot be written here.

A hot `-journal` can only be played back by a writable connection. When the roadmap is
read-only (no write permission, a read-only mount, someone else's file), opening refuses
(`RecoveryNeedsWriteError`) and the user chooses one of two ways, with their consent:

- `recover_into_copy`: the file and its journal are copied beside a target the user chose,
  SQLite rolls the copy back there, and the copy becomes the target (temp, fsync, rename). The
  original file and its journal are left exactly as they were.
- `recover_in_place`: for a file the user owns on a writable disk, make it writable for the
  roll-back and put its permissions back afterwards.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

from roadmap.atomic_files import replacing
from roadmap.domain.errors import RoadmapError
from roadmap.store.inspection import (
    BUSY_SECONDS,
    DocumentError,
    Inspection,
    RecoveryNeedsWriteError,
    examine,
    journal_path,
)


def needs_recovery(path: Path) -> bool:
    """Whether `path` has a journal SQLite would play back (a non-empty `-journal` beside it)."""
    try:
        return journal_path(path).stat().st_size > 0
    except OSError:
        return False


def can_make_writable(path: Path) -> bool:
    """Whether this user may lift the file's read-only mark for the roll-back: they own the
    file and its folder can be written (or is theirs too), on a disk that is not read-only."""
    try:
        info, folder = path.stat(), path.parent.stat()
        mounted_read_only = bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False
    if mounted_read_only or info.st_uid != os.getuid():
        return False
    return os.access(path.parent, os.W_OK) or folder.st_uid == os.getuid()


def _roll_back(path: Path) -> None:
    """Let SQLite play back the journal beside `path` (a writable file, no one else using it)."""
    try:
        with closing(sqlite3.connect(str(path), timeout=BUSY_SECONDS)) as conn:
            conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DocumentError("file.recovery_failed", name=path.name, reason=str(exc)) from None
    if needs_recovery(path):
        raise DocumentError("file.recovery_failed", name=path.name, reason="journal kept")


def recover_into_copy(source: Path, target: Path) -> Inspection:
    """Write `source` as it was after its last completed edit to `target` (a new file).

    `source` and its journal are only read. Raises `DocumentError` when `target` exists or is
    `source`, or when the copy that results is not a sound roadmap (then nothing is written).
    """
    if not needs_recovery(source):
        raise DocumentError("file.nothing_to_recover", name=source.name)
    if target.exists() or target.is_symlink():
        raise DocumentError("file.exists", path=target)
    with replacing(target, exclusive=True) as tmp:
        shutil.copyfile(source, tmp)
        shutil.copyfile(journal_path(source), journal_path(tmp))
        _roll_back(tmp)
        try:
            examine(tmp)
        except RoadmapError as refused:
            raise DocumentError(
                "file.recovery_failed", name=source.name, reason=str(refused)
            ) from None
    return examine(target)


def recover_in_place(path: Path) -> Inspection:
    """Lift the read-only mark of `path` (and of its folder if needed) for the roll-back, and
    put both back. Raises `RecoveryNeedsWriteError` when that is not this user's to do."""
    if not can_make_writable(path):
        raise RecoveryNeedsWriteError("file.recovery_needs_write", name=path.name)
    restore: list[tuple[Path, int]] = []
    try:
        for where in (path.parent, path):
            mode = stat.S_IMODE(where.stat().st_mode)
            if not os.access(where, os.W_OK) or mode & stat.S_IWUSR == 0:
                where.chmod(mode | stat.S_IWUSR)
                restore.append((where, mode))
        _roll_back(path)
    except OSError as exc:
        raise DocumentError(
            "file.recovery_failed", name=path.name, reason=exc.strerror or str(exc)
        ) from None
    finally:
        for where, mode in reversed(restore):
            where.chmod(mode)
    return examine(path)
