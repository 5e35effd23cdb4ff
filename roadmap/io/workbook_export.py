"""Write a roadmap as an Excel workbook: the Timeline deliverable plus one data sheet per entity.

Written with xlsxwriter (fast, and it writes text cells as text: nothing becomes a formula).
The file appears only when complete: the workbook is written beside it under a temporary name
and renamed into place, so a failure or a cancel leaves whatever was at `out` untouched.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from roadmap import __version__
from roadmap.atomic_files import replacing
from roadmap.collector import collector_paused
from roadmap.domain.baseline import Baseline, plan_of
from roadmap.domain.entities import Entity, EntityKind
from roadmap.domain.enums import TimeUnit
from roadmap.domain.errors import RoadmapError
from roadmap.domain.lineage import LineageRow
from roadmap.domain.messages import Message, message
from roadmap.domain.snapshot import WRITE_ORDER, RoadmapSnapshot
from roadmap.domain.variance import compare
from roadmap.io import display_order
from roadmap.io.cell_text import FORMULA_FIRST, MAX_CELL_CHARS, clean, looks_like_formula
from roadmap.io.data_sheet_layout import (
    CELL_PADDING,
    LINE_POINTS,
    line_count,
    set_column,
    set_printing,
)
from roadmap.io.enum_labels import label
from roadmap.io.export_options import Cancelled, ExportCancelled, ExportOptions, Progress
from roadmap.io.json_format import FORMAT, VERSION
from roadmap.io.timeline_grid import LINE_HEIGHT, wrapped_lines
from roadmap.io.workbook_baselines import chosen_baseline, write_baselines, write_variance
from roadmap.io.workbook_layout import (
    ABOUT_HEADERS,
    ABOUT_ITEMS,
    ABOUT_NOTE,
    ABOUT_SHEET,
    SHEETS,
    Cell,
    Sheet,
)
from roadmap.io.workbook_lineage import write_lineage_sheet
from roadmap.io.workbook_styles import Styles, write_date

_CHECK_EVERY = 1000


class ExportRun:
    """One export in progress: the workbook, its formats, warnings, progress and cancel."""

    def __init__(
        self,
        workbook: Any,
        language: str,
        total_rows: int,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> None:
        self.workbook = workbook
        self.language = language
        self.styles = Styles(workbook, language)
        self.warnings: list[str | Message] = []  # a chart's are text in its own language
        self.cleaned_cells = 0
        self.headers: dict[str, list[str]] = {}  # sheet name → column headers, for warnings
        self._total = max(total_rows, 1)
        self._done = 0
        self._progress = progress
        self._cancelled = cancelled
        self._names: dict[str, str] | None = None

    def names(self, snapshot: RoadmapSnapshot) -> dict[str, str]:
        """What label columns show for each ID: the name, title or statement it stands for."""
        if self._names is None:
            self._names = {
                entity.id: display_name(entity)
                for kind in WRITE_ORDER
                for entity in snapshot.of(kind)
            }
        return self._names

    def advance(self, rows: int) -> None:
        """Count rows written; report progress and stop if the user cancelled."""
        self._done += rows
        if self._progress is not None:
            self._progress(min(self._done, self._total), self._total)
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled("export.cancelled")

    def write_text(
        self, sheet: Any, row: int, col: int, text: str, fmt: Any, quoted: Any, where: str
    ) -> None:
        """Write `text` as a text cell: cleaned, cut to Excel's limit, formula-like kept inert."""
        if not text:
            return
        if text.isprintable() and len(text) <= MAX_CELL_CHARS:
            # The common case: nothing to strip or cut.
            fmt = quoted if looks_like_formula(text) else fmt
            sheet.put_string(row, col, text, fmt)
            return
        safe, cut = clean(text)
        if cut:
            headers = self.headers.get(where, [])
            column = headers[col] if col < len(headers) else str(col + 1)
            self.warnings.append(
                message("export.text_cut", sheet=where, row=row + 1, column=column)
            )
        if len(safe) != len(text) and not cut:
            self.cleaned_cells += 1
        fmt = quoted if looks_like_formula(safe) else fmt
        sheet.put_string(row, col, safe, fmt)


