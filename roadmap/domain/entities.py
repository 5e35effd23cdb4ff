"""The entities of a roadmap, as frozen values.

These are both the domain's vocabulary and the read models the services hand out: nobody gets a
live database object. Field names are the same in the file, the JSON interchange format and the
code. A field that points at another entity says so in its metadata (``ref``), so reference
checks are written once for the store, the importers and the checks.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, fields
from datetime import date
from enum import StrEnum
from typing import Any, ClassVar

from roadmap.domain.enums import (
    DependencyType,
    FomDirection,
    Language,
    LicenseKind,
    MobilityKind,
    OrganizationKind,
    PatentStatus,
    PathwayStatus,
    Priority,
    StepKind,
    StepStatus,
    TimeUnit,
    VoteStyle,
)


class EntityKind(StrEnum):
    """What a thing is; also the key used in `Changes`, JSON sections and error messages."""

    ROADMAP = "roadmap"
    LANE = "lane"
    CRITERION = "criterion"
    ORGANIZATION = "organization"
    PERSON = "person"
    PROBLEM = "problem"
    FIGURE_OF_MERIT = "figure_of_merit"
    PATHWAY = "pathway"
    SCORE = "score"
    STEP = "step"
    DEPENDENCY = "dependency"
    PRODUCT = "product"
    MOBILITY = "mobility"
    PATENT = "patent"
    PATENT_EVENT = "patent_event"
    IDEA = "idea"
    VOTE = "vote"
    VOTE_COUNT = "vote_count"
    # Not a part of the plan (no entity class, not in a snapshot): a saved copy of its dates.
    BASELINE = "baseline"


def new_id() -> str:
    """A fresh identifier; identifiers never change once given."""
    return str(uuid.uuid4())


def ref(kind: EntityKind, *, default: Any = ..., required: bool = True) -> Any:
    """A field holding the ID of another entity of `kind`."""
    metadata = {"ref": kind, "required": required}
    if default is ...:
        return field(metadata=metadata)
    return field(default=default, metadata=metadata)


def refs(kind: EntityKind) -> Any:
    """A field holding the IDs of several entities of `kind` (a link table in the store)."""
    return field(default=(), metadata={"ref": kind, "many": True})


@dataclass(frozen=True, slots=True)
class Entity:
    kind: ClassVar[EntityKind]
    id: str


NAME_FIELDS = ("name", "title", "statement")  # what a person calls a record, in this order


def name_of(entity: Entity) -> str:
    """What a person calls `entity`: its name, title or statement; "" when it has none."""
    for attr in NAME_FIELDS:
        text = getattr(entity, attr, None)
        if isinstance(text, str) and text:
            return text
    return ""


@dataclass(frozen=True, slots=True)
class RoadmapInfo(Entity):
    kind: ClassVar[EntityKind] = EntityKind.ROADMAP
    title: str
    horizon_start: date
    horizon_end: date
    description: str = ""
    time_unit: TimeUnit = TimeUnit.MONTH
    language: Language = Language.EN


@dataclass(frozen=True, slots=True)
class Lane(Entity):
    kind: ClassVar[EntityKind] = EntityKind.LANE
    name: str
    color: str = "#4C78A8"
    position: int = 0


@dataclass(frozen=True, slots=True)
class Criterion(Entity):
    kind: ClassVar[EntityKind] = EntityKind.CRITERION
    name: str
    weight: float = 1.0
    description: str = ""
    position: int = 0


@dataclass(frozen=True, slots=True)
class Organization(Entity):
    kind: ClassVar[EntityKind] = EntityKind.ORGANIZATION
    name: str
    org_kind: OrganizationKind = OrganizationKind.OTHER
    country: str = ""
    description: str = ""


@dataclass(frozen=True, slots=True)
class Person(Entity):
    kind: ClassVar[EntityKind] = EntityKind.PERSON
    name: str
    organization_id: str | None = ref(EntityKind.ORGANIZATION, default=None, required=False)
    role: str = ""
    expertise: str = ""


@dataclass(frozen=True, slots=True)
class Problem(Entity):
    kind: ClassVar[EntityKind] = EntityKind.PROBLEM
    statement: str
    sector: str = ""
    demand_org_id: str | None = ref(EntityKind.ORGANIZATION, default=None, required=False)
    priority: Priority = Priority.MEDIUM
    description: str = ""
    position: int = 0


@dataclass(frozen=True, slots=True)
class FigureOfMerit(Entity):
    kind: ClassVar[EntityKind] = EntityKind.FIGURE_OF_MERIT
    problem_id: str = ref(EntityKind.PROBLEM)
    name: str = ""
    unit: str = ""
    baseline: float = 0.0
    target: float = 0.0
    direction: FomDirection = FomDirection.HIGHER
    target_date: date | None = None
    position: int = 0


@dataclass(frozen=True, slots=True)
class Pathway(Entity):
    kind: ClassVar[EntityKind] = EntityKind.PATHWAY
    problem_id: str = ref(EntityKind.PROBLEM)
    name: str = ""
    description: str = ""
    status: PathwayStatus = PathwayStatus.PROPOSED
    color: str = "#4C78A8"
    position: int = 0


@dataclass(frozen=True, slots=True)
class Score(Entity):
    """One pathway's 1–5 score on one criterion, with the reason for it."""

    kind: ClassVar[EntityKind] = EntityKind.SCORE
    pathway_id: str = ref(EntityKind.PATHWAY)
    criterion_id: str = ref(EntityKind.CRITERION)
    value: int = 3
    rationale: str = ""


