"""patent status history

Revision ID: 0002_patent_history
Revises: 0001_initial
Create Date: 2026-11-27 09:11:54.775127
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from roadmap.store.migration_ops import create_record_table

revision = '0002_patent_history'
down_revision = '0001_initial'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("PRAGMA user_version = 2")
    create_record_table('patent_events',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('patent_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['patent_id'], ['patents.id'], name=op.f('fk_patent_events_patent_id_patents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_patent_events'))
    )
    with op.batch_alter_table('patent_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_patent_events_patent_id'), ['patent_id'], unique=False)



def downgrade() -> None:
    op.execute("PRAGMA user_version = 1")
    with op.batch_alter_table('patent_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_patent_events_patent_id'))

    op.drop_table('patent_events')
