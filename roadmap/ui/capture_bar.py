"""Two one-line bars above the timeline: quick capture (type a step as one line, Enter adds it
and leaves the box ready for the next) and find (matching steps light up; Enter goes to the
next). Escape closes either and gives the keyboard back to the timeline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QToolBar

from roadmap.domain.errors import RoadmapError
from roadmap.ui.labels import tr
from roadmap.ui.message_text import message_text

if TYPE_CHECKING:
    from roadmap.ui.authoring import Authoring
    from roadmap.ui.window_view import WindowView


class _Line(QLineEdit):
    """A line edit that reports Escape and Shift+Enter, which QLineEdit keeps to itself."""

    def __init__(self, bar: _Bar) -> None:
        super().__init__(bar)
        self.bar = bar

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.bar.close_bar()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            backwards = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.bar.entered(backwards)
            return
        super().keyPressEvent(event)


class _Bar(QToolBar):
    def __init__(self, window: WindowView, name: str, title: str) -> None:
        super().__init__(title, window.qt_window())
        self.window_ = window
        self.setObjectName(name)
        self.setMovable(False)
        self.caption = QLabel(title + " ", self)
        self.line = _Line(self)
        self.line.setMinimumWidth(420)
        self.note = QLabel(self)
        self.note.setContentsMargins(8, 0, 8, 0)
        self.addWidget(self.caption)
        self.addWidget(self.line)
        self.addWidget(self.note)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.line.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.line.selectAll()

    def close_bar(self) -> None:
        self.hide()
        canvas = self.window_.canvas
        if canvas is not None:
            canvas.view.setFocus()

    def entered(self, backwards: bool) -> None:
        raise NotImplementedError

    def say(self, text: str, problem: bool = False) -> None:
        self.note.setStyleSheet("color: #c62828;" if problem else "")
        self.note.setText(text)


class CaptureBar(_Bar):
    """`Pilot line 2027Q3-2028Q2 @Product #Near-memory` + Enter adds that step."""

    def __init__(self, window: WindowView, authoring: Authoring) -> None:
        super().__init__(window, "capture_bar", tr("Add step:"))
        self.authoring = authoring
        self.line.setPlaceholderText(
            tr("Name 2027Q3-2028Q2 @lane #pathway !kind TRL3-5 — Enter adds it")
        )
        self.line.textChanged.connect(lambda _text: self._show_target())

    def open_bar(self) -> None:
        super().open_bar()
        self._show_target()

    def _show_target(self) -> None:
        session = self.window_.session
        if session is None:
            return
        pathway_id, _lane = self.authoring.target()
        pathway = session.pathways.get(pathway_id or "")
        self.say(tr("→ {pathway}").format(pathway=pathway.name) if pathway else "")

    def entered(self, backwards: bool) -> None:
        text = self.line.text().strip()
        authoring = self.authoring
        if not text:
            return
        try:
            steps = authoring.steps_for(text)
        except RoadmapError as error:
            self.say(message_text(error), problem=True)
            return
        if authoring.add(steps, []) is not None:
            self.line.clear()  # ready for the next line
            self.say(tr('Added "{name}"').format(name=steps[0].name))
            self.line.setFocus()


class FindBar(_Bar):
    """Steps whose name holds the typed text light up on the timeline; Enter goes to the next
    (Shift+Enter the one before), scrolling it into view."""

    def __init__(self, window: WindowView) -> None:
        super().__init__(window, "find_bar", tr("Find:"))
        self.line.setPlaceholderText(tr("Part of a step's name — Enter goes to the next"))
        self.line.setClearButtonEnabled(True)
        self.line.textChanged.connect(self._search)
        self.matches: list[str] = []
        self.current = -1

    def _search(self, text: str) -> None:
        canvas = self.window_.canvas
        self.matches = canvas.find_steps(text) if canvas is not None else []
        self.current = -1
        if self.matches:
            self._go(0)
        else:
            self.say(tr("No step matches") if text.strip() else "", problem=bool(text.strip()))

    def entered(self, backwards: bool) -> None:
        if self.matches:
            self._go((self.current + (-1 if backwards else 1)) % len(self.matches))

    def _go(self, index: int) -> None:
        self.current = index
        canvas = self.window_.canvas
        if canvas is not None:
            canvas.select_steps([self.matches[index]])
        self.say(tr("{number} of {count}").format(number=index + 1, count=len(self.matches)))

    def close_bar(self) -> None:
        canvas = self.window_.canvas
        if canvas is not None:
            canvas.find_steps("")
        self.matches = []
        super().close_bar()
