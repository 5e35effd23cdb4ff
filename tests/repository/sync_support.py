"""Helpers of the sync tests: the server's rows, a file's content, edits as a planner makes
them (through the services' commands)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from roadmap.cli import main
from roadmap.domain.entities import EntityKind
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.services.workspace import Workspace


def _server(url: str, sql: str, **params: object) -> list[tuple[object, ...]]:
    engine = create_engine(make_url(url).set(drivername="postgresql+psycopg"), poolclass=NullPool)
    with engine.begin() as conn:
        result = conn.execute(text(sql), params)
        rows = [tuple(r) for r in result] if result.returns_rows else []
    engine.dispose()
    return rows


def _snapshot(path: Path) -> RoadmapSnapshot:
    with Workspace.open(path, readonly=True) as ws:
        return ws.queries.snapshot()


def _rename_step(path: Path, step_id: str, name: str) -> None:
    with Workspace.open(path) as ws:
        ws.commands.update(EntityKind.STEP, step_id, name=name)


def _step_name(path: Path, step_id: str) -> str:
    return next(s.name for s in _snapshot(path).steps if s.id == step_id)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def published(repository: str, sample_file: Path) -> tuple[str, Path]:
    assert main(["publish", str(sample_file), repository]) == 0
    return repository, sample_file
