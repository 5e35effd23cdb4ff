"""The command line speaks the locale's language for everything it says, not only refusals:
check findings, what it reports when work is done, and argparse's complaints about the command
typed (exit 2, one line on stderr)."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_refused, roadmap


def sample_with_findings(tmp_path: Path) -> Path:
    """The sample with one step moved outside the horizon and a jump of four TRL levels."""
    path = tmp_path / "demo.roadmap"
    assert roadmap("sample", path).returncode == 0
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(
            "UPDATE steps SET start = '2040-01-01', \"end\" = '2040-02-01' WHERE rowid = 1"
        )
        conn.execute("UPDATE steps SET trl_start = 2, trl_target = 6 WHERE rowid = 2")
        conn.commit()
    return path


def test_check_findings_in_english_and_chinese(tmp_path: Path) -> None:
    path = sample_with_findings(tmp_path)
    english = roadmap("check", path)
    chinese = roadmap("check", path, language="zh_CN")
    assert english.returncode == chinese.returncode == 1
    assert "lies outside the roadmap horizon" in english.stdout
    assert "more than 2 levels in one step" in english.stdout
    assert english.stderr.strip() == f"{len(english.stdout.splitlines())} finding(s)."
    assert "超出路线图的时间范围" in chinese.stdout
    assert "一步超过 2 级" in chinese.stdout
    assert "outside" not in chinese.stdout and "TRL 2 to" not in chinese.stdout
    assert chinese.stderr.strip() == f"{len(chinese.stdout.splitlines())} 项发现。"


@pytest.mark.parametrize(
    ("language", "none", "created", "wrote"),
    [
        ("en", "No findings.", "Created ", "Wrote "),
        ("zh_CN", "没有发现问题。", "已创建 ", "已写入 "),
    ],
)
def test_what_is_said_when_work_is_done(
    tmp_path: Path, language: str, none: str, created: str, wrote: str
) -> None:
    path = tmp_path / "plan.roadmap"
    new = roadmap("new", path, "--title", "Plan", language=language)
    assert new.returncode == 0 and new.stdout == f"{created}{path}\n"
    check = roadmap("check", path, language=language)
    assert check.returncode == 0 and check.stdout == f"{none}\n"
    out = tmp_path / "plan.json"
    export = roadmap("export", path, out, language=language)
    assert export.returncode == 0 and export.stdout == f"{wrote}{out}\n"
    info = roadmap("info", path, language=language)
    counted = info.stdout.splitlines()[2]
    if language == "en":
        assert "4 lanes, 6 criteria" in counted and "0 steps" in counted
    else:
        assert "泳道 4、评价标准 6" in counted and "步骤 0" in counted
    imported = roadmap("import", out, tmp_path / "copy.roadmap", language=language)
    head = imported.stdout.splitlines()
    assert imported.returncode == 0
    if language == "en":
        assert head[0] == f"Created {tmp_path / 'copy.roadmap'}:" and "lanes: 4 added" in head[1]
    else:
        assert head[0] == f"已创建 {tmp_path / 'copy.roadmap'}：" and "泳道：新增 4" in head[1]


@pytest.mark.parametrize(
    ("args", "english", "chinese"),
    [
        (
            ("new", "X.roadmap"),
            "the following arguments are required: --title",
            "缺少以下参数：--title",
        ),
        (
            ("new", "X.roadmap", "--title", "T", "--lang", "fr"),
            "argument --lang: invalid choice: 'fr'",
            "参数 --lang：无效的选项：'fr'",
        ),
        (
            ("new", "X.roadmap", "--title", "T", "--start", "2030-13"),
            "'2030-13' is not a date (use YYYY-MM-DD)",
            "'2030-13' 不是日期（请用 YYYY-MM-DD）",
        ),
        (
            ("info", "X.roadmap", "--bogus"),
            "unrecognized arguments: --bogus",
            "无法识别的参数：--bogus",
        ),
        (("frob", "X.roadmap"), "unknown command 'frob'", "未知命令 'frob'"),
    ],
)
def test_argparse_complaints_follow_the_locale(
    tmp_path: Path, args: tuple[str, ...], english: str, chinese: str
) -> None:
    for language, words in (("en", english), ("zh_CN", chinese)):
        result = roadmap(*args, cwd=tmp_path, language=language)
        assert_refused(result, words)
        assert not (tmp_path / "X.roadmap").exists()
    zh = roadmap(*args, cwd=tmp_path, language="zh_CN")
    assert "required" not in zh.stderr and "invalid" not in zh.stderr
    assert "（参见 `roadmap --help`）" in zh.stderr


def test_json_output_stays_language_neutral(tmp_path: Path) -> None:
    path = tmp_path / "plan.roadmap"
    roadmap("new", path, "--title", "Plan")
    english = json.loads(roadmap("info", path, "--json").stdout)
    chinese = json.loads(roadmap("info", path, "--json", language="zh_CN").stdout)
    assert english == chinese


def test_the_schedule_report_follows_the_locale(tmp_path: Path) -> None:
    path = tmp_path / "demo.roadmap"
    assert roadmap("sample", path).returncode == 0
    english = roadmap("schedule", path)
    chinese = roadmap("schedule", path, language="zh_CN")
    assert english.returncode == chinese.returncode == 0
    assert "Critical path" in english.stdout and "No conflicts." in english.stdout
    assert "关键路径：" in chinese.stdout and "没有冲突。" in chinese.stdout
    assert chinese.stdout.startswith("排程 ") and "个已取消的步骤" in chinese.stdout
    assert "Critical" not in chinese.stdout and "Pathway" not in chinese.stdout
    # The same rows of dates either way: only the words change.
    assert english.stdout.count("\n") == chinese.stdout.count("\n")


def test_info_names_each_pathways_status_in_the_locales_words(tmp_path: Path) -> None:
    path = tmp_path / "sample.roadmap"
    assert roadmap("sample", path).returncode == 0
    english = roadmap("info", path).stdout.splitlines()
    chinese = roadmap("info", path, language="zh_CN").stdout.splitlines()
    assert any(line.startswith("  - ") and line.endswith(" (selected)") for line in english)
    assert any(line.startswith("  - ") and line.endswith("（已选定）") for line in chinese)
    assert not any(line.endswith(" (selected)") for line in chinese)


def _help_texts(parser: object) -> list[str]:
    import argparse

    assert isinstance(parser, argparse.ArgumentParser)
    texts = [parser.description] if parser.description else []
    for action in parser._actions:
        if isinstance(action.help, str):
            texts.append(action.help)
        if isinstance(action, argparse._SubParsersAction):
            texts += [a.help for a in action._choices_actions if isinstance(a.help, str)]
            for sub in action.choices.values():
                texts += _help_texts(sub)
    return texts


def test_every_help_text_of_the_command_line_is_in_the_catalogue() -> None:
    from roadmap.cli import build_parser
    from roadmap.domain.catalogue import CATALOGUE

    known = {en for code, (en, _zh) in CATALOGUE.items() if code.startswith("help.")}
    argparse_own = {en for code, (en, _zh) in CATALOGUE.items() if code.startswith("argparse.")}
    missing = [t for t in _help_texts(build_parser()) if t not in known | argparse_own]
    assert missing == []


def test_help_follows_the_locale(tmp_path: Path) -> None:
    english = roadmap("export", "--help")
    chinese = roadmap("export", "--help", language="zh_CN")
    assert english.returncode == chinese.returncode == 0
    assert "draw only this problem (ID)" in english.stdout
    assert "show this help message and exit" in english.stdout
    assert "只画这个问题（ID）" in chinese.stdout and "显示此帮助信息并退出" in chinese.stdout
    assert "draw only this problem" not in chinese.stdout and "usage:" not in chinese.stdout
    top = roadmap("--help", language="zh_CN").stdout
    assert "新建一份空路线图" in top and "create an empty roadmap" not in top
