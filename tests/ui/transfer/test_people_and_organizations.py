"""The organization and person editors: create, edit, undo; moves recorded into a person's
history and taken back."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from roadmap.domain.entities import Mobility, Organization, Person
from roadmap.domain.enums import MobilityKind, OrganizationKind
from roadmap.ui.transfer.move_dialog import MoveDialog


def organization_of_kind(session: Any, kind: OrganizationKind) -> Organization:
    return next(o for o in session.workspace.queries.all(Organization) if o.org_kind is kind)


def test_the_people_and_organization_models_pass_qts_model_tester(page: Any) -> None:
    mode = QAbstractItemModelTester.FailureReportingMode.Fatal
    for record_page in (page.organizations, page.people):
        QAbstractItemModelTester(record_page.model, mode)
        record_page.filter.setText("大学")
        record_page.filter.clear()
        record_page.add_record()
        asked = len(page.questions)
        record_page.delete_button.click()
        assert len(page.questions) == asked + 1
    organization = page.session.workspace.queries.all(Organization)[0]
    page.session.perform(
        lambda c: c.update(organization.kind, organization.id, name="更名后的研究院")
    )
    page.session.undo_stack.undo()


def test_nothing_chosen_leaves_the_editors_disabled(page: Any) -> None:
    for record_page in page.pages.values():
        assert record_page.current_id() is None
        assert not record_page.editor.isEnabled()
        assert not record_page.delete_button.isEnabled()


def test_create_edit_and_undo_an_organization_and_its_sector(page: Any, session: Any) -> None:
    organizations = page.organizations
    count = organizations.model.rowCount()
    organizations.add_record()
    new_id = organizations.current_id()
    assert new_id is not None and organizations.model.rowCount() == count + 1
    editor = organizations.editor

    name = editor.fields["name"].widget
    name.setFocus()
    name.selectAll()
    QApplication.sendEvent(name, QInputMethodEvent("", []))
    commit = QInputMethodEvent()
    commit.setCommitString("海川半导体股份有限公司")
    QApplication.sendEvent(name, commit)
    name.editingFinished.emit()
    sector = editor.fields["org_kind"].combo
    sector.setCurrentIndex(sector.findData(OrganizationKind.ENTERPRISE.value))
    sector.activated.emit(sector.currentIndex())

    stored = session.workspace.queries.get(Organization, new_id)
    assert (stored.name, stored.org_kind) == ("海川半导体股份有限公司", OrganizationKind.ENTERPRISE)
    row = organizations.model.row_of(new_id)
    sector_column = organizations.model.columns.index("org_kind")
    assert organizations.model.index(row, sector_column).data() == sector.currentText()
    # The new organization can be chosen at once for a person.
    person_editor = page.people.editor
    assert person_editor.fields["organization_id"].combo.findData(new_id) > 0

    session.undo_stack.undo()  # name and sector, typed one after another: one entry
    assert session.workspace.queries.get(Organization, new_id).org_kind is OrganizationKind.OTHER
    assert editor.fields["org_kind"].read() is OrganizationKind.OTHER
    assert editor.fields["name"].read() == session.workspace.queries.get(Organization, new_id).name
    session.undo_stack.undo()
    assert organizations.model.rowCount() == count
    assert person_editor.fields["organization_id"].combo.findData(new_id) < 0


def test_create_edit_and_undo_a_person(page: Any, session: Any) -> None:
    people = page.people
    people.add_record()
    new_id = people.current_id()
    editor = people.editor
    institute = organization_of_kind(session, OrganizationKind.RESEARCH_INSTITUTE)
    editor.fields["name"].line.setText("林晓川")
    editor.fields["name"].line.editingFinished.emit()
    organization = editor.fields["organization_id"].combo
    organization.setCurrentIndex(organization.findData(institute.id))
    organization.activated.emit(organization.currentIndex())
    editor.fields["role"].line.setText("首席科学家")
    editor.fields["role"].line.editingFinished.emit()
    stored = session.workspace.queries.get(Person, new_id)
    assert (stored.name, stored.organization_id, stored.role) == (
        "林晓川",
        institute.id,
        "首席科学家",
    )
    column = people.model.columns.index("organization_id")
    assert people.model.index(people.model.row_of(new_id), column).data() == institute.name
    session.undo_stack.undo()  # organization and role, one after another: one entry
    assert editor.fields["role"].read() == ""
    assert editor.fields["organization_id"].read() is None
    assert session.workspace.queries.get(Person, new_id).organization_id is None


def test_a_recorded_move_shows_in_the_persons_history_and_undo_removes_it(
    page: Any, session: Any
) -> None:
    queries = session.workspace.queries
    university = organization_of_kind(session, OrganizationKind.UNIVERSITY)
    enterprise = organization_of_kind(session, OrganizationKind.ENTERPRISE)
    person = next(p for p in queries.all(Person) if p.organization_id == university.id)
    editor = page.people.editor
    assert page.people.choose(person.id)
    before = editor.move_ids()

    def answer(dialog: MoveDialog) -> bool:
        assert dialog.source.read() == university.id  # from where the person works now
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # no destination yet
        dialog.mobility_kind.fill(MobilityKind.TRANSFER)
        dialog.target.combo.setCurrentIndex(dialog.target.combo.findData(enterprise.id))
        dialog.set_dates(date(2025, 7, 1))
        assert ok.isEnabled()
        dialog.note.setText("加入企业研发中心")
        return True

    editor.ask_move = answer
    assert editor.record_move_dialog() is not None
    moves = [m for m in queries.all(Mobility) if m.person_id == person.id]
    assert len(moves) == len(before) + 1
    new = next(m for m in moves if m.id not in before)
    assert (new.from_org_id, new.to_org_id, new.mobility_kind, new.start, new.end) == (
        university.id,
        enterprise.id,
        MobilityKind.TRANSFER,
        date(2025, 7, 1),
        None,
    )
    assert new.id in editor.move_ids()
    line = editor.moves.item(editor.move_ids().index(new.id)).text()
    assert "2025-07-01" in line and enterprise.name in line and "加入企业研发中心" in line
    # A transfer that has begun makes the enterprise the person's organization.
    assert queries.get(Person, person.id).organization_id == enterprise.id
    assert editor.fields["organization_id"].read() == enterprise.id

    session.undo_stack.undo()
    assert editor.move_ids() == before
    assert queries.get(Person, person.id).organization_id == university.id


def test_a_move_ending_before_it_starts_cannot_be_recorded(page: Any, session: Any) -> None:
    person = session.workspace.queries.all(Person)[0]
    editor = page.people.editor
    assert page.people.choose(person.id)
    other = next(
        o for o in session.workspace.queries.all(Organization) if o.id != person.organization_id
    )
    dialog = MoveDialog(person, editor.organization_choices(), today=date(2026, 1, 1))
    dialog.target.combo.setCurrentIndex(dialog.target.combo.findData(other.id))
    dialog.end.edit.setText("2025-01-01")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.message.text()
    dialog.end.edit.setText("2026-06-30")
    assert ok.isEnabled()
    dialog.deleteLater()


def test_removing_a_move_and_undoing_it(page: Any, session: Any) -> None:
    queries = session.workspace.queries
    moved = queries.all(Mobility)[0]
    editor = page.people.editor
    assert page.people.choose(moved.person_id)
    ids = editor.move_ids()
    editor.moves.setCurrentRow(ids.index(moved.id))
    assert editor.remove_button.isEnabled()
    assert editor.remove_selected_move() is not None
    assert moved.id not in editor.move_ids()
    assert moved.id not in {m.id for m in queries.all(Mobility)}
    session.undo_stack.undo()
    assert editor.move_ids() == ids
