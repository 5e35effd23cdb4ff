"""Summaries for the command line and the app's status views, built from the queries."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from roadmap.domain.entities import (
    Criterion,
    Mobility,
    Organization,
    Patent,
    Pathway,
    Problem,
    Score,
)
from roadmap.domain.messages import Listing, message
from roadmap.domain.schedule import Schedule, schedule
from roadmap.domain.scoring import Ranking, rank_pathways
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.domain.transfer import transfer_summary
from roadmap.services.workspace import Workspace


def roadmap_info(workspace: Workspace) -> dict[str, Any]:
    """Title, horizon, language, counts and the problems with their pathways and ranking.

    Counts come from `count(*)`: a 10,000-step roadmap is not loaded to be counted. The
    ranking (see `roadmap.domain.scoring`) lists each problem's pathways best first with their
    0–100 score, rank, and the names of the criteria they have no score on. "transfer" holds
    the technology-transfer summary (see `roadmap.domain.transfer.transfer_summary`).
    """
    queries = workspace.queries
    info = queries.info()
    pathways = queries.all(Pathway)
    problems = queries.all(Problem)
    criteria = queries.all(Criterion)
    by_problem: dict[str, list[Pathway]] = {}
    for pathway in pathways:
        by_problem.setdefault(pathway.problem_id, []).append(pathway)
    scoring = RoadmapSnapshot(
        info=info,
        criteria=criteria,
        problems=problems,
        pathways=pathways,
        scores=queries.all(Score),
    )
    rankings = {r.problem_id: r for r in rank_pathways(scoring)}
    criterion_names = {c.id: c.name for c in criteria}
    transfer = RoadmapSnapshot(
        info=info,
        organizations=queries.all(Organization),
        mobility=queries.all(Mobility),
        patents=queries.all(Patent),
    )
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
                "ranking": _ranking_json(rankings.get(problem.id), criterion_names),
            }
            for problem in problems
        ],
        "transfer": transfer_summary(transfer),
    }


def _ranking_json(ranking: Ranking | None, criterion_names: dict[str, str]) -> list[Any]:
    if ranking is None:
        return []
    return [
        {
            "id": entry.pathway_id,
            "name": entry.name,
            "rank": entry.rank,
            "score": None if entry.score is None else round(entry.score, 1),
            "missing": [criterion_names[c] for c in entry.missing],
        }
        for entry in ranking.pathways
    ]


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


@dataclass(frozen=True)
class ScheduleReport:
    """A computed schedule, told as JSON (`roadmap schedule --json`) or as a text table.

    Pathways are alternatives: each has its own critical path (pathways linked by
    dependencies share one), under "pathways"; the top-level "critical_path" lists the
    critical steps of all of them."""

    schedule: Schedule
    pathways: Mapping[str, Pathway] = field(default_factory=dict)
    pathway_of: Mapping[str, str] = field(default_factory=dict)  # step id -> pathway id

    def _pathway_rows(self) -> list[dict[str, Any]]:
        rows = []
        for pathway_id, pathway in self.pathways.items():
            group = self.schedule.group_of(pathway_id)
            if group is None:
                continue
            rows.append(
                {
                    "id": pathway_id,
                    "name": pathway.name,
                    "start": group.start.isoformat(),
                    "finish": group.finish.isoformat(),
                    "critical_path": list(group.critical_path),
                    "linked_pathways": [p for p in group.pathway_ids if p != pathway_id],
                }
            )
        return rows

    def as_json(self) -> dict[str, Any]:
        result = self.schedule
        return {
            "start": _iso(result.start),
            "finish": _iso(result.finish),
            "critical_path": list(result.critical_path),
            "pathways": self._pathway_rows(),
            "conflicts": [
                {
                    "id": c.step_id,
                    "name": c.name,
                    "planned_start": c.planned_start.isoformat(),
                    "earliest_start": c.earliest_start.isoformat(),
                    "days_late": c.days_late,
                    "waits_on": list(c.waits_on),
                }
                for c in result.conflicts
            ],
            "steps": [
                {
                    "id": t.step_id,
                    "name": t.name,
                    "pathway_id": self.pathway_of.get(t.step_id),
                    "earliest_start": t.earliest_start.isoformat(),
                    "earliest_finish": t.earliest_finish.isoformat(),
                    "latest_start": t.latest_start.isoformat(),
                    "latest_finish": t.latest_finish.isoformat(),
                    "slack_days": t.slack_days,
                    "critical": t.critical,
                }
                for t in result.timings.values()
            ],
        }

    def as_text(self, language: str = "en") -> str:
        """The schedule as `roadmap schedule` prints it, in `language` ("en" or "zh")."""

        def say(code: str, **params: Any) -> str:
            return message(code, **params).render(language)

        def quoted(name: str) -> str:
            return say("check.quoted", name=name)

        result = self.schedule
        if result.start is None:
            return say("schedule.none")
        names = {t.step_id: t.name for t in result.timings.values()}
        span = {"start": result.start, "finish": result.finish, "count": len(result.timings)}
        if result.excluded:
            lines = [say("schedule.head_left_out", excluded=len(result.excluded), **span)]
        else:
            lines = [say("schedule.head", **span)]
        chains = result.critical_paths
        for group in result.groups:
            titles = [self.pathways[p].name for p in group.pathway_ids if p in self.pathways]
            dates = {"start": group.start, "finish": group.finish}
            if not titles:
                lines.append(say("schedule.no_pathway", **dates))
            elif len(titles) == 1:
                lines.append(say("schedule.pathway", name=quoted(titles[0]), **dates))
            else:
                others = Listing(tuple(message("check.quoted", name=t) for t in titles[1:]))
                head = say(
                    "schedule.pathway_linked", name=quoted(titles[0]), others=others, **dates
                )
                lines.append(head)
            members = set(group.critical_path)
            own = [chain for chain in chains if chain[0] in members]
            for number, chain in enumerate(own, start=1):
                shown = " → ".join(quoted(names[s]) for s in chain)
                if len(own) == 1:
                    lines.append(say("schedule.critical", chain=shown))
                else:
                    lines.append(say("schedule.critical_numbered", number=number, chain=shown))
        if result.conflicts:
            lines.append(say("schedule.conflicts", count=len(result.conflicts)))
            for c in result.conflicts:
                waits = Listing(
                    tuple(message("check.quoted", name=names.get(s, s)) for s in c.waits_on)
                )
                lines.append(
                    say(
                        "schedule.conflict",
                        name=quoted(c.name),
                        planned=c.planned_start,
                        waits=waits,
                        earliest=c.earliest_start,
                        days=c.days_late,
                    )
                )
        else:
            lines.append(say("schedule.no_conflicts"))
        lines.append("")
        lines.append(say("schedule.table_head"))
        for t in result.timings.values():
            mark = "*" if t.critical else " "
            lines.append(
                f"{t.earliest_start}      {t.earliest_finish}       {t.latest_start}    "
                f"{t.latest_finish}  {t.slack_days:>5}  {mark} {t.name}"
            )
        lines.append(say("schedule.table_note"))
        return "\n".join(lines)


def schedule_report(workspace: Workspace) -> ScheduleReport:
    """The critical-path schedule of the roadmap (raises `CycleError` naming a cycle)."""
    timeline = workspace.queries.timeline()
    order = {problem.id: problem.position for problem in timeline.problems}
    return ScheduleReport(
        schedule(timeline.steps, timeline.dependencies),
        {
            p.id: p
            for p in sorted(timeline.pathways, key=lambda p: (order[p.problem_id], p.position))
        },
        {step.id: step.pathway_id for step in timeline.steps},
    )