def display_name(entity: Entity | None) -> str:
    """What a label column shows for an entity: its name, title or statement."""
    if entity is None:
        return ""
    for attr in ("name", "title", "statement"):
        text = getattr(entity, attr, None)
        if isinstance(text, str):
            return text
    return entity.id


def row_label(snapshot: RoadmapSnapshot, entity: Entity, language: str) -> str:
    """A readable Name for records that have none: a score, dependency, move or patent event."""

    def name(kind: EntityKind, entity_id: str | None) -> str:
        return display_name(snapshot.get(kind, entity_id)) if entity_id else ""

    kind = entity.kind
    if kind is EntityKind.SCORE:
        return f"{name(EntityKind.PATHWAY, entity.pathway_id)} · {name(EntityKind.CRITERION, entity.criterion_id)}"  # type: ignore[attr-defined]
    if kind is EntityKind.DEPENDENCY:
        return f"{name(EntityKind.STEP, entity.from_step_id)} → {name(EntityKind.STEP, entity.to_step_id)}"  # type: ignore[attr-defined]
    if kind is EntityKind.MOBILITY:
        person = name(EntityKind.PERSON, entity.person_id)  # type: ignore[attr-defined]
        moves = f"{name(EntityKind.ORGANIZATION, entity.from_org_id)} → {name(EntityKind.ORGANIZATION, entity.to_org_id)}"  # type: ignore[attr-defined]
        return f"{person}: {moves}"
    if kind is EntityKind.VOTE_COUNT:
        item = entity.item_id  # type: ignore[attr-defined]
        target = next(
            (
                k
                for k in (EntityKind.PATHWAY, EntityKind.STEP, EntityKind.PRODUCT)
                if snapshot.get(k, item or "")
            ),
            None,
        )
        question = name(EntityKind.VOTE, entity.vote_id)  # type: ignore[attr-defined]
        return f"{question}: {name(target, item) if target else ''}"
    if kind is EntityKind.PATENT_EVENT:
        title = name(EntityKind.PATENT, entity.patent_id)  # type: ignore[attr-defined]
        return f"{title}: {label(entity.status, language)}"  # type: ignore[attr-defined]
    return display_name(entity)


