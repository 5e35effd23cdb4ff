"""What the readers of other tools' files say — a spreadsheet's unreadable cells, a GanttProject
task it cannot read, what a plan leaves out — in the locale's language (English, Chinese)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.io.conftest import Result

PLANS = Path(__file__).parent / "plans"


def _bad_sheet(tmp_path: Path) -> Path:
    source = tmp_path / "bad.csv"
    source.write_text(
        "Task,Start,End,Progress,Kind\n"
        "A,2027-01-01,soon,10,research\n"
        "B,2027-01-01,2027-02-01,lots,pilot\n"
        "C,2027-01-01,2027-02-01,5,spaceship\n"
        "D,2027-01-01,2027-02-01,2.5,pilot\n",
        encoding="utf-8",
    )
    return source


def test_a_spreadsheets_cells_are_told_in_chinese(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    result = cli("import", _bad_sheet(tmp_path), tmp_path / "new.roadmap")
    assert result.code == 2 and not (tmp_path / "new.roadmap").exists()
    for line in (
        "bad 第 2 行，End 列：'soon' 不是日期。",
        "bad 第 3 行，Progress 列：'lots' 不是数字。",
        "bad 第 4 行，Kind 列：'spaceship' 不是 ",
    ):
        assert line in result.err, result.err
    assert "is not" not in result.err and " row " not in result.err


def test_a_spreadsheets_cells_are_told_in_english(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGUAGE", "en_US")
    result = cli("import", _bad_sheet(tmp_path), tmp_path / "new.roadmap")
    assert result.code == 2
    assert "bad row 2, column End: 'soon' is not a date." in result.err
    assert "bad row 3, column Progress: 'lots' is not a number." in result.err


def test_a_gantt_task_that_cannot_be_read_is_told_in_both_languages(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "broken.gan"
    text = (PLANS / "battery.gan").read_text(encoding="utf-8")
    lab_cells = 'name="Lab cells" color="#99ccff" meeting="false" start="2027-01-04" duration="10"'
    assert lab_cells in text
    source.write_text(text.replace(lab_cells, lab_cells[:-3] + 'many"'), encoding="utf-8")
    monkeypatch.setenv("LANGUAGE", "en")
    english = cli("import", source, tmp_path / "en.roadmap")
    monkeypatch.setenv("LANGUAGE", "zh")
    chinese = cli("import", source, tmp_path / "zh.roadmap")
    assert english.code == chinese.code == 2
    assert "or duration 'many' is not readable." in english.err, english.err
    assert "或工期 'many' 无法读取。" in chinese.err, chinese.err
    assert "任务 1（Lab cells）：开始 '2027-01-04' 或工期 'many' 无法读取。" in chinese.err
    assert "task 1 (Lab cells): start '2027-01-04' or duration 'many'" in english.err
    assert "task " not in chinese.err


def test_what_a_plan_leaves_out_is_told_in_chinese(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    result = cli("import", PLANS / "battery.gan", tmp_path / "battery.roadmap")
    assert result.code == 0, result.err
    for line in (
        "完成-完成链接 1 项：2 → 4",
        "资源 1 项：Wang Fang",
        "节假日 1 项：2027-1-1",
        "自定义列 1 项：Budget code",
        "资源分配 1 项：任务 1 ← 资源 0",
        "资源休假 1 项：资源 0：2027-02-08 – 2027-02-12",
    ):
        assert line in result.out, result.out
    assert "finish-to-finish" not in result.out and "resource" not in result.out


def test_a_file_that_is_not_a_workbook_is_told_in_chinese(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import zipfile

    source = tmp_path / "empty.xlsx"
    with zipfile.ZipFile(source, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    chinese = cli("import", source, tmp_path / "zh.roadmap")
    monkeypatch.setenv("LANGUAGE", "en")
    english = cli("import", source, tmp_path / "en.roadmap")
    assert chinese.code == english.code == 2
    assert "empty.xlsx 已损坏或不是工作簿（其中没有 " in chinese.err, chinese.err
    assert "请用 Excel 或 LibreOffice 重新另存为 .xlsx。" in chinese.err
    assert "empty.xlsx is damaged or not a workbook (no " in english.err, english.err
