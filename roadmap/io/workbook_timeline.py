"""The Timeline sheet: the printable deliverable of the workbook.

One row per step under its pathway and problem (Excel outline levels, so groups fold and a
folded group still shows the problem's and pathway's overall span). Bars are conditional
formats that compare each period column with the row's Start and End cells: a planner who
changes a date in Excel sees the bar move, and the file stays small because bar cells are
never written one by one. Milestones and decision gates show ◆; the current period is marked.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from roadmap.domain.baseline import Baseline
from roadmap.domain.entities import Entity, Pathway, Problem, Step
from roadmap.domain.enums import StepStatus, TimeUnit
from roadmap.domain.messages import Message, message
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.io import display_order
from roadmap.io.cell_text import clean
from roadmap.io.enum_labels import label
from roadmap.io.timeline_bars import add_bars, add_baseline_line, add_today_marker
from roadmap.io.timeline_grid import (
    COL_END,
    COL_KIND,
    COL_LANE,
    COL_NAME,
    COL_OWNER,
    COL_START,
    COL_STATUS,
    FIRST_PERIOD,
    FIRST_ROW,
    FONT_SIZE,
    LABELS,
    LINE_HEIGHT,
    MAX_PERIODS,
    MILESTONE,
    ROW_HEADER,
    ROW_LANES,
    ROW_PERIOD_FIRST,
    ROW_PERIOD_LAST,
    ROW_STATUS,
    ROW_SUBTITLE,
    ROW_TITLE,
    ROW_YEARS,
    SPACER,
    STATUS_LOOK,
    TODAY,
    col_name,
    count_lines,
    display_width,
    word,
    wrapped_lines,
)
from roadmap.io.workbook_layout import TIMELINE_SHEET
from roadmap.io.workbook_periods import Period, periods, width
from roadmap.io.workbook_styles import Styles, excel_serial, text_color_on, write_date


class ExportRun(Protocol):
    """What the Timeline sheet needs of the export it is part of (workbook_export.ExportRun):
    written as a protocol so that this module does not import the one that imports it."""

    workbook: Any
    language: str
    styles: Styles
    warnings: list[str | Message]

    def advance(self, rows: int) -> None: ...

    def names(self, snapshot: RoadmapSnapshot) -> dict[str, str]: ...

    def write_text(
        self, sheet: Any, row: int, col: int, text: str, fmt: Any, quoted: Any, where: str
    ) -> None: ...


# Characters (as `display_width` counts them) of FONT_SIZE text that fit in a column of width 1.
# Widths count the default font's digits; text averages narrower, and LibreOffice fits
# about 1.3 (text at FONT_SIZE): 1.25 errs towards a taller row, not a cut line.
_FIT = 1.25
# The room of a step row's cells, in `display_width` units.
_STEP_ROOM = {
    col: LABELS[col][2] * _FIT for col in (COL_NAME, COL_LANE, COL_KIND, COL_STATUS, COL_OWNER)
}


@dataclass
class _Row:
    entity: Entity
    level: int
    last: int = 0  # problem/pathway rows: the last row of their group
    first_day: date | None = None
    last_day: date | None = None


def _layout(snapshot: RoadmapSnapshot) -> list[_Row]:
    """Problem, pathway and step rows in outline order, with each group's extent and span."""
    pathways_of: dict[str, list[Pathway]] = {}
    for pathway in display_order.pathways(snapshot):
        pathways_of.setdefault(pathway.problem_id, []).append(pathway)
    steps_of: dict[str, list[Step]] = {}
    for step in display_order.steps(snapshot):
        steps_of.setdefault(step.pathway_id, []).append(step)
    rows: list[_Row] = []
    for problem in display_order.problems(snapshot):
        head = _Row(problem, 0)
        rows.append(head)
        for pathway in pathways_of.get(problem.id, []):
            group = _Row(pathway, 1)
            rows.append(group)
            for step in steps_of.get(pathway.id, []):
                rows.append(_Row(step, 2))
                group.first_day = min(filter(None, (group.first_day, step.start)))
                group.last_day = max(filter(None, (group.last_day, step.end)))
            group.last = FIRST_ROW + len(rows) - 1
            if group.first_day is not None and group.last_day is not None:
                head.first_day = min(filter(None, (head.first_day, group.first_day)))
                head.last_day = max(filter(None, (head.last_day, group.last_day)))
        head.last = FIRST_ROW + len(rows) - 1
    return rows


