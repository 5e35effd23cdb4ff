"""A whole roadmap as one frozen value, and the timeline subset the views draw.

The services load these in a fixed number of statements; importers build them from files;
checks and analysis read them. Sections are listed parents first, the order rows are written in.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

from roadmap.domain.entities import (
    ENTITY_TYPES,
    Criterion,
    Dependency,
    Entity,
    EntityKind,
    FigureOfMerit,
    Idea,
    Lane,
    Mobility,
    Organization,
    Patent,
    PatentEvent,
    Pathway,
    Person,
    Problem,
    Product,
    RoadmapInfo,
    Score,
    Step,
    Vote,
    VoteCount,
)

# Parents before children: the order to insert in (and, reversed, to delete in).
WRITE_ORDER: tuple[EntityKind, ...] = tuple(ENTITY_TYPES)

SECTION: dict[EntityKind, str] = {
    EntityKind.LANE: "lanes",
    EntityKind.CRITERION: "criteria",
    EntityKind.ORGANIZATION: "organizations",
    EntityKind.PERSON: "people",
    EntityKind.PROBLEM: "problems",
    EntityKind.FIGURE_OF_MERIT: "figures_of_merit",
    EntityKind.PATHWAY: "pathways",
    EntityKind.SCORE: "scores",
    EntityKind.STEP: "steps",
    EntityKind.DEPENDENCY: "dependencies",
    EntityKind.PRODUCT: "products",
    EntityKind.MOBILITY: "mobility",
    EntityKind.PATENT: "patents",
    EntityKind.PATENT_EVENT: "patent_events",
    EntityKind.IDEA: "ideas",
    EntityKind.VOTE: "votes",
    EntityKind.VOTE_COUNT: "vote_counts",
}


@dataclass(frozen=True)
class Timeline:
    """What the timeline draws: lanes, problems, pathways, steps and their dependencies."""

    info: RoadmapInfo
    lanes: tuple[Lane, ...]
    problems: tuple[Problem, ...]
    pathways: tuple[Pathway, ...]
    steps: tuple[Step, ...]
    dependencies: tuple[Dependency, ...]


@dataclass(frozen=True)
class RoadmapSnapshot:
    info: RoadmapInfo
    lanes: tuple[Lane, ...] = ()
    criteria: tuple[Criterion, ...] = ()
    organizations: tuple[Organization, ...] = ()
    people: tuple[Person, ...] = ()
    problems: tuple[Problem, ...] = ()
    figures_of_merit: tuple[FigureOfMerit, ...] = ()
    pathways: tuple[Pathway, ...] = ()
    scores: tuple[Score, ...] = ()
    steps: tuple[Step, ...] = ()
    dependencies: tuple[Dependency, ...] = ()
    products: tuple[Product, ...] = ()
    mobility: tuple[Mobility, ...] = ()
    patents: tuple[Patent, ...] = ()
    patent_events: tuple[PatentEvent, ...] = ()
    ideas: tuple[Idea, ...] = ()
    votes: tuple[Vote, ...] = ()
    vote_counts: tuple[VoteCount, ...] = ()

    def of(self, kind: EntityKind) -> tuple[Entity, ...]:
        if kind is EntityKind.ROADMAP:
            return (self.info,)
        section: tuple[Entity, ...] = getattr(self, SECTION[kind])
        return section

    def with_section(self, kind: EntityKind, items: tuple[Entity, ...]) -> RoadmapSnapshot:
        if kind is EntityKind.ROADMAP:
            (info,) = items
            assert isinstance(info, RoadmapInfo)
            return replace(self, info=info)
        changes: dict[str, Any] = {SECTION[kind]: items}
        return replace(self, **changes)

    @cached_property
    def by_id(self) -> dict[tuple[EntityKind, str], Entity]:
        return {(kind, e.id): e for kind in WRITE_ORDER for e in self.of(kind)}

    @cached_property
    def index(self) -> dict[EntityKind, dict[str, Entity]]:
        """Each kind's records by ID. Keyed per kind rather than by (kind, ID) pairs: hashing
        an enum member runs Python code, and a merge of three copies of L builds this for a
        dozen snapshots of 35,000 records and looks records up half a million times."""
        return {kind: {e.id: e for e in self.of(kind)} for kind in WRITE_ORDER}

    def get(self, kind: EntityKind, entity_id: str) -> Entity | None:
        return self.index[kind].get(entity_id)

    def timeline(self) -> Timeline:
        return Timeline(
            self.info, self.lanes, self.problems, self.pathways, self.steps, self.dependencies
        )

    def counts(self) -> dict[str, int]:
        return {SECTION[kind]: len(self.of(kind)) for kind in WRITE_ORDER[1:]}
