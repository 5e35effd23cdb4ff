"""Every action of the main window and its menus, fired as a person fires it: by its shortcut
when it has one (the test fails if the shortcut does not reach the action), else through
QAction.trigger() as a menu click does; then what it says it does is checked in the stored
roadmap (or the window, for the View menu). The app's own unexpected-error hook is installed,
so any exception in a slot fails the test.

The walk collects the actions from the menus and the toolbar; an action without an entry in
`CHECKS` fails it, so a new action comes with its test. Add one with `@check("Menu › Text")`
(the menu and action texts without their & marks).
"""

# The PostgreSQL fixtures are imported, so test parameters of their names shadow them.
# ruff: noqa: F811
from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMenu, QMessageBox, QWizard

from roadmap.domain.entities import (
    Organization,
    Patent,
    Pathway,
    Person,
    Problem,
    Product,
    Step,
)
from roadmap.domain.enums import StepKind
from tests.postgres import empty_database, repository, server_admin  # noqa: F401
from tests.ui.keyboard import focused, press, type_text


@dataclass
class Walk:
    window: Any
    qtbot: Any
    tmp_path: Path
    monkeypatch: pytest.MonkeyPatch
    sample: Path
    bugs: list[str]
    repository: str = ""  # a new, empty shared repository on the test server

    @property
    def queries(self) -> Any:
        return self.window.session.workspace.queries

    def fire(self, action: QAction) -> None:
        """By the shortcut if the action has one, else as a menu click; it must fire."""
        fired: list[bool] = []
        connection = action.triggered.connect(lambda *_: fired.append(True))
        shortcut = action.shortcut()
        if QApplication.activeWindow() is not self.window:  # back from a dialog or wizard
            self.window.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)
        canvas = self.window.canvas
        if canvas is not None and canvas.isVisible():
            # As after a click on the timeline: a text field with the keyboard takes some
            # keys for itself (Ctrl+E is "end of line" in a line edit).
            canvas.view.setFocus()
        if not shortcut.isEmpty():
            QTest.keySequence(self.window, shortcut)
        else:
            action.trigger()
        QObject.disconnect(connection)
        assert not self.bugs, f"{action.text()} raised {self.bugs}"
        assert fired, f"{action.text()} did not fire on {shortcut.toString() or 'trigger()'}"
        self.qtbot.wait(1)

    def wait_for_tasks(self) -> None:
        self.qtbot.waitUntil(lambda: not self.window.work.tasks, timeout=20000)

    def reopen_sample(self) -> None:
        if self.window.session is None or self.window.session.path != self.sample:
            assert self.window.docs.open_path(self.sample)
            self.qtbot.wait(1)

    def save_to(self, path: Path) -> None:
        self.monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))

    def open_from(self, path: Path) -> None:
        self.monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


Check = Callable[[Walk, QAction], None]
CHECKS: dict[str, Check] = {}
LAST = "File › Quit"


def check(*paths: str) -> Callable[[Check], Check]:
    def register(function: Check) -> Check:
        for path in paths:
            CHECKS[path] = function
        return function

    return register


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def menu_actions(menu: QMenu, path: str) -> Iterator[tuple[str, QAction]]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        name = f"{path} › {plain(action.text())}"
        yield name, action


def all_actions(window: Any) -> dict[str, QAction]:
    """The actions of the menu bar (submenus as their own entries) and the toolbar."""
    found: dict[str, QAction] = {}
    seen: set[int] = set()
    for top in window.menuBar().actions():
        for name, action in menu_actions(top.menu(), plain(top.text())):
            found[name] = action
            seen.add(id(action))
    for action in window.toolbar.actions():
        if not action.isSeparator() and id(action) not in seen:
            found[f"Toolbar › {plain(action.text())}"] = action
    return found


def added(walk: Walk, cls: type, action: QAction) -> list[Any]:
    before = {e.id for e in walk.queries.all(cls)}
    walk.fire(action)
    return [e for e in walk.queries.all(cls) if e.id not in before]


# -- File --------------------------------------------------------------------------------------


