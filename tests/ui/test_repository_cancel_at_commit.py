"""Publish and Pull decide Cancel or commit once, at their point of no return (the server's
commit of a publish, the file's first write of a pull), through the task's `CancelGate`, as
imports and merges do: a click on Cancel that lands after that decision — while the dialog
still shows the button — is not accepted for work that commits all the same. The dialog
stays, says it can no longer be cancelled, and the publish or pull is recorded.

The worker is held after the gate decided and before the dialog heard of it (the fixture of
tests/ui/test_cancel_at_commit.py); a real PostgreSQL server answers.
"""

# The fixtures are imported, so test parameters of their names shadow them.
# ruff: noqa: F811
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from roadmap.domain.entities import EntityKind
from roadmap.services.publishing import clone, publish
from roadmap.services.repository import list_repository
from roadmap.services.workspace import Workspace
from tests.postgres import empty_database, repository, server_admin  # noqa: F401
from tests.ui.test_cancel_at_commit import Hold, before_dialog_hears, cancel_button  # noqa: F401
from tests.ui.test_repository_sync_ui import _link, _published, _steps
from tests.ui.test_repository_ui import action, finish


def _click_cancel_after_the_decision(window: Any, qtbot: Any, hold: Hold) -> Any:
    assert hold.reached.wait(30)
    task = window.repo.task
    qtbot.waitUntil(task.dialog.isVisible, timeout=5000)
    button = cancel_button(task)
    assert button is not None  # the dialog has not heard of the commit yet
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not task.job.cancelled
    assert task.dialog.isVisible()  # it stays, saying it can no longer be cancelled
    assert cancel_button(task) is None
    return task


def test_a_cancel_after_a_publish_decided_to_commit_is_not_claimed(
    opened: Any, repository: str, qtbot: Any, monkeypatch: Any, request: Any
) -> None:
    window = opened
    _published(window, repository, qtbot, monkeypatch)
    step = next(iter(_steps(window).values()))
    window.session.perform(lambda c: c.update(EntityKind.STEP, step.id, name="Sent"))
    undo = window.session.undo_stack.count()
    hold: Hold = request.getfixturevalue("before_dialog_hears")  # held from here on
    action(window, "&Publish").trigger()
    task = _click_cancel_after_the_decision(window, qtbot, hold)
    assert "Committed" in task.dialog.labelText()
    hold.opened.set()
    finish(window, qtbot)
    assert window.messages == []
    status = window.statusBar().currentMessage()
    assert "nothing was changed" not in status and status.startswith("Version 2")
    assert list_repository(repository)[0].version == 2
    assert _link(window.session.path) == (2, None)
    assert window.repo.sync_label.text().startswith("Synced with")
    assert window.session.undo_stack.count() == undo  # a publish sends; the file keeps its edit


def test_a_cancel_after_a_pull_decided_to_write_is_not_claimed(
    opened: Any,
    repository: str,
    qtbot: Any,
    monkeypatch: Any,
    tmp_path: Path,
    request: Any,
) -> None:
    window = opened
    _published(window, repository, qtbot, monkeypatch)
    step = next(iter(_steps(window).values()))
    other = tmp_path / "other.roadmap"
    clone(repository, window.session.workspace.queries.info().id, other)
    with Workspace.open(other) as ws:
        ws.commands.update(EntityKind.STEP, step.id, name="Renamed elsewhere")
    publish(other)
    undo = window.session.undo_stack.count()
    hold: Hold = request.getfixturevalue("before_dialog_hears")  # held from here on
    action(window, "P&ull").trigger()
    _click_cancel_after_the_decision(window, qtbot, hold)
    hold.opened.set()
    finish(window, qtbot)
    assert window.messages == []
    assert "nothing was changed" not in window.statusBar().currentMessage()
    assert _steps(window)[step.id].name == "Renamed elsewhere"
    with Workspace.open(window.session.path, readonly=True) as ws:  # as stored
        assert {s.id: s.name for s in ws.queries.snapshot().steps}[step.id] == "Renamed elsewhere"
    assert _link(window.session.path) == (2, None)
    assert window.session.undo_stack.count() == undo + 1  # the pull is one entry
