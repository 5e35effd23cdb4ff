"""What the app's tables share.

- `RowsModel`: a read-only table of rows under column headings, all replaced at once when the
  result behind it is worked out again (findings, schedule conflicts, pathway ranks, transfer
  figures).
- `natural_key`: text sorted as people read numbers in it (the tables sort themselves with it,
  see `ui/keyed_rows.py`).
- `result_view`: the table a list of results is shown in, picked a row at a time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from roadmap.domain.natural_order import natural_key

__all__ = ["ROOT", "Index", "RowsModel", "natural_key", "result_view"]

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invalid index: a table has only top-level rows


class RowsModel(QAbstractTableModel):
    """`rows` (one item each; subclasses say in `data` what each column shows of it) under
    `headings`."""

    def __init__(self, headings: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headings: list[str] = list(headings)
        self.rows: Sequence[Any] = ()

    def set_rows(self, rows: Sequence[Any], headings: Sequence[str] | None = None) -> None:
        """Show `rows` instead of those shown (under new `headings`, if given)."""
        self.beginResetModel()
        if headings is not None:
            self.headings = list(headings)
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.headings)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headings)
        ):
            return self.headings[section]
        return None


def result_view(
    model: QAbstractTableModel, widths: Mapping[int, int], parent: QWidget
) -> QTableView:
    """A table of `model` without row numbers, in alternating colors, picked a whole row at a
    time; the columns start `widths` pixels wide (by column) and the last takes what is left."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in widths.items():
        header.resizeSection(column, width)
    return table
