"""The composition root: builds the services, opens a document, starts the desktop UI."""

from __future__ import annotations

from pathlib import Path

from roadmap.domain.errors import RoadmapError


def run(path: Path | None) -> int:
    raise RoadmapError(
        "The desktop app is not built yet; use the subcommands (see `roadmap --help`)."
    )
