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

from roadmap import __version__, cli_merge_options
from roadmap.cli_language import argparse_speaking, translate_help
from roadmap.domain import file_messages
from roadmap.domain.errors import RoadmapError
from roadmap.domain.messages import Message, message, preferred_language, render_value

EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_CONFLICTS = 3


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_say("cli.not_a_date", text=repr(text))) from None


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
    print(_say("cli.created", file=args.file))
    return 0


def cmd_sample(args: argparse.Namespace) -> int:
    from roadmap.io.json_format import read_json
    from roadmap.locations import sample_path
    from roadmap.services.workspace import Workspace

    snapshot = read_json(sample_path(args.lang))
    with Workspace.create(args.file, snapshot):
        pass
    written = "cli.sample_written_zh" if args.lang == "zh" else "cli.sample_written_en"
    print(_say(written, file=args.file))
    return 0


def _counted(section: str, count: int) -> str:
    """ "49 steps" / "步骤 49"; a section the catalogue does not name shows as it is."""
    from roadmap.domain.catalogue import CATALOGUE

    code = f"section.{section}"
    name: Message | str = Message(code) if code in CATALOGUE else section.replace("_", " ")
    return _say("cli.info_count", count=count, name=name)


def cmd_info(args: argparse.Namespace) -> int:
    from roadmap.services.reports import roadmap_info

    with _open(args.file) as workspace:
        info = roadmap_info(workspace)
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    print(info["title"])
    horizon = info["horizon"]
    from roadmap.domain.enums import PathwayStatus, TimeUnit

    unit = TimeUnit(info["time_unit"])
    start, end, language = horizon["start"], horizon["end"], info["language"]
    print(_say("cli.info_horizon", start=start, end=end, unit=unit, language=language))
    counts = [_counted(name, n) for name, n in info["counts"].items()]
    print("  " + _say("list.separator").join(counts))
    for problem in info["problems"]:
        print(_say("cli.info_problem", statement=problem["statement"]))
        for pathway in problem["pathways"]:
            status = PathwayStatus(pathway["status"])
            print(_say("cli.info_pathway", name=pathway["name"], status=status))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from roadmap.domain.checks import run_checks
    from roadmap.services.stored_content import stored_content_problems
    from roadmap.store.document import StoredValueError
    from roadmap.store.inspection import undecodable_text_in

    if args.repair:
        return cmd_repair(args)
    if args.recover_to is not None:
        return cmd_recover(args)
    try:
        workspace = _open(args.file)
    except StoredValueError as refused:
        # `check` is where a planner looks for everything that is wrong: list every value.
        for line in refused.details:
            print(render_value(line, preferred_language()))
        print(_say("check.count", count=len(refused.details)), file=sys.stderr)
        return EXIT_FINDINGS
    bad_text: list[str | Message] = list(undecodable_text_in(args.file))
    with workspace:
        bad_text += stored_content_problems(workspace)
        findings = [] if bad_text else run_checks(workspace.queries.snapshot())
    language = preferred_language()
    for line in bad_text:
        print(render_value(line, language))
    for finding in findings:
        print(finding.render(language))
    if findings or bad_text:
        print(_say("check.count", count=len(findings) + len(bad_text)), file=sys.stderr)
        return EXIT_FINDINGS
    print(_say("check.none"))
    return 0


def cmd_repair(args: argparse.Namespace) -> int:
    from roadmap.store.repair import repair

    report = repair(args.file)
    print(report.as_text(preferred_language()))
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    """Roll an unfinished write back into a new file, for a file that is read-only here."""
    from roadmap.store.recovery import recover_into_copy

    recover_into_copy(args.file, args.recover_to)
    said = message("cli.recovered_into", copy=str(args.recover_to), name=args.file.name)
    print(said.render(preferred_language()))
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
        warnings = export_file(
            workspace, args.out, options, progress=_progress(_say("cli.progress_exporting"))
        )
    for warning in warnings:
        print(_say("cli.warning", text=warning), file=sys.stderr)
    print(_say("cli.wrote", file=args.out))
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
        progress=_progress(_say("cli.progress_importing")),
        profile=profile,
    )
    print(summary.render(preferred_language()))
    return 0


def cmd_schedule(args: argparse.Namespace) -> int:
    from roadmap.services.reports import schedule_report

    with _open(args.file) as workspace:
        report = schedule_report(workspace)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        print(report.as_text(preferred_language()))
    return 0


