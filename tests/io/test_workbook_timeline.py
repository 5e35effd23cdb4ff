"""The Timeline sheet as a planner sees and prints it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from roadmap.domain.enums import StepKind, StepStatus
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.io.exchange import ExportOptions
from roadmap.io.workbook_export import export_workbook


@pytest.fixture(scope="module")
def timeline(en_workbook: Path) -> Any:
    return openpyxl.load_workbook(en_workbook)["Timeline"]


def rows_by_id(sheet: Any) -> dict[str, int]:
    return {sheet.cell(row, 1).value: row for row in range(9, sheet.max_row + 1)}


def test_it_is_the_first_sheet_with_title_and_period_headers(
    en_workbook: Path, timeline: Any, sample_snapshot: RoadmapSnapshot
) -> None:
    assert openpyxl.load_workbook(en_workbook, read_only=True).sheetnames[:2] == [
        "Overview",
        "Timeline",
    ]
    assert timeline["B1"].value == sample_snapshot.info.title
    assert timeline["B2"].value.startswith("Horizon 2025-01-01 – 2034-12-31 · by quarter")
    headers = [timeline.cell(8, col).value for col in range(1, 10)]
    assert headers == ["ID", "Name", "Lane", "Kind", "Start", "End", "TRL", "Status", "Owner"]
    assert [timeline.cell(8, col).value for col in range(11, 15)] == ["Q1", "Q2", "Q3", "Q4"]
    assert timeline.cell(7, 11).value == "2025"


def test_steps_are_grouped_under_pathways_and_problems(
    timeline: Any, sample_snapshot: RoadmapSnapshot
) -> None:
    where = rows_by_id(timeline)
    assert len(where) == (
        len(sample_snapshot.problems) + len(sample_snapshot.pathways) + len(sample_snapshot.steps)
    )
    for problem in sample_snapshot.problems:
        row = where[problem.id]
        assert timeline.row_dimensions[row].outline_level in (0, None)
        assert timeline.cell(row, 5).value.startswith("=MIN(")  # the span follows the steps
    for pathway in sample_snapshot.pathways:
        assert timeline.row_dimensions[where[pathway.id]].outline_level == 1
        assert where[pathway.id] > where[pathway.problem_id]
    for step in sample_snapshot.steps:
        row = where[step.id]
        assert timeline.row_dimensions[row].outline_level == 2
        assert row > where[step.pathway_id]
        assert timeline.cell(row, 5).value.date() == step.start
        marks = [c.value for c in timeline[row][10:] if c.value]
        assert marks == (["◆"] if step.step_kind.is_point else [])


def test_bars_are_conditional_formats_on_start_and_end(
    timeline: Any, sample_snapshot: RoadmapSnapshot
) -> None:
    formulas = [
        rule.formula[0] for rules in timeline.conditional_formatting for rule in rules.rules
    ]
    for lane in sample_snapshot.lanes:
        assert any(f'$C9="{lane.name}"' in f and "$E9" in f and "$F9" in f for f in formulas)
    assert any("TODAY()" in f for f in formulas)


def test_it_prints_landscape_one_page_wide_with_repeated_headers(timeline: Any) -> None:
    assert timeline.freeze_panes == "K9"
    assert timeline.auto_filter.ref.startswith("A8:I")
    assert timeline.page_setup.orientation == "landscape"
    assert timeline.sheet_properties.pageSetUpPr.fitToPage
    # fitToWidth is left out when it is 1, the default of the file format
    assert (timeline.page_setup.fitToWidth or 1, timeline.page_setup.fitToHeight) == (1, 0)
    assert timeline.print_title_rows == "$7:$8"


def test_the_legend_names_lanes_and_statuses(
    timeline: Any, sample_snapshot: RoadmapSnapshot
) -> None:
    lanes_row = {c.value for c in timeline[3] if c.value}
    status_row = {c.value for c in timeline[4] if c.value}
    assert {lane.name for lane in sample_snapshot.lanes} <= lanes_row
    assert {"Planned", "In progress", "Done", "At risk", "Cancelled"} <= status_row


def test_the_unit_option_changes_the_columns(
    sample_snapshot: RoadmapSnapshot, tmp_path: Path
) -> None:
    out = tmp_path / "years.xlsx"
    export_workbook(sample_snapshot, out, ExportOptions(unit="year"))
    sheet = openpyxl.load_workbook(out)["Timeline"]
    years = [sheet.cell(8, col).value for col in range(11, 21)]
    assert years == [str(year) for year in range(2025, 2035)]
    assert sheet.cell(8, 21).value is None


def test_it_prints_for_a_reader_ids_hidden_long_text_wrapped(
    timeline: Any, sample_snapshot: RoadmapSnapshot
) -> None:
    assert timeline.column_dimensions["A"].hidden  # IDs stay for the round trip, unprinted
    assert timeline.print_area.startswith("'Timeline'!$B$1:")
    where = rows_by_id(timeline)
    longest = max(sample_snapshot.steps, key=lambda step: len(step.name))
    cell = timeline.cell(where[longest.id], 2)
    assert cell.value == longest.name and cell.alignment.wrap_text
    # A wrapped name gets a row tall enough for its lines: programs do not grow rows on open.
    assert (timeline.row_dimensions[where[longest.id]].height or 0) >= 2 * 14


def test_a_short_row_keeps_the_default_height(
    sample_snapshot: RoadmapSnapshot, tmp_path: Path
) -> None:
    lane = min(sample_snapshot.lanes, key=lambda lane: len(lane.name))
    first = replace(
        sample_snapshot.steps[0],
        name="Tape-out",
        owner_org_id=None,
        lane_id=lane.id,
        step_kind=StepKind.RESEARCH,
        status=StepStatus.DONE,
    )
    snapshot = replace(sample_snapshot, steps=(first, *sample_snapshot.steps[1:]))
    out = tmp_path / "short.xlsx"
    export_workbook(snapshot, out, ExportOptions())
    sheet = openpyxl.load_workbook(out)["Timeline"]
    assert sheet.row_dimensions[rows_by_id(sheet)[first.id]].height in (None, 15)
