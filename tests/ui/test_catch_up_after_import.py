"""After a big import (Ctrl+I) the views catch up without holding the window: the navigator's
tree and the timeline's rows and places are worked out by the worker that wrote the import,
and the UI thread only swaps them in (issue 19)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog

from bench.generate import Size, build
from roadmap.domain.entities import EntityKind, TimeUnit
from roadmap.io.json_format import write_json
from roadmap.services.workspace import Workspace
from roadmap.ui import navigator_model
from roadmap.ui.timeline import drawing, placing
from roadmap.ui.timeline.label_room import LABEL_ROOM_LIMIT
from tests.support import stored

# Big enough that the timeline keeps no room for names beside its bars (as on L).
BIG = Size(8, 60, LABEL_ROOM_LIMIT + 200, 2000, 20, 30, 20, 10, TimeUnit.MONTH)
INCOMING = Size(3, 12, 150, 100, 5, 10, 5, 10, TimeUnit.QUARTER)


def recording(calls: list[str], function: Callable[..., Any]) -> Callable[..., Any]:
    """`function`, noting the thread each call runs in."""

    def called(*args: Any, **kwargs: Any) -> Any:
        calls.append(threading.current_thread().name)
        return function(*args, **kwargs)

    return called


@pytest.fixture
def big(window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The window with a big roadmap open; File › Import… answers with a JSON file of
    another roadmap (new problems, pathways and steps)."""
    path = tmp_path / "big.roadmap"
    Workspace.create(path, build(BIG, seed=5)).close()
    source = tmp_path / "incoming.json"
    write_json(build(INCOMING, seed=6), source)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    assert window.docs.open_path(path)
    return window


def test_the_views_catch_up_with_an_import_from_what_the_worker_prepared(
    big: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    trees: list[str] = []
    places: list[str] = []
    monkeypatch.setattr(navigator_model, "build_tree", recording(trees, navigator_model.build_tree))
    monkeypatch.setattr(placing, "place_all", recording(places, placing.place_all))
    monkeypatch.setattr(drawing, "place_all", recording(places, drawing.place_all))
    # Laying the rows out is the worker's too (`place_all` there): never again here.
    monkeypatch.setattr(drawing, "lay_out", recording(places, drawing.lay_out))
    ticks: list[int] = []
    timer = QTimer(big)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    depth = big.session.undo_stack.count()

    qtbot.keyClick(big, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: big.session.undo_stack.count() > depth and not big.work.tasks, timeout=60000
    )
    timer.stop()

    # The tree and the rows were built once each, in the worker, not on the UI thread.
    main = threading.main_thread().name
    assert trees and places
    assert main not in trees and main not in places, (trees, places)
    assert len(ticks) > 10  # the window's timer ran meanwhile
    # What the views show is what was stored.
    incoming = build(INCOMING, seed=6)
    after = stored(big.session.path)
    assert {p.id for p in incoming.pathways} <= {p.id for p in after.pathways}
    nodes = big.navigator.model.nodes
    assert all((EntityKind.PATHWAY, p.id) in nodes for p in incoming.pathways)
    assert all((EntityKind.STEP, s.id) in nodes for s in incoming.steps)
    assert all(s.id in big.canvas.drawing.places for s in incoming.steps)
    first = incoming.steps[0]
    assert big.canvas.items[first.id].step == after.index[EntityKind.STEP][first.id]
    # One entry of the undo history. Undoing it is written in a worker too, and the views
    # follow from what that worker prepared (on the UI thread it held L's window 0.4-0.5 s);
    # Undo and Redo wait for it meanwhile, and other edits are refused with a word.
    trees.clear()
    places.clear()
    qtbot.keyClick(big, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert big.work.tasks and not big.undo_action.isEnabled() and not big.redo_action.isEnabled()
    step = next(iter(big.session.steps.values()))
    assert big.session.perform(lambda c: c.update(EntityKind.STEP, step.id, name="x")) is None
    qtbot.waitUntil(lambda: not big.work.tasks, timeout=60000)
    assert main not in trees and main not in places and trees and places, (trees, places)
    assert (EntityKind.STEP, first.id) not in big.navigator.model.nodes
    assert first.id not in big.canvas.drawing.places
    assert first.id not in stored(big.session.path).index[EntityKind.STEP]
    assert big.redo_action.isEnabled() and big.session.undo_stack.index() == depth
    # Redo likewise brings it all back.
    qtbot.keyClick(
        big, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: not big.work.tasks, timeout=60000)
    assert first.id in big.canvas.drawing.places
    assert (EntityKind.STEP, first.id) in big.navigator.model.nodes
    assert first.id in stored(big.session.path).index[EntityKind.STEP]


def test_our_workbook_through_ctrl_i_is_looked_into_and_imported_in_workers(
    opened: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    from roadmap.io.exchange import export_file

    snapshot = opened.session.queries.snapshot()
    first = snapshot.steps[0]
    renamed = dataclasses.replace(first, name="Renamed in the workbook")
    edited = dataclasses.replace(snapshot, steps=(renamed, *snapshot.steps[1:]))
    with Workspace.create(tmp_path / "edited.roadmap", edited) as workspace:
        export_file(workspace, tmp_path / "edited.xlsx")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "edited.xlsx"), "")
    )
    looked: list[str] = []
    from roadmap.io import sheet_import

    monkeypatch.setattr(
        sheet_import,
        "is_roadmap_workbook",
        recording(looked, sheet_import.is_roadmap_workbook),
    )
    depth = opened.session.undo_stack.count()

    qtbot.keyClick(opened, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: opened.session.undo_stack.count() > depth and not opened.work.tasks,
        timeout=30000,
    )
    assert looked and threading.main_thread().name not in looked
    assert stored(opened.session.path).index[EntityKind.STEP][first.id].name == renamed.name
    node = opened.navigator.model.nodes[(EntityKind.STEP, first.id)]
    assert node.name == renamed.name
    assert not opened.messages


