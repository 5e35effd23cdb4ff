"""`roadmap repo init` and `repo list` against a real server; migrations on both backends."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from roadmap.cli import main
from roadmap.store.document import make_engine
from roadmap.store.migrate import HEAD_REVISION, create_schema, upgrade
from roadmap.store.migration_ops import ROADMAP_ID, ROW_VERSION
from roadmap.store.repository import RECORD_TABLES


def _engine(url: str) -> Engine:
    return create_engine(make_url(url).set(drivername="postgresql+psycopg"), poolclass=NullPool)


def _schema(engine: Engine) -> dict[str, object]:
    """Tables with their columns (name, type, nullable), primary key and indexes."""
    found: dict[str, object] = {}
    inspector = inspect(engine)
    for table in sorted(inspector.get_table_names()):
        columns = [
            (c["name"], type(c["type"]).__name__, c["nullable"])
            for c in inspector.get_columns(table)
        ]
        pk = inspector.get_pk_constraint(table)["constrained_columns"]
        indexes = sorted(
            (i["name"], tuple(i["column_names"])) for i in inspector.get_indexes(table)
        )
        found[table] = (columns, pk, indexes)
    return found


def test_init_creates_then_reports_up_to_date(empty_database: str, capsys) -> None:
    assert main(["repo", "init", empty_database]) == 0
    assert "Created the repository" in capsys.readouterr().out
    assert main(["repo", "init", empty_database]) == 0
    assert "up to date" in capsys.readouterr().out
    assert main(["repo", "list", empty_database, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    engine = _engine(empty_database)
    tables = set(inspect(engine).get_table_names())
    engine.dispose()
    assert set(RECORD_TABLES) <= tables
    assert {"repository_roadmaps", "repository_publishes", "repository_removed"} <= tables


def test_server_migrations_from_the_previous_format_equal_from_empty(
    empty_database: str, server_admin, tmp_path: Path
) -> None:
    engine = _engine(empty_database)
    upgrade(engine, "0001_initial")
    assert "patent_events" not in inspect(engine).get_table_names()
    assert main(["repo", "init", empty_database]) == 0  # the upgrade, as an owner runs it
    from_previous = _schema(engine)
    engine.dispose()

    fresh_url = _fresh(server_admin)
    try:
        assert main(["repo", "init", fresh_url]) == 0
        fresh = _engine(fresh_url)
        from_empty = _schema(fresh)
        fresh.dispose()
    finally:
        _drop(server_admin, fresh_url)
    assert from_previous == from_empty
    assert "patent_events" in from_empty


def _fresh(server_admin) -> str:
    import uuid

    from sqlalchemy import text

    from tests.postgres import _with_database

    name = f"rt_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_admin, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return _with_database(server_admin, name)


def _drop(server_admin, url: str) -> None:
    from sqlalchemy import text

    admin = create_engine(server_admin, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    admin.dispose()


def _file_schema(tmp_path: Path, *, migrated: bool) -> dict[str, object]:
    import sqlite3
    from contextlib import closing

    path = tmp_path / ("migrated.roadmap" if migrated else "new.roadmap")
    sqlite3.connect(path).close()
    engine = make_engine(path, readonly=False)
    if migrated:
        upgrade(engine, "0001_initial")
        upgrade(engine)
    else:
        create_schema(engine)
    schema = _schema(engine)
    engine.dispose()
    with closing(sqlite3.connect(path)) as conn:
        assert (
            conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
        )
    return schema


# Column types as each backend reports them back: the same type written in a migration.
SAME_TYPE = {("VARCHAR", "VARCHAR"), ("TEXT", "TEXT"), ("DATE", "DATE"), ("INTEGER", "INTEGER")}
SAME_TYPE |= {("FLOAT", "DOUBLE_PRECISION"), ("REAL", "DOUBLE_PRECISION"), ("FLOAT", "FLOAT")}


def test_file_and_server_schemas_agree(repository: str, tmp_path: Path) -> None:
    """Every record table has the file's columns on the server, plus roadmap_id and
    row_version, and the file's key behind roadmap_id — whether the file was migrated from
    the previous format or created anew. A migration that changes one backend only fails
    here."""
    new_file = _file_schema(tmp_path, migrated=False)
    migrated_file = _file_schema(tmp_path, migrated=True)
    assert new_file == migrated_file
    engine = _engine(repository)
    server = _schema(engine)
    engine.dispose()
    for table in RECORD_TABLES:
        file_columns, file_pk, _ = new_file[table]  # type: ignore[misc]
        server_columns, server_pk, server_indexes = server[table]  # type: ignore[misc]
        # A column added by a later migration comes after row_version on the server
        # (PostgreSQL appends), so row_version is anywhere after roadmap_id.
        assert server_columns[0][0] == ROADMAP_ID
        assert [c[0] for c in server_columns].count(ROW_VERSION) == 1
        middle = [c for c in server_columns[1:] if c[0] != ROW_VERSION]
        assert [c[0] for c in middle] == [c[0] for c in file_columns], table
        assert [c[2] for c in middle] == [c[2] for c in file_columns], table
        for (name, file_type, _), (_, server_type, _) in zip(file_columns, middle, strict=True):
            assert (file_type, server_type) in SAME_TYPE, (table, name, file_type, server_type)
        assert server_pk == [ROADMAP_ID, *file_pk], table
        assert (f"ix_{table}_roadmap_id_row_version", (ROADMAP_ID, ROW_VERSION)) in server_indexes


def test_a_database_that_is_not_a_repository_is_refused(empty_database: str, capsys) -> None:
    assert main(["repo", "list", empty_database]) == 2
    assert "not a Frontier Roadmap repository" in capsys.readouterr().err


@pytest.mark.parametrize(
    "url, said",
    [
        ("postgresql://alice:secret@db.example/roadmaps", "Leave the password out"),
        ("mysql://alice@db.example/roadmaps", "not a PostgreSQL URL"),
    ],
)
def test_bad_urls_are_refused_before_connecting(url: str, said: str, capsys) -> None:
    assert main(["repo", "init", url]) == 2
    err = capsys.readouterr().err
    assert said in err and err.count("\n") == 1
    assert "secret" not in err


def test_an_unreachable_server_is_one_line_exit_2(capsys) -> None:
    # Nothing listens on port 1 of the loopback address.
    assert main(["repo", "list", "postgresql://nobody@127.0.0.1:1/nothing"]) == 2
    err = capsys.readouterr().err
    assert "cannot be reached" in err and err.count("\n") == 1
