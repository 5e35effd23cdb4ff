"""The transfer view counts what the Chinese sample holds, follows edits, and is reachable
from the main window, where choosing a patent anywhere picks its row."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QHeaderView, QTableView

from roadmap.domain.entities import EntityKind, Patent
from roadmap.domain.enums import PatentStatus
from roadmap.services import transfer_tables
from roadmap.services.transfer import TransferCommands
from roadmap.services.transfer_tables import figure_tables_in_file
from roadmap.ui.transfer import counting, transfer_view


def column(model: Any, index: int) -> list[str]:
    return [model.index(r, index).data() for r in range(model.rowCount())]


def row(model: Any, index: int) -> list[str]:
    return [model.index(index, c).data() for c in range(model.columnCount())]


def test_the_view_shows_the_samples_counts(page: Any, qtbot: Any) -> None:
    view = page.show_figures()
    mode = QAbstractItemModelTester.FailureReportingMode.Fatal
    for model in (view.pipeline, view.moves, view.licensed, view.organizations, view.pathways):
        QAbstractItemModelTester(model, mode)
    qtbot.waitUntil(lambda: view.figures is not None)
    # Now: 1 idea, 4 filed, 1 granted, 2 licensed, 1 transferred, 1 lapsed.
    assert row(view.pipeline, 0)[1:] == ["1", "4", "1", "2", "1", "1"]
    assert column(view.pipeline, 0)[1:] == ["2026", "2025"]
    assert row(view.pipeline, 2)[1:] == ["0", "6", "0", "0", "0", "0"]  # end of 2025
    # Moves by direction: research → industry 2, industry → research 1,
    # university ↔ institute 2, other 1.
    assert column(view.moves, 1) == ["2", "1", "2", "1"]
    assert view.licensed.rowCount() == 3
    assert view.organizations.rowCount() == 10
    assert view.pathways.rowCount() == 6
    assert sum(int(n) for n in column(view.pathways, 3)) == 3  # to enterprises, per pathway
    assert view.summary.text().startswith("10 ")
    qtbot.waitUntil(lambda: not view.talent_chart.pixmap.isNull(), timeout=60_000)
    assert not view.patents_chart.pixmap.isNull()
    # Drawn at the width it is given, keeping its proportions (once laid out again: the page
    # may have been laid out before the count came back from its worker thread).
    chart = view.patents_chart
    qtbot.waitUntil(
        lambda: (
            chart.height() > 100 and abs(chart.height() - chart.heightForWidth(chart.width())) <= 1
        )
    )
    # The helper process scaled the picture down already (the window only copies its pixels);
    # what is painted has the width shown.
    assert chart.picture is not None and 0 < chart.picture.fitted_width < chart.picture.width
    chart.repaint()
    assert chart.pixmap.width() == chart.width()
    # The tables' columns fit their texts, which are measured here, not by Qt row by row.
    table = next(t for t in view.findChildren(QTableView) if t.model() is view.organizations)
    header = table.horizontalHeader()
    for column_number in range(1, view.organizations.columnCount()):
        assert header.sectionResizeMode(column_number) != QHeaderView.ResizeMode.ResizeToContents
        widest = max(
            table.fontMetrics().horizontalAdvance(text)
            for text in column(view.organizations, column_number)
        )
        assert header.sectionSize(column_number) > widest


def test_the_view_counts_again_after_an_edit(page: Any, session: Any, qtbot: Any) -> None:
    view = page.show_figures()
    qtbot.waitUntil(lambda: view.figures is not None)
    reset: list[str] = []
    view.pipeline.modelReset.connect(lambda: reset.append("pipeline"))
    view.moves.modelReset.connect(lambda: reset.append("moves"))
    lapse_the_granted_patent(session)
    qtbot.waitUntil(lambda: row(view.pipeline, 0)[1:] == ["1", "4", "0", "2", "1", "2"])
    assert column(view.pipeline, 0)[1] == "2027"
    # A patent's status moves no person: that table is not laid out again.
    assert reset == ["pipeline"]
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: row(view.pipeline, 0)[1:] == ["1", "4", "1", "2", "1", "1"])


def lapse_the_granted_patent(session: Any) -> Any:
    granted = next(
        p for p in session.workspace.queries.all(Patent) if p.status is PatentStatus.GRANTED
    )
    queries = session.workspace.queries
    return session.perform(
        lambda c: TransferCommands(c, queries).change_patent_status(
            granted.id, PatentStatus.LAPSED, date(2027, 1, 5)
        )
    )


def test_an_edit_is_counted_in_the_helper_process_while_the_window_goes_on(
    page: Any, session: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = page.show_figures()
    qtbot.waitUntil(lambda: view.figures is not None)
    # The charts of the first show are drawn through the helper process from a thread of
    # their own; let them finish, so what is asked below is the edit's.
    qtbot.waitUntil(lambda: not view.patents_chart.pixmap.isNull(), timeout=60_000)
    # Counted here, the whole roadmap would be read in this process: the spy would see it.
    counted_here: list[threading.Thread] = []
    count = transfer_tables.transfer_figures

    def spy(snapshot: Any) -> Any:
        counted_here.append(threading.current_thread())
        return count(snapshot)

    monkeypatch.setattr(transfer_tables, "transfer_figures", spy)
    asked: list[tuple[Any, threading.Thread]] = []
    worker = session.worker
    call = worker.call

    def asking(function: Any, *args: Any) -> Any:
        asked.append((function, threading.current_thread()))
        return call(function, *args)

    monkeypatch.setattr(worker, "call", asking)
    with qtbot.waitSignal(view.counting.ready, timeout=30_000):
        assert lapse_the_granted_patent(session) is not None
        # The edit is back at once: the window asked the helper process nothing on the way
        # (a recount may already be under way in a worker thread), the old figures show.
        assert all(thread is not threading.main_thread() for _, thread in asked)
        assert row(view.pipeline, 0)[1:] == ["1", "4", "1", "2", "1", "1"]
    counted = [thread for function, thread in asked if function is figure_tables_in_file]
    assert counted and threading.main_thread() not in counted  # asked from a worker thread
    assert counted_here == []
    assert row(view.pipeline, 0)[1:] == ["1", "4", "0", "2", "1", "2"]
    assert column(view.pipeline, 0)[1] == "2027"


def test_the_charts_are_drawn_again_only_when_what_they_show_changed(
    page: Any, session: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = page.show_figures()
    qtbot.waitUntil(lambda: not view.patents_chart.pixmap.isNull(), timeout=60_000)
    drawn: list[str] = []
    drawn_in: list[threading.Thread] = []
    draw = counting.draw_charts

    def spy(worker: Any, path: Any, language: str, fit: Any) -> Any:
        drawn.extend(counting.CHART_NAMES)
        drawn_in.append(threading.current_thread())
        return draw(worker, path, language, fit)

    monkeypatch.setattr(transfer_view, "draw_charts", spy)
    before = view.patents_chart.pixmap.toImage()
    step = next(iter(session.steps.values()))
    week = timedelta(days=7)
    with qtbot.waitSignal(view.counting.ready, timeout=10_000):
        moved = session.perform(lambda c: c.move_step(step.id, step.start + week, step.end + week))
        assert moved is not None
    assert not view.charting.busy
    assert drawn == []  # a step's dates show in no transfer figure
    with qtbot.waitSignal(view.charting.ready, timeout=60_000):
        assert lapse_the_granted_patent(session) is not None
    assert sorted(drawn) == ["patents", "talent"]
    assert threading.main_thread() not in drawn_in  # drawn away from the window
    assert row(view.pipeline, 0)[1:] == ["1", "4", "0", "2", "1", "2"]
    assert view.patents_chart.pixmap.toImage() != before  # the new picture is shown


def test_the_main_window_has_a_transfer_tab_that_follows_the_selection(opened: Any) -> None:
    assert opened.transfer is None or opened.tabs.count() == 4
    opened.tabs.setCurrentIndex(3)
    transfer = opened.transfer
    assert transfer is not None
    assert transfer.isVisible()
    patent = opened.session.workspace.queries.all(Patent)[2]
    opened.session.select(EntityKind.PATENT, patent.id)
    assert transfer.patents.current_id() == patent.id
    assert transfer.patents.editor.entity == patent
    other = opened.session.workspace.queries.all(Patent)[3]
    transfer.patents.choose(other.id)
    assert opened.session.selection == (EntityKind.PATENT, other.id)
    opened.close_document()
    assert opened.transfer is None


def test_the_inspector_shows_a_patents_status_but_leaves_changing_it_to_the_dialog(
    opened: Any,
) -> None:
    patent = opened.session.workspace.queries.all(Patent)[0]
    opened.session.select(EntityKind.PATENT, patent.id)
    status = opened.inspector.editors["status"][0]
    assert not status.isEnabled()
    assert opened.inspector.editors["title"][0].isEnabled()


def test_the_transfer_tab_builds_each_records_page_when_it_is_first_shown(
    opened: Any, qtbot: Any
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtTest import QTest

    from roadmap.domain.entities import Organization, Person
    from roadmap.ui.transfer.record_page import RecordPage

    next(a for a in opened.findChildren(QAction) if a.text() == "Tech&nology transfer").trigger()
    transfer = opened.transfer
    assert transfer is not None
    qtbot.waitUntil(transfer.isVisible)
    assert len(transfer.findChildren(RecordPage)) == 1  # the patents page, shown first
    bar = transfer.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())  # People
    built = transfer.findChildren(RecordPage)
    assert len(built) == 2
    people = opened.session.workspace.queries.all(Person)
    qtbot.waitUntil(lambda: any(page.isVisible() for page in built))
    shown = next(page for page in built if page.isVisible())
    assert shown.model.rowCount() == len(people) > 0
    # Following a selection to a page not built yet builds it and shows the record.
    organization = opened.session.workspace.queries.all(Organization)[1]
    assert transfer.show_record(EntityKind.ORGANIZATION, organization.id)
    assert transfer.organizations.current_id() == organization.id
    qtbot.waitUntil(transfer.organizations.isVisible)