@check("File › New…")
def _new(walk: Walk, action: QAction) -> None:
    target = walk.tmp_path / "workshop.roadmap"
    walk.save_to(target)

    def answer() -> None:  # the New dialog: a title typed, the T-Plan template picked
        dialog = QApplication.activeModalWidget()
        QTest.keyClicks(dialog.title_edit, "Battery workshop")
        dialog.templates.setCurrentRow(1)
        dialog.accept()

    QTimer.singleShot(0, answer)
    walk.fire(action)
    assert walk.window.session.path == target
    snapshot = walk.queries.snapshot()
    assert snapshot.info.title == "Battery workshop"
    assert "Market & business drivers" in {lane.name for lane in snapshot.lanes}
    walk.reopen_sample()


@check("File › Open…")
def _open(walk: Walk, action: QAction) -> None:
    other = walk.tmp_path / "other.roadmap"
    other.write_bytes(walk.sample.read_bytes())
    walk.window.close_document()
    walk.open_from(other)
    walk.fire(action)
    assert walk.window.session.path == other
    walk.reopen_sample()


@check("File › Open Recent")
def _recent(walk: Walk, action: QAction) -> None:
    walk.window.close_document()
    menu = action.menu()
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if a.isEnabled()]
    assert entries and entries[0].text() == str(walk.sample.resolve())
    entries[0].trigger()
    assert walk.window.session.path.resolve() == walk.sample.resolve()


@check("File › Save As…")
def _save_as(walk: Walk, action: QAction) -> None:
    copy = walk.tmp_path / "copy.roadmap"
    walk.save_to(copy)
    steps = len(walk.queries.all(Step))
    walk.fire(action)
    assert walk.window.session.path == copy and len(walk.queries.all(Step)) == steps
    walk.reopen_sample()


@check("File › Import…")
def _import(walk: Walk, action: QAction) -> None:
    from roadmap.io.json_format import write_json

    snapshot = walk.queries.snapshot()
    problem = Problem("imported-need", "Imported need")
    source = walk.tmp_path / "in.json"
    write_json(snapshot.with_section(Problem.kind, (*snapshot.problems, problem)), source)
    walk.open_from(source)
    walk.fire(action)
    walk.wait_for_tasks()
    assert walk.queries.get(Problem, "imported-need").statement == "Imported need"


@check("File › Import spreadsheet…")
def _import_sheet(walk: Walk, action: QAction) -> None:
    source = walk.tmp_path / "plan.csv"
    source.write_text("Task name,Start,Finish\nCoin cells,2027-01-04,2027-03-31\n", "utf-8")
    walk.open_from(source)
    walk.fire(action)
    walk.qtbot.waitUntil(lambda: walk.window.imports.wizard is not None)
    wizard = walk.window.imports.wizard
    while not wizard.button(QWizard.WizardButton.FinishButton).isVisible():
        walk.qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)  # fmt: skip
    walk.qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)  # fmt: skip
    walk.qtbot.waitUntil(lambda: any(s.name == "Coin cells" for s in walk.queries.all(Step)))
    step = next(s for s in walk.queries.all(Step) if s.name == "Coin cells")
    assert (step.start, step.end) == (date(2027, 1, 4), date(2027, 3, 31))


@check("File › Export…")
def _export(walk: Walk, action: QAction) -> None:
    out = walk.tmp_path / "out.json"
    walk.save_to(out)
    walk.fire(action)
    walk.wait_for_tasks()
    assert len(json.loads(out.read_text("utf-8"))["steps"]) == len(walk.queries.all(Step))


@check("File › Export chart")
def _export_chart(walk: Walk, action: QAction) -> None:
    out = walk.tmp_path / "timeline.png"
    walk.save_to(out)
    menu = action.menu()
    menu.aboutToShow.emit()
    charts = menu.actions()
    assert len(charts) > 3
    charts[0].trigger()  # the timeline
    walk.wait_for_tasks()
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@check("File › Restore a backup…")
def _restore_backup(walk: Walk, action: QAction) -> None:
    from roadmap.domain.entities import EntityKind
    from roadmap.store.backups import make_backup

    make_backup(walk.sample, "before-import")
    step = walk.queries.all(Step)[0]
    walk.window.session.workspace.commands.update(EntityKind.STEP, step.id, name="Typed later")
    walk.monkeypatch.setattr(
        QInputDialog, "getItem", lambda parent, title, label, items, *a: (items[0], True)
    )
    walk.fire(action)
    assert walk.window.session.path == walk.sample
    assert walk.queries.get(Step, step.id).name == step.name  # the backup is what is stored