@dataclass(frozen=True, slots=True)
class Step(Entity):
    kind: ClassVar[EntityKind] = EntityKind.STEP
    pathway_id: str = ref(EntityKind.PATHWAY)
    lane_id: str = ref(EntityKind.LANE)
    name: str = ""
    start: date = date(2000, 1, 1)
    end: date = date(2000, 1, 1)
    step_kind: StepKind = StepKind.RESEARCH
    trl_start: int | None = None
    trl_target: int | None = None
    status: StepStatus = StepStatus.PLANNED
    progress: int = 0
    owner_org_id: str | None = ref(EntityKind.ORGANIZATION, default=None, required=False)
    lead_person_id: str | None = ref(EntityKind.PERSON, default=None, required=False)
    budget: float | None = None
    notes: str = ""
    position: int = 0


@dataclass(frozen=True, slots=True)
class Dependency(Entity):
    """`from_step` must finish (FS) or start (SS) before `to_step` may start, plus a lag."""

    kind: ClassVar[EntityKind] = EntityKind.DEPENDENCY
    from_step_id: str = ref(EntityKind.STEP)
    to_step_id: str = ref(EntityKind.STEP)
    type: DependencyType = DependencyType.FINISH_TO_START
    lag_days: int = 0


@dataclass(frozen=True, slots=True)
class Product(Entity):
    kind: ClassVar[EntityKind] = EntityKind.PRODUCT
    name: str
    market: str = ""
    launch_date: date | None = None
    description: str = ""
    position: int = 0
    pathway_ids: tuple[str, ...] = refs(EntityKind.PATHWAY)


@dataclass(frozen=True, slots=True)
class Mobility(Entity):
    """A person's move between organizations: secondment, dual appointment, transfer, spin-off."""

    kind: ClassVar[EntityKind] = EntityKind.MOBILITY
    person_id: str = ref(EntityKind.PERSON)
    from_org_id: str = ref(EntityKind.ORGANIZATION)
    to_org_id: str = ref(EntityKind.ORGANIZATION)
    mobility_kind: MobilityKind = MobilityKind.SECONDMENT
    start: date = date(2000, 1, 1)
    end: date | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Patent(Entity):
    kind: ClassVar[EntityKind] = EntityKind.PATENT
    title: str
    number: str = ""
    filing_date: date | None = None
    status: PatentStatus = PatentStatus.IDEA
    owner_org_id: str | None = ref(EntityKind.ORGANIZATION, default=None, required=False)
    licensee_org_id: str | None = ref(EntityKind.ORGANIZATION, default=None, required=False)
    license_kind: LicenseKind | None = None
    expiry: date | None = None
    pathway_id: str | None = ref(EntityKind.PATHWAY, default=None, required=False)
    step_ids: tuple[str, ...] = refs(EntityKind.STEP)