def timeline_rows(snapshot: RoadmapSnapshot) -> int:
    """How many rows the Timeline will have (for progress)."""
    return len(snapshot.problems) + len(snapshot.pathways) + len(snapshot.steps)


class _TimelineWriter:
    def __init__(
        self,
        run: ExportRun,
        snapshot: RoadmapSnapshot,
        unit: TimeUnit,
        exported: datetime,
        baseline: Baseline | None = None,
    ) -> None:
        self.run = run
        self.baseline = baseline
        self.snapshot = snapshot
        self.unit = unit
        self.exported = exported
        self.language = run.language
        # The Timeline is printed: its text is a size larger than the data sheets'.
        self.styles = Styles(run.workbook, run.language, FONT_SIZE)
        name_en, name_zh = TIMELINE_SHEET
        self.ws = run.workbook.add_worksheet(name_zh if self.language == "zh" else name_en)
        info = snapshot.info
        self.periods: list[Period] = periods(
            info.horizon_start, info.horizon_end, unit, MAX_PERIODS
        )
        self.last_col = FIRST_PERIOD + max(len(self.periods), 1) - 1
        # With a baseline: its start and end right of the bars, drawn as a line under each bar.
        self.baseline_cols = (self.last_col + 2, self.last_col + 3) if baseline else None
        self.planned = {s.id: s for s in baseline.plan.steps} if baseline else {}
        self.lane_names = {lane.id: lane.name for lane in snapshot.lanes}
        self.org_names = {org.id: org.name for org in snapshot.organizations}

    # -- header ------------------------------------------------------------------------------

    def write_header(self) -> None:
        ws, styles, language = self.ws, self.styles, self.language
        info = self.snapshot.info
        ws.set_row(ROW_TITLE, 24)
        self.run.write_text(
            ws,
            ROW_TITLE,
            COL_NAME,  # the ID column is hidden
            info.title,
            styles.get(bold=True, font_size=18),
            styles.quoted,
            ws.name,
        )
        by = label(self.unit, language).lower()
        subtitle = (
            f"{word('horizon', language)} {info.horizon_start.isoformat()} – "
            f"{info.horizon_end.isoformat()} · {word('by', language)} {by} · "
            f"{word('exported', language)} {self.exported.strftime('%Y-%m-%d %H:%M')} · "
            f"{len(self.snapshot.steps)} {word('steps', language)}"
        )
        ws.write_string(ROW_SUBTITLE, COL_NAME, subtitle, styles.get(font_color="#595959"))
        self._legend()
        for row in (ROW_PERIOD_FIRST, ROW_PERIOD_LAST):
            ws.set_row(row, None, None, {"hidden": True})
        hidden = styles.date
        for offset, period in enumerate(self.periods):
            col = FIRST_PERIOD + offset
            ws.write_number(ROW_PERIOD_FIRST, col, excel_serial(period.first.toordinal()), hidden)
            ws.write_number(ROW_PERIOD_LAST, col, excel_serial(period.last.toordinal()), hidden)
        self._period_headers()

    def _chips(self, row: int, chips: list[tuple[str, Any]]) -> None:
        """Legend entries in the bar area, each merged over enough columns for its text."""
        col = FIRST_PERIOD
        per_col = width(self.unit)
        for text, fmt in chips:
            span = max(1, math.ceil((display_width(text) + 2) / per_col))
            if span == 1:
                self.ws.write_string(row, col, text, fmt)
            else:
                self.ws.merge_range(row, col, row, col + span - 1, text, fmt)
            col += span + 1

    def _legend(self) -> None:
        styles, language = self.styles, self.language
        caption = styles.get(bold=True, align="right")
        self.ws.write_string(ROW_LANES, SPACER - 1, word("lanes", language), caption)
        lanes = display_order.by_position(self.snapshot.lanes)
        self._chips(
            ROW_LANES,
            [
                (
                    clean(lane.name)[0][:60],
                    self._chip(bg_color=lane.color, font_color=text_color_on(lane.color)),
                )
                for lane in lanes
            ],
        )
        self.ws.write_string(ROW_STATUS, SPACER - 1, word("status", language), caption)
        chips = [
            (label(status, language), self._chip(**STATUS_LOOK[status])) for status in StepStatus
        ]
        chips.append((word("milestone", language), self._chip()))
        chips.append(
            (
                word("today", language),
                self._chip(left=2, right=2, left_color=TODAY, right_color=TODAY, font_color=TODAY),
            )
        )
        self._chips(ROW_STATUS, chips)

    def _chip(self, **props: Any) -> Any:
        look = {"align": "center", "valign": "vcenter", "border": 1}
        look["border_color"] = "#BFBFBF"
        return self.styles.get(**{**look, **props})

    def _period_headers(self) -> None:
        ws, styles, language = self.ws, self.styles, self.language
        band = styles.get(
            bold=True, align="center", bg_color="#BFBFBF", border=1, border_color="#808080"
        )
        head = styles.get(bold=True, bg_color="#D9D9D9", bottom=1, valign="bottom")
        small = styles.get(align="center", bg_color="#D9D9D9", bottom=1, border_color="#808080")
        for col, (en, zh, col_width) in enumerate(LABELS):
            ws.set_column(col, col, col_width, None, {"hidden": col == 0})
            ws.write_string(ROW_HEADER, col, zh if language == "zh" else en, head)
            ws.write_blank(ROW_YEARS, col, None, band)
        ws.set_column(SPACER, SPACER, 1)
        per_col = width(self.unit)
        year_start = styles.get(left=1, left_color="#BFBFBF")
        start = 0
        for offset, period in enumerate(self.periods):
            col = FIRST_PERIOD + offset
            new_year = period.first.month == 1
            ws.set_column(col, col, per_col, year_start if new_year and offset else None)
            ws.write_string(ROW_HEADER, col, period.label(self.unit, language), small)
            ends_year = offset + 1 == len(self.periods) or self.periods[offset + 1].first.month == 1
            if ends_year:
                year = str(period.first.year) if self.unit is not TimeUnit.YEAR else ""
                if offset > start:
                    ws.merge_range(ROW_YEARS, FIRST_PERIOD + start, ROW_YEARS, col, year, band)
                else:
                    ws.write_string(ROW_YEARS, col, year, band)
                start = offset + 1

    # -- rows --------------------------------------------------------------------------------

    def write_rows(self, rows: list[_Row]) -> int:
        """Write every row; returns how many steps reach outside the horizon."""
        first_day = self.periods[0].first.toordinal() if self.periods else 0
        last_day = self.periods[-1].last.toordinal() if self.periods else 0
        period_starts = [p.first.toordinal() for p in self.periods]
        look = _RowLook(self.styles, self.snapshot)
        ws, write_text, where = self.ws, self.run.write_text, self.ws.name
        outside = 0
        for offset, item in enumerate(rows):
            row = FIRST_ROW + offset
            entity = item.entity
            if isinstance(entity, Step):
                texts = self._step_texts(entity)
                lines = self._step_lines(entity, texts)
            else:
                lines = self._group_lines(entity)
            height = LINE_HEIGHT * lines if lines > 1 else None
            ws.set_row(row, height, None, {"level": item.level})
            write_text(ws, row, 0, entity.id, look.id, look.id, where)
            if isinstance(entity, Step):
                self._step(row, entity, texts, look)
                start, end = entity.start.toordinal(), entity.end.toordinal()
                if start < first_day or end > last_day:
                    outside += 1
                if entity.step_kind.is_point and first_day <= start <= last_day:
                    col = FIRST_PERIOD + _period_index(period_starts, start)
                    ws.put_string(
                        row, col, MILESTONE, look.diamonds.get(entity.lane_id, look.center)
                    )
            else:
                self._group(row, item, look)
            if offset % 1000 == 999:
                self.run.advance(1000)
        self.run.advance(len(rows) % 1000 + 1)
        return outside

    def _step_texts(self, step: Step) -> tuple[str, str, str, str]:
        """A step row's lane, kind, status and owner as its cells show them."""
        language = self.language
        owner = self.org_names.get(step.owner_org_id, "") if step.owner_org_id else ""
        return (
            self.lane_names.get(step.lane_id, ""),
            label(step.step_kind, language),
            label(step.status, language),
            owner,
        )

    def _step_lines(self, step: Step, texts: tuple[str, str, str, str]) -> int:
        """How many lines a step row needs, from its cells' texts. Lane, kind, status and owner
        repeat from row to row (`wrapped_lines` remembers them); the name seldom does."""
        lane, kind, status, owner = texts
        return max(
            wrapped_lines(owner, _STEP_ROOM[COL_OWNER]),
            count_lines(step.name, _STEP_ROOM[COL_NAME]),
            wrapped_lines(lane, _STEP_ROOM[COL_LANE]),
            wrapped_lines(kind, _STEP_ROOM[COL_KIND]),
            wrapped_lines(status, _STEP_ROOM[COL_STATUS]),
        )

    def _group_lines(self, entity: Entity) -> int:
        """How many lines a problem's or pathway's row needs for its wrapped name and owner:
        spreadsheet programs do not grow rows when they open a file, so the writer sets the
        height. A group's name spans the empty Lane cell too."""
        name = str(getattr(entity, "name", None) or getattr(entity, "statement", ""))
        org_id = getattr(entity, "owner_org_id", None) or getattr(entity, "demand_org_id", None)
        owner = self.org_names.get(org_id, "") if org_id else ""
        # Group names are bold, and a problem's a point larger.
        fit = _FIT * (0.85 if isinstance(entity, Pathway) else 0.75)
        return max(
            wrapped_lines(owner, LABELS[COL_OWNER][2] * fit),
            wrapped_lines(name, (LABELS[COL_NAME][2] + LABELS[COL_LANE][2]) * fit),
        )

    def _text(self, row: int, col: int, text: str, fmt: Any, quoted: Any) -> None:
        self.run.write_text(self.ws, row, col, text, fmt, quoted, self.ws.name)

    def _owner(self, row: int, org_id: str, look: _RowLook) -> None:
        """The owner's name, wrapped within its column."""
        owner = self.org_names.get(org_id, "")
        self._text(row, COL_OWNER, owner, look.wrap, look.quoted_wrap)

    def _step(self, row: int, step: Step, texts: tuple[str, str, str, str], look: _RowLook) -> None:
        ws = self.ws
        lane, kind, status, owner = texts
        self._text(row, COL_NAME, step.name, look.names[2], look.quoted[2])
        self._text(row, COL_LANE, lane, look.wrap, look.quoted_wrap)
        ws.put_string(row, COL_KIND, kind, look.wrap)
        write_date(ws, row, COL_START, step.start, look.date)
        write_date(ws, row, COL_END, step.end, look.date)
        if step.trl_start is not None:
            ws.put_string(row, 6, f"{step.trl_start}→{step.trl_target}", look.center)
        ws.put_string(row, COL_STATUS, status, look.status[step.status])
        if step.owner_org_id:
            # The owner's name, wrapped within its column.
            self._text(row, COL_OWNER, owner, look.wrap, look.quoted_wrap)
        planned = self.planned.get(step.id)
        if planned is not None and self.baseline_cols is not None:
            write_date(ws, row, self.baseline_cols[0], planned.start, look.date)
            write_date(ws, row, self.baseline_cols[1], planned.end, look.date)

    def _group(self, row: int, item: _Row, look: _RowLook) -> None:
        """A problem or pathway row: its name and, as MIN/MAX formulas, its steps' span."""
        ws, language, entity = self.ws, self.language, item.entity
        level = 0 if isinstance(entity, Problem) else 1
        ws.merge_range(row, COL_NAME, row, COL_LANE, "", look.names[level])
        if isinstance(entity, Problem):
            self._text(row, COL_NAME, entity.statement, look.names[0], look.quoted[0])
            ws.write_string(row, COL_KIND, word("problem", language), look.bold)
            if entity.demand_org_id:
                self._owner(row, entity.demand_org_id, look)
        elif isinstance(entity, Pathway):
            self._text(row, COL_NAME, entity.name, look.names[1], look.quoted[1])
            ws.write_string(row, COL_KIND, word("pathway", language), look.bold)
            ws.write_string(row, 7, label(entity.status, language), look.text)
        if item.first_day is None or item.last_day is None or item.last <= row:
            return
        for col, function, day in (
            (COL_START, "MIN", item.first_day),
            (COL_END, "MAX", item.last_day),
        ):
            letter = col_name(col)
            ws.write_formula(
                row,
                col,
                f"={function}({letter}{row + 2}:{letter}{item.last + 1})",
                look.span,
                excel_serial(day.toordinal()),
            )

    # -- bars, marker, print -----------------------------------------------------------------

    def finish(self, last_row: int) -> None:
        ws = self.ws
        ws.outline_settings(True, False, True, False)
        ws.freeze_panes(FIRST_ROW, FIRST_PERIOD)
        ws.autofilter(ROW_HEADER, 0, max(last_row, ROW_HEADER), SPACER - 1)
        if last_row >= FIRST_ROW and self.periods:
            add_bars(
                self.ws,
                self.styles,
                self.snapshot.lanes,
                self.language,
                last_row,
                self.last_col,
                self.baseline_cols,
            )
        if self.periods:
            add_today_marker(self.ws, self.styles, last_row, self.last_col)
        right = self.last_col
        if self.baseline is not None and self.baseline_cols is not None:
            right = self.baseline_cols[1]
            add_baseline_line(
                ws,
                self.styles,
                self.language,
                self.baseline.name,
                last_row,
                self.last_col,
                self.baseline_cols,
            )
        ws.set_landscape()
        ws.set_paper(8)  # A3: a roadmap is read on the wall, not on a letter page
        ws.fit_to_pages(1, 0)
        ws.repeat_rows(ROW_YEARS, ROW_HEADER)
        ws.set_margins(left=0.3, right=0.3, top=0.5, bottom=0.5)
        title = self.snapshot.info.title[:80].replace("&", "&&")
        ws.set_footer(f"&L{title}&R&P / &N")
        ws.print_area(0, 1, max(last_row, ROW_HEADER), right)  # the ID column is hidden
        ws.activate()


