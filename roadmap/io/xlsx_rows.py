"""xlsxwriter's workbook and worksheet, writing the same file with less work per row and cell.

xlsxwriter (in its default, in-memory mode) stores a sheet's cells per row and, when the
workbook closes, walks every column from the sheet's first to its last for every row: twice,
once to find each 16-row block's span of columns and once to write the cells. The Timeline of
L is 10,550 rows by 250 columns of which a row fills about nine, so those walks looked at
5 million empty places — a sixth of the whole export. `RowSheet` visits only the cells a row
holds, in column order, and writes byte for byte what xlsxwriter writes
(`tests/io/test_xlsx_rows.py` compares both on whole workbooks).

`put_string` and `put_number` are xlsxwriter's own undecorated `write_string` and
`write_number`: the public ones first ask whether the row is an "A1" address, which the
exporter, writing a few hundred thousand cells by row and column, never passes.

Both lean on xlsxwriter's internals (`table`, `row_info`, `_write_row`, `_write_cell`), which
xlsxwriter 3.3 has; a version without them gets xlsxwriter's own way of writing rows.
"""

from __future__ import annotations

from typing import Any

import xlsxwriter
from xlsxwriter.worksheet import Worksheet


class RowSheet(Worksheet):  # type: ignore[misc]  # xlsxwriter is untyped for mypy here
    """A worksheet that writes its rows visiting only the cells each row holds."""

    put_string = Worksheet._write_string
    put_number = Worksheet._write_number

    def _calculate_spans(self) -> None:
        if not _KNOWN_ROWS:
            super()._calculate_spans()
            return
        # Each block of 16 rows gets the first and last column any of its cells are in
        # (1-based, "first:last"); blocks without cells get none. As xlsxwriter's own.
        low_row, high_row = self.dim_rowmin, self.dim_rowmax
        found: dict[int, list[int]] = {}
        for source in (self.table, self.comments):
            for row_num, cells in source.items():
                if not cells or low_row is None or not low_row <= row_num <= high_row:
                    continue
                block = found.get(row_num // 16)
                first, last = min(cells), max(cells)
                if block is None:
                    found[row_num // 16] = [first, last]
                else:
                    block[0] = min(block[0], first)
                    block[1] = max(block[1], last)
        self.row_spans = {b: f"{first + 1}:{last + 1}" for b, (first, last) in found.items()}

    def _write_rows(self) -> None:
        if not _KNOWN_ROWS:
            super()._write_rows()
            return
        self._calculate_spans()
        table, row_info, comments, spans = self.table, self.row_info, self.comments, self.row_spans
        write_cell = self._write_cell
        if self.dim_rowmin is None:
            return
        for row_num in range(self.dim_rowmin, self.dim_rowmax + 1):
            cells = table.get(row_num)
            if not cells and row_num not in row_info and row_num not in comments:
                continue
            span = spans.get(row_num // 16)
            if cells:
                self._write_row(row_num, span, row_info.get(row_num))
                for col_num in sorted(cells):
                    write_cell(row_num, col_num, cells[col_num])
                self._xml_end_tag("row")
            else:
                self._write_empty_row(row_num, span, row_info.get(row_num))


class RowWorkbook(xlsxwriter.Workbook):  # type: ignore[misc]
    """A workbook whose worksheets are `RowSheet`s."""

    worksheet_class = RowSheet

    def let_go(self) -> None:
        """Break the one reference cycle of a workbook: each sheet holds the workbook's
        `add_format`, and so the workbook that holds the sheets. Without it the workbook and
        every cell in it outlived the export until the cyclic collector found them (which
        the export pauses); after it reference counting frees them at once."""
        for sheet in self.worksheets():
            if hasattr(sheet, "workbook_add_format"):
                sheet.workbook_add_format = None


def _knows_rows() -> bool:
    """Whether this xlsxwriter keeps rows as `RowSheet` expects (3.3 on)."""
    probe: Any = Worksheet()
    return all(
        hasattr(probe, name) for name in ("table", "row_info", "comments", "row_spans")
    ) and all(hasattr(Worksheet, name) for name in ("_write_row", "_write_empty_row"))


_KNOWN_ROWS = _knows_rows()
