"""The `roadmap` subcommands of the shared repository: repo init/list, clone, publish, pull.

Kept beside `cli.py` so the repository's commands read as one piece; `cli.build_parser`
adds them. An unreachable server, a refused login or role, a bad URL: exit 2, one line.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

COMMANDS = frozenset({"repo"})


def cmd_repo_init(args: argparse.Namespace) -> int:
    from roadmap.services.repository import init_repository

    result = init_repository(args.url, roles=args.roles)
    if result.before is None:
        print(f"Created the repository (format {result.after}).")
    elif result.before != result.after:
        print(f"Upgraded the repository from format {result.before} to {result.after}.")
    else:
        print(f"The repository is up to date (format {result.after}).")
    if result.roles:
        print("Roles: " + ", ".join(result.roles) + " (grant them to people's logins).")
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
        print("The repository holds no roadmap yet; add one with `roadmap publish FILE URL`.")
    for e in entries:
        counts = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in e.counts.items() if n)
        stamp = e.published_at.strftime("%Y-%m-%d %H:%M")
        print(f"{e.id}  {e.title}")
        print(f"    version {e.version}, by {e.published_by} at {stamp}; {counts}")
    return 0


def add_parsers(sub: Any) -> None:
    repo = sub.add_parser("repo", help="a shared PostgreSQL repository (init, list)")
    repo_sub = repo.add_subparsers(dest="repo_command", parser_class=type(repo), required=True)
    p = repo_sub.add_parser("init", help="create or upgrade the repository schema")
    p.add_argument("url", help="postgresql://USER@HOST/DATABASE (no password: see README)")
    p.add_argument("--roles", action="store_true", help="create the reader/planner/owner roles")
    p.set_defaults(run=cmd_repo_init)
    p = repo_sub.add_parser("list", help="the roadmaps in the repository")
    p.add_argument("url")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_repo_list)
