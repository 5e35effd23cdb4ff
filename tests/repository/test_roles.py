"""The documented roles, with people logging in by password from libpq's own places."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from roadmap.cli import main
from roadmap.services.repository import role_names


@pytest.fixture
def admin(server_admin: URL) -> Iterator[object]:
    engine = create_engine(server_admin, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    yield engine
    engine.dispose()


@pytest.fixture
def login(admin, empty_database: str, tmp_path: Path, monkeypatch) -> Iterator[object]:
    """Make a login role with a password kept in a pgpass file that PGPASSFILE names."""
    made: list[str] = []

    def make(*groups: str) -> str:
        name = f"rt_login_{uuid.uuid4().hex[:8]}"
        password = uuid.uuid4().hex
        with admin.connect() as conn:
            conn.execute(text(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}'"))
            for group in groups:
                conn.execute(text(f'GRANT "{group}" TO "{name}"'))
        made.append(name)
        passfile = tmp_path / "pgpass"
        with passfile.open("a") as handle:
            handle.write(f"127.0.0.1:*:*:{name}:{password}\n")
        passfile.chmod(0o600)
        monkeypatch.setenv("PGPASSFILE", str(passfile))
        database = make_url(empty_database).database
        return f"postgresql://{name}@127.0.0.1/{database}"

    yield make
    # Roles are the server's, not the database's: take them away again. DROP OWNED must run
    # in the database where they hold privileges (it also revokes CONNECT on it).
    database = make_url(empty_database).database or ""
    inside = create_engine(
        admin.url.set(database=database), poolclass=NullPool, isolation_level="AUTOCOMMIT"
    )
    with inside.connect() as conn:
        for role in [*made, *role_names(database).values()]:
            if _exists(conn, role):
                conn.execute(text(f'GRANT "{role}" TO CURRENT_USER'))  # DROP OWNED needs it
                conn.execute(text(f'DROP OWNED BY "{role}" CASCADE'))
                conn.execute(text(f'DROP ROLE "{role}"'))
    inside.dispose()


def _exists(conn, role: str) -> bool:
    return (
        conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
        is not None
    )


def test_roles_are_created_and_a_reader_lists_with_a_pgpass_password(
    empty_database: str, login, capsys
) -> None:
    assert main(["repo", "init", empty_database, "--roles"]) == 0
    database = make_url(empty_database).database or ""
    names = role_names(database)
    assert f"{names['reader']}, {names['planner']}, {names['owner']}" in capsys.readouterr().out
    reader = login(names["reader"])
    assert main(["repo", "list", reader, "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"
    # Someone with no role in this repository is refused: one line, exit 2.
    stranger = login()
    assert main(["repo", "list", stranger]) == 2
    assert "may not" in capsys.readouterr().err


def test_a_wrong_password_is_refused_in_one_line(login, capsys, tmp_path: Path) -> None:
    url = login()
    (tmp_path / "pgpass").write_text(f"127.0.0.1:*:*:{make_url(url).username}:wrong\n")
    assert main(["repo", "list", url]) == 2
    err = capsys.readouterr().err
    assert "refused the login" in err and err.count("\n") == 1


def test_a_readers_publish_is_refused_and_writes_nothing(
    empty_database: str, login, sample_file: Path, sample_snapshot, tmp_path: Path, capsys
) -> None:
    assert main(["repo", "init", empty_database, "--roles"]) == 0
    assert main(["publish", str(sample_file), empty_database]) == 0
    names = role_names(make_url(empty_database).database or "")
    reader = login(names["reader"])
    copy = tmp_path / "reader.roadmap"
    assert (
        main(
            [
                "clone",
                reader,
                "Domestic Computing Chips for Industry: Server CPU and Edge AI Roadmap 2025–2034",
                str(copy),
            ]
        )
        == 0
    )
    from roadmap.domain.entities import EntityKind
    from roadmap.services.workspace import Workspace

    with Workspace.open(copy) as ws:
        step = ws.queries.snapshot().steps[0]
        ws.commands.update(EntityKind.STEP, step.id, name="A reader's edit")
    before = copy.read_bytes()
    capsys.readouterr()
    assert main(["publish", str(copy)]) == 2
    err = capsys.readouterr().err
    assert "may only read" in err and err.count("\n") == 1
    assert copy.read_bytes() == before
    planner = login(names["planner"])
    assert main(["repo", "list", planner, "--json"]) == 0
    assert '"version": 1' in capsys.readouterr().out


def test_repo_init_gives_the_roles_the_tables_an_upgrade_adds(
    empty_database: str, login, sample_file: Path, tmp_path: Path, capsys
) -> None:
    """A repository whose roles were set up before baselines were published (format 0003,
    grants on the tables there were then) is upgraded by its owner with a plain `repo init`:
    a planner's next publish, baselines included, is not refused by the server."""
    from roadmap.store.migrate import upgrade
    from roadmap.store.roles import grant_roles

    engine = create_engine(
        make_url(empty_database).set(drivername="postgresql+psycopg"), poolclass=NullPool
    )
    upgrade(engine, "0003_repository_link")
    database = make_url(empty_database).database or ""
    names = role_names(database)
    with engine.begin() as conn:
        assert "baselines" not in _tables(conn)
        grant_roles(conn, names)  # what `repo init --roles` granted then: the tables there were
    engine.dispose()
    owner, planner = login(names["owner"]), login(names["planner"])
    capsys.readouterr()
    assert main(["repo", "init", owner]) == 0, capsys.readouterr().err
    assert main(["baseline", str(sample_file), "--name", "Board plan"]) == 0
    capsys.readouterr()
    assert main(["publish", str(sample_file), planner]) == 0, capsys.readouterr().err
    assert main(["repo", "list", planner, "--json"]) == 0
    assert '"version": 1' in capsys.readouterr().out
    # `repo init --roles` again, by the owner's login, changes nothing and is not refused.
    assert main(["repo", "init", owner, "--roles"]) == 0, capsys.readouterr().err
    copy = tmp_path / "copy.roadmap"
    assert main(["clone", planner, _title(sample_file), str(copy)]) == 0
    assert main(["baseline", str(copy), "--list"]) == 0
    assert "Board plan" in capsys.readouterr().out


def _tables(conn) -> set[str]:
    rows = conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
    return {row[0] for row in rows}


def _title(path: Path) -> str:
    from roadmap.services.workspace import Workspace

    with Workspace.open(path, readonly=True) as ws:
        return ws.queries.snapshot().info.title
