"""baselines

Revision ID: 0004_baselines
Revises: 0003_repository_link
Create Date: 2026-12-01 17:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from roadmap.store.migration_ops import create_record_table

revision = '0004_baselines'
down_revision = '0003_repository_link'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("PRAGMA user_version = 4")
    create_record_table('baselines',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('taken_at', sa.Text(), nullable=False),
    sa.Column('taken_by', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_baselines'))
    )


def downgrade() -> None:
    op.execute("PRAGMA user_version = 3")
    op.drop_table('baselines')
