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
from PySide6.QtWidgets import QFileDialog, QInputDialog, QPushButton, QRadioButton

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
