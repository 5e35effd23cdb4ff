"""Text that could harm a spreadsheet: formulas stay text, control characters go, long text is cut."""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path
from typing import Any

import openpyxl

from roadmap.domain.snapshot import RoadmapSnapshot
from tests.io.conftest import read_roadmap, write_roadmap

FORMULAS = [
    "=1+2",
    "+SUM(A1:A3)",
    "-2+3",
    "@SUM(1)",
    '\t=HYPERLINK("http://evil")',
    "\r=cmd|' /C calc'!A0",
    '="quoted"',
]


def with_step_texts(
    snapshot: RoadmapSnapshot, names: list[str], notes: list[str]
) -> RoadmapSnapshot:
    steps = list(snapshot.steps)
    for index, name in enumerate(names):
        steps[index] = dataclasses.replace(steps[index], name=name)
    for index, note in enumerate(notes):
        steps[index] = dataclasses.replace(steps[index], notes=note)
    return dataclasses.replace(snapshot, steps=tuple(steps))


def test_formula_like_text_is_written_as_text_and_comes_back(
    sample_snapshot: RoadmapSnapshot, tmp_path: Path, cli: Any
) -> None:
    source = write_roadmap(
        tmp_path / "f.roadmap", with_step_texts(sample_snapshot, FORMULAS, FORMULAS)
    )
    workbook = tmp_path / "f.xlsx"
    assert cli("export", source, workbook).code == 0

    with zipfile.ZipFile(workbook) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name).decode()
                assert "<f>1+2</f>" not in xml and "SUM(A1:A3)</f>" not in xml
    book = openpyxl.load_workbook(workbook)
    steps = book["Steps"]
    by_name = {steps.cell(row, 2).value: steps.cell(row, 2) for row in range(2, steps.max_row + 1)}
    plain = {text.replace("\r", "_x000D_") for text in FORMULAS}  # openpyxl keeps the escape
    assert plain <= set(by_name)
    for text in plain:
        cell = by_name[text]
        assert cell.data_type == "s"  # text, not a formula
        assert cell.quotePrefix  # and stays text when someone edits the cell

    copy = tmp_path / "copy.roadmap"
    assert cli("import", workbook, copy).code == 0
    names = {s.name for s in read_roadmap(copy).steps}
    assert set(FORMULAS) <= names
    notes = {s.notes for s in read_roadmap(copy).steps}
    assert set(FORMULAS) <= notes


def test_control_characters_are_removed(
    sample_snapshot: RoadmapSnapshot, tmp_path: Path, cli: Any
) -> None:
    nasty = "bell\x07 escape\x1b nul\x00 del\x7f kept\ttab\nline"
    source = write_roadmap(
        tmp_path / "c.roadmap", with_step_texts(sample_snapshot, ["Step\x0bone"], [nasty])
    )
    workbook = tmp_path / "c.xlsx"
    result = cli("export", source, workbook)
    assert result.code == 0
    assert "Removed control characters from" in result.err

    copy = tmp_path / "copy.roadmap"
    assert cli("import", workbook, copy).code == 0
    first = next(s for s in read_roadmap(copy).steps if s.id == sample_snapshot.steps[0].id)
    assert first.name == "Stepone"
    assert first.notes == "bell escape nul del kept\ttab\nline"


def test_text_over_excels_limit_is_cut_with_a_warning(
    sample_snapshot: RoadmapSnapshot, tmp_path: Path, cli: Any
) -> None:
    long_note = "长" * 40_000
    source = write_roadmap(
        tmp_path / "l.roadmap", with_step_texts(sample_snapshot, [], [long_note])
    )
    workbook = tmp_path / "l.xlsx"
    result = cli("export", source, workbook)
    assert result.code == 0
    assert "Steps row 2, column Notes: text longer than 32,767 characters was cut." in result.err

    book = openpyxl.load_workbook(workbook, read_only=True)
    notes = [row[18] for row in book["Steps"].iter_rows(min_row=2, values_only=True)]
    assert max(len(n or "") for n in notes) == 32_767


def test_text_that_looks_like_an_xml_escape_survives(
    sample_snapshot: RoadmapSnapshot, tmp_path: Path, cli: Any
) -> None:
    texts = ["_x0041_ stays as typed", "a\r\nb"]
    source = write_roadmap(tmp_path / "x.roadmap", with_step_texts(sample_snapshot, texts, texts))
    workbook, copy = tmp_path / "x.xlsx", tmp_path / "copy.roadmap"
    assert cli("export", source, workbook).code == 0
    assert cli("import", workbook, copy).code == 0
    assert set(texts) <= {s.name for s in read_roadmap(copy).steps}


def test_text_of_spaces_in_the_about_sheet_comes_back_as_written(
    tmp_path: Path, sample_snapshot: RoadmapSnapshot
) -> None:
    """Found by the property test: a description of one space came back empty."""
    from dataclasses import replace

    from roadmap.io.exchange import ExportOptions, export_file
    from roadmap.io.workbook_import import read_workbook
    from roadmap.services.workspace import Workspace

    spaced = replace(sample_snapshot, info=replace(sample_snapshot.info, description=" "))
    out = tmp_path / "spaced.xlsx"
    with Workspace.create(tmp_path / "spaced.roadmap", spaced) as workspace:
        export_file(workspace, out, ExportOptions())
    assert read_workbook(out).info.description == " "
