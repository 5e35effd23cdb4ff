"""The `roadmap` subcommands of the shared repository: repo init/list, clone, publish, pull.

Kept beside `cli.py` so the repository's commands read as one piece; `cli.build_parser`
adds them. An unreachable server, a refused login or role, a bad URL: exit 2, one line.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from roadmap.domain.catalogue import CATALOGUE
from roadmap.domain.messages import Listing, Message, message, preferred_language

COMMANDS = frozenset({"repo", "portfolio", "clone", "publish", "pull"})
EXIT_CONFLICTS = 3


def _say(code: str, **params: Any) -> str:
    return message(code, **params).render(preferred_language())


def cmd_repo_init(args: argparse.Namespace) -> int:
    from roadmap.services.repository import init_repository

    result = init_repository(args.url, roles=args.roles)
    if result.before is None:
        print(_say("cli.repo_created", format=result.after))
    elif result.before != result.after:
        print(_say("cli.repo_upgraded", before=result.before, after=result.after))
    else:
        print(_say("cli.repo_current", format=result.after))
    if result.roles:
        print(_say("cli.repo_roles", roles=", ".join(result.roles)))
    return 0


def cmd_repo_list(args: argparse.Namespace) -> int:
    from roadmap.services.repository import list_repository

    entries = list_repository(args.url)
    if args.json:
        listed = [
            {
                "id": e.id,
                "title": e.title,
                "version": e.version,
                "published_by": e.published_by,
                "updated_at": e.published_at.isoformat(),
                "counts": e.counts,
            }
            for e in entries
        ]
        print(json.dumps(listed, ensure_ascii=False, indent=2))
        return 0
    if not entries:
        print(_say("cli.repo_empty"))
    for e in entries:
        counts = Listing(
            tuple(
                message("cli.info_count", count=n, name=_named("section", name))
                for name, n in e.counts.items()
                if n
            )
        )
        stamp = e.published_at.strftime("%Y-%m-%d %H:%M")
        print(_say("repo.list_title", id=e.id, title=e.title))
        print(
            _say(
                "repo.list_detail", version=e.version, by=e.published_by, when=stamp, counts=counts
            )
        )
    return 0


def cmd_repo_delete(args: argparse.Namespace) -> int:
    from roadmap.domain.errors import RoadmapError
    from roadmap.services.repository import delete_from_repository

    if not args.yes:
        raise RoadmapError("repository.delete_unconfirmed", key=args.roadmap)
    entry = delete_from_repository(args.url, args.roadmap)
    print(_say("cli.repo_deleted", title=entry.title, id=entry.id))
    return 0


def cmd_portfolio(args: argparse.Namespace) -> int:
    from roadmap.services.portfolio import portfolio, portfolio_json

    result = portfolio(args.source)
    figures = portfolio_json(result)
    if args.chart:
        from roadmap.charts.export import save_chart
        from roadmap.charts.portfolio_overview import render_portfolio
        from roadmap.domain.enums import Language
        from roadmap.domain.messages import preferred_language

        save_chart(
            render_portfolio(result.tally, Language(args.lang or preferred_language())), args.chart
        )
    for skipped in result.skipped:
        print(_say("cli.skipped", what=skipped), file=sys.stderr)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        _print_portfolio(figures)
    if args.chart:
        print(_say("cli.wrote", file=args.chart))
    return 0


def _print_portfolio(figures: dict[str, Any]) -> None:
    print(_say("portfolio.heading", count=figures["roadmaps"], today=figures["today"]))

    def line(title: Message, counts: dict[str, int], names: str = "") -> None:
        """`names`: the catalogue's prefix for the counts' keys (enum values), if any."""
        items = tuple(
            message("portfolio.count", name=_named(names, key), count=n)
            for key, n in counts.items()
        )
        shown = Listing(items) if items else message("portfolio.none")
        print(_say("portfolio.line", title=title, counts=shown))

    for sector, by_priority in figures["problems_by_sector_and_priority"].items():
        where = sector or message("portfolio.no_sector")
        line(message("portfolio.problems_in", sector=where), by_priority, "priority")
    line(message("portfolio.pathways_by_status"), figures["pathways_by_status"], "pathway_status")
    line(message("portfolio.trl_today"), figures["trl_today"])
    line(message("portfolio.trl_at_horizon"), figures["trl_at_horizon"])
    line(message("portfolio.products_by_launch_year"), figures["products_by_launch_year"])
    line(message("portfolio.patents_by_status"), figures["patents_by_status"], "patent_status")
    line(message("portfolio.licences_by_kind"), figures["licences_by_kind"], "license_kind")
    line(message("portfolio.moves_by_direction"), figures["moves_by_direction"], "direction")
    shared = tuple(
        message("portfolio.organization", name=o["name"], count=o["roadmaps"])
        for o in figures["organizations_in_several_roadmaps"]
    )
    organizations = Listing(shared) if shared else message("portfolio.none")
    print(_say("portfolio.shared_organizations", organizations=organizations))
    due = figures["due_in_12_months"]
    print(_say("portfolio.due", count=len(due)))
    for d in due:
        kind = _named("step_kind", d["kind"])
        print(
            _say(
                "portfolio.due_line",
                date=d["date"],
                step=d["step"],
                kind=kind,
                roadmap=d["roadmap"],
            )
        )


def _named(prefix: str, key: str) -> Any:
    """A count's key in words: the catalogue's `<prefix>.<key>` where there is one ("none" is
    the key of things without a value), else the key as it is (a year, a TRL, a sector)."""
    if key == "none":
        return message("portfolio.none")
    code = f"{prefix}.{key}"
    return Message(code) if prefix and code in CATALOGUE else key.replace("_", " ")


def cmd_clone(args: argparse.Namespace) -> int:
    from roadmap.services.publishing import clone

    entry = clone(args.url, args.roadmap, args.file)
    print(_say("cli.cloned", title=entry.title, version=entry.version, file=args.file))
    return 0


def _settle_by(args: argparse.Namespace) -> Any:
    from roadmap.cli_merge_options import merge_choices
    from roadmap.services.publishing import Settle

    choices, prefer = merge_choices(args)
    return Settle(choices, prefer)


def _synced(args: argparse.Namespace, run: Any, done: Any) -> int:
    """Run a publish or pull; list its conflicts as `roadmap merge` does (exit 3)."""
    from roadmap.domain.messages import message, preferred_language
    from roadmap.services.merging import describe
    from roadmap.services.publishing import SyncConflicts

    language = preferred_language()
    try:
        result = run(_settle_by(args))
    except SyncConflicts as stopped:
        plan = stopped.plan
        if args.json:
            print(json.dumps(plan.as_json(language), ensure_ascii=False, indent=2))
        else:
            for duplicate in plan.duplicates:
                say = message("merge.duplicate", kind=duplicate.kind, name=duplicate.name)
                print(say.render(language))
            heading = message("merge.conflicts_heading", count=len(plan.unresolved))
            print(heading.render(language))
            for conflict in plan.unresolved:
                print(f"  {describe(conflict).render(language)}")
        print(f"roadmap: {stopped.render(language)}", file=sys.stderr)
        return EXIT_CONFLICTS
    if args.json:
        shown = {
            "version": result.version,
            "sent": result.sent,
            "received": result.received,
            "conflicts": [],
        }
        print(json.dumps(shown, ensure_ascii=False, indent=2))
    else:
        done(result)
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from roadmap.services.publishing import publish

    def done(result: Any) -> None:
        if result.already:
            print(_say("cli.nothing_to_publish", version=result.version))
        else:
            print(_say("cli.published", version=result.version, sent=result.sent))
        if result.received:
            print(_say("cli.received", received=result.received))
        _say_renamed(result)

    return _synced(args, lambda settle_by: publish(args.file, args.url, settle_by), done)


def cmd_pull(args: argparse.Namespace) -> int:
    from roadmap.services.publishing import pull

    def done(result: Any) -> None:
        if result.already:
            print(_say("cli.pull_current", version=result.version))
        else:
            print(_say("cli.pulled", version=result.version, received=result.received))
        _say_renamed(result)

    return _synced(args, lambda settle_by: pull(args.file, settle_by), done)


def _say_renamed(result: Any) -> None:
    for name, kept in result.renamed:
        print(_say("cli.baseline_renamed", name=name, kept=kept))


def _merge_options(p: argparse.ArgumentParser) -> None:
    """Conflicts with the repository are settled as in `roadmap merge` (exit 3 while open)."""
    from roadmap.cli_merge_options import add_merge_choices

    add_merge_choices(p)
    p.add_argument("--json", action="store_true", help="the result, or the conflicts, as JSON")


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("clone", help="write a roadmap of a repository to a new file")
    p.add_argument("url")
    p.add_argument("roadmap", help="its id or exact title (see `roadmap repo list`)")
    p.add_argument("file", type=Path)
    p.set_defaults(run=cmd_clone)
    p = sub.add_parser("publish", help="send the file's changes to its repository")
    p.add_argument("file", type=Path)
    p.add_argument("url", nargs="?", help="the repository, the first time")
    _merge_options(p)
    p.set_defaults(run=cmd_publish)
    p = sub.add_parser("pull", help="bring the repository's changes into the file")
    p.add_argument("file", type=Path)
    _merge_options(p)
    p.set_defaults(run=cmd_pull)

    p = sub.add_parser("portfolio", help="figures across the roadmaps of a repository or folder")
    p.add_argument("source", help="a repository URL or a folder of .roadmap files")
    p.add_argument("--json", action="store_true")
    p.add_argument("--chart", type=Path, help="also draw the portfolio to OUT (.png .svg .pdf)")
    p.add_argument("--lang", choices=("en", "zh"), help="the chart's language (default: locale)")
    p.set_defaults(run=cmd_portfolio)

    repo = sub.add_parser("repo", help="a shared PostgreSQL repository (init, list, delete)")
    repo_sub = repo.add_subparsers(dest="repo_command", parser_class=type(repo), required=True)
    p = repo_sub.add_parser("init", help="create or upgrade the repository schema")
    p.add_argument("url", help="postgresql://USER@HOST/DATABASE (no password: see README)")
    p.add_argument("--roles", action="store_true", help="create the reader/planner/owner roles")
    p.set_defaults(run=cmd_repo_init)
    p = repo_sub.add_parser("list", help="the roadmaps in the repository")
    p.add_argument("url")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_repo_list)
    p = repo_sub.add_parser("delete", help="delete a roadmap from the repository (owner only)")
    p.add_argument("url")
    p.add_argument("roadmap", help="its id or exact title (see `roadmap repo list`)")
    p.add_argument("--yes", action="store_true", help="confirm: it cannot be undone")
    p.set_defaults(run=cmd_repo_delete)