def _say(code: str, **params: Any) -> str:
    return message(code, **params).render(preferred_language())


def cmd_copy(args: argparse.Namespace) -> int:
    from roadmap.services.copies import make_copy

    label = args.label if args.label is not None else args.copy.stem
    make_copy(args.file, args.copy, label)
    print(_say("copy.written", copy=args.copy, file=args.file, label=label))
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from roadmap.cli_merge_options import merge_choices
    from roadmap.collector import collector_paused
    from roadmap.services.merging import apply_merge, describe, plan_merge, read_copies
    from roadmap.services.workspace import Workspace

    language = preferred_language()
    choices, prefer = merge_choices(args)
    with collector_paused(), Workspace.open(args.file, readonly=args.dry_run) as workspace:
        copies = read_copies(workspace, args.copies)
        plan = plan_merge(
            workspace.queries.snapshot(),
            workspace.queries.lineage(),
            copies,
            choices=choices,
            prefer=prefer,
        )
        if plan.clean and not args.dry_run:
            apply_merge(workspace, plan)
    if args.json:
        print(json.dumps(plan.as_json(language), ensure_ascii=False, indent=2))
    else:
        for merge in plan.merges:
            r = merge.result
            added, changed, deleted = (sum(c.values()) for c in (r.added, r.changed, r.deleted))
            summary = _say(
                "merge.summary",
                label=merge.copy.label,
                file=merge.copy.path.name,
                added=added,
                changed=changed,
                deleted=deleted,
                conflicts=len(r.conflicts),
            )
            print(summary)
        for duplicate in plan.duplicates:
            print(_say("merge.duplicate", kind=duplicate.kind, name=duplicate.name))
        if plan.unresolved:
            print(_say("merge.conflicts_heading", count=len(plan.unresolved)))
            for conflict in plan.unresolved:
                print(f"  {describe(conflict).render(language)}")
    if not plan.clean:
        print(f"roadmap: {_say('merge.stopped', count=len(plan.unresolved))}", file=sys.stderr)
        return EXIT_CONFLICTS
    if not args.json:
        print(_say("merge.dry_run") if args.dry_run else _say("merge.done", file=args.file))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from roadmap.services.workspace import list_backups, restore_backup

    language = preferred_language()
    name = args.file.name
    backups = list_backups(args.file)
    if args.list:
        if not backups:
            print(message("backup.none", name=name).render(language))
            return 0
        print(f"{name}:")
        for number, backup in enumerate(backups, 1):
            line = message(
                "backup.list_line",
                number=f"{number:3}",
                when=f"{backup.made:%Y-%m-%d %H:%M:%S}",
                reason=backup.reason_message,
                size=f"{backup.size / 1024:,.0f}",
            )
            print(line.render(language))
        return 0
    if not backups:
        raise RoadmapError("backup.none", name=name)
    if not 1 <= args.number <= len(backups):
        raise RoadmapError("backup.no_number", name=name, number=args.number)
    chosen = backups[args.number - 1]
    saved = restore_backup(args.file, chosen.path)
    when = f"{chosen.made:%Y-%m-%d %H:%M:%S}"
    print(message("backup.restored", name=name, when=when, saved=saved.name).render(language))
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from roadmap.app import run

    return run(args.file)


def _open(path: Path) -> Any:
    from roadmap.services.workspace import Workspace

    return Workspace.open(path, readonly=True)


