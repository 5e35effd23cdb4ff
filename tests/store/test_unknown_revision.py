"""A file stamped with a migration revision this program does not have (a development build's,
a hand-made file) is refused in one line, read-only or writable, and nothing is created."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from roadmap.cli import main
from roadmap.domain.errors import RoadmapError
from roadmap.services.workspace import Workspace
from roadmap.store.document import FORMAT_VERSION


@pytest.fixture
def stranger(sample_file: Path) -> Path:
    with sqlite3.connect(sample_file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_somebody_elses'")
        conn.execute(f"PRAGMA user_version = {FORMAT_VERSION - 1}")
    return sample_file


def test_info_refuses_in_one_line(stranger: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = hashlib.sha256(stranger.read_bytes()).hexdigest()
    siblings = set(stranger.parent.iterdir())
    assert main(["info", str(stranger)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "0099_somebody_elses" in err and stranger.name in err
    assert hashlib.sha256(stranger.read_bytes()).hexdigest() == before
    assert set(stranger.parent.iterdir()) == siblings


def test_a_writable_open_refuses_before_any_backup(stranger: Path) -> None:
    siblings = set(stranger.parent.iterdir())
    with pytest.raises(RoadmapError) as refused:
        Workspace.open(stranger)
    assert refused.value.code == "file.unknown_revision"
    assert set(stranger.parent.iterdir()) == siblings  # no backup, no lock left behind
