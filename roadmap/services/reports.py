"""Summaries for the command line and the app's status views, built from the queries."""

from __future__ import annotations

from typing import Any

from roadmap.domain.entities import Pathway, Problem
from roadmap.services.workspace import Workspace


def roadmap_info(workspace: Workspace) -> dict[str, Any]:
    """Title, horizon, language, counts and the problems with their pathways.

    Counts come from `count(*)`: a 10,000-step roadmap is not loaded to be counted.
    """
    queries = workspace.queries
    info = queries.info()
    pathways = queries.all(Pathway)
    by_problem: dict[str, list[Pathway]] = {}
    for pathway in pathways:
        by_problem.setdefault(pathway.problem_id, []).append(pathway)
    return {
        "title": info.title,
        "description": info.description,
        "horizon": {"start": info.horizon_start.isoformat(), "end": info.horizon_end.isoformat()},
        "time_unit": info.time_unit.value,
        "language": info.language.value,
        "counts": queries.counts(),
        "problems": [
            {
                "id": problem.id,
                "statement": problem.statement,
                "pathways": [
                    {"id": p.id, "name": p.name, "status": p.status.value}
                    for p in by_problem.get(problem.id, [])
                ],
            }
            for problem in queries.all(Problem)
        ],
    }


def schedule_report(workspace: Workspace) -> Any:
    from roadmap.domain.errors import RoadmapError

    raise RoadmapError("Scheduling is not available yet.")
