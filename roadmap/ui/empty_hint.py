"""What an empty timeline says: what to do first, with a button for each, so a facilitator in
front of a team does not have to hunt through menus for the first problem, pathway or step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from roadmap.services.changes import Edit
from roadmap.ui.labels import tr
from roadmap.ui.session import RoadmapSession


class EmptyHint(QFrame):
    """Centred over `host` while `session` has no steps; gone once it has one."""

    def __init__(
        self,
        session: RoadmapSession,
        host: QWidget,
        buttons: list[tuple[str, Callable[[], object]]],
    ) -> None:
        super().__init__(host)
        self.session = session
        self.host = host
        self.setObjectName("empty_hint")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        for text, slot in buttons:
            button = QPushButton(text, self)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            row.addWidget(button)
            self.buttons.append(button)
        layout.addLayout(row)
        self.setFixedWidth(560)
        host.installEventFilter(self)
        session.edited.connect(self._follow)
        self._follow(None)

    def _follow(self, _edit: Edit | None) -> None:
        session = self.session
        if session.steps:
            self.hide()
            return
        if not session.problems:
            text = tr(
                "This roadmap is empty. Start with the problem industry needs solved, then "
                "the pathways that could solve it, then their steps."
            )
        elif not session.pathways:
            text = tr("Next: add a pathway, one feasible route to the problem.")
        else:
            text = tr(
                "Next: add steps. Double-click in a pathway's row, press Ctrl+K and type "
                "one step per line, or paste a list (one step per line, or spreadsheet rows)."
            )
        self.message.setText(text)
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        self.move(
            max(0, (self.host.width() - self.width()) // 2),
            max(0, (self.host.height() - self.height()) // 3),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host and event.type() == QEvent.Type.Resize:
            self._place()
        return False
