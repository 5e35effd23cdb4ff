"""Adopting a scenario (services.scenarios): what lands, what stays, one undoable edit."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import timedelta
from pathlib import Path

from roadmap.domain.entities import EntityKind, Step
from roadmap.services.copies import make_copy
from roadmap.services.scenarios import AdoptBy, apply_adoption, plan_adoption
from roadmap.services.workspace import Workspace
from roadmap.store.backups import list_backups
from tests.merge.edits import by_id

STEP = EntityKind.STEP


def content(path: Path) -> dict[tuple[str, str], object]:
    """The records by kind and ID, without the roadmap record (its identity and title)."""
    with Workspace.open(path, readonly=True) as ws:
        found = by_id(ws.queries.snapshot())
    return {key: value for key, value in found.items() if key[0] != EntityKind.ROADMAP.value}


def edit_scenario(path: Path) -> tuple[Step, Step, Step]:
    """Move one bar 60 days later, delete a step, rename a third."""
    with Workspace.open(path) as ws:
        steps = ws.queries.snapshot().steps
        bar = next(s for s in steps if not s.step_kind.is_point)
        gone, renamed = steps[-1], steps[2]
        later = timedelta(days=60)
        ws.commands.move_step(bar.id, bar.start + later, bar.end + later)
        ws.commands.delete(STEP, gone.id)
        ws.commands.update(STEP, renamed.id, name="the scenario's name")
    return bar, gone, renamed


def test_a_breakout_copy_is_adopted_by_merge_and_this_roadmaps_own_changes_stay(
    sample_file: Path, tmp_path: Path
) -> None:
    scenario = tmp_path / "scenario.roadmap"
    make_copy(sample_file, scenario, "Fast track")
    bar, gone, renamed = edit_scenario(scenario)
    with Workspace.open(sample_file) as ws:
        kept = ws.queries.snapshot().steps[5]
        ws.commands.update(STEP, kept.id, notes="written here after the copy")
        ws.commands.update(STEP, renamed.id, name="this roadmap's name")
        before = by_id(ws.queries.snapshot())
        adoption = plan_adoption(ws, scenario)
        assert adoption.by is AdoptBy.MERGE and adoption.kept_here == 1
        edit = apply_adoption(ws, adoption)
        after = {s.id: s for s in ws.queries.snapshot().steps}
        assert after[bar.id].start == bar.start + timedelta(days=60)
        assert gone.id not in after
        assert after[renamed.id].name == "the scenario's name"  # both changed: the scenario's
        assert after[kept.id].notes == "written here after the copy"  # only here: kept
        assert {r.role for r in ws.queries.lineage()} == {"merged"}
        ws.commands.revert(edit)
        assert by_id(ws.queries.snapshot()) == before
    assert [b.reason for b in list_backups(sample_file)][:1] == ["before-adopt"]


def test_unchanged_here_the_roadmap_ends_up_equal_to_the_copy(
    sample_file: Path, tmp_path: Path
) -> None:
    scenario = tmp_path / "scenario.roadmap"
    make_copy(sample_file, scenario, "Fast track")
    edit_scenario(scenario)
    with Workspace.open(sample_file) as ws:
        apply_adoption(ws, plan_adoption(ws, scenario))
    assert content(sample_file) == content(scenario)


def test_the_copy_adopts_the_original_it_came_from_against_its_own_base(
    sample_file: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.roadmap"
    make_copy(sample_file, copy, "Group")
    bar, _, _ = edit_scenario(sample_file)  # the original moves on
    with Workspace.open(copy) as ws:
        mine_only = ws.queries.snapshot().steps[4]
        ws.commands.update(STEP, mine_only.id, progress=77)
        adoption = plan_adoption(ws, sample_file)
        assert adoption.by is AdoptBy.MERGE
        apply_adoption(ws, adoption)
        after = {s.id: s for s in ws.queries.snapshot().steps}
    assert after[bar.id].start == bar.start + timedelta(days=60)
    assert after[mine_only.id].progress == 77


def test_files_without_a_shared_base_adopt_the_scenarios_records_by_id(
    sample_file: Path, tmp_path: Path
) -> None:
    scenario = tmp_path / "scenario.roadmap"
    shutil.copy(sample_file, scenario)  # a plain file copy: no lineage
    edit_scenario(scenario)
    with Workspace.open(sample_file) as ws:
        info = ws.queries.info()
        added_here = dataclasses.replace(ws.queries.snapshot().steps[0], id="only-here")
        ws.commands.add(added_here)
        adoption = plan_adoption(ws, scenario)
        assert adoption.by is AdoptBy.REPLACE
        # "only-here" and the step the scenario deleted (with its links)
        assert adoption.counts()["deleted"]["step"] == 2
        apply_adoption(ws, adoption)
        assert (ws.queries.info().id, ws.queries.info().title) == (info.id, info.title)
    assert content(sample_file) == content(scenario)


def test_a_different_roadmap_is_adopted_by_id_keeping_this_roadmaps_identity(
    sample_file: Path, tmp_path: Path
) -> None:
    scenario = tmp_path / "other.roadmap"
    with Workspace.open(sample_file, readonly=True) as ws:
        snapshot = ws.queries.snapshot()
    other_info = dataclasses.replace(snapshot.info, id="another-roadmap", title="Another plan")
    Workspace.create(scenario, dataclasses.replace(snapshot, info=other_info)).close()
    edit_scenario(scenario)
    with Workspace.open(sample_file) as ws:
        apply_adoption(ws, plan_adoption(ws, scenario))
        assert ws.queries.info().id == snapshot.info.id
        assert ws.queries.info().title == snapshot.info.title
    assert content(sample_file) == content(scenario)
