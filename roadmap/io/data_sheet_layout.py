"""How a data sheet of the workbook is laid out beyond its cells: each column's width, format
and validation, how tall a row of wrapped text is, and how the sheet prints."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from roadmap.io.enum_labels import choices
from roadmap.io.timeline_grid import LINE_HEIGHT, NARROW, wrapped_lines
from roadmap.io.workbook_layout import Cell, Column
from roadmap.io.workbook_styles import Styles

LAST_ROW = 1_048_575  # validation covers rows a planner adds below the table
CELL_PADDING = 1.0  # of a column's width, in characters, that its wrapped text cannot use
# `display_width` counts a Latin letter as NARROW (1.1) of a column's width units; printed in
# the data sheets' 10-point font a unit holds about 1.25 letters of DejaVu Sans (LibreOffice
# without Calibri), 1.35 of Calibri. So Latin text gets 1.3× the room; CJK text (two units a
# character, as `display_width` counts it) gets the column's own.
_LATIN_ROOM = 1.3
# Points per line of the 10-point text: Calibri's 12.75, DejaVu's 11.7; CJK fonts run taller.
LINE_POINTS = {"en": 13.0, "zh": LINE_HEIGHT}


def line_count(text: str, room: float) -> int:
    """The lines `text` takes wrapped into `room` width units."""
    if not text.isascii():
        return wrapped_lines(text, room)
    letters = room * _LATIN_ROOM / NARROW  # the letters a line holds
    if len(text) <= letters:  # most cells: one line, no counting
        return 1
    return _latin_lines(text, letters)


def _latin_lines(text: str, letters: float) -> int:
    """`wrapped_lines` of ASCII text, where every letter is as wide as a space: word lengths
    suffice (a tenth of the time of measuring each character on the Steps sheet of L)."""
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0.0
        for word in paragraph.split():
            need = len(word)
            if used and used + 1 + need > letters:
                lines += 1
                used = need
            else:
                used += need + (1 if used else 0)
            while used > letters:  # a word longer than a line breaks inside it
                lines += 1
                used -= letters
    return lines


def set_printing(ws: Any, columns: Sequence[Column], has_rows: bool) -> None:
    """Landscape, one page wide, the header row on every page. A sheet with no rows gets a
    print area of one blank cell beside its table, so printing the workbook leaves it out
    (it printed a page holding only its header row); its table is there to fill in."""
    if not has_rows:
        ws.print_area(0, len(columns) + 1, 0, len(columns) + 1)
        return
    ws.set_landscape()
    # One page wide: A4 for narrow sheets, A3 for wide ones so the text stays readable.
    ws.set_paper(9 if sum(c.width for c in columns) <= 160 else 8)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)


def set_column(styles: Styles, language: str, ws: Any, index: int, column: Column) -> None:
    """The column's width and format, and what may be typed in it below the table too: an
    enum's choices, a number's range, a date."""
    fmt = {Cell.DATE: styles.date, Cell.ID: styles.id, Cell.REF: styles.id}.get(column.cell)
    ws.set_column(index, index, column.width, fmt)
    if column.cell is Cell.ENUM and column.enum is not None:
        ws.data_validation(
            1,
            index,
            LAST_ROW,
            index,
            {
                "validate": "list",
                "source": choices(column.enum, language),
                "error_message": ", ".join(choices(column.enum, language)),
            },
        )
    elif column.bounds is not None:
        low, high = column.bounds
        ws.data_validation(
            1,
            index,
            LAST_ROW,
            index,
            {
                "validate": "integer",
                "criteria": "between",
                "minimum": low,
                "maximum": high,
                "error_message": f"{low}–{high}",
            },
        )
    elif column.cell is Cell.DATE:
        ws.data_validation(
            1,
            index,
            LAST_ROW,
            index,
            {
                "validate": "date",
                "criteria": "between",
                "minimum": date(1900, 1, 1),
                "maximum": date(9999, 12, 31),
                "error_message": "YYYY-MM-DD",
            },
        )
