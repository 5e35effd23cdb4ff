"""The longer reports of the command line — `check --repair`, `portfolio` — speak the reader's
language (the locale), not only their first line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.hostile import run_cli, tamper


def test_the_repair_report_speaks_chinese(
    sample_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    tamper(sample_file, "UPDATE steps SET start = 'garbage' WHERE rowid = 1")
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    result = run_cli(capsys, "check", sample_file, "--repair")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    repaired = sample_file.with_name("sample.repaired.roadmap")
    assert lines[0] == f"已将 sample.roadmap 中能读出的内容保存到 {repaired}："
    assert "  steps：恢复 48 行（1 行被拒绝）" in lines
    assert any(
        line.startswith("    steps 表 '")
        and line.endswith("start 列：'garbage' 不是 1900 至 2200 年之间的日期")
        for line in lines
    ), lines
    assert lines[-1] == "部分数据已丢失；请与备份比较（`roadmap restore --list`）。"
    assert "recovered" not in result.stdout and "refused" not in result.stdout


def test_the_repair_report_speaks_english(
    sample_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    tamper(sample_file, "UPDATE steps SET start = 'garbage' WHERE rowid = 1")
    monkeypatch.setenv("LANGUAGE", "en_GB")
    lines = run_cli(capsys, "check", sample_file, "--repair").stdout.splitlines()
    assert lines[0].startswith("Saved what could be read of sample.roadmap into ")
    assert "  steps: 48 recovered (1 refused)" in lines
    assert any(
        line.startswith("    steps row '")
        and line.endswith("column start: 'garbage' is not a date between 1900 and 2200")
        for line in lines
    ), lines
    assert lines[-1] == "Some data was lost; compare with a backup (`roadmap restore --list`)."


@pytest.mark.parametrize(
    ("language", "said"), [("en", "is not damaged; nothing to repair."), ("zh", "没有损坏")]
)
def test_a_sound_file_is_not_repaired_in_either_language(
    sample_file: Path,
    language: str,
    said: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANGUAGE", language)
    result = run_cli(capsys, "check", sample_file, "--repair")
    assert result.returncode == 0 and said in result.stdout


def test_text_that_is_not_utf8_is_named_in_chinese(
    sample_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    tamper(sample_file, "UPDATE steps SET name = CAST(x'41ff42' AS TEXT) WHERE rowid = 1")
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    checked = run_cli(capsys, "check", sample_file)
    assert checked.returncode == 1
    assert "sample.roadmap，steps 表 '" in checked.stdout
    assert "name 列：文本不是 UTF-8 编码" in checked.stdout, checked.stdout
    assert "not UTF-8" not in checked.stdout


def test_a_refused_value_is_told_in_chinese(
    sample_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    tamper(sample_file, "UPDATE steps SET status = 'bogus' WHERE rowid = 1")
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    refused = run_cli(capsys, "info", sample_file)
    assert refused.returncode == 2
    assert "steps 表 " in refused.stderr and "status 列：'bogus' 不是以下之一：" in refused.stderr
    checked = run_cli(capsys, "check", sample_file)
    assert checked.returncode == 1
    assert "sample.roadmap，steps 表 " in checked.stdout and "不是以下之一" in checked.stdout
    assert "is not one of" not in checked.stdout + refused.stderr


def test_a_refused_value_of_a_link_table_is_told_in_chinese(
    sample_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    tamper(sample_file, "UPDATE patent_steps SET position = 'first' WHERE rowid = 1")
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    checked = run_cli(capsys, "check", sample_file)
    assert checked.returncode == 1
    assert "patent_steps 表 " in checked.stdout, checked.stdout
    assert "position 列：'first' 不是整数" in checked.stdout
    assert "is not" not in checked.stdout


def test_what_is_foreign_in_a_schema_is_named_in_chinese(
    sample_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    tamper(
        sample_file,
        "CREATE TRIGGER wipe AFTER UPDATE ON roadmap BEGIN DELETE FROM steps; END",
        "ALTER TABLE steps ADD COLUMN secret TEXT",
    )
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    refused = run_cli(capsys, "info", sample_file)
    assert refused.returncode == 2
    assert "触发器 'wipe'、列 steps.secret" in refused.stderr, refused.stderr
    assert "trigger" not in refused.stderr and "column" not in refused.stderr


def test_binary_data_in_a_link_table_is_told_in_chinese(
    sample_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The link tables' refused values were shown by an English-only helper ("binary data (2
    bytes)") inside an otherwise Chinese line."""
    tamper(sample_file, "UPDATE patent_steps SET position = x'0102' WHERE rowid = 1")
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    checked = run_cli(capsys, "check", sample_file)
    assert checked.returncode == 1
    assert "position 列：二进制数据（2 字节）" in checked.stdout, checked.stdout
    assert "binary data" not in checked.stdout
