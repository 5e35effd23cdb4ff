"""Queries load in bulk and hand out frozen values."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from bench.generate import SIZES, build
from roadmap.domain.entities import Step
from roadmap.services.workspace import Workspace
from roadmap.store import document as document_module


@contextmanager
def counting(ws: Workspace) -> Iterator[list[str]]:
    """Every statement SQLite runs, as SQLite itself reports it, on the document's own
    connection and on every connection made meanwhile (a read-only document makes one per
    read)."""
    statements: list[str] = []
    made = document_module.connect

    def traced(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = made(*args, **kwargs)
        conn.set_trace_callback(statements.append)
        return conn

    kept: sqlite3.Connection | None = getattr(ws.document._kept, "conn", (0, None))[1]
    if kept is not None:
        kept.set_trace_callback(statements.append)
    document_module.connect = traced  # type: ignore[assignment]
    try:
        yield statements
    finally:
        document_module.connect = made  # type: ignore[assignment]
        if kept is not None:
            kept.set_trace_callback(None)


def statements_for_timeline(path: Path) -> int:
    with Workspace.open(path, readonly=True) as ws, counting(ws) as statements:
        timeline = ws.queries.timeline()
        assert timeline.steps
        return len(statements)


def test_timeline_takes_the_same_statements_whatever_the_size(
    sample_file: Path, tmp_path: Path
) -> None:
    bigger = tmp_path / "s.roadmap"
    Workspace.create(bigger, build(SIZES["S"], seed=3)).close()
    assert statements_for_timeline(sample_file) == statements_for_timeline(bigger)


def test_snapshot_takes_one_statement_per_table(workspace: Workspace) -> None:
    with counting(workspace) as statements:
        snapshot = workspace.queries.snapshot()
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    # 18 entity tables plus the two link tables behind products and patents.
    assert len(selects) == 20
    assert len(snapshot.steps) == 49


def test_counts_do_not_load_rows(workspace: Workspace) -> None:
    with counting(workspace) as statements:
        counts = workspace.queries.counts()
    assert counts["steps"] == 49
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 17 and all("count(*)" in s for s in selects)


def test_read_models_are_frozen(workspace: Workspace) -> None:
    step = workspace.queries.all(Step)[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        step.name = "changed"  # type: ignore[misc]
