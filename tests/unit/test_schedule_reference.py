"""The schedule agrees with a straightforward reference on random projects.

The reference reads the rules the way the issue states them, on calendar dates, and relaxes
every dependency until nothing moves (no topological order, no day boundaries).
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from roadmap.domain.entities import Dependency, Step
from roadmap.domain.enums import DependencyType, StepKind
from roadmap.domain.schedule import schedule

DAY = timedelta(days=1)
ORIGIN = date(2025, 1, 1)


def is_point(step: Step) -> bool:
    return step.step_kind in (StepKind.MILESTONE, StepKind.DECISION_GATE)


def length(step: Step) -> int:
    return 0 if is_point(step) else (step.end - step.start).days + 1


def finish_of(start: date, step: Step) -> date:
    return start if is_point(step) else start + (length(step) - 1) * DAY


def reference(
    steps: list[Step], deps: list[Dependency]
) -> tuple[dict[str, date], dict[str, date], date]:
    """Earliest and latest starts by fixed-point relaxation, and the project finish."""
    by_id = {s.id: s for s in steps}
    early = {s.id: s.start for s in steps}
    moved = True
    while moved:
        moved = False
        for d in deps:
            p, q = by_id[d.from_step_id], by_id[d.to_step_id]
            if d.type is DependencyType.FINISH_TO_START:
                # The day after the predecessor's end; for a 0-day predecessor, its date.
                base = early[p.id] if is_point(p) else finish_of(early[p.id], p) + DAY
            else:
                base = early[p.id]
            if base + d.lag_days * DAY > early[q.id]:
                early[q.id] = base + d.lag_days * DAY
                moved = True
    # A step "ends" at the start of the day after its last day (a milestone: at its date).
    end_mark = {s.id: early[s.id] + length(s) * DAY for s in steps}
    # Pathways are alternatives: a step's latest dates count back from the finish of the
    # pathways its own is linked to by dependencies (found here by repeated merging).
    together = {s.pathway_id: {s.pathway_id} for s in steps}
    for d in deps:
        a, b = by_id[d.from_step_id].pathway_id, by_id[d.to_step_id].pathway_id
        merged = together[a] | together[b]
        for pathway in merged:
            together[pathway] = merged
    finish_mark = {
        s.id: max(end_mark[t.id] for t in steps if t.pathway_id in together[s.pathway_id])
        for s in steps
    }
    late = {s.id: finish_mark[s.id] - length(s) * DAY for s in steps}
    moved = True
    while moved:
        moved = False
        for d in deps:
            p, q = by_id[d.from_step_id], by_id[d.to_step_id]
            if d.type is DependencyType.FINISH_TO_START:
                bound = late[q.id] - d.lag_days * DAY - length(p) * DAY
            else:
                bound = late[q.id] - d.lag_days * DAY
            if bound < late[p.id]:
                late[p.id] = bound
                moved = True
    finish = max(finish_of(early[s.id], s) for s in steps)
    return early, late, finish


@st.composite
def projects(draw: st.DrawFn) -> tuple[list[Step], list[Dependency]]:
    n = draw(st.integers(1, 10))
    steps = []
    for i in range(n):
        start = ORIGIN + draw(st.integers(0, 60)) * DAY
        days = draw(st.integers(0, 12))
        kind = draw(st.sampled_from([StepKind.MILESTONE, StepKind.DECISION_GATE]))
        if days:
            kind = StepKind.RESEARCH
        end = start + max(days - 1, 0) * DAY
        pathway = draw(st.sampled_from(["p", "p", "q", "r"]))
        steps.append(Step(f"s{i}", pathway, "l", f"Step {i}", start, end, kind))
    pairs = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=2 * n))
    deps = []
    for k, (a, b) in enumerate(pairs):
        if a >= b:  # forward links only: random projects must not loop
            continue
        kind = draw(st.sampled_from(list(DependencyType)))
        lag = draw(st.integers(-5, 15))
        deps.append(Dependency(f"d{k}", f"s{a}", f"s{b}", kind, lag))
    return steps, deps


@settings(max_examples=300, deadline=None)
@given(projects())
def test_schedule_matches_the_reference(project: tuple[list[Step], list[Dependency]]) -> None:
    steps, deps = project
    result = schedule(steps, deps)
    early, late, finish = reference(steps, deps)
    assert result.finish == finish
    assert result.start == min(early.values())
    for step in steps:
        timing = result.timings[step.id]
        assert timing.earliest_start == early[step.id], step.name
        assert timing.earliest_finish == finish_of(early[step.id], step)
        assert timing.latest_start == late[step.id], step.name
        assert timing.latest_finish == finish_of(late[step.id], step)
        assert timing.slack_days == (late[step.id] - early[step.id]).days >= 0
        assert timing.critical == (late[step.id] == early[step.id])
    assert {c.step_id for c in result.conflicts} == {s.id for s in steps if early[s.id] > s.start}
    assert set(result.critical_path) == {s.id for s in steps if late[s.id] == early[s.id]}
    linked = {(d.from_step_id, d.to_step_id) for d in deps}
    for chain in result.critical_paths:
        assert all(pair in linked for pair in pairwise(chain))
        # Nothing holds a chain's first step back: it starts on its planned date.
        first = result.timings[chain[0]]
        assert first.earliest_start == first.planned_start