@dataclass(frozen=True, slots=True)
class PatentEvent(Entity):
    """One dated entry of a patent's status history (filed → granted → licensed → …)."""

    kind: ClassVar[EntityKind] = EntityKind.PATENT_EVENT
    patent_id: str = ref(EntityKind.PATENT)
    status: PatentStatus = PatentStatus.FILED
    date: date = date(2000, 1, 1)
    note: str = ""


@dataclass(frozen=True, slots=True)
class Idea(Entity):
    """A parking-lot idea from a workshop: not yet a step, maybe meant for a pathway or lane."""

    kind: ClassVar[EntityKind] = EntityKind.IDEA
    text: str
    pathway_id: str | None = ref(EntityKind.PATHWAY, default=None, required=False)
    lane_id: str | None = ref(EntityKind.LANE, default=None, required=False)
    position: int = 0


@dataclass(frozen=True, slots=True)
class Vote(Entity):
    """A closed dot vote: the question, when, how it was run, and (if it became one) the
    scoring criterion it was applied as. Its counts are `VoteCount`s."""

    kind: ClassVar[EntityKind] = EntityKind.VOTE
    question: str
    held_on: date = date(2000, 1, 1)
    style: VoteStyle = VoteStyle.ANONYMOUS
    dots_each: int = 3  # dots per participant
    cap: int = 0  # most dots one participant may put on one item (0: no cap)
    participants: int = 0
    criterion_id: str | None = ref(EntityKind.CRITERION, default=None, required=False)


@dataclass(frozen=True, slots=True)
class VoteCount(Entity):
    """The dots one item (a pathway, step or product) got in a vote; with named voting,
    who gave them ("Ann ×2; Bo")."""

    kind: ClassVar[EntityKind] = EntityKind.VOTE_COUNT
    vote_id: str = ref(EntityKind.VOTE)
    pathway_id: str | None = ref(EntityKind.PATHWAY, default=None, required=False)
    step_id: str | None = ref(EntityKind.STEP, default=None, required=False)
    product_id: str | None = ref(EntityKind.PRODUCT, default=None, required=False)
    count: int = 0
    voters: str = ""

    @property
    def item_id(self) -> str | None:
        return self.pathway_id or self.step_id or self.product_id


ENTITY_TYPES: dict[EntityKind, type[Entity]] = {
    cls.kind: cls
    for cls in (
        RoadmapInfo,
        Lane,
        Criterion,
        Organization,
        Person,
        Problem,
        FigureOfMerit,
        Pathway,
        Score,
        Step,
        Dependency,
        Product,
        Mobility,
        Patent,
        PatentEvent,
        Idea,
        Vote,
        VoteCount,
    )
}


# Whose children an entity's `position` orders it among (None: all of its kind).
SIBLING_SCOPE: dict[EntityKind, str | None] = {
    EntityKind.LANE: None,
    EntityKind.CRITERION: None,
    EntityKind.PROBLEM: None,
    EntityKind.PRODUCT: None,
    EntityKind.PATHWAY: "problem_id",
    EntityKind.FIGURE_OF_MERIT: "problem_id",
    EntityKind.STEP: "pathway_id",
    EntityKind.IDEA: None,
}


@dataclass(frozen=True, slots=True)
class Reference:
    """One field of an entity that names another entity."""

    field: str
    target: EntityKind
    required: bool
    many: bool


def references(cls: type[Entity]) -> tuple[Reference, ...]:
    """The reference fields of an entity type, read from the field metadata."""
    return _REFERENCES[cls]


_REFERENCES: dict[type[Entity], tuple[Reference, ...]] = {
    cls: tuple(
        Reference(
            f.name,
            f.metadata["ref"],
            bool(f.metadata.get("required", False)),
            bool(f.metadata.get("many", False)),
        )
        for f in fields(cls)
        if "ref" in f.metadata
    )
    for cls in ENTITY_TYPES.values()
}
