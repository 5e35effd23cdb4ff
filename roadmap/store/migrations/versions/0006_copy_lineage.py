"""copy lineage: the base a breakout copy remembers, and the copies merged into a file

Revision ID: 0006_copy_lineage
Revises: 0005_workshop
Create Date: 2026-12-01 17:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_copy_lineage"
down_revision = "0005_workshop"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("PRAGMA user_version = 6")
    op.create_table(
        "lineage",
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("roadmap_id", sa.String(length=36), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column("created", sa.String(length=32), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("role", "id", name=op.f("pk_lineage")),
    )


def downgrade() -> None:
    op.execute("PRAGMA user_version = 5")
    op.drop_table("lineage")
