"""An import's per-line problems — where in the file and what is wrong with the value — read in
the locale's language, in a workbook and in a JSON file."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from tests.cli.test_cli import roadmap


def header_row(sheet: object) -> tuple[int, dict[str, int]]:
    for row in sheet.iter_rows(min_row=1, max_row=10):  # type: ignore[attr-defined]
        names = {str(c.value).strip(): c.column for c in row if c.value is not None}
        if "ID" in names:
            return row[0].row, names
    raise AssertionError("no header row")


def test_a_bad_cell_is_told_by_sheet_row_and_column_in_both_languages(tmp_path: Path) -> None:
    sample, book_path = tmp_path / "sample.roadmap", tmp_path / "plan.xlsx"
    assert roadmap("sample", sample).returncode == 0
    assert roadmap("export", sample, book_path).returncode == 0
    book = openpyxl.load_workbook(book_path)
    steps = book["Steps"]
    at, columns = header_row(steps)
    steps.cell(row=at + 1, column=columns["Start"]).value = "soon"
    book.save(book_path)

    english = roadmap("import", book_path, tmp_path / "en.roadmap")
    chinese = roadmap("import", book_path, tmp_path / "zh.roadmap", language="zh_CN")

    assert english.returncode == chinese.returncode == 2
    assert (
        f"Steps row {at + 1}, column Start: soon is not a date (use YYYY-MM-DD)." in english.stderr
    )
    assert f"Steps 第 {at + 1} 行，Start 列：soon 不是日期（请用 YYYY-MM-DD）。" in chinese.stderr
    assert "is not a date" not in chinese.stderr and " row " not in chinese.stderr
    assert not (tmp_path / "en.roadmap").exists() and not (tmp_path / "zh.roadmap").exists()


def test_a_bad_json_field_is_told_in_both_languages(tmp_path: Path) -> None:
    sample, source = tmp_path / "sample.roadmap", tmp_path / "plan.json"
    assert roadmap("sample", sample).returncode == 0
    assert roadmap("export", sample, source).returncode == 0
    data = json.loads(source.read_text(encoding="utf-8"))
    data["steps"][2]["progress"] = "most"
    data["lanes"] = {"not": "a list"}
    source.write_text(json.dumps(data), encoding="utf-8")

    # Two problems: the lines after the first follow under --verbose (else in a file).
    english = roadmap("import", source, tmp_path / "en.roadmap", "--verbose")
    chinese = roadmap("import", source, tmp_path / "zh.roadmap", "--verbose", language="zh_CN")

    assert english.returncode == chinese.returncode == 2
    assert "steps[2], field progress: most is not a number" in english.stderr
    assert "lanes: must be a list of records." in english.stderr
    assert "steps[2]，字段 progress：most 不是数字" in chinese.stderr
    assert "lanes：必须是记录列表。" in chinese.stderr
    assert "must be" not in chinese.stderr and "field" not in chinese.stderr
