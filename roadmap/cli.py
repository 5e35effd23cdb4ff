"""The `roadmap` command: argparse over the same services the desktop app uses.

Importing this module stays cheap (no Qt, matplotlib or openpyxl): each subcommand imports
what it needs when it runs. Expected errors end with exit status 2 and one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from roadmap import __version__
from roadmap.domain.errors import RoadmapError
from roadmap.domain.messages import message, preferred_language

EXIT_FINDINGS = 1
EXIT_USAGE = 2


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)") from None


def _progress(label: str) -> Callable[[int, int], None] | None:
    """A progress line on stderr when it is a terminal; nothing in pipes and tests."""
    if not sys.stderr.isatty():
        return None

    def report(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        end = "\n" if done >= total else ""
        sys.stderr.write(f"\r{label}: {percent:3d}%{end}")
        sys.stderr.flush()

    return report


# -- subcommands ---------------------------------------------------------------------------


def cmd_new(args: argparse.Namespace) -> int:
    from roadmap.domain.defaults import new_roadmap
    from roadmap.domain.enums import Language, TimeUnit
    from roadmap.domain.templates import TEMPLATE_OF
    from roadmap.services.workspace import Workspace

    snapshot = new_roadmap(
        args.title,
        language=Language(args.lang),
        horizon_start=args.start,
        horizon_end=args.end,
        time_unit=TimeUnit(args.unit) if args.unit else None,
        template=TEMPLATE_OF[args.template],
    )
    with Workspace.create(args.file, snapshot):
        pass
    print(f"Created {args.file}")
    return 0


def cmd_sample(args: argparse.Namespace) -> int:
    from roadmap.io.json_format import read_json
    from roadmap.locations import sample_path
    from roadmap.services.workspace import Workspace

    snapshot = read_json(sample_path(args.lang))
    with Workspace.create(args.file, snapshot):
        pass
    print(
        f"Wrote the {'Chinese' if args.lang == 'zh' else 'English'} sample roadmap to {args.file}"
    )
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from roadmap.services.reports import roadmap_info

    with _open(args.file) as workspace:
        info = roadmap_info(workspace)
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    print(info["title"])
    horizon = info["horizon"]
    print(
        f"  horizon {horizon['start']} – {horizon['end']}, by {info['time_unit']}, language {info['language']}"
    )
    counts = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in info["counts"].items())
    print(f"  {counts}")
    for problem in info["problems"]:
        print(f"Problem: {problem['statement']}")
        for pathway in problem["pathways"]:
            print(f"  - {pathway['name']} ({pathway['status']})")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from roadmap.domain.checks import run_checks

    with _open(args.file) as workspace:
        findings = run_checks(workspace.queries.snapshot())
    for finding in findings:
        print(finding.message)
    if findings:
        print(f"{len(findings)} finding(s).", file=sys.stderr)
        return EXIT_FINDINGS
    print("No findings.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from roadmap.io.exchange import ExportOptions, export_file

    options = ExportOptions(
        unit=args.unit,
        language=args.lang,
        chart=args.chart,
        problem=args.problem,
        wallchart=args.wallchart,
        baseline=args.baseline,
    )
    with _open(args.file) as workspace:
        warnings = export_file(workspace, args.out, options, progress=_progress("Exporting"))
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"Wrote {args.out}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from roadmap.io.exchange import import_file

    profile = None
    if args.map is not None or args.date_order is not None:
        from dataclasses import replace

        from roadmap.io.column_mapping import Profile
        from roadmap.io.loose_dates import DayOrder

        profile = Profile.load(args.map) if args.map is not None else Profile()
        if args.date_order is not None:
            profile = replace(profile, date_order=DayOrder(args.date_order))
    summary = import_file(
        args.source,
        args.file,
        replace=args.replace,
        progress=_progress("Importing"),
        profile=profile,
    )
    print(summary)
    return 0


def cmd_schedule(args: argparse.Namespace) -> int:
    from roadmap.services.reports import schedule_report

    with _open(args.file) as workspace:
        report = schedule_report(workspace)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        print(report.as_text())
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from roadmap.app import run

    return run(args.file)


def _open(path: Path) -> Any:
    from roadmap.services.workspace import Workspace

    return Workspace.open(path, readonly=True)


# -- parser --------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # one line, exit 2, as for every bad input
        self.exit(EXIT_USAGE, f"roadmap: {message} (see `roadmap --help`)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="roadmap", description="Frontier Roadmap: plan industry-oriented research."
    )
    parser.add_argument("--version", action="version", version=f"Frontier Roadmap {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("new", help="create an empty roadmap")
    p.add_argument("file", type=Path)
    p.add_argument("--title", required=True)
    p.add_argument("--lang", choices=("en", "zh"), default="en")
    p.add_argument("--start", type=_iso_date, help="horizon start, YYYY-MM-DD")
    p.add_argument("--end", type=_iso_date, help="horizon end, YYYY-MM-DD")
    p.add_argument(
        "--unit", choices=("month", "quarter", "year"), help="time unit (default: the template's)"
    )
    p.add_argument(
        "--template",
        choices=("problem-pathways", "t-plan", "s-plan"),
        default="problem-pathways",
        help="lanes, criteria and horizon to start from",
    )
    p.set_defaults(run=cmd_new)

    p = sub.add_parser("sample", help="write the bundled sample roadmap")
    p.add_argument("file", type=Path)
    p.add_argument("--lang", choices=("en", "zh"), default="en")
    p.set_defaults(run=cmd_sample)

    p = sub.add_parser("info", help="counts, horizon, problems and pathways")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_info)

    p = sub.add_parser("check", help="validate; exit 1 when there are findings")
    p.add_argument("file", type=Path)
    p.set_defaults(run=cmd_check)

    p = sub.add_parser(
        "export", help="write .xlsx .json .csv .xml (MS Project) .png .svg .pdf (by OUT's suffix)"
    )
    p.add_argument("file", type=Path)
    p.add_argument("out", type=Path)
    p.add_argument("--unit", choices=("month", "quarter", "year"))
    p.add_argument("--lang", choices=("en", "zh"))
    p.add_argument("--chart", help="chart to draw for .png/.svg/.pdf (default: timeline)")
    p.add_argument("--problem", help="draw only this problem (ID)")
    p.add_argument(
        "--wallchart",
        metavar="SIZE",
        help="for .pdf: the timeline as a wall chart on A0, A1, A2, A3 or A4-tiles, "
        "then the pathway ranking",
    )
    p.add_argument("--baseline", help=".xlsx: the baseline of the Variance sheet (default: latest)")
    p.set_defaults(run=cmd_export)

    p = sub.add_parser(
        "import",
        help="read .xlsx .json .csv .xml (MS Project) .gan (GanttProject) into a roadmap",
    )
    p.add_argument("source", type=Path)
    p.add_argument("file", type=Path)
    p.add_argument("--replace", action="store_true", help="make FILE equal to SOURCE")
    p.add_argument(
        "--map",
        type=Path,
        metavar="PROFILE",
        help="read any spreadsheet through a saved column mapping (.json profile)",
    )
    p.add_argument(
        "--date-order",
        choices=("dmy", "mdy"),
        help="how to read dates like 03/04/2027: day first (dmy) or month first (mdy)",
    )
    p.set_defaults(run=cmd_import)

    p = sub.add_parser("schedule", help="critical path, slack, earliest/latest dates")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_schedule)

    from roadmap import cli_baselines, cli_repository

    cli_baselines.add_parsers(sub)
    cli_repository.add_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    from roadmap.cli_baselines import COMMANDS as BASELINE_COMMANDS
    from roadmap.cli_repository import COMMANDS as REPOSITORY_COMMANDS

    commands = {"new", "sample", "info", "check", "export", "import", "schedule"}
    commands |= REPOSITORY_COMMANDS | set(BASELINE_COMMANDS)
    if not argv or (argv[0] not in commands and not argv[0].startswith("-")):
        gui = argparse.Namespace(file=Path(argv[0]) if argv else None)
        if len(argv) > 1:
            parser.error(f"unknown command {argv[0]!r}")
        return _run(cmd_gui, gui)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    return _run(args.run, args)


def _run(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        return handler(args)
    except RoadmapError as exc:
        sys.stderr.write(f"roadmap: {exc.render(preferred_language())}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write(f"roadmap: {message('cli.interrupted').render(preferred_language())}\n")
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