def test_hidden_tabs_catch_up_with_an_import_when_they_are_shown(
    big: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QAction

    from roadmap.ui.pathway_map import PathwayMap
    from roadmap.ui.step_table import StepTableModel

    def trigger(text: str) -> None:
        next(a for a in big.findChildren(QAction) if a.text() == text).trigger()
        qtbot.wait(1)

    trigger("&Steps table")  # both tabs built, then hidden behind the timeline
    trigger("Pathway &map")
    trigger("&Timeline")
    worked: list[str] = []
    monkeypatch.setattr(StepTableModel, "reset_rows", recording(worked, StepTableModel.reset_rows))
    monkeypatch.setattr(PathwayMap, "rebuild", recording(worked, PathwayMap.rebuild))
    index = big.session.undo_stack.index()

    qtbot.keyClick(big, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: big.session.undo_stack.index() > index and not big.work.tasks, timeout=60000
    )
    assert worked == []  # neither hidden tab worked while the import was followed

    incoming = build(INCOMING, seed=6)
    trigger("&Steps table")
    assert set(s.id for s in incoming.steps) <= set(big.table.model.ids)
    trigger("Pathway &map")
    assert all((EntityKind.PATHWAY, p.id) in big.pathway_map.boxes for p in incoming.pathways)
    assert len(worked) == 2


def test_a_big_undo_the_file_no_longer_allows_is_refused_and_leaves_the_history(
    big: Any, qtbot: Any
) -> None:
    """The background undo of an import, over a row another program changed meanwhile: the
    file keeps both, the user reads why, and the entry leaves the history as a refused undo
    done on the window's thread does (tests/ui/test_undo_conflict.py)."""
    import sqlite3
    from contextlib import closing

    stack = big.session.undo_stack
    qtbot.keyClick(big, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stack.count() == 1 and not big.work.tasks, timeout=60000)
    first = build(INCOMING, seed=6).steps[0]
    with closing(sqlite3.connect(big.session.path)) as other, other:
        other.execute("UPDATE steps SET name = 'Changed elsewhere' WHERE id = ?", (first.id,))
    before = stored(big.session.path)

    qtbot.keyClick(big, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not big.work.tasks, timeout=60000)

    assert len(big.messages) == 1 and big.messages[0].startswith("Could not undo")
    after = stored(big.session.path)
    assert after.index[EntityKind.STEP][first.id].name == "Changed elsewhere"
    assert len(after.steps) == len(before.steps)  # nothing of the import was taken out
    assert stack.count() == 0 and stack.index() == 0  # the entry left the history
    assert big.undo_action.isEnabled() is False and big.session.history_busy is False
    assert big.session.steps[first.id].name == "Changed elsewhere"  # the views read the file
    step = next(iter(big.session.steps.values()))
    assert big.session.perform(lambda c: c.update(EntityKind.STEP, step.id, name="y"))
