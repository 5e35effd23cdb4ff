"""The Timeline's bars and today marker, drawn by conditional formatting.

Each rule compares a period column's first and last day (hidden rows above the header) with
the row's Start and End cells, so the bars follow the dates wherever they are edited.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from roadmap.domain.entities import Lane
from roadmap.io import display_order
from roadmap.io.cell_text import clean
from roadmap.io.timeline_grid import (
    COL_END,
    COL_KIND,
    COL_LANE,
    COL_START,
    FIRST_PERIOD,
    FIRST_ROW,
    PATHWAY_BAR,
    PROBLEM_BAR,
    ROW_HEADER,
    ROW_PERIOD_FIRST,
    ROW_PERIOD_LAST,
    ROW_YEARS,
    TODAY,
    col_name,
    excel_string,
    word,
)
from roadmap.io.workbook_styles import Styles, text_color_on

BASELINE_LINE = "#404040"
# Excel caps text in a formula at 255 characters; longer lane names compare by prefix.
_NAME_IN_FORMULA = 100


def _within(top: int) -> str:
    """The test "this column's period overlaps this row's Start–End", for row `top` (1-based)."""
    first = col_name(FIRST_PERIOD)
    starts, ends = ROW_PERIOD_FIRST + 1, ROW_PERIOD_LAST + 1
    return (
        f"{first}${ends}>=${col_name(COL_START)}{top},{first}${starts}<=${col_name(COL_END)}{top}"
    )


def _within_baseline(top: int, columns: tuple[int, int]) -> str:
    """The test "this column's period overlaps the row's baseline Start–End"."""
    first = col_name(FIRST_PERIOD)
    starts, ends = ROW_PERIOD_FIRST + 1, ROW_PERIOD_LAST + 1
    start, end = (f"${col_name(c)}{top}" for c in columns)
    return f'{start}<>"",{first}${ends}>={start},{first}${starts}<={end}'


def add_bars(
    sheet: Any,
    styles: Styles,
    lanes: Sequence[Lane],
    language: str,
    last_row: int,
    last_col: int,
    baseline: tuple[int, int] | None = None,
) -> None:
    """Problem and pathway spans in greys, step bars in their lane's colour; with `baseline`
    (its Start and End columns), a bar over the baseline's span also gets its bottom line.

    LibreOffice applies only the first rule that holds for a cell (Excel applies them all), so
    "bar and baseline" comes as a rule of its own before "bar"."""
    top = FIRST_ROW + 1
    inside = _within(top)
    area = (FIRST_ROW, FIRST_PERIOD, last_row, last_col)
    kind_cell = f"${col_name(COL_KIND)}{top}"
    lane_cell = f"${col_name(COL_LANE)}{top}"
    for kind, color in (("problem", PROBLEM_BAR), ("pathway", PATHWAY_BAR)):
        test = f"{kind_cell}={excel_string(word(kind, language))}"
        sheet.conditional_format(
            *area,
            {
                "type": "formula",
                "criteria": f"=AND({test},{inside})",
                "format": styles.dxf(bg_color=color),
            },
        )
    for lane in display_order.by_position(lanes):
        name = clean(lane.name)[0]  # as the Lane cells hold it
        test = (
            f"{lane_cell}={excel_string(name)}"
            if len(name) <= _NAME_IN_FORMULA
            else f"LEFT({lane_cell},{_NAME_IN_FORMULA})={excel_string(name[:_NAME_IN_FORMULA])}"
        )
        look = {"bg_color": lane.color, "font_color": text_color_on(lane.color)}
        if baseline is not None:
            both = f"=AND({test},{inside},{_within_baseline(top, baseline)})"
            line = {"bottom": 5, "bottom_color": BASELINE_LINE}
            sheet.conditional_format(
                *area, {"type": "formula", "criteria": both, "format": styles.dxf(**look, **line)}
            )
        sheet.conditional_format(
            *area,
            {
                "type": "formula",
                "criteria": f"=AND({test},{inside})",
                "format": styles.dxf(**look),
            },
        )


def add_today_marker(sheet: Any, styles: Styles, last_row: int, last_col: int) -> None:
    """The period holding today (when the file is opened, not exported): red header, red edges."""
    first = col_name(FIRST_PERIOD)
    starts, ends = ROW_PERIOD_FIRST + 1, ROW_PERIOD_LAST + 1
    now = f"=AND({first}${starts}<=TODAY(),{first}${ends}>=TODAY())"
    sheet.conditional_format(
        ROW_HEADER,
        FIRST_PERIOD,
        ROW_HEADER,
        last_col,
        {
            "type": "formula",
            "criteria": now,
            "format": styles.dxf(bg_color=TODAY, font_color="#FFFFFF"),
        },
    )
    if last_row >= FIRST_ROW:
        sheet.conditional_format(
            FIRST_ROW,
            FIRST_PERIOD,
            last_row,
            last_col,
            {
                "type": "formula",
                "criteria": now,
                "format": styles.dxf(left=2, right=2, left_color=TODAY, right_color=TODAY),
            },
        )


def add_baseline_line(
    sheet: Any,
    styles: Styles,
    language: str,
    name: str,
    last_row: int,
    last_col: int,
    columns: tuple[int, int],
) -> None:
    """The baseline's dates (two columns right of the bars) as a thick dark line along the
    bottom of the periods they span: under the bar where nothing moved, beside it where the
    plan slipped. A border, not a fill, so it shows together with the bar's colour."""
    start_col, end_col = columns
    head = styles.get(bold=True, bg_color="#D9D9D9", bottom=1, valign="bottom", text_wrap=True)
    for col, (en, zh) in zip(
        columns, (("Baseline start", "基线开始"), ("Baseline end", "基线结束")), strict=True
    ):
        sheet.set_column(col, col, 10.5)
        sheet.write_string(ROW_HEADER, col, zh if language == "zh" else en, head)
    note = f"基线：{name}" if language == "zh" else f"Baseline: {name}"
    sheet.write_string(ROW_YEARS, start_col, note, styles.get(bold=True))
    sheet.set_column(last_col + 1, last_col + 1, 1)
    if last_row < FIRST_ROW:
        return
    top = FIRST_ROW + 1
    first = col_name(FIRST_PERIOD)
    starts, ends = ROW_PERIOD_FIRST + 1, ROW_PERIOD_LAST + 1
    start, end = f"${col_name(start_col)}{top}", f"${col_name(end_col)}{top}"
    sheet.conditional_format(
        FIRST_ROW,
        FIRST_PERIOD,
        last_row,
        last_col,
        {
            "type": "formula",
            "criteria": f'=AND({start}<>"",{first}${ends}>={start},{first}${starts}<={end})',
            "format": styles.dxf(bottom=5, bottom_color=BASELINE_LINE),
        },
    )
