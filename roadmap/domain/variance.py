"""Variance between two plans, matched by ID: a baseline and now, or two scenario copies.

Rules (what a planner reading MS Project's variance table expects):
- Days are calendar days, current minus baseline: a positive `finish_days` is a slip.
  `duration_days` compares inclusive durations (milestones and gates last 0 days).
- A step in only one plan is *added* or *removed*: its variances are None, never 0.
- A step counts as *later* when it finishes later; milestones and gates that finish later are
  also counted as *slipped milestones*. A step cancelled in the current plan is counted as
  cancelled, not as later or earlier, whatever its dates say.
- Products compare their launch dates (None when either side has no date); pathways their
  status and their rank in their problem.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cached_property
from statistics import median
from typing import Any, TypeVar

from roadmap.domain.baseline import PathwayPlan, Plan, ProductPlan, StepPlan
from roadmap.domain.enums import StepStatus


class Change(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    UNCHANGED = "unchanged"


def _days(after: date | None, before: date | None) -> int | None:
    if after is None or before is None:
        return None
    return (after - before).days


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


@dataclass(frozen=True, slots=True)
class StepVariance:
    before: StepPlan | None  # the baseline (or the other scenario)
    after: StepPlan | None  # now (or this roadmap)

    @property
    def step(self) -> StepPlan:
        found = self.after or self.before
        assert found is not None
        return found

    @property
    def change(self) -> Change:
        if self.before is None:
            return Change.ADDED
        if self.after is None:
            return Change.REMOVED
        return Change.UNCHANGED if self.before == self.after else Change.CHANGED

    @property
    def start_days(self) -> int | None:
        if self.before is None or self.after is None:
            return None
        return (self.after.start - self.before.start).days

    @property
    def finish_days(self) -> int | None:
        if self.before is None or self.after is None:
            return None
        return (self.after.end - self.before.end).days

    @property
    def duration_days(self) -> int | None:
        if self.before is None or self.after is None:
            return None
        return self.after.duration_days - self.before.duration_days

    @property
    def cancelled(self) -> bool:
        """Cancelled since the baseline (a step cancelled in both is simply unchanged)."""
        return (
            self.before is not None
            and self.after is not None
            and self.after.status is StepStatus.CANCELLED
            and self.before.status is not StepStatus.CANCELLED
        )

    def as_json(self) -> dict[str, Any]:
        b, a = self.before, self.after
        return {
            "id": self.step.id,
            "name": self.step.name,
            "kind": self.step.step_kind.value,
            "pathway_id": self.step.pathway_id,
            "change": self.change.value,
            "start_days": self.start_days,
            "finish_days": self.finish_days,
            "duration_days": self.duration_days,
            "baseline_start": _day(b.start) if b else None,
            "baseline_finish": _day(b.end) if b else None,
            "start": _day(a.start) if a else None,
            "finish": _day(a.end) if a else None,
            "status_from": b.status.value if b else None,
            "status_to": a.status.value if a else None,
            "progress_from": b.progress if b else None,
            "progress_to": a.progress if a else None,
            "trl_target_from": b.trl_target if b else None,
            "trl_target_to": a.trl_target if a else None,
        }


@dataclass(frozen=True, slots=True)
class ProductVariance:
    before: ProductPlan | None
    after: ProductPlan | None

    @property
    def product(self) -> ProductPlan:
        found = self.after or self.before
        assert found is not None
        return found

    @property
    def change(self) -> Change:
        if self.before is None:
            return Change.ADDED
        if self.after is None:
            return Change.REMOVED
        return Change.UNCHANGED if self.before == self.after else Change.CHANGED

    @property
    def launch_days(self) -> int | None:
        if self.before is None or self.after is None:
            return None
        return _days(self.after.launch_date, self.before.launch_date)

    def as_json(self) -> dict[str, Any]:
        b, a = self.before, self.after
        return {
            "id": self.product.id,
            "name": self.product.name,
            "change": self.change.value,
            "launch_from": _day(b.launch_date) if b else None,
            "launch_to": _day(a.launch_date) if a else None,
            "launch_days": self.launch_days,
        }


@dataclass(frozen=True, slots=True)
class PathwayVariance:
    before: PathwayPlan | None
    after: PathwayPlan | None

    @property
    def pathway(self) -> PathwayPlan:
        found = self.after or self.before
        assert found is not None
        return found

    @property
    def change(self) -> Change:
        if self.before is None:
            return Change.ADDED
        if self.after is None:
            return Change.REMOVED
        return Change.UNCHANGED if self.before == self.after else Change.CHANGED

    @property
    def status_changed(self) -> bool:
        return (
            self.before is not None
            and self.after is not None
            and (self.before.status is not self.after.status)
        )

    @property
    def rank_changed(self) -> bool:
        return (
            self.before is not None
            and self.after is not None
            and (self.before.rank != self.after.rank)
        )

    def as_json(self) -> dict[str, Any]:
        b, a = self.before, self.after
        return {
            "id": self.pathway.id,
            "name": self.pathway.name,
            "problem_id": self.pathway.problem_id,
            "change": self.change.value,
            "status_from": b.status.value if b else None,
            "status_to": a.status.value if a else None,
            "score_from": b.score if b else None,
            "score_to": a.score if a else None,
            "rank_from": b.rank if b else None,
            "rank_to": a.rank if a else None,
        }


@dataclass(frozen=True)
class Summary:
    steps_later: int
    steps_earlier: int
    median_slip_days: float | None  # over the steps that finish later
    milestones_slipped: int
    steps_added: int
    steps_removed: int
    steps_cancelled: int
    steps_changed: int
    products_later: int
    products_earlier: int
    pathways_status_changed: int
    pathways_rank_changed: int

    @property
    def text(self) -> str:
        """One line such as "12 steps later, median 45 days; 3 milestones slipped"."""
        parts: list[str] = []
        if self.steps_later:
            slip = _number(self.median_slip_days or 0)
            parts.append(f"{_count(self.steps_later, 'step')} later, median {slip} days")
        if self.steps_earlier:
            parts.append(f"{_count(self.steps_earlier, 'step')} earlier")
        if self.milestones_slipped:
            parts.append(f"{_count(self.milestones_slipped, 'milestone')} slipped")
        for n, what in (
            (self.steps_added, "added"),
            (self.steps_removed, "removed"),
            (self.steps_cancelled, "cancelled"),
        ):
            if n:
                parts.append(f"{_count(n, 'step')} {what}")
        if self.products_later:
            parts.append(f"{_count(self.products_later, 'product')} later")
        if self.products_earlier:
            parts.append(f"{_count(self.products_earlier, 'product')} earlier")
        if self.pathways_status_changed:
            parts.append(f"{_count(self.pathways_status_changed, 'pathway')} changed status")
        if self.pathways_rank_changed:
            parts.append(f"{_count(self.pathways_rank_changed, 'pathway')} changed rank")
        if not parts and self.steps_changed:
            parts.append(f"{_count(self.steps_changed, 'step')} changed, no dates moved")
        return "; ".join(parts) if parts else "No changes."

    def as_json(self) -> dict[str, Any]:
        fields = {name: getattr(self, name) for name in self.__dataclass_fields__}
        return {**fields, "text": self.text}


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


@dataclass(frozen=True)
class Comparison:
    steps: tuple[StepVariance, ...]
    products: tuple[ProductVariance, ...]
    pathways: tuple[PathwayVariance, ...]

    @cached_property
    def summary(self) -> Summary:
        later = [_slip(v) for v in self.steps if _slip(v) > 0]
        return Summary(
            steps_later=len(later),
            steps_earlier=sum(1 for v in self.steps if _slip(v) < 0),
            median_slip_days=float(median(later)) if later else None,
            milestones_slipped=sum(1 for v in self.steps if _slip(v) > 0 and v.step.is_point),
            steps_added=sum(1 for v in self.steps if v.before is None),
            steps_removed=sum(1 for v in self.steps if v.after is None),
            steps_cancelled=sum(1 for v in self.steps if v.cancelled),
            steps_changed=sum(1 for v in self.steps if v.change is Change.CHANGED),
            products_later=sum(1 for v in self.products if (v.launch_days or 0) > 0),
            products_earlier=sum(1 for v in self.products if (v.launch_days or 0) < 0),
            pathways_status_changed=sum(1 for v in self.pathways if v.status_changed),
            pathways_rank_changed=sum(1 for v in self.pathways if v.rank_changed),
        )

    @cached_property
    def by_step(self) -> dict[str, StepVariance]:
        return {v.step.id: v for v in self.steps}

    def step(self, step_id: str) -> StepVariance | None:
        return self.by_step.get(step_id)

    def as_json(self) -> dict[str, Any]:
        return {
            "summary": self.summary.as_json(),
            "steps": [v.as_json() for v in self.steps],
            "products": [v.as_json() for v in self.products],
            "pathways": [v.as_json() for v in self.pathways],
        }


def _slip(variance: StepVariance) -> int:
    """Finish variance for the later/earlier counts: 0 for added, removed and cancelled."""
    if variance.cancelled or variance.finish_days is None:
        return 0
    return variance.finish_days


R = TypeVar("R", StepPlan, ProductPlan, PathwayPlan)


def _pairs(before: Iterable[R], after: Iterable[R]) -> list[tuple[R | None, R | None]]:
    """Current records in their order with their baseline match, then the removed ones."""
    old = {r.id: r for r in before}
    pairs: list[tuple[R | None, R | None]] = []
    seen: set[str] = set()
    for record in after:
        seen.add(record.id)
        pairs.append((old.get(record.id), record))
    pairs += [(record, None) for rid, record in old.items() if rid not in seen]
    return pairs


def compare(before: Plan, after: Plan) -> Comparison:
    """How `after` (now, or this scenario) differs from `before` (a baseline, or the other)."""
    return Comparison(
        tuple(StepVariance(b, a) for b, a in _pairs(before.steps, after.steps)),
        tuple(ProductVariance(b, a) for b, a in _pairs(before.products, after.products)),
        tuple(PathwayVariance(b, a) for b, a in _pairs(before.pathways, after.pathways)),
    )
