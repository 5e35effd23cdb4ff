"""Variance arithmetic on plans written out by hand: every expected number is counted here."""

from __future__ import annotations

from datetime import date

import pytest

from roadmap.domain.baseline import (
    PathwayPlan,
    Plan,
    ProductPlan,
    StepPlan,
    decode_plan,
    encode_plan,
)
from roadmap.domain.enums import PathwayStatus, StepKind, StepStatus
from roadmap.domain.errors import ValidationError
from roadmap.domain.variance import Change, compare


def step(
    sid: str,
    start: date,
    end: date,
    *,
    kind: StepKind = StepKind.RESEARCH,
    status: StepStatus = StepStatus.PLANNED,
    trl_target: int | None = 4,
) -> StepPlan:
    return StepPlan(sid, f"Step {sid}", "p1", kind, start, end, status, 0, 2, trl_target)


D = date


def test_a_bar_that_moves_and_stretches() -> None:
    before = Plan(steps=(step("a", D(2027, 1, 1), D(2027, 1, 31)),))
    after = Plan(steps=(step("a", D(2027, 1, 11), D(2027, 3, 2)),))  # 10 days later, +30 at end
    (v,) = compare(before, after).steps
    assert v.change is Change.CHANGED
    assert (v.start_days, v.finish_days) == (10, 30)
    assert v.duration_days == 20  # 31 days inclusive before, 51 after


def test_added_and_removed_steps_have_no_days_and_are_not_counted_as_late() -> None:
    before = Plan(steps=(step("old", D(2027, 1, 1), D(2027, 2, 1)),))
    after = Plan(steps=(step("new", D(2028, 1, 1), D(2028, 2, 1)),))
    comparison = compare(before, after)
    rows = {v.step.id: v for v in comparison.steps}
    assert rows["new"].change is Change.ADDED and rows["old"].change is Change.REMOVED
    for v in rows.values():
        assert (v.start_days, v.finish_days, v.duration_days) == (None, None, None)
    content = comparison.as_json()
    assert [s["change"] for s in content["steps"]] == ["added", "removed"]
    assert content["steps"][0]["finish_days"] is None
    summary = comparison.summary
    assert (summary.steps_added, summary.steps_removed, summary.steps_later) == (1, 1, 0)
    assert summary.text == "1 step added; 1 step removed"


def test_milestones_have_zero_duration_and_slips_are_counted_with_a_median() -> None:
    m = StepKind.MILESTONE
    before = Plan(
        steps=(
            step("m1", D(2027, 6, 1), D(2027, 6, 1), kind=m),
            step("m2", D(2027, 9, 1), D(2027, 9, 1), kind=StepKind.DECISION_GATE),
            step("b1", D(2027, 1, 1), D(2027, 1, 10)),
            step("b2", D(2027, 1, 1), D(2027, 1, 10)),
        )
    )
    after = Plan(
        steps=(
            step("m1", D(2027, 7, 1), D(2027, 7, 1), kind=m),  # 30 days
            step("m2", D(2027, 8, 27), D(2027, 8, 27), kind=StepKind.DECISION_GATE),  # -5
            step("b1", D(2027, 1, 1), D(2027, 1, 20)),  # finishes 10 days later
            step("b2", D(2027, 1, 1), D(2027, 1, 12)),  # 2 days later
        )
    )
    comparison = compare(before, after)
    m1 = comparison.step("m1")
    assert m1 is not None and m1.duration_days == 0 and m1.finish_days == 30
    summary = comparison.summary
    assert summary.steps_later == 3
    assert summary.median_slip_days == 10
    assert summary.milestones_slipped == 1
    assert summary.steps_earlier == 1
    assert summary.text.startswith(
        "3 steps later, median 10 days; 1 step earlier; 1 milestone slipped"
    )


def test_a_step_cancelled_since_the_baseline_is_not_counted_late() -> None:
    before = Plan(steps=(step("c", D(2027, 1, 1), D(2027, 1, 31)),))
    after = Plan(
        steps=(step("c", D(2027, 3, 1), D(2027, 3, 31), status=StepStatus.CANCELLED, trl_target=6),)
    )
    comparison = compare(before, after)
    (v,) = comparison.steps
    assert v.cancelled and v.finish_days == 59  # the dates still differ, and say so
    row = v.as_json()
    assert (row["status_from"], row["status_to"]) == ("planned", "cancelled")
    assert (row["trl_target_from"], row["trl_target_to"]) == (4, 6)
    summary = comparison.summary
    assert (summary.steps_later, summary.steps_cancelled) == (0, 1)
    assert summary.text == "1 step cancelled"


def test_products_and_pathways() -> None:
    before = Plan(
        products=(ProductPlan("x", "Cell", D(2030, 1, 1)), ProductPlan("y", "Pack", None)),
        pathways=(
            PathwayPlan("p", "Solid", "q", PathwayStatus.EXPLORING, 80.0, 1),
            PathwayPlan("r", "Liquid", "q", PathwayStatus.EXPLORING, 60.0, 2),
        ),
    )
    after = Plan(
        products=(ProductPlan("x", "Cell", D(2030, 4, 1)), ProductPlan("y", "Pack", D(2031, 1, 1))),
        pathways=(
            PathwayPlan("p", "Solid", "q", PathwayStatus.SELECTED, 55.0, 2),
            PathwayPlan("r", "Liquid", "q", PathwayStatus.EXPLORING, 70.0, 1),
        ),
    )
    comparison = compare(before, after)
    x, y = comparison.products
    assert x.launch_days == 90 and y.launch_days is None
    p, r = comparison.pathways
    assert p.status_changed and p.rank_changed and not r.status_changed and r.rank_changed
    summary = comparison.summary
    assert (summary.products_later, summary.pathways_status_changed) == (1, 1)
    assert summary.pathways_rank_changed == 2
    assert summary.text == "1 product later; 1 pathway changed status; 2 pathways changed rank"


def test_same_plan_is_unchanged() -> None:
    plan = Plan(steps=(step("a", D(2027, 1, 1), D(2027, 1, 2)),))
    comparison = compare(plan, plan)
    assert [v.change for v in comparison.steps] == [Change.UNCHANGED]
    assert comparison.summary.text == "No changes."


def test_stored_plan_round_trips_and_damage_is_refused() -> None:
    plan = Plan(
        steps=(step("a", D(2027, 1, 1), D(2027, 1, 2), trl_target=None),),
        products=(ProductPlan("x", "产品", None),),
        pathways=(PathwayPlan("p", "Solid", "q", PathwayStatus.PARKED, None, None),),
    )
    assert decode_plan(encode_plan(plan)) == plan
    text = encode_plan(plan)
    for damage in (
        text.replace('"2027-01-02"', '"2026-01-02"'),  # end before start
        text.replace('"planned"', '"lost"'),
        text.replace('"format":1', '"format":9'),
        text[:-5],
    ):
        with pytest.raises(ValidationError):
            decode_plan(damage)
