"""The merge engine's rules, one hand-made case each, on the English sample."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from roadmap.domain.consistency import find_violations
from roadmap.domain.entities import Dependency, EntityKind, Step
from roadmap.domain.enums import StepKind
from roadmap.domain.merge import RULES, ForeignRoadmap, Side, merge_three
from roadmap.domain.snapshot import RoadmapSnapshot
from tests.merge.edits import add, by_id, change, delete, delete_step

STEP = EntityKind.STEP


@pytest.fixture
def base(sample_snapshot: RoadmapSnapshot) -> RoadmapSnapshot:
    return sample_snapshot


def first_steps(base: RoadmapSnapshot) -> tuple[Step, Step]:
    return base.steps[0], base.steps[1]


def test_a_change_on_one_side_lands_and_both_sides_changes_are_kept(base: RoadmapSnapshot) -> None:
    a, b = first_steps(base)
    mine = change(base, STEP, a.id, name="Survey, renamed by mine")
    theirs = change(base, STEP, b.id, end=date(2025, 10, 31), notes="theirs")
    result = merge_three(base, mine, theirs)
    assert result.clean and not result.conflicts
    merged_a = result.merged.get(STEP, a.id)
    merged_b = result.merged.get(STEP, b.id)
    assert isinstance(merged_a, Step) and isinstance(merged_b, Step)
    assert merged_a.name == "Survey, renamed by mine"
    assert (merged_b.end, merged_b.notes) == (date(2025, 10, 31), "theirs")
    assert result.changed == {STEP: 1} and not result.added and not result.deleted


def test_two_fields_of_one_record_changed_on_different_sides_both_land(
    base: RoadmapSnapshot,
) -> None:
    a, _ = first_steps(base)
    mine = change(base, STEP, a.id, notes="mine's note")
    theirs = change(base, STEP, a.id, progress=40)
    result = merge_three(base, mine, theirs)
    merged = result.merged.get(STEP, a.id)
    assert isinstance(merged, Step)
    assert (merged.notes, merged.progress) == ("mine's note", 40)
    assert not result.conflicts


def test_the_same_change_on_both_sides_lands_once_without_conflict(base: RoadmapSnapshot) -> None:
    a, _ = first_steps(base)
    mine = change(base, STEP, a.id, end=date(2025, 8, 31))
    theirs = change(base, STEP, a.id, end=date(2025, 8, 31))
    result = merge_three(base, mine, theirs)
    assert result.clean and not result.conflicts
    assert not result.changes_mine
    assert by_id(result.merged) == by_id(mine)


def test_different_changes_to_one_field_are_a_conflict_settled_by_a_choice(
    base: RoadmapSnapshot,
) -> None:
    a, _ = first_steps(base)
    mine = change(base, STEP, a.id, name="Mine")
    theirs = change(base, STEP, a.id, name="Theirs")
    result = merge_three(base, mine, theirs)
    (conflict,) = result.unresolved
    assert (conflict.kind, conflict.id, conflict.field) == (STEP, a.id, "name")
    assert (conflict.base, conflict.mine, conflict.theirs) == (a.name, "Mine", "Theirs")
    assert not result.clean
    chosen = merge_three(base, mine, theirs, choices={conflict.key: Side.THEIRS})
    assert chosen.clean
    assert chosen.merged.get(STEP, a.id).name == "Theirs"
    kept = merge_three(base, mine, theirs, prefer=Side.MINE)
    assert kept.clean and kept.merged.get(STEP, a.id).name == "Mine"
    assert not kept.changes_mine


def test_delete_on_one_side_and_edit_on_the_other_is_a_conflict(base: RoadmapSnapshot) -> None:
    _, b = first_steps(base)
    mine = delete_step(base, b.id)
    theirs = change(base, STEP, b.id, progress=70)
    result = merge_three(base, mine, theirs)
    (conflict,) = result.unresolved
    assert (conflict.kind, conflict.id, conflict.field) == (STEP, b.id, None)
    assert conflict.mine is None and conflict.theirs.progress == 70
    assert merge_three(base, mine, theirs, prefer=Side.MINE).merged.get(STEP, b.id) is None
    # Theirs brings the step back; its dependencies, deleted with it in mine, are a rule
    # conflict of their own — settled the same way, the result is valid.
    restored = merge_three(base, mine, theirs, prefer=Side.THEIRS)
    assert restored.clean
    assert restored.merged.get(STEP, b.id).progress == 70
    assert not find_violations(restored.merged)


def test_a_delete_against_no_change_lands(base: RoadmapSnapshot) -> None:
    _, b = first_steps(base)
    theirs = delete_step(base, b.id)
    result = merge_three(base, base, theirs)
    assert result.clean and result.merged.get(STEP, b.id) is None
    assert result.deleted[STEP] == 1


def test_records_added_on_both_sides_stay_separate_and_same_names_are_flagged(
    base: RoadmapSnapshot,
) -> None:
    a, _ = first_steps(base)
    other_pathway = next(p for p in base.pathways if p.id != a.pathway_id)
    new = dataclasses.replace(a, id="mine-new", name="Market study", notes="")
    same_name = dataclasses.replace(a, id="theirs-new", name="  market STUDY ")
    elsewhere = dataclasses.replace(
        a, id="theirs-elsewhere", name="Market study", pathway_id=other_pathway.id
    )
    mine = add(base, new)
    theirs = add(add(base, same_name), elsewhere)
    result = merge_three(base, mine, theirs)
    assert result.clean and not result.conflicts
    for step_id in ("mine-new", "theirs-new", "theirs-elsewhere"):
        assert result.merged.get(STEP, step_id) is not None
    (duplicate,) = result.duplicates
    assert (duplicate.kind, duplicate.mine_id, duplicate.theirs_id) == (
        STEP,
        "mine-new",
        "theirs-new",
    )
    assert result.added == {STEP: 2}


def test_a_copy_of_a_different_roadmap_is_refused(base: RoadmapSnapshot) -> None:
    stranger = dataclasses.replace(base, info=dataclasses.replace(base.info, id="another"))
    with pytest.raises(ForeignRoadmap):
        merge_three(base, base, stranger)


def test_start_from_one_side_and_end_from_the_other_is_a_rule_conflict(
    base: RoadmapSnapshot,
) -> None:
    a, _ = first_steps(base)  # 2025-01-01 .. 2025-06-30
    mine = change(base, STEP, a.id, start=date(2025, 5, 1))
    theirs = change(base, STEP, a.id, end=date(2025, 3, 31))
    result = merge_three(base, mine, theirs)
    (conflict,) = result.unresolved
    assert (conflict.id, conflict.field) == (a.id, RULES)
    assert conflict.reason is not None and conflict.reason.code == "step.end_before_start"
    assert not result.clean  # never written
    for side, expected in ((Side.MINE, mine), (Side.THEIRS, theirs)):
        settled = merge_three(base, mine, theirs, prefer=side)
        assert settled.clean
        assert settled.merged.get(STEP, a.id) == expected.get(STEP, a.id)


def test_links_added_both_ways_on_two_sides_are_a_rule_conflict(base: RoadmapSnapshot) -> None:
    x, y = base.steps[40], base.steps[45]
    mine = add(base, Dependency("x-to-y", x.id, y.id))
    theirs = add(base, Dependency("y-to-x", y.id, x.id))
    assert not find_violations(mine) and not find_violations(theirs)
    result = merge_three(base, mine, theirs)
    (conflict,) = result.unresolved
    assert conflict.field == RULES
    reason = str(conflict.reason)
    assert "circle" in reason and x.name in reason and y.name in reason
    assert {r[1] for r in conflict.records} >= {"x-to-y", "y-to-x"}
    mine_wins = merge_three(base, mine, theirs, prefer=Side.MINE)
    assert mine_wins.clean
    assert {d.id for d in mine_wins.merged.dependencies} >= {"x-to-y"}
    assert mine_wins.merged.get(EntityKind.DEPENDENCY, "y-to-x") is None
    theirs_win = merge_three(base, mine, theirs, prefer=Side.THEIRS)
    assert theirs_win.clean and not find_violations(theirs_win.merged)
    assert theirs_win.merged.get(EntityKind.DEPENDENCY, "x-to-y") is None


def test_a_new_step_in_a_lane_the_other_side_deleted_is_a_rule_conflict(
    base: RoadmapSnapshot,
) -> None:
    lane = base.lanes[-1]
    theirs = delete(base, EntityKind.LANE, lane.id)
    theirs = theirs.with_section(STEP, tuple(s for s in base.steps if s.lane_id != lane.id))
    gone = {s.id for s in base.steps if s.lane_id == lane.id}
    theirs = theirs.with_section(
        EntityKind.DEPENDENCY,
        tuple(
            d for d in base.dependencies if d.from_step_id not in gone and d.to_step_id not in gone
        ),
    )
    theirs = theirs.with_section(
        EntityKind.PATENT,
        tuple(
            dataclasses.replace(p, step_ids=tuple(s for s in p.step_ids if s not in gone))
            for p in base.patents
        ),
    )
    assert not find_violations(theirs)
    new = dataclasses.replace(base.steps[0], id="in-deleted-lane", lane_id=lane.id)
    mine = add(base, new)
    result = merge_three(base, mine, theirs)
    assert not result.clean
    assert any(
        c.field == RULES and (EntityKind.LANE, lane.id) in c.records for c in result.unresolved
    )
    kept = merge_three(base, mine, theirs, prefer=Side.MINE)
    assert kept.clean and kept.merged.get(EntityKind.LANE, lane.id) is not None
    assert kept.merged.get(STEP, "in-deleted-lane") is not None


def test_a_link_between_two_steps_the_other_side_deleted_is_one_conflict_settled_by_one_choice(
    base: RoadmapSnapshot,
) -> None:
    # The case the random search shrank to (issue 14): mine links P → Q, theirs deletes both.
    # The link dangles at both ends — two rules broken by one record. They used to be two
    # conflicts with one key: choosing a side settled the first, and the second stayed open
    # however the user chose, so --prefer could not finish the merge.
    like = base.steps[0]
    p, q = (
        dataclasses.replace(
            like, id=i, step_kind=StepKind.MILESTONE, start=like.start, end=like.start
        )
        for i in ("p", "q")
    )
    base = add(add(base, p), q)
    mine = add(base, Dependency("p-to-q", "p", "q"))
    theirs = delete_step(delete_step(base, "p"), "q")
    assert not find_violations(mine) and not find_violations(theirs)

    result = merge_three(base, mine, theirs)
    (conflict,) = result.unresolved
    assert result.conflicts == (conflict,)
    assert (conflict.id, conflict.field) == ("p-to-q", RULES)
    assert set(conflict.records) == {
        (EntityKind.DEPENDENCY, "p-to-q"),
        (STEP, "p"),
        (STEP, "q"),
    }
    kept = merge_three(base, mine, theirs, prefer=Side.MINE)
    assert kept.clean and not find_violations(kept.merged)
    assert {"p", "q"} <= {s.id for s in kept.merged.steps}
    assert kept.merged.get(EntityKind.DEPENDENCY, "p-to-q") is not None
    chosen = merge_three(base, mine, theirs, choices={conflict.key: Side.THEIRS})
    assert chosen.clean and not find_violations(chosen.merged)
    assert not {"p", "q"} & {s.id for s in chosen.merged.steps}
    assert chosen.merged.get(EntityKind.DEPENDENCY, "p-to-q") is None


def test_two_scores_for_one_pathway_and_criterion_are_a_rule_conflict(
    base: RoadmapSnapshot,
) -> None:
    score = base.scores[0]
    without = delete(base, EntityKind.SCORE, score.id)
    mine = add(without, dataclasses.replace(score, id="mine-score", value=2))
    theirs = add(without, dataclasses.replace(score, id="theirs-score", value=5))
    result = merge_three(without, mine, theirs)
    assert any(c.field == RULES for c in result.unresolved)
    settled = merge_three(without, mine, theirs, prefer=Side.THEIRS)
    assert settled.clean
    assert settled.merged.get(EntityKind.SCORE, "mine-score") is None
    assert settled.merged.get(EntityKind.SCORE, "theirs-score").value == 5


def test_lists_of_links_merge_as_sets(base: RoadmapSnapshot) -> None:
    patent = next(p for p in base.patents if len(p.step_ids) >= 2)
    first, second = patent.step_ids[:2]
    extra_mine = next(s.id for s in base.steps if s.id not in patent.step_ids)
    extra_theirs = next(
        s.id for s in base.steps if s.id not in patent.step_ids and s.id != extra_mine
    )
    mine = change(
        base,
        EntityKind.PATENT,
        patent.id,
        step_ids=(*(s for s in patent.step_ids if s != first), extra_mine),
    )
    theirs = change(
        base,
        EntityKind.PATENT,
        patent.id,
        step_ids=(*(s for s in patent.step_ids if s != second), extra_theirs),
    )
    result = merge_three(base, mine, theirs)
    assert result.clean and not result.conflicts
    merged = result.merged.get(EntityKind.PATENT, patent.id).step_ids
    assert set(merged) == (set(patent.step_ids) - {first, second}) | {extra_mine, extra_theirs}


def test_merging_a_copy_with_itself_gives_it_back(base: RoadmapSnapshot) -> None:
    a, b = first_steps(base)
    copy = change(delete_step(base, b.id), STEP, a.id, name="changed")
    result = merge_three(base, copy, copy)
    assert result.clean and not result.changes_mine
    assert by_id(result.merged) == by_id(copy)


def test_the_roadmap_record_merges_field_by_field(base: RoadmapSnapshot) -> None:
    mine = dataclasses.replace(base, info=dataclasses.replace(base.info, title="Mine's title"))
    theirs = dataclasses.replace(
        base, info=dataclasses.replace(base.info, description="Theirs' description")
    )
    result = merge_three(base, mine, theirs)
    assert (result.merged.info.title, result.merged.info.description) == (
        "Mine's title",
        "Theirs' description",
    )
