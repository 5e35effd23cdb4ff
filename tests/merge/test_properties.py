"""Properties of the merge engine on random roadmaps and random edit scripts on copies."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from roadmap.domain.consistency import find_violations
from roadmap.domain.entities import Dependency, EntityKind, Step
from roadmap.domain.enums import StepKind, StepStatus
from roadmap.domain.graph import find_cycle
from roadmap.domain.merge import RULES, MergeResult, Side, merge_three
from roadmap.domain.snapshot import WRITE_ORDER, RoadmapSnapshot
from tests.io.test_workbook_property import NAME, roadmaps
from tests.merge.edits import add, by_id, change, delete_step

STEP = EntityKind.STEP
# Derandomized so CI is repeatable. The random search once failed in about one run in ten:
# a link whose two steps the other side deleted broke two rules under one conflict key, and
# no choice could settle it (fixed in domain/merge.py; the shrunk case is
# test_engine.test_a_link_between_two_steps_the_other_side_deleted_is_one_conflict_...).
# For a wider search, run with derandomize=False and --hypothesis-seed over a range (the
# sweep after the fix is in the closing note).
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

# One edit a breakout group makes, as data: (operation, a number to pick the record, a value).
OPS = st.tuples(
    st.sampled_from(
        ["rename", "notes", "progress", "status", "shift", "end", "delete", "add", "link"]
    ),
    st.integers(0, 10**6),
    st.one_of(st.integers(-400, 400), NAME, st.sampled_from(StepStatus)),
)
SCRIPT = st.lists(OPS, max_size=8)


def apply_script(
    snapshot: RoadmapSnapshot,
    script: Iterable[tuple[str, int, Any]],
    side: str,
    allowed: set[str] | None = None,
    links: bool = True,
) -> RoadmapSnapshot:
    """Apply the edits a group would make; only to steps in `allowed` when it is given."""
    for number, (op, pick, value) in enumerate(script):
        candidates = [s for s in snapshot.steps if allowed is None or s.id in allowed]
        if op == "add" and snapshot.pathways and snapshot.lanes:
            pathway = snapshot.pathways[pick % len(snapshot.pathways)]
            lane = snapshot.lanes[pick % len(snapshot.lanes)]
            start = snapshot.info.horizon_start
            name = value if isinstance(value, str) else f"{side} step {number}"
            new = Step(f"{side}-{number}", pathway.id, lane.id, name, start, start)
            snapshot = add(snapshot, dataclasses.replace(new, step_kind=StepKind.MILESTONE))
            continue
        if not candidates:
            continue
        step = candidates[pick % len(candidates)]
        if op == "rename" and isinstance(value, str):
            snapshot = change(snapshot, STEP, step.id, name=value)
        elif op == "notes":
            snapshot = change(snapshot, STEP, step.id, notes=f"{side}: {value}")
        elif op == "progress" and isinstance(value, int):
            snapshot = change(snapshot, STEP, step.id, progress=abs(value) % 101)
        elif op == "status" and isinstance(value, StepStatus):
            snapshot = change(snapshot, STEP, step.id, status=value)
        elif op == "shift" and isinstance(value, int):
            delta = timedelta(days=value)
            snapshot = change(
                snapshot, STEP, step.id, start=step.start + delta, end=step.end + delta
            )
        elif op == "end" and isinstance(value, int) and not step.step_kind.is_point:
            snapshot = change(snapshot, STEP, step.id, end=step.start + timedelta(days=abs(value)))
        elif op == "delete":
            snapshot = delete_step(snapshot, step.id)
        elif op == "link" and links and len(candidates) > 1:
            other = candidates[(pick // 7) % len(candidates)]
            edges = [(d.from_step_id, d.to_step_id) for d in snapshot.dependencies]
            new_edge = (step.id, other.id)
            if other.id != step.id and new_edge not in edges and not find_cycle([*edges, new_edge]):
                snapshot = add(snapshot, Dependency(f"{side}-link-{number}", step.id, other.id))
    assert not find_violations(snapshot)
    return snapshot


def valid_roadmaps() -> st.SearchStrategy[RoadmapSnapshot]:
    return roadmaps().filter(lambda r: not find_violations(r))


@SETTINGS
@given(base=valid_roadmaps(), script=SCRIPT)
def test_merging_a_copy_with_itself_gives_it_back(
    base: RoadmapSnapshot, script: list[tuple[str, int, Any]]
) -> None:
    copy = apply_script(base, script, "a")
    result = merge_three(base, copy, copy)
    assert result.clean and not result.conflicts and not result.changes_mine
    assert by_id(result.merged) == by_id(copy)


@SETTINGS
@given(base=valid_roadmaps(), first=SCRIPT, second=SCRIPT, third=SCRIPT)
def test_disjoint_changes_give_the_same_result_in_any_order(
    base: RoadmapSnapshot,
    first: list[tuple[str, int, Any]],
    second: list[tuple[str, int, Any]],
    third: list[tuple[str, int, Any]],
) -> None:
    # Each group edits its own steps (by position in the base); links could close a cycle
    # across groups, which is a conflict by design, so these scripts add none.
    groups = [{s.id for i, s in enumerate(base.steps) if i % 3 == g} for g in range(3)]
    copies = [
        apply_script(base, script, side, allowed, links=False)
        for script, side, allowed in zip((first, second, third), "abc", groups, strict=True)
    ]
    results = []
    for order in ((0, 1, 2), (2, 1, 0), (1, 2, 0)):
        current = base
        for index in order:
            result = merge_three(base, current, copies[index])
            assert result.clean, result.unresolved
            current = result.merged
        assert not find_violations(current)
        results.append(by_id(current))
    assert results[0] == results[1] == results[2]


def _side_values(base: Any, mine: Any, theirs: Any, value: Any, as_set: bool) -> bool:
    if as_set:
        return set(value) <= set(base or ()) | set(mine or ()) | set(theirs or ())
    return value in (base, mine, theirs)


@SETTINGS
@given(base=valid_roadmaps(), mine_script=SCRIPT, theirs_script=SCRIPT)
def test_every_field_comes_from_a_side_and_every_disagreement_is_reported(
    base: RoadmapSnapshot,
    mine_script: list[tuple[str, int, Any]],
    theirs_script: list[tuple[str, int, Any]],
) -> None:
    mine = apply_script(base, mine_script, "m")
    theirs = apply_script(base, theirs_script, "t")
    for prefer in (None, Side.MINE, Side.THEIRS):
        result = merge_three(base, mine, theirs, prefer=prefer)
        if prefer is None:
            kinds = sorted({"rules" if c.field == RULES else "field" for c in result.conflicts})
            event(f"conflicts: {', '.join(kinds) or 'none'}")
        check_fields(base, mine, theirs, result)
        if result.clean:
            assert not find_violations(result.merged)
        if prefer is not None:
            assert result.clean


def check_fields(
    base: RoadmapSnapshot, mine: RoadmapSnapshot, theirs: RoadmapSnapshot, result: MergeResult
) -> None:
    reported = {c.key for c in result.conflicts}
    rule_records = {r for c in result.conflicts if c.field == RULES for r in c.records}
    for kind in WRITE_ORDER:
        ids = {e.id for s in (base, mine, theirs) for e in s.of(kind)}
        for entity_id in ids:
            b, m, t = (s.get(kind, entity_id) for s in (base, mine, theirs))
            out = result.merged.get(kind, entity_id)
            whole = (kind.value, entity_id, None) in reported
            ruled = (kind, entity_id) in rule_records
            # Presence: the result has the record iff some side's version it follows has it.
            if out is None:
                assert m is None or t is None, (kind, entity_id)
            if m is not None and t is None and b is not None and m != b:
                assert whole or ruled, ("delete against edit not reported", kind, entity_id)
            if t is not None and m is None and b is not None and t != b:
                assert whole or ruled, ("edit against delete not reported", kind, entity_id)
            if out is None or m is None or t is None:
                continue
            for f in dataclasses.fields(out):
                value = getattr(out, f.name)
                bv = getattr(b, f.name) if b is not None else None
                mv, tv = getattr(m, f.name), getattr(t, f.name)
                as_set = isinstance(value, tuple)
                assert _side_values(bv, mv, tv, value, as_set), (kind, f.name)
                both_changed = mv != tv and (b is None or (mv != bv and tv != bv))
                if both_changed and not as_set:
                    key = (kind.value, entity_id, f.name)
                    assert key in reported or ruled, ("not reported", key)
                # Nothing lost silently: a change made on one side only is in the result,
                # unless a rule conflict set the whole record to one side's version.
                if b is None or ruled:
                    continue
                if as_set:
                    added = (set(mv) - set(bv)) | (set(tv) - set(bv))
                    removed = (set(bv) - set(mv)) | (set(bv) - set(tv))
                    assert set(value) == (set(bv) | added) - removed, (kind, f.name)
                elif mv != bv and tv == bv:
                    assert value == mv, (kind, f.name)
                elif tv != bv and mv == bv:
                    assert value == tv, (kind, f.name)
                elif mv == tv:
                    assert value == mv, (kind, f.name)


@SETTINGS
@given(
    base=valid_roadmaps(), mine_script=SCRIPT, theirs_script=SCRIPT, prefer=st.sampled_from(Side)
)
def test_merging_the_same_copy_again_changes_nothing(
    base: RoadmapSnapshot,
    mine_script: list[tuple[str, int, Any]],
    theirs_script: list[tuple[str, int, Any]],
    prefer: Side,
) -> None:
    mine = apply_script(base, mine_script, "m")
    theirs = apply_script(base, theirs_script, "t")
    first = merge_three(base, mine, theirs, prefer=prefer)
    assume(first.clean)
    # As a file records it: the copy as merged is the base of the next merge of that copy.
    again = merge_three(theirs, first.merged, theirs)
    assert again.clean and not again.conflicts and not again.changes_mine
    assert by_id(again.merged) == by_id(first.merged)
    # Even against the copy's own base, the same choice gives the same result.
    same = merge_three(base, first.merged, theirs, prefer=prefer)
    assert by_id(same.merged) == by_id(first.merged)


@SETTINGS
@given(base=valid_roadmaps(), script=SCRIPT)
def test_a_packed_base_unpacks_to_the_same_roadmap(
    base: RoadmapSnapshot, script: list[tuple[str, int, Any]]
) -> None:
    from roadmap.domain.packing import pack, unpack

    copy = apply_script(base, script, "a")
    assert unpack(pack(copy)) == copy


@SETTINGS
@given(base=valid_roadmaps(), mine_script=SCRIPT, theirs_script=SCRIPT)
def test_checking_only_what_changed_finds_what_checking_everything_finds(
    base: RoadmapSnapshot,
    mine_script: list[tuple[str, int, Any]],
    theirs_script: list[tuple[str, int, Any]],
) -> None:
    mine = apply_script(base, mine_script, "m")
    theirs = apply_script(base, theirs_script, "t")
    result = merge_three(base, mine, theirs)
    changed = [
        (kind, i)
        for kind in WRITE_ORDER
        for i in {e.id for e in mine.of(kind)} | {e.id for e in result.merged.of(kind)}
        if mine.get(kind, i) != result.merged.get(kind, i)
    ]
    full = {(v.kind, v.id, v.field) for v in find_violations(result.merged)}
    partial = {(v.kind, v.id, v.field) for v in find_violations(result.merged, changed)}
    assert partial == full
