"""The data sheets printed (seen through LibreOffice): long texts were cut at their column's
edge (data cells did not wrap) and a sheet with no rows still printed a page holding only its
header row (the sample has no ideas and no votes: three such pages)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.io.exchange import ExportOptions
from roadmap.io.workbook_export import export_workbook
from tests.io.test_workbook_libreoffice import SOFFICE, convert, page_texts

# Words at the end of pathway descriptions and step notes longer than their column: not
# printed when the text was cut.
TAILS = {"en": ("commercialised", "aggregations", "fallback"), "zh": ("候选方案",)}


@pytest.mark.skipif(
    SOFFICE is None or shutil.which("pdftotext") is None,
    reason="LibreOffice or poppler-utils is not installed",
)
@pytest.mark.parametrize("language", ["en", "zh"])
def test_data_sheets_print_whole_texts_and_no_empty_sheet(
    language: str, en_file: Path, zh_file: Path, tmp_path: Path, cli: Any
) -> None:
    workbook = tmp_path / f"{language}.xlsx"
    assert cli("export", en_file if language == "en" else zh_file, workbook).code == 0
    pages = page_texts(convert(workbook, "pdf", tmp_path))
    printed = "\n".join(pages)
    for word in TAILS[language]:
        assert word in printed, word
    header_only = [
        number
        for number, page in enumerate(pages, start=1)
        if len([line for line in page.splitlines() if line.strip()]) == 1
    ]
    assert header_only == []


def test_the_tails_are_in_the_samples_long_texts(
    sample_snapshot: RoadmapSnapshot, sample_snapshot_zh: RoadmapSnapshot
) -> None:
    """The words looked for are the samples' (the printing test means nothing otherwise)."""
    for language, snapshot in (("en", sample_snapshot), ("zh", sample_snapshot_zh)):
        texts = " ".join(
            [p.description for p in snapshot.pathways] + [s.notes for s in snapshot.steps]
        )
        assert all(word in texts for word in TAILS[language])


@pytest.mark.parametrize("language", ["en", "zh"])
def test_long_texts_wrap_in_rows_tall_enough_and_empty_sheets_print_nothing(
    language: str,
    sample_snapshot: RoadmapSnapshot,
    sample_snapshot_zh: RoadmapSnapshot,
    tmp_path: Path,
) -> None:
    snapshot = sample_snapshot if language == "en" else sample_snapshot_zh
    out = tmp_path / "book.xlsx"
    export_workbook(snapshot, out, ExportOptions())
    book = openpyxl.load_workbook(out)
    pathways = book["Pathways" if language == "en" else "路径"]
    header = [cell.value for cell in pathways[1]]
    column = header.index("Description" if language == "en" else "说明") + 1
    longest = max(range(2, pathways.max_row + 1), key=lambda r: len(pathways.cell(r, column).value))
    cell = pathways.cell(longest, column)
    assert cell.alignment.wrap_text
    width = pathways.column_dimensions[cell.column_letter].width
    wide = sum(2 if ord(ch) > 0x2E80 else 1 for ch in cell.value)
    assert wide > 2 * width  # two lines at least in any font...
    height = pathways.row_dimensions[longest].height
    assert height is not None and height >= 2 * 12  # ...and the row has room for them
    # The names wrap too; an ID column does not.
    name = header.index("Name" if language == "en" else "名称") + 1
    assert pathways.cell(longest, name).alignment.wrap_text
    assert not pathways.cell(longest, header.index("ID") + 1).alignment.wrap_text

    ideas = book["Parking lot" if language == "en" else "停车场"]
    assert ideas.max_row <= 2 and ideas.cell(2, 2).value is None  # the sample has none
    area = ideas.print_area
    assert area is not None and "$1:" not in area  # not the table: one blank cell beside it
    assert ideas.cell(1, 1).coordinate not in area
    assert not pathways.print_area  # a sheet with rows prints whole


@pytest.mark.parametrize("room", [8, 17, 31, 47])
def test_latin_text_is_counted_in_as_many_lines_as_wrapped_lines_counts(room: int) -> None:
    """The Latin shortcut of the row heights (word lengths, not each letter) agrees with the
    measure every other wrapped cell of the workbook uses."""
    from roadmap.io.data_sheet_layout import line_count
    from roadmap.io.timeline_grid import wrapped_lines

    texts = [
        "Two 64-core compute chiplets and one IO die on a 2.5D interposer; RVA23 cores.",
        "Cancelled at the park review;\nthe shuttle slot went to the chiplet route.",
        "A " + "verylongwordwithoutanyspace" * 3 + " ends here",
        "short",
    ]
    for text in texts:
        assert line_count(text, room) == wrapped_lines(text, room * 1.3)
