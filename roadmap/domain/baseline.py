"""Baselines: named, frozen records of what the plan said at one moment.

A baseline keeps, per step, its dates, status, progress and TRL; per product its launch date;
per pathway its status and weighted score (with its rank in its problem). That `Plan` is also
what two roadmap files are compared by, so a comparison with a baseline and a comparison of two
scenarios are one computation (`roadmap.domain.variance`).

A baseline's plan is stored as compact JSON (`encode_plan`/`decode_plan`). Decoding checks every
value against the domain's types, so a damaged or hand-edited baseline is refused, not drawn.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from roadmap.domain.enums import PathwayStatus, StepKind, StepStatus
from roadmap.domain.errors import ValidationError
from roadmap.domain.scoring import rank_pathways
from roadmap.domain.snapshot import RoadmapSnapshot

MAX_NAME = 80
# MS Project keeps eleven; a planning team keeping one a quarter for years needs more.
MAX_BASELINES = 100
PLAN_FORMAT = 1


@dataclass(frozen=True, slots=True)
class StepPlan:
    id: str
    name: str
    pathway_id: str
    step_kind: StepKind
    start: date
    end: date
    status: StepStatus
    progress: int
    trl_start: int | None
    trl_target: int | None

    @property
    def is_point(self) -> bool:
        return self.step_kind.is_point

    @property
    def duration_days(self) -> int:
        """Inclusive days, 0 for milestones and gates (as the schedule counts them)."""
        return 0 if self.step_kind.is_point else (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class ProductPlan:
    id: str
    name: str
    launch_date: date | None


@dataclass(frozen=True, slots=True)
class PathwayPlan:
    id: str
    name: str
    problem_id: str
    status: PathwayStatus
    score: float | None  # weighted 0–100, None when unscored
    rank: int | None  # within its problem, 1 = best


@dataclass(frozen=True)
class Plan:
    """What a baseline holds, and what a comparison reads from either side."""

    steps: tuple[StepPlan, ...] = ()
    products: tuple[ProductPlan, ...] = ()
    pathways: tuple[PathwayPlan, ...] = ()


@dataclass(frozen=True)
class BaselineInfo:
    """A baseline's label: what lists show without decoding its plan."""

    id: str
    name: str
    taken_at: datetime
    taken_by: str
    note: str


@dataclass(frozen=True)
class Baseline:
    info: BaselineInfo
    plan: Plan

    @property
    def name(self) -> str:
        return self.info.name


def plan_of(snapshot: RoadmapSnapshot) -> Plan:
    """The plan a baseline of `snapshot` keeps (scores as the saved weights give them)."""
    scores = {e.pathway_id: e for r in rank_pathways(snapshot) for e in r.pathways}
    steps = tuple(
        StepPlan(
            s.id,
            s.name,
            s.pathway_id,
            s.step_kind,
            s.start,
            s.end,
            s.status,
            s.progress,
            s.trl_start,
            s.trl_target,
        )
        for s in snapshot.steps
    )
    products = tuple(ProductPlan(p.id, p.name, p.launch_date) for p in snapshot.products)
    pathways = []
    for p in snapshot.pathways:
        entry = scores.get(p.id)
        score = None if entry is None or entry.score is None else round(entry.score, 3)
        rank = None if entry is None else entry.rank
        pathways.append(PathwayPlan(p.id, p.name, p.problem_id, p.status, score, rank))
    return Plan(steps, products, tuple(pathways))


def check_name(name: str) -> str:
    """The name as stored (trimmed), or `ValidationError` saying what is wrong with it."""
    text = name.strip()
    if not text:
        raise ValidationError("baseline.name_empty")
    if len(text) > MAX_NAME:
        raise ValidationError("baseline.name_too_long", limit=MAX_NAME)
    if any(ord(ch) < 32 for ch in text):
        raise ValidationError("baseline.name_control")
    return text


# -- stored form -----------------------------------------------------------------------------


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


# Field order of each record in the stored arrays and the names in JSON and the workbook.
STEP_FIELDS = (
    "id",
    "name",
    "pathway_id",
    "kind",
    "start",
    "end",
    "status",
    "progress",
    "trl_start",
    "trl_target",
)
PRODUCT_FIELDS = ("id", "name", "launch_date")
PATHWAY_FIELDS = ("id", "name", "problem_id", "status", "score", "rank")


def plan_arrays(plan: Plan) -> dict[str, Any]:
    """The plan as plain lists of arrays, each in its *_FIELDS order."""
    return {
        "format": PLAN_FORMAT,
        "steps": [
            [
                s.id,
                s.name,
                s.pathway_id,
                s.step_kind.value,
                s.start.isoformat(),
                s.end.isoformat(),
                s.status.value,
                s.progress,
                s.trl_start,
                s.trl_target,
            ]
            for s in plan.steps
        ],
        "products": [[p.id, p.name, _day(p.launch_date)] for p in plan.products],
        "pathways": [
            [p.id, p.name, p.problem_id, p.status.value, p.score, p.rank] for p in plan.pathways
        ],
    }


