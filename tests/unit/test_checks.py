"""The planning checks: each one on a roadmap that trips it and on one that does not."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from roadmap.domain.checks import run_checks
from roadmap.domain.entities import (
    Criterion,
    Dependency,
    FigureOfMerit,
    Lane,
    Pathway,
    Problem,
    Product,
    RoadmapInfo,
    Score,
    Step,
)
from roadmap.domain.enums import PathwayStatus, StepKind, StepStatus
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.io.json_format import read_json
from roadmap.locations import sample_path


def step(sid: str, start: date, end: date, trl: tuple[int, int] | None, **kw: object) -> Step:
    first, target = trl if trl else (None, None)
    return Step(
        sid, "pw", "lane", f"Step {sid}", start, end, StepKind.TECHNOLOGY, first, target, **kw
    )  # type: ignore[arg-type]


def base() -> RoadmapSnapshot:
    """A clean roadmap: one pathway climbing TRL 3 → 7 by 2027-12-31, a product in 2028."""
    return RoadmapSnapshot(
        info=RoadmapInfo("r", "Checks", date(2025, 1, 1), date(2030, 12, 31)),
        lanes=(Lane("lane", "Technology"),),
        criteria=(Criterion("c1", "Cost", 1.0), Criterion("c2", "Team", 1.0, position=1)),
        problems=(Problem("need", "An industry need"),),
        figures_of_merit=(
            FigureOfMerit("fom", "need", "Efficiency", "%", 10, 20, target_date=date(2029, 1, 1)),
        ),
        pathways=(Pathway("pw", "need", "Route A", status=PathwayStatus.SELECTED),),
        scores=(Score("s1", "pw", "c1", 4), Score("s2", "pw", "c2", 3)),
        steps=(
            step("a", date(2025, 1, 1), date(2025, 12, 31), (3, 5)),
            step("b", date(2026, 1, 1), date(2026, 12, 31), (5, 6)),
            step("c", date(2027, 1, 1), date(2027, 12, 31), (6, 7)),
        ),
        dependencies=(Dependency("ab", "a", "b"), Dependency("bc", "b", "c")),
        products=(Product("prod", "Widget", launch_date=date(2028, 3, 1), pathway_ids=("pw",)),),
    )


def codes(snapshot: RoadmapSnapshot) -> list[tuple[str, str]]:
    return [(f.code, f.id) for f in run_checks(snapshot)]


def with_step(snapshot: RoadmapSnapshot, sid: str, **changes: object) -> RoadmapSnapshot:
    steps = tuple(replace(s, **changes) if s.id == sid else s for s in snapshot.steps)  # type: ignore[arg-type]
    return replace(snapshot, steps=steps)


def test_the_clean_roadmap_and_both_samples_have_no_findings() -> None:
    assert run_checks(base()) == []
    for language in ("en", "zh"):
        assert run_checks(read_json(sample_path(language))) == []


def test_trl_falling_along_a_pathway() -> None:
    fallen = with_step(base(), "c", trl_start=5)
    findings = run_checks(fallen)
    assert [(f.code, f.id) for f in findings] == [("trl-falls", "c")]
    message = findings[0].text
    assert '"Step c"' in message and '"Route A"' in message and "TRL 6" in message
    assert "raise its TRL at start to 6" in message
    # Parallel work starting the same day at a lower TRL is not a fall.
    parallel = replace(
        base(), steps=(*base().steps, step("p", date(2025, 1, 1), date(2025, 6, 30), (2, 3)))
    )
    assert codes(parallel) == []


def test_a_cancelled_step_says_nothing_about_trl() -> None:
    fallen = with_step(base(), "c", trl_start=4, status=StepStatus.CANCELLED)
    assert ("trl-falls", "c") not in codes(fallen)


def test_a_jump_of_more_than_two_trl_levels() -> None:
    assert codes(with_step(base(), "a", trl_start=2)) == [("trl-jump", "a")]
    message = run_checks(with_step(base(), "a", trl_start=2))[0].text
    assert "TRL 2 to TRL 5" in message and "split it" in message
    assert codes(with_step(base(), "a", trl_start=3)) == []


def test_a_product_launching_before_its_pathway_reaches_trl7() -> None:
    early = replace(base(), products=(replace(base().products[0], launch_date=date(2027, 6, 1)),))
    findings = run_checks(early)
    assert [(f.code, f.id) for f in findings] == [("launch-before-trl7", "prod")]
    assert "2027-12-31" in findings[0].text and '"Widget"' in findings[0].text
    never = with_step(base(), "c", trl_target=6)
    assert codes(never) == [("launch-before-trl7", "prod")]
    assert "never reaches TRL 7" in run_checks(never)[0].text
    on_the_day = replace(
        base(), products=(replace(base().products[0], launch_date=date(2027, 12, 31)),)
    )
    assert codes(on_the_day) == []


def test_a_selected_pathway_must_be_scored_on_every_criterion() -> None:
    unscored = replace(base(), scores=base().scores[:1])
    findings = run_checks(unscored)
    assert [(f.code, f.id) for f in findings] == [("selected-unscored", "pw")]
    assert '"Team"' in findings[0].text and '"Cost"' not in findings[0].text
    exploring = replace(
        unscored, pathways=(replace(base().pathways[0], status=PathwayStatus.EXPLORING),)
    )
    assert codes(exploring) == []


@pytest.mark.parametrize("target", [None, date(2031, 1, 1), date(2024, 12, 31)])
def test_figures_of_merit_need_a_target_date_within_the_horizon(target: date | None) -> None:
    moved = replace(
        base(), figures_of_merit=(replace(base().figures_of_merit[0], target_date=target),)
    )
    findings = run_checks(moved)
    assert [(f.code, f.id) for f in findings] == [("fom-target-date", "fom")]
    assert '"Efficiency"' in findings[0].text and "2030-12-31" in findings[0].text


def test_steps_outside_the_horizon() -> None:
    late = with_step(base(), "c", end=date(2031, 3, 31))
    assert ("outside-horizon", "c") in codes(late)


def test_a_step_planned_before_its_dependencies_allow() -> None:
    clash = with_step(base(), "b", start=date(2025, 12, 1), end=date(2026, 11, 30))
    findings = [f for f in run_checks(clash) if f.code == "schedule-conflict"]
    assert [f.id for f in findings] == ["b"]
    assert '"Step a"' in findings[0].text and "2026-01-01" in findings[0].text
    loose = with_step(base(), "b", start=date(2026, 2, 1), end=date(2026, 12, 31))
    assert [c for c, _ in codes(loose) if c == "schedule-conflict"] == []


def test_a_cycle_is_reported_once_by_the_structural_check() -> None:
    looped = replace(base(), dependencies=(*base().dependencies, Dependency("ca", "c", "a")))
    findings = run_checks(looped)
    assert [f.code for f in findings] == ["invalid"]
    assert "circle" in findings[0].text
