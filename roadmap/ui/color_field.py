"""A colour chooser for the inspector: a swatch button whose menu offers the qualitative
palette new pathways take their colours from, and any other colour through the colour dialog
(a hex text field was what planners had before, and nobody types #4C78A8)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QColorDialog, QMenu, QToolButton, QWidget

from roadmap.domain.colors import PALETTE
from roadmap.ui.labels import tr


def swatch(color: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class ColorField(QToolButton):
    chosen = Signal(str)  # "#RRGGBB", after the user picked a colour

    def __init__(self, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._color = color.upper()
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        for value in PALETTE:
            action = menu.addAction(swatch(value), value)
            action.setData(value)
            action.triggered.connect(lambda _checked=False, v=value: self.set_color(v, True))
        menu.addSeparator()
        other = menu.addAction(tr("Other colour…"))
        other.triggered.connect(self._pick)
        self.setMenu(menu)
        self._show()

    def color(self) -> str:
        return self._color

    def set_color(self, color: str, by_user: bool = False) -> None:
        self._color = QColor(color).name().upper()
        self._show()
        if by_user:
            self.chosen.emit(self._color)

    def _show(self) -> None:
        self.setIcon(swatch(self._color, 16))
        self.setText(self._color)
        self.setToolButtonStyle(self.toolButtonStyle().ToolButtonTextBesideIcon)

    def _pick(self) -> None:
        picked = QColorDialog.getColor(QColor(self._color), self, tr("Choose a colour"))
        if picked.isValid():
            self.set_color(picked.name(), True)
