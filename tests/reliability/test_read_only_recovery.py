"""A read-only file with a hot journal (a program was killed while saving it): opening says
what happened, and with the user's consent the write is rolled back into a copy they choose,
or in place for a file they own. The read-only file is on a read-only mount (root ignores
permission bits), and the journal is made by SIGKILL.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from roadmap.store.document import open_document
from roadmap.store.inspection import RecoveryNeedsWriteError
from roadmap.store.recovery import recover_into_copy
from tests.reliability.disk import make_read_only, small_disk
from tests.reliability.hostile import ROOT, assert_one_line_refusal, leave_hot_journal, run_cli


def step_names(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return [row[0] for row in conn.execute("SELECT name FROM steps ORDER BY rowid")]


def journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


@pytest.fixture
def stranded(sample_file: Path, tmp_path: Path) -> Iterator[tuple[Path, list[str]]]:
    """The sample on a read-only disk with the journal of a writer killed mid-transaction,
    and the step names of its last committed state."""
    committed = step_names(sample_file)
    with small_disk(tmp_path, "16m") as disk:
        path = Path(shutil.copy(sample_file, disk / "plan.roadmap"))
        leave_hot_journal(path)
        make_read_only(disk)
        yield path, committed


def test_opening_says_what_happened_and_how_to_roll_it_back(
    stranded: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = stranded
    before = (path.read_bytes(), journal(path).read_bytes())
    with pytest.raises(RecoveryNeedsWriteError):
        open_document(path, readonly=True)
    result = run_cli(capsys, "info", path)
    assert_one_line_refusal(result, "unfinished write")
    line = result.stderr
    assert "read-only here" in line and "--recover-to" in line and "damaged" not in line
    assert (path.read_bytes(), journal(path).read_bytes()) == before


def test_recover_to_writes_the_last_committed_state_and_leaves_the_original(
    stranded: tuple[Path, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, committed = stranded
    before = (path.read_bytes(), journal(path).read_bytes())
    target = tmp_path / "recovered.roadmap"
    result = run_cli(capsys, "check", path, "--recover-to", target)
    assert result.returncode == 0, result.stderr
    assert str(target) in result.stdout
    assert step_names(target) == committed
    assert not journal(target).exists()
    with closing(sqlite3.connect(target)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert run_cli(capsys, "info", target).returncode == 0
    assert (path.read_bytes(), journal(path).read_bytes()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["disk", "recovered.roadmap", "sample.roadmap"]
    )


def test_recover_to_never_replaces_a_file(
    stranded: tuple[Path, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = stranded
    target = tmp_path / "sample.roadmap"
    before = target.read_bytes()
    assert_one_line_refusal(run_cli(capsys, "check", path, "--recover-to", target), "exists")
    assert target.read_bytes() == before
    assert_one_line_refusal(
        run_cli(capsys, "check", path, "--recover-to", path.with_name("other.roadmap")),
        "",
    )


def test_recover_to_refuses_a_file_without_an_unfinished_write(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "copy.roadmap"
    result = run_cli(capsys, "check", sample_file, "--recover-to", target)
    assert_one_line_refusal(result, "no unfinished write")
    assert not target.exists()


def test_a_file_on_a_read_only_disk_cannot_be_made_writable(
    stranded: tuple[Path, list[str]], tmp_path: Path
) -> None:
    from roadmap.store.recovery import can_make_writable, recover_in_place

    path, _ = stranded
    assert not can_make_writable(path)
    with pytest.raises(RecoveryNeedsWriteError):
        recover_in_place(path)
    recover_into_copy(path, tmp_path / "copy.roadmap")  # the way that is left


NOBODY = 65534
AS_NOBODY = ("setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups")
RUN_AS_NOBODY = (
    "import sys\n"
    "from pathlib import Path\n"
    "from roadmap.store.inspection import RecoveryNeedsWriteError\n"
    "from roadmap.store.document import open_document\n"
    "from roadmap.store.recovery import can_make_writable, recover_in_place\n"
    "path = Path(sys.argv[1])\n"
    "try:\n"
    "    open_document(path, readonly=True)\n"
    "except RecoveryNeedsWriteError:\n"
    "    print('refused')\n"
    "print('owner may' if can_make_writable(path) else 'owner may not')\n"
    "print('recovered' if recover_in_place(path).version else '')\n"
)


def test_the_owner_of_a_read_only_file_may_roll_it_back_in_place(
    sample_file: Path, request: pytest.FixtureRequest
) -> None:
    """Run as another user than root (root writes read-only files anyway): the owner's file
    is 0444 in a 0555 folder; it is made writable for the roll-back and put back."""
    if os.getuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root to run the program as another user")
    # Not under tmp_path: pytest's own folders cannot be entered by another user.
    home = Path(tempfile.mkdtemp(prefix="roadmap-owner-"))
    home.chmod(0o755)
    request.addfinalizer(lambda: shutil.rmtree(home, ignore_errors=True))
    folder = home / "mine"
    folder.mkdir()
    path = Path(shutil.copy(sample_file, folder / "plan.roadmap"))
    committed = step_names(path)
    leave_hot_journal(path)
    nobody = NOBODY
    for p in (folder, path, journal(path)):
        os.chown(p, nobody, nobody)
    path.chmod(0o444)
    folder.chmod(0o555)
    ran = subprocess.run(
        [*AS_NOBODY, sys.executable, "-c", RUN_AS_NOBODY, str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(home)},
        timeout=120,
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.split("\n")[:3] == ["refused", "owner may", "recovered"], ran.stdout
    assert not journal(path).exists()
    assert step_names(path) == committed
    assert (path.stat().st_mode & 0o777, folder.stat().st_mode & 0o777) == (0o444, 0o555)


def test_a_file_behind_a_folder_that_cannot_be_entered_is_one_line(sample_file: Path) -> None:
    """Seen while writing the test above: Path.exists() raised PermissionError (a traceback)."""
    if os.getuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root to run the program as another user")
    sample_file.parent.chmod(0o700)  # root's: another user cannot look inside
    ran = subprocess.run(
        [*AS_NOBODY, sys.executable, "-m", "roadmap", "info", str(sample_file)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "HOME": "/tmp"},
        timeout=120,
    )
    assert_one_line_refusal(ran, "cannot be read: Permission denied")
