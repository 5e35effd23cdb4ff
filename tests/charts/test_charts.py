"""Every chart renders for both samples; the PNG, SVG and PDF files are real files of their kind.

Chinese charts are drawn with warnings turned into errors, so a missing glyph fails the test.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from roadmap.charts.export import save_chart
from roadmap.charts.labels import LABELS
from roadmap.charts.registry import CHARTS, ChartOptions, render
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.io.json_format import read_json
from roadmap.locations import sample_path

SAMPLES = {language: read_json(sample_path(language)) for language in ("en", "zh")}


def assert_png(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    return width, height


def assert_svg(path: Path) -> None:
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"


def assert_pdf(path: Path) -> None:
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("name", sorted(CHARTS))
def test_each_chart_renders_both_samples_to_png_svg_and_pdf(
    name: str, language: str, tmp_path: Path
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph … missing from font" is a UserWarning
        chart = render(SAMPLES[language], name)
        for suffix in (".png", ".svg", ".pdf"):
            save_chart(chart, tmp_path / f"{name}{suffix}")
    width, height = assert_png(tmp_path / f"{name}.png")
    assert width == 2666 and height >= 1500  # 13.33 in wide at 200 dpi: a 16:9 slide or taller
    assert_svg(tmp_path / f"{name}.svg")
    assert_pdf(tmp_path / f"{name}.pdf")
    assert chart.warnings == ()
    if language == "zh":
        assert any("WenQuanYi" in f or "CJK" in f or "YaHei" in f for f in chart.fonts)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_chart_text_follows_the_language(tmp_path: Path) -> None:
    en = render(SAMPLES["en"], "trl").figure
    zh = render(SAMPLES["en"], "trl", ChartOptions(language="zh")).figure
    en_texts = {t.get_text() for t in en.findobj(lambda a: hasattr(a, "get_text"))}
    zh_texts = {t.get_text() for t in zh.findobj(lambda a: hasattr(a, "get_text"))}
    assert "TRL over time" in en_texts and "技术成熟度演进" in zh_texts


def test_one_problem_only(tmp_path: Path) -> None:
    snapshot = SAMPLES["en"]
    problem = snapshot.problems[1]
    chart = render(snapshot, "timeline", ChartOptions(problem=problem.id))
    texts = " ".join(t.get_text() for t in chart.figure.findobj(lambda a: hasattr(a, "get_text")))
    assert "Dataflow INT8/INT4 NPU" in texts
    assert "Chiplet many-core" not in texts


def test_the_label_catalog_is_complete() -> None:
    # Every key the charts ask for is in the catalogue, in Chinese, with the same placeholders.
    used: set[str] = set()
    for path in (Path(__file__).resolve().parents[2] / "roadmap" / "charts").glob("*.py"):
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_.]+)["']""", path.read_text("utf-8")))
    assert used, "the scan found no label keys"
    assert sorted(used - LABELS.keys()) == []
    for key, (english, chinese) in LABELS.items():
        assert re.search(r"[\u4e00-\u9fff]", chinese), key
        assert sorted(re.findall(r"\{\w*\}", english)) == sorted(re.findall(r"\{\w*\}", chinese)), (
            key
        )


def test_without_a_chinese_font_the_message_names_the_fonts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from roadmap.charts import style

    monkeypatch.setattr(style, "installed_cjk_fonts", lambda: ())
    with pytest.raises(style.MissingFont) as caught:
        render(SAMPLES["zh"], "timeline")
    assert "Noto Sans CJK SC" in str(caught.value) and "fonts-noto-cjk" in str(caught.value)
    render(SAMPLES["en"], "scores")  # English needs no Chinese font


def test_a_dollar_in_a_name_is_not_math(tmp_path: Path) -> None:
    from dataclasses import replace

    snapshot = SAMPLES["en"]
    steps = tuple(replace(s, name="Cost $5 to $9 per unit") for s in snapshot.steps)
    chart = render(replace(snapshot, steps=steps), "timeline")
    shown = [
        t for t in chart.figure.findobj(lambda a: hasattr(a, "get_text")) if "$" in t.get_text()
    ]
    assert shown, "no step name with a dollar is drawn"
    # Drawn as written: matplotlib would read "$5 to $" as math unless the dollars are escaped.
    assert all(not t._preprocess_math(t.get_text())[1] for t in shown)
    save_chart(chart, tmp_path / "dollars.png")
    assert_png(tmp_path / "dollars.png")


def test_an_empty_roadmap_still_gives_every_chart(tmp_path: Path) -> None:
    snapshot = RoadmapSnapshot(info=SAMPLES["en"].info, lanes=SAMPLES["en"].lanes)
    for name in CHARTS:
        save_chart(render(snapshot, name), tmp_path / f"{name}.png")
        assert_png(tmp_path / f"{name}.png")


def test_importing_the_registry_does_not_import_matplotlib() -> None:
    code = (
        "import sys, roadmap.charts.registry, roadmap.charts.export, roadmap.domain.schedule;"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('matplotlib'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", "import json;" + code], capture_output=True, text=True, check=True
    )
    assert json.loads(done.stdout) == []


def test_the_timeline_edges_each_pathways_own_critical_path() -> None:
    from matplotlib.colors import to_hex
    from matplotlib.patches import Rectangle

    from roadmap.domain.schedule import schedule

    snapshot = SAMPLES["en"]
    figure = render(snapshot, "timeline").figure
    texts = {t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text"))}
    assert "Critical path (each pathway)" in texts
    edged = [
        p
        for p in figure.findobj(Rectangle)
        if p.axes is not None  # not the legend's
        and to_hex(p.get_edgecolor()) == "#c2185b"
        and p.get_linewidth() == 2.0
    ]
    result = schedule(snapshot.steps, snapshot.dependencies)
    bars = {s.id for s in snapshot.steps if not s.step_kind.is_point}
    pathway_of = {s.id: s.pathway_id for s in snapshot.steps}
    critical_bars = [i for i in result.critical_path if i in bars]
    assert len(edged) == len(critical_bars)
    # Not one project's path: more than one pathway has critical bars of its own.
    assert len({pathway_of[i] for i in critical_bars}) > 1
