"""A read-only table of computed figures (counts by status and year, by direction, per
organization, per pathway): the rows are replaced whenever the figures are counted again."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from roadmap.ui.tables import Index, RowsModel

Cell = str | int


class FiguresModel(RowsModel):
    def __init__(self, headings: Sequence[str]) -> None:
        super().__init__(headings)
        self.rows: Sequence[Sequence[Cell]] = ()

    def set_figures(self, headings: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
        """Show these columns and rows (every row as long as `headings`)."""
        self.set_rows([list(row) for row in rows], headings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        value = self.rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
