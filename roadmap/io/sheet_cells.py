"""The cells a worksheet really holds, read without materializing the ones it does not.

openpyxl's `iter_rows` pads every row to the widest column and fills every missing row, so one
cell in column XFD, or one row numbered 99,999,999,999, makes a tiny workbook cost gigabytes
or run for hours. Here the work is bounded by the cells present: rows beyond Excel's last row
and cells beyond its last column are refused as damage, and cells to the right of the columns a
roadmap sheet can use are not kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from roadmap.domain.messages import Message, message

MAX_ROW = 1_048_576  # Excel's last row
MAX_COLUMN = 16_384  # Excel's last column, XFD
USED_COLUMNS = 256  # far more than any roadmap sheet has; cells beyond are ignored


class SheetOutOfBounds(ValueError):
    """A row or column number no spreadsheet program can write; `said` says which."""

    def __init__(self, said: Message) -> None:
        super().__init__(str(said))
        self.said = said


def sheet_rows(worksheet: Any) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number, values from column A) of each row that holds cells, in file order."""
    from openpyxl.worksheet._reader import WorkSheetParser

    workbook = worksheet.parent
    with worksheet._get_source() as source:
        parser = WorkSheetParser(
            source,
            worksheet._shared_strings,
            data_only=workbook.data_only,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        for number, cells in parser.parse():
            if not 1 <= number <= MAX_ROW:
                raise SheetOutOfBounds(
                    message("workbook.why_row_beyond", row=f"{number:,}", last=f"{MAX_ROW:,}")
                )
            values: dict[int, Any] = {}
            for cell in cells:
                column = cell["column"]
                if not 1 <= column <= MAX_COLUMN:
                    raise SheetOutOfBounds(message("workbook.why_column_beyond", column=column))
                if column <= USED_COLUMNS and cell["value"] is not None:
                    values[column] = cell["value"]
            width = max(values, default=0)
            yield number, tuple(values.get(c) for c in range(1, width + 1))
