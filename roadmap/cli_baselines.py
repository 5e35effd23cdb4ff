"""`roadmap baseline` and `roadmap compare`: the command-line side of baselines and variance."""

from __future__ import annotations

import argparse
import json
from enum import Enum
from pathlib import Path
from typing import Any

from roadmap.domain.errors import RoadmapError
from roadmap.domain.messages import message, preferred_language

COMMANDS = ("baseline", "compare")


class UsageError(RoadmapError):
    """An argument combination that names no action."""


def cmd_baseline(args: argparse.Namespace) -> int:
    from roadmap.services import baselines
    from roadmap.services.workspace import Workspace

    chosen = [bool(args.name), bool(args.list), bool(args.delete)]
    if sum(chosen) != 1:
        raise UsageError("baseline.cli_usage")
    if args.list:
        with Workspace.open(args.file, readonly=True) as workspace:
            labels = baselines.list_baselines(workspace)
        if args.json:
            rows = [
                {
                    "id": b.id,
                    "name": b.name,
                    "taken_at": b.taken_at.isoformat(),
                    "taken_by": b.taken_by,
                    "note": b.note,
                }
                for b in labels
            ]
            print(json.dumps(rows, ensure_ascii=False, indent=2))
        elif not labels:
            print(_say("cli.no_baselines"))
        for b in labels if not args.json else ():
            note = f"  {b.note}" if b.note else ""
            print(f"{b.name}\t{b.taken_at:%Y-%m-%d %H:%M}\t{b.taken_by}{note}")
        return 0
    with Workspace.open(args.file) as workspace:
        if args.delete:
            baselines.delete_baseline(workspace, args.delete)
            print(_say("cli.baseline_deleted", name=repr(args.delete)))
        else:
            edit = baselines.take_baseline(workspace, args.name, args.note or "")
            print(_say("cli.baseline_saved", name=repr(edit.name)))
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    from roadmap.services import baselines
    from roadmap.services.workspace import Workspace

    if (args.baseline is None) == (args.other is None):
        raise UsageError("baseline.compare_usage")
    with Workspace.open(args.file, readonly=True) as workspace:
        if args.baseline is not None:
            comparison = baselines.compare_with_baseline(workspace, args.baseline)
        else:
            with Workspace.open(args.other, readonly=True) as other:
                comparison = baselines.compare_with_roadmap(workspace, other)
    if args.json:
        print(json.dumps(comparison.as_json(), ensure_ascii=False, indent=2))
        return 0
    from roadmap.io.workbook_baselines import summary_zh

    summary = comparison.summary
    print(summary_zh(summary) if preferred_language() == "zh" else summary.text)
    _print_rows(comparison.as_json())
    return 0


def _say(code: str, **params: Any) -> str:
    return message(code, **params).render(preferred_language())


def _signed(days: int | None) -> str:
    return "" if days is None else _say("compare.days", days=f"{days:+d}")


def _status(enum: type[Enum], value: str | None) -> str:
    """A stored status value in the reader's language ("in_progress" → "In progress")."""
    from roadmap.io.enum_labels import label

    return "" if value is None else label(enum(value), preferred_language())


def _row(change: str, name: str, details: list[str]) -> str:
    if change == "changed" and details:
        detail = _say("compare.separator").join(details)
        return _say("compare.changed_detail", name=name, detail=detail)
    return _say(f"compare.{change}", name=name)


def _print_rows(content: dict[str, Any]) -> None:
    """The records that differ, one line each, in the reader's language (the JSON keeps the
    stored values; this is for people)."""
    from roadmap.domain.enums import PathwayStatus, StepStatus

    steps = [s for s in content["steps"] if s["change"] != "unchanged"]
    if steps:
        print("\n" + _say("cli.heading_steps"))
    for s in steps:
        details = []
        if s["change"] == "changed":
            days = _say(
                "compare.step_days",
                start=_signed(s["start_days"]),
                finish=_signed(s["finish_days"]),
            )
            details.append(days)
            if s["status_from"] != s["status_to"]:
                before, after = (_status(StepStatus, s[k]) for k in ("status_from", "status_to"))
                details.append(_say("compare.status", before=before, after=after))
            if s["trl_target_from"] != s["trl_target_to"]:
                details.append(
                    _say(
                        "compare.trl_target", before=s["trl_target_from"], after=s["trl_target_to"]
                    )
                )
        print(_row(s["change"], s["name"], details))
    products = [p for p in content["products"] if p["change"] != "unchanged"]
    if products:
        print("\n" + _say("cli.heading_products"))
    for p in products:
        launch = _say(
            "compare.launch",
            before=p["launch_from"],
            after=p["launch_to"],
            days=_signed(p["launch_days"]),
        )
        print(_row(p["change"], p["name"], [launch.rstrip()]))
    pathways = [p for p in content["pathways"] if p["change"] != "unchanged"]
    if pathways:
        print("\n" + _say("cli.heading_pathways"))
    for p in pathways:
        parts = []
        if p["status_from"] != p["status_to"]:
            before, after = (_status(PathwayStatus, p[k]) for k in ("status_from", "status_to"))
            parts.append(_say("compare.status", before=before, after=after))
        if p["rank_from"] != p["rank_to"]:
            parts.append(_say("compare.rank", before=p["rank_from"], after=p["rank_to"]))
        print(_row(p["change"], p["name"], parts))


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("baseline", help="save, list or delete named baselines")
    p.add_argument("file", type=Path)
    p.add_argument("--name", help="save the plan as it is now under this name")
    p.add_argument("--note", help="a note kept with the baseline")
    p.add_argument("--list", action="store_true", help="list the baselines")
    p.add_argument("--json", action="store_true", help="with --list: as JSON")
    p.add_argument("--delete", metavar="NAME", help="delete a baseline")
    p.set_defaults(run=cmd_baseline)

    p = sub.add_parser("compare", help="variance against a baseline or another roadmap")
    p.add_argument("file", type=Path)
    p.add_argument("other", type=Path, nargs="?", help="another roadmap (a scenario copy)")
    p.add_argument("--baseline", metavar="NAME", help="compare with this baseline")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_compare)
