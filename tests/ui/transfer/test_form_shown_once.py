"""A patent, organization or person chosen in the Technology transfer tab has one form on
screen: the one beside its list. The inspector names the record's kind and leaves the form to
that page; on any other tab (or the figures) the inspector shows the form again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from roadmap.domain.entities import EntityKind, Patent


def _click_row(page: Any, row: int) -> None:
    view = page.view
    rect = view.visualRect(page.model.index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_chosen_patents_form_shows_once(opened: Any, qtbot: Any) -> None:
    window = opened
    inspector = window.inspector
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    transfer = window.transfer
    assert transfer is not None
    patents = transfer.patents
    qtbot.waitUntil(patents.view.isVisible)
    _click_row(patents, 2)
    chosen = patents.current_id()
    assert chosen is not None and window.session.selection == (EntityKind.PATENT, chosen)
    # The form beside the list shows the patent; the inspector does not repeat it.
    assert patents.editor.entity is not None and patents.editor.entity.id == chosen
    assert patents.editor.isVisible()
    assert inspector.editors == {}
    assert inspector.beside_note.isVisible()
    assert inspector.title.text() == "Patent"

    # Typed beside the list, stored once.
    title = patents.editor.fields["title"].widget
    title.selectAll()
    QTest.keyClicks(title, "Stacked die bonding")
    QTest.keyClick(title, Qt.Key.Key_Return)
    stored = window.session.workspace.queries.get(Patent, chosen)
    assert stored.title == "Stacked die bonding"

    # The figures page shows no form: the inspector shows it.
    bar = transfer.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(3).center())
    assert transfer.record_kind_shown() is None
    assert "title" in inspector.editors and not inspector.beside_note.isVisible()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    assert inspector.editors == {}

    # On the timeline the inspector is where the patent is edited.
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "title" in inspector.editors)
    assert inspector.editors["title"][0].text() == "Stacked die bonding"
    assert not inspector.beside_note.isVisible()


def test_a_person_chosen_in_the_navigator_shows_in_the_inspector_off_the_transfer_tab(
    opened: Any, qtbot: Any
) -> None:
    window = opened
    inspector = window.inspector
    person = window.session.workspace.queries.snapshot().people[0]
    window.session.select(EntityKind.PERSON, person.id)
    assert "name" in inspector.editors
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    transfer = window.transfer
    assert transfer is not None
    # The patents page is shown: the person's form stays in the inspector.
    assert transfer.record_kind_shown() is EntityKind.PATENT
    assert "name" in inspector.editors
    bar = transfer.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())  # People
    qtbot.waitUntil(lambda: transfer.people.current_id() == person.id)
    assert inspector.editors == {} and inspector.beside_note.isVisible()
