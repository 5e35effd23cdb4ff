"""Any spreadsheet (.xlsx, .csv) of steps, read through a column mapping.

The file is distrusted like our own workbook: an .xlsx's zip directory is inspected first and
its XML parsed through defusedxml; a CSV is size-limited and decoded as UTF-8 or GB 18030.
Every cell that cannot be read is reported by row and column, and dates whose day/month order
reads both ways are refused, listed by row, until the user picks the order. Nothing is
returned until every mapped cell is right (all or nothing).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from roadmap.domain.enums import StepKind, StepStatus
from roadmap.domain.errors import RoadmapError
from roadmap.domain.messages import Message, message
from roadmap.io import enum_labels
from roadmap.io.column_mapping import Profile, detect_header_row, norm
from roadmap.io.foreign_plan import ForeignPlan, PlanTask
from roadmap.io.loose_dates import Ambiguous, Edge, parse_date
from roadmap.io.problems import CellError, DamagedFile, ImportProblems

MAX_CSV_BYTES = 64 * 2**20
TEXT_FIELDS = ("key", "name", "lead", "organization", "lane", "pathway", "problem", "notes")


@dataclass
class Table:
    """One sheet's cell values, row 1 first."""

    name: str
    rows: list[tuple[Any, ...]] = field(default_factory=list)


def read_tables(path: Path) -> list[Table]:
    """The sheets of an .xlsx, or the one table of a .csv; raises `DamagedFile`."""
    if path.suffix.lower() == ".csv":
        return [_read_csv(path)]
    return _read_xlsx(path)


