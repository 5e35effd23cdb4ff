"""The shared repository in the app, driven through its menu actions: publish, pull, open
from repository, the sync state in the status bar, and the Portfolio window."""

# The PostgreSQL fixtures are imported, so test parameters of their names shadow them.
# ruff: noqa: F811
from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from roadmap.domain.entities import EntityKind
from roadmap.services.publishing import clone, publish
from roadmap.services.repository import list_repository
from roadmap.services.workspace import Workspace
from tests.postgres import empty_database, repository, server_admin  # noqa: F401


def action(window: Any, text: str) -> QAction:
    for menu_action in window.menuBar().actions():
        for item in menu_action.menu().actions():
            if item.text() == text:
                return item
    raise AssertionError(f"no menu item {text!r}")


def finish(window: Any, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: not window.work.tasks, timeout=60000)


def test_publish_edit_publish_pull_and_undo(
    opened: Any, repository: str, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    window = opened
    assert "Not in a repository" in window.repo.sync_label.text()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (repository, True))
    action(window, "&Publish").trigger()
    finish(window, qtbot)
    assert window.messages == []
    (entry,) = list_repository(repository)
    assert entry.version == 1 and entry.id == window.session.workspace.queries.snapshot().info.id
    assert window.repo.sync_label.text().startswith("Synced with")

    step = window.session.workspace.queries.snapshot().steps[0]
    window.session.perform(lambda c: c.update(EntityKind.STEP, step.id, name="Edited in the app"))
    assert window.repo.sync_label.text().startswith("Not published since")
    # Back from the progress dialog, as a person's click on the window would be (offscreen,
    # a window-modal dialog that hid does not always hand the activation back).
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    QTest.keyClick(
        window,
        Qt.Key.Key_U,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    finish(window, qtbot)
    assert list_repository(repository)[0].version == 2
    assert window.repo.sync_label.text().startswith("Synced with")

    # Someone else changes another step and publishes; Pull brings it in as one undoable edit.
    other = tmp_path / "other.roadmap"
    clone(repository, entry.id, other)
    second = window.session.workspace.queries.snapshot().steps[1]
    with Workspace.open(other) as ws:
        ws.commands.update(EntityKind.STEP, second.id, name="Edited elsewhere")
    publish(other)
    undo_before = window.session.undo_stack.count()
    action(window, "P&ull").trigger()
    finish(window, qtbot)
    assert window.messages == []
    names = {s.id: s.name for s in window.session.workspace.queries.snapshot().steps}
    assert names[second.id] == "Edited elsewhere" and names[step.id] == "Edited in the app"
    assert window.session.undo_stack.count() == undo_before + 1
    window.session.undo_stack.undo()
    names = {s.id: s.name for s in window.session.workspace.queries.snapshot().steps}
    assert names[second.id] == second.name


def test_open_from_repository_clones_and_opens(
    window: Any, repository: str, sample_file: Path, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    publish(sample_file, repository)
    target = tmp_path / "cloned.roadmap"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (repository, True))
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda _w, _t, _l, items, *a, **k: (items[0], True)
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    action(window, "Open from &repository…").trigger()
    finish(window, qtbot)
    assert window.messages == []
    assert window.session is not None and window.session.path == target
    with closing(sqlite3.connect(target)) as conn:
        assert conn.execute("SELECT base_version FROM repository_link").fetchone() == (1,)
    assert window.repo.sync_label.text().startswith("Synced with")


def test_pull_while_offline_says_so_and_changes_nothing(
    opened: Any, repository: str, qtbot: Any, monkeypatch: Any
) -> None:
    window = opened
    path = window.session.path
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (repository, True))
    action(window, "&Publish").trigger()
    finish(window, qtbot)
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE repository_link SET url = 'postgresql://nobody@127.0.0.1:1/gone'")
    before = path.read_bytes()
    action(window, "P&ull").trigger()
    finish(window, qtbot)
    assert len(window.messages) == 1 and "cannot be reached" in window.messages[0]
    assert path.read_bytes() == before


def test_portfolio_window_counts_a_folder(window: Any, sample_file: Path, qtbot: Any) -> None:
    action(window, "Por&tfolio…").trigger()
    shown = window.repo.portfolio_window
    assert shown.isVisible()
    shown.source.clear()
    QTest.keyClicks(shown.source, str(sample_file.parent))
    QTest.keyClick(shown.source, Qt.Key.Key_Return)
    finish(window, qtbot)
    assert window.messages == []
    assert shown.summary.text().startswith("1 roadmaps")
    assert shown.canvas is not None and shown.tally.roadmaps == 1
    assert sum(shown.tally.pathways.values()) > 0


