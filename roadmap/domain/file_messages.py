"""What the program says about files it refuses, recovers or cannot write, in one place.

CLI, store, io and the app word these situations the same way; keeping the sentences here makes
them easy to move into a message catalogue (and to translate) as one piece.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any


def damaged(name: str) -> str:
    return (
        f"{name} is damaged and cannot be opened; run `roadmap check {name} --repair` to save "
        "what can be read into a new file, or restore a backup (`roadmap restore`)."
    )


def recovered(name: str) -> str:
    return (
        f"{name} was recovered after an unfinished write (a program stopped while saving); "
        "it holds everything up to the last completed edit."
    )


def needs_recovery_but_read_only(name: str) -> str:
    return (
        f"{name} has an unfinished write from a program that stopped while saving, and it is "
        "read-only here so it cannot be recovered; make the file and its folder writable, "
        "then open it again (nothing is lost)."
    )


def busy(name: str) -> str:
    return f"{name} is busy: another program is writing to it right now; try again in a moment."


def foreign_objects(name: str, what: list[str]) -> str:
    shown = ", ".join(what[:4]) + (f" and {len(what) - 4} more" if len(what) > 4 else "")
    return (
        f"{name} holds things a Frontier Roadmap file never has ({shown}); it was changed by "
        "another program and is not opened, to keep them from running. Import its data instead."
    )


def stored_value_problems(name: str, problems: list[str]) -> str:
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    first = problems[0].removeprefix(f"{name}, ")
    return f"{name} holds values a roadmap cannot have: {first}{more}."


def locked_by(name: str, holder: Any | None) -> str:
    who = holder.describe() if holder is not None else "another program (it is starting up)"
    return f"{name} is open in another program: {who}. Close it there, or open a copy."


def lock_path_is_folder(path: Path) -> str:
    return (
        f"{path.name} is a folder where the roadmap's lock file belongs; move it away to open "
        "the roadmap."
    )


def cannot_lock(name: str, exc: OSError | None) -> str:
    reason = f": {exc.strerror}" if exc is not None and exc.strerror else ""
    return f"Could not lock {name}{reason}; try again."


def same_as_input(out: Path, source: Path) -> str:
    return f"{out} is the roadmap being exported ({source.name}); choose another output file."


def output_is_open_roadmap(out: Path) -> str:
    return f"{out} is a roadmap open in another program; choose another output file."


def output_is_roadmap(out: Path) -> str:
    return f"{out} is a roadmap file; export to a new name rather than over a roadmap."


def read_only_target(out: Path) -> str:
    return f"{out} is read-only; choose another file or change its permissions."


def cannot_write(target: Path, exc: BaseException) -> str:
    code = getattr(exc, "errno", None)
    kept = " (anything already there is unchanged)"
    if code in (errno.ENOSPC, errno.EDQUOT) or "disk is full" in str(exc):
        return f"The disk is full: {target} was not written{kept}; free some space and try again."
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"No permission to write {target}{kept}; choose a folder you can write to."
    if code == errno.ENOENT:
        return f"Cannot write {target}: the folder {target.parent} does not exist."
    if code == errno.EISDIR:
        return f"{target} is a folder; give a file name."
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return f"Could not write {target}: {reason}{kept}."


def details_saved(line: str, path: Path) -> str:
    return f"{line} (details in {path})"


def output_failed(exc: OSError) -> str:
    return f"Could not write the output: {exc.strerror or exc}."
