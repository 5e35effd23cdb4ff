"""A data sheet read a column at a time gives what reading it cell by cell gave.

`workbook_columns.column_reader` takes most cells in one comprehension per column and leaves
the rest to the per-cell reader; the two must agree on every cell of every column, which the
property test holds them to. The hand-written cases and the sheet below say what a planner
sees: the values a workbook holds read as what they mean, and every bad cell reported by row
and column, row by row, whichever reader (calamine or openpyxl) read the file.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roadmap.domain.entities import EntityKind
from roadmap.domain.enums import StepStatus
from roadmap.io import calamine_sheets
from roadmap.io.enum_labels import LABELS
from roadmap.io.problems import ImportProblems
from roadmap.io.records import hints, problem_of, required_fields
from roadmap.io.workbook_columns import cell_reader, column_reader
from roadmap.io.workbook_import import read_workbook
from roadmap.io.workbook_layout import SHEETS, Cell, Column

COLUMNS = [
    (sheet.kind, column)
    for sheet in SHEETS
    for column in sheet.columns
    if column.cell is not Cell.LABEL
]
WORDS = sorted({word for pair in LABELS.values() for word in pair} | {"done", "FS", "abc-1"})

cells = st.one_of(
    st.none(),
    st.sampled_from(["", " ", "  \t", "2026-03-04", " 2026-03-04 ", "2027-13-01", "12", "3.5"]),
    st.sampled_from(WORDS).map(lambda w: w if len(w) % 3 else f" {w} "),
    st.sampled_from(WORDS).map(str.upper),
    st.text(max_size=8),
    st.integers(-5, 200),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.0, 3.0, 45000.0, 2.5, -1.0, 1e300]),
    st.booleans(),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1)),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
)


def one_by_one(column: Column, hint: Any, values: list[Any]) -> list[tuple[str, Any]]:
    """What reading each cell by itself gives: a value (with its type) or the problem said."""
    read = cell_reader(column, hint, "en")
    found: list[tuple[str, Any]] = []
    for value in values:
        try:
            found.append(("value", typed(None if value is None else read(value))))
        except ValueError as exc:
            found.append(("problem", str(problem_of(exc))))
    return found


def typed(value: Any) -> Any:
    """A value with its type: 3 and 3.0 are different answers; NaN equals itself here."""
    if isinstance(value, float) and math.isnan(value):
        return (float, "nan")
    return (type(value), value)


@settings(max_examples=60, deadline=None)
@given(st.lists(cells, min_size=1, max_size=40), st.data())
def test_a_column_read_at_once_agrees_with_each_cell_read_alone(
    values: list[Any], data: st.DataObject
) -> None:
    kind, column = data.draw(st.sampled_from(COLUMNS), label="column")
    hint = hints(kind)[column.key]
    read_values, errors = column_reader(column, hint, "en")(values)
    at_once = [
        ("problem", str(problem_of(errors[index]))) if index in errors else ("value", typed(v))
        for index, v in enumerate(read_values)
    ]
    assert at_once == one_by_one(column, hint, values), column.key


def steps_column(key: str) -> tuple[Column, Any]:
    sheet = next(s for s in SHEETS if s.kind is EntityKind.STEP)
    column = next(c for c in sheet.columns if c.key == key)
    return column, hints(EntityKind.STEP)[key]


def read(key: str, values: list[Any], language: str = "en") -> tuple[list[Any], dict[int, str]]:
    column, hint = steps_column(key)
    found, errors = column_reader(column, hint, language)(values)
    return found, {index: str(problem_of(exc)) for index, exc in errors.items()}


def test_words_of_either_language_and_values_are_read_as_the_status_they_name() -> None:
    found, errors = read(
        "status", ["In progress", " 进行中 ", "DONE", "at_risk", "", None, "Sleeping"]
    )
    assert found[:6] == [
        StepStatus.IN_PROGRESS,
        StepStatus.IN_PROGRESS,
        StepStatus.DONE,
        StepStatus.AT_RISK,
        None,
        None,
    ]
    assert list(errors) == [6]
    assert errors[6].startswith("Sleeping is not one of Planned, In progress")
    _, in_chinese = read("status", ["Sleeping"], "zh")
    assert "计划中" in in_chinese[0]


def test_dates_are_read_from_date_cells_text_and_excel_day_numbers() -> None:
    found, errors = read(
        "start",
        [date(2026, 1, 2), datetime(2026, 5, 6, 7, 8), "2026-02-03", 45000.0, " ", "2027-13-01"],
    )
    assert found[:5] == [
        date(2026, 1, 2),
        date(2026, 5, 6),
        date(2026, 2, 3),
        date(2023, 3, 15),
        None,
    ]
    assert errors == {5: "2027-13-01 is not a date (use YYYY-MM-DD)"}


def test_whole_numbers_come_back_as_whole_numbers() -> None:
    found, errors = read("trl_start", [3.0, 4, " 5 ", "", 2.5, True])
    assert [typed(v) for v in found[:4]] == [(int, 3), (int, 4), (int, 5), (type(None), None)]
    assert errors == {4: "2.5 is not a whole number", 5: "True is not a whole number"}


def test_budgets_must_be_finite_numbers() -> None:
    found, errors = read("budget", [1.5, 7, "8.25", math.inf, "lots"])
    assert [typed(v) for v in found[:3]] == [(float, 1.5), (float, 7.0), (float, 8.25)]
    assert errors == {3: "inf is not a finite number", 4: "lots is not a number"}


def test_text_keeps_its_spaces_and_ids_do_not() -> None:
    assert read("notes", ["  two spaces  ", "", None, 12.0])[0] == [
        "  two spaces  ",
        "",
        None,
        "12",
    ]
    assert read("lane_id", [" lane-1 ", "", "   ", None])[0] == ["lane-1", None, None, None]


@pytest.fixture(params=["calamine", "openpyxl"])
def reader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "openpyxl":
        monkeypatch.setattr(calamine_sheets, "available", lambda: False)
    return str(request.param)


def test_every_bad_cell_is_reported_row_by_row_and_blank_rows_are_skipped(
    en_workbook: Path, tmp_path: Path, reader: str
) -> None:
    book = openpyxl.load_workbook(en_workbook)
    steps = book["Steps"]
    header = [cell.value for cell in steps[1]]

    def put(row: int, column: str, value: Any) -> None:
        steps.cell(row, header.index(column) + 1).value = value  # cell(…, None) keeps it

    put(4, "Status", "Sleeping")  # two bad cells in row 4, named in column order
    put(4, "End", "2027-13-01")
    put(3, "Progress %", "half")
    put(6, "Name", "   ")
    put(7, "Name", None)  # calamine reads a missing cell as "", openpyxl as None
    for cell in steps[8]:  # a row left blank but for spaces is no record at all
        cell.value = None
    steps.cell(8, 3).value = "  "
    bad = tmp_path / "bad.xlsx"
    book.save(bad)

    with pytest.raises(ImportProblems) as caught:
        read_workbook(bad)
    assert [str(problem) for problem in caught.value.problems] == [
        "Steps row 3, column Progress %: half is not a number.",
        "Steps row 4, column End: 2027-13-01 is not a date (use YYYY-MM-DD).",
        "Steps row 4, column Status: Sleeping is not one of Planned, In progress, Done, At risk, "
        "Cancelled.",
        "Steps row 6, column Name is empty.",
        "Steps row 7, column Name is empty.",
    ]


def test_every_field_a_record_needs_has_a_column_and_every_column_a_field() -> None:
    # The reader checks needed values column by column; a needed field without a column of
    # its own would reach the record's constructor missing instead of being reported.
    # And a column read is a field of the record: its value would be dropped otherwise.
    for sheet in SHEETS:
        insisted = {c.key for c in sheet.columns if c.cell not in (Cell.LABEL, Cell.ORDER)}
        assert required_fields(sheet.kind) <= insisted, sheet.table
        read = {c.key for c in sheet.columns if c.cell is not Cell.LABEL}
        assert read <= set(hints(sheet.kind)), sheet.table
        # A text column's values are text (its emptiness is judged as text's).
        for column in sheet.columns:
            if column.cell in (Cell.TEXT, Cell.LONG_TEXT):
                assert hints(sheet.kind)[column.key] in (str, str | None), column.key
