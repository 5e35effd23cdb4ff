"""Publish and Pull in the app when others changed the same roadmap: conflicts are settled in
the merge dialog of breakout copies, and Cancel works until the server commit (rolled back,
both sides unchanged) and is no longer offered after it."""

# The PostgreSQL fixtures are imported, so test parameters of their names shadow them.
# ruff: noqa: F811
from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QProgressDialog,
    QPushButton,
    QRadioButton,
)

from roadmap.domain.entities import EntityKind
from roadmap.services import publishing
from roadmap.services.publishing import clone, publish
from roadmap.services.repository import Server, list_repository
from roadmap.services.workspace import Workspace
from tests.postgres import empty_database, repository, server_admin  # noqa: F401
from tests.ui.test_repository_ui import action, finish


def _published(window: Any, repository: str, qtbot: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (repository, True))
    action(window, "&Publish").trigger()
    finish(window, qtbot)
    assert window.messages == []


def _steps(window: Any) -> dict[str, Any]:
    return {s.id: s for s in window.session.workspace.queries.snapshot().steps}


def _link(path: Path) -> tuple[object, ...]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT base_version, pending_publish FROM repository_link").fetchone()


def test_a_conflicting_publish_is_settled_in_the_merge_dialog(
    opened: Any, repository: str, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    window = opened
    _published(window, repository, qtbot, monkeypatch)
    step, other_step = list(_steps(window).values())[:2]
    other = tmp_path / "other.roadmap"
    clone(repository, window.session.workspace.queries.info().id, other)
    with Workspace.open(other) as ws:
        ws.commands.update(EntityKind.STEP, step.id, name="Theirs")
        ws.commands.update(EntityKind.STEP, other_step.id, notes="their note")
    publish(other)
    window.session.perform(lambda c: c.update(EntityKind.STEP, step.id, name="Mine"))
    window.session.perform(lambda c: c.update(EntityKind.STEP, step.id, notes="my note"))

    action(window, "&Publish").trigger()
    finish(window, qtbot)
    dialog = window.repo.dialog
    assert dialog is not None and dialog.isVisible() and window.messages == []
    assert list_repository(repository)[0].version == 2  # nothing sent while it is open
    qtbot.waitUntil(lambda: not dialog.planning, timeout=20000)  # it plans in a thread
    assert dialog.conflicts.rowCount() == 1 and not dialog.merge_button.isEnabled()
    assert dialog.conflicts.item(0, 5).text() == "Mine"
    assert dialog.conflicts.item(0, 6).text() == "Theirs"
    theirs = dialog.conflicts.cellWidget(0, 1).findChild(QRadioButton, "theirs")
    QTest.mouseClick(theirs, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.planning, timeout=20000)
    assert dialog.merge_button.isEnabled()
    QTest.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    finish(window, qtbot)
    assert window.messages == [] and not dialog.isVisible()
    steps = _steps(window)
    assert (steps[step.id].name, steps[step.id].notes) == ("Theirs", "my note")
    assert steps[other_step.id].notes == "their note"
    entry = list_repository(repository)[0]
    assert entry.version == 3
    publishing.pull(other)  # what I published, as the other laptop pulls it
    with Workspace.open(other, readonly=True) as ws:
        theirs_now = {s.id: s for s in ws.queries.snapshot().steps}
    assert (theirs_now[step.id].name, theirs_now[step.id].notes) == ("Theirs", "my note")
    assert window.repo.sync_label.text().startswith("Synced with")


def _hold(monkeypatch: Any, owner: Any, target: str) -> tuple[threading.Event, threading.Event]:
    """Make the worker wait inside `owner.<target>` until the test lets it go."""
    reached, go = threading.Event(), threading.Event()
    real = getattr(owner, target)

    def held(*args: Any, **kwargs: Any) -> Any:
        reached.set()
        go.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, target, held)
    return reached, go


def _cancel_button(window: Any) -> QPushButton | None:
    shown = [b for b in window.repo.task.dialog.findChildren(QPushButton) if b.isVisible()]
    return shown[0] if shown else None


