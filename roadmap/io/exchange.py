"""Export and import by file suffix: the one entry point the CLI and the app call.

Both take a progress callback `(done, total)` and are safe to run in a worker thread: they
open their own connections and touch no UI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from roadmap.domain.errors import RoadmapError
from roadmap.services.workspace import Workspace

Progress = Callable[[int, int], None]


class UnsupportedFormat(RoadmapError):
    pass


@dataclass(frozen=True)
class ExportOptions:
    unit: str | None = None
    language: str | None = None
    chart: str | None = None
    problem: str | None = None


def export_file(
    workspace: Workspace, out: Path, options: ExportOptions, progress: Progress | None = None
) -> list[str]:
    """Write the roadmap to `out` in the format its suffix names; returns warnings."""
    suffix = out.suffix.lower()
    if suffix == ".json":
        from roadmap.io.json_format import write_json

        write_json(workspace.queries.snapshot(), out)
        return []
    raise UnsupportedFormat(f"Cannot export to {suffix or 'a file without a suffix'}; use .json.")


def import_file(
    source: Path, target: Path, *, replace: bool = False, progress: Progress | None = None
) -> str:
    """Read `source` into the roadmap `target` (created if missing); returns a summary."""
    suffix = source.suffix.lower()
    if suffix != ".json":
        raise UnsupportedFormat(f"Cannot import {suffix or 'a file without a suffix'}; use .json.")
    from roadmap.io.json_format import read_json

    snapshot = read_json(source)
    if not target.exists():
        with Workspace.create(target, snapshot):
            pass
        return f"Created {target} from {source.name}."
    with Workspace.open(target) as workspace:
        current = workspace.queries.snapshot()
        workspace.commands.replace_all(current, snapshot, keep_absent=not replace)
    return f"Imported {source.name} into {target}."
