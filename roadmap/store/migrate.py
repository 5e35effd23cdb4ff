"""Schema creation and Alembic migrations of roadmap files.

A new file gets the current schema straight from the table definitions and is stamped with the
head revision, so creating a roadmap does not import Alembic. Alembic runs only to bring an
older file up to date; each migration sets the file's format version (`PRAGMA user_version`).
A test checks that migrating from the first revision gives the same schema as creating anew.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from roadmap.domain.errors import RoadmapError
from roadmap.store.file_format import FORMAT_VERSION, HEAD_REVISION
from roadmap.store.schema import metadata

__all__ = ["HEAD_REVISION", "check_known_revision", "create_schema", "known_revisions", "upgrade"]

MIGRATIONS = Path(__file__).with_name("migrations")


def create_schema(engine: Engine) -> None:
    with engine.begin() as conn:
        metadata.create_all(conn)
        conn.exec_driver_sql(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
        )
        conn.exec_driver_sql("INSERT INTO alembic_version VALUES (?)", (HEAD_REVISION,))
        conn.exec_driver_sql(f"PRAGMA user_version = {FORMAT_VERSION}")


def upgrade(engine: Engine, revision: str = "head", name: str = "") -> None:
    """Run the migrations up to `revision` on the file behind `engine` (called `name` in
    a refusal)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    check_known_revision(engine, name)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def check_known_revision(engine: Engine, name: str) -> None:
    """Refuse a file stamped with a revision this program has no migration for (a
    development build's, or a hand-made file): it cannot be migrated, and saying so beats
    failing inside Alembic. Nothing is written."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        if row is None:
            return
        found = conn.exec_driver_sql("SELECT version_num FROM alembic_version")
        stamped = {str(r[0]) for r in found}
    unknown = stamped - known_revisions()
    if unknown:
        raise RoadmapError("file.unknown_revision", name=name, revision=", ".join(sorted(unknown)))


def known_revisions() -> set[str]:
    """Every revision this program has a migration for."""
    return {path.stem for path in (MIGRATIONS / "versions").glob("[0-9]*.py")}