def test_cancel_before_the_commit_rolls_back_and_leaves_both_sides(
    opened: Any, repository: str, qtbot: Any, monkeypatch: Any
) -> None:
    window = opened
    _published(window, repository, qtbot, monkeypatch)
    path = window.session.path
    step = next(iter(_steps(window).values()))
    window.session.perform(lambda c: c.update(EntityKind.STEP, step.id, name="Not sent"))
    content = window.session.workspace.queries.snapshot()
    reached, go = _hold(monkeypatch, publishing.ServerSession, "apply")  # in the server transaction
    action(window, "&Publish").trigger()
    assert reached.wait(30)
    qtbot.waitUntil(lambda: window.repo.task.dialog.isVisible(), timeout=5000)
    # It says how far it got: 0 of the 1 row to send.
    qtbot.waitUntil(lambda: window.repo.task.dialog.maximum() == 1, timeout=5000)
    button = _cancel_button(window)
    assert button is not None
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    go.set()
    finish(window, qtbot)
    assert window.messages == []
    assert "nothing was changed here or in the repository" in window.statusBar().currentMessage()
    entry = list_repository(repository)[0]
    assert entry.version == 1
    assert window.session.workspace.queries.snapshot() == content
    assert _link(path) == (1, None)
    assert window.repo.sync_label.text().startswith("Not published since")
    # Publishing again sends it.
    action(window, "&Publish").trigger()
    finish(window, qtbot)
    assert list_repository(repository)[0].version == 2


def test_after_the_commit_cancel_is_no_longer_offered(
    opened: Any, repository: str, qtbot: Any, monkeypatch: Any
) -> None:
    window = opened
    _published(window, repository, qtbot, monkeypatch)
    step = next(iter(_steps(window).values()))
    window.session.perform(lambda c: c.update(EntityKind.STEP, step.id, name="Sent"))
    # The connection closes after the commit: hold the worker there.
    reached, go = _hold(monkeypatch, Server, "close")
    action(window, "&Publish").trigger()
    assert reached.wait(30)
    qtbot.waitUntil(lambda: window.repo.task.dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: _cancel_button(window) is None, timeout=5000)
    QTest.keyClick(window.repo.task.dialog, Qt.Key.Key_Escape)
    go.set()
    finish(window, qtbot)
    assert window.messages == []
    assert list_repository(repository)[0].version == 2
    assert _steps(window)[step.id].name == "Sent"
    assert _link(window.session.path) == (2, None)
    assert window.repo.sync_label.text().startswith("Synced with")


def test_not_published_since_survives_closing_and_reopening(
    opened: Any, repository: str, qtbot: Any, monkeypatch: Any
) -> None:
    window = opened
    _published(window, repository, qtbot, monkeypatch)
    path = window.session.path
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    def reopen() -> str:
        action(window, "&Close").trigger()
        assert window.session is None
        action(window, "&Open…").trigger()
        finish(window, qtbot)
        assert window.messages == [] and window.session is not None
        qtbot.waitUntil(lambda: window.repo.comparing is None, timeout=30000)
        return window.repo.sync_label.text()

    assert reopen().startswith("Synced with")
    step = next(iter(_steps(window).values()))
    window.session.perform(lambda c: c.update(EntityKind.STEP, step.id, name="Unpublished"))
    assert window.repo.sync_label.text().startswith("Not published since")
    assert reopen().startswith("Not published since")
    # Changed back to what was published: synced again, also after reopening.
    window.session.perform(lambda c: c.update(EntityKind.STEP, step.id, name=step.name))
    assert reopen().startswith("Synced with")
    action(window, "&Publish").trigger()
    finish(window, qtbot)
    assert reopen().startswith("Synced with")


def _edited_flag(path: Path) -> object:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT edited FROM repository_link").fetchone()[0]


def _rename_first_row(window: Any, name: str) -> None:
    """F2 on the first row's name in the Steps table, type, Return: as a person renames."""
    from PySide6.QtGui import QAction

    from roadmap.ui.step_table import COLUMNS
    from tests.ui.keyboard import press, type_text

    next(a for a in window.findChildren(QAction) if a.text() == "&Steps table").trigger()
    view = window.table.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, COLUMNS.index("name")))
    press(Qt.Key.Key_F2)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(name)
    press(Qt.Key.Key_Return)


