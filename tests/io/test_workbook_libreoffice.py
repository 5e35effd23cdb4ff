"""LibreOffice opens the exported workbook: it prints it, and what it saves imports again."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.io.conftest import read_roadmap
from tests.support import canonical

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")


def convert(source: Path, to: str, folder: Path) -> Path:
    """Convert with a private LibreOffice profile, so parallel runs do not collide."""
    assert SOFFICE is not None
    profile = folder / "lo-profile"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            to,
            "--outdir",
            str(folder / "out"),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    result = folder / "out" / f"{source.stem}.{to.split(':')[0]}"
    assert result.exists(), f"LibreOffice wrote no {to}"
    return result


def test_libreoffice_prints_the_chinese_workbook(zh_file: Path, tmp_path: Path, cli: Any) -> None:
    workbook = tmp_path / "zh.xlsx"
    assert cli("export", zh_file, workbook).code == 0
    pdf = convert(workbook, "pdf", tmp_path)
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        assert "面向产业" in text  # the title, in Chinese
        assert "2025-01-01" in text  # dates shown as dates


def test_a_workbook_saved_by_libreoffice_imports_unchanged(
    en_file: Path, tmp_path: Path, cli: Any
) -> None:
    workbook = tmp_path / "en.xlsx"
    assert cli("export", en_file, workbook).code == 0
    (tmp_path / "resaved").mkdir()
    resaved = convert(workbook, "xlsx:Calc MS Excel 2007 XML", tmp_path / "resaved")
    copy = tmp_path / "copy.roadmap"
    result = cli("import", resaved, copy)
    assert result.code == 0, result.err
    assert canonical(read_roadmap(copy)) == canonical(read_roadmap(en_file))


def word_heights(pdf: Path, first: int, last: int) -> list[float]:
    """The height of every word printed on pages first..last, in points."""
    import re

    html = subprocess.run(
        ["pdftotext", "-f", str(first), "-l", str(last), "-bbox", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [
        float(y_max) - float(y_min)
        for y_min, y_max in re.findall(r'<word [^>]*yMin="([\d.]+)"[^>]*yMax="([\d.]+)"', html)
    ]


def page_texts(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return text.split("\f")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_overview_and_timeline_print_on_four_readable_pages(
    en_file: Path, tmp_path: Path, cli: Any
) -> None:
    import xlsxwriter

    # What 7 pt text measures when LibreOffice prints it at 100 %, with the same fonts.
    ruler = tmp_path / "ruler.xlsx"
    book = xlsxwriter.Workbook(str(ruler))
    book.add_worksheet().write(0, 0, "Ruler", book.add_format({"font_size": 7}))
    book.close()
    (tmp_path / "ruler").mkdir()
    seven_points = min(word_heights(convert(ruler, "pdf", tmp_path / "ruler"), 1, 1))

    workbook = tmp_path / "en.xlsx"
    assert cli("export", en_file, workbook).code == 0
    pdf = convert(workbook, "pdf", tmp_path)
    pages = page_texts(pdf)
    # The data sheets follow: the first of them is Problems, whose header has "Statement".
    handout = next(i for i, page in enumerate(pages) if "Statement" in page)
    assert "Pathway ranking" in pages[0] and "Overview" in pages[0]
    assert 2 <= handout <= 4, f"Overview and Timeline take {handout} pages"
    heights = word_heights(pdf, 1, handout)
    assert min(heights) >= seven_points * 0.98, "text printed smaller than 7 pt"
