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
    TODAY,
    col_name,
    excel_string,
    word,
)
from roadmap.io.workbook_styles import Styles, text_color_on

# Excel caps text in a formula at 255 characters; longer lane names compare by prefix.
_NAME_IN_FORMULA = 100


def _within(top: int) -> str:
    """The test "this column's period overlaps this row's Start–End", for row `top` (1-based)."""
    first = col_name(FIRST_PERIOD)
    starts, ends = ROW_PERIOD_FIRST + 1, ROW_PERIOD_LAST + 1
    return (
        f"{first}${ends}>=${col_name(COL_START)}{top},{first}${starts}<=${col_name(COL_END)}{top}"
    )


def add_bars(
    sheet: Any, styles: Styles, lanes: Sequence[Lane], language: str, last_row: int, last_col: int
) -> None:
    """Problem and pathway spans in greys, step bars in their lane's colour."""
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
        sheet.conditional_format(
            *area,
            {
                "type": "formula",
                "criteria": f"=AND({test},{inside})",
                "format": styles.dxf(bg_color=lane.color, font_color=text_color_on(lane.color)),
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
