"""The inspector keeps a form per kind of record (issue 19: pressing a bar to drag it on L made
a step's form, with choice lists of 500 pathways and people, every time a step was selected
after something else): a step's form is made ahead while the window is idle, the first bar
pressed shows its step there, the form comes back for the next step after a pathway was shown,
and a kept form whose choices went out of date is made again. Driven by mouse and keys; what is
shown and what gets stored are checked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit

from roadmap.domain.entities import EntityKind, Pathway, Step
from roadmap.ui import inspector as inspector_module
from roadmap.ui.timeline.items import StepBar


@pytest.fixture
def opened_soon(window: Any, sample_file: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The sample roadmap open, with the step form made ahead 10 ms after (not 2 s)."""
    monkeypatch.setattr(inspector_module, "MAKE_AHEAD_MS", 10)
    assert window.docs.open_path(sample_file)
    qtbot.wait(50)
    return window


def bars(window: Any) -> list[StepBar]:
    view = window.canvas.view
    return sorted(
        (i for i in view.items(view.viewport().rect()) if isinstance(i, StepBar)),
        key=lambda b: (b.pos().y(), b.pos().x()),
    )


def press_bar(window: Any, bar: StepBar) -> None:
    view = window.canvas.view
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.bar_at_point(bar))


def rename_in_inspector(window: Any, name: str) -> None:
    line = window.inspector.editors["name"][0]
    assert isinstance(line, QLineEdit) and line.isVisible()
    line.setFocus()
    line.selectAll()
    QTest.keyClicks(line, name)
    QTest.keyClick(line, Qt.Key.Key_Return)


def test_the_first_bar_pressed_shows_its_step_in_the_form_made_ahead(
    opened_soon: Any, qtbot: Any
) -> None:
    window, inspector = opened_soon, opened_soon.inspector
    kept = inspector._forms[EntityKind.STEP]  # made while idle, not shown
    assert not kept.host.isVisible()
    first, second = bars(window)[:2]
    press_bar(window, first)
    assert window.session.selection == (EntityKind.STEP, first.step.id)
    assert inspector.editors is kept.editors and kept.host.isVisible()
    assert inspector.editors["name"][0].text() == first.step.name
    rename_in_inspector(window, "Pressed first")
    assert window.session.workspace.queries.get(Step, first.step.id).name == "Pressed first"
    assert window.session.workspace.queries.get(Step, second.step.id).name == second.step.name


def test_a_steps_form_comes_back_after_a_pathway_was_shown_and_stores_into_that_step(
    opened_soon: Any, qtbot: Any
) -> None:
    window, inspector, session = opened_soon, opened_soon.inspector, opened_soon.session
    first, second = bars(window)[:2]
    press_bar(window, first)
    name_editor = inspector.editors["name"][0]
    # A click on empty space shows the roadmap; the step form is kept, hidden.
    view = window.canvas.view
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert session.selection is None and "name" not in inspector.editors
    assert not name_editor.isVisible()
    press_bar(window, second)
    assert inspector.editors["name"][0] is name_editor and name_editor.isVisible()
    assert name_editor.text() == second.step.name
    pathway = inspector.editors["pathway_id"][0]
    assert isinstance(pathway, QComboBox) and pathway.currentData() == second.step.pathway_id
    rename_in_inspector(window, "Second, renamed")
    assert session.workspace.queries.get(Step, second.step.id).name == "Second, renamed"
    assert session.workspace.queries.get(Step, first.step.id).name == first.step.name


def test_a_kept_steps_form_is_made_again_when_a_pathway_is_added(
    opened_soon: Any, qtbot: Any
) -> None:
    window, inspector, session = opened_soon, opened_soon.inspector, opened_soon.session
    first = bars(window)[0]
    press_bar(window, first)
    old_editor = inspector.editors["pathway_id"][0]
    add_pathway = next(
        action
        for top in window.menuBar().actions()
        if top.text().replace("&", "") == "Add"
        for action in top.menu().actions()
        if action.text().replace("&", "") == "Pathway"
    )
    before = {p.id for p in session.workspace.queries.all(Pathway)}
    add_pathway.trigger()  # selects the new pathway: the step form is put away, out of date
    (added,) = [p for p in session.workspace.queries.all(Pathway) if p.id not in before]
    press_bar(window, first)
    pathways = inspector.editors["pathway_id"][0]
    assert pathways is not old_editor
    listed = {pathways.itemData(i) for i in range(pathways.count())}
    assert added.id in listed and pathways.currentData() == first.step.pathway_id
