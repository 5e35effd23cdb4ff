"""Every writer writes beside its target and renames: a full disk, a permission problem or a
target that is the roadmap itself is refused in one line, and the old file stays as it was."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from roadmap.services.workspace import Workspace
from tests.reliability.disk import fill, listing, small_disk
from tests.reliability.hostile import assert_one_line_refusal, run_cli

EXPORTS = ("json", "xlsx", "csv", "xml", "png")


# -- 2. an output that is the input ---------------------------------------------------------


@pytest.mark.parametrize("suffix", EXPORTS)
def test_export_through_a_symlink_to_the_roadmap_is_refused(
    sample_file: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    link = sample_file.with_name(f"out.{suffix}")
    link.symlink_to(sample_file)
    before = sample_file.read_bytes()
    result = run_cli(capsys, "export", sample_file, link)
    assert_one_line_refusal(result, "is the roadmap being exported")
    assert sample_file.read_bytes() == before and link.is_symlink()


def test_export_of_a_roadmap_onto_itself_is_refused(
    sample_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    named_json = sample_file.with_name("plan.json")  # a roadmap file with another suffix
    sample_file.rename(named_json)
    before = named_json.read_bytes()
    assert_one_line_refusal(
        run_cli(capsys, "export", named_json, named_json), "is the roadmap being exported"
    )
    other = named_json.with_name("other.json")
    shutil.copy(named_json, other)  # a different roadmap file: still not overwritten
    assert_one_line_refusal(run_cli(capsys, "export", named_json, other), "is a roadmap file")
    assert named_json.read_bytes() == before == other.read_bytes()


# -- 3 and 15: read-only targets, missing folders, devices ----------------------------------


@pytest.mark.parametrize("suffix", EXPORTS)
def test_a_read_only_target_is_refused_the_same_way_for_every_format(
    sample_file: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = sample_file.with_name(f"out.{suffix}")
    out.write_bytes(b"yesterday's file")
    out.chmod(stat.S_IRUSR)
    result = run_cli(capsys, "export", sample_file, out)
    assert_one_line_refusal(result, "is read-only")
    assert out.read_bytes() == b"yesterday's file"
    assert listing(sample_file.parent) == ["out." + suffix, "sample.roadmap"]


@pytest.mark.parametrize("suffix", EXPORTS)
def test_a_missing_folder_is_refused(
    sample_file: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = sample_file.parent / "missing" / f"out.{suffix}"
    assert_one_line_refusal(run_cli(capsys, "export", sample_file, out), "does not exist")


def test_a_device_is_never_replaced(sample_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    link = sample_file.with_name("full.json")
    link.symlink_to("/dev/full")
    assert_one_line_refusal(run_cli(capsys, "export", sample_file, link), "not a regular file")
    assert Path("/dev/full").is_char_device()


def test_stdout_on_a_full_device_is_one_line(sample_file: Path) -> None:
    import subprocess
    import sys

    from tests.reliability.hostile import ROOT

    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "roadmap", "info", str(sample_file), "--json"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=60,
        )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


# -- 3 and 11: a full disk --------------------------------------------------------------------


@pytest.mark.parametrize("suffix", (*EXPORTS, "svg"))
def test_export_on_a_full_disk_keeps_the_old_file(
    sample_file: Path, tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with small_disk(tmp_path) as disk:
        out = disk / f"out.{suffix}"
        out.write_bytes(b"yesterday's export")
        fill(disk, leave=2048)
        result = run_cli(capsys, "export", sample_file, out)
        assert_one_line_refusal(result, "The disk is full")
        assert "Exception ignored" not in result.stderr
        assert out.read_bytes() == b"yesterday's export"
        assert listing(disk) == ["filler.bin", f"out.{suffix}"]


def test_new_sample_save_as_and_import_on_a_full_disk_leave_nothing(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "sample.json"
    assert run_cli(capsys, "export", sample_file, exported).returncode == 0
    with small_disk(tmp_path) as disk:
        fill(disk, leave=16384)
        for args in (
            ("new", disk / "new.roadmap", "--title", "X"),
            ("sample", disk / "sample.roadmap"),
            ("import", exported, disk / "imported.roadmap"),
        ):
            assert_one_line_refusal(run_cli(capsys, *args), "The disk is full")
            assert listing(disk) == ["filler.bin"], args
        with Workspace.open(sample_file) as workspace:
            from roadmap.domain.errors import RoadmapError

            with pytest.raises(RoadmapError, match="The disk is full"):
                workspace.document.save_copy(disk / "copy.roadmap")
        assert listing(disk) == ["filler.bin"]


def test_import_replace_on_a_full_disk_leaves_the_roadmap_as_it_was(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "sample.json"
    assert run_cli(capsys, "export", sample_file, exported).returncode == 0
    text = exported.read_text(encoding="utf-8").replace('"Workload', '"Changed workload')
    exported.write_text(text, encoding="utf-8")
    with small_disk(tmp_path, size="2m") as disk:
        target = disk / "plan.roadmap"
        shutil.copy(sample_file, target)
        before = target.read_bytes()
        fill(disk, leave=4096)
        result = run_cli(capsys, "import", exported, target, "--replace")
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert target.read_bytes() == before
        os.unlink(disk / "filler.bin")
        assert run_cli(capsys, "check", target).returncode in (0, 1)
        assert listing(disk) == ["plan.roadmap"]


@pytest.mark.parametrize("size", ["A3", "A4-tiles"])
def test_a_wall_chart_on_a_full_disk_is_one_line(
    sample_file: Path, tmp_path: Path, size: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Seen in the attack run on main: matplotlib's PDF writer, closing a file whose writes
    failed, raised a zlib error (a traceback) instead of the disk's ENOSPC."""
    with small_disk(tmp_path) as disk:
        out = disk / "wall.pdf"
        out.write_bytes(b"yesterday's wall chart")
        fill(disk, leave=8192)
        result = run_cli(capsys, "export", sample_file, out, "--wallchart", size)
        assert_one_line_refusal(result, "The disk is full")
        assert out.read_bytes() == b"yesterday's wall chart"
        assert listing(disk) == ["filler.bin", "wall.pdf"]


def test_an_edit_on_a_disk_without_one_free_block_leaves_no_lock_file(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Seen in the attack run on main: with the disk quite full, the lock file was created but
    its content could not be written; the edit ended with "Could not write the output" and
    left `plan.roadmap.lock` behind."""
    with small_disk(tmp_path) as disk:
        target = disk / "plan.roadmap"
        shutil.copy(sample_file, target)
        before = target.read_bytes()
        fill(disk, leave=0)
        for args in (("baseline", target, "--name", "Kick-off"), ("new", disk / "x.roadmap")):
            result = run_cli(capsys, *args, *(("--title", "X") if args[0] == "new" else ()))
            assert_one_line_refusal(result, "The disk is full")
            assert listing(disk) == ["filler.bin", "plan.roadmap"], args
        assert target.read_bytes() == before
