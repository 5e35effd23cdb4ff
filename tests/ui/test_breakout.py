"""File › Copies for breakout groups… and File › Merge copies…, driven like a facilitator."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QRadioButton

from roadmap.domain.entities import EntityKind, Step
from roadmap.services.copies import make_copies
from roadmap.services.workspace import Workspace
from roadmap.store.backups import list_backups

STEP = EntityKind.STEP


def stored_steps(path: Path) -> dict[str, Step]:
    with Workspace.open(path, readonly=True) as ws:
        return {s.id: s for s in ws.queries.snapshot().steps}


def test_copies_for_groups_are_written_by_typing_their_names(
    opened: Any, qtbot: Any, tmp_path: Path
) -> None:
    opened.copies_action.trigger()
    dialog = opened.breakout.dialog
    assert dialog.isVisible()
    qtbot.keyClick(dialog.groups, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.groups, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.groups, "Team Red")
    qtbot.keyClick(dialog.groups, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.groups, "Team Blue")
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    red, blue = tmp_path / "sample - Team Red.roadmap", tmp_path / "sample - Team Blue.roadmap"
    for path, label in ((red, "Team Red"), (blue, "Team Blue")):
        with Workspace.open(path, readonly=True) as ws:
            (row,) = ws.queries.lineage()
            assert (row.role, row.label) == ("base", label)
            assert ws.queries.info().id == opened.session.workspace.queries.info().id
    assert "2" in opened.statusBar().currentMessage()


def test_copies_dialog_refuses_a_group_name_twice_and_writes_nothing(
    opened: Any, qtbot: Any, tmp_path: Path
) -> None:
    opened.copies_action.trigger()
    dialog = opened.breakout.dialog
    qtbot.keyClick(dialog.groups, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.groups, "Same")
    qtbot.keyClick(dialog.groups, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.groups, "Same")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible() and dialog.problem.text()
    assert sorted(p.name for p in tmp_path.glob("*.roadmap")) == ["sample.roadmap"]


@pytest.fixture
def two_groups(opened: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Two copies: both change one step's name differently (a conflict); A moves another
    step, B adds one. The file dialog answers with both copies."""
    source = opened.session.path
    a, b = make_copies(source, tmp_path, ["A", "B"])
    steps = list(stored_steps(source).values())
    conflicted, moved = steps[0], steps[1]
    with Workspace.open(a) as ws:
        ws.commands.update(STEP, conflicted.id, name="A's name")
        ws.commands.move_step(
            moved.id, moved.start + timedelta(days=31), moved.end + timedelta(days=31)
        )
    with Workspace.open(b) as ws:
        ws.commands.update(STEP, conflicted.id, name="B's name")
        ws.commands.add(
            Step("b-new", moved.pathway_id, moved.lane_id, "B's step", moved.start, moved.end)
        )
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a_, **k: ([str(a), str(b)], ""))
    return {"conflicted": conflicted, "moved": moved}


def planned(qtbot: Any, dialog: Any) -> Any:
    """Wait until the dialog shows the plan with every choice made so far (it plans in a
    worker thread)."""
    qtbot.waitUntil(lambda: not dialog.planning, timeout=20000)
    return dialog


def written(qtbot: Any, dialog: Any) -> None:
    """Wait until the merge is written (in a worker thread) and the dialog has closed."""
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)


def opened_dialog(window: Any, qtbot: Any) -> Any:
    window.merge_action.trigger()
    dialog = window.breakout.dialog
    assert dialog.isVisible()
    return planned(qtbot, dialog)


def radio(dialog: Any, row: int, side: str) -> QRadioButton:
    found = dialog.conflicts.cellWidget(row, 1).findChild(QRadioButton, side)
    assert found is not None
    return found