class _RowLook:
    """The formats of the Timeline's rows, made once per sheet."""

    def __init__(self, styles: Styles, snapshot: RoadmapSnapshot) -> None:
        self.id = styles.get(font_color="#808080")
        # Names wrap within their column rather than widen the sheet beyond a printed page.
        self.names = [
            styles.get(bold=True, font_size=FONT_SIZE + 1, text_wrap=True),
            styles.get(bold=True, indent=1, text_wrap=True),
            styles.get(indent=2, text_wrap=True),
        ]
        self.quoted = [
            styles.quoted_variant(bold=True, font_size=FONT_SIZE + 1, text_wrap=True),
            styles.quoted_variant(bold=True, indent=1, text_wrap=True),
            styles.quoted_variant(indent=2, text_wrap=True),
        ]
        self.wrap = styles.get(text_wrap=True)
        self.quoted_wrap = styles.quoted_variant(text_wrap=True)
        self.date = styles.get(num_format="yyyy-mm-dd", align="center")
        self.span = styles.get(num_format="yyyy-mm-dd", align="center", bold=True)
        self.text, self.bold = styles.text, styles.get(bold=True)
        self.center = styles.get(align="center")
        self.quoted_text = styles.quoted
        self.status = {s: styles.get(text_wrap=True, **look) for s, look in STATUS_LOOK.items()}
        self.diamonds = {
            lane.id: styles.get(align="center", bold=True, font_color=text_color_on(lane.color))
            for lane in snapshot.lanes
        }


def _period_index(starts: list[int], day: int) -> int:
    """Index of the period holding `day` (an ordinal), by binary search."""
    from bisect import bisect_right

    return max(bisect_right(starts, day) - 1, 0)


def write_timeline(
    run: ExportRun,
    snapshot: RoadmapSnapshot,
    unit: TimeUnit,
    exported: datetime,
    baseline: Baseline | None = None,
) -> None:
    """Add the Timeline sheet to the workbook being written by `run` (with `baseline`'s
    dates as a dark line under each bar)."""
    writer = _TimelineWriter(run, snapshot, unit, exported, baseline)
    writer.write_header()
    rows = _layout(snapshot)
    outside = writer.write_rows(rows)
    writer.finish(FIRST_ROW + len(rows) - 1)
    if outside:
        run.warnings.append(message("export.outside_horizon", count=outside))
    if len(writer.periods) == MAX_PERIODS:
        run.warnings.append(message("export.horizon_too_long"))