def encode_plan(plan: Plan) -> str:
    """Compact JSON: each record an array in a fixed field order (10,000 steps ≈ 1 MB)."""
    return json.dumps(plan_arrays(plan), ensure_ascii=False, separators=(",", ":"))


_SECTIONS = (("steps", STEP_FIELDS), ("products", PRODUCT_FIELDS), ("pathways", PATHWAY_FIELDS))


def plan_records(plan: Plan) -> dict[str, list[dict[str, Any]]]:
    """The plan as readable records (JSON interchange): field name → value."""
    arrays = plan_arrays(plan)
    return {
        section: [dict(zip(names, row, strict=True)) for row in arrays[section]]
        for section, names in _SECTIONS
    }


def plan_from_records(content: Any) -> Plan:
    """The plan `plan_records` gave; `ValidationError` naming what is wrong otherwise."""
    try:
        arrays = {
            section: [[record[name] for name in names] for record in content.get(section, [])]
            for section, names in _SECTIONS
        }
    except (TypeError, KeyError, AttributeError) as exc:
        raise ValidationError("baseline.field_missing", detail=str(exc)) from None
    return _decode({"format": PLAN_FORMAT, **arrays})


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(value)
    return value


def _int(value: Any, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError(value)
    return value


def _trl(value: Any) -> int | None:
    return None if value is None else _int(value, 1, 9)


def _opt_day(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(_text(value))


def decode_plan(text: str) -> Plan:
    """The plan `encode_plan` wrote; `ValidationError` if the text is not one."""
    try:
        content = json.loads(text)
    except ValueError as exc:
        raise ValidationError("baseline.damaged", detail=str(exc)) from None
    return _decode(content)


def decode_arrays(content: dict[str, Any]) -> Plan:
    """The plan from `plan_arrays`' form (also the stored rows), every value checked."""
    return _decode(content)


def _decode(content: Any) -> Plan:
    try:
        if content.get("format") != PLAN_FORMAT:
            raise ValueError(content.get("format"))
        days = _Days()
        steps = tuple(_step(row, days) for row in content["steps"])
        products = tuple(
            ProductPlan(_text(i), _text(n), _opt_day(d)) for i, n, d in content["products"]
        )
        pathways = tuple(_pathway(row) for row in content["pathways"])
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise ValidationError("baseline.damaged", detail=str(exc)) from None
    return Plan(steps, products, pathways)


# Lookups rather than calls of the enum classes and of date.fromisoformat: decoding 10,000
# steps is most of reading a baseline, and a roadmap has a few thousand distinct days at most.
_KINDS = {member.value: member for member in StepKind}
_STATUSES = {member.value: member for member in StepStatus}


class _Days(dict[str, date]):
    def __missing__(self, text: str) -> date:
        value = self[text] = date.fromisoformat(_text(text))
        return value


def _step(row: list[Any], days: _Days) -> StepPlan:
    sid, name, pathway, kind, start, end, status, progress, trl_start, trl_target = row
    if type(sid) is not str or type(name) is not str or type(pathway) is not str:
        raise TypeError(row[:3])
    first, last = days[start], days[end]
    if last < first:
        raise ValueError(f"{sid}: end before start")
    return StepPlan(
        sid,
        name,
        pathway,
        _KINDS[kind],
        first,
        last,
        _STATUSES[status],
        _int(progress, 0, 100),
        None if trl_start is None else _int(trl_start, 1, 9),
        None if trl_target is None else _int(trl_target, 1, 9),
    )


def _pathway(row: list[Any]) -> PathwayPlan:
    pid, name, problem, status, score, rank = row
    if score is not None and (not isinstance(score, int | float) or not 0 <= score <= 100):
        raise ValueError(score)
    return PathwayPlan(
        _text(pid),
        _text(name),
        _text(problem),
        PathwayStatus(status),
        None if score is None else float(score),
        None if rank is None else _int(rank, 1, 1_000_000),
    )


def baseline_record(baseline: Baseline) -> dict[str, Any]:
    """A baseline as one readable record (JSON interchange)."""
    info = baseline.info
    return {
        "id": info.id,
        "name": info.name,
        "taken_at": info.taken_at.isoformat(timespec="seconds"),
        "taken_by": info.taken_by,
        "note": info.note,
        **plan_records(baseline.plan),
    }


def baseline_from_record(record: Any) -> Baseline:
    """The baseline `baseline_record` gave; `ValidationError` saying what is wrong otherwise."""
    if not isinstance(record, dict):
        raise ValidationError("baseline.not_object")
    try:
        info = BaselineInfo(
            _text(record["id"]),
            check_name(_text(record["name"])),
            datetime.fromisoformat(_text(record["taken_at"])),
            _text(record.get("taken_by", "")),
            _text(record.get("note", "")),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError("baseline.field_missing", detail=str(exc)) from None
    return Baseline(info, plan_from_records(record))
