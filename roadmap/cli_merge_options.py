"""How conflicts are settled on the command line, the same for `roadmap merge`, `publish`
and `pull`: `--prefer mine|theirs` for all, or `--resolutions FILE` (the `--json` report with
a "choice" on each conflict)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from roadmap.domain.errors import RoadmapError


def merge_choices(args: argparse.Namespace) -> tuple[dict[Any, Any], Any]:
    """The conflict choices of `--resolutions FILE` and `--prefer` (merge, publish, pull)."""
    from roadmap.domain.merge import ConflictKey, Side
    from roadmap.services.merging import read_resolutions

    choices: dict[ConflictKey, Side] = {}
    if args.resolutions is not None:
        try:
            data = json.loads(args.resolutions.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise RoadmapError(
                "merge.resolutions_unreadable", path=args.resolutions, reason=str(exc)
            ) from None
        choices = read_resolutions(data)
    return choices, Side(args.prefer) if args.prefer else None


def add_merge_choices(p: argparse.ArgumentParser) -> None:
    p.add_argument("--prefer", choices=("mine", "theirs"), help="settle every conflict one way")
    p.add_argument(
        "--resolutions", type=Path, help='the --json report with "choice" on each conflict'
    )
