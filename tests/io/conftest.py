"""Fixtures for the interchange tests: sample roadmap files, their workbooks, a CLI runner."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from roadmap.cli import main
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.services.workspace import Workspace


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Result]:
    """Run `roadmap ARGS… --verbose` in this process; returns the exit code and what it printed
    (a refusal's details follow its line, as the tests read them)."""

    def run(*args: Any) -> Result:
        capsys.readouterr()
        code = main([str(a) for a in args] + ["--verbose"])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def write_roadmap(path: Path, snapshot: RoadmapSnapshot) -> Path:
    Workspace.create(path, snapshot).close()
    return path


def read_roadmap(path: Path) -> RoadmapSnapshot:
    with Workspace.open(path, readonly=True) as workspace:
        return workspace.queries.snapshot()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def en_file(tmp_path: Path, sample_snapshot: RoadmapSnapshot) -> Path:
    return write_roadmap(tmp_path / "en.roadmap", sample_snapshot)


@pytest.fixture
def zh_file(tmp_path: Path, sample_snapshot_zh: RoadmapSnapshot) -> Path:
    return write_roadmap(tmp_path / "zh.roadmap", sample_snapshot_zh)


@pytest.fixture(scope="session")
def en_workbook(tmp_path_factory: pytest.TempPathFactory, sample_snapshot: RoadmapSnapshot) -> Path:
    """The English sample exported once per session; tests copy it before changing it."""
    from roadmap.io.exchange import ExportOptions
    from roadmap.io.workbook_export import export_workbook

    out = tmp_path_factory.mktemp("workbooks") / "sample-en.xlsx"
    export_workbook(sample_snapshot, out, ExportOptions())
    return out
