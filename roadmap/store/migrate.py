"""Schema creation and Alembic migrations of roadmap files.

A new file gets the current schema straight from the table definitions and is stamped with the
head revision, so creating a roadmap does not import Alembic. Alembic runs only to bring an
older file up to date; each migration sets the file's format version (`PRAGMA user_version`).
A test checks that migrating from the first revision gives the same schema as creating anew.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from roadmap.store.document import FORMAT_VERSION
from roadmap.store.schema import metadata

HEAD_REVISION = "0004_baselines"
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


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to `revision` on the file behind `engine`."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def known_revisions() -> set[str]:
    """Every revision this program has a migration for."""
    return {path.stem for path in (MIGRATIONS / "versions").glob("[0-9]*.py")}
