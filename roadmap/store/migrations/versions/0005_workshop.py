"""workshop: parking-lot ideas and closed dot votes

Revision ID: 0005_workshop
Revises: 0004_baselines
Create Date: 2026-12-01 18:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from roadmap.store.migration_ops import create_record_table

revision = '0005_workshop'
down_revision = '0004_baselines'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("PRAGMA user_version = 5")
    create_record_table('ideas',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('pathway_id', sa.String(length=36), nullable=True),
    sa.Column('lane_id', sa.String(length=36), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['lane_id'], ['lanes.id'], name=op.f('fk_ideas_lane_id_lanes'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['pathway_id'], ['pathways.id'], name=op.f('fk_ideas_pathway_id_pathways'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ideas'))
    )
    with op.batch_alter_table('ideas', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ideas_lane_id'), ['lane_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ideas_pathway_id'), ['pathway_id'], unique=False)

    create_record_table('votes',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('style', sa.String(length=16), nullable=False),
    sa.Column('dots_each', sa.Integer(), nullable=False),
    sa.Column('cap', sa.Integer(), nullable=False),
    sa.Column('participants', sa.Integer(), nullable=False),
    sa.Column('criterion_id', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['criterion_id'], ['criteria.id'], name=op.f('fk_votes_criterion_id_criteria'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_votes'))
    )
    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_votes_criterion_id'), ['criterion_id'], unique=False)

    create_record_table('vote_counts',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('vote_id', sa.String(length=36), nullable=False),
    sa.Column('pathway_id', sa.String(length=36), nullable=True),
    sa.Column('step_id', sa.String(length=36), nullable=True),
    sa.Column('product_id', sa.String(length=36), nullable=True),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('voters', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['pathway_id'], ['pathways.id'], name=op.f('fk_vote_counts_pathway_id_pathways'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_vote_counts_product_id_products'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['step_id'], ['steps.id'], name=op.f('fk_vote_counts_step_id_steps'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['vote_id'], ['votes.id'], name=op.f('fk_vote_counts_vote_id_votes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vote_counts'))
    )
    with op.batch_alter_table('vote_counts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vote_counts_pathway_id'), ['pathway_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_vote_counts_product_id'), ['product_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_vote_counts_step_id'), ['step_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_vote_counts_vote_id'), ['vote_id'], unique=False)


def downgrade() -> None:
    op.execute("PRAGMA user_version = 4")
    for table in ('vote_counts', 'votes', 'ideas'):
        op.drop_table(table)
