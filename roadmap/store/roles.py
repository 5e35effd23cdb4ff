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


def roles_exist(conn: Connection, names: dict[str, str]) -> bool:
    """Whether this repository's roles were made (by `repo init --roles`, now or before)."""
    found = conn.execute(
        text("SELECT count(*) FROM pg_roles WHERE rolname = ANY(:names)"),
        {"names": list(names.values())},
    ).scalar_one()
    return int(found) == len(names)


def _holds(conn: Connection, check: str, *args: str) -> bool:
    """`check` (a privilege function of the server) for `args`, e.g. whether a grant is
    there already: granting it again would need rights an owner's login may not have."""
    params = {f"a{i}": value for i, value in enumerate(args)}
    call = ", ".join(f":a{i}" for i in range(len(args)))
    return bool(conn.execute(text(f"SELECT {check}({call})"), params).scalar())


def grant_roles(conn: Connection, names: dict[str, str]) -> None:
    """Create the roles and their memberships (what is missing of them), then `grant_tables`."""
    reader, planner, owner = names["reader"], names["planner"], names["owner"]
    for role in (reader, planner, owner):
        exists = conn.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": role}
        ).first()
        if exists is None:
            _run(conn, "CREATE ROLE %I NOLOGIN", role)
    if not _holds(conn, "pg_has_role", planner, reader, "MEMBER"):
        _run(conn, "GRANT %I TO %I", reader, planner)
    if not _holds(conn, "pg_has_role", owner, planner, "MEMBER"):
        _run(conn, "GRANT %I TO %I", planner, owner)
    # Whoever sets the roles up becomes an owner: handing the tables to the owner role
    # needs membership in it.
    user = conn.execute(text("SELECT current_user")).scalar_one()
    if not _holds(conn, "pg_has_role", user, owner, "MEMBER"):
        _run(conn, "GRANT %I TO CURRENT_USER", owner)
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    if not _holds(conn, "has_database_privilege", reader, database, "CONNECT"):
        _run(conn, "GRANT CONNECT ON DATABASE %I TO %I", database, reader)
    if not _holds(conn, "has_schema_privilege", reader, "public", "USAGE"):
        _run(conn, "GRANT USAGE ON SCHEMA public TO %I", reader)
    if not _holds(conn, "has_schema_privilege", owner, "public", "CREATE"):
        _run(conn, "GRANT CREATE ON SCHEMA public TO %I", owner)
    grant_tables(conn, names)


def grant_tables(conn: Connection, names: dict[str, str]) -> None:
    """Every table of the repository — those an upgrade just made too — owned by the owner
    role, readable by readers and writable by planners. Run after every `repo init`: the
    tables a migration creates belong to whoever ran it, and nobody else may use them."""
    reader, planner, owner = names["reader"], names["planner"], names["owner"]
    present = set(
        conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        ).scalars()
    )
    writable = [t for t in (*RECORD_TABLES, *BOOKKEEPING_TABLES) if t in present]
    tables = [*writable, *(["alembic_version"] if "alembic_version" in present else [])]
    for table in tables:
        _run(conn, "ALTER TABLE %I OWNER TO %I", table, owner)
        _run(conn, "GRANT SELECT ON TABLE %I TO %I", table, reader)
    for table in writable:
        _run(conn, "GRANT INSERT, UPDATE, DELETE ON TABLE %I TO %I", table, planner)