def _read_csv(path: Path) -> Table:
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise DamagedFile("sheet.too_large", name=path.name, mb=MAX_CSV_BYTES // 2**20)
        data = path.read_bytes()
    except OSError as exc:
        raise DamagedFile("sheet.unreadable", name=path.name, detail=exc.strerror or exc) from None
    if b"\x00" in data[:4096]:
        raise DamagedFile("sheet.not_text", name=path.name)
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes any byte sequence
        raise DamagedFile("sheet.not_text", name=path.name)
    try:
        dialect: Any = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = [
            tuple(cell if cell.strip() else None for cell in row)
            for row in csv.reader(io.StringIO(text), dialect)
        ]
    except csv.Error as exc:
        raise DamagedFile("sheet.not_csv", name=path.name, detail=str(exc)) from None
    return Table(path.stem, rows)


def _read_xlsx(path: Path) -> list[Table]:
    from roadmap.io.workbook_sheets import require_defused_xml
    from roadmap.io.zip_guard import damaged, inspect_workbook_zip

    inspect_workbook_zip(path)
    require_defused_xml()
    import openpyxl

    tables: list[Table] = []
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
        try:
            for name in workbook.sheetnames:
                worksheet = workbook[name]
                if not hasattr(worksheet, "iter_rows"):
                    continue  # a chart sheet
                worksheet.reset_dimensions()
                tables.append(Table(name, list(worksheet.iter_rows(values_only=True))))
        finally:
            workbook.close()
    except RoadmapError:
        raise
    except Exception as exc:  # whatever a hostile file provokes is "damaged"
        raise damaged(path, type(exc).__name__) from None
    return tables


def is_roadmap_workbook(path: Path) -> bool:
    """Whether an .xlsx has our About sheet (so it is read as a roadmap, not through a
    mapping). A file that cannot be looked into counts as ours: its import says what is wrong."""
    import zipfile

    from roadmap.io.workbook_layout import ABOUT_SHEET
    from roadmap.io.xml_guard import local
    from roadmap.io.zip_guard import inspect_workbook_zip

    try:
        inspect_workbook_zip(path)
        from defusedxml.ElementTree import fromstring

        with zipfile.ZipFile(path) as archive:
            root = fromstring(archive.read("xl/workbook.xml"), forbid_dtd=True)
    except Exception:  # damaged: the workbook import reports it in its own words
        return True
    names = {norm(e.get("name")) for e in root.iter() if local(e.tag) == "sheet"}
    return bool(names & {norm(name) for name in ABOUT_SHEET})


def choose_table(tables: Sequence[Table], sheet: str | None, source: str) -> Table:
    if not tables:
        raise DamagedFile("sheet.none", name=source)
    if sheet is None:
        return tables[0]
    for table in tables:
        if norm(table.name) == norm(sheet):
            return table
    names = ", ".join(t.name for t in tables)
    raise RoadmapError("sheet.missing", name=source, sheet=repr(sheet), sheets=names)


@dataclass
class RowsRead:
    """What a mapping made of a table: tasks, and every problem found, in row order."""

    tasks: list[PlanTask]
    problems: list[Message]  # in the catalogue's words (`message_text` / `render`)
    ambiguous: dict[str, list[int]]  # column header → rows whose dates read both ways


def header_index(table: Table, profile: Profile) -> int:
    if profile.header_row is not None:
        return profile.header_row - 1
    return detect_header_row(table.rows)


def read_rows(table: Table, profile: Profile, limit: int | None = None) -> RowsRead:
    """The tasks the table's rows make through `profile` (the first `limit` rows for a
    preview), with every unreadable cell reported by row and column."""
    header_at = header_index(table, profile)
    headers = table.rows[header_at] if header_at < len(table.rows) else ()
    where: dict[str, int] = {}
    for index, text in enumerate(headers):
        where.setdefault(norm(text), index)
    problems: list[Message] = []
    columns: dict[str, tuple[int, str]] = {}
    for field_name, header in profile.columns.items():
        found = where.get(norm(header))
        if found is None:
            problems.append(
                message("sheet.no_column", sheet=table.name, header=repr(header), row=header_at + 1)
            )
        else:
            columns[field_name] = (found, header)
    if "name" not in columns and "key" not in columns:
        problems.append(message("sheet.no_name_column", sheet=table.name))
    if "start" not in columns and "end" not in columns and "key" not in columns:
        problems.append(message("sheet.no_date_column", sheet=table.name))
    ambiguous: dict[str, list[int]] = {}
    tasks: list[PlanTask] = []
    if problems:
        return RowsRead(tasks, problems, ambiguous)
    keys: dict[str, int] = {}
    for index in range(header_at + 1, len(table.rows)):
        if limit is not None and len(tasks) >= limit:
            break
        values = table.rows[index]
        cells = {f: (values[i] if i < len(values) else None) for f, (i, _h) in columns.items()}
        if all(_blank(v) for v in cells.values()):
            continue
        row = index + 1
        task = _task(table.name, row, cells, columns, profile, problems, ambiguous)
        if task is None:
            continue
        if task.key is not None:
            if task.key in keys:
                problems.append(
                    message(
                        "sheet.key_repeated",
                        sheet=table.name,
                        row=row,
                        column=columns["key"][1],
                        key=repr(task.key),
                        other=keys[task.key],
                    )
                )
                continue
            keys[task.key] = row
        tasks.append(task)
    for header, rows in ambiguous.items():
        shown = ", ".join(str(r) for r in rows[:12]) + (", …" if len(rows) > 12 else "")
        problems.append(
            message(
                "sheet.ambiguous_dates",
                sheet=table.name,
                column=header,
                count=len(rows),
                rows=shown,
            )
        )
    return RowsRead(tasks, problems, ambiguous)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: Any) -> str | None:
    if _blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _task(
    sheet: str,
    row: int,
    cells: dict[str, Any],
    columns: dict[str, tuple[int, str]],
    profile: Profile,
    problems: list[Message],
    ambiguous: dict[str, list[int]],
) -> PlanTask | None:
    failed = False

    def fail(field_name: str, why: Message | str) -> None:
        nonlocal failed
        failed = True
        column = columns[field_name][1]
        problems.append(message("sheet.cell", sheet=sheet, row=row, column=column, why=why))

    def when(field_name: str, edge: Edge) -> Any:
        try:
            return parse_date(cells.get(field_name), edge, profile.date_order)
        except Ambiguous:
            nonlocal failed
            failed = True
            ambiguous.setdefault(columns[field_name][1], []).append(row)
        except CellError as exc:
            fail(field_name, exc.message)
        except ValueError as exc:
            fail(field_name, str(exc))
        return None

    texts = {name: _text(cells.get(name)) for name in TEXT_FIELDS if name in columns}
    where = message("sheet.row", sheet=sheet, row=row)
    task = PlanTask(where=where, name=texts.get("name"), key=texts.get("key"))
    for name in ("lead", "organization", "lane", "pathway", "problem"):
        setattr(task, name, texts.get(name))
    if texts.get("notes") is not None:
        task.values["notes"] = texts["notes"]
    if "start" in columns and not _blank(cells.get("start")):
        task.start = when("start", Edge.FIRST)
    if "end" in columns and not _blank(cells.get("end")):
        task.end = when("end", Edge.LAST)
    elif task.start is not None:
        task.end = when("start", Edge.LAST)  # "2027Q3" alone spans the quarter
    if task.start is None and task.end is not None and _blank(cells.get("start")):
        task.start = when("end", Edge.FIRST)
    for name, enum in (("step_kind", StepKind), ("status", StepStatus)):
        if name in columns and not _blank(cells.get(name)):
            member = enum_labels.parse(enum, str(cells[name]).strip())
            if member is None:
                shown = ", ".join(enum_labels.choices(enum, "en"))
                fail(
                    name, message("value.not_one_of", value=repr(_text(cells[name])), choices=shown)
                )
            else:
                task.values[name] = member
    kind = task.values.get("step_kind")
    if isinstance(kind, StepKind) and kind.is_point:
        task.milestone = True
    for name in ("progress", "trl_start", "trl_target", "budget"):
        if name in columns and not _blank(cells.get(name)):
            try:
                task.values[name] = _number(name, cells[name])
            except CellError as exc:
                fail(name, exc.message)
    return None if failed else task