def test_delete_from_repository_asks_first_and_no_deletes_nothing(
    window: Any, repository: str, sample_file: Path, qtbot: Any, monkeypatch: Any
) -> None:
    publish(sample_file, repository)
    title = list_repository(repository)[0].title
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (repository, True))
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda _w, _t, _l, items, *a, **k: (items[0], True)
    )
    window.questions.answer = False
    action(window, "&Delete from repository…").trigger()
    finish(window, qtbot)
    assert len(window.questions) == 1 and title in window.questions[0]
    assert [e.title for e in list_repository(repository)] == [title]
    window.questions.answer = True
    action(window, "&Delete from repository…").trigger()
    finish(window, qtbot)
    assert window.messages == [] and list_repository(repository) == []
    assert "Deleted" in window.statusBar().currentMessage()
    with Workspace.open(sample_file, readonly=True) as ws:  # the published file keeps it
        assert ws.queries.snapshot().info.title == title


def test_only_an_owner_deletes_from_the_repository(
    window: Any, repository: str, sample_file: Path, qtbot: Any, monkeypatch: Any
) -> None:
    """A planner's delete is refused by the server with a message; nothing is deleted."""
    from roadmap.store import server_writes

    publish(sample_file, repository)
    # The server's answer for a planner (tests/repository/test_delete.py logs in as one).
    monkeypatch.setattr(server_writes, "may_delete", lambda conn: False)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (repository, True))
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda _w, _t, _l, items, *a, **k: (items[0], True)
    )
    action(window, "&Delete from repository…").trigger()
    finish(window, qtbot)
    assert len(window.messages) == 1 and "Only an owner" in window.messages[0]
    assert len(list_repository(repository)) == 1


# Run in a fresh app (test_start_and_settings.in_a_fresh_app): which of the server code's
# modules the window's own thread imported while File › Publish and File › Pull ran, then
# while the synced file was opened again.
_WATCHED = """
import threading
WATCHED = ('sqlalchemy', 'psycopg', 'roadmap.services.publishing', 'roadmap.store.repository')
on_window = []
class Note:
    def find_spec(self, name, path=None, target=None):
        if name in WATCHED and threading.current_thread() is threading.main_thread():
            on_window.append(name)
        return None
sys.meta_path.insert(0, Note())
print('before:', ','.join(m for m in WATCHED if m in sys.modules))
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog
QInputDialog.getText = staticmethod(lambda *a, **k: (sys.argv[3], True))
def trigger(text):
    next(a for a in w.findChildren(QAction) if a.text() == text).trigger()
    import time
    began = time.monotonic()
    while w.work.tasks and time.monotonic() - began < 50:
        app.processEvents(); time.sleep(0.005)
w.docs.open_path(Path(sys.argv[2])); app.processEvents()
"""


def test_publish_and_pull_leave_the_server_code_to_the_worker(
    sample_file: Path, repository: str, tmp_path: Path
) -> None:
    """The server code (SQLAlchemy, psycopg, the merge) takes 0.3-1 s to import: publishing
    and pulling import it in the worker thread, so the window never waits for it (the first
    publish of L blocked the window 645-1135 ms in bench_ui before)."""
    from tests.ui.test_start_and_settings import in_a_fresh_app

    then = _WATCHED + (
        "trigger('&Publish'); said = [w.repo.sync_label.text()]\n"
        "from roadmap.domain.entities import EntityKind\n"
        "step = w.session.workspace.queries.snapshot().steps[0]\n"
        "w.session.perform(lambda c: c.update(EntityKind.STEP, step.id, name='Edited'))\n"
        "trigger('&Publish'); trigger('P&ull'); said.append(w.repo.sync_label.text())\n"
        "print('on the window:', ','.join(on_window)); print('said:', said)\n"
        "w.close(); app.processEvents()\n"
    )
    shown = in_a_fresh_app(tmp_path, then, str(sample_file), repository)
    assert "before: \n" in shown
    assert "on the window: \n" in shown
    said = shown.split("said: ")[1]
    assert said.count("Synced with") == 2 and "(version 2)" in said

    reopened = in_a_fresh_app(
        tmp_path,
        _WATCHED + "print('label:', w.repo.sync_label.text()); print(sorted(on_window))\n"
        "w.close(); app.processEvents()\n",
        str(sample_file),
        repository,
    )
    assert "label: Synced with" in reopened
    assert reopened.strip().endswith("[]")  # the synced file opened without the server code
