"""What `roadmap check` finds, listed with the name of the thing each finding is about, for a
front end to show (the app's Checks tab).

`findings_in_file` reads the roadmap from its file, so it can run in the app's helper process
(`roadmap.worker_process`): checking a big roadmap in a worker thread of the window's own
process kept the window waiting for the interpreter lock (a few hundred milliseconds on L).
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from roadmap.domain.entities import EntityKind
from roadmap.domain.findings import Finding
from roadmap.domain.snapshot import SECTION, RoadmapSnapshot


class Listed(NamedTuple):
    finding: Finding
    name: str  # the name of the thing the finding is about, as it was when checked


def _names(snapshot: RoadmapSnapshot) -> dict[tuple[EntityKind, str], str]:
    names: dict[tuple[EntityKind, str], str] = {}
    for kind, section in SECTION.items():
        for entity in getattr(snapshot, section):
            text = (
                getattr(entity, "name", "")
                or getattr(entity, "title", "")
                or getattr(entity, "statement", "")
            )
            names[(kind, entity.id)] = str(text)
    names[(EntityKind.ROADMAP, snapshot.info.id)] = snapshot.info.title
    return names


def listed_findings(snapshot: RoadmapSnapshot) -> list[Listed]:
    """Every finding of the checks on `snapshot`, with the name of what it is about."""
    from roadmap.domain.checks import run_checks

    names = _names(snapshot)
    return [Listed(f, names.get((f.kind, f.id), "")) for f in run_checks(snapshot)]


def findings_in_file(path: Path) -> list[Listed]:
    """`listed_findings` of the roadmap at `path`, read through a read-only connection."""
    from roadmap.services.workspace import Workspace

    with Workspace.open(path, readonly=True) as workspace:
        snapshot = workspace.queries.snapshot()
    return listed_findings(snapshot)
