"""Fixtures shared by every test folder: real roadmap files in a temporary folder."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.io.json_format import read_json
from roadmap.locations import sample_path
from roadmap.services.workspace import Workspace

# Backups (store/backups.py) and refusal details (cli) go to the user's data and state folders;
# the tests, and the programs they start, use folders of their own.
_USER_FOLDERS = tempfile.mkdtemp(prefix="roadmap-tests-")
os.environ["XDG_DATA_HOME"] = os.path.join(_USER_FOLDERS, "data")
os.environ["XDG_STATE_HOME"] = os.path.join(_USER_FOLDERS, "state")


@pytest.fixture(scope="session")
def sample_snapshot() -> RoadmapSnapshot:
    return read_json(sample_path("en"))


@pytest.fixture(scope="session")
def sample_snapshot_zh() -> RoadmapSnapshot:
    return read_json(sample_path("zh"))


@pytest.fixture
def sample_file(tmp_path: Path, sample_snapshot: RoadmapSnapshot) -> Path:
    """The English sample written to a fresh .roadmap file."""
    path = tmp_path / "sample.roadmap"
    Workspace.create(path, sample_snapshot).close()
    return path


@pytest.fixture
def workspace(sample_file: Path) -> Iterator[Workspace]:
    ws = Workspace.open(sample_file)
    yield ws
    ws.close()
