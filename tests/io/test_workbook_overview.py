"""The Overview sheet: what a sponsor reads first, on one printed page."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.io.exchange import ExportOptions
from roadmap.io.workbook_export import export_workbook

EXPORTED = datetime(2027, 1, 15, 9, 30)


@pytest.fixture(scope="module")
def overview(tmp_path_factory: pytest.TempPathFactory, sample_snapshot: RoadmapSnapshot) -> Any:
    out = tmp_path_factory.mktemp("overview") / "sample.xlsx"
    export_workbook(sample_snapshot, out, ExportOptions(), now=lambda: EXPORTED)
    return openpyxl.load_workbook(out)["Overview"]


def column(sheet: Any, col: int) -> list[Any]:
    return [sheet.cell(row, col).value for row in range(1, sheet.max_row + 1)]


def section_rows(sheet: Any, title: str) -> list[tuple[Any, ...]]:
    """The rows below a section's heading and its header row, up to the next heading."""
    rows = [tuple(c.value for c in row) for row in sheet.iter_rows(min_row=1)]
    start = next(i for i, row in enumerate(rows) if row[0] and str(row[0]).startswith(title))
    body: list[tuple[Any, ...]] = []
    for row in rows[start + 2 :]:
        if not any(v not in (None, "") for v in row):
            break
        body.append(row)
    return body


def weighted(snapshot: RoadmapSnapshot, pathway_id: str) -> float:
    """The pathway's score on 0–100 as the roadmap's users define it: the weighted mean of
    its 1–5 scores mapped 1 → 0 and 5 → 100."""
    weights = {c.id: c.weight for c in snapshot.criteria}
    given = [
        (weights[s.criterion_id], s.value) for s in snapshot.scores if s.pathway_id == pathway_id
    ]
    total = sum(w for w, _ in given)
    return sum(w * (v - 1) * 25 for w, v in given) / total


def test_it_comes_first_and_lists_every_problem(
    overview: Any, sample_snapshot: RoadmapSnapshot
) -> None:
    assert overview["A1"].value == sample_snapshot.info.title
    assert "2025-01-01 – 2034-12-31" in overview["A2"].value
    statements = {row[1] for row in section_rows(overview, "Problems")}
    assert statements == {problem.statement for problem in sample_snapshot.problems}


def test_the_ranking_orders_pathways_by_weighted_score(
    overview: Any, sample_snapshot: RoadmapSnapshot
) -> None:
    rows = section_rows(overview, "Pathway ranking")
    names = {p.name: p for p in sample_snapshot.pathways}
    ranked = [row for row in rows if row[1] in names]
    assert len(ranked) == len(sample_snapshot.pathways)
    for problem in sample_snapshot.problems:
        mine = [row for row in ranked if names[row[1]].problem_id == problem.id]
        scores = [weighted(sample_snapshot, names[row[1]].id) for row in mine]
        assert scores == sorted(scores, reverse=True)
        assert [row[0] for row in mine] == list(range(1, len(mine) + 1))
        for row, expected in zip(mine, scores, strict=True):
            assert row[3] == pytest.approx(expected, abs=0.05)


def test_products_show_their_launch_dates(overview: Any, sample_snapshot: RoadmapSnapshot) -> None:
    rows = {row[1]: row for row in section_rows(overview, "Products")}
    for product in sample_snapshot.products:
        launch = rows[product.name][3]
        assert (launch.date() if launch else None) == product.launch_date


def test_milestones_are_those_due_in_the_next_two_years(
    overview: Any, sample_snapshot: RoadmapSnapshot
) -> None:
    rows = section_rows(overview, "Milestones and decision gates")
    due = sorted(
        (step.start, step.name)
        for step in sample_snapshot.steps
        if step.step_kind.value in ("milestone", "decision_gate")
        and date(2027, 1, 15) <= step.start <= date(2029, 1, 15)
    )
    assert due, "the sample should have milestones in that window"
    assert [(row[3].date(), row[1]) for row in rows] == due


def test_it_prints_on_one_landscape_page(overview: Any) -> None:
    assert overview.page_setup.orientation == "landscape"
    assert (overview.page_setup.fitToWidth or 1, overview.page_setup.fitToHeight or 1) == (1, 1)
    assert overview.print_area


def test_chinese_overview(tmp_path: Path, sample_snapshot_zh: RoadmapSnapshot) -> None:
    out = tmp_path / "zh.xlsx"
    export_workbook(sample_snapshot_zh, out, ExportOptions(), now=lambda: EXPORTED)
    sheet = openpyxl.load_workbook(out)["概览"]
    headings = {v for v in column(sheet, 1) if isinstance(v, str)}
    assert {"问题", "路径排名", "产品"} <= headings