def _note_recoveries() -> None:
    """Say on stderr when the store recovered a file (SQLite rolled back an unfinished write)."""
    import logging

    class Note(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            said = record.args[0] if isinstance(record.args, tuple) and record.args else None
            text = said.render(preferred_language()) if isinstance(said, Message) else None
            sys.stderr.write(f"roadmap: {text or record.getMessage()}\n")

    logger = logging.getLogger("roadmap.store")
    if not any(isinstance(h, Note) for h in logger.handlers):
        logger.addHandler(Note(logging.INFO))
        logger.setLevel(logging.INFO)
        logger.propagate = False


# -- parser --------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # one line, exit 2, as for every bad input
        self.exit(EXIT_USAGE, f"roadmap: {_say('cli.usage_error', problem=message)}\n")


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
    p.add_argument(
        "--repair",
        action="store_true",
        help="save what can be read of a damaged file into a new file beside it",
    )
    p.add_argument(
        "--recover-to",
        type=Path,
        metavar="COPY",
        help="roll back an unfinished write of a read-only file into the new file COPY",
    )
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

    p = sub.add_parser("copy", help="a breakout copy that remembers its base")
    p.add_argument("file", type=Path)
    p.add_argument("copy", type=Path)
    p.add_argument("--label", help="the group's name (default: the copy's file name)")
    p.set_defaults(run=cmd_copy)

    p = sub.add_parser(
        "merge", help="three-way merge of breakout copies by ID; exit 3 on conflicts"
    )
    p.add_argument("file", type=Path)
    p.add_argument("copies", type=Path, nargs="+", metavar="COPY")
    cli_merge_options.add_merge_choices(p)
    p.add_argument("--dry-run", action="store_true", help="report, change nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_merge)
    p = sub.add_parser("restore", help="put back one of the roadmap's rotating backups")
    p.add_argument("file", type=Path)
    p.add_argument("number", type=int, nargs="?", default=1, help="from --list; 1 = newest")
    p.add_argument("--list", action="store_true", help="list the backups, newest first")
    p.set_defaults(run=cmd_restore)

    from roadmap import cli_baselines, cli_repository

    cli_baselines.add_parsers(sub)
    cli_repository.add_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    verbose = "--verbose" in argv
    argv = [a for a in argv if a != "--verbose"]
    language = preferred_language()
    with argparse_speaking(language):  # argparse names its own options while it is built
        parser = build_parser()
    translate_help(parser, language)
    from roadmap.cli_baselines import COMMANDS as BASELINE_COMMANDS
    from roadmap.cli_repository import COMMANDS as REPOSITORY_COMMANDS

    commands = {"new", "sample", "info", "check", "export", "import", "schedule", "restore"}
    commands |= {"copy", "merge"}
    commands |= REPOSITORY_COMMANDS | set(BASELINE_COMMANDS)
    if not argv or (argv[0] not in commands and not argv[0].startswith("-")):
        gui = argparse.Namespace(file=Path(argv[0]) if argv else None)
        if len(argv) > 1:
            parser.error(_say("cli.unknown_command", name=repr(argv[0])))
        return _run(cmd_gui, gui, verbose)
    with argparse_speaking(language):
        args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    return _run(args.run, args, verbose)


def _run(
    handler: Callable[[argparse.Namespace], int], args: argparse.Namespace, verbose: bool = False
) -> int:
    _note_recoveries()
    try:
        status = handler(args)
        sys.stdout.flush()
        return status
    except RoadmapError as exc:
        _refuse(exc, verbose)
        return EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write(f"roadmap: {message('cli.interrupted').render(preferred_language())}\n")
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except OSError as exc:
        if exc.filename is not None:
            raise  # not the output stream: a bug, reported as one
        # stdout itself failed (a full disk, /dev/full): say so instead of a traceback.
        _silence_stdout()
        failed = file_messages.output_failed(exc).render(preferred_language())
        sys.stderr.write(f"roadmap: {failed}\n")
        return EXIT_USAGE


def _silence_stdout() -> None:
    # Python flushes stdout again at exit; pointing it at /dev/null keeps that quiet.
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _refuse(exc: RoadmapError, verbose: bool) -> None:
    """One line on stderr; the details after it under --verbose, otherwise in a file it names."""
    language = preferred_language()
    lines = exc.render(language).splitlines() or [type(exc).__name__]
    details = [render_value(d, language) for d in exc.details] or [
        line.strip() for line in lines[1:]
    ]
    head = lines[0]
    if head.endswith((":", "：")) and details:  # "… not imported (3 problems):" + the first
        head = f"{head} {details[0]}" + (" …" if len(details) > 1 else "")
    if details and verbose:
        sys.stderr.write("\n".join([f"roadmap: {head}", *details]) + "\n")
        return
    if details:
        saved = _save_details(head, details)
        if saved is not None:
            head = file_messages.details_saved(head, saved).render(language)
    sys.stderr.write(f"roadmap: {head}\n")


def _save_details(head: str, details: list[str]) -> Path | None:
    from datetime import datetime

    from roadmap.locations import reports_dir

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        folder = reports_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"refusal-{stamp}-{os.getpid()}.txt"
        path.write_text("\n".join([head, "", *details]) + "\n", encoding="utf-8")
    except OSError:
        return None
    return path
