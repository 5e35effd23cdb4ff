"""every table keeps a position

Revision ID: 0007_stored_positions
Revises: 0006_copy_lineage
Create Date: 2026-12-01 17:50:00

Organizations, people, scores, dependencies, mobility, patents, their history and both link
tables were shown in the order SQLite happened to keep them (rowid), so undoing a delete put a
row back last. They get a stored position; existing rows keep their order (position = rowid).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007_stored_positions'
down_revision = '0006_copy_lineage'
branch_labels = None
depends_on = None

TABLES = (
    'organizations',
    'people',
    'scores',
    'dependencies',
    'mobility',
    'patents',
    'patent_events',
    'pathway_products',
    'patent_steps',
)


def _sqlite() -> bool:
    return bool(op.get_bind().dialect.name == 'sqlite')


def upgrade() -> None:
    if _sqlite():
        op.execute("PRAGMA user_version = 7")
    for table in TABLES:
        op.add_column(table, sa.Column('position', sa.Integer(), nullable=True))
        if _sqlite():
            op.execute(f'UPDATE "{table}" SET position = rowid')
        else:
            op.execute(f'UPDATE "{table}" SET position = 0')
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('position', existing_type=sa.Integer(), nullable=False)


def downgrade() -> None:
    if _sqlite():
        op.execute("PRAGMA user_version = 6")
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('position')