@check("File › Baselines…")
def _baselines(walk: Walk, action: QAction) -> None:
    from roadmap.services import baselines

    walk.fire(action)
    dialog = walk.window.baselines_dialog
    assert dialog.isVisible()
    dialog.name.setFocus()
    type_text("Kick-off")
    walk.qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    walk.qtbot.waitUntil(lambda: not walk.window.work.tasks, timeout=10000)
    assert [b.name for b in baselines.list_baselines(walk.window.session.workspace)] == ["Kick-off"]
    dialog.close()


@check("File › Copies for breakout groups…")
def _copies(walk: Walk, action: QAction) -> None:
    from roadmap.services.workspace import Workspace

    walk.fire(action)
    dialog = walk.window.breakout.dialog
    assert dialog.isVisible()
    dialog.groups.setFocus()
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("Walkers")
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    walk.qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    source = walk.window.session.path
    copy = source.with_name(f"{source.stem} - Walkers{source.suffix}")
    with Workspace.open(copy, readonly=True) as workspace:
        (row,) = workspace.queries.lineage()
    assert (row.role, row.label) == ("base", "Walkers")


@check("File › Merge copies…")
def _merge_copies(walk: Walk, action: QAction) -> None:
    from roadmap.domain.entities import EntityKind
    from roadmap.services.copies import make_copies
    from roadmap.services.workspace import Workspace

    folder = walk.tmp_path / "breakout"
    folder.mkdir(exist_ok=True)
    (copy,) = make_copies(walk.window.session.path, folder, ["Table 2"])
    step = walk.queries.all(Step)[0]
    with Workspace.open(copy) as workspace:
        workspace.commands.update(EntityKind.STEP, step.id, notes="from table 2")
    walk.monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(copy)], ""))
    walk.fire(action)
    dialog = walk.window.breakout.dialog
    walk.qtbot.waitUntil(lambda: not dialog.planning, timeout=20000)  # plans in a thread
    assert dialog.isVisible() and dialog.merge_button.isEnabled()
    walk.qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    walk.qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)  # written in a thread
    assert walk.queries.get(Step, step.id).notes == "from table 2"


@check("File › Export PDF of the view…")
def _view_pdf(walk: Walk, action: QAction) -> None:
    target = walk.tmp_path / "view.pdf"
    walk.save_to(target)
    walk.fire(action)
    assert target.read_bytes().startswith(b"%PDF")


@check("File › Print…")
def _print(walk: Walk, action: QAction) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    pages: list[int] = []

    def preview() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintPreviewDialog):
            QTimer.singleShot(20, preview)
            return
        pages.append(dialog.findChild(QPrintPreviewWidget).pageCount())
        dialog.reject()

    def choose() -> None:
        QApplication.activeModalWidget().accept()  # the current view
        QTimer.singleShot(20, preview)

    QTimer.singleShot(0, choose)
    walk.fire(action)
    assert pages == [2]


def _ask_repository(walk: Walk) -> None:
    url = walk.repository
    walk.monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (url, True))


@check("File › Open from repository…")
def _open_from_repository(walk: Walk, action: QAction) -> None:
    from roadmap.domain.defaults import new_roadmap
    from roadmap.services.publishing import publish
    from roadmap.services.workspace import Workspace

    other = walk.tmp_path / "other-team.roadmap"
    Workspace.create(other, new_roadmap("Another team's roadmap")).close()
    publish(other, walk.repository)
    target = walk.tmp_path / "from-repository.roadmap"
    _ask_repository(walk)
    walk.monkeypatch.setattr(
        QInputDialog, "getItem", lambda _w, _t, _l, items, *a, **k: (items[0], True)
    )
    walk.save_to(target)
    walk.fire(action)
    walk.wait_for_tasks()
    assert walk.window.session.path == target
    assert walk.queries.snapshot().info.title == "Another team's roadmap"


@check("File › Publish")
def _publish(walk: Walk, action: QAction) -> None:
    from roadmap.services.repository import list_repository

    _ask_repository(walk)
    walk.fire(action)
    walk.wait_for_tasks()
    sample_id = walk.queries.snapshot().info.id
    assert sample_id in {e.id for e in list_repository(walk.repository)}
    assert walk.window.repo.sync_label.text().startswith("Synced with")


