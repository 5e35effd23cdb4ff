"""The critical path method on hand-made projects whose answers are worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from roadmap.domain.entities import Dependency, Step
from roadmap.domain.enums import DependencyType, StepKind, StepStatus
from roadmap.domain.errors import CycleError
from roadmap.domain.schedule import schedule

FS = DependencyType.FINISH_TO_START
SS = DependencyType.START_TO_START


def task(name: str, start: date, end: date, **kw: object) -> Step:
    return Step(name, "pathway", "lane", name, start, end, **kw)  # type: ignore[arg-type]


def milestone(name: str, on: date, kind: StepKind = StepKind.MILESTONE) -> Step:
    return Step(name, "pathway", "lane", name, on, on, kind)


def dep(a: str, b: str, kind: DependencyType = FS, lag: int = 0) -> Dependency:
    return Dependency(f"{a}->{b}", a, b, kind, lag)


def test_finish_to_start_moves_the_successor_to_the_day_after_and_reports_the_conflict() -> None:
    a = task("A", date(2025, 1, 1), date(2025, 1, 10))
    b = task("B", date(2025, 1, 5), date(2025, 1, 9))  # planned inside A: 5 days
    result = schedule([a, b], [dep("A", "B")])
    tb = result.timings["B"]
    assert (tb.earliest_start, tb.earliest_finish) == (date(2025, 1, 11), date(2025, 1, 15))
    assert result.finish == date(2025, 1, 15)
    assert [c.step_id for c in result.conflicts] == ["B"]
    assert result.conflicts[0].waits_on == ("A",)
    assert result.conflicts[0].days_late == 6
    assert result.critical_path == ("A", "B")


def test_lags_add_days_after_the_finish_or_after_the_start() -> None:
    a = task("A", date(2025, 1, 1), date(2025, 1, 10))
    b = task("B", date(2025, 1, 1), date(2025, 1, 1))
    c = task("C", date(2025, 1, 1), date(2025, 1, 2))
    result = schedule([a, b, c], [dep("A", "B", FS, 3), dep("A", "C", SS, 2)])
    assert result.timings["B"].earliest_start == date(2025, 1, 14)
    assert result.timings["C"].earliest_start == date(2025, 1, 3)
    assert result.timings["C"].earliest_finish == date(2025, 1, 4)


def test_a_planned_start_is_a_start_no_earlier_than() -> None:
    a = task("A", date(2025, 1, 1), date(2025, 1, 10))
    b = task("B", date(2025, 2, 1), date(2025, 2, 10))
    result = schedule([a, b], [dep("A", "B")])
    assert result.timings["B"].earliest_start == date(2025, 2, 1)
    assert result.conflicts == ()
    # A may slip until the day before B's start without moving the finish.
    assert result.timings["A"].slack_days == 21
    assert result.timings["A"].latest_finish == date(2025, 1, 31)
    assert result.critical_path == ("B",)


def test_milestones_last_no_days_and_sit_at_the_start_of_their_date() -> None:
    a = task("A", date(2025, 1, 1), date(2025, 2, 28))
    m = milestone("M", date(2025, 1, 15))
    gate = milestone("G", date(2025, 1, 1), StepKind.DECISION_GATE)
    b = task("B", date(2025, 3, 1), date(2025, 3, 3))
    c = task("C", date(2025, 3, 1), date(2025, 3, 1))
    result = schedule([a, m, gate, b, c], [dep("A", "M"), dep("M", "B", FS, 2), dep("G", "C")])
    tm = result.timings["M"]
    assert tm.duration_days == 0
    assert tm.earliest_start == tm.earliest_finish == date(2025, 3, 1)
    # A 0-day predecessor lets its successor start on its own date.
    assert result.timings["B"].earliest_start == date(2025, 3, 3)
    assert result.timings["C"].earliest_start == date(2025, 3, 1)
    assert result.critical_path == ("A", "M", "B")
    assert [c.step_id for c in result.conflicts] == ["M", "B"]


def test_parallel_critical_paths_through_a_diamond() -> None:
    a = task("A", date(2025, 1, 1), date(2025, 1, 5))
    b = task("B", date(2025, 1, 6), date(2025, 1, 10))
    c = task("C", date(2025, 1, 6), date(2025, 1, 10))
    s = task("S", date(2025, 1, 6), date(2025, 1, 7))  # short branch: slack 3
    d = task("D", date(2025, 1, 11), date(2025, 1, 20))
    deps = [dep("A", "B"), dep("A", "C"), dep("A", "S"), dep("B", "D"), dep("C", "D")]
    deps.append(dep("S", "D"))
    result = schedule([a, b, c, s, d], deps)
    assert set(result.critical_paths) == {("A", "B", "D"), ("A", "C", "D")}
    assert result.critical_path[0] == "A" and result.critical_path[-1] == "D"
    assert set(result.critical_path) == {"A", "B", "C", "D"}
    assert result.timings["S"].slack_days == 3
    assert not result.timings["S"].critical
    assert result.critical_dependencies == {"A->B", "A->C", "B->D", "C->D"}
    assert result.conflicts == ()


def test_two_independent_chains_and_the_project_finish() -> None:
    a = task("A", date(2025, 1, 1), date(2025, 1, 10))
    b = task("B", date(2025, 1, 11), date(2025, 1, 31))
    x = task("X", date(2025, 1, 1), date(2025, 1, 20))
    result = schedule([a, b, x], [dep("A", "B")])
    assert (result.start, result.finish) == (date(2025, 1, 1), date(2025, 1, 31))
    assert result.critical_paths == (("A", "B"),)
    assert result.timings["X"].slack_days == 11
    assert result.timings["X"].latest_start == date(2025, 1, 12)


def test_start_to_start_link_keeps_the_predecessor_critical_only_when_it_drives() -> None:
    a = task("A", date(2025, 1, 1), date(2025, 1, 3))
    b = task("B", date(2025, 1, 1), date(2025, 1, 30))
    result = schedule([a, b], [dep("A", "B", SS, 5)])
    assert result.timings["B"].earliest_start == date(2025, 1, 6)
    # A may start as late as B's latest start minus the lag.
    assert result.timings["A"].slack_days == 0
    assert result.critical_paths == (("A", "B"),)


def test_cancelled_steps_and_dangling_links_are_left_out() -> None:
    a = task("A", date(2025, 1, 1), date(2025, 1, 10))
    gone = task("Gone", date(2025, 1, 1), date(2025, 12, 31), status=StepStatus.CANCELLED)
    b = task("B", date(2025, 1, 2), date(2025, 1, 3))
    result = schedule([a, gone, b], [dep("Gone", "B"), dep("Nowhere", "B")])
    assert result.excluded == ("Gone",)
    assert "Gone" not in result.timings
    assert result.timings["B"].earliest_start == date(2025, 1, 2)
    assert result.finish == date(2025, 1, 10)


def test_a_cycle_is_refused_naming_its_steps() -> None:
    a = task("Design", date(2025, 1, 1), date(2025, 1, 10))
    b = task("Build", date(2025, 1, 11), date(2025, 1, 20))
    c = task("Ship", date(2025, 1, 21), date(2025, 1, 22))
    with pytest.raises(CycleError) as caught:
        schedule([a, b, c], [dep("Design", "Build"), dep("Build", "Ship"), dep("Ship", "Design")])
    assert set(caught.value.cycle) == {"Design", "Build", "Ship"}
    assert '"Design"' in str(caught.value) and '"Ship"' in str(caught.value)


def test_an_empty_roadmap_has_no_schedule() -> None:
    result = schedule([], [])
    assert result.start is None and result.finish is None
    assert result.timings == {} and result.critical_path == ()


def on(pathway: str, name: str, start: date, end: date) -> Step:
    return Step(name, pathway, "lane", name, start, end)


def test_alternative_pathways_each_have_their_own_critical_path() -> None:
    # Two routes to one problem, not linked: the short one is not "slack" of the long one.
    long_a = on("chiplet", "Long A", date(2025, 1, 1), date(2025, 12, 31))
    long_b = on("chiplet", "Long B", date(2026, 1, 1), date(2027, 6, 30))
    side = on("chiplet", "Side", date(2026, 1, 1), date(2026, 3, 31))
    short_a = on("monolithic", "Short A", date(2025, 1, 1), date(2025, 3, 31))
    short_b = on("monolithic", "Short B", date(2025, 4, 1), date(2025, 6, 30))
    deps = [dep("Long A", "Long B"), dep("Long A", "Side"), dep("Short A", "Short B")]
    result = schedule([long_a, long_b, side, short_a, short_b], deps)
    assert result.critical_path == ("Long A", "Short A", "Short B", "Long B")
    assert result.timings["Short B"].slack_days == 0  # was 730 days across both pathways
    assert result.timings["Side"].slack_days == 456  # Apr 1 2026 .. Jun 30 2027
    by_pathway = {g.pathway_ids: g for g in result.groups}
    assert set(by_pathway) == {("chiplet",), ("monolithic",)}
    assert by_pathway[("monolithic",)].finish == date(2025, 6, 30)
    assert by_pathway[("monolithic",)].critical_path == ("Short A", "Short B")
    assert by_pathway[("chiplet",)].critical_path == ("Long A", "Long B")
    assert sorted(result.critical_paths) == [("Long A", "Long B"), ("Short A", "Short B")]


def test_pathways_linked_by_a_dependency_share_one_critical_path() -> None:
    shared = on("platform", "Shared tooling", date(2025, 1, 1), date(2025, 6, 30))
    use = on("product", "Use it", date(2025, 7, 1), date(2026, 6, 30))
    other = on("platform", "Other", date(2025, 1, 1), date(2025, 2, 28))
    alone = on("elsewhere", "Alone", date(2025, 1, 1), date(2025, 1, 31))
    result = schedule([shared, use, other, alone], [dep("Shared tooling", "Use it")])
    groups = {frozenset(g.pathway_ids): g for g in result.groups}
    assert set(groups) == {frozenset({"platform", "product"}), frozenset({"elsewhere"})}
    linked = groups[frozenset({"platform", "product"})]
    assert linked.critical_path == ("Shared tooling", "Use it")
    assert result.timings["Other"].slack_days == (date(2026, 6, 30) - date(2025, 2, 28)).days
    assert result.group_of("elsewhere") is groups[frozenset({"elsewhere"})]
    assert result.timings["Alone"].critical
