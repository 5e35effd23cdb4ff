"""The `patents` and `talent` charts: both samples, every format, no missing glyph; the numbers
on them are the transfer figures."""

from __future__ import annotations

import warnings
from dataclasses import replace
from pathlib import Path

import pytest

from roadmap.charts.export import save_chart
from roadmap.charts.registry import CHARTS, ChartOptions, chart_titles, render
from roadmap.cli import main
from roadmap.domain.enums import Language
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.io.json_format import read_json
from roadmap.locations import sample_path
from tests.charts.test_charts import assert_pdf, assert_png, assert_svg

SAMPLES = {language: read_json(sample_path(language)) for language in ("en", "zh")}
NPU_PROBLEM = 1  # the second problem: the edge NPU, with three of the ten patents


def texts(snapshot: RoadmapSnapshot, name: str, options: ChartOptions | None = None) -> str:
    figure = render(snapshot, name, options).figure
    return "\n".join(t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text")))


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("name", ["patents", "talent"])
def test_both_samples_render_to_png_svg_and_pdf(name: str, language: str, tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a glyph missing from the font is a UserWarning
        chart = render(SAMPLES[language], name)
        for suffix in (".png", ".svg", ".pdf"):
            save_chart(chart, tmp_path / f"{name}{suffix}")
    assert assert_png(tmp_path / f"{name}.png") == (2666, 1500)
    assert_svg(tmp_path / f"{name}.svg")
    assert_pdf(tmp_path / f"{name}.pdf")
    assert chart.warnings == ()
    if language == "zh":
        assert any("WenQuanYi" in f or "CJK" in f or "YaHei" in f for f in chart.fonts)


def test_the_charts_are_registered_with_titles_in_both_languages() -> None:
    assert {"patents", "talent"} <= set(CHARTS)
    assert ("patents", "专利进展") in chart_titles(Language.ZH)
    assert ("talent", "Talent mobility") in chart_titles(Language.EN)


def test_the_patent_chart_shows_the_pipeline_and_licensing() -> None:
    shown = texts(SAMPLES["en"], "patents")
    assert "Licensed or transferred to enterprises: 3 of 10 patents" in shown
    assert "Patents by status at each year end" in shown and "2025" in shown
    assert "Transferred" in shown and "Lapsed" in shown  # the legend has every status
    zh = texts(SAMPLES["zh"], "patents")
    assert "许可或转让给企业：3 项（共 10 项专利）" in zh and "已转让" in zh


def test_the_patent_chart_of_one_problem_counts_its_pathways_patents_only() -> None:
    snapshot = SAMPLES["en"]
    problem = snapshot.problems[NPU_PROBLEM]
    shown = texts(snapshot, "patents", ChartOptions(problem=problem.id))
    assert "Licensed or transferred to enterprises: 2 of 5 patents" in shown
    assert "Chiplet many-core" not in shown


def test_the_talent_chart_shows_moves_between_sectors() -> None:
    shown = texts(SAMPLES["en"], "talent")
    assert "Cross-sector moves: 3 of 6" in shown
    assert "Research → industry" in shown and "University ↔ institute" in shown
    assert "Dongchuan University" in shown  # an organization someone left
    assert "跨部门流动：3 人次（共 6 人次）" in texts(SAMPLES["zh"], "talent")


def test_organization_names_in_chinese_get_a_chinese_font() -> None:
    english = SAMPLES["en"]
    chinese_names = {o.id: o.name for o in SAMPLES["zh"].organizations}
    organizations = tuple(replace(o, name=chinese_names[o.id]) for o in english.organizations)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        chart = render(replace(english, organizations=organizations), "talent")
    assert len(chart.fonts) > 1


def test_without_patents_or_moves_the_charts_say_so() -> None:
    empty = RoadmapSnapshot(info=SAMPLES["en"].info)
    assert "the roadmap has no patents yet." in texts(empty, "patents")
    assert "no moves between organizations recorded yet." in texts(empty, "talent")


@pytest.mark.parametrize("name", ["patents", "talent"])
def test_roadmap_export_draws_the_chart(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sample.roadmap"
    assert main(["sample", str(path), "--lang", "zh"]) == 0
    out = tmp_path / f"{name}.svg"
    assert main(["export", str(path), str(out), "--chart", name]) == 0
    assert_svg(out)
