"""The store interface on the server (`ServerSession`): one roadmap's rows, read in the
file's order, and written only over the row version they were planned against."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from roadmap.cli import main
from roadmap.domain.entities import EntityKind
from roadmap.domain.errors import ConflictError
from roadmap.domain.snapshot import WRITE_ORDER
from roadmap.services.repository import Server
from roadmap.services.workspace import Workspace
from roadmap.store.interface import RowChange
from roadmap.store.server_session import ServerSession
from tests.repository.sync_support import _server, _snapshot


@pytest.fixture
def two_published(published: tuple[str, Path], tmp_path: Path) -> tuple[str, Path, Path]:
    """The sample and a second roadmap in one repository."""
    url, sample = published
    other = tmp_path / "other.roadmap"
    assert main(["new", str(other), "--title", "Another roadmap"]) == 0
    with Workspace.open(other) as ws:
        lane = ws.queries.snapshot().lanes[0]
        ws.commands.update(EntityKind.LANE, lane.id, name="Only in the other roadmap")
    assert main(["publish", str(other), url]) == 0
    return url, sample, other


def _step_row(url: str, step_id: str) -> list[tuple[object, ...]]:
    return _server(url, "SELECT name, row_version FROM steps WHERE id = :i", i=step_id)


def test_reads_see_one_roadmap_in_the_files_order(two_published: tuple[str, Path, Path]) -> None:
    url, sample, other = two_published
    server = Server.at(url)
    try:
        for path in (sample, other):
            mine = _snapshot(path)
            with server.transaction(reading=True) as conn:
                session = ServerSession(conn, mine.info.id)
                for kind in WRITE_ORDER:
                    assert session.load_all(kind) == list(mine.of(kind)), kind
                    assert session.count(kind) == len(mine.of(kind))
                lane = mine.lanes[-1]
                assert session.exists(EntityKind.LANE, lane.id)
                assert session.load_one(EntityKind.LANE, lane.id) == lane
                ordered = [row["id"] for row in session.positions("lanes")]
                assert ordered == [lane.id for lane in mine.lanes]
                assert session.next_position("lanes") == len(mine.lanes)
    finally:
        server.close()


def _write(
    url: str, roadmap_id: str, changes: list[RowChange], read_at: int, version: int = 2
) -> None:
    server = Server.at(url)
    try:
        with server.transaction() as conn:
            ServerSession(conn, roadmap_id, version=version, read_at=read_at).apply(changes)
    finally:
        server.close()


def test_an_update_lands_only_over_the_version_it_was_planned_against(
    published: tuple[str, Path],
) -> None:
    url, sample = published
    mine = _snapshot(sample)
    step = mine.steps[3]
    rename = RowChange("steps", (("id", step.id),), {"name": step.name}, {"name": "Renamed"})
    _write(url, mine.info.id, [rename], read_at=1)
    assert _step_row(url, step.id) == [("Renamed", 2)]
    # Planned at version 1 again, but the row is at 2 now: refused, nothing written.
    again = RowChange("steps", (("id", step.id),), {"name": step.name}, {"name": "Overwritten"})
    other = mine.steps[4]
    fine = RowChange("steps", (("id", other.id),), {"name": other.name}, {"name": "Fine"})
    with pytest.raises(ConflictError) as refused:
        _write(url, mine.info.id, [fine, again], read_at=1, version=3)
    assert "Renamed" in str(refused.value)
    assert _step_row(url, step.id) == [("Renamed", 2)]
    assert _step_row(url, other.id) == [(other.name, 1)]


def test_an_insert_of_a_taken_id_and_a_delete_of_a_missing_row_are_conflicts(
    two_published: tuple[str, Path, Path],
) -> None:
    url, sample, other = two_published
    mine = _snapshot(sample)
    step = mine.steps[0]
    row = {"id": step.id, "name": "Twice", "start": date(2030, 1, 1)}
    taken = RowChange("steps", (("id", step.id),), None, row)
    with pytest.raises(ConflictError):
        _write(url, mine.info.id, [taken], read_at=1)
    missing = RowChange("lanes", (("id", "no-such-lane"),), {"name": "x"}, None)
    with pytest.raises(ConflictError):
        _write(url, mine.info.id, [missing], read_at=1)
    # Another roadmap's row is not this roadmap's to delete, even by its id.
    theirs = _snapshot(other).lanes[0]
    foreign = RowChange("lanes", (("id", theirs.id),), {"name": theirs.name}, None)
    with pytest.raises(ConflictError):
        _write(url, mine.info.id, [foreign], read_at=1)
    assert _server(url, "SELECT name FROM lanes WHERE id = :i", i=theirs.id) == [(theirs.name,)]
    assert _server(url, "SELECT count(*) FROM repository_removed") == [(0,)]


def test_a_bulk_insert_of_a_taken_id_names_the_record_not_the_roadmap(
    published: tuple[str, Path],
) -> None:
    """The server writes the roadmap's id first in each row; the conflict named that id (the
    first column) as the record whose key was taken."""
    url, sample = published
    mine = _snapshot(sample)
    step = mine.steps[2]
    server = Server.at(url)
    try:
        with pytest.raises(ConflictError) as refused, server.transaction() as conn:
            ServerSession(conn, mine.info.id, version=2).insert_all([(EntityKind.STEP, [step])])
    finally:
        server.close()
    said = str(refused.value)
    assert step.id in said, said
    assert mine.info.id not in said, said


def test_a_delete_leaves_a_removal_marker_and_an_insert_takes_it_back(
    published: tuple[str, Path],
) -> None:
    url, sample = published
    mine = _snapshot(sample)
    lane = mine.lanes[-1]
    server = Server.at(url)
    try:
        with server.transaction() as conn:
            whole = ServerSession(conn, mine.info.id).rows_where("lanes", "id", lane.id)[0]
    finally:
        server.close()
    gone = RowChange("lanes", (("id", lane.id),), whole, None)
    _write(url, mine.info.id, [gone], read_at=1)
    markers = "SELECT table_name, row_key, row_version FROM repository_removed"
    assert _server(url, markers) == [("lanes", lane.id, 2)]
    _write(url, mine.info.id, [gone.inverse()], read_at=2, version=3)
    assert _server(url, markers) == []
    assert _server(url, "SELECT name, row_version FROM lanes WHERE id = :i", i=lane.id) == [
        (lane.name, 3)
    ]
