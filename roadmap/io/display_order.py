"""The order a roadmap is shown in: problems, then each problem's pathways, then their steps.

Workbook sheets, the timeline and the CSV list rows in this order, so a reader finds a step
next to its siblings, and an export of an imported workbook lists rows exactly as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from roadmap.domain.entities import (
    Entity,
    EntityKind,
    FigureOfMerit,
    Pathway,
    Problem,
    Step,
)
from roadmap.domain.snapshot import RoadmapSnapshot

E = TypeVar("E", bound=Entity)


def by_position(items: Sequence[E]) -> list[E]:
    """`items` sorted by their position; ties keep the order they came in."""
    return sorted(items, key=lambda e: int(getattr(e, "position", 0)))


def problems(snapshot: RoadmapSnapshot) -> list[Problem]:
    return by_position(snapshot.problems)


def pathways(snapshot: RoadmapSnapshot) -> list[Pathway]:
    """Pathways grouped under their problems, each group by position; orphans last."""
    rank = {p.id: i for i, p in enumerate(problems(snapshot))}
    return sorted(snapshot.pathways, key=lambda p: (rank.get(p.problem_id, len(rank)), p.position))


def figures_of_merit(snapshot: RoadmapSnapshot) -> list[FigureOfMerit]:
    rank = {p.id: i for i, p in enumerate(problems(snapshot))}
    return sorted(
        snapshot.figures_of_merit,
        key=lambda f: (rank.get(f.problem_id, len(rank)), f.position),
    )


def steps(snapshot: RoadmapSnapshot) -> list[Step]:
    """Steps grouped under their pathways, in pathway order, each group by position."""
    rank = {p.id: i for i, p in enumerate(pathways(snapshot))}
    return sorted(snapshot.steps, key=lambda s: (rank.get(s.pathway_id, len(rank)), s.position))


def rows(snapshot: RoadmapSnapshot, kind: EntityKind) -> Sequence[Entity]:
    """The entities of `kind` in the order a sheet lists them."""
    if kind is EntityKind.PATHWAY:
        return pathways(snapshot)
    if kind is EntityKind.STEP:
        return steps(snapshot)
    if kind is EntityKind.FIGURE_OF_MERIT:
        return figures_of_merit(snapshot)
    if kind in (EntityKind.PROBLEM, EntityKind.LANE, EntityKind.CRITERION, EntityKind.PRODUCT):
        return by_position(snapshot.of(kind))
    return snapshot.of(kind)