def _write_data_sheet(run: ExportRun, snapshot: RoadmapSnapshot, sheet: Sheet) -> None:
    language = run.language
    styles = run.styles
    ws = run.workbook.add_worksheet(sheet.name(language))
    items: Sequence[Entity] = display_order.rows(snapshot, sheet.kind)
    columns = sheet.columns
    run.headers[ws.name] = [c.header(language) for c in columns]
    last_row = max(len(items), 1)  # a table needs a data row, even an empty one
    where = sheet.name(language)
    ws.add_table(
        0,
        0,
        last_row,
        len(columns) - 1,
        {
            "name": sheet.table,
            "style": "Table Style Medium 2",
            "columns": [
                {"header": c.header(language), "header_format": styles.header} for c in columns
            ],
        },
    )
    for index, column in enumerate(columns):
        set_column(run.styles, run.language, ws, index, column)
    ws.freeze_panes(1, 2)
    set_printing(ws, columns, bool(items))
    names = run.names(snapshot)
    words = {member: label(member, language) for c in columns if c.enum for member in c.enum}
    id_fmt, text_fmt, quoted = styles.id, styles.text, styles.quoted
    # Names, labels and long texts wrap inside their column, on screen and printed (cut at
    # the column's edge, a printed sheet lost the rest); their row is made as tall as the
    # tallest of them, since no spreadsheet sizes a wrapped row when it opens a file.
    wrap_fmt, quoted_wrap = styles.get(text_wrap=True), styles.quoted_variant(text_wrap=True)
    date_fmt, int_fmt = styles.date, styles.integer
    # Looked up once per sheet, not once per cell: this loop writes most of the workbook.
    plan = [(col, c.cell, c.source or c.key, c.source) for col, c in enumerate(columns)]
    room = [c.width - CELL_PADDING for c in columns]
    sure = [r / 2 for r in room]  # no longer than this, a text fits one line in any script
    measured: dict[tuple[int, str], int] = {}  # a name shown on many rows, measured once
    line_points = LINE_POINTS.get(language, LINE_HEIGHT)
    write_text = run.write_text
    put_string, put_number = ws.put_string, ws.put_number
    for offset, entity in enumerate(items):
        row = offset + 1
        lines = 1
        for col, cell, key, source in plan:
            if cell is Cell.LABEL:
                if source is None:
                    text = row_label(snapshot, entity, language)
                else:
                    value = getattr(entity, key)
                    if isinstance(value, tuple):
                        text = "; ".join(names.get(v, "") for v in value)
                    else:
                        text = names.get(value, "") if value else ""
                if len(text) > sure[col]:
                    found = measured.get((col, text))
                    if found is None:
                        found = measured[col, text] = line_count(text, room[col])
                    if found > lines:
                        lines = found
                fmt, inert = wrap_fmt, quoted_wrap
            else:
                value = getattr(entity, key)
                if value is None:
                    continue
                if cell is Cell.ID or cell is Cell.REF:
                    text, fmt, inert = value, id_fmt, quoted
                elif cell is Cell.DATE:
                    write_date(ws, row, col, value, date_fmt)
                    continue
                elif cell is Cell.ENUM:
                    put_string(row, col, words[value], text_fmt)
                    continue
                elif cell is Cell.INT or cell is Cell.ORDER:
                    put_number(row, col, value, int_fmt)
                    continue
                elif cell is Cell.NUMBER:
                    put_number(row, col, value, text_fmt)
                    continue
                elif cell is Cell.REFS:
                    text, fmt, inert = ", ".join(value), id_fmt, quoted
                elif cell is Cell.COLOR:
                    put_string(row, col, value, styles.swatch(value))
                    continue
                else:
                    text, fmt, inert = value, wrap_fmt, quoted_wrap
                    if len(text) > sure[col]:
                        found = line_count(text, room[col])
                        if found > lines:
                            lines = found
            # Most text goes in as it is: not formula-like, nothing to strip or cut. Decided
            # here rather than in `write_text`, a call for each of the 250,000 text cells of L.
            if (
                text
                and text[0] not in FORMULA_FIRST
                and text.isprintable()
                and len(text) <= MAX_CELL_CHARS
            ):
                put_string(row, col, text, fmt)
            elif text:
                write_text(ws, row, col, text, fmt, inert, where)
        if lines > 1:
            ws.set_row(row, line_points * lines)
        if row % _CHECK_EVERY == 0:
            run.advance(_CHECK_EVERY)
    run.advance(len(items) % _CHECK_EVERY + 1)


def _write_about(run: ExportRun, snapshot: RoadmapSnapshot, exported: datetime) -> None:
    language = run.language
    styles = run.styles
    name_en, name_zh = ABOUT_SHEET
    ws = run.workbook.add_worksheet(name_zh if language == "zh" else name_en)
    info = snapshot.info
    values: dict[str, Any] = {
        "format": FORMAT,
        "format_version": VERSION,
        "app_version": __version__,
        "export_time": exported,
        "note": ABOUT_NOTE["zh" if language == "zh" else "en"],
    }
    headers = [zh if language == "zh" else en for en, zh in ABOUT_HEADERS]
    ws.add_table(
        0,
        0,
        len(ABOUT_ITEMS),
        1,
        {
            "name": "About",
            "style": "Table Style Medium 2",
            "columns": [{"header": h, "header_format": styles.header} for h in headers],
        },
    )
    ws.set_column(0, 0, 18)
    ws.set_column(1, 1, _ABOUT_VALUE_WIDTH)
    ws.fit_to_pages(1, 0)  # both columns on one page: printed, Item and Value fell apart
    for offset, item in enumerate(ABOUT_ITEMS):
        row = offset + 1
        ws.write_string(row, 0, item.header(language), styles.get(bold=True, valign="top"))
        value = values.get(item.key, getattr(info, item.key, None))
        if isinstance(value, datetime):
            ws.write_datetime(row, 1, value, styles.timestamp)
        elif isinstance(value, date):
            write_date(ws, row, 1, value, styles.get(num_format="yyyy-mm-dd", align="left"))
        elif isinstance(value, Enum):
            ws.write_string(row, 1, label(value, language), styles.text)
        elif isinstance(value, int):
            ws.write_number(row, 1, value, styles.get(align="left"))
        elif value:
            run.write_text(
                ws,
                row,
                1,
                str(value),
                styles.get(text_wrap=True, valign="top"),
                styles.quoted,
                ws.name,
            )
            lines = wrapped_lines(str(value), _ABOUT_VALUE_WIDTH)
            if lines > 1:  # no spreadsheet sizes a wrapped row on opening: it overprinted
                ws.set_row(row, LINE_HEIGHT * lines)


