"""the file's tie to a shared repository

Revision ID: 0003_repository_link
Revises: 0002_patent_history
Create Date: 2026-12-01 18:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from roadmap.store.migration_ops import create_file_table, on_server

revision = '0003_repository_link'
down_revision = '0002_patent_history'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("PRAGMA user_version = 3")
    create_file_table('repository_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('roadmap_id', sa.String(length=36), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=False),
    sa.Column('synced_at', sa.Text(), nullable=False),
    sa.Column('pending_publish', sa.String(length=36), nullable=True),
    sa.Column('base', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_repository_link'))
    )


def downgrade() -> None:
    op.execute("PRAGMA user_version = 2")
    if not on_server():
        op.drop_table('repository_link')
