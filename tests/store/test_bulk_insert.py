"""A new roadmap is written table by table (`StoreSession.insert_all`): the same rows, the
same positions and links as writing it change by change, and a taken key is a conflict."""

from __future__ import annotations

import dataclasses
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from roadmap.domain.errors import ConflictError
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.services.sync import plan_insert
from roadmap.services.workspace import Workspace
from roadmap.store.document import create_document


def table_contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with closing(sqlite3.connect(path)) as conn:
        tables = [
            name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }


def test_the_rows_are_those_of_one_insert_per_record(
    tmp_path: Path, sample_snapshot: RoadmapSnapshot
) -> None:
    bulk = tmp_path / "bulk.roadmap"
    Workspace.create(bulk, sample_snapshot).close()

    by_change = tmp_path / "by-change.roadmap"

    def fill(document):  # type: ignore[no-untyped-def]
        with document.write() as session:
            session.apply(plan_insert(sample_snapshot))

    create_document(by_change, fill).close()

    written, expected = table_contents(bulk), table_contents(by_change)
    assert written == expected
    assert len(written["steps"]) == len(sample_snapshot.steps)
    assert written["pathway_products"] and written["patent_steps"]
    with (
        Workspace.open(bulk, readonly=True) as one,
        Workspace.open(by_change, readonly=True) as two,
    ):
        assert one.queries.snapshot() == two.queries.snapshot()


def test_a_key_given_twice_is_a_conflict_and_leaves_no_file(
    tmp_path: Path, sample_snapshot: RoadmapSnapshot
) -> None:
    steps = sample_snapshot.steps
    twice = dataclasses.replace(steps[1], id=steps[0].id)
    broken = dataclasses.replace(sample_snapshot, steps=(steps[0], twice, *steps[2:]))
    target = tmp_path / "twice.roadmap"
    with pytest.raises(ConflictError) as caught:
        Workspace.create(target, broken, checked=True)  # as if the caller had not checked
    assert steps[0].id in str(caught.value)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []
