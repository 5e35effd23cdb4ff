"""Edits of many steps as one: each is one edit (one undo step) and all-or-nothing."""

from __future__ import annotations

from datetime import date

import pytest

from roadmap.domain.entities import Dependency, Lane, Pathway, Step, new_id
from roadmap.domain.errors import CycleError, NotFoundError, ValidationError
from roadmap.services.clipboard import pasted_steps, steps_json, steps_text
from roadmap.services.workspace import Workspace
from tests.support import canonical
from tests.unit.test_commands import round_trip


def linked_pair(ws: Workspace) -> tuple[Step, Step, Dependency]:
    steps = {s.id: s for s in ws.queries.all(Step)}
    dep = next(
        d
        for d in ws.queries.all(Dependency)
        if not steps[d.from_step_id].step_kind.is_point
        and not steps[d.to_step_id].step_kind.is_point
    )
    return steps[dep.from_step_id], steps[dep.to_step_id], dep


def test_add_steps_with_links_among_them_is_one_edit(workspace: Workspace) -> None:
    pathway = workspace.queries.all(Pathway)[0]
    lane = workspace.queries.all(Lane)[0]
    before = {s.id for s in workspace.queries.all(Step)}
    new = [
        Step(new_id(), pathway.id, lane.id, f"Pasted {n}", date(2027, n, 1), date(2027, n, 28))
        for n in range(1, 6)
    ]
    link = Dependency(new_id(), new[0].id, new[1].id, lag_days=3)

    def check() -> None:
        stored = {s.id: s for s in workspace.queries.all(Step)}
        assert set(stored) - before == {s.id for s in new}
        assert [stored[s.id].name for s in new] == [f"Pasted {n}" for n in range(1, 6)]
        positions = [stored[s.id].position for s in new]
        assert positions == sorted(positions) and len(set(positions)) == 5
        assert workspace.queries.get(Dependency, link.id).lag_days == 3

    edit = round_trip(workspace, lambda: workspace.commands.add_steps(new, [link]), check)
    assert len(edit.changes.added) == 6
    assert edit.title == 'Add step "5 steps"'


def test_add_steps_refuses_all_when_one_is_wrong(workspace: Workspace) -> None:
    pathway = workspace.queries.all(Pathway)[0]
    lane = workspace.queries.all(Lane)[0]
    before = canonical(workspace.queries.snapshot())
    good = Step(new_id(), pathway.id, lane.id, "Good", date(2027, 1, 1), date(2027, 2, 1))
    bad = Step(new_id(), pathway.id, lane.id, "Bad", date(2027, 3, 1), date(2027, 2, 1))
    with pytest.raises(ValidationError, match="before start"):
        workspace.commands.add_steps([good, bad])
    nowhere = Step(new_id(), "no-such-pathway", lane.id, "X", date(2027, 1, 1), date(2027, 2, 1))
    with pytest.raises(NotFoundError, match="pathway"):
        workspace.commands.add_steps([good, nowhere])
    loop = [Dependency(new_id(), good.id, bad.id), Dependency(new_id(), bad.id, good.id)]
    fine = Step(bad.id, pathway.id, lane.id, "Fine", date(2027, 3, 1), date(2027, 4, 1))
    with pytest.raises(CycleError):
        workspace.commands.add_steps([good, fine], loop)
    assert canonical(workspace.queries.snapshot()) == before


def test_duplicate_steps_copies_the_links_among_them(workspace: Workspace) -> None:
    first, second, dep = linked_pair(workspace)
    before = {s.id for s in workspace.queries.all(Step)}

    def check() -> None:
        copies = [s for s in workspace.queries.all(Step) if s.id not in before]
        assert sorted((s.name, s.start, s.end, s.lane_id) for s in copies) == sorted(
            (s.name, s.start, s.end, s.lane_id) for s in (first, second)
        )
        ids = {s.name: s.id for s in copies}
        links = [d for d in workspace.queries.all(Dependency) if d.from_step_id in ids.values()]
        assert [(d.from_step_id, d.to_step_id, d.lag_days) for d in links] == [
            (ids[first.name], ids[second.name], dep.lag_days)
        ]

    edit = round_trip(
        workspace, lambda: workspace.commands.duplicate_steps([first.id, second.id]), check
    )
    assert len(edit.changes.added) == 3


def test_move_steps_is_one_edit_and_refused_whole(workspace: Workspace) -> None:
    first, second, _dep = linked_pair(workspace)
    moves = [
        (first.id, date(2030, 1, 1), date(2030, 6, 30)),
        (second.id, date(2031, 1, 1), date(2031, 3, 31)),
    ]

    def check() -> None:
        assert workspace.queries.get(Step, first.id).start == date(2030, 1, 1)
        assert workspace.queries.get(Step, second.id).end == date(2031, 3, 31)

    round_trip(workspace, lambda: workspace.commands.move_steps(moves), check)
    before = canonical(workspace.queries.snapshot())
    with pytest.raises(ValidationError):
        workspace.commands.move_steps(
            [
                (first.id, date(2032, 1, 1), date(2032, 2, 1)),
                (second.id, date(2032, 5, 1), date(2032, 1, 1)),
            ]
        )
    assert canonical(workspace.queries.snapshot()) == before


def test_delete_steps_deletes_a_shared_link_once(workspace: Workspace) -> None:
    first, second, dep = linked_pair(workspace)

    def check() -> None:
        remaining = {s.id for s in workspace.queries.all(Step)}
        assert first.id not in remaining and second.id not in remaining
        assert dep.id not in {d.id for d in workspace.queries.all(Dependency)}

    round_trip(workspace, lambda: workspace.commands.delete_steps([first.id, second.id]), check)


def test_clipboard_round_trip_into_another_roadmap_matches_lanes_by_name(
    workspace: Workspace, tmp_path: object
) -> None:
    first, second, dep = linked_pair(workspace)
    lanes = {lane.id: lane for lane in workspace.queries.all(Lane)}
    pathways = {p.id: p for p in workspace.queries.all(Pathway)}
    payload = steps_json([first, second], [dep], lanes, pathways)
    # Another roadmap: same lane names, other IDs.
    other_lanes = {f"x{n}": Lane(f"x{n}", lane.name) for n, lane in enumerate(lanes.values())}
    target = Pathway("tp", "pr", "Target")
    steps, links = pasted_steps(payload, other_lanes, {"tp": target}, "tp")
    assert [(s.name, s.start, s.end, s.trl_start) for s in steps] == [
        (first.name, first.start, first.end, first.trl_start),
        (second.name, second.start, second.end, second.trl_start),
    ]
    assert [other_lanes[s.lane_id].name for s in steps] == [
        lanes[first.lane_id].name,
        lanes[second.lane_id].name,
    ]
    assert {s.pathway_id for s in steps} == {"tp"}
    assert [(d.from_step_id, d.to_step_id) for d in links] == [(steps[0].id, steps[1].id)]
    assert not {s.id for s in steps} & {first.id, second.id}
    with pytest.raises(ValidationError, match="Select a pathway"):
        pasted_steps(payload, other_lanes, {"tp": target}, None)
    with pytest.raises(ValidationError, match="no steps"):
        pasted_steps("{not json", other_lanes, {"tp": target}, "tp")
    text = steps_text([first], lanes, pathways).splitlines()
    assert text[0].startswith("Name\tStart\tEnd\tLane")
    assert text[1].split("\t")[:3] == [first.name, first.start.isoformat(), first.end.isoformat()]
