"""Every command: do → assert → undo → the document equals its state before → redo → assert."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from roadmap.domain.entities import (
    Criterion,
    Dependency,
    EntityKind,
    FigureOfMerit,
    Lane,
    Mobility,
    Organization,
    Patent,
    PatentEvent,
    Pathway,
    Person,
    Problem,
    Product,
    Score,
    Step,
    new_id,
)
from roadmap.domain.enums import DependencyType, PatentStatus, StepStatus
from roadmap.domain.errors import CycleError, NotFoundError, ValidationError
from roadmap.services.changes import Edit
from roadmap.services.history import History
from roadmap.services.workspace import Workspace
from tests.support import in_order


def round_trip(ws: Workspace, command: Callable[[], Edit], check: Callable[[], None]) -> Edit:
    """Run a command and hold it to the undo contract."""
    before = in_order(ws.queries.snapshot())
    history = History(ws.commands)
    edit = history.record(command())
    check()
    after = in_order(ws.queries.snapshot())
    assert after != before, "the command changed nothing"
    history.undo()
    assert in_order(ws.queries.snapshot()) == before
    history.redo()
    check()
    assert in_order(ws.queries.snapshot()) == after
    return edit


def first_step(ws: Workspace) -> Step:
    return next(s for s in ws.queries.all(Step) if not s.step_kind.is_point)


def test_move_step(workspace: Workspace) -> None:
    step = first_step(workspace)
    edit = round_trip(
        workspace,
        lambda: workspace.commands.move_step(step.id, date(2026, 2, 1), date(2026, 9, 30)),
        lambda: assert_dates(workspace, step.id, date(2026, 2, 1), date(2026, 9, 30)),
    )
    assert edit.changes.updated == {(EntityKind.STEP, step.id)}
    assert edit.title == f'Move step "{step.name}"'


def assert_dates(ws: Workspace, step_id: str, start: date, end: date) -> None:
    stored = ws.queries.get(Step, step_id)
    assert (stored.start, stored.end) == (start, end)


def test_update_step_fields(workspace: Workspace) -> None:
    step = first_step(workspace)
    round_trip(
        workspace,
        lambda: workspace.commands.update(
            EntityKind.STEP, step.id, status=StepStatus.AT_RISK, progress=40, notes="Supplier late"
        ),
        lambda: assert_step(workspace, step.id),
    )


def assert_step(ws: Workspace, step_id: str) -> None:
    stored = ws.queries.get(Step, step_id)
    assert (stored.status, stored.progress, stored.notes) == (
        StepStatus.AT_RISK,
        40,
        "Supplier late",
    )


def test_add_each_kind_of_entity(workspace: Workspace) -> None:
    snap = workspace.queries.snapshot()
    org = Organization(new_id(), "Blue River Semiconductor")
    person = Person(new_id(), "Li Wei", org.id, "Architect")
    problem = Problem(new_id(), "Factories need cheaper inspection")
    fom = FigureOfMerit(new_id(), problem.id, "Cost per camera", "CNY", 3000, 900)
    pathway = Pathway(new_id(), problem.id, "Open-source NPU")
    step = Step(
        new_id(), pathway.id, snap.lanes[3].id, "Survey", date(2027, 1, 1), date(2027, 3, 31)
    )
    criterion = Criterion(new_id(), "Supply-chain risk", 0.1)
    score = Score(new_id(), pathway.id, criterion.id, 4, "Local fabs")
    lane = Lane(new_id(), "Policy", "#777777")
    product = Product(new_id(), "Camera module", pathway_ids=(pathway.id,))
    move = Mobility(new_id(), person.id, org.id, snap.organizations[0].id, start=date(2027, 1, 1))
    patent = Patent(new_id(), "Sparse kernels", owner_org_id=org.id, step_ids=(step.id,))
    event = PatentEvent(new_id(), patent.id, PatentStatus.FILED, date(2027, 2, 1))
    dep = Dependency(new_id(), snap.steps[0].id, step.id)
    for entity in (
        org,
        person,
        problem,
        fom,
        pathway,
        step,
        criterion,
        score,
        lane,
        product,
        move,
        patent,
        event,
        dep,
    ):
        edit = round_trip(
            workspace,
            lambda e=entity: workspace.commands.add(e),  # type: ignore[misc]
            lambda e=entity: assert_stored(workspace, e),  # type: ignore[misc]
        )
        # round_trip ends redone, so later entities can refer to this one
        assert edit.changes.added >= {(entity.kind, entity.id)}


def assert_stored(ws: Workspace, entity: object) -> None:
    stored = ws.queries.get(type(entity), entity.id)  # type: ignore[attr-defined, type-var]
    for name in ("name", "title", "statement", "value"):
        if hasattr(entity, name):
            assert getattr(stored, name) == getattr(entity, name)


def test_added_entities_go_to_the_end_of_their_siblings(workspace: Workspace) -> None:
    problem = workspace.queries.all(Problem)[0]
    pathway = Pathway(new_id(), problem.id, "Late idea")
    workspace.commands.add(pathway)
    siblings = [p for p in workspace.queries.all(Pathway) if p.problem_id == problem.id]
    assert workspace.queries.get(Pathway, pathway.id).position == max(p.position for p in siblings)


def test_delete_pathway_takes_its_steps_and_dependencies(workspace: Workspace) -> None:
    pathway = workspace.queries.all(Pathway)[0]
    steps = {s.id for s in workspace.queries.all(Step) if s.pathway_id == pathway.id}
    edit = round_trip(
        workspace,
        lambda: workspace.commands.delete(EntityKind.PATHWAY, pathway.id),
        lambda: assert_gone(workspace, steps),
    )
    assert (EntityKind.PATHWAY, pathway.id) in edit.changes.removed
    assert {(EntityKind.STEP, s) for s in steps} <= edit.changes.removed


def assert_gone(ws: Workspace, step_ids: set[str]) -> None:
    snap = ws.queries.snapshot()
    assert not step_ids & {s.id for s in snap.steps}
    assert all(
        d.from_step_id not in step_ids and d.to_step_id not in step_ids for d in snap.dependencies
    )
    assert all(not step_ids & set(p.step_ids) for p in snap.patents)


def test_delete_organization_clears_references(workspace: Workspace) -> None:
    snap = workspace.queries.snapshot()
    org = next(o for o in snap.organizations if any(s.owner_org_id == o.id for s in snap.steps))
    round_trip(
        workspace,
        lambda: workspace.commands.delete(EntityKind.ORGANIZATION, org.id),
        lambda: assert_no_owner(workspace, org.id),
    )


def assert_no_owner(ws: Workspace, org_id: str) -> None:
    assert all(s.owner_org_id != org_id for s in ws.queries.all(Step))


def test_deleting_a_lane_in_use_is_refused(workspace: Workspace) -> None:
    lane = workspace.queries.all(Lane)[0]
    before = in_order(workspace.queries.snapshot())
    with pytest.raises(ValidationError, match="still used by"):
        workspace.commands.delete(EntityKind.LANE, lane.id)
    assert in_order(workspace.queries.snapshot()) == before


def test_reorder_lanes(workspace: Workspace) -> None:
    lanes = workspace.queries.all(Lane)
    round_trip(
        workspace,
        lambda: workspace.commands.reorder(EntityKind.LANE, lanes[3].id, 0),
        lambda: assert_lane_order(workspace, [lanes[3].id, lanes[0].id, lanes[1].id, lanes[2].id]),
    )


def assert_lane_order(ws: Workspace, expected: list[str]) -> None:
    assert [lane.id for lane in ws.queries.all(Lane)] == expected


def test_add_dependency_and_refuse_a_cycle(workspace: Workspace) -> None:
    dep = workspace.queries.all(Dependency)[0]
    before = in_order(workspace.queries.snapshot())
    with pytest.raises(CycleError, match="circle"):
        workspace.commands.add_dependency(dep.to_step_id, dep.from_step_id)
    with pytest.raises(ValidationError, match="already linked"):
        workspace.commands.add_dependency(dep.from_step_id, dep.to_step_id)
    assert in_order(workspace.queries.snapshot()) == before
    steps = [s for s in workspace.queries.all(Step) if s.pathway_id != ""]
    a, b = steps[0], steps[-1]
    round_trip(
        workspace,
        lambda: workspace.commands.add_dependency(a.id, b.id, DependencyType.START_TO_START, 5),
        lambda: assert_has_dependency(workspace, a.id, b.id),
    )


def assert_has_dependency(ws: Workspace, a: str, b: str) -> None:
    assert any(
        (d.from_step_id, d.to_step_id, d.lag_days) == (a, b, 5) for d in ws.queries.all(Dependency)
    )


def test_set_score_replaces_the_earlier_one(workspace: Workspace) -> None:
    score = workspace.queries.all(Score)[0]
    new_value = 1 if score.value != 1 else 5
    round_trip(
        workspace,
        lambda: workspace.commands.set_score(
            score.pathway_id, score.criterion_id, new_value, "Re-rated"
        ),
        lambda: assert_score(workspace, score, new_value),
    )


def assert_score(ws: Workspace, old: Score, value: int) -> None:
    matching = [
        s
        for s in ws.queries.all(Score)
        if (s.pathway_id, s.criterion_id) == (old.pathway_id, old.criterion_id)
    ]
    assert [(s.value, s.rationale) for s in matching] == [(value, "Re-rated")]


def test_link_and_unlink_pathway_and_product(workspace: Workspace) -> None:
    snap = workspace.queries.snapshot()
    product = snap.products[0]
    other = next(p for p in snap.pathways if p.id not in product.pathway_ids)
    round_trip(
        workspace,
        lambda: workspace.commands.link_pathway_product(other.id, product.id),
        lambda: assert_linked(workspace, product.id, other.id, True),
    )
    round_trip(
        workspace,
        lambda: workspace.commands.link_pathway_product(
            product.pathway_ids[0], product.id, linked=False
        ),
        lambda: assert_linked(workspace, product.id, product.pathway_ids[0], False),
    )


def assert_linked(ws: Workspace, product_id: str, pathway_id: str, linked: bool) -> None:
    assert (pathway_id in ws.queries.get(Product, product_id).pathway_ids) is linked


def test_link_patent_to_step(workspace: Workspace) -> None:
    snap = workspace.queries.snapshot()
    patent = snap.patents[0]
    step = next(s for s in snap.steps if s.id not in patent.step_ids)
    round_trip(
        workspace,
        lambda: workspace.commands.link_patent_step(patent.id, step.id),
        lambda: assert_patent_step(workspace, patent.id, step.id),
    )


def assert_patent_step(ws: Workspace, patent_id: str, step_id: str) -> None:
    assert step_id in ws.queries.get(Patent, patent_id).step_ids


def test_update_roadmap_title(workspace: Workspace) -> None:
    round_trip(
        workspace,
        lambda: workspace.commands.update_roadmap(title="Compute roadmap v2"),
        lambda: assert_title(workspace),
    )


def assert_title(ws: Workspace) -> None:
    assert ws.queries.info().title == "Compute roadmap v2"


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda c, s: c.move_step(s.id, date(2027, 5, 1), date(2027, 1, 1)), ValidationError),
        (
            lambda c, s: c.update(EntityKind.STEP, s.id, trl_start=12, trl_target=12),
            ValidationError,
        ),
        (lambda c, s: c.update(EntityKind.STEP, s.id, lane_id="no-such-lane"), NotFoundError),
        (lambda c, s: c.update(EntityKind.STEP, "no-such-step", name="x"), NotFoundError),
        (lambda c, s: c.update(EntityKind.STEP, s.id, colour="red"), ValidationError),
        (lambda c, s: c.update(EntityKind.STEP, s.id, id="other"), ValidationError),
        (lambda c, s: c.add(s), ValidationError),
        (lambda c, s: c.delete(EntityKind.ROADMAP, "x"), ValidationError),
        (lambda c, s: c.reorder(EntityKind.PERSON, "x", 0), ValidationError),
    ],
)
def test_bad_commands_are_refused_and_write_nothing(
    workspace: Workspace, call: Callable[..., object], error: type[Exception]
) -> None:
    before = workspace.path.read_bytes()
    with pytest.raises(error):
        call(workspace.commands, first_step(workspace))
    assert workspace.path.read_bytes() == before


def test_an_edit_that_changes_nothing_has_no_rows(workspace: Workspace) -> None:
    step = first_step(workspace)
    edit = workspace.commands.move_step(step.id, step.start, step.end)
    assert not edit.rows
    assert not edit.changes


def test_listeners_hear_every_applied_edit(workspace: Workspace) -> None:
    heard: list[Edit] = []
    workspace.commands.subscribe(heard.append)
    step = first_step(workspace)
    edit = workspace.commands.move_step(step.id, date(2026, 3, 1), date(2026, 4, 1))
    workspace.commands.revert(edit)
    assert [h.changes.updated for h in heard] == [{(EntityKind.STEP, step.id)}] * 2


# -- several things as one edit: one transaction, one Edit, one notification ------------------


def notifications(ws: Workspace) -> list[Edit]:
    seen: list[Edit] = []
    ws.commands.subscribe(seen.append)
    return seen


def test_move_steps_is_one_edit(workspace: Workspace) -> None:
    steps = [s for s in workspace.queries.all(Step) if not s.step_kind.is_point][:3]
    seen = notifications(workspace)
    moves = [
        (s.id, s.start.replace(year=s.start.year + 1), s.end.replace(year=s.end.year + 1))
        for s in steps
    ]

    def check() -> None:
        for step_id, start, end in moves:
            moved = workspace.queries.get(Step, step_id)
            assert (moved.start, moved.end) == (start, end)

    edit = round_trip(workspace, lambda: workspace.commands.move_steps(moves), check)
    assert edit.count == 3 and edit.title == "Move 3 steps"
    assert len(edit.rows) == 3
    assert len(seen) == 3  # the command, its undo, its redo: once each


def test_a_refused_move_among_several_stores_none_of_them(workspace: Workspace) -> None:
    first, second = [s for s in workspace.queries.all(Step) if not s.step_kind.is_point][:2]
    before = in_order(workspace.queries.snapshot())
    seen = notifications(workspace)
    moves = [
        (first.id, date(2026, 1, 1), date(2026, 6, 30)),
        (second.id, date(2026, 6, 30), date(2026, 1, 1)),  # ends before it starts
    ]
    with pytest.raises(ValidationError, match="before start"):
        workspace.commands.move_steps(moves)
    assert in_order(workspace.queries.snapshot()) == before
    assert seen == []


def test_delete_many_deletes_a_pathway_and_a_step_of_another_as_one_edit(
    workspace: Workspace,
) -> None:
    pathway = workspace.queries.all(Pathway)[0]
    own = [s.id for s in workspace.queries.all(Step) if s.pathway_id == pathway.id]
    other = next(s for s in workspace.queries.all(Step) if s.pathway_id != pathway.id)
    # A step of the deleted pathway listed after it is already gone: skipped, not refused.
    refs = [(EntityKind.PATHWAY, pathway.id), (EntityKind.STEP, other.id)]
    refs += [(EntityKind.STEP, own[0])] if own else []

    def check() -> None:
        left = {s.id for s in workspace.queries.all(Step)}
        assert other.id not in left and not left & set(own)
        assert pathway.id not in {p.id for p in workspace.queries.all(Pathway)}

    edit = round_trip(workspace, lambda: workspace.commands.delete_many(refs), check)
    assert edit.count == len(refs)


def test_set_weights_is_one_edit(workspace: Workspace) -> None:
    criteria = workspace.queries.all(Criterion)[:3]
    weights = {c.id: c.weight + 1.5 for c in criteria}

    def check() -> None:
        stored = {c.id: c.weight for c in workspace.queries.all(Criterion)}
        assert all(stored[cid] == weight for cid, weight in weights.items())

    edit = round_trip(workspace, lambda: workspace.commands.set_weights(weights), check)
    assert edit.count == 3 and len(edit.rows) == 3


def test_edits_of_links_and_scores_are_named_by_what_they_tie(workspace: Workspace) -> None:
    steps = workspace.queries.all(Step)
    a, b = steps[0], steps[-1]
    edit = workspace.commands.add_dependency(a.id, b.id)
    assert edit.name == f"{a.name} → {b.name}"
    dep = next(d for d in workspace.queries.all(Dependency) if d.from_step_id == a.id)
    assert workspace.commands.update(EntityKind.DEPENDENCY, dep.id, lag_days=3).name == edit.name
    assert workspace.commands.delete(EntityKind.DEPENDENCY, dep.id).name == edit.name
    score = workspace.queries.all(Score)[0]
    pathway = workspace.queries.get(Pathway, score.pathway_id)
    criterion = workspace.queries.get(Criterion, score.criterion_id)
    renamed = workspace.commands.set_score(score.pathway_id, score.criterion_id, 2, "why")
    assert renamed.name == f"{pathway.name} · {criterion.name}"
