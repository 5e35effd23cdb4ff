"""Rotating backups: before destructive work and hourly while editing; `roadmap restore`."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from roadmap.domain.entities import EntityKind, Step
from roadmap.services.workspace import Workspace
from roadmap.store.backups import KEEP, backup_folder, list_backups, make_backup
from tests.reliability.hostile import assert_one_line_refusal, run_cli


def step_names(path: Path) -> set[str]:
    with Workspace.open(path, readonly=True) as workspace:
        return {s.name for s in workspace.queries.all(Step)}


def test_backups_rotate_keeping_the_last_five(sample_file: Path) -> None:
    made = [make_backup(sample_file, "manual") for _ in range(KEEP + 3)]
    kept = list_backups(sample_file)
    assert [b.path for b in kept] == list(reversed(made))[:KEEP]
    assert all(b.path.parent == backup_folder(sample_file) for b in kept)
    assert not any(p.parent == sample_file.parent for p in made)  # never beside the file


def test_import_replace_backs_up_first_and_restore_brings_it_back(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = step_names(sample_file)
    source = tmp_path / "other.json"
    assert run_cli(capsys, "export", sample_file, source).returncode == 0
    data = json.loads(source.read_text(encoding="utf-8"))
    for step in data["steps"]:
        step["name"] = "replaced " + step["name"]
    source.write_text(json.dumps(data), encoding="utf-8")
    assert run_cli(capsys, "import", source, sample_file, "--replace").returncode == 0
    assert all(name.startswith("replaced ") for name in step_names(sample_file))
    listed = run_cli(capsys, "restore", sample_file, "--list")
    assert listed.returncode == 0
    newest = listed.stdout.splitlines()[1]  # the newest, numbered 1
    assert newest.startswith("  1  ") and newest.endswith(" KB")
    assert "before an import" in newest
    restored = run_cli(capsys, "restore", sample_file, "1")
    assert restored.returncode == 0, restored.stderr
    assert step_names(sample_file) == original
    # The restore itself was backed up, so it can be undone the same way.
    assert list_backups(sample_file)[0].reason == "before-restore"
    assert run_cli(capsys, "restore", sample_file, "1").returncode == 0
    assert all(name.startswith("replaced ") for name in step_names(sample_file))


def test_the_first_edit_of_an_hour_is_backed_up(sample_file: Path) -> None:
    assert list_backups(sample_file) == []
    with Workspace.open(sample_file) as workspace:
        step = workspace.queries.all(Step)[0]
        workspace.commands.update(EntityKind.STEP, step.id, name="first edit")
        workspace.commands.update(EntityKind.STEP, step.id, name="second edit")
    backups = list_backups(sample_file)
    assert [b.reason for b in backups] == ["hourly"]
    assert "first edit" not in step_names(backups[0].path)  # taken before the edit


def test_restore_refuses_a_roadmap_open_elsewhere_and_bad_numbers(
    sample_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert_one_line_refusal(run_cli(capsys, "restore", sample_file, "1"), "no backups")
    make_backup(sample_file, "manual")
    assert_one_line_refusal(run_cli(capsys, "restore", sample_file, "7"), "no backup number 7")
    with Workspace.open(sample_file):
        before = sample_file.read_bytes()
        assert_one_line_refusal(run_cli(capsys, "restore", sample_file, "1"), "is open")
        assert sample_file.read_bytes() == before


def test_the_backup_list_speaks_the_locale(
    sample_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    make_backup(sample_file, "hourly")
    make_backup(sample_file, "before-merge")
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    lines = run_cli(capsys, "restore", sample_file, "--list").stdout.splitlines()
    assert "合并之前" in lines[1] and "编辑期间" in lines[2]


def test_the_hourly_backup_is_written_out_in_a_thread_and_whole_on_close(
    sample_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from roadmap.store import backups

    writers: list[threading.Thread] = []
    real_replacing = backups.replacing

    def noting_replacing(target: Path) -> Any:
        writers.append(threading.current_thread())
        return real_replacing(target)

    monkeypatch.setattr(backups, "replacing", noting_replacing)
    with Workspace.open(sample_file) as workspace:
        step = workspace.queries.all(Step)[0]
        workspace.commands.update(EntityKind.STEP, step.id, name="first edit")
    assert writers and all(t is not threading.main_thread() for t in writers)
    (backup,) = list_backups(sample_file)  # written out and renamed by the time it closed
    assert step_names(backup.path) == step_names(sample_file) - {"first edit"} | {step.name}
    assert not [p for p in backup_folder(sample_file).iterdir() if p.suffix == ".tmp"]


def test_backups_are_listed_with_the_time_in_their_names_and_strangers_are_skipped(
    sample_file: Path,
) -> None:
    made = make_backup(sample_file, "manual")
    folder = backup_folder(sample_file)
    stem = sample_file.stem
    for name in (
        f"{stem}.20261302-000000-000000.manual.roadmap",  # no 13th month
        f"{stem}.2026-12-02.manual.roadmap",
        f"{stem}.20261202-061500-１２３４５６.manual.roadmap",  # full-width digits
        f"{stem}.manual.roadmap",
    ):
        (folder / name).write_bytes(made.read_bytes())
    older = folder / f"{stem}.20240102-030405-000042.before-merge.roadmap"
    older.write_bytes(made.read_bytes())
    listed = list_backups(sample_file)
    assert [b.path for b in listed] == [made, older]
    assert listed[1].made == datetime(2024, 1, 2, 3, 4, 5, 42)
    assert listed[1].reason == "before-merge"
    assert abs((listed[0].made - datetime.now()).total_seconds()) < 60
