"""The workbook's Variance and Timeline baseline, and the milestone trend chart, as files."""

from __future__ import annotations

import shutil
import subprocess
import warnings
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from roadmap.charts.export import save_chart
from roadmap.charts.milestones import trend
from roadmap.charts.registry import ChartOptions, chart_context, render
from roadmap.domain.baseline import Baseline, BaselineInfo, plan_of
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.io.exchange import ExportOptions, export_file
from roadmap.io.json_format import read_json
from roadmap.locations import sample_path
from roadmap.services import baselines
from roadmap.services.workspace import Workspace
from tests.baselines.test_cli import roadmap
from tests.charts.test_charts import assert_png
from tests.io.test_workbook_libreoffice import SOFFICE, convert


def slipped_file(path: Path, language: str) -> str:
    """A sample roadmap with a baseline, then its first bar 40 days later; the bar's ID."""
    with Workspace.create(path, read_json(sample_path(language))) as ws:
        baselines.take_baseline(ws, "Kick-off")
        bar = next(s for s in ws.queries.snapshot().steps if not s.step_kind.is_point)
        later = timedelta(days=40)
        ws.commands.move_step(bar.id, bar.start + later, bar.end + later)
        return bar.id


@pytest.mark.parametrize("language", ["en", "zh"])
def test_variance_sheet_and_timeline_baseline(tmp_path: Path, language: str) -> None:
    path = tmp_path / "plan.roadmap"
    bar_id = slipped_file(path, language)
    out = tmp_path / "plan.xlsx"
    with Workspace.open(path, readonly=True) as ws:
        export_file(ws, out, ExportOptions(language=language))
        bar = next(s for s in ws.queries.snapshot().steps if s.id == bar_id)
    book = openpyxl.load_workbook(out)
    zh = language == "zh"
    variance = book["偏差" if zh else "Variance"]
    rows = list(variance.iter_rows(values_only=True))
    assert "Kick-off" in rows[0][0]
    assert rows[1][0] == ("1 个步骤推迟，中位数 40 天" if zh else "1 step later, median 40 days")
    header = rows[3]
    mine = next(r for r in rows[4:] if r[0] == bar_id)
    start = header.index("开始偏差（天）" if zh else "Start variance (days)")
    finish = header.index("完成偏差（天）" if zh else "Finish variance (days)")
    assert (mine[start], mine[finish]) == (40, 40)
    timeline = book["时间线" if zh else "Timeline"]
    cells = list(timeline.iter_rows(values_only=True))
    headers = cells[7]
    first = headers.index("基线开始" if zh else "Baseline start")
    row = next(r for r in cells if r[0] == bar_id)
    assert row[first].date() == bar.start - timedelta(days=40)
    assert row[first + 1].date() == bar.end - timedelta(days=40)
    borders = [
        rule.dxf.border.bottom.style
        for rules in timeline.conditional_formatting
        for rule in rules.rules
        if rule.dxf is not None and rule.dxf.border is not None
    ]
    assert "thick" in borders
    assert book["基线" if zh else "Baselines"].max_row > len(cells) - 10


def test_export_names_an_unknown_baseline(tmp_path: Path) -> None:
    path = tmp_path / "plan.roadmap"
    slipped_file(path, "en")
    result = roadmap("export", path, tmp_path / "x.xlsx", "--baseline", "nothing")
    assert result.returncode == 2 and "nothing" in result.stderr
    assert not (tmp_path / "x.xlsx").exists()


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_prints_the_baseline(tmp_path: Path) -> None:
    path = tmp_path / "plan.roadmap"
    slipped_file(path, "en")
    out = tmp_path / "plan.xlsx"
    assert roadmap("export", path, out).returncode == 0
    pdf = convert(out, "pdf", tmp_path)
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
        ).stdout
        assert "Baseline start" in text
        assert "Compared with baseline “Kick-off”" in text


def three_baselines(snapshot: RoadmapSnapshot) -> tuple[RoadmapSnapshot, tuple[Baseline, ...]]:
    """Baselines in March 2025, September 2025 and March 2026 in which every third milestone
    slips 40 days more each time; now it is 130 days later than at first."""

    def moved(days: int) -> RoadmapSnapshot:
        steps = tuple(
            replace(s, start=s.start + timedelta(days), end=s.start + timedelta(days))
            if s.step_kind.is_point and i % 3 == 1
            else s
            for i, s in enumerate(snapshot.steps)
        )
        return replace(snapshot, steps=steps)

    kept = tuple(
        Baseline(
            BaselineInfo(f"b{k}", f"B{k}", datetime(*when, tzinfo=UTC), "me", ""),
            plan_of(moved(40 * k)),
        )
        for k, when in enumerate(((2025, 3, 1), (2025, 9, 1), (2026, 3, 1)))
    )
    return moved(130), kept


def test_trend_points_are_the_planned_dates_at_each_recording() -> None:
    snapshot, kept = three_baselines(read_json(sample_path("en")))
    context = chart_context(snapshot, ChartOptions(baselines=kept))
    context.today = date(2026, 9, 1)
    lines = trend(context, context.today)
    milestones = [(i, s) for i, s in enumerate(snapshot.steps) if s.step_kind.is_point]
    assert set(lines) == {s.id for _, s in milestones}
    index, slipping = next((i, s) for i, s in milestones if i % 3 == 1)
    first = slipping.start - timedelta(days=130)
    assert lines[slipping.id] == [
        (date(2025, 3, 1), first),
        (date(2025, 9, 1), first + timedelta(days=40)),
        (date(2026, 3, 1), first + timedelta(days=80)),
        (date(2026, 9, 1), slipping.start),
    ]
    steady = next(s for i, s in milestones if i % 3 != 1)
    assert {planned for _, planned in lines[steady.id]} == {steady.start}
    assert index >= 0


@pytest.mark.parametrize("language", ["en", "zh"])
def test_milestone_chart_files_in_both_languages(tmp_path: Path, language: str) -> None:
    snapshot, kept = three_baselines(read_json(sample_path(language)))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing CJK glyph fails
        chart = render(snapshot, "milestones", ChartOptions(baselines=kept))
        out = tmp_path / f"milestones-{language}.png"
        save_chart(chart, out)
    width, height = assert_png(out)
    assert width > 1000 and height > 500
    texts = [t.get_text() for t in chart.figure.texts]
    assert ("里程碑趋势" if language == "zh" else "Milestone trend") in texts
    legend = [t.get_text() for t in chart.figure.legends[0].get_texts()]
    assert any("+130" in text for text in legend)


def test_milestone_chart_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "plan.roadmap"
    slipped_file(path, "zh")
    out = tmp_path / "m.png"
    result = roadmap("export", path, out, "--chart", "milestones")
    assert result.returncode == 0, result.stderr
    assert_png(out)
    empty = tmp_path / "empty.roadmap"
    assert roadmap("sample", empty).returncode == 0
    result = roadmap("export", empty, tmp_path / "none.png", "--chart", "milestones")
    assert result.returncode == 0  # an empty chart saying why, not an error
