"""Baselines in a real file: taken, listed, immutable under plan edits, renamed and deleted
undoably, compared with the plan as it moves on."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roadmap.domain.entities import EntityKind, Step, new_id
from roadmap.domain.errors import NotFoundError, RoadmapError, ValidationError
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.io.exchange import import_file
from roadmap.services import baselines
from roadmap.services.history import History
from roadmap.services.workspace import Workspace
from tests.unit.test_history_property import OPERATIONS, perform


def stored_baselines(path: Path) -> list[tuple[str, ...]]:
    """The baselines table as SQLite holds it, byte for byte."""
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT * FROM baselines ORDER BY id").fetchall()


def test_take_list_and_read_back(workspace: Workspace) -> None:
    baselines.take_baseline(workspace, "  Kick-off ", "agreed with the sponsor", user="mei")
    (label,) = baselines.list_baselines(workspace)
    assert (label.name, label.note, label.taken_by) == (
        "Kick-off",
        "agreed with the sponsor",
        "mei",
    )
    assert label.taken_at.tzinfo is not None
    baseline = baselines.get_baseline(workspace, "Kick-off")
    snap = workspace.queries.snapshot()
    assert [s.id for s in baseline.plan.steps] == [s.id for s in snap.steps]
    first = snap.steps[0]
    kept = baseline.plan.steps[0]
    assert (kept.start, kept.end, kept.status, kept.progress) == (
        first.start,
        first.end,
        first.status,
        first.progress,
    )
    assert (kept.trl_start, kept.trl_target) == (first.trl_start, first.trl_target)
    assert {p.id: p.launch_date for p in baseline.plan.products} == {
        p.id: p.launch_date for p in snap.products
    }
    assert {p.id: p.status for p in baseline.plan.pathways} == {
        p.id: p.status for p in snap.pathways
    }
    assert any(p.score is not None and p.rank == 1 for p in baseline.plan.pathways)


def test_at_least_eleven_baselines_and_names_are_unique(workspace: Workspace) -> None:
    for i in range(12):
        baselines.take_baseline(workspace, f"Baseline {i}")
    assert len(baselines.list_baselines(workspace)) == 12
    with pytest.raises(ValidationError, match="already exists"):
        baselines.take_baseline(workspace, "Baseline 3")
    with pytest.raises(ValidationError):
        baselines.take_baseline(workspace, "   ")
    with pytest.raises(NotFoundError):
        baselines.delete_baseline(workspace, "Baseline 99")
    assert len(baselines.list_baselines(workspace)) == 12


def test_rename_and_delete_are_undoable(workspace: Workspace, sample_file: Path) -> None:
    history = History(workspace.commands)
    history.record(baselines.take_baseline(workspace, "Q1"))
    before = stored_baselines(sample_file)
    history.record(baselines.rename_baseline(workspace, "Q1", "Q1 2027", note="renamed"))
    assert [b.name for b in baselines.list_baselines(workspace)] == ["Q1 2027"]
    history.record(baselines.delete_baseline(workspace, "Q1 2027"))
    assert stored_baselines(sample_file) == []
    history.undo()
    assert [b.note for b in baselines.list_baselines(workspace)] == ["renamed"]
    history.undo()
    assert stored_baselines(sample_file) == before
    history.redo()
    history.redo()
    assert stored_baselines(sample_file) == []


def test_the_plan_moves_on_and_the_comparison_shows_it(workspace: Workspace) -> None:
    baselines.take_baseline(workspace, "Before")
    snap = workspace.queries.snapshot()
    bar = next(s for s in snap.steps if not s.step_kind.is_point)
    workspace.commands.move_step(
        bar.id, bar.start + timedelta(days=14), bar.end + timedelta(days=14)
    )
    workspace.commands.delete(EntityKind.STEP, snap.steps[-1].id)
    added = Step(new_id(), bar.pathway_id, bar.lane_id, "Extra", bar.start, bar.end)
    workspace.commands.add(added)
    comparison = baselines.compare_with_baseline(workspace, "Before")
    rows = {v.step.id: v for v in comparison.steps}
    assert (rows[bar.id].start_days, rows[bar.id].finish_days) == (14, 14)
    assert rows[snap.steps[-1].id].change == "removed"
    assert rows[added.id].change == "added"
    assert len(comparison.steps) == len(snap.steps) + 1


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory, sample_snapshot: RoadmapSnapshot) -> Path:
    path = tmp_path_factory.mktemp("template") / "t.roadmap"
    with Workspace.create(path, sample_snapshot) as ws:
        baselines.take_baseline(ws, "Kick-off", "before anything moved")
        baselines.take_baseline(ws, "Review")
    return path


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data(), ops=st.lists(st.sampled_from(OPERATIONS), min_size=1, max_size=10))
def test_no_plan_edit_undo_or_redo_changes_a_baseline(
    template: Path, tmp_path: Path, data: st.DataObject, ops: list[str]
) -> None:
    path = tmp_path / f"{new_id()}.roadmap"
    path.write_bytes(template.read_bytes())
    kept = stored_baselines(path)
    assert len(kept) == 2
    with Workspace.open(path) as ws:
        history = History(ws.commands)
        for op in ops:
            try:
                edit = perform(ws, op, data)
                if edit is not None:
                    history.record(edit)
            except RoadmapError:
                pass
        while history.can_undo:
            history.undo()
        while history.can_redo:
            history.redo()
    assert stored_baselines(path) == kept


def test_import_replace_and_update_leave_baselines_alone(template: Path, tmp_path: Path) -> None:
    from roadmap.io.json_format import write_json

    path = tmp_path / "plan.roadmap"
    path.write_bytes(template.read_bytes())
    kept = stored_baselines(path)
    with Workspace.open(path) as ws:
        snap = ws.queries.snapshot()
    changed = RoadmapSnapshot(info=snap.info, lanes=snap.lanes, criteria=snap.criteria)
    source = tmp_path / "small.json"
    write_json(changed, source)
    import_file(source, path, replace=True)
    with Workspace.open(path) as ws:
        assert ws.queries.counts()["steps"] == 0
    assert stored_baselines(path) == kept
