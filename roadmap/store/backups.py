"""Rotating backups of a roadmap: before destructive work, and at most hourly while editing.

A backup is a consistent copy made with SQLite's backup API (`copy_database`) — or, for the
hourly backup taken while editing, the file's bytes copied under SQLite's shared lock and
written out in a thread (`start_backup`) — kept in the
user's data folder under a folder named for the roadmap (so backups never clutter the folder a
roadmap is emailed from). The last `KEEP` are kept. `restore` puts one back in place after
backing up what is there now, so a restore can itself be undone.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import sqlite3
import threading
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from roadmap.atomic_files import replacing, temp_path
from roadmap.domain.catalogue import CATALOGUE
from roadmap.domain.errors import RoadmapError
from roadmap.domain.messages import Message, message
from roadmap.store.copying import copy_database
from roadmap.store.inspection import examine, read_only
from roadmap.store.lock import DocumentLock

KEEP = 5
HOURLY = 3600.0
SUFFIX = ".roadmap"


class BackupError(RoadmapError):
    """No backup could be made or restored."""


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime
    reason: str
    size: int

    @property
    def reason_message(self) -> Message | str:
        """What the backup was made for, in words (`backup.reason.*`); a reason this build
        does not know — a newer build's — shows as it was stored."""
        code = f"backup.reason.{self.reason}"
        return message(code) if code in CATALOGUE else self.reason


def data_home() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "frontier-roadmap"


def backup_folder(document: Path) -> Path:
    """Where the backups of `document` live: one folder per roadmap path."""
    resolved = str(document.resolve())
    digest = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:12]
    return data_home() / "backups" / f"{document.stem}-{digest}"


def list_backups(document: Path) -> list[Backup]:
    """The backups of `document`, newest first."""
    folder = backup_folder(document)
    found = []
    for path in folder.glob(f"*{SUFFIX}"):
        # <stem>.<YYYYmmdd-HHMMSS-ffffff>.<reason>.roadmap
        parts = path.name[: -len(SUFFIX)].rsplit(".", 2)
        if len(parts) != 3:
            continue
        try:
            made = _made_at(parts[1])
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(Backup(path, made, parts[2], size))
    return sorted(found, key=lambda b: b.made, reverse=True)


def _made_at(stamp: str) -> datetime:
    """When a backup was made, from the stamp in its name (YYYYmmdd-HHMMSS-ffffff, as
    `_new_target` writes it); ValueError if it is not one. Read by hand, not by
    `datetime.strptime`: its first call imports `_strptime` (locale look-ups, regular
    expressions), and the first one comes in the thread that finishes the hourly backup, while
    the window handles the edit that started it (a bar's drop), which waited for it."""
    digits = stamp[:8] + stamp[9:15] + stamp[16:]
    if len(stamp) != 22 or stamp[8] != "-" or stamp[15] != "-" or not digits.isascii():
        raise ValueError(stamp)
    if not digits.isdigit():
        raise ValueError(stamp)
    return datetime(
        int(stamp[:4]),
        int(stamp[4:6]),
        int(stamp[6:8]),
        int(stamp[9:11]),
        int(stamp[11:13]),
        int(stamp[13:15]),
        int(stamp[16:]),
    )


def _new_target(document: Path, reason: str) -> Path:
    """Where a backup of `document` made now goes (its folder made, its origin noted)."""
    folder = backup_folder(document)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "origin.txt").write_text(str(document.resolve()) + "\n", encoding="utf-8")
    return folder / f"{document.stem}.{stamp}.{reason}{SUFFIX}"


def _rotate(document: Path) -> None:
    for old in list_backups(document)[KEEP:]:
        old.path.unlink(missing_ok=True)


def make_backup(document: Path, reason: str) -> Path:
    """Copy `document` into its backup folder now; keep the newest `KEEP`. Returns the copy."""
    try:
        target = _new_target(document, reason)
        copy_database(document, target)
    except (OSError, RoadmapError) as exc:
        raise BackupError("backup.failed", name=document.name, reason=str(exc)) from None
    _rotate(document)
    return target


def start_backup(document: Path, reason: str) -> threading.Thread:
    """Back up `document` as it is now, making the caller wait only for the bytes to be read.

    The file is copied as it is while a read transaction holds SQLite's shared lock, so no
    writer (in this program or another) can commit halfway through the copy: with the rollback
    journal a file between transactions is a consistent database. On L that is ~15 ms, where
    the backup API takes 80–150 ms. The rest — fsync, the rename into place, the rotation —
    runs in the returned thread (join it before the program ends); a failure there is logged,
    as the edit that asked for the backup went on anyway. Raises `BackupError` when the copy
    cannot be taken.
    """
    staged: Path | None = None
    try:
        target = _new_target(document, reason)
        staged = temp_path(target)
        with closing(read_only(document)) as conn:
            conn.execute("BEGIN")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the shared lock
            shutil.copyfile(document, staged)
            conn.rollback()
    except (OSError, RoadmapError, sqlite3.Error) as exc:
        if staged is not None:
            staged.unlink(missing_ok=True)
        raise BackupError("backup.failed", name=document.name, reason=str(exc)) from None

    written = staged

    def finish() -> None:
        try:
            with replacing(target) as tmp:
                os.replace(written, tmp)
            _rotate(document)
        except (OSError, RoadmapError) as exc:
            written.unlink(missing_ok=True)
            failed = BackupError("backup.failed", name=document.name, reason=str(exc))
            logging.getLogger("roadmap.store").warning("%s", failed.message)

    thread = threading.Thread(target=finish, name="roadmap-backup")
    thread.start()
    return thread


def backup_is_due(document: Path, now: float | None = None) -> bool:
    """Whether the newest backup of `document` is more than an hour old (or there is none)."""
    newest = list_backups(document)[:1]
    if not newest:
        return True
    moment = time.time() if now is None else now
    return moment - newest[0].made.timestamp() >= HOURLY


def restore_backup(document: Path, backup: Path) -> Path:
    """Put `backup` in place of `document` (which must not be open anywhere).

    What is there now is backed up first; returns that backup.
    """
    examine(backup)  # a damaged or foreign "backup" is refused before anything changes
    lock = DocumentLock(document)
    lock.acquire()
    try:
        saved = make_backup(document, "before-restore") if document.exists() else backup
        copy_database(backup, document)
    finally:
        lock.release()
    return saved