def _number(name: str, value: Any) -> int | float:
    text = str(value).strip() if isinstance(value, str) else None
    percent = bool(text and text.endswith("%"))
    if text is not None:
        cleaned = text.rstrip("%").replace(",", "").replace("¥", "").replace("$", "").strip()
        try:
            number = float(cleaned)
        except ValueError:
            raise CellError("value.not_number", value=repr(text)) from None
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
    else:
        raise CellError("value.not_number", value=repr(value))
    if name == "budget":
        return number
    if name == "progress" and not percent and 0 < number < 1:
        number *= 100  # a cell formatted as a percentage holds 0.4 for 40 %
    if not number.is_integer():
        if name == "progress":
            return round(number)
        raise CellError("value.not_whole", value=f"{number:g}")
    return int(number)


def plan_from_table(source: str, table: Table, profile: Profile) -> ForeignPlan:
    """The plan a table makes through `profile`; raises `ImportProblems` listing every
    unreadable cell and every ambiguous date."""
    result = read_rows(table, profile)
    if result.problems:
        raise ImportProblems(source, result.problems)
    if not result.tasks:
        raise ImportProblems(source, [message("sheet.no_rows", sheet=table.name)])
    return ForeignPlan(
        source=source,
        title=Path(source).stem,
        tasks=result.tasks,
        default_problem=profile.problem,
        default_pathway=profile.pathway,
        default_lane=profile.lane,
    )


def read_mapped(path: Path, profile: Profile | None) -> ForeignPlan:
    """A spreadsheet read through `profile` (None: auto-mapped from its headers)."""
    from roadmap.io.column_mapping import auto_map

    tables = read_tables(path)
    profile = profile or Profile()
    table = choose_table(tables, profile.sheet, path.name)
    if not profile.columns:
        at = header_index(table, profile)
        headers = table.rows[at] if at < len(table.rows) else ()
        profile = Profile(**{**profile.__dict__, "columns": auto_map(headers)})
    return plan_from_table(path.name, table, profile)
