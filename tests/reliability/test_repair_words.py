"""`check --repair` names every row it dropped or changed in the reader's language: the
baselines, lineage and repository link (`repair_side.py`) and the rows SQLite would not write
into the new file (a reference to a row that was lost), not in SQLite's or Python's English."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from roadmap.services.workspace import Workspace
from roadmap.store.link import LinkRow, write_link
from roadmap.store.repair import write_refused
from tests.reliability.hostile import run_cli, tamper


def _one(path: Path, sql: str) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return str(conn.execute(sql).fetchone()[0])


@pytest.fixture
def spoiled(sample_file: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    """The sample with a baseline whose plan is not one, a second baseline of a kept name, a
    repository tie whose base is not a packed roadmap, a pathway lost under its steps and a
    step date that makes the file one to repair. Returns the IDs the report should name."""
    for name in ("Kick-off", "Q3 review"):
        assert run_cli(capsys, "baseline", sample_file, "--name", name).returncode == 0
    with Workspace.open(sample_file) as workspace, workspace.document.transaction() as conn:
        write_link(conn, LinkRow("postgresql://db/plans", "rid", 3, "2026-01-01", None, b"x"))
    lost = _one(sample_file, "SELECT pathway_id FROM steps ORDER BY rowid DESC LIMIT 1")
    orphan = _one(sample_file, f"SELECT id FROM steps WHERE pathway_id = '{lost}' LIMIT 1")
    kickoff = _one(sample_file, "SELECT id FROM baselines WHERE name = 'Kick-off'")
    tamper(
        sample_file,
        "UPDATE baselines SET content = '[]' WHERE name = 'Kick-off'",
        "INSERT INTO baselines SELECT 'twin', name, taken_at, taken_by, note, content "
        "FROM baselines WHERE name = 'Q3 review'",
        # zlib's first byte, so the shape passes; it does not unpack
        "UPDATE repository_link SET base = x'789c00'",
        f"DELETE FROM pathways WHERE id = '{lost}'",  # the tamperer's connection: no foreign keys
        f"UPDATE steps SET start = 'garbage' WHERE pathway_id != '{lost}' AND rowid = "
        f"(SELECT min(rowid) FROM steps WHERE pathway_id != '{lost}')",
    )
    for backup in sample_file.parent.glob("*.bak"):
        backup.unlink()
    return {"kickoff": kickoff, "orphan": orphan}


def test_the_repair_report_names_dropped_and_renamed_rows_in_chinese(
    sample_file: Path,
    spoiled: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    result = run_cli(capsys, "check", sample_file, "--repair")
    assert result.returncode == 0, result.stderr
    lines = [line.strip() for line in result.stdout.splitlines()]
    assert f"第 '{spoiled['kickoff']}' 行：content 列：'[]' 不是基线的计划" in lines, lines
    assert "第 'twin' 行：'Q3 review' 已改名为 'Q3 review (2)'" in lines, lines
    assert "第 1 行：base 列：不是打包的路线图" in lines, lines
    assert f"第 '{spoiled['orphan']}' 行：它引用的行已丢失" in lines, lines
    for english in ("column", "renamed", "row ", "FOREIGN KEY", "constraint", "packed"):
        assert english not in result.stdout, english


def test_the_repair_report_names_dropped_and_renamed_rows_in_english(
    sample_file: Path,
    spoiled: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANGUAGE", "en_US")
    result = run_cli(capsys, "check", sample_file, "--repair")
    assert result.returncode == 0, result.stderr
    lines = [line.strip() for line in result.stdout.splitlines()]
    assert f"row '{spoiled['kickoff']}': column content: '[]' is not a baseline's plan" in lines
    assert "row 'twin': renamed 'Q3 review' to 'Q3 review (2)'" in lines, lines
    assert "row 1: column base: is not a packed roadmap" in lines, lines
    assert f"row '{spoiled['orphan']}': it refers to a row that was lost" in lines, lines
    assert "FOREIGN KEY" not in result.stdout
    repaired = sample_file.with_name("sample.repaired.roadmap")
    with closing(sqlite3.connect(repaired)) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        names = [r[0] for r in conn.execute("SELECT name FROM baselines ORDER BY name")]
    assert names == ["Q3 review", "Q3 review (2)"]


def _refusal(*statements: str) -> sqlite3.Error:
    """The error real SQLite raises for the last of `statements`."""
    with closing(sqlite3.connect(":memory:")) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("CREATE TABLE parent (id TEXT PRIMARY KEY)")
        conn.execute(
            "CREATE TABLE child (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
            "parent_id TEXT REFERENCES parent (id), n INTEGER CHECK (n > 0))"
        )
        conn.execute("INSERT INTO child VALUES ('a', 'A', NULL, 1)")
        try:
            for statement in statements:
                conn.execute(statement)
        except sqlite3.Error as error:
            return error
    raise AssertionError("SQLite wrote it")


@pytest.mark.parametrize(
    ("statement", "code"),
    [
        ("INSERT INTO child VALUES ('b', 'B', 'gone', 1)", "repair.why_lost_reference"),
        ("INSERT INTO child VALUES ('a', 'B', NULL, 1)", "repair.why_repeated"),
        ("INSERT INTO child VALUES ('b', 'A', NULL, 1)", "repair.why_repeated"),
        ("INSERT INTO child VALUES ('b', NULL, NULL, 1)", "repair.why_empty"),
        ("INSERT INTO child VALUES ('b', 'B', NULL, 0)", "repair.why_rule"),
    ],
)
def test_each_kind_of_write_refusal_has_words_of_its_own(statement: str, code: str) -> None:
    said = write_refused(_refusal(statement))
    assert said.code == code
    assert said.render("zh") != said.render("en")


def test_a_refusal_without_words_of_its_own_keeps_sqlite_s_reason_as_a_parameter() -> None:
    said = write_refused(_refusal("INSERT INTO nowhere VALUES (1)"))
    assert said.code == "repair.why_sqlite"
    assert "no such table: nowhere" in said.render("zh")
    assert said.render("zh").startswith("SQLite 无法写入")
