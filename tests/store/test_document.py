"""The document file: every bad file is refused with a clear message and left untouched."""

from __future__ import annotations

import os
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import inspect

from roadmap.domain.entities import EntityKind, Step
from roadmap.domain.errors import ReadOnlyError
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.services.workspace import Workspace
from roadmap.store.document import (
    APPLICATION_ID,
    FORMAT_VERSION,
    DocumentError,
    create_document,
    make_engine,
    open_document,
)
from roadmap.store.lock import LockedError, lock_path, read_owner
from roadmap.store.migrate import HEAD_REVISION, upgrade
from tests.reliability.hostile import held_open
from tests.support import canonical


def pragma(path: Path, name: str) -> object:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]


def test_new_file_is_marked_as_ours(tmp_path: Path) -> None:
    path = tmp_path / "new.roadmap"
    create_document(path).close()
    assert pragma(path, "application_id") == APPLICATION_ID
    assert pragma(path, "user_version") == FORMAT_VERSION
    assert pragma(path, "journal_mode") == "delete"
    assert not list(tmp_path.glob("*-wal")) and not lock_path(path).exists()


def test_connections_enforce_foreign_keys_and_distrust_schema(workspace: Workspace) -> None:
    with workspace.document.reading() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0


def refuse(path: Path, words: str, *, readonly: bool = False) -> None:
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(DocumentError, match=words):
        open_document(path, readonly=readonly)
    if before is not None:
        assert path.read_bytes() == before
    assert not lock_path(path).exists()


def test_missing_file(tmp_path: Path) -> None:
    refuse(tmp_path / "nowhere.roadmap", "does not exist")


def test_a_folder(tmp_path: Path) -> None:
    refuse(tmp_path, "is a folder")


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.roadmap"
    path.write_bytes(os.urandom(4096))
    refuse(path, "not a Frontier Roadmap file")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.roadmap"
    path.write_bytes(b"")
    refuse(path, "not a Frontier Roadmap file")


def test_foreign_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.roadmap"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
    refuse(path, "SQLite database but not a Frontier Roadmap file")


