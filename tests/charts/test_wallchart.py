"""`roadmap export FILE OUT.pdf --wallchart SIZE`: the timeline on a wall-sized sheet or on
A4 tiles to tape together, then the pathway ranking; every page numbered."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from roadmap.cli import main
from roadmap.io.json_format import read_json
from roadmap.locations import sample_path
from roadmap.services.workspace import Workspace

pytestmark = pytest.mark.skipif(
    shutil.which("pdfinfo") is None, reason="poppler-utils is not installed"
)
MM_PT = 72 / 25.4


def sample_file(folder: Path, language: str) -> Path:
    path = folder / f"{language}.roadmap"
    Workspace.create(path, read_json(sample_path(language))).close()
    return path


def pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


def numbered(text: str, number: int, total: int) -> bool:
    """Whether the page says "number / total" (pdftotext may drop the spaces)."""
    return re.search(rf"(?<!\d){number}\s*/\s*{total}(?!\d)", text) is not None


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True, text=True
    ).stdout
    return [
        (float(w), float(h))
        for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)
    ]


def test_a1_wallchart_is_one_sheet_then_the_ranking(tmp_path: Path) -> None:
    roadmap = sample_file(tmp_path, "en")
    out = tmp_path / "wall.pdf"
    assert main(["export", str(roadmap), str(out), "--wallchart", "A1"]) == 0
    sizes = page_sizes(out)
    assert len(sizes) == 2
    for width, height in sizes:  # A1 landscape: 841 × 594 mm
        assert abs(width - 841 * MM_PT) < 2 and abs(height - 594 * MM_PT) < 2
    timeline, ranking = pages(out)
    assert "Domestic Computing Chips for Industry" in timeline
    assert "Today" in timeline and "Technology" in timeline  # today line and lanes in the legend
    assert numbered(timeline, 1, 2) and numbered(ranking, 2, 2)
    snapshot = read_json(sample_path("en"))
    assert all(p.name.split()[0] in ranking for p in snapshot.pathways)


def test_a4_tiles_cover_an_a1_in_chinese(tmp_path: Path) -> None:
    roadmap = sample_file(tmp_path, "zh")
    out = tmp_path / "tiles.pdf"
    assert main(["export", str(roadmap), str(out), "--wallchart", "a4-tiles"]) == 0
    sizes = page_sizes(out)
    texts = pages(out)
    tiles = len(sizes) - 1
    assert tiles >= 8  # an A1 is eight A4 sheets, more with the overlap
    for width, height in sizes:
        assert abs(width - 297 * MM_PT) < 2 and abs(height - 210 * MM_PT) < 2
    for number, text in enumerate(texts, start=1):
        assert numbered(text, number, len(sizes))
    assert "面向产业" in texts[0]  # the title on the first tile, in Chinese


@pytest.mark.parametrize(("name", "size"), [("wall.png", "A1"), ("wall.pdf", "B5")])
def test_refusals_create_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, size: str
) -> None:
    roadmap = sample_file(tmp_path, "en")
    out = tmp_path / name
    assert main(["export", str(roadmap), str(out), "--wallchart", size]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and ("PDF" in err or "B5" in err)
    assert not out.exists()