@check("File › Pull")
def _pull(walk: Walk, action: QAction) -> None:
    from roadmap.domain.entities import EntityKind
    from roadmap.services.publishing import clone, publish
    from roadmap.services.workspace import Workspace

    # Published by the check of File › Publish, which runs before this one.
    sample = walk.queries.snapshot()
    elsewhere = walk.tmp_path / "elsewhere.roadmap"
    clone(walk.repository, sample.info.id, elsewhere)
    step = sample.steps[0]
    with Workspace.open(elsewhere) as ws:
        ws.commands.update(EntityKind.STEP, step.id, name="Renamed by another laptop")
    publish(elsewhere)
    walk.fire(action)
    walk.wait_for_tasks()
    assert walk.queries.get(Step, step.id).name == "Renamed by another laptop"


@check("File › Delete from repository…")
def _delete_from_repository(walk: Walk, action: QAction) -> None:
    from roadmap.domain.defaults import new_roadmap
    from roadmap.services.publishing import publish
    from roadmap.services.repository import list_repository
    from roadmap.services.workspace import Workspace

    doomed = walk.tmp_path / "doomed.roadmap"
    Workspace.create(doomed, new_roadmap("A roadmap to delete")).close()
    publish(doomed, walk.repository)
    _ask_repository(walk)
    chosen: list[str] = []

    def pick(_w: Any, _t: str, _l: str, items: list[str], *a: Any, **k: Any) -> Any:
        item = next(i for i in items if i.startswith("A roadmap to delete"))
        chosen.append(item)
        return item, True

    walk.monkeypatch.setattr(QInputDialog, "getItem", pick)
    asked = len(walk.window.questions)
    walk.fire(action)
    walk.wait_for_tasks()
    assert chosen and len(walk.window.questions) == asked + 1
    assert "A roadmap to delete" in walk.window.questions[-1]
    titles = {e.title for e in list_repository(walk.repository)}
    assert "A roadmap to delete" not in titles


@check("File › Portfolio…")
def _portfolio(walk: Walk, action: QAction) -> None:
    walk.fire(action)
    shown = walk.window.repo.portfolio_window
    assert shown.isVisible()
    shown.source.setText(str(walk.sample.parent))
    QTest.keyClick(shown.source, Qt.Key.Key_Return)
    walk.wait_for_tasks()
    assert shown.tally.roadmaps >= 1
    shown.close()


@check("File › Compare with…")
def _compare_with(walk: Walk, action: QAction) -> None:
    import shutil

    from roadmap.domain.entities import EntityKind
    from roadmap.services.workspace import Workspace

    other = walk.tmp_path / "scenario.roadmap"
    shutil.copy(walk.window.session.path, other)
    with Workspace.open(other) as ws:
        gone = ws.queries.snapshot().steps[0]
        ws.commands.delete(EntityKind.STEP, gone.id)
    walk.open_from(other)
    walk.fire(action)
    dialog = walk.window.scenario_dialog
    assert dialog.isVisible() and walk.window.session.baselines.scenario
    names = [dialog.steps.item(r, 0).text() for r in range(dialog.steps.rowCount())]
    assert names == [gone.name]  # only here: the scenario lacks it
    assert walk.queries.get(Step, gone.id).name == gone.name  # comparing changed nothing
    dialog.reject()
    assert not walk.window.session.baselines.scenario


@check("File › Close")
def _close(walk: Walk, action: QAction) -> None:
    walk.fire(action)
    assert walk.window.session is None
    assert walk.window.stack.currentWidget() is walk.window.welcome
    walk.reopen_sample()


@check(LAST)
def _quit(walk: Walk, action: QAction) -> None:
    walk.fire(action)
    assert not walk.window.isVisible()
    assert walk.window.session is None


# -- Edit --------------------------------------------------------------------------------------


def click_a_bar(walk: Walk) -> Step:
    from tests.ui.test_date_editor import click_bar

    step = next(s for s in walk.queries.all(Step) if not s.step_kind.is_point)
    click_bar(walk.window, walk.qtbot, step.id)
    return step


@check("Edit › Delete", "Edit › Undo", "Edit › Redo")
def _delete_undo_redo(walk: Walk, action: QAction) -> None:
    actions = all_actions(walk.window)
    step = click_a_bar(walk)
    walk.fire(actions["Edit › Delete"])
    assert step.id not in {s.id for s in walk.queries.all(Step)}
    walk.fire(walk.window.undo_action)
    assert walk.queries.get(Step, step.id) == step
    walk.fire(walk.window.redo_action)
    assert step.id not in {s.id for s in walk.queries.all(Step)}
    walk.fire(walk.window.undo_action)