def test_truncated_roadmap(sample_file: Path) -> None:
    data = sample_file.read_bytes()
    sample_file.write_bytes(data[: len(data) // 2])
    refuse(sample_file, "damaged")


def test_corrupted_pages(sample_file: Path) -> None:
    data = bytearray(sample_file.read_bytes())
    for offset in range(8192, len(data) - 4096, 4096):
        data[offset + 100 : offset + 400] = os.urandom(300)
    sample_file.write_bytes(bytes(data))
    refuse(sample_file, "damaged")


def test_newer_format(sample_file: Path) -> None:
    with closing(sqlite3.connect(sample_file)) as conn:
        conn.execute(f"PRAGMA user_version = {FORMAT_VERSION + 1}")
        conn.commit()
    refuse(sample_file, "newer Frontier Roadmap")
    refuse(sample_file, "newer Frontier Roadmap", readonly=True)


def test_locked_by_another_program(sample_file: Path) -> None:
    with held_open(sample_file) as holder:
        before = sample_file.read_bytes()
        with pytest.raises(LockedError, match=f"process {holder.pid}"):
            open_document(sample_file)
        assert sample_file.read_bytes() == before
        with open_document(sample_file, readonly=True) as doc:  # reading a held file is fine
            assert doc.readonly
    # The holder died without cleaning up: its lock is stale and is taken over.
    assert lock_path(sample_file).exists()
    with open_document(sample_file) as doc:
        assert not doc.readonly
    assert not lock_path(sample_file).exists()


def test_half_written_lock_is_taken_over(sample_file: Path) -> None:
    lock_path(sample_file).write_text("{", encoding="utf-8")
    with open_document(sample_file) as doc:
        assert not doc.readonly
        owner = read_owner(lock_path(sample_file))
        assert owner is not None and owner.pid == os.getpid()
    assert not lock_path(sample_file).exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write read-only files")
def test_read_only_file_refused_for_writing(sample_file: Path) -> None:
    sample_file.chmod(stat.S_IRUSR)
    refuse(sample_file, "read-only")


def test_read_only_file_refused_for_writing_even_as_root(
    sample_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda p, mode: (
            False if Path(p) == sample_file and mode == os.W_OK else real_access(p, mode)
        ),
    )
    sample_file.chmod(stat.S_IRUSR)
    refuse(sample_file, "read-only")
    with open_document(sample_file, readonly=True) as doc:
        assert doc.readonly


def test_read_only_workspace_refuses_edits(sample_file: Path) -> None:
    before = sample_file.read_bytes()
    with Workspace.open(sample_file, readonly=True) as ws:
        step = ws.queries.all(Step)[0]
        with pytest.raises(ReadOnlyError, match="read-only"):
            ws.commands.update(EntityKind.STEP, step.id, name="x")
    assert sample_file.read_bytes() == before


def test_create_refuses_an_existing_file(sample_file: Path) -> None:
    before = sample_file.read_bytes()
    with pytest.raises(DocumentError, match="already exists"):
        create_document(sample_file)
    assert sample_file.read_bytes() == before


def test_save_copy_is_complete_and_leaves_no_temporary_file(
    workspace: Workspace, tmp_path: Path
) -> None:
    target = tmp_path / "copy.roadmap"
    workspace.document.save_copy(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "copy.roadmap",
        "sample.roadmap",
        "sample.roadmap.lock",
    ]
    with Workspace.open(target, readonly=True) as copy:
        assert canonical(copy.queries.snapshot()) == canonical(workspace.queries.snapshot())
    with pytest.raises(DocumentError, match="different file name"):
        workspace.document.save_copy(workspace.path)


def schema_of(path: Path) -> dict[str, object]:
    engine = make_engine(path, readonly=True)
    insp = inspect(engine)
    result: dict[str, object] = {}
    for table in insp.get_table_names():
        result[table] = (
            [(c["name"], str(c["type"]), c["nullable"]) for c in insp.get_columns(table)],
            sorted(
                (
                    fk["name"],
                    tuple(fk["constrained_columns"]),
                    fk["referred_table"],
                    fk["options"].get("ondelete"),
                )
                for fk in insp.get_foreign_keys(table)
            ),
            sorted((ix["name"], tuple(ix["column_names"])) for ix in insp.get_indexes(table)),
            insp.get_pk_constraint(table)["constrained_columns"],
        )
    engine.dispose()
    return result


def make_format_1_file(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA journal_mode = DELETE")
    engine = make_engine(path, readonly=False)
    upgrade(engine, "0001_initial")
    engine.dispose()
    with closing(sqlite3.connect(path)) as conn:  # a real file always has its roadmap row
        conn.execute(
            "INSERT INTO roadmap (id, title, horizon_start, horizon_end, description, "
            "time_unit, language) VALUES ('r', 'Old plan', '2025-01-01', '2030-12-31', '', "
            "'quarter', 'en')"
        )
        conn.commit()


def test_migrations_give_the_same_schema_as_a_new_file(tmp_path: Path) -> None:
    migrated = tmp_path / "migrated.roadmap"
    make_format_1_file(migrated)
    assert pragma(migrated, "user_version") == 1
    engine = make_engine(migrated, readonly=False)
    upgrade(engine)
    engine.dispose()
    fresh = tmp_path / "fresh.roadmap"
    create_document(fresh).close()
    assert schema_of(migrated) == schema_of(fresh)
    assert pragma(migrated, "user_version") == FORMAT_VERSION
    with closing(sqlite3.connect(migrated)) as conn:
        assert (
            conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
        )


def test_older_file_is_backed_up_then_migrated(
    tmp_path: Path, sample_snapshot: RoadmapSnapshot
) -> None:
    old = tmp_path / "old.roadmap"
    make_format_1_file(old)
    original = old.read_bytes()
    readonly = Workspace.open(old, readonly=True)  # reading migrates a temporary copy
    assert readonly.queries.counts()["patent_events"] == 0
    readonly.close()
    assert old.read_bytes() == original
    with Workspace.open(old) as ws:
        assert ws.queries.counts()["patent_events"] == 0
    backups = list(tmp_path.glob("old.format1-*.roadmap.bak"))
    assert len(backups) == 1 and backups[0].read_bytes() == original
    assert pragma(old, "user_version") == FORMAT_VERSION
