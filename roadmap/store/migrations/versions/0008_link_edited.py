"""the file's tie to a repository remembers whether the roadmap was edited since the sync

Revision ID: 0008_link_edited
Revises: 0007_stored_positions
Create Date: 2026-12-01 23:40:00

"Not published since …" was worked out by comparing the whole roadmap with the packed base
(seconds on a large roadmap). `edited` is set by every write of the roadmap's rows and
cleared by a publish or pull: 0 synced, 1 edited since, NULL not known (a file of the
previous format: compared once in the background, as before).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from roadmap.store.migration_ops import on_server

revision = '0008_link_edited'
down_revision = '0007_stored_positions'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("PRAGMA user_version = 8")
    if not on_server():
        op.add_column('repository_link', sa.Column('edited', sa.Integer(), nullable=True))


def downgrade() -> None:
    op.execute("PRAGMA user_version = 7")
    if not on_server():
        with op.batch_alter_table('repository_link') as batch:
            batch.drop_column('edited')
