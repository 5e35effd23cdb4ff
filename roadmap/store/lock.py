"""Who has a roadmap open: an operating-system lock held while it is open, and a lock file.

SQLite's own locks last one transaction; a planner needs to know for the whole session that a
colleague's laptop (or another window) holds the roadmap. The lock itself is an OS lock on the
lock file (an open-file-description byte-range lock on Linux, `flock` elsewhere on POSIX,
`msvcrt.locking` on Windows): taking it is atomic and it disappears with the process that held
it, so a crash never leaves a lock that blocks anyone. The file's content (host, process, its
start time, user) only says *who* holds it; a half-written content is never taken for "stale".
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from roadmap.domain import file_messages as messages
from roadmap.domain.errors import RoadmapError


class LockedError(RoadmapError):
    """Another program has the roadmap open."""


@dataclass(frozen=True)
class LockOwner:
    host: str
    pid: int
    user: str
    since: str
    started: str = ""  # the process's start time, so a reused PID is not mistaken for it

    def describe(self) -> str:
        return f"{self.user} on {self.host} (process {self.pid}) since {self.since}"


def lock_path(document: Path) -> Path:
    return document.with_name(document.name + ".lock")


def process_started(pid: int) -> str:
    """When process `pid` started (boot id + clock ticks on Linux); '' when unknown or gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            # The command name (field 2) may hold spaces and parentheses: split after it.
            fields = handle.read().rsplit(")", 1)[1].split()
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as handle:
            boot = handle.read().strip()
    except (OSError, IndexError):
        return ""
    return f"{boot}:{fields[19]}"  # field 22 of stat: starttime


def _me() -> LockOwner:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "someone"
    return LockOwner(
        socket.gethostname(),
        os.getpid(),
        user,
        datetime.now().isoformat(timespec="seconds"),
        process_started(os.getpid()),
    )


def read_owner(path: Path) -> LockOwner | None:
    """Who holds the lock at `path`; None when the lock file is unreadable or half-written."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.loads(handle.read(4096))
        return LockOwner(
            str(data["host"]),
            int(data["pid"]),
            str(data["user"]),
            str(data["since"]),
            str(data.get("started", "")),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def owner_is_running(owner: LockOwner) -> bool:
    """Whether the process a lock file names still runs (and is the same process, not a
    new one that was given its PID). Another host's processes count as running."""
    if owner.host != socket.gethostname():
        return True
    if owner.pid == os.getpid() or not _process_alive(owner.pid):
        return False
    return not owner.started or process_started(owner.pid) in ("", owner.started)


def _try_os_lock(fd: int) -> bool:
    """Take the OS lock on `fd` without waiting; False when someone else holds it."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl
    import struct

    if hasattr(fcntl, "F_OFD_SETLK"):
        # struct flock: type, whence, start, len, pid (0 for OFD locks); one byte at 0.
        request = struct.pack("hhqqi", fcntl.F_WRLCK, 0, 0, 1, 0)
        try:
            fcntl.fcntl(fd, fcntl.F_OFD_SETLK, request)
        except OSError:
            return False
        return True
    try:  # pragma: no cover - macOS/BSD: flock also belongs to the open file
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class DocumentLock:
    """Held while a document is open for writing; `release()` gives it back."""

    def __init__(self, document: Path) -> None:
        self.path = lock_path(document)
        self.document = document
        self.document_name = document.name
        self.owner = _me()
        self._fd: int | None = None

    def acquire(self) -> None:
        if self.path.is_dir():
            raise LockedError(messages.lock_path_is_folder(self.path))
        for _ in range(5):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise LockedError(messages.cannot_lock(self.document_name, exc)) from None
            if not _try_os_lock(fd):
                os.close(fd)
                self._refuse(read_owner(self.path))
            # The file we locked may have been removed by its previous holder meanwhile;
            # then the lock is on a file nobody else will see: try again with the new one.
            try:
                now = os.stat(self.path)
                held = os.fstat(fd)
                same = (now.st_dev, now.st_ino) == (held.st_dev, held.st_ino)
            except FileNotFoundError:
                same = False
            if not same:
                os.close(fd)
                continue
            previous = read_owner(self.path)
            if previous is not None and previous != self.owner and owner_is_running(previous):
                # A program of an older version, which kept no OS lock, still runs.
                os.close(fd)
                self._refuse(previous)
            try:
                self._write_owner(fd)
            except OSError as exc:  # a full disk: the lock file cannot even say who holds it
                self.path.unlink(missing_ok=True)  # ours (created or stale) and locked by us
                os.close(fd)
                raise LockedError(messages.cannot_write(self.document, exc)) from None
            self._fd = fd
            return
        raise LockedError(messages.cannot_lock(self.document_name, None))

    def _refuse(self, holder: LockOwner | None) -> None:
        raise LockedError(messages.locked_by(self.document_name, holder))

    def _write_owner(self, fd: int) -> None:
        data = json.dumps(self.owner.__dict__).encode("utf-8")
        os.ftruncate(fd, 0)
        os.pwrite(fd, data, 0)

    def release(self) -> None:
        if self._fd is None:
            return
        # Remove the file while still holding the lock, so nobody locks a file about to go.
        if read_owner(self.path) == self.owner:
            self.path.unlink(missing_ok=True)
        os.close(self._fd)
        self._fd = None
