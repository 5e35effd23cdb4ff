"""The repository's PostgreSQL roles: reader, planner, owner (see the README).

- reader: connect and read every table (clone, pull, list, portfolio);
- planner: a reader who may also publish (insert, update and delete rows);
- owner: a planner who owns the tables, so may upgrade the schema (`repo init`) and delete
  roadmaps.

They are group roles without login: an administrator grants them to people's login roles
(`GRANT <db>_planner TO alice`). Role names are identifiers, which SQL cannot bind as
parameters; they are quoted by the server's own `quote_ident` (through `format('%I')`).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from roadmap.store.repository import BOOKKEEPING_TABLES, RECORD_TABLES


def _run(conn: Connection, template: str, *identifiers: str) -> None:
    """Execute `template` with `%I` placeholders filled in by the server's quoting."""
    params = {f"p{i}": value for i, value in enumerate(identifiers)}
    args = ", ".join(f"CAST(:p{i} AS text)" for i in range(len(identifiers)))
    statement = conn.execute(
        text(f"SELECT format(:template, {args})"), {"template": template, **params}
    )
    conn.execute(text(statement.scalar_one().replace(":", r"\:")))


def grant_roles(conn: Connection, names: dict[str, str]) -> None:
    reader, planner, owner = names["reader"], names["planner"], names["owner"]
    for role in (reader, planner, owner):
        exists = conn.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": role}
        ).first()
        if exists is None:
            _run(conn, "CREATE ROLE %I NOLOGIN", role)
    _run(conn, "GRANT %I TO %I", reader, planner)
    _run(conn, "GRANT %I TO %I", planner, owner)
    # Whoever sets the roles up becomes an owner: handing the tables to the owner role
    # needs membership in it.
    _run(conn, "GRANT %I TO CURRENT_USER", owner)
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    _run(conn, "GRANT CONNECT ON DATABASE %I TO %I", database, reader)
    _run(conn, "GRANT USAGE ON SCHEMA public TO %I", reader)
    tables = (*RECORD_TABLES, *BOOKKEEPING_TABLES, "alembic_version")
    for table in tables:
        _run(conn, "GRANT SELECT ON TABLE %I TO %I", table, reader)
    for table in (*RECORD_TABLES, *BOOKKEEPING_TABLES):
        _run(conn, "GRANT INSERT, UPDATE, DELETE ON TABLE %I TO %I", table, planner)
    _run(conn, "GRANT CREATE ON SCHEMA public TO %I", owner)
    for table in tables:
        _run(conn, "ALTER TABLE %I OWNER TO %I", table, owner)
