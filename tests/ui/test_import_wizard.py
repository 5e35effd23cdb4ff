"""The Import wizard driven as a person would: the shortcut, the Next/Back/Finish buttons, keys
in the combo boxes; then what got stored in the roadmap."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWizard

LEFT = Qt.MouseButton.LeftButton


def stored_steps(window: Any) -> dict[str, Any]:
    return {s.name: s for s in window.session.workspace.queries.snapshot().steps}


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def open_wizard_by_shortcut(window: Any, qtbot: Any) -> Any:
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    qtbot.waitUntil(lambda: window.imports.wizard is not None and window.imports.wizard.isVisible())
    return window.imports.wizard


def click(qtbot: Any, wizard: Any, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled()
    qtbot.mouseClick(button, LEFT)


def test_english_headers_are_auto_mapped_previewed_and_imported(
    opened: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Plan"
    sheet.append(["Battery programme"])
    sheet.append([])
    sheet.append(["ID", "Task name", "Start", "Finish", "Layer", "Pathway"])
    sheet.append(["B1", "Coin cells", datetime(2027, 1, 4), datetime(2027, 3, 31), "Research", "Solid state"])  # fmt: skip
    sheet.append(["B2", "Pouch cells", "2027Q2", "2027Q3", "Technology", "Solid state"])
    source = tmp_path / "battery.xlsx"
    book.save(source)
    choose_file(monkeypatch, source)
    before = stored_steps(opened)
    depth = opened.session.undo_stack.count()
    wizard = open_wizard_by_shortcut(opened, qtbot)
    page = wizard.mapping_page
    assert page.header_row.value() == 3
    mapped = {name: combo.currentText() for name, combo in page.combos.items() if combo.currentIndex() > 0}  # fmt: skip
    assert mapped == {"key": "ID", "name": "Task name", "start": "Start", "end": "Finish", "lane": "Layer", "pathway": "Pathway"}  # fmt: skip
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    preview = wizard.preview_page.table
    assert preview.rowCount() == 2
    assert [preview.item(1, c).text() for c in range(3)] == ["Pouch cells", "2027-04-01", "2027-09-30"]  # fmt: skip
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    # Written in a worker thread, then recorded (one undo entry) on the UI thread.
    qtbot.waitUntil(lambda: opened.session.undo_stack.count() > depth and not opened.work.tasks)
    after = stored_steps(opened)
    assert len(after) == len(before) + 2
    assert (after["Coin cells"].start, after["Coin cells"].end) == (date(2027, 1, 4), date(2027, 3, 31))  # fmt: skip
    assert opened.session.undo_stack.count() == depth + 1
    opened.session.undo_stack.undo()
    assert stored_steps(opened).keys() == before.keys()


def test_a_chinese_csv_from_the_import_menu_goes_through_the_wizard(
    opened: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "计划.csv"
    source.write_text("任务名称,开始,结束,层,负责人\n样机试制,2027年3月,2027年6月,产品,王芳\n", encoding="utf-8")  # fmt: skip
    choose_file(monkeypatch, source)
    qtbot.keyClick(opened, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: opened.imports.wizard is not None and opened.imports.wizard.isVisible())
    wizard = opened.imports.wizard
    combos = wizard.mapping_page.combos
    assert (combos["name"].currentText(), combos["start"].currentText(), combos["end"].currentText(), combos["lane"].currentText(), combos["lead"].currentText()) == ("任务名称", "开始", "结束", "层", "负责人")  # fmt: skip
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: "样机试制" in stored_steps(opened))
    step = stored_steps(opened)["样机试制"]
    snapshot = opened.session.workspace.queries.snapshot()
    assert (step.start, step.end) == (date(2027, 3, 1), date(2027, 6, 30))
    assert {lane.id: lane.name for lane in snapshot.lanes}[step.lane_id] == "产品"
    assert {p.id: p.name for p in snapshot.people}[step.lead_person_id] == "王芳"


def test_an_ambiguous_date_is_refused_until_the_order_is_chosen(
    opened: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "dates.csv"
    source.write_text("Task,Start,End\nKiln trial,03/04/2027,30/04/2027\n", encoding="utf-8")
    choose_file(monkeypatch, source)
    before = stored_steps(opened)
    wizard = open_wizard_by_shortcut(opened, qtbot)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert "read either way as day/month (rows 2)" in wizard.preview_page.problems.toPlainText()
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    order = wizard.mapping_page.date_order
    order.setFocus()
    qtbot.keyClick(order, Qt.Key.Key_Down)  # "Day first"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.preview_page.problems.toPlainText() == "No problems found."
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: "Kiln trial" in stored_steps(opened))
    assert stored_steps(opened)["Kiln trial"].start == date(2027, 4, 3)
    assert len(stored_steps(opened)) == len(before) + 1


def test_a_saved_mapping_is_applied_again(
    opened: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "strands.csv"
    source.write_text("Task,Start,End,Strand\nSpin coating,2027-02-01,2027-03-15,Perovskite\n", encoding="utf-8")  # fmt: skip
    profile = tmp_path / "strands.json"
    choose_file(monkeypatch, source)
    wizard = open_wizard_by_shortcut(opened, qtbot)
    pathway = wizard.mapping_page.combos["pathway"]
    assert pathway.currentIndex() == 0  # "Strand" is no synonym: nothing mapped
    pathway.setFocus()
    qtbot.keyClicks(pathway, "Strand")
    assert pathway.currentText() == "Strand"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(profile), ""))
    qtbot.mouseClick(wizard.preview_page.save_button, LEFT)
    assert profile.exists()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), LEFT)
    qtbot.waitUntil(lambda: opened.imports.wizard is None)
    assert "Spin coating" not in stored_steps(opened)
    # The window the wizard came from is active again, so its shortcuts work.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)

    wizard = open_wizard_by_shortcut(opened, qtbot)
    assert wizard.mapping_page.combos["pathway"].currentIndex() == 0
    choose_file(monkeypatch, profile)
    qtbot.mouseClick(wizard.mapping_page.load_button, LEFT)
    assert wizard.mapping_page.combos["pathway"].currentText() == "Strand"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: "Spin coating" in stored_steps(opened))
    snapshot = opened.session.workspace.queries.snapshot()
    step = stored_steps(opened)["Spin coating"]
    assert {p.id: p.name for p in snapshot.pathways}[step.pathway_id] == "Perovskite"


def test_import_opens_the_wizard_for_someone_elses_workbook(
    opened: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Task", "Start", "End"])
    book.active.append(["Wafer test", "2027-05-01", "2027-05-31"])
    source = tmp_path / "theirs.xlsx"
    book.save(source)
    choose_file(monkeypatch, source)
    qtbot.keyClick(opened, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: opened.imports.wizard is not None and opened.imports.wizard.isVisible())
    wizard = opened.imports.wizard
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: "Wafer test" in stored_steps(opened))
    assert stored_steps(opened)["Wafer test"].end == date(2027, 5, 31)
