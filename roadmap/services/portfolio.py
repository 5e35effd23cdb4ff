"""The portfolio view's sources: every roadmap of a repository, or every `.roadmap` file of a
folder, counted by the same `PortfolioTally`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from roadmap.domain.errors import RoadmapError
from roadmap.domain.messages import preferred_language
from roadmap.domain.portfolio import PortfolioTally
from roadmap.store.document import SUFFIX


@dataclass
class Portfolio:
    tally: PortfolioTally
    skipped: list[str] = field(default_factory=list)  # files that could not be read, and why


def is_repository(source: str) -> bool:
    return source.startswith(("postgresql:", "postgres:", "postgresql+psycopg:"))


def portfolio_of_folder(folder: Path, today: date) -> Portfolio:
    from roadmap.services.workspace import Workspace

    if not folder.is_dir():
        raise RoadmapError("portfolio.no_folder", path=str(folder))
    result = Portfolio(PortfolioTally(today))
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            with Workspace.open(path, readonly=True) as workspace:
                snapshot = workspace.queries.snapshot()
        except RoadmapError as error:
            result.skipped.append(f"{path.name}: {error.render(preferred_language())}")
            continue
        result.tally.add(snapshot)
    return result


def portfolio_of_repository(url_text: str, today: date) -> Portfolio:
    from roadmap.services.repository import Server
    from roadmap.store.repository import load_every_snapshot

    server = Server.at(url_text)
    result = Portfolio(PortfolioTally(today))
    try:
        with server.transaction(reading=True) as conn:
            for snapshot in load_every_snapshot(conn):
                result.tally.add(snapshot)
    finally:
        server.close()
    return result


def portfolio(source: str, today: date | None = None) -> Portfolio:
    """The portfolio of a repository URL or a folder of roadmap files."""
    day = today or date.today()
    if is_repository(source):
        return portfolio_of_repository(source, day)
    return portfolio_of_folder(Path(source), day)


def _keyed(counter: Any) -> dict[str, int]:
    """A counter as JSON: keys as text, in their natural order, the `None` key last as "none"."""
    items = sorted(counter.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))
    return {("none" if key is None else str(key)): n for key, n in items}


def portfolio_json(result: Portfolio) -> dict[str, Any]:
    tally = result.tally
    problems: dict[str, dict[str, int]] = {}
    for (sector, priority), n in sorted(tally.problems.items()):
        problems.setdefault(sector, {})[priority] = n
    return {
        "today": tally.today.isoformat(),
        "roadmaps": tally.roadmaps,
        "problems_by_sector_and_priority": problems,
        "pathways_by_status": _keyed(tally.pathways),
        "trl_today": _keyed(tally.trl_now),
        "trl_at_horizon": _keyed(tally.trl_horizon),
        "products_by_launch_year": _keyed(tally.launches),
        "patents_by_status": _keyed(tally.patents),
        "licences_by_kind": _keyed(tally.licences),
        "moves_by_direction": _keyed(tally.moves),
        "organizations_in_several_roadmaps": [
            {"name": name, "roadmaps": n} for name, n in tally.shared_organizations()
        ],
        "due_in_12_months": [
            {"date": d.on.isoformat(), "roadmap": d.roadmap, "step": d.step, "kind": d.kind.value}
            for d in tally.due_soon()
        ],
        "skipped": result.skipped,
    }
