"""A data sheet's column read as field values, the whole column in one pass.

A sheet of L holds 200,000 cells. Reading them through one Python call per cell cost more than
calamine's own parse (issue 19), so each column first takes a fast pass — one comprehension over
its cells — that handles the values a workbook mostly holds: text as text, a date cell as a
date, a number as a number, a label seen before. Every other cell is left (`_SLOW`) to the
per-cell reader `cell_reader`, which knows every form a value may take and says exactly what is
wrong with one. The two must agree on every value the fast pass takes;
`tests/io/test_workbook_columns.py` holds them to it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from enum import Enum
from math import isfinite
from typing import Any

from roadmap.domain.messages import message
from roadmap.io import enum_labels
from roadmap.io.records import ValueProblem, base_type, converter
from roadmap.io.workbook_layout import Cell, Column

_EXCEL_DAY_ZERO = date(1899, 12, 30)
_SLOW = object()  # a cell the fast pass leaves to the per-cell reader

CellReader = Callable[[Any], Any]
# cells -> (the field values, None for an empty cell; the cells that cannot be read, by index)
ColumnReader = Callable[[Sequence[Any]], tuple[list[Any], dict[int, ValueError]]]


def to_date(value: Any) -> Any:
    """Dates also arrive as Excel day numbers when a cell lost its date format."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 1 <= value < 2958466:
        return _EXCEL_DAY_ZERO + timedelta(days=int(value))
    return value


def cell_reader(column: Column, hint: Any, language: str) -> CellReader:
    """`cell value -> field value` for one non-empty cell (None: the cell counts as empty),
    raising ValueError with a plain message."""
    return _cell_reader(column, hint, language, {})


def _cell_reader(column: Column, hint: Any, language: str, members: dict[str, Any]) -> CellReader:
    convert = converter(hint)
    if column.cell in (Cell.TEXT, Cell.LONG_TEXT):
        return convert  # text keeps its spaces
    enum = column.enum if column.cell is Cell.ENUM else None
    is_date = column.cell is Cell.DATE

    def read(value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip() or None
        if value is None:
            return None  # the field's default, or "is empty" if the record needs it
        if enum is not None:
            text = str(value)
            member = members.get(text)
            if member is None:
                member = enum_labels.parse(enum, text)
            if member is None:
                shown = ", ".join(enum_labels.choices(enum, language))
                raise ValueProblem(message("value.not_one_of", value=value, choices=shown))
            members[text] = member  # the fast pass reads this label by itself from now on
            return member
        if is_date:
            value = to_date(value)
        return convert(value)

    return read


def column_reader(column: Column, hint: Any, language: str) -> ColumnReader:
    """Read a column's cells (None or "" for an empty one); made once per sheet."""
    members = _known_labels(column)
    read = _cell_reader(column, hint, language, members)
    fast = _fast_pass(column, base_type(hint), members)

    def read_column(cells: Sequence[Any]) -> tuple[list[Any], dict[int, ValueError]]:
        values = fast(cells)
        errors: dict[int, ValueError] = {}
        if _SLOW in values:
            for index, value in enumerate(values):
                if value is not _SLOW:
                    continue
                try:
                    values[index] = read(cells[index])
                except ValueError as exc:
                    values[index] = None
                    errors[index] = exc
        return values, errors

    return read_column


def _known_labels(column: Column) -> dict[str, Any]:
    """An enum column's words read as its values before a cell is seen: each value and its
    label in both languages, each as `enum_labels.parse` reads it; "" is an empty cell."""
    known: dict[str, Any] = {"": None}
    if column.cell is Cell.ENUM and column.enum is not None:
        for member in column.enum:
            for text in (str(member.value), *enum_labels.LABELS.get(member, ())):
                if enum_labels.parse(column.enum, text) is member:
                    known[text] = member
    return known


def _fast_pass(
    column: Column, base: Any, members: dict[str, Any]
) -> Callable[[Sequence[Any]], list[Any]]:
    """The cells whose value is plain read at once, the rest marked `_SLOW`."""
    slow = _SLOW
    if column.cell in (Cell.TEXT, Cell.LONG_TEXT):
        if base is str:  # text keeps its spaces, and "" stays ""
            return lambda cells: [v if type(v) is str or v is None else slow for v in cells]
    elif column.cell is Cell.ENUM:
        if isinstance(base, type) and issubclass(base, Enum):
            get = members.get  # the reader adds each other form of a label it reads
            return lambda cells: [
                get(v, slow) if type(v) is str else (None if v is None else slow) for v in cells
            ]
    elif base is str:  # IDs and references: spaces around an ID are not part of it
        return lambda cells: [
            (v.strip() or None) if type(v) is str else (None if v is None else slow) for v in cells
        ]
    elif column.cell is Cell.DATE:  # a number there is an Excel day number
        if base is date:
            return lambda cells: [
                v if type(v) is date else (None if v is None or v == "" else slow) for v in cells
            ]
    elif base is int:
        return lambda cells: [
            v
            if type(v) is int
            else (
                int(v)
                if type(v) is float and v.is_integer()
                else (None if v is None or v == "" else slow)
            )
            for v in cells
        ]
    elif base is float:
        return lambda cells: [
            v if type(v) is float and isfinite(v) else (None if v is None or v == "" else slow)
            for v in cells
        ]
    return lambda cells: [None if v is None else slow for v in cells]
