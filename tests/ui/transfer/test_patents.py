"""The patents table and editor: create, edit, undo; status changes kept as dated history."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from roadmap.domain.entities import Organization, Patent, PatentEvent
from roadmap.domain.enums import LicenseKind, OrganizationKind, PatentStatus
from roadmap.ui.transfer.status_dialog import StatusDialog


def patent_titled(session: Any, title: str) -> Patent:
    return next(p for p in session.workspace.queries.all(Patent) if p.title == title)


def events_of(session: Any, patent_id: str) -> list[PatentEvent]:
    events = session.workspace.queries.all(PatentEvent)
    return sorted((e for e in events if e.patent_id == patent_id), key=lambda e: e.date)


def type_chinese(widget: Any, text: str) -> None:
    """Type `text` the way an input method does: one composed commit."""
    widget.setFocus()
    widget.selectAll()
    QApplication.sendEvent(widget, QInputMethodEvent("", []))
    commit = QInputMethodEvent()
    commit.setCommitString(text)
    QApplication.sendEvent(widget, commit)


def test_the_patent_models_pass_qts_model_tester(page: Any) -> None:
    mode = QAbstractItemModelTester.FailureReportingMode.Fatal
    patents = page.patents
    QAbstractItemModelTester(patents.model, mode)
    patents.filter.setText("芯粒")
    assert 0 < patents.model.rowCount() < len(patents.model.records)
    patents.filter.clear()
    patents.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # filing date
    patents.add_record()
    page.questions.answer = False
    patents.delete_button.click()
    assert len(page.questions) == 1 and page.session.undo_stack.count() == 1  # asked; kept
    page.questions.answer = True
    patents.delete_button.click()
    assert len(page.questions) == 2 and page.session.undo_stack.count() == 2
    page.session.undo_stack.undo()
    page.session.undo_stack.undo()


def test_the_table_sorts_filing_dates_as_dates_with_the_undated_first(page: Any) -> None:
    patents = page.patents
    column = patents.model.columns.index("filing_date")
    patents.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    shown = [patents.model.index(r, column).data() for r in range(patents.model.rowCount())]
    assert shown[0] == ""  # the idea has not been filed
    assert shown[1:] == sorted(shown[1:])
    assert shown[1] == "2025-04-10"


def test_create_edit_and_undo_a_patent_typed_in_chinese(page: Any, session: Any) -> None:
    patents = page.patents
    count = patents.model.rowCount()
    assert patents.add_record() is not None
    assert patents.model.rowCount() == count + 1
    new_id = patents.current_id()
    editor = patents.editor
    assert editor.entity is not None and editor.entity.id == new_id

    title = editor.fields["title"].widget
    type_chinese(title, "一种硅光互连封装结构")
    assert title.text() == "一种硅光互连封装结构"
    title.editingFinished.emit()
    assert session.workspace.queries.get(Patent, new_id).title == "一种硅光互连封装结构"
    row = patents.model.index(patents.model.row_of(new_id), 0)
    assert row.data() == "一种硅光互连封装结构"
    assert editor.heading.text() == "一种硅光互连封装结构"

    owner = editor.fields["owner_org_id"]
    university = next(
        o
        for o in session.workspace.queries.all(Organization)
        if o.org_kind is OrganizationKind.UNIVERSITY
    )
    owner.combo.setCurrentIndex(owner.combo.findData(university.id))
    owner.combo.activated.emit(owner.combo.currentIndex())
    assert session.workspace.queries.get(Patent, new_id).owner_org_id == university.id

    expiry = editor.fields["expiry"]
    assert expiry.edit.text() == "" and expiry.read() is None  # no expiry yet
    expiry.edit.setText("2046-05-01")
    expiry.edit.editingFinished.emit()
    assert session.workspace.queries.get(Patent, new_id).expiry == date(2046, 5, 1)

    # Title, owner and expiry typed one after another are one entry of the undo history.
    session.undo_stack.undo()
    assert session.workspace.queries.get(Patent, new_id).expiry is None
    assert editor.fields["expiry"].read() is None
    assert editor.fields["owner_org_id"].read() is None
    assert editor.fields["title"].read() == patent_titled(session, "New patent").title
    session.undo_stack.undo()  # the patent itself
    assert patents.model.rowCount() == count
    assert editor.entity is None or editor.entity.id != new_id  # another row is current now
    session.undo_stack.redo()
    assert patents.model.rowCount() == count + 1


def test_an_empty_title_is_refused_as_you_type(page: Any, session: Any) -> None:
    patents = page.patents
    patent = session.workspace.queries.all(Patent)[0]
    assert patents.choose(patent.id)
    title = patents.editor.fields["title"].widget
    title.clear()
    assert patents.editor.message.isVisible()
    title.editingFinished.emit()
    assert session.workspace.queries.get(Patent, patent.id).title == patent.title


def test_a_status_change_adds_a_dated_entry_and_undo_takes_it_back(page: Any, session: Any) -> None:
    patent = next(p for p in session.workspace.queries.all(Patent) if p.status.value == "filed")
    before = events_of(session, patent.id)
    editor = page.patents.editor
    assert page.patents.choose(patent.id)
    assert editor.history.count() == len(before)

    def answer(dialog: StatusDialog) -> bool:
        assert dialog.status.read() is PatentStatus.GRANTED  # the usual next step is offered
        assert not dialog.licensee.widget.isEnabled()
        dialog.set_date(date(2027, 3, 15))
        dialog.note.setText("授权公告")
        return True

    editor.ask_status = answer
    assert editor.change_status_dialog() is not None
    assert session.workspace.queries.get(Patent, patent.id).status is PatentStatus.GRANTED
    after = events_of(session, patent.id)
    assert len(after) == len(before) + 1
    assert (after[-1].date, after[-1].status, after[-1].note) == (
        date(2027, 3, 15),
        PatentStatus.GRANTED,
        "授权公告",
    )
    assert editor.history.count() == len(before) + 1
    assert editor.history.item(editor.history.count() - 1).text().startswith("2027-03-15")
    row = page.patents.model.row_of(patent.id)
    status_column = page.patents.model.columns.index("status")
    assert page.patents.model.index(row, status_column).data() == editor.status_label.text()

    session.undo_stack.undo()
    assert session.workspace.queries.get(Patent, patent.id).status is PatentStatus.FILED
    assert len(events_of(session, patent.id)) == len(before)
    assert editor.history.count() == len(before)


def test_licensing_asks_for_the_licensee_and_the_kind_of_licence(page: Any, session: Any) -> None:
    patent = next(p for p in session.workspace.queries.all(Patent) if p.status.value == "granted")
    enterprise = next(
        o
        for o in session.workspace.queries.all(Organization)
        if o.org_kind is OrganizationKind.ENTERPRISE
    )
    editor = page.patents.editor
    assert page.patents.choose(patent.id)

    def answer(dialog: StatusDialog) -> bool:
        dialog.status.fill(PatentStatus.LICENSED)
        dialog.status.combo.currentIndexChanged.emit(dialog.status.combo.currentIndex())
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert dialog.licensee.widget.isEnabled()
        assert not ok.isEnabled()  # no licensee yet
        assert dialog.message.isVisibleTo(dialog)
        dialog.licensee.combo.setCurrentIndex(dialog.licensee.combo.findData(enterprise.id))
        dialog.license_kind.combo.setCurrentIndex(
            dialog.license_kind.combo.findData(LicenseKind.EXCLUSIVE.value)
        )
        assert ok.isEnabled()
        return True

    editor.ask_status = answer
    assert editor.change_status_dialog() is not None
    stored = session.workspace.queries.get(Patent, patent.id)
    assert stored.status is PatentStatus.LICENSED
    assert stored.licensee_org_id == enterprise.id
    assert stored.license_kind is LicenseKind.EXCLUSIVE
    assert editor.fields["licensee_org_id"].read() == enterprise.id
    session.undo_stack.undo()
    stored = session.workspace.queries.get(Patent, patent.id)
    assert (stored.status, stored.licensee_org_id) == (PatentStatus.GRANTED, None)


def test_a_change_dated_before_the_history_is_refused_and_said(page: Any, session: Any) -> None:
    patent = next(p for p in session.workspace.queries.all(Patent) if p.status.value == "granted")
    editor = page.patents.editor
    assert page.patents.choose(patent.id)

    def answer(dialog: StatusDialog) -> bool:
        dialog.status.fill(PatentStatus.LAPSED)
        dialog.set_date(date(2001, 1, 1))
        return True

    editor.ask_status = answer
    assert editor.change_status_dialog() is None
    assert editor.message.isVisible()
    last = events_of(session, patent.id)[-1]
    assert last.date.isoformat() in editor.message.text()  # when the history ends
    assert session.workspace.queries.get(Patent, patent.id).status is PatentStatus.GRANTED


def test_cancelling_the_status_dialog_changes_nothing(page: Any, session: Any) -> None:
    patent = session.workspace.queries.all(Patent)[0]
    editor = page.patents.editor
    assert page.patents.choose(patent.id)
    editor.ask_status = lambda dialog: False
    assert editor.change_status_dialog() is None
    assert session.workspace.queries.get(Patent, patent.id) == patent
    assert session.undo_stack.count() == 0


def test_linking_a_step_ticks_it_and_undo_unticks_it(page: Any, session: Any) -> None:
    patent = session.workspace.queries.all(Patent)[0]
    editor = page.patents.editor
    assert page.patents.choose(patent.id)
    items = [editor.steps.item(i) for i in range(editor.steps.count())]
    unticked = next(i for i in items if i.checkState() == Qt.CheckState.Unchecked)
    step_id = unticked.data(Qt.ItemDataRole.UserRole + 1)
    unticked.setCheckState(Qt.CheckState.Checked)
    stored = session.workspace.queries.get(Patent, patent.id)
    assert stored.step_ids == (*patent.step_ids, step_id)
    session.undo_stack.undo()
    assert session.workspace.queries.get(Patent, patent.id).step_ids == patent.step_ids
    ticked = {
        editor.steps.item(i).data(Qt.ItemDataRole.UserRole + 1)
        for i in range(editor.steps.count())
        if editor.steps.item(i).checkState() == Qt.CheckState.Checked
    }
    assert ticked == set(patent.step_ids)


def test_emptying_the_expiry_clears_it(page: Any, session: Any) -> None:
    patent = next(p for p in session.workspace.queries.all(Patent) if p.expiry is not None)
    assert page.patents.choose(patent.id)
    expiry = page.patents.editor.fields["expiry"]
    assert expiry.edit.text() == patent.expiry.isoformat() and expiry.read() == patent.expiry
    expiry.edit.clear()
    expiry.edit.editingFinished.emit()
    assert session.workspace.queries.get(Patent, patent.id).expiry is None
    session.undo_stack.undo()
    assert expiry.edit.text() == patent.expiry.isoformat() and expiry.read() == patent.expiry
