"""Random sequences of commands, undone to the last one, leave the document as it began."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roadmap.domain.entities import EntityKind, Step, new_id
from roadmap.domain.enums import StepStatus
from roadmap.domain.errors import RoadmapError
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.services.changes import Edit
from roadmap.services.history import History
from roadmap.services.workspace import Workspace
from tests.support import in_order

OPERATIONS = (
    "move",
    "status",
    "add_step",
    "delete_step",
    "delete_pathway",
    "dependency",
    "reorder",
    "score",
    "link",
    "delete_org",
)


def perform(ws: Workspace, op: str, data: st.DataObject) -> Edit | None:
    snap = ws.queries.snapshot()
    c = ws.commands
    pick = lambda items: data.draw(st.sampled_from(items)) if items else None  # noqa: E731
    if op == "move" and (step := pick(snap.steps)):
        shift = timedelta(days=data.draw(st.integers(-200, 200)))
        end = step.start + shift if step.step_kind.is_point else step.end + shift
        return c.move_step(step.id, step.start + shift, end)
    elif op == "status" and (step := pick(snap.steps)):
        return c.update(
            EntityKind.STEP,
            step.id,
            status=pick(list(StepStatus)),
            progress=data.draw(st.integers(0, 100)),
        )
    elif op == "add_step" and (pathway := pick(snap.pathways)):
        start = date(2026, 1, 1) + timedelta(days=data.draw(st.integers(0, 900)))
        return c.add(
            Step(
                new_id(),
                pathway.id,
                snap.lanes[0].id,
                "New step",
                start,
                start + timedelta(days=30),
            )
        )
    elif op == "delete_step" and (step := pick(snap.steps)):
        return c.delete(EntityKind.STEP, step.id)
    elif op == "delete_pathway" and (pathway := pick(snap.pathways)):
        return c.delete(EntityKind.PATHWAY, pathway.id)
    elif op == "dependency" and len(snap.steps) > 1:
        a, b = pick(snap.steps), pick(snap.steps)
        return c.add_dependency(a.id, b.id)
    elif op == "reorder" and (lane := pick(snap.lanes)):
        return c.reorder(EntityKind.LANE, lane.id, data.draw(st.integers(0, 3)))
    elif op == "score" and (pathway := pick(snap.pathways)):
        return c.set_score(pathway.id, pick(snap.criteria).id, data.draw(st.integers(1, 5)))
    elif op == "link" and (product := pick(snap.products)) and (pathway := pick(snap.pathways)):
        return c.link_pathway_product(
            pathway.id, product.id, linked=pathway.id not in product.pathway_ids
        )
    elif op == "delete_org" and (org := pick(snap.organizations)):
        return c.delete(EntityKind.ORGANIZATION, org.id)
    return None


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory, sample_snapshot: RoadmapSnapshot) -> Path:
    path = tmp_path_factory.mktemp("template") / "t.roadmap"
    Workspace.create(path, sample_snapshot).close()
    return path


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data(), ops=st.lists(st.sampled_from(OPERATIONS), min_size=1, max_size=12))
def test_undo_everything_returns_to_the_start(
    template: Path, tmp_path: Path, data: st.DataObject, ops: list[str]
) -> None:
    path = tmp_path / f"{new_id()}.roadmap"
    path.write_bytes(template.read_bytes())
    with Workspace.open(path) as ws:
        start = in_order(ws.queries.snapshot())
        history = History(ws.commands)
        states = [start]
        for op in ops:
            try:
                edit = perform(ws, op, data)
                if edit is not None:
                    history.record(edit)
            except RoadmapError:
                pass  # refused edits (cycles, lanes in use, …) must leave no trace
            states.append(in_order(ws.queries.snapshot()))
        while history.can_undo:
            history.undo()
        assert in_order(ws.queries.snapshot()) == start
        while history.can_redo:
            history.redo()
        assert in_order(ws.queries.snapshot()) == states[-1]