_ABOUT_VALUE_WIDTH = 72  # characters of the default font


def export_workbook(
    snapshot: RoadmapSnapshot,
    out: Path,
    options: ExportOptions,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    now: Callable[[], datetime] = datetime.now,
    baselines: tuple[Baseline, ...] = (),
    lineage: Sequence[LineageRow] = (),
) -> list[str | Message]:
    """Write `snapshot` to `out` as .xlsx; returns warnings (e.g. text that was cut).

    With `baselines`, the workbook also has a Baselines sheet (read back on import) and a
    Variance sheet against `options.baseline` (default: the latest), whose dates the Timeline
    shows as a line under each bar.

    Raises `ExportCancelled` if `cancelled()` turns true; `out` is then left as it was.
    """
    if not out.parent.is_dir():
        raise RoadmapError("export.folder_missing", path=out, folder=out.parent)
    language = options.language or snapshot.info.language.value
    unit = TimeUnit(options.unit) if options.unit else snapshot.info.time_unit
    exported = now().replace(microsecond=0)
    # The workbook holds every cell until it closes (on L 900,000 small objects beside the
    # roadmap's own): the cyclic collector, run again and again by the allocations, scanned
    # them all each time (six full passes, a fifth of exporting L), for cycles there are not
    # (`RowWorkbook.let_go`). See roadmap.collector.
    with collector_paused():
        data, warnings, cleaned = _write_workbook(
            snapshot, language, unit, exported, progress, cancelled, baselines, lineage, options
        )
    with replacing(out) as partial:
        partial.write_bytes(data)
    if cleaned:
        warnings.append(message("export.control_characters", count=cleaned))
    return warnings


def _write_workbook(
    snapshot: RoadmapSnapshot,
    language: str,
    unit: TimeUnit,
    exported: datetime,
    progress: Progress | None,
    cancelled: Cancelled | None,
    baselines: tuple[Baseline, ...],
    lineage: Sequence[LineageRow],
    options: ExportOptions,
) -> tuple[bytes, list[str | Message], int]:
    """The workbook's bytes, its warnings, and how many cells lost control characters."""
    from roadmap.io.workbook_overview import write_overview
    from roadmap.io.workbook_timeline import timeline_rows, write_timeline
    from roadmap.io.xlsx_rows import RowWorkbook

    # Built in memory and written by `replacing`: a full disk then fails in one place, and
    # xlsxwriter's zip file is never left half-open (it complained at exit when it was).
    buffer = io.BytesIO()
    workbook = RowWorkbook(
        buffer,
        {
            "in_memory": True,
            "strings_to_numbers": False,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "default_date_format": "yyyy-mm-dd",
        },
    )
    workbook.set_properties(
        {"title": snapshot.info.title, "comments": f"Frontier Roadmap {__version__}"}
    )
    compared = chosen_baseline(baselines, options.baseline)
    total = 1 + timeline_rows(snapshot) + sum(len(snapshot.of(s.kind)) + 1 for s in SHEETS)
    total += sum(len(b.plan.steps) for b in baselines) + (len(snapshot.steps) if compared else 0)
    run = ExportRun(workbook, language, total, progress, cancelled)
    try:
        write_overview(run, snapshot, exported)
        write_timeline(run, snapshot, unit, exported, compared)
        if compared is not None:
            write_variance(run, compare(compared.plan, plan_of(snapshot)), compared)
        for sheet in SHEETS:
            _write_data_sheet(run, snapshot, sheet)
        if baselines:
            write_baselines(run, baselines)
        _write_about(run, snapshot, exported)
        write_lineage_sheet(workbook, lineage)
        workbook.close()
    finally:
        workbook.let_go()  # written or cancelled, freed when this returns
    return buffer.getvalue(), run.warnings, run.cleaned_cells
