"""Writing a file so that it appears complete or not at all, and cleaning up after a crash.

Every writer (roadmap files, workbooks, JSON, CSV, charts) writes to a temporary file beside its
target, fsyncs it, renames it into place and fsyncs the folder. A full disk or a permission
problem becomes one `WriteError` line and the old target stays as it was. Temporary files are
named `.<target>.~roadmap-<pid>.<random>.tmp`, so a later run recognizes the ones a killed
program left behind and removes them — only those whose program no longer runs.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from roadmap.domain import file_messages as messages
from roadmap.domain.errors import RoadmapError

MARK = ".~roadmap-"


class WriteError(RoadmapError):
    """A file could not be written (full disk, no permission, missing folder)."""


def temp_path(target: Path) -> Path:
    """A recognizable, unused temporary name beside `target`."""
    token = secrets.token_hex(4)
    return target.with_name(f".{target.name}{MARK}{os.getpid()}.{token}.tmp")


def fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def check_target(target: Path) -> None:
    """Refuse, before any work, a target that is a folder, read-only, or in a missing folder."""
    if target.exists() and not target.is_dir() and not target.is_file():
        raise WriteError(messages.not_regular_file(target))
    if target.is_dir():
        raise WriteError(messages.cannot_write(target, IsADirectoryError(21, "")))
    if not target.parent.is_dir():
        raise WriteError(messages.cannot_write(target, FileNotFoundError(2, "")))
    if target.exists() and not os.access(target, os.W_OK):
        raise WriteError(messages.read_only_target(target))
    if target.exists() and target.stat().st_mode & 0o222 == 0:  # root ignores permissions
        raise WriteError(messages.read_only_target(target))


@contextmanager
def replacing(target: Path, *, exclusive: bool = False) -> Iterator[Path]:
    """Yield a temporary path to write; on success it becomes `target` (fsync + rename).

    With `exclusive`, an existing `target` is never replaced (the file is linked into place).
    On any failure the temporary file is removed and `target` is untouched; OS and SQLite
    errors become a `WriteError` saying what went wrong.
    """
    if target.is_symlink():
        target = target.resolve()  # write where the link points, and keep the link
    clean_leftovers(target)
    check_target(target)
    tmp = temp_path(target)
    try:
        yield tmp
        if not tmp.exists():  # the writer made nothing: leave the target alone
            return
        os.chmod(tmp, _default_mode())
        fsync_path(tmp)
        if exclusive:
            os.link(tmp, target)  # unlike rename, refuses to replace a file created meanwhile
        else:
            os.replace(tmp, target)
        if os.name == "posix":
            fsync_path(target.parent)
    except Exception as exc:
        cause = _storage_cause(exc)
        if cause is None or (exclusive and isinstance(cause, FileExistsError)):
            raise
        raise WriteError(messages.cannot_write(target, cause)) from None
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            with suppress(OSError):
                leftover.unlink(missing_ok=True)


def process_start_epoch(pid: int) -> float | None:
    """When process `pid` started, in seconds since the epoch (Linux); None when unknown."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/stat", encoding="ascii") as handle:
            boot = next(int(line.split()[1]) for line in handle if line.startswith("btime"))
    except (OSError, ValueError, IndexError, StopIteration):
        return None
    return boot + ticks / os.sysconf("SC_CLK_TCK")


def _storage_cause(exc: BaseException) -> BaseException | None:
    """The OS or SQLite error behind `exc` when writing failed for a reason of the disk.

    The whole chain is searched: a library may fail on its way out after a failed write
    (matplotlib's PDF writer raises a zlib error when it closes a file the disk refused).
    """
    seen: list[BaseException] = []
    error: BaseException | None = exc
    while error is not None and len(seen) < 10 and error not in seen:
        seen.append(error)
        for candidate in (error, getattr(error, "orig", None)):
            if isinstance(candidate, OSError | sqlite3.OperationalError):
                return candidate
        error = error.__cause__ or error.__context__
    return None


def _started_after(pid: int, made: float) -> bool:
    """Whether the process now running as `pid` started after `made` (so the PID was reused)."""
    started = process_start_epoch(pid)
    return started is not None and started > made + 1


def _maker_gone(pid: int, made: float) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError):
        return False
    return _started_after(pid, made)


def clean_leftovers(target: Path) -> list[Path]:
    """Remove temporary files of `target` left by programs that no longer run; returns them."""
    removed: list[Path] = []
    try:
        candidates = list(target.parent.glob(f".{target.name}{MARK}*"))
    except OSError:
        return removed
    for path in candidates:
        rest = path.name[len(f".{target.name}{MARK}") :]
        pid_text = rest.split(".", 1)[0]
        if not pid_text.isdigit():
            continue
        try:
            made = path.lstat().st_mtime
            if path.is_symlink() or not _maker_gone(int(pid_text), made):
                continue
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed
