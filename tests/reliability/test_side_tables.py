"""The tables besides the entities (link tables, baselines, lineage, repository link, workshop
records) are value-checked on open like the rest, and `check --repair` keeps what is valid of
them and names what it dropped or changed.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from roadmap.services.publishing import pack
from roadmap.services.workspace import Workspace
from roadmap.store.document import StoredValueError, open_document
from roadmap.store.link import LinkRow, write_link
from tests.reliability.hostile import assert_one_line_refusal, run_cli, tamper


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


@pytest.fixture
def full_file(sample_file: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The sample with two baselines, a merged breakout copy, a repository tie and workshop
    records: a row in every table a hand-made file could spoil."""
    for name in ("Kick-off", "Q3 review"):
        assert run_cli(capsys, "baseline", sample_file, "--name", name).returncode == 0
    copy = sample_file.with_name("group.roadmap")
    assert run_cli(capsys, "copy", sample_file, copy, "--label", "group A").returncode == 0
    assert run_cli(capsys, "merge", sample_file, copy).returncode == 0
    copy.unlink()
    with Workspace.open(sample_file) as workspace:
        base = pack(workspace.queries.snapshot())
        with workspace.document.transaction() as conn:
            write_link(conn, LinkRow("postgresql://db/plans", "rid", 3, "2026-01-01", None, base))
    tamper(
        sample_file,
        "INSERT INTO ideas (id, text, pathway_id, lane_id, position) "
        "VALUES ('idea-1', 'Ask the fab', NULL, NULL, 0)",
        "INSERT INTO votes (id, question, held_on, style, dots_each, cap, participants, "
        "criterion_id) VALUES ('vote-1', 'Which?', '2026-11-30', 'named', 3, 2, 5, NULL)",
    )
    for backup in sample_file.parent.glob("*.bak"):
        backup.unlink()
    return sample_file


# (statement that spoils one value, words of the line that names it)
SPOILED = [
    (
        "UPDATE baselines SET taken_at = 'garbage' WHERE name = 'Kick-off'",
        "baselines row '{kickoff}', column taken_at: 'garbage' is not a date and time",
    ),
    (
        "UPDATE baselines SET name = x'00ff' WHERE name = 'Kick-off'",
        "baselines row '{kickoff}', column name: binary data (2 bytes) is not text",
    ),
    (
        "UPDATE baselines SET name = '' WHERE name = 'Kick-off'",
        "baselines row '{kickoff}', column name: '' is not a baseline's name",
    ),
    (
        "UPDATE baselines SET name = 'Kick-off' WHERE name = 'Q3 review'",
        "column name: 'Kick-off' names another baseline too",
    ),
    (
        "UPDATE baselines SET content = '{not json' WHERE name = 'Kick-off'",
        "baselines row '{kickoff}', column content: '{{not json' is not a baseline's plan",
    ),
    (
        "UPDATE pathway_products SET pathway_id = 'nope' "
        "WHERE rowid = (SELECT min(rowid) FROM pathway_products)",
        "column pathway_id: 'nope' names no pathways row",
    ),
    (
        "UPDATE pathway_products SET position = 'abc' "
        "WHERE rowid = (SELECT min(rowid) FROM pathway_products)",
        "pathway_products row '",
    ),
    (
        "UPDATE patent_steps SET step_id = 'nope' "
        "WHERE rowid = (SELECT min(rowid) FROM patent_steps)",
        "column step_id: 'nope' names no steps row",
    ),
    ("UPDATE lineage SET role = 'bogus'", "column role: 'bogus' is not one of base, merged"),
    ("UPDATE lineage SET content = 'text'", "column content: 'text' is not a packed roadmap"),
    (
        "UPDATE repository_link SET base_version = 'abc'",
        "repository_link row 1, column base_version: 'abc' is not a version number",
    ),
    (
        "UPDATE repository_link SET edited = 7",
        "repository_link row 1, column edited: 7 is not one of 0, 1",
    ),
    (
        "UPDATE repository_link SET base = x'00'",
        "column base: binary data (1 bytes) is not a packed roadmap",
    ),
    (
        "INSERT INTO repository_link SELECT 2, url, roadmap_id, base_version, synced_at, "
        "pending_publish, base, edited FROM repository_link",
        "repository_link: holds 2 rows instead of at most one",
    ),
    ("UPDATE ideas SET text = x'01'", "ideas row 'idea-1', column text: binary data"),
    ("UPDATE votes SET dots_each = 'many'", "votes row 'vote-1', column dots_each: 'many'"),
]