@check("Edit › Rename")
def _rename(walk: Walk, action: QAction) -> None:
    step = click_a_bar(walk)
    walk.fire(action)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("Renamed by F2")
    press(Qt.Key.Key_Return)
    assert walk.queries.get(Step, step.id).name == "Renamed by F2"


@check("Edit › Preferences…")
def _preferences(walk: Walk, action: QAction) -> None:
    from roadmap.ui.preferences import PreferencesDialog

    def answer(dialog: Any) -> int:
        dialog.unit.setCurrentIndex(dialog.unit.findData("year"))
        return 1

    walk.monkeypatch.setattr(PreferencesDialog, "exec", answer)
    walk.fire(action)
    assert walk.window.settings.time_unit == "year"
    assert walk.window.canvas.view.unit == "year"


# -- Add ---------------------------------------------------------------------------------------


@check("Add › Step")
def _add_step(walk: Walk, action: QAction) -> None:
    (step,) = added(walk, Step, action)
    assert step.step_kind is StepKind.RESEARCH and step.end > step.start


@check("Add › Milestone")
def _add_milestone(walk: Walk, action: QAction) -> None:
    (step,) = added(walk, Step, action)
    assert step.step_kind is StepKind.MILESTONE and step.end == step.start


@check("Add › Pathway")
def _add_pathway(walk: Walk, action: QAction) -> None:
    (pathway,) = added(walk, Pathway, action)
    assert pathway.problem_id in {p.id for p in walk.queries.all(Problem)}


def adds(cls: type) -> Check:
    def run(walk: Walk, action: QAction) -> None:
        (entity,) = added(walk, cls, action)
        assert walk.window.session.selection == (entity.kind, entity.id)  # shown to name it

    return run


for _path, _cls in (
    ("Add › Problem", Problem),
    ("Add › Product", Product),
    ("Add › Organization", Organization),
    ("Add › Person", Person),
    ("Add › Patent", Patent),
):
    CHECKS[_path] = adds(_cls)


# -- View --------------------------------------------------------------------------------------


def shows_tab(index: int, view: str) -> Check:
    def run(walk: Walk, action: QAction) -> None:
        walk.fire(action)
        assert walk.window.tabs.currentIndex() == index
        assert getattr(walk.window, view).isVisible()

    return run


for _path, _index, _view in (
    ("View › Steps table", 1, "table"),
    ("View › Pathway map", 2, "pathway_map"),
    ("View › Technology transfer", 3, "transfer"),
    ("View › Timeline", 0, "canvas"),
):
    CHECKS[_path] = shows_tab(_index, _view)


@check("View › Zoom in", "View › Zoom out", "View › Fit to window")
def _zoom(walk: Walk, action: QAction) -> None:
    actions = all_actions(walk.window)
    view = walk.window.canvas.view
    walk.fire(actions["View › Fit to window"])
    fitted = view.px_per_day
    walk.fire(actions["View › Zoom in"])
    assert view.px_per_day > fitted
    walk.fire(actions["View › Zoom out"])
    walk.fire(actions["View › Zoom out"])
    assert view.px_per_day < fitted
    walk.fire(actions["View › Fit to window"])
    assert view.px_per_day == pytest.approx(fitted)


@check("View › Go to today")
def _today(walk: Walk, action: QAction) -> None:
    from roadmap.ui.timeline.scale import day_x

    view = walk.window.canvas.view
    view.horizontalScrollBar().setValue(0)
    view.set_zoom(8.0)
    walk.fire(action)
    x = view.mapFromScene(day_x(date.today()), 0).x()
    assert 0 <= x <= view.viewport().width()


@check("View › Color by pathway")
def _color(walk: Walk, action: QAction) -> None:
    before = walk.window.settings.color_mode
    walk.fire(action)
    assert walk.window.settings.color_mode != before
    assert walk.window.canvas.canvas_style.color_mode == walk.window.settings.color_mode
    walk.fire(action)
    assert walk.window.settings.color_mode == before


@check("View › Link steps by dragging")
def _link(walk: Walk, action: QAction) -> None:
    walk.fire(action)
    assert walk.window.canvas.view.link_mode
    walk.fire(action)
    assert not walk.window.canvas.view.link_mode


