"""Fixtures shared by every test folder: real roadmap files in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.io.json_format import read_json
from roadmap.locations import sample_path
from roadmap.services.workspace import Workspace


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
