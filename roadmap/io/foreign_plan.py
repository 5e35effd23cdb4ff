"""A plan made in another tool (a spreadsheet, MS Project, GanttProject) and how it joins a roadmap.

The readers of those formats know tasks, an outline and links, but nothing of our problems,
pathways and lanes. They hand over a `ForeignPlan`: tasks that name their problem, pathway and
lane in words, links between tasks, and what the file held that a roadmap cannot (left out,
listed, never dropped silently). `ForeignPlan.parsed_for` then places it in a roadmap: names
are looked up there (case-insensitively) and what is missing is created, so the import goes
through the same validation and the same one undoable edit as the workbook and JSON imports.

Steps get identifiers derived from the task's key (a key column, a task GUID or UID), so
importing the same file again updates the steps it made instead of adding them twice.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from roadmap.domain.consistency import Violation
from roadmap.domain.entities import (
    Dependency,
    Entity,
    EntityKind,
    Lane,
    Organization,
    Pathway,
    Person,
    Problem,
    Step,
    new_id,
)
from roadmap.domain.enums import DependencyType, Language, StepKind
from roadmap.domain.messages import Listing, Message, message
from roadmap.domain.snapshot import SECTION, RoadmapSnapshot
from roadmap.domain.templates import PROBLEM_PATHWAYS
from roadmap.io.problems import ParsedSource

# Keys become step IDs through this namespace: the same key always names the same step.
KEY_NAMESPACE = uuid.UUID("6f1d2c1e-52a8-4f4e-9a53-0b1e8f3d6a10")
_PALETTE = ("#4C78A8", "#F58518", "#54A24B", "#E45756", "#72B7B2", "#B279A2", "#FF9DA6")


@dataclass
class PlanTask:
    """One task or row: its words for problem, pathway and lane, and the step fields it gives."""

    where: Message  # how a message points at it: "Plan row 5", "task UID 7 (Lab cells)"
    name: str | None
    key: str | None = None  # the same key on a later import updates the same step
    step_id: str | None = None  # an ID the file carries (our own export), used as it is
    start: date | None = None
    end: date | None = None
    milestone: bool = False
    problem: str | None = None
    pathway: str | None = None
    lane: str | None = None
    organization: str | None = None
    lead: str | None = None
    values: dict[str, Any] = field(default_factory=dict)  # other Step fields, already typed


@dataclass(frozen=True)
class PlanLink:
    """`before` → `after` (indexes into the plan's tasks)."""

    before: int
    after: int
    type: DependencyType
    lag_days: int
    where: Message


@dataclass
class ForeignPlan:
    """What a foreign file said, read but not yet placed in a roadmap."""

    source: str
    title: str
    tasks: list[PlanTask] = field(default_factory=list)
    links: list[PlanLink] = field(default_factory=list)
    left_out: list[Message] = field(default_factory=list)
    default_problem: str | None = None
    default_pathway: str | None = None
    default_lane: str | None = None
    key_scope: str = ""  # keeps keys of unrelated files apart ("" for a spreadsheet key column)
    known_ids: dict[tuple[str, ...], str] = field(default_factory=dict)  # ("pathway", name) → ID
    # MS Project's Baseline 0–10: number → {task index → (start, end)}
    baselines: dict[int, dict[int, tuple[date, date]]] = field(default_factory=dict)
    placed_ids: list[str] = field(default_factory=list)  # step ID per task, once placed
    # The language of the names the reader made up (an unnamed summary task's, "Task 7"):
    # the roadmap's it was read for, else the one its content suggests (`content_language`).
    language: Language | None = None

    def horizon(self) -> tuple[date, date] | None:
        days = [d for t in self.tasks for d in (t.start, t.end) if d is not None]
        return (min(days), max(days)) if days else None

    def content_language(self) -> Language:
        """Chinese when the title or the first tasks' names hold Chinese, else English."""
        texts = [self.title, *(t.name or "" for t in self.tasks[:200])]
        chinese = any("\u4e00" <= ch <= "\u9fff" for text in texts for ch in text)
        return Language.ZH if chinese else Language.EN

    def new_roadmap(self) -> RoadmapSnapshot:
        """The empty roadmap a new file starts from: default lanes, whole years around the plan,
        in the language of the names the reader made up (see `language`)."""
        from roadmap.domain.defaults import new_roadmap

        span = self.horizon()
        first = span[0].year if span else date.today().year
        last = max(span[1].year if span else first + 9, first + 1)
        language = self.language or self.content_language()
        base = new_roadmap(self.title, language=language, horizon_start=date(first, 1, 1))
        info = dataclasses.replace(base.info, horizon_end=date(last, 12, 31))
        known = self.known_ids.get(("roadmap",))
        if known:
            info = dataclasses.replace(info, id=known)
        return dataclasses.replace(base, info=info)

    def parsed_for(self, base: RoadmapSnapshot) -> ParsedSource:
        """The records to bring into `base`: steps and links, and the problems, pathways,
        lanes, organizations and people they name that `base` lacks."""
        return _Placement(self, base).parsed()


def step_id_for(scope: str, key: str) -> str:
    """The step ID a key stands for: the key itself when it is one of our IDs."""
    try:
        return str(uuid.UUID(key))
    except ValueError:
        return str(uuid.uuid5(KEY_NAMESPACE, f"{scope}\x1f{key}"))


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


class _Placement:
    """Looks names up in the base roadmap and creates what is missing, once per name."""

    def __init__(self, plan: ForeignPlan, base: RoadmapSnapshot) -> None:
        self.plan = plan
        self.base = base
        self.added: dict[EntityKind, dict[str, Entity]] = {}
        self.where: dict[tuple[EntityKind, str], Message] = {}
        self.problems = {_fold(p.statement): p.id for p in base.problems}
        self.pathways = {(p.problem_id, _fold(p.name)): p.id for p in base.pathways}
        self.pathway_anywhere: dict[str, str] = {}
        for pathway in base.pathways:
            self.pathway_anywhere.setdefault(_fold(pathway.name), pathway.id)
        self.lanes: dict[str, str] = {}
        for lane in base.lanes:
            self.lanes.setdefault(_fold(lane.name), lane.id)
        for (
            en,
            zh,
            _color,
        ) in PROBLEM_PATHWAYS.lanes:  # "Research" finds 研究 and the other way round
            for name, other in ((en, zh), (zh, en)):
                if _fold(other) in self.lanes:
                    self.lanes.setdefault(_fold(name), self.lanes[_fold(other)])
        self.organizations = {_fold(o.name): o.id for o in base.organizations}
        self.people = {_fold(p.name): p.id for p in base.people}
        self.next_position: dict[str | None, int] = {}
        for step in base.steps:
            here = self.next_position.get(step.pathway_id, 0)
            self.next_position[step.pathway_id] = max(here, step.position + 1)

    def _add(self, entity: Entity, where: Message) -> str:
        self.added.setdefault(entity.kind, {})[entity.id] = entity
        self.where.setdefault((entity.kind, entity.id), where)
        return entity.id

    def _known(self, *key: str) -> str:
        return self.plan.known_ids.get(key) or new_id()

    def problem(self, name: str, where: Message) -> str:
        found = self.problems.get(_fold(name))
        if found is None:
            position = len(self.base.problems) + len(self.added.get(EntityKind.PROBLEM, {}))
            found = self._add(Problem(self._known("problem", name), name, position=position), where)
            self.problems[_fold(name)] = found
        return found

    def pathway(self, name: str, problem: str | None, where: Message) -> str:
        if problem is None:
            anywhere = self.pathway_anywhere.get(_fold(name))
            if anywhere is not None:
                return anywhere
            problem = self.problem(self.plan.default_problem or self.plan.title, where)
        found = self.pathways.get((problem, _fold(name)))
        if found is None:
            siblings = sum(1 for p in self.base.pathways if p.problem_id == problem)
            siblings += sum(
                1
                for p in self.added.get(EntityKind.PATHWAY, {}).values()
                if isinstance(p, Pathway) and p.problem_id == problem
            )
            color = _PALETTE[siblings % len(_PALETTE)]
            pathway = Pathway(
                self._known("pathway", name), problem, name, color=color, position=siblings
            )
            found = self._add(pathway, where)
            self.pathways[(problem, _fold(name))] = found
            self.pathway_anywhere.setdefault(_fold(name), found)
        return found

    def lane(self, name: str | None, where: Message) -> str:
        if name is None:
            for wanted in ("research", "研究"):
                if wanted in self.lanes:
                    return self.lanes[wanted]
            if self.base.lanes:
                return min(self.base.lanes, key=lambda lane: lane.position).id
            name = PROBLEM_PATHWAYS.lanes[-1][0]
        found = self.lanes.get(_fold(name))
        if found is None:
            position = len(self.base.lanes) + len(self.added.get(EntityKind.LANE, {}))
            color = _PALETTE[position % len(_PALETTE)]
            found = self._add(Lane(new_id(), name, color, position), where)
            self.lanes[_fold(name)] = found
        return found

    def organization(self, name: str, where: Message) -> str:
        found = self.organizations.get(_fold(name))
        if found is None:
            found = self._add(Organization(new_id(), name), where)
            self.organizations[_fold(name)] = found
        return found

    def person(self, name: str, where: Message) -> str:
        found = self.people.get(_fold(name))
        if found is None:
            found = self._add(Person(new_id(), name), where)
            self.people[_fold(name)] = found
        return found

    def step(self, task: PlanTask) -> Step:
        plan = self.plan
        if task.step_id:
            step_id = task.step_id
        elif task.key:
            step_id = step_id_for(plan.key_scope, task.key)
        else:
            step_id = new_id()
        existing = self.base.get(EntityKind.STEP, step_id)
        values: dict[str, Any] = dict(task.values)
        if task.name is not None:
            values["name"] = task.name
        problem = self.problem(task.problem, task.where) if task.problem else None
        pathway_name = task.pathway or (
            None if isinstance(existing, Step) else plan.default_pathway or plan.title
        )
        if pathway_name is not None:
            if problem is None and plan.default_problem and not task.pathway:
                problem = self.problem(plan.default_problem, task.where)
            values["pathway_id"] = self.pathway(pathway_name, problem, task.where)
        if task.lane or not isinstance(existing, Step):
            values["lane_id"] = self.lane(task.lane or plan.default_lane, task.where)
        if task.organization:
            values["owner_org_id"] = self.organization(task.organization, task.where)
        if task.lead:
            values["lead_person_id"] = self.person(task.lead, task.where)
        if task.start is not None:
            values["start"] = task.start
        if task.end is not None:
            values["end"] = task.end
        if task.milestone:
            values.setdefault("step_kind", StepKind.MILESTONE)
            point = task.start or task.end
            if point is not None:
                values["start"] = values["end"] = point
        if isinstance(existing, Step):
            return dataclasses.replace(existing, **values)
        values.setdefault("start", values.get("end"))
        values.setdefault("end", values.get("start"))
        pathway_id = values["pathway_id"]
        position = self.next_position.get(pathway_id, 0)
        self.next_position[pathway_id] = position + 1
        return Step(id=step_id, position=position, **values)

    def parsed(self) -> ParsedSource:
        steps = [self.step(task) for task in self.plan.tasks]
        self.plan.placed_ids = [s.id for s in steps]
        for task, step in zip(self.plan.tasks, steps, strict=True):
            self.where[(EntityKind.STEP, step.id)] = task.where
        existing_links = {(d.from_step_id, d.to_step_id): d.id for d in self.base.dependencies}
        links: dict[str, Dependency] = {}
        for link in self.plan.links:
            pair = (steps[link.before].id, steps[link.after].id)
            dep_id = existing_links.get(pair) or str(uuid.uuid5(KEY_NAMESPACE, "\x1f".join(pair)))
            links[dep_id] = Dependency(dep_id, *pair, link.type, link.lag_days)
            self.where[(EntityKind.DEPENDENCY, dep_id)] = link.where
        info = self.base.info
        span = _span(steps)
        if span is not None and (span[0] < info.horizon_start or span[1] > info.horizon_end):
            info = dataclasses.replace(
                info,
                horizon_start=min(info.horizon_start, date(span[0].year, 1, 1)),
                horizon_end=max(info.horizon_end, date(span[1].year, 12, 31)),
            )
        sections: dict[str, tuple[Entity, ...]] = {
            SECTION[kind]: tuple(items.values()) for kind, items in self.added.items()
        }
        sections[SECTION[EntityKind.STEP]] = tuple({s.id: s for s in steps}.values())
        sections[SECTION[EntityKind.DEPENDENCY]] = tuple(links.values())
        snapshot = RoadmapSnapshot(info=info, **sections)  # type: ignore[arg-type]
        where = self.where

        def locate(violation: Violation) -> str | Message | None:
            place = where.get((violation.kind, violation.id))
            if place is None and violation.kind is EntityKind.ROADMAP:
                return self.plan.source
            return place

        return ParsedSource(self.plan.source, snapshot, locate)


def _span(steps: Iterable[Step]) -> tuple[date, date] | None:
    days = [d for s in steps for d in (s.start, s.end)]
    return (min(days), max(days)) if days else None


def left_out_summary(counts: dict[str, list[str | Message]]) -> list[Message]:
    """One line per kind of thing left out (`counts` keyed by the catalogue's `left_out.*`
    names): how many, and the first few by name."""
    lines = []
    for what, names in counts.items():
        if not names:
            continue
        shown: list[object] = list(names[:5])
        if len(names) > 5:
            shown.append(message("left_out.more", count=len(names) - 5))
        kind = message(_LEFT_OUT[what])
        lines.append(
            message("left_out.line", count=len(names), what=kind, names=Listing(tuple(shown)))
        )
    return lines


_LEFT_OUT = {
    "ff_links": "left_out.ff_links",
    "sf_links": "left_out.sf_links",
    "summary_links": "left_out.summary_links",
    "other_project_links": "left_out.other_project_links",
    "percent_lags": "left_out.percent_lags",
    "calendars": "left_out.calendars",
    "resources": "left_out.resources",
    "resource_assignments": "left_out.resource_assignments",
    "resource_allocations": "left_out.resource_allocations",
    "resource_vacations": "left_out.resource_vacations",
    "holidays": "left_out.holidays",
    "tasks_with_costs": "left_out.tasks_with_costs",
    "custom_fields": "left_out.custom_fields",
    "custom_columns": "left_out.custom_columns",
}
