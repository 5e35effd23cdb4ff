"""A lock file beside the document saying which program on which host has it open.

SQLite's own locks last one transaction; a planner needs to know for the whole session that a
colleague's laptop (or another window) holds the roadmap. A lock left by a program that crashed
on this host is noticed (its process is gone) and taken over.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from roadmap.domain.errors import RoadmapError
from roadmap.domain.messages import Message, message


class LockedError(RoadmapError):
    """Another program has the roadmap open."""


@dataclass(frozen=True)
class LockOwner:
    host: str
    pid: int
    user: str
    since: str

    def describe(self) -> Message:
        return message(
            "lock.holder", user=self.user, host=self.host, pid=self.pid, since=self.since
        )


def lock_path(document: Path) -> Path:
    return document.with_name(document.name + ".lock")


def _me() -> LockOwner:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "someone"
    return LockOwner(
        socket.gethostname(), os.getpid(), user, datetime.now().isoformat(timespec="seconds")
    )


def read_owner(path: Path) -> LockOwner | None:
    """Who holds the lock at `path`; None when the lock file is unreadable or half-written."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockOwner(str(data["host"]), int(data["pid"]), str(data["user"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _is_stale(owner: LockOwner | None) -> bool:
    if owner is None:
        return True
    if owner.host != socket.gethostname():
        return False  # we cannot see another machine's processes
    return owner.pid != os.getpid() and not _process_alive(owner.pid)


class DocumentLock:
    """Held while a document is open for writing; `release()` removes it."""

    def __init__(self, document: Path) -> None:
        self.path = lock_path(document)
        self.owner = _me()
        self._held = False

    def acquire(self) -> None:
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = read_owner(self.path)
                if _is_stale(holder):
                    self.path.unlink(missing_ok=True)
                    continue
                assert holder is not None
                raise LockedError(
                    "lock.held",
                    name=self.path.name[:-5],
                    user=holder.user,
                    host=holder.host,
                    pid=holder.pid,
                    since=holder.since,
                ) from None
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self.owner.__dict__, handle)
            self._held = True
            return
        raise LockedError("lock.failed", name=self.path.name[:-5])

    def release(self) -> None:
        if self._held and read_owner(self.path) == self.owner:
            self.path.unlink(missing_ok=True)
        self._held = False