def test_opening_a_linked_file_reads_its_sync_state_without_comparing(
    opened: Any, repository: str, qtbot: Any, monkeypatch: Any
) -> None:
    """The link records whether the roadmap was written since its sync: a synced file opens
    synced with no comparison at all; an edited one says so at once, and is compared with
    its base (it may have been edited back) in the background, with no dialog."""
    window = opened
    _published(window, repository, qtbot, monkeypatch)
    path = window.session.path
    assert _edited_flag(path) == 0
    compared: list[int] = []
    real_diff = publishing.plan_diff
    monkeypatch.setattr(publishing, "plan_diff", lambda *a: compared.append(1) or real_diff(*a))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    def reopen() -> None:
        action(window, "&Close").trigger()
        action(window, "&Open…").trigger()
        finish(window, qtbot)
        assert window.messages == [] and window.session is not None
        window.activateWindow()  # back from the progress dialog, as a click on it would be
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)

    reopen()
    assert window.repo.sync_label.text().startswith("Synced with")
    assert window.repo.comparing is None and compared == []

    _rename_first_row(window, "Renamed before closing")
    names = [s.name for s in window.session.workspace.queries.snapshot().steps]
    assert "Renamed before closing" in names
    assert _edited_flag(path) == 1  # stored with the edit, in the same write
    reopen()
    assert window.repo.sync_label.text().startswith("Not published since")
    shown = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    assert shown == []  # nothing modal in front of the window
    qtbot.waitUntil(lambda: window.repo.comparing is None, timeout=30000)
    assert compared and window.repo.sync_label.text().startswith("Not published since")
    assert _edited_flag(path) == 1

    action(window, "&Publish").trigger()
    finish(window, qtbot)
    assert _edited_flag(path) == 0
    compared.clear()
    reopen()
    assert window.repo.sync_label.text().startswith("Synced with") and compared == []


def test_a_pull_is_merged_in_the_background_and_cancel_before_it_leaves_the_file(
    opened: Any, repository: str, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    """Pull reads the server and merges into the file in the worker: the window's event loop
    keeps running throughout, Cancel before the file is written changes nothing, and the
    merge is one entry of the undo history."""
    import threading as threads

    from PySide6.QtCore import QTimer

    window = opened
    _published(window, repository, qtbot, monkeypatch)
    path = window.session.path
    step = next(iter(_steps(window).values()))
    other = tmp_path / "other.roadmap"
    clone(repository, window.session.workspace.queries.info().id, other)
    with Workspace.open(other) as ws:
        ws.commands.update(EntityKind.STEP, step.id, name="Renamed elsewhere")
    publish(other)
    before = window.session.workspace.queries.snapshot()
    undo_count = window.session.undo_stack.count()

    real_changes = publishing.changed_since
    reached, go = _hold(monkeypatch, publishing, "changed_since")  # reading the server
    action(window, "P&ull").trigger()
    assert reached.wait(30)
    qtbot.waitUntil(lambda: window.repo.task.dialog.isVisible(), timeout=5000)
    button = _cancel_button(window)
    assert button is not None
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    go.set()
    finish(window, qtbot)
    assert window.messages == []
    assert "nothing was changed" in window.statusBar().currentMessage()
    assert window.session.workspace.queries.snapshot() == before
    assert _link(path) == (1, None) and window.session.undo_stack.count() == undo_count
    monkeypatch.setattr(publishing, "changed_since", real_changes)

    # Pull again; hold it while it brings the file in line and watch the window run.
    merging_in: list[threads.Thread] = []
    real_diff = publishing.plan_diff
    reached, go = threads.Event(), threads.Event()

    def held_diff(*args: Any) -> Any:
        merging_in.append(threads.current_thread())
        reached.set()
        go.wait(30)
        return real_diff(*args)

    monkeypatch.setattr(publishing, "plan_diff", held_diff)
    ticks: list[int] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    action(window, "P&ull").trigger()
    assert reached.wait(30)
    qtbot.waitUntil(lambda: len(ticks) > 5, timeout=5000)  # the event loop runs meanwhile
    assert merging_in[0] is not threads.main_thread()
    # The file is being written: Cancel is no longer offered.
    qtbot.waitUntil(lambda: _cancel_button(window) is None, timeout=5000)
    go.set()
    finish(window, qtbot)
    timer.stop()
    assert window.messages == []
    assert _steps(window)[step.id].name == "Renamed elsewhere"
    assert _link(path) == (2, None)
    assert window.session.undo_stack.count() == undo_count + 1
    window.activateWindow()  # the progress dialog had the focus; back to the window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _steps(window)[step.id].name == step.name
    with Workspace.open(path, readonly=True) as ws:  # as stored
        assert {s.id: s.name for s in ws.queries.snapshot().steps}[step.id] == step.name
