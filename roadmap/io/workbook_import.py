"""Read a roadmap back from a workbook's data sheets, or say exactly what stops it.

The file is distrusted: `workbook_sheets` reads its cells (calamine or openpyxl, after the zip
is inspected), and anything that goes wrong while reading it becomes "damaged or not a
workbook". What was read is then checked like any other input: every
cell that cannot be a value of its column, every unknown ID, duplicate and cycle is reported by
sheet, row and column, and nothing is returned until all of it is right.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress, starmap, zip_longest
from pathlib import Path
from typing import Any

from roadmap.domain.consistency import Violation
from roadmap.domain.entities import ENTITY_TYPES, Entity, EntityKind, RoadmapInfo, new_id
from roadmap.domain.enums import Language, TimeUnit
from roadmap.domain.messages import Message, message
from roadmap.domain.snapshot import SECTION, RoadmapSnapshot
from roadmap.io import enum_labels
from roadmap.io.export_options import Progress
from roadmap.io.json_format import VERSION
from roadmap.io.problems import DamagedFile, ImportProblems, ParsedSource, Problems
from roadmap.io.records import (
    FieldError,
    ValueProblem,
    build,
    coerce,
    hints,
    optional_fields,
    place_in_order,
    problem_of,
    required_fields,
)
from roadmap.io.workbook_baselines import read_baselines
from roadmap.io.workbook_columns import column_reader, to_date
from roadmap.io.workbook_layout import (
    ABOUT_ITEMS,
    ABOUT_SHEET,
    SHEETS,
    Cell,
    Column,
    Sheet,
)
from roadmap.io.workbook_lineage import SHEET as LINEAGE_SHEET
from roadmap.io.workbook_lineage import read_lineage_rows
from roadmap.io.workbook_sheets import RawSheet, norm, read_raw

HEADER_SEARCH_ROWS = 10  # a foreign sheet may have a title above its header row


@dataclass
class _Placed:
    """Where each record came from, to point at it in messages."""

    rows: dict[tuple[EntityKind, str], list[int]] = field(default_factory=dict)
    sheet: dict[EntityKind, str] = field(default_factory=dict)
    headers: dict[EntityKind, dict[str, str]] = field(default_factory=dict)


def _header_row(sheet: RawSheet) -> int | None:
    for index, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        if any(norm(cell) == "id" for cell in row):
            return index
    return None


def _columns_of(
    spec: Sheet, sheet: RawSheet, problems: Problems
) -> tuple[int, dict[str, int]] | None:
    """The header row and the column index of each field; reports missing columns."""
    header_index = _header_row(sheet)
    if header_index is None:
        problems.append(message("workbook.no_header", sheet=sheet.name))
        return None
    positions: dict[str, int] = {}
    for index, text in enumerate(sheet.rows[header_index]):
        key = norm(text)
        for column in spec.columns:
            if column.cell is not Cell.LABEL and key in (
                norm(column.en),
                norm(column.zh),
                column.key,
            ):
                positions.setdefault(column.key, index)
    missing = [
        column.header(sheet.language)
        for column in spec.columns
        if column.cell not in (Cell.LABEL, Cell.ORDER) and column.key not in positions
    ]
    for header in missing:
        problems.append(message("workbook.column_missing", sheet=sheet.name, column=header))
    return None if missing else (header_index, positions)


def _read_records(
    spec: Sheet, sheet: RawSheet, problems: Problems, placed: _Placed
) -> list[Entity]:
    """The sheet's records; a row with a cell that cannot be read, or without a value its
    record needs, is reported and left out."""
    located = _columns_of(spec, sheet, problems)
    if located is None:
        return []
    header_index, positions = located
    kind = spec.kind
    headers = {c.key: c.header(sheet.language) for c in spec.columns}
    placed.sheet[kind] = sheet.name
    placed.headers[kind] = headers
    numbers, grid = _filled_rows(sheet.rows, header_index + 1)
    values, said = _read_columns(spec, sheet, positions, numbers, grid)
    for index in sorted(said):
        problems.extend(said[index])
    kept = [index not in said for index in range(len(grid))]
    order = values.get("position")  # before empty cells take the default position
    given_order = list(compress((v is not None for v in order), kept)) if order else None
    # Each record made from its row of the field columns, in the fields' order; an empty cell
    # of an optional field clears it, of any other takes the field's default.
    make = ENTITY_TYPES[kind]
    clears = optional_fields(kind)
    columns: list[Sequence[Any]] = []
    for each in dataclasses.fields(make):
        column = values.get(each.name)
        if column is None:  # the sheet has no column for this field
            columns.append([each.default] * len(grid))
            continue
        if each.name not in clears and each.default is not dataclasses.MISSING and None in column:
            column = [each.default if v is None else v for v in column]
        columns.append(column)
    rows = zip(*columns, strict=True)
    items: list[Entity] = list(starmap(make, compress(rows, kept) if said else rows))
    for entity, number in zip(items, compress(numbers, kept), strict=True):
        placed.rows.setdefault((kind, entity.id), []).append(number)
    return place_in_order(kind, items, given_order or [False] * len(items))


def _read_columns(
    spec: Sheet,
    sheet: RawSheet,
    positions: dict[str, int],
    numbers: list[int],
    grid: list[Sequence[Any]],
) -> tuple[dict[str, list[Any]], dict[int, list[Message]]]:
    """Each field's values down the rows, read a column at a time (see workbook_columns),
    and what is wrong with each row that cannot be a record, by row index in column order."""
    field_hints = hints(spec.kind)
    by_position = list(zip_longest(*grid)) if grid else []
    said: dict[int, list[Message]] = {}

    def refuse(index: int, code: str, column: Column, **more: Any) -> None:
        where = {
            "sheet": sheet.name,
            "row": numbers[index],
            "column": column.header(sheet.language),
        }
        said.setdefault(index, []).append(message(code, **where, **more))

    values: dict[str, list[Any]] = {}
    for column in spec.columns:
        if column.key not in positions:
            continue
        at = positions[column.key]
        cells = by_position[at] if at < len(by_position) else (None,) * len(grid)
        read = column_reader(column, field_hints[column.key], sheet.language)
        values[column.key], errors = read(cells)
        for index, exc in errors.items():
            refuse(index, "workbook.cell", column, problem=problem_of(exc))
    needed = required_fields(spec.kind)
    for column in spec.columns:  # every needed field has a column (or _columns_of refused)
        if column.key in needed and column.key != "id" and _has_empty(values[column.key], column):
            for index, v in enumerate(values[column.key]):
                if (v is None or (type(v) is str and not v.strip())) and index not in said:
                    refuse(index, "workbook.cell_empty", column)
    # A row without an ID is given one.
    ids = values.get("id", [None] * len(grid))
    if None in ids:
        values["id"] = [new_id() if v is None else v for v in ids]
    return values, said


def _has_empty(values: list[Any], column: Column) -> bool:
    """Whether a read column has an empty value: None, or in a text column (the only kind
    that keeps its spaces; the others read a blank cell as None) text of nothing but spaces."""
    if None in values:
        return True
    if column.cell not in (Cell.TEXT, Cell.LONG_TEXT):
        return False
    return "" in values or any(map(str.isspace, filter(None, values)))


def _filled_rows(rows: list[Sequence[Any]], first: int) -> tuple[list[int], list[Sequence[Any]]]:
    """The rows from index `first` on that hold anything, and their numbers (row 1 first)."""
    numbers = [
        number
        for number, values in enumerate(rows[first:], first + 1)
        # Most rows start with their ID: only the others are looked at cell by cell.
        if (values and type(values[0]) is str and values[0].strip()) or not _blank(values)
    ]
    return numbers, [rows[number - 1] for number in numbers]


def _blank(values: Sequence[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def _read_about(sheet: RawSheet, problems: Problems, source: str) -> RoadmapInfo | None:
    items = {}
    for item in ABOUT_ITEMS:
        for text in (item.en, item.zh, item.key):
            items[norm(text)] = item
    record: dict[str, Any] = {}
    rows: dict[str, int] = {}
    for index, values in enumerate(sheet.rows):
        if len(values) < 2 or norm(values[0]) not in items:
            continue
        item = items[norm(values[0])]
        rows[item.key] = index + 1
        record[item.key] = values[1]
    version = record.get("format_version")
    if isinstance(version, (int, float)) and not isinstance(version, bool) and version > VERSION:
        raise DamagedFile(
            "workbook.newer_version", source=source, version=int(version), supported=VERSION
        )
    field_hints = hints(EntityKind.ROADMAP)
    fields: dict[str, Any] = {}
    enums: dict[str, type[Any]] = {"time_unit": TimeUnit, "language": Language}
    refused: set[str] = set()  # items whose row was reported already
    for key, value in record.items():
        if key not in field_hints:
            continue
        header = next(i.header(sheet.language) for i in ABOUT_ITEMS if i.key == key)
        try:
            if key in enums and value is not None:
                member = enum_labels.parse(enums[key], str(value))
                if member is None:
                    shown = ", ".join(enum_labels.choices(enums[key], sheet.language))
                    raise ValueProblem(message("value.not_one_of", value=value, choices=shown))
                fields[key] = member
            elif value is not None and (
                field_hints[key] is str or not (isinstance(value, str) and not value.strip())
            ):
                # Text keeps its spaces (a description of " " comes back as " "); a blank
                # date or enum cell counts as empty.
                raw = to_date(value) if key.startswith("horizon") else value
                fields[key] = coerce(raw, field_hints[key])
        except ValueError as exc:
            refused.add(key)
            problems.append(
                message(
                    "workbook.about_cell",
                    sheet=sheet.name,
                    row=rows[key],
                    item=header,
                    problem=problem_of(exc),
                )
            )
    for key in ("title", "horizon_start", "horizon_end"):
        if key not in record:
            header = next(i.header(sheet.language) for i in ABOUT_ITEMS if i.key == key)
            problems.append(message("workbook.about_missing", sheet=sheet.name, item=header))
        elif key not in fields and key not in refused:
            header = next(i.header(sheet.language) for i in ABOUT_ITEMS if i.key == key)
            problems.append(
                message("workbook.about_empty", sheet=sheet.name, row=rows[key], item=header)
            )
    if problems:
        return None
    fields.setdefault("id", new_id())
    try:
        info = build(EntityKind.ROADMAP, fields)
    except (FieldError, TypeError, ValueError) as exc:
        problems.append(
            message("workbook.sheet_problem", sheet=sheet.name, problem=problem_of(exc))
        )
        return None
    assert isinstance(info, RoadmapInfo)
    return info


def read_workbook(path: Path, progress: Progress | None = None) -> RoadmapSnapshot:
    """A validated roadmap from a workbook written by us (or shaped like one).

    Raises `DamagedFile` when the file is not a readable workbook and `ImportProblems`, naming
    sheet, row and column, when its contents are not a valid roadmap.
    """
    return parse_workbook(path, progress).validated()


def parse_workbook(path: Path, progress: Progress | None = None) -> ParsedSource:
    """The records of a workbook, each cell checked, the whole not yet validated."""
    raw = read_raw(path, progress)
    source = path.name
    problems: Problems = []
    missing: Problems = [
        message("workbook.sheet_missing", en=spec.en, zh=spec.zh)
        for spec in SHEETS
        if raw.get(spec.table) is None
    ]
    if raw.get("About") is None:
        missing.append(message("workbook.sheet_missing", en=ABOUT_SHEET[0], zh=ABOUT_SHEET[1]))
    if missing:
        raise ImportProblems(source, missing)
    about = raw["About"]
    assert about is not None
    info = _read_about(about, problems, source)
    placed = _Placed()
    placed.sheet[EntityKind.ROADMAP] = about.name
    sections: dict[str, tuple[Entity, ...]] = {}
    for spec in SHEETS:
        sheet = raw[spec.table]
        assert sheet is not None
        sections[SECTION[spec.kind]] = tuple(_read_records(spec, sheet, problems, placed))
    kept = raw.get("Baselines")
    baselines = read_baselines(kept.name, kept.rows, problems) if kept is not None else ()
    if problems or info is None:
        raise ImportProblems(source, problems)
    snapshot = RoadmapSnapshot(info=info, **sections)  # type: ignore[arg-type]

    def locate(violation: Violation) -> Message | None:
        rows = placed.rows.get((violation.kind, violation.id))
        if not rows and violation.kind is not EntityKind.ROADMAP:
            return None  # a record of the roadmap the workbook joins, not of the workbook
        sheet = placed.sheet.get(violation.kind, violation.kind.value)
        row = (rows[-1] if violation.field == "id" else rows[0]) if rows else None
        if not violation.field:
            if row is None:
                return message("workbook.place_sheet", sheet=sheet)
            return message("workbook.place_row", sheet=sheet, row=row)
        column = placed.headers.get(violation.kind, {}).get(violation.field, violation.field)
        if row is None:
            return message("workbook.place_column", sheet=sheet, column=column)
        return message("workbook.place_cell", sheet=sheet, row=row, column=column)

    lineage_sheet = raw.get(LINEAGE_SHEET)
    lineage = read_lineage_rows(lineage_sheet.rows, problems) if lineage_sheet else ()
    if problems:
        raise ImportProblems(source, problems)
    return ParsedSource(source, snapshot, locate, baselines, lineage)