def test_merge_dialog_lists_changes_and_conflicts_and_applies_one_undoable_edit(
    opened: Any, qtbot: Any, two_groups: Any
) -> None:
    path = opened.session.path
    before = stored_steps(path)
    undo_count = opened.session.undo_stack.count()
    dialog = opened_dialog(opened, qtbot)
    # Changes per group: A changed one step, B added one; the name conflict shows in B's row
    # (A's name landed first, B's differs).
    assert [dialog.groups.item(r, 0).text() for r in range(2)] == ["A", "B"]
    assert dialog.groups.item(1, 1).text() == "1"  # B added one step
    assert dialog.conflicts.rowCount() == 1
    cells = [dialog.conflicts.item(0, c).text() for c in range(7)]
    assert cells[3:] == ["Name", two_groups["conflicted"].name, "A's name", "B's name"]
    assert not dialog.merge_button.isEnabled()

    qtbot.mouseClick(radio(dialog, 0, "theirs"), Qt.MouseButton.LeftButton)
    assert not dialog.merge_button.isEnabled()  # until the plan with that choice is there
    planned(qtbot, dialog)
    assert dialog.merge_button.isEnabled()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    written(qtbot, dialog)

    after = stored_steps(path)
    conflicted, moved = two_groups["conflicted"], two_groups["moved"]
    assert after[conflicted.id].name == "B's name"
    assert after[moved.id].start == moved.start + timedelta(days=31)
    assert "b-new" in after
    assert opened.session.undo_stack.count() == undo_count + 1
    assert opened.statusBar().currentMessage().startswith("Merged 2 copies:")

    # The file as it was before the merge was backed up first (File › Restore a backup…).
    backups = [b for b in list_backups(path) if b.reason == "before-merge"]
    assert len(backups) == 1 and stored_steps(backups[0].path) == before

    opened.undo_action.trigger()
    assert stored_steps(path) == before
    opened.redo_action.trigger()
    assert stored_steps(path)[conflicted.id].name == "B's name"


def test_all_mine_settles_every_conflict_and_keeps_this_roadmaps_values(
    opened: Any, qtbot: Any, two_groups: Any
) -> None:
    dialog = opened_dialog(opened, qtbot)
    qtbot.mouseClick(dialog.all_mine, Qt.MouseButton.LeftButton)
    planned(qtbot, dialog)
    assert radio(dialog, 0, "mine").isChecked()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    written(qtbot, dialog)
    after = stored_steps(opened.session.path)
    # A's name came in first without a conflict; keeping "mine" for B keeps it.
    assert after[two_groups["conflicted"].id].name == "A's name"


def test_the_preview_shows_the_result_with_the_other_side_as_ghosts(
    opened: Any, qtbot: Any, two_groups: Any
) -> None:
    dialog = opened_dialog(opened, qtbot)
    moved = two_groups["moved"]
    bar, ghost = dialog.preview.bars[moved.id]
    assert bar is not None and ghost is not None
    # The merged bar starts 31 days after the ghost of the roadmap as it is now.
    assert bar.rect().left() > ghost.rect().left()
    assert ghost.brush().color().alpha() < 255 and bar.brush().color().alpha() == 255
    new_bar, new_ghost = dialog.preview.bars["b-new"]
    assert new_bar is not None and new_ghost is None
    # A conflict kept as mine shows theirs as the ghost; choosing theirs swaps them.
    conflicted = two_groups["conflicted"].id
    qtbot.mouseClick(radio(dialog, 0, "theirs"), Qt.MouseButton.LeftButton)
    planned(qtbot, dialog)
    assert dialog.preview.bars[conflicted][0].toolTip().startswith("B's name")
    assert dialog.preview.bars[conflicted][1].toolTip().startswith("A's name")


def test_a_copy_of_another_roadmap_is_refused_with_a_message(
    opened: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from roadmap.cli import main

    other, stranger = tmp_path / "other.roadmap", tmp_path / "stranger.roadmap"
    assert main(["new", str(other), "--title", "Another plan"]) == 0
    assert main(["copy", str(other), str(stranger)]) == 0
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(stranger)], ""))
    before = stored_steps(opened.session.path)
    undo_count = opened.session.undo_stack.count()
    opened.merge_action.trigger()
    qtbot.waitUntil(lambda: bool(opened.messages), timeout=20000)
    assert "stranger.roadmap" in opened.messages[-1]
    assert not opened.breakout.dialog.isVisible()
    assert stored_steps(opened.session.path) == before
    assert opened.session.undo_stack.count() == undo_count
