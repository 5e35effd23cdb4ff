"""A small roadmap built by hand, exported: the cells of its Timeline rows and of its Steps and
Dependencies rows, as a planner reads them. The expected values are worked out here from the
roadmap (dates, words, columns, lines of wrapped text), not taken from the exporter."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import openpyxl
import pytest

from roadmap.domain.entities import Dependency, Lane, Organization, Pathway, Problem, Step
from roadmap.domain.enums import DependencyType, Language, StepKind, StepStatus, TimeUnit
from roadmap.domain.snapshot import RoadmapInfo, RoadmapSnapshot
from roadmap.io.exchange import ExportOptions
from roadmap.io.workbook_export import export_workbook

OWNER = "Fraunhofer Institute for Integrated Circuits"
CHIP = "Tape-out of test chip one"


def hand_built() -> RoadmapSnapshot:
    info = RoadmapInfo(
        "r1",
        "Hand-built",
        date(2027, 1, 1),
        date(2027, 12, 31),
        time_unit=TimeUnit.MONTH,
        language=Language.EN,
    )
    steps = (
        Step(
            "s1",
            "w1",
            "l1",
            name=CHIP,
            start=date(2027, 2, 1),
            end=date(2027, 4, 30),
            step_kind=StepKind.RESEARCH,
            trl_start=3,
            trl_target=5,
            status=StepStatus.DONE,
            position=0,
        ),
        Step(
            "s2",
            "w1",
            "l2",
            name="Pilot line",
            start=date(2027, 3, 15),
            end=date(2027, 3, 15),
            step_kind=StepKind.MILESTONE,
            status=StepStatus.AT_RISK,
            owner_org_id="o1",
            position=1,
        ),
        Step(
            "s3",
            "w1",
            "l1",
            name="=1+1 then \x07rings",
            start=date(2027, 5, 1),
            end=date(2027, 6, 30),
            step_kind=StepKind.PILOT,
            status=StepStatus.PLANNED,
            position=2,
        ),
    )
    return RoadmapSnapshot(
        info,
        lanes=(Lane("l1", "Research", "#4C78A8", 0), Lane("l2", "Product", "#F58518", 1)),
        organizations=(Organization("o1", OWNER),),
        problems=(Problem("p1", "Memory wall"),),
        pathways=(Pathway("w1", "p1", name="Near-memory compute"),),
        steps=steps,
        dependencies=(Dependency("d1", "s1", "s2", DependencyType.FINISH_TO_START, 3),),
    )


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Any:
    out = tmp_path_factory.mktemp("cells") / "hand.xlsx"
    export_workbook(hand_built(), out, ExportOptions())
    return openpyxl.load_workbook(out)


def row_of(sheet: Any, record_id: str, first: int) -> int:
    return next(r for r in range(first, sheet.max_row + 1) if sheet.cell(r, 1).value == record_id)


def test_timeline_rows_hold_each_steps_cells(book: Any) -> None:
    sheet = book["Timeline"]
    labels = [
        [sheet.cell(row_of(sheet, i, 9), c).value for c in range(2, 10)] for i in ("s1", "s2")
    ]
    assert labels == [
        [CHIP, "Research", "Research", datetime(2027, 2, 1), datetime(2027, 4, 30), "3→5", "Done", None],
        ["Pilot line", "Product", "Milestone", datetime(2027, 3, 15), datetime(2027, 3, 15), None, "At risk", OWNER],
    ]  # fmt: skip
    for record in ("s1", "s2", "s3"):
        row = row_of(sheet, record, 9)
        assert sheet.row_dimensions[row].outline_level == 2
        assert [sheet.cell(row, c).number_format for c in (5, 6)] == ["yyyy-mm-dd"] * 2


def test_a_milestone_is_a_diamond_in_its_month_and_bars_write_no_cells(book: Any) -> None:
    sheet = book["Timeline"]
    # Periods start in column K (January 2027, the hidden row 5 holds its first day);
    # March is column M.
    assert [sheet.cell(5, c).value for c in (11, 13, 22)] == [
        datetime(2027, 1, 1),
        datetime(2027, 3, 1),
        datetime(2027, 12, 1),
    ]
    marks = {
        record: [c for c in range(11, 23) if sheet.cell(row_of(sheet, record, 9), c).value]
        for record in ("s1", "s2", "s3")
    }
    assert marks == {"s1": [], "s2": [13], "s3": []}
    assert sheet.cell(row_of(sheet, "s2", 9), 13).value == "◆"


def test_rows_are_as_tall_as_their_wrapped_owner_and_no_taller(book: Any) -> None:
    sheet = book["Timeline"]
    # The Owner column is 17 wide and fits 1.25 of `display_width`'s 1.1-unit letters a
    # unit: "Fraunhofer Institute" is 22.0 units of 21.25, "for Integrated" 15.4 + 1.1 + 11.0:
    # three lines of 15 points.
    assert sheet.row_dimensions[row_of(sheet, "s2", 9)].height == 45
    # The chip's name, 27.5 units, fits the Name column's 37.5 on one line.
    assert sheet.row_dimensions[row_of(sheet, "s1", 9)].height in (None, 15)


def test_formula_like_names_stay_text_without_control_characters(book: Any) -> None:
    timeline, steps = book["Timeline"], book["Steps"]
    for sheet, first in ((timeline, 9), (steps, 2)):
        cell = sheet.cell(row_of(sheet, "s3", first), 2)
        assert (cell.value, cell.data_type, cell.quotePrefix) == ("=1+1 then rings", "s", True)


def test_group_rows_span_their_steps(book: Any) -> None:
    sheet = book["Timeline"]
    pathway, problem = row_of(sheet, "w1", 9), row_of(sheet, "p1", 9)
    assert (problem, pathway) == (9, 10)
    assert [sheet.cell(pathway, c).value for c in (2, 4, 5, 6)] == [
        "Near-memory compute",
        "Pathway",
        "=MIN(E11:E13)",
        "=MAX(F11:F13)",
    ]
    assert sheet.row_dimensions[pathway].outline_level == 1


def test_steps_and_dependencies_sheets_hold_the_records(book: Any) -> None:
    steps = book["Steps"]
    headers = [c.value for c in steps[1]]
    row = {h: steps.cell(row_of(steps, "s2", 2), i + 1).value for i, h in enumerate(headers)}
    assert {k: row[k] for k in ("Name", "Pathway", "Lane", "Kind", "Start", "Status")} == {
        "Name": "Pilot line",
        "Pathway": "Near-memory compute",
        "Lane": "Product",
        "Kind": "Milestone",
        "Start": datetime(2027, 3, 15),
        "Status": "At risk",
    }
    assert (row["Owner organization ID"], row["Owner organization"]) == ("o1", OWNER)
    assert row["TRL at start"] is None and row["Notes"] is None
    dependencies = book["Dependencies"]
    assert [c.value for c in dependencies[2]] == [
        "d1",
        f"{CHIP} → Pilot line",
        "s1",
        CHIP,
        "s2",
        "Pilot line",
        "Finish to start",
        3,
    ]
    # The Name column is 32 wide, 31 of it for text: "Tape-out of test chip one →" takes
    # 28.6 units of `display_width`, " Pilot" 6.6 more, so the name takes two lines of 13
    # points. (Every other cell of the row fits on one line.)
    assert dependencies.row_dimensions[2].height == pytest.approx(26, abs=0.5)  # whole pixels
    assert dependencies.cell(2, 8).number_format == "0"
