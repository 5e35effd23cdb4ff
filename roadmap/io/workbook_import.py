"""Read a roadmap back from a workbook's data sheets, or say exactly what stops it.

The file is distrusted: `workbook_sheets` reads its cells (calamine or openpyxl, after the zip
is inspected), and anything that goes wrong while reading it becomes "damaged or not a
workbook". What was read is then checked like any other input: every
cell that cannot be a value of its column, every unknown ID, duplicate and cycle is reported by
sheet, row and column, and nothing is returned until all of it is right.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from roadmap.domain.consistency import Violation
from roadmap.domain.entities import Entity, EntityKind, RoadmapInfo, new_id
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
    converter,
    hints,
    place_in_order,
    problem_of,
)
from roadmap.io.workbook_baselines import read_baselines
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
_EXCEL_DAY_ZERO = date(1899, 12, 30)


# -- cells to values ---------------------------------------------------------------------------


def _to_date(value: Any) -> Any:
    """Dates also arrive as Excel day numbers when a cell lost its date format."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 1 <= value < 2958466:
        return _EXCEL_DAY_ZERO + timedelta(days=int(value))
    return value


def _cell_reader(column: Column, hint: Any, language: str) -> Callable[[Any], Any]:
    """`cell value -> field value` for one column (None for an empty cell), raising
    ValueError with a plain message; made once per sheet, since a sheet has many rows."""
    convert = converter(hint)
    if column.cell in (Cell.TEXT, Cell.LONG_TEXT):
        return convert  # text keeps its spaces
    enum = column.enum if column.cell is Cell.ENUM else None
    is_date = column.cell is Cell.DATE
    members: dict[str, Any] = {}

    def read(value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip() or None
        if value is None:
            return None  # the field's default, or "is empty" if the record needs it
        if enum is not None:
            text = str(value)
            member = members.get(text)
            if member is None:
                member = members[text] = enum_labels.parse(enum, text)
            if member is None:
                shown = ", ".join(enum_labels.choices(enum, language))
                raise ValueProblem(message("value.not_one_of", value=value, choices=shown))
            return member
        if is_date:
            value = _to_date(value)
        return convert(value)

    return read


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
    located = _columns_of(spec, sheet, problems)
    if located is None:
        return []
    header_index, positions = located
    kind = spec.kind
    field_hints = hints(kind)
    columns = [
        (c, positions[c.key], _cell_reader(c, field_hints[c.key], sheet.language))
        for c in spec.columns
        if c.key in positions
    ]
    headers = {c.key: c.header(sheet.language) for c in spec.columns}
    placed.sheet[kind] = sheet.name
    placed.headers[kind] = headers
    items: list[Entity] = []
    given_order: list[bool] = []
    for index in range(header_index + 1, len(sheet.rows)):
        values = sheet.rows[index]
        first = values[0] if values else None
        if (first is None or (isinstance(first, str) and not first.strip())) and all(
            v is None or (isinstance(v, str) and not v.strip()) for v in values
        ):
            continue
        row = index + 1
        record: dict[str, Any] = {}
        bad = False
        width = len(values)
        for column, at, read in columns:
            raw = values[at] if at < width else None
            try:
                value = None if raw is None else read(raw)
            except ValueError as exc:
                column_name = headers[column.key]
                problems.append(
                    message(
                        "workbook.cell",
                        sheet=sheet.name,
                        row=row,
                        column=column_name,
                        problem=problem_of(exc),
                    )
                )
                bad = True
                continue
            if value is not None:
                record[column.key] = value
            elif type(None) in getattr(field_hints[column.key], "__args__", ()):
                record[column.key] = None
        if bad:
            continue
        if "id" not in record:
            record["id"] = new_id()
        try:
            entity = build(kind, record)
        except FieldError as exc:
            header = headers.get(exc.field, exc.field)
            if exc.missing:
                problems.append(
                    message("workbook.cell_empty", sheet=sheet.name, row=row, column=header)
                )
            else:
                problems.append(
                    message(
                        "workbook.cell", sheet=sheet.name, row=row, column=header, problem=exc.said
                    )
                )
            continue
        placed.rows.setdefault((kind, entity.id), []).append(row)
        items.append(entity)
        given_order.append("position" in record)
    return place_in_order(kind, items, given_order)


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
                raw = _to_date(value) if key.startswith("horizon") else value
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
