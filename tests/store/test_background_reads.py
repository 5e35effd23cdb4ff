"""Reads in the background never hold up the window's edits (issue 19).

In a rollback journal a write's COMMIT waits until every reader of the file has let go. The
window's worker threads (`Workspace.reader`) and its helper process (`Workspace.open_copy`: the
checks, the transfer figures, the charts) read the whole roadmap; they now read an in-memory
copy taken in one short step, so an edit made while they read is stored at once. Before, it
waited for the read to end (on L up to 200 ms on the window's thread) or, here, where the read
is held open, ran into the busy timeout and was refused.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest

from roadmap.domain.entities import EntityKind, Step
from roadmap.services.workspace import Workspace
from roadmap.store.document import DocumentError
from tests.store.test_document import make_format_1_file


def _stored_start(path: Path, step_id: str) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return str(conn.execute("SELECT start FROM steps WHERE id = ?", (step_id,)).fetchone()[0])


@pytest.mark.parametrize(
    "open_reader",
    [
        pytest.param(lambda ws: ws.reader(), id="worker thread's reader"),
        pytest.param(lambda ws: Workspace.open_copy(ws.path), id="helper process's copy"),
    ],
)
def test_an_edit_is_stored_while_a_background_read_is_under_way(
    workspace: Workspace, open_reader: Callable[[Workspace], Workspace]
) -> None:
    step = workspace.queries.all(Step)[0]
    before = _stored_start(workspace.path, step.id)
    with open_reader(workspace) as reader, reader.document.read() as session:
        # The reader is inside its read: on the file itself this holds SQLite's shared lock.
        seen = {row.id: row for row in session.load_all(EntityKind.STEP)}
        workspace.commands.move_step(step.id, step.start + timedelta(days=7), step.end)
        assert (
            _stored_start(workspace.path, step.id) == (step.start + timedelta(days=7)).isoformat()
        )
        # The read goes on with what it began with.
        again = {row.id: row for row in session.load_all(EntityKind.STEP)}
        assert again[step.id].start == seen[step.id].start
        assert seen[step.id].start.isoformat() == before


def test_a_copy_is_the_file_as_it_was_when_first_read(workspace: Workspace) -> None:
    step = workspace.queries.all(Step)[0]
    with workspace.reader() as reader:
        assert reader.queries.get(Step, step.id).start == step.start
        workspace.commands.move_step(step.id, step.start + timedelta(days=7), step.end)
        # One job reads one state of the roadmap, however many reads it makes.
        assert reader.queries.get(Step, step.id).start == step.start
    with workspace.reader() as later:
        assert later.queries.get(Step, step.id).start == step.start + timedelta(days=7)


def test_a_copy_of_an_older_file_is_read_through_its_migrated_copy(tmp_path: Path) -> None:
    old = tmp_path / "old.roadmap"
    make_format_1_file(old)
    original = old.read_bytes()
    with Workspace.open_copy(old) as copy:
        assert copy.queries.counts()["patent_events"] == 0
    assert old.read_bytes() == original


@pytest.mark.parametrize("content", [b"", b"not a roadmap at all" * 100])
def test_a_copy_of_what_is_not_a_roadmap_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.roadmap"
    path.write_bytes(content)
    with pytest.raises(DocumentError):
        Workspace.open_copy(path).close()
    assert path.read_bytes() == content
