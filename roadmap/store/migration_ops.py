"""What the migrations call so that one chain of revisions builds both backends.

A roadmap file (SQLite) holds one roadmap; the shared repository (PostgreSQL) holds many in
the same tables. So on PostgreSQL every record table gets two more columns — `roadmap_id`
(which roadmap the row belongs to, part of the primary key) and `row_version` (the server
version that last wrote the row, indexed per roadmap for incremental pulls) — and the
bookkeeping tables of the repository itself. On SQLite these calls are exactly the plain
Alembic operations, so a file migrated here equals a file created from `schema.metadata`.

Foreign keys between records are kept in the file only: on the server a roadmap is checked as
a whole (the whole-roadmap rules) before it is published, and the rows of one roadmap change
together in one transaction.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

ROADMAP_ID = "roadmap_id"
ROW_VERSION = "row_version"


def _op() -> Any:
    # Alembic loads only when a migration runs; the column names above are read at start-up.
    from alembic import op

    return op


def on_server() -> bool:
    return bool(_op().get_bind().dialect.name == "postgresql")


def create_record_table(name: str, *items: Any) -> None:
    """`_op().create_table` for a table of roadmap records, in the form of the current backend."""
    if not on_server():
        _op().create_table(name, *items)
        return
    kept: list[Any] = [
        sa.Column(
            ROADMAP_ID,
            sa.String(36),
            sa.ForeignKey(
                "repository_roadmaps.id",
                ondelete="CASCADE",
                name=f"fk_{name}_roadmap_id_repository_roadmaps",
            ),
            nullable=False,
        )
    ]
    for item in items:
        if isinstance(item, sa.ForeignKeyConstraint):
            continue
        if isinstance(item, sa.PrimaryKeyConstraint):
            named = [
                c if isinstance(c, str) else str(getattr(c, "name", c))
                for c in item._pending_colargs
            ]
            kept.append(sa.PrimaryKeyConstraint(ROADMAP_ID, *named, name=str(item.name)))
            continue
        kept.append(item)
    kept.append(sa.Column(ROW_VERSION, sa.BigInteger(), nullable=False))
    _op().create_table(name, *kept)
    _op().create_index(f"ix_{name}_roadmap_id_row_version", name, [ROADMAP_ID, ROW_VERSION])


def create_file_table(name: str, *items: Any) -> None:
    """`_op().create_table` for a table that only a roadmap file has (nothing on the server)."""
    if not on_server():
        _op().create_table(name, *items)


def create_repository_tables() -> None:
    """The server's own tables: the roadmaps it holds, publishes applied, rows removed."""
    if not on_server():
        return
    _op().create_table(
        "repository_roadmaps",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("published_by", sa.Text(), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_repository_roadmaps"),
    )
    # A publish id seen once is never applied again: a retry after a lost answer is a no-_op().
    _op().create_table(
        "repository_publishes",
        sa.Column("publish_id", sa.String(36), nullable=False),
        sa.Column(
            ROADMAP_ID,
            sa.String(36),
            sa.ForeignKey(
                "repository_roadmaps.id",
                ondelete="CASCADE",
                name="fk_repository_publishes_roadmap_id_repository_roadmaps",
            ),
            nullable=False,
        ),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("publish_id", name="pk_repository_publishes"),
    )
    # Deleted rows leave a marker with the version that removed them, so a pull learns of a
    # deletion by reading what changed since its base, not by comparing whole roadmaps.
    _op().create_table(
        "repository_removed",
        sa.Column(
            ROADMAP_ID,
            sa.String(36),
            sa.ForeignKey(
                "repository_roadmaps.id",
                ondelete="CASCADE",
                name="fk_repository_removed_roadmap_id_repository_roadmaps",
            ),
            nullable=False,
        ),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("row_key", sa.Text(), nullable=False),
        sa.Column(ROW_VERSION, sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(ROADMAP_ID, "table_name", "row_key", name="pk_repository_removed"),
    )
    _op().create_index(
        "ix_repository_removed_roadmap_id_row_version",
        "repository_removed",
        [ROADMAP_ID, ROW_VERSION],
    )
