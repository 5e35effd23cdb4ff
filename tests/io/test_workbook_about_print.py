"""The About sheet printed (seen through LibreOffice): its two columns fell on two pages, and
the wrapped description ran over the rows below it (no row height for its lines)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.io.exchange import ExportOptions
from roadmap.io.workbook_export import export_workbook

ONE_LINE = 15.0  # points: the height of an unwrapped row in the default font


@pytest.mark.parametrize(
    ("which", "sheet", "label"), [("en", "About", "Description"), ("zh", "关于", "说明")]
)
def test_the_about_sheet_prints_one_page_wide_with_room_for_its_wrapped_text(
    tmp_path: Path,
    sample_snapshot: RoadmapSnapshot,
    sample_snapshot_zh: RoadmapSnapshot,
    which: str,
    sheet: str,
    label: str,
) -> None:
    snapshot = sample_snapshot if which == "en" else sample_snapshot_zh
    out = tmp_path / f"{which}.xlsx"
    export_workbook(snapshot, out, ExportOptions())
    ws = openpyxl.load_workbook(out)[sheet]
    assert ws.sheet_properties.pageSetUpPr.fitToPage  # scaled to fit...
    assert ws.page_setup.fitToWidth in (1, None)  # ...one page wide (1 is the default)
    assert ws.page_setup.fitToHeight == 0  # as many pages long as it takes

    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == label)
    text = ws.cell(row, 2).value
    width = ws.column_dimensions["B"].width
    # Wider than its column (a CJK character takes two columns' widths of room) ...
    assert sum(2 if ord(ch) > 0x2E80 else 1 for ch in text) > 2 * width
    # ... so it wraps onto three or more lines, and its row must be that tall.
    height = ws.row_dimensions[row].height
    assert height is not None and height >= 3 * ONE_LINE


def test_every_about_value_lines_up_on_the_left(
    tmp_path: Path, sample_snapshot: RoadmapSnapshot
) -> None:
    """The export time (a date-time cell) stood alone at the right edge of the column."""
    out = tmp_path / "en.xlsx"
    export_workbook(sample_snapshot, out, ExportOptions())
    ws = openpyxl.load_workbook(out)["About"]
    for row in range(2, ws.max_row + 1):
        cell = ws.cell(row, 2)
        if cell.value is not None and not isinstance(cell.value, str):  # text goes left anyway
            assert cell.alignment.horizontal == "left", ws.cell(row, 1).value
