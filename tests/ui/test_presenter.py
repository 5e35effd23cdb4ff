"""The presenter view, entered with F11: full screen, docks and menus gone, read-only (a drag
changes nothing), ←/→ walk problems and pathways with the others dimmed, T shows the timer,
+/− zoom, Esc leaves and everything comes back."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from roadmap.domain.entities import EntityKind, Step
from tests.support import canonical
from tests.ui.test_timeline_editing import drag, visible, wide_bars


# A floating dock is raised by Qt itself; the offscreen platform cannot, and says so.
@pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")
def test_present_walk_and_leave(opened: Any, qtbot: Any) -> None:
    session = opened.session
    docks_before = {
        d.objectName() for d in opened.findChildren(type(opened.inspector_dock)) if d.isVisible()
    }
    QTest.keyClick(opened, Qt.Key.Key_F11)
    presenter = opened.presenter
    assert presenter.active and opened.isFullScreen()
    assert not opened.menuBar().isVisible() and not opened.inspector_dock.isVisible()
    problems = list(session.problems.values())
    assert presenter.banner_label.text() == problems[0].statement
    first_problem_pathways = {
        p.id for p in session.pathways.values() if p.problem_id == problems[0].id
    }
    style = opened.canvas.canvas_style
    assert style.focus_pathways == first_problem_pathways

    QTest.keyClick(opened.canvas.view.viewport(), Qt.Key.Key_Right)
    kind, pathway_id = presenter.current()
    assert kind is EntityKind.PATHWAY and style.focus_pathways == {pathway_id}
    pathway = session.pathways[pathway_id]
    assert pathway.name in presenter.banner_label.text()
    other = next(s for s in session.steps.values() if s.pathway_id != pathway_id)
    mine = next(s for s in session.steps.values() if s.pathway_id == pathway_id)
    assert style.dimmed(other) and not style.dimmed(mine)

    zoom = opened.canvas.view.px_per_day
    QTest.keyClick(opened.canvas.view.viewport(), Qt.Key.Key_Plus)
    assert opened.canvas.view.px_per_day > zoom

    QTest.keyClick(opened.canvas.view.viewport(), Qt.Key.Key_T)
    assert opened.timer_dock.isVisible()

    QTest.keyClick(opened.canvas.view.viewport(), Qt.Key.Key_Escape)
    assert not presenter.active and not opened.isFullScreen()
    assert opened.menuBar().isVisible()
    assert style.focus_pathways is None
    docks_after = {
        d.objectName() for d in opened.findChildren(type(opened.inspector_dock)) if d.isVisible()
    }
    assert docks_before <= docks_after


def test_a_drag_in_the_presenter_view_changes_nothing(opened: Any, qtbot: Any) -> None:
    before = canonical(opened.session.workspace.queries.snapshot())
    opened.canvas.view.set_zoom(0.8)
    bar = wide_bars(opened, 60)[0]
    QTest.keyClick(opened, Qt.Key.Key_F11)
    start = visible(opened, bar)
    drag(opened, start, start + QPoint(150, 0))
    QTest.mouseDClick(
        opened.canvas.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        start,
    )
    QTest.keyClick(opened.canvas.view.viewport(), Qt.Key.Key_Delete)  # no shortcut fires
    QTest.keyClick(opened.canvas.view.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert canonical(opened.session.workspace.queries.snapshot()) == before
    assert opened.session.workspace.queries.get(Step, bar.step.id) == bar.step
    QTest.keyClick(opened.canvas.view.viewport(), Qt.Key.Key_Escape)
    assert opened.present_action.isEnabled() and opened.undo_action.isEnabled() is not None


def test_the_banner_hides_nothing_outside_the_presenter_view(opened: Any, qtbot: Any) -> None:
    """The menu bar's left end (File, Edit, Add) is not covered by the presenter's banner."""

    banner = opened.presenter.banner
    assert not banner.isVisible()
    QTest.keyClick(opened, Qt.Key.Key_F11)
    assert banner.isVisible()
    QTest.keyClick(opened.canvas.view.viewport(), Qt.Key.Key_Escape)
    assert not banner.isVisible()
    file_menu = opened.menuBar().actions()[0]
    where = opened.menuBar().actionGeometry(file_menu).center()
    assert opened.childAt(opened.menuBar().mapTo(opened, where)) is opened.menuBar()
