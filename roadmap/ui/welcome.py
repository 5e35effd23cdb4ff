"""The welcome page: start a new roadmap, open one, reopen a recent one, or try the sample."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roadmap.ui.labels import tr


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    sample_requested = Signal(str)  # "en" or "zh"
    recent_requested = Signal(str)  # path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(tr("Frontier Roadmap"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(
            tr(
                "Plan industry-oriented research: problems, pathways, steps, products, patents and people on one timeline."
            ),
            self,
        )
        subtitle.setWordWrap(True)
        self.new_button = QPushButton(tr("New roadmap…"), self)
        self.open_button = QPushButton(tr("Open…"), self)
        self.sample_en = QPushButton(tr("Open the sample (English)"), self)
        self.sample_zh = QPushButton(tr("Open the sample (Chinese)"), self)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.sample_en.clicked.connect(lambda: self.sample_requested.emit("en"))
        self.sample_zh.clicked.connect(lambda: self.sample_requested.emit("zh"))
        buttons = QVBoxLayout()
        for button in (self.new_button, self.open_button, self.sample_en, self.sample_zh):
            button.setMinimumHeight(34)
            buttons.addWidget(button)
        buttons.addStretch(1)
        recent_label = QLabel(tr("Recent roadmaps"), self)
        bold = recent_label.font()
        bold.setBold(True)
        recent_label.setFont(bold)
        self.recent = QListWidget(self)
        self.recent.itemActivated.connect(self._on_recent)
        self.recent.itemClicked.connect(self._on_recent)
        self.no_recent = QLabel(tr("Roadmaps you open will be listed here."), self)
        right = QVBoxLayout()
        right.addWidget(recent_label)
        right.addWidget(self.recent, 1)
        right.addWidget(self.no_recent)
        columns = QHBoxLayout()
        columns.addLayout(buttons, 1)
        columns.addSpacing(24)
        columns.addLayout(right, 2)
        body = QWidget(self)
        body.setMaximumWidth(920)
        inner = QVBoxLayout(body)
        inner.addWidget(title)
        inner.addWidget(subtitle)
        inner.addSpacing(18)
        inner.addLayout(columns, 1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(body, 6)
        outer.addStretch(1)
        outer.setContentsMargins(24, 36, 24, 24)

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).name}\n{path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        self.no_recent.setVisible(not paths)

    def _on_recent(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole))