@check("View › Critical path and slack")
def _critical(walk: Walk, action: QAction) -> None:
    canvas = walk.window.canvas
    with walk.qtbot.waitSignal(walk.window.analysis.schedule_ready, timeout=10000):
        walk.fire(action)
    assert canvas.canvas_style.show_schedule
    assert any(item.critical for item in canvas.items.values())
    walk.fire(action)
    assert not any(item.critical for item in canvas.items.values())


def toggles_dock(dock: str) -> Check:
    def run(walk: Walk, action: QAction) -> None:
        widget = getattr(walk.window, dock)
        shown = widget.isVisible()
        walk.fire(action)
        assert widget.isVisible() != shown
        walk.fire(action)
        assert widget.isVisible() == shown

    return run


for _path, _dock in (
    ("View › Navigator", "navigator_dock"),
    ("View › Inspector", "inspector_dock"),
    ("View › Undo history", "history_dock"),
    ("View › Analysis", "analysis_dock"),
):
    CHECKS[_path] = toggles_dock(_dock)


@check("View › Present")
def _present(walk: Walk, action: QAction) -> None:
    walk.fire(action)
    assert walk.window.presenter.active and not walk.window.menuBar().isVisible()
    walk.fire(action)  # F11 again leaves
    assert not walk.window.presenter.active and walk.window.menuBar().isVisible()


# -- Workshop ----------------------------------------------------------------------------------


@check("Workshop › Dot vote…")
def _vote(walk: Walk, action: QAction) -> None:
    from roadmap.domain.entities import Vote

    def vote() -> None:
        dialog = QApplication.activeModalWidget()
        QTest.keyClicks(dialog.people, "2")
        dialog.start_button.click()
        for _ in range(2):
            next(iter(dialog.ballot.values())).setValue(1)
            dialog.cast_button.click()
        dialog.store_button.click()

    QTimer.singleShot(0, vote)
    walk.fire(action)
    (stored,) = walk.queries.all(Vote)
    assert stored.participants == 2 and stored.criterion_id is not None


for _path, _dock in (
    ("Workshop › Workshop timer", "timer_dock"),
    ("Workshop › Parking lot", "parking_dock"),
):
    CHECKS[_path] = toggles_dock(_dock)


# -- Help --------------------------------------------------------------------------------------


@check("Help › About Frontier Roadmap")
def _about(walk: Walk, action: QAction) -> None:
    from roadmap import __version__

    shown: list[str] = []
    walk.monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    walk.fire(action)
    assert len(shown) == 1 and __version__ in shown[0]


# -- Live authoring (issue 11: authoring-features) ---------------------------------------------


def type_any(widget: Any, text: str) -> None:
    from tests.ui.test_authoring import type_text as type_with_input_method

    type_with_input_method(widget, text)


def selected_bars(walk: Walk, count: int) -> list[Step]:
    """Click `count` bars (Ctrl+click after the first), as a person selects several."""
    from tests.ui.test_authoring import click_bar

    steps = [s for s in walk.queries.all(Step) if not s.step_kind.is_point][:count]
    for number, step in enumerate(steps):
        click_bar(walk.window, step.id, Qt.KeyboardModifier.ControlModifier if number else Qt.KeyboardModifier.NoModifier)  # fmt: skip
    return steps


@check("Edit › Copy steps", "Edit › Paste steps or a list")
def _copy_paste(walk: Walk, action: QAction) -> None:
    actions = all_actions(walk.window)
    (step,) = selected_bars(walk, 1)
    walk.fire(actions["Edit › Copy steps"])
    before = {s.id for s in walk.queries.all(Step)}
    walk.fire(actions["Edit › Paste steps or a list"])
    (pasted,) = [s for s in walk.queries.all(Step) if s.id not in before]
    assert (pasted.name, pasted.start, pasted.end) == (step.name, step.start, step.end)
    walk.fire(walk.window.undo_action)


@check("Edit › Cut steps")
def _cut(walk: Walk, action: QAction) -> None:
    steps = selected_bars(walk, 2)
    walk.fire(action)
    assert not {s.id for s in steps} & {s.id for s in walk.queries.all(Step)}
    walk.fire(walk.window.undo_action)
    assert {s.id for s in steps} <= {s.id for s in walk.queries.all(Step)}


