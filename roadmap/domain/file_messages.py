"""Messages about files the program refuses, recovers or cannot write (issue 12's refusals).

Each builds a catalogue `Message` (words in roadmap/domain/catalogue.py, English and Chinese);
the few that choose between texts (why a write failed) choose here, once for every writer.
"""

from __future__ import annotations

import errno
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from roadmap.domain.messages import Listing, Message, message


def damaged(name: str) -> Message:
    return message("file.damaged_repair", name=name)


def recovered(name: str) -> Message:
    return message("file.recovered", name=name)


def needs_recovery_but_read_only(name: str) -> Message:
    return message("file.recovery_needs_write", name=name)


def busy(name: str) -> Message:
    return message("file.busy", name=name)


def foreign_objects(name: str, what: Sequence[str | Message]) -> Message:
    shown = Listing(tuple(what[:4]))
    if len(what) > 4:
        return message("file.foreign_objects_more", name=name, what=shown, more=len(what) - 4)
    return message("file.foreign_objects", name=name, what=shown)


def stored_value_problems(name: str, problems: Sequence[str | Message]) -> Message:
    """The refusal of a file holding values the rules refuse, naming the first of them (its
    place in the file without the file's name, which the refusal says already)."""
    first: str | Message
    if isinstance(problems[0], Message) and problems[0].code == "stored.value":
        params = {k: v for k, v in problems[0].params.items() if k != "file"}
        first = message("stored.value_here", **params)
    else:
        first = str(problems[0]).removeprefix(f"{name}, ")
    if len(problems) > 1:
        return message("file.bad_values_more", name=name, first=first, more=len(problems) - 1)
    return message("file.bad_values", name=name, first=first)


def locked_by(name: str, holder: Any | None) -> Message:
    if holder is None:
        return message("lock.held_starting", name=name)
    return message(
        "lock.held",
        name=name,
        user=holder.user,
        host=holder.host,
        pid=holder.pid,
        since=holder.since,
    )


def lock_path_is_folder(path: Path) -> Message:
    return message("lock.is_folder", name=path.name)


def cannot_lock(name: str, exc: OSError | None) -> Message:
    return message("lock.failed", name=name)


def same_as_input(out: Path, source: Path) -> Message:
    return message("export.same_as_roadmap", path=out, name=source.name)


def output_is_roadmap(out: Path) -> Message:
    return message("export.over_roadmap", path=out)


def read_only_target(out: Path) -> Message:
    return message("write.read_only", path=out)


def cannot_write(target: Path, exc: BaseException) -> Message:
    code = getattr(exc, "errno", None)
    if code in (errno.ENOSPC, errno.EDQUOT) or "disk is full" in str(exc):
        return message("write.disk_full", path=target)
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return message("write.no_permission", path=target)
    if code == errno.ENOENT:
        return message("export.folder_missing", path=target, folder=target.parent)
    if code == errno.EISDIR:
        return message("file.give_file_name", path=target)
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return message("write.failed", path=target, reason=reason)


def details_saved(line: str, path: Path) -> Message:
    return message("cli.details_saved", line=line, path=path)


def output_failed(exc: OSError) -> Message:
    return message("cli.output_failed", reason=exc.strerror or str(exc))


def not_regular_file(path: Path) -> Message:
    return message("write.not_regular_file", path=path)