@pytest.mark.parametrize(("statement", "words"), SPOILED)
def test_a_bad_value_in_any_table_is_refused_in_one_line_naming_it(
    full_file: Path, statement: str, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (kickoff,) = rows(full_file, "SELECT id FROM baselines WHERE name = 'Kick-off'")[0]
    words = words.format(kickoff=kickoff)
    tamper(full_file, "PRAGMA foreign_keys = OFF", statement)
    before = full_file.read_bytes()
    with pytest.raises(StoredValueError) as refused:
        open_document(full_file, readonly=True)
    assert any(words in str(line) for line in refused.value.details), refused.value.details
    for command in (("info",), ("baseline", "--list"), ("compare", "--baseline", "Q3 review")):
        result = run_cli(capsys, command[0], full_file, *command[1:])
        assert_one_line_refusal(result, "holds values a roadmap cannot have")
    checked = run_cli(capsys, "check", full_file)
    assert checked.returncode == 1 and words in checked.stdout, checked
    assert full_file.read_bytes() == before


def test_the_sound_file_with_every_table_filled_opens(
    full_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for table in ("baselines", "lineage", "repository_link", "pathway_products", "patent_steps"):
        assert rows(full_file, f"SELECT count(*) FROM {table}")[0][0] > 0, table
    checked = run_cli(capsys, "check", full_file)
    assert "holds values" not in checked.stderr and "Traceback" not in checked.stderr
    assert "baselines row" not in checked.stdout and "lineage row" not in checked.stdout


def test_check_decodes_each_baseline_plan_and_each_packed_copy(
    full_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Well-formed JSON with a value the plan cannot hold passes opening but not `check`."""
    (kickoff,) = rows(full_file, "SELECT id FROM baselines WHERE name = 'Kick-off'")[0]
    tamper(
        full_file,
        "UPDATE baselines SET content = json_set(content, '$.steps[0][6]', 'bogus') "
        "WHERE name = 'Kick-off'",
        # zlib data that holds no roadmap: the right shape for opening, not a copy's base
        "UPDATE lineage SET content = x'789c4b040000620062'",
    )
    assert run_cli(capsys, "info", full_file).returncode == 0
    checked = run_cli(capsys, "check", full_file)
    assert checked.returncode == 1
    lines = checked.stdout.splitlines()
    assert any(
        f"baselines row '{kickoff}', column content:" in line and "'bogus'" in line
        for line in lines
    ), lines
    assert any("lineage row 'merged " in line and "column content:" in line for line in lines)


# -- check --repair keeps baselines, lineage and the repository link ------------------------


def test_repair_keeps_every_valid_baseline_copy_and_repository_tie(
    full_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kept = {
        "baselines": "SELECT id, name, taken_at, taken_by, note, content FROM baselines",
        "lineage": "SELECT * FROM lineage",
        "repository_link": "SELECT * FROM repository_link",
    }
    before = {table: sorted(rows(full_file, sql)) for table, sql in kept.items()}
    tamper(full_file, "UPDATE steps SET start = 'garbage' WHERE rowid = 1")
    result = run_cli(capsys, "check", full_file, "--repair")
    assert result.returncode == 0, result.stderr
    assert "baselines: 2 recovered\n" in result.stdout
    assert "lineage: 1 recovered\n" in result.stdout
    assert "repository_link: 1 recovered\n" in result.stdout
    repaired = full_file.with_name("sample.repaired.roadmap")
    assert {table: sorted(rows(repaired, sql)) for table, sql in kept.items()} == before
    assert run_cli(capsys, "compare", repaired, "--baseline", "Kick-off").returncode == 0


def test_repair_names_each_baseline_it_drops_or_renames(
    full_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (kickoff,) = rows(full_file, "SELECT id FROM baselines WHERE name = 'Kick-off'")[0]
    (review,) = rows(full_file, "SELECT id FROM baselines WHERE name = 'Q3 review'")[0]
    tamper(
        full_file,
        "UPDATE baselines SET content = '[]' WHERE name = 'Kick-off'",
        "INSERT INTO baselines SELECT 'twin', name, taken_at, taken_by, note, content "
        "FROM baselines WHERE name = 'Q3 review'",
        "UPDATE lineage SET content = x'00'",
    )
    result = run_cli(capsys, "check", full_file, "--repair")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "baselines: 2 recovered (1 refused, 1 changed)" in out
    assert f"row '{kickoff}': column content: '[]' is not a baseline's plan" in out
    assert "row 'twin': renamed 'Q3 review' to 'Q3 review (2)'" in out
    assert "lineage: 0 recovered (1 refused)" in out and "is not a packed roadmap" in out
    assert "Some data was lost" in out
    repaired = full_file.with_name("sample.repaired.roadmap")
    assert sorted(rows(repaired, "SELECT id, name FROM baselines")) == [
        (review, "Q3 review"),
        ("twin", "Q3 review (2)"),
    ]
    assert run_cli(capsys, "info", repaired).returncode == 0
