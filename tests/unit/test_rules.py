"""Every rule of the domain, hit and missed."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from roadmap.domain.entities import (
    Criterion,
    Dependency,
    Lane,
    Mobility,
    Pathway,
    RoadmapInfo,
    Score,
    Step,
)
from roadmap.domain.enums import StepKind
from roadmap.domain.errors import CycleError, ValidationError
from roadmap.domain.graph import check_acyclic, check_new_edge, find_cycle
from roadmap.domain.rules import validate

STEP = Step(
    "s1", "p1", "l1", "Tape-out", date(2027, 1, 1), date(2027, 6, 30), trl_start=4, trl_target=6
)


def test_a_sound_step_passes() -> None:
    validate(STEP)


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"end": date(2026, 12, 31)}, "before start"),
        ({"step_kind": StepKind.MILESTONE}, "end must equal its start"),
        ({"step_kind": StepKind.DECISION_GATE}, "end must equal its start"),
        ({"trl_start": 12, "trl_target": 12}, "outside 1–9"),
        ({"trl_start": 0}, "outside 1–9"),
        ({"trl_start": 6, "trl_target": 4}, "below the TRL at start"),
        ({"trl_target": None}, "or neither"),
        ({"progress": 101}, "outside 0–100"),
        ({"progress": -1}, "outside 0–100"),
        ({"budget": -5.0}, "negative"),
        ({"name": "  "}, "name is empty"),
        ({"start": "2027-01-01"}, "must be a date"),
        ({"trl_start": 4.5}, "whole number"),
        ({"progress": True}, "whole number"),
        ({"budget": float("nan")}, "finite"),
    ],
)
def test_step_rules_refuse_with_a_message(changes: dict[str, object], words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        validate(dataclasses.replace(STEP, **changes))  # type: ignore[arg-type]


def test_a_milestone_on_one_day_passes() -> None:
    validate(dataclasses.replace(STEP, step_kind=StepKind.MILESTONE, end=STEP.start))


def test_message_names_the_step() -> None:
    with pytest.raises(ValidationError, match='step "Tape-out"'):
        validate(dataclasses.replace(STEP, progress=200))


@pytest.mark.parametrize("value", [0, 6, -1])
def test_score_outside_one_to_five_is_refused(value: int) -> None:
    with pytest.raises(ValidationError, match="outside 1–5"):
        validate(Score("x", "p", "c", value))


@pytest.mark.parametrize("value", [1, 5])
def test_score_bounds_pass(value: int) -> None:
    validate(Score("x", "p", "c", value))


def test_negative_weight_is_refused_and_zero_passes() -> None:
    validate(Criterion("c", "Cost", 0.0))
    with pytest.raises(ValidationError, match="negative"):
        validate(Criterion("c", "Cost", -0.1))


def test_horizon_must_run_forward() -> None:
    validate(RoadmapInfo("r", "Plan", date(2025, 1, 1), date(2030, 1, 1)))
    with pytest.raises(ValidationError, match="horizon"):
        validate(RoadmapInfo("r", "Plan", date(2030, 1, 1), date(2025, 1, 1)))


def test_colors_must_be_hex() -> None:
    validate(Lane("l", "Research", "#54A24B"))
    with pytest.raises(ValidationError, match="color"):
        validate(Pathway("p", "q", "Route", color="red"))


def test_mobility_dates_in_order_and_orgs_differ() -> None:
    move = Mobility("m", "person", "a", "b", start=date(2026, 1, 1), end=date(2026, 6, 1))
    validate(move)
    with pytest.raises(ValidationError, match="before it starts"):
        validate(dataclasses.replace(move, end=date(2025, 1, 1)))
    with pytest.raises(ValidationError, match="comes from"):
        validate(dataclasses.replace(move, to_org_id="a"))


def test_dependency_on_itself_is_refused() -> None:
    with pytest.raises(ValidationError, match="itself"):
        validate(Dependency("d", "s1", "s1"))


def test_find_cycle_names_the_circle() -> None:
    assert find_cycle([("a", "b"), ("b", "c")]) is None
    cycle = find_cycle([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])
    assert cycle is not None
    assert cycle[0] == cycle[-1]
    assert set(cycle) == {"a", "b", "c"}


def test_new_edge_closing_a_circle_is_refused_with_names() -> None:
    names = {"a": "Design", "b": "Prototype", "c": "Pilot"}
    edges = [("a", "b"), ("b", "c")]
    check_new_edge(edges, ("a", "c"), names.__getitem__)
    with pytest.raises(CycleError) as info:
        check_new_edge(edges, ("c", "a"), names.__getitem__)
    assert info.value.cycle == ("c", "a", "b", "c")
    assert '"Pilot" → "Design" → "Prototype" → "Pilot"' in str(info.value)


def test_deep_chains_do_not_recurse() -> None:
    edges = [(str(i), str(i + 1)) for i in range(50_000)]
    check_acyclic(edges, str)
    with pytest.raises(CycleError):
        check_acyclic([*edges, ("50000", "0")], str)
