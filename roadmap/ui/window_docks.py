"""The main window's docks, made once with the window: the navigator on the left, the inspector
with the undo history behind it on the right, the analysis under the timeline, and the
workshop's timer and parking lot (hidden until a session asks for them). Their contents
follow the roadmap shown; each has an object name, so the window's saved state restores it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QDockWidget, QMainWindow, QUndoView, QWidget

from roadmap.ui.labels import tr
from roadmap.ui.workshop_timer import TimerPanel

Area = Qt.DockWidgetArea


@dataclass(frozen=True)
class Docks:
    navigator: QDockWidget
    inspector: QDockWidget
    history: QDockWidget
    analysis: QDockWidget
    timer: QDockWidget
    parking: QDockWidget


def add_docks(window: QMainWindow, undo_group: QUndoGroup) -> Docks:
    def dock(title: str, name: str, area: Area) -> QDockWidget:
        made = QDockWidget(title, window)
        made.setObjectName(name)
        window.addDockWidget(area, made)
        return made

    navigator = dock(tr("Navigator"), "navigator", Area.LeftDockWidgetArea)
    inspector = dock(tr("Inspector"), "inspector", Area.RightDockWidgetArea)
    history = dock(tr("Undo history"), "history", Area.RightDockWidgetArea)
    analysis = dock(tr("Analysis"), "analysis", Area.BottomDockWidgetArea)
    history.setWidget(QUndoView(undo_group, history))
    analysis.setWidget(QWidget(analysis))
    window.tabifyDockWidget(inspector, history)
    inspector.raise_()
    analysis.hide()
    timer = dock(tr("Workshop timer"), "timer", Area.RightDockWidgetArea)
    timer.setWidget(TimerPanel(timer))
    timer.hide()  # not part of a roadmap: shown when a session is time-boxed
    parking = dock(tr("Parking lot"), "parking", Area.RightDockWidgetArea)
    parking.hide()
    return Docks(navigator, inspector, history, analysis, timer, parking)
