"""Alembic environment: always given a connection by `roadmap.store.migrate`.

The same revisions build a roadmap file (SQLite) and the shared repository (PostgreSQL); see
`roadmap.store.migration_ops`. A file's format number is its `PRAGMA user_version`, which each
revision sets; the server has no such thing (its format is the Alembic revision alone), so
there those statements are skipped.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import event

from roadmap.store.schema import metadata


def _skip_pragmas(
    _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool
) -> tuple[str, Any]:
    if statement.lstrip().upper().startswith("PRAGMA "):
        return "SELECT 1", ()
    return statement, parameters


connection = context.config.attributes["connection"]
server = connection.dialect.name == "postgresql"
if server:
    event.listen(connection, "before_cursor_execute", _skip_pragmas, retval=True)
try:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
finally:
    if server:
        event.remove(connection, "before_cursor_execute", _skip_pragmas)