@check("Edit › Duplicate steps")
def _duplicate(walk: Walk, action: QAction) -> None:
    (step,) = selected_bars(walk, 1)
    (copy,) = added(walk, Step, action)
    assert (copy.name, copy.start, copy.lane_id) == (step.name, step.start, step.lane_id)
    walk.fire(walk.window.undo_action)


@check("Edit › Nudge selected steps")
def _nudge(walk: Walk, action: QAction) -> None:
    menu = action.menu()
    later, earlier, day_later, day_earlier = menu.actions()
    (step,) = selected_bars(walk, 1)
    walk.fire(later)
    moved = walk.queries.get(Step, step.id)
    assert moved.start > step.start and moved.end - moved.start == step.end - step.start
    walk.fire(earlier)
    assert walk.queries.get(Step, step.id).start == step.start
    walk.fire(day_later)
    assert walk.queries.get(Step, step.id).start == step.start + timedelta(days=1)
    walk.fire(day_earlier)
    assert walk.queries.get(Step, step.id) == step


@check("Edit › Find steps…")
def _find(walk: Walk, action: QAction) -> None:
    step = next(iter(walk.queries.all(Step)))
    walk.fire(action)
    type_any(focused(), step.name)  # Chinese: through the input method
    assert step.id in walk.window.canvas.canvas_style.found
    assert (
        walk.window.canvas.selected_step_ids() == [step.id]
        or len(walk.window.canvas.canvas_style.found) > 1
    )
    press(Qt.Key.Key_Escape)
    assert not walk.window.canvas.canvas_style.found


@check("Add › Quick capture…")
def _capture(walk: Walk, action: QAction) -> None:
    pathway = walk.queries.all(Pathway)[0]
    before = {s.id for s in walk.queries.all(Step)}
    walk.fire(action)
    type_any(focused(), f"Captured step 2031Q2 #{pathway.name.replace(' ', '')[:6]}")
    press(Qt.Key.Key_Return)
    (step,) = [s for s in walk.queries.all(Step) if s.id not in before]
    assert (step.name, step.start, step.end) == (
        "Captured step",
        date(2031, 4, 1),
        date(2031, 6, 30),
    )
    press(Qt.Key.Key_Escape)


@check("Add › Decision gate")
def _gate(walk: Walk, action: QAction) -> None:
    (gate,) = added(walk, Step, action)
    assert gate.step_kind is StepKind.DECISION_GATE and gate.start == gate.end


@check("View › Legend")
def _legend(walk: Walk, action: QAction) -> None:
    legend = walk.window.canvas.legend
    shown = legend.isVisible()
    walk.fire(action)
    assert legend.isVisible() is not shown and walk.window.settings.legend_shown is not shown
    walk.fire(action)
    assert legend.isVisible() is shown


@check("View › Taller rows", "View › Shorter rows")
def _rows(walk: Walk, action: QAction) -> None:
    view = walk.window.canvas.view
    before = view.row_scale
    walk.fire(action)
    assert (view.row_scale > before) == ("Taller" in plain(action.text()))
    view.set_row_scale(before)


@check("View › Fold the navigator to a strip", "View › Fold the inspector to a strip")
def _fold(walk: Walk, action: QAction) -> None:
    walk.fire(action)
    assert action.isChecked() and walk.window.settings.folded_docks
    walk.fire(action)
    assert not action.isChecked() and walk.window.settings.folded_docks == []


# -- the walk ----------------------------------------------------------------------------------


def test_every_action_of_the_main_window_and_its_menus(
    opened: Any,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sample_file: Path,
    repository: str,
) -> None:
    from roadmap.ui.application import install_error_hook

    bugs: list[str] = []

    def record(error: BaseException, _tb: TracebackType | None = None) -> None:
        bugs.append(f"{type(error).__name__}: {error}")

    opened.show_unexpected = record
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back whatever was there
    install_error_hook(opened)
    walk = Walk(opened, qtbot, tmp_path, monkeypatch, sample_file, bugs, repository)
    actions = all_actions(opened)
    missing = sorted(set(actions) - set(CHECKS))
    assert not missing, f"actions without a test here: {missing}"
    stale = sorted(set(CHECKS) - set(actions))
    assert not stale, f"tests of actions that are gone: {stale}"
    for path, run in sorted(CHECKS.items(), key=lambda item: item[0] == LAST):
        walk.reopen_sample()
        run(walk, actions[path])
        assert not bugs, f"{path}: {bugs}"
        assert not opened.messages, f"{path} showed {opened.messages}"
