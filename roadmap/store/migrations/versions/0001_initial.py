"""initial schema

Revision ID: 0001_initial
Revises: 
Create Date: 2026-11-27 09:11:54.716236
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from roadmap.store.migration_ops import create_record_table, create_repository_tables

revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("PRAGMA user_version = 1")
    create_repository_tables()
    create_record_table('criteria',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('weight', sa.Float(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_criteria'))
    )
    create_record_table('lanes',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('color', sa.String(length=7), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lanes'))
    )
    create_record_table('organizations',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('org_kind', sa.String(length=32), nullable=False),
    sa.Column('country', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organizations'))
    )
    create_record_table('products',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('market', sa.Text(), nullable=False),
    sa.Column('launch_date', sa.Date(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_products'))
    )
    create_record_table('roadmap',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('horizon_start', sa.Date(), nullable=False),
    sa.Column('horizon_end', sa.Date(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('time_unit', sa.String(length=16), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roadmap'))
    )
    create_record_table('people',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('organization_id', sa.String(length=36), nullable=True),
    sa.Column('role', sa.Text(), nullable=False),
    sa.Column('expertise', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_people_organization_id_organizations'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people'))
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_people_organization_id'), ['organization_id'], unique=False)

    create_record_table('problems',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('statement', sa.Text(), nullable=False),
    sa.Column('sector', sa.Text(), nullable=False),
    sa.Column('demand_org_id', sa.String(length=36), nullable=True),
    sa.Column('priority', sa.String(length=16), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['demand_org_id'], ['organizations.id'], name=op.f('fk_problems_demand_org_id_organizations'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_problems'))
    )
    with op.batch_alter_table('problems', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_problems_demand_org_id'), ['demand_org_id'], unique=False)

    create_record_table('figures_of_merit',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('problem_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('unit', sa.Text(), nullable=False),
    sa.Column('baseline', sa.Float(), nullable=False),
    sa.Column('target', sa.Float(), nullable=False),
    sa.Column('direction', sa.String(length=16), nullable=False),
    sa.Column('target_date', sa.Date(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['problem_id'], ['problems.id'], name=op.f('fk_figures_of_merit_problem_id_problems'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_figures_of_merit'))
    )
    with op.batch_alter_table('figures_of_merit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_figures_of_merit_problem_id'), ['problem_id'], unique=False)

    create_record_table('mobility',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('mobility_kind', sa.String(length=32), nullable=False),
    sa.Column('from_org_id', sa.String(length=36), nullable=False),
    sa.Column('to_org_id', sa.String(length=36), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('end', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['from_org_id'], ['organizations.id'], name=op.f('fk_mobility_from_org_id_organizations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_mobility_person_id_people'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['to_org_id'], ['organizations.id'], name=op.f('fk_mobility_to_org_id_organizations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mobility'))
    )
    with op.batch_alter_table('mobility', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mobility_from_org_id'), ['from_org_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mobility_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mobility_to_org_id'), ['to_org_id'], unique=False)

    create_record_table('pathways',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('problem_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('color', sa.String(length=7), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['problem_id'], ['problems.id'], name=op.f('fk_pathways_problem_id_problems'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pathways'))
    )
    with op.batch_alter_table('pathways', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pathways_problem_id'), ['problem_id'], unique=False)

    create_record_table('patents',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('number', sa.Text(), nullable=False),
    sa.Column('filing_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('owner_org_id', sa.String(length=36), nullable=True),
    sa.Column('licensee_org_id', sa.String(length=36), nullable=True),
    sa.Column('license_kind', sa.String(length=16), nullable=True),
    sa.Column('expiry', sa.Date(), nullable=True),
    sa.Column('pathway_id', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['licensee_org_id'], ['organizations.id'], name=op.f('fk_patents_licensee_org_id_organizations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_org_id'], ['organizations.id'], name=op.f('fk_patents_owner_org_id_organizations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['pathway_id'], ['pathways.id'], name=op.f('fk_patents_pathway_id_pathways'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_patents'))
    )
    with op.batch_alter_table('patents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_patents_licensee_org_id'), ['licensee_org_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_patents_owner_org_id'), ['owner_org_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_patents_pathway_id'), ['pathway_id'], unique=False)

    create_record_table('pathway_products',
    sa.Column('product_id', sa.String(length=36), nullable=False),
    sa.Column('pathway_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['pathway_id'], ['pathways.id'], name=op.f('fk_pathway_products_pathway_id_pathways'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_pathway_products_product_id_products'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('product_id', 'pathway_id', name=op.f('pk_pathway_products'))
    )
    with op.batch_alter_table('pathway_products', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pathway_products_pathway_id'), ['pathway_id'], unique=False)

    create_record_table('scores',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('pathway_id', sa.String(length=36), nullable=False),
    sa.Column('criterion_id', sa.String(length=36), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.Column('rationale', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['criterion_id'], ['criteria.id'], name=op.f('fk_scores_criterion_id_criteria'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['pathway_id'], ['pathways.id'], name=op.f('fk_scores_pathway_id_pathways'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scores'))
    )
    with op.batch_alter_table('scores', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scores_criterion_id'), ['criterion_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_scores_pathway_id'), ['pathway_id'], unique=False)

    create_record_table('steps',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('pathway_id', sa.String(length=36), nullable=False),
    sa.Column('lane_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('end', sa.Date(), nullable=False),
    sa.Column('step_kind', sa.String(length=16), nullable=False),
    sa.Column('trl_start', sa.Integer(), nullable=True),
    sa.Column('trl_target', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('progress', sa.Integer(), nullable=False),
    sa.Column('owner_org_id', sa.String(length=36), nullable=True),
    sa.Column('lead_person_id', sa.String(length=36), nullable=True),
    sa.Column('budget', sa.Float(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['lane_id'], ['lanes.id'], name=op.f('fk_steps_lane_id_lanes'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['lead_person_id'], ['people.id'], name=op.f('fk_steps_lead_person_id_people'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_org_id'], ['organizations.id'], name=op.f('fk_steps_owner_org_id_organizations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['pathway_id'], ['pathways.id'], name=op.f('fk_steps_pathway_id_pathways'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_steps'))
    )
    with op.batch_alter_table('steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_steps_lane_id'), ['lane_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_steps_lead_person_id'), ['lead_person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_steps_owner_org_id'), ['owner_org_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_steps_pathway_id'), ['pathway_id'], unique=False)

    create_record_table('dependencies',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('from_step_id', sa.String(length=36), nullable=False),
    sa.Column('to_step_id', sa.String(length=36), nullable=False),
    sa.Column('type', sa.String(length=2), nullable=False),
    sa.Column('lag_days', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['from_step_id'], ['steps.id'], name=op.f('fk_dependencies_from_step_id_steps'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['to_step_id'], ['steps.id'], name=op.f('fk_dependencies_to_step_id_steps'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dependencies'))
    )
    with op.batch_alter_table('dependencies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dependencies_from_step_id'), ['from_step_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dependencies_to_step_id'), ['to_step_id'], unique=False)

    create_record_table('patent_steps',
    sa.Column('patent_id', sa.String(length=36), nullable=False),
    sa.Column('step_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['patent_id'], ['patents.id'], name=op.f('fk_patent_steps_patent_id_patents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['step_id'], ['steps.id'], name=op.f('fk_patent_steps_step_id_steps'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('patent_id', 'step_id', name=op.f('pk_patent_steps'))
    )
    with op.batch_alter_table('patent_steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_patent_steps_step_id'), ['step_id'], unique=False)



def downgrade() -> None:
    op.execute("PRAGMA user_version = 0")
    with op.batch_alter_table('patent_steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_patent_steps_step_id'))

    op.drop_table('patent_steps')
    with op.batch_alter_table('dependencies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dependencies_to_step_id'))
        batch_op.drop_index(batch_op.f('ix_dependencies_from_step_id'))

    op.drop_table('dependencies')
    with op.batch_alter_table('steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_steps_pathway_id'))
        batch_op.drop_index(batch_op.f('ix_steps_owner_org_id'))
        batch_op.drop_index(batch_op.f('ix_steps_lead_person_id'))
        batch_op.drop_index(batch_op.f('ix_steps_lane_id'))

    op.drop_table('steps')
    with op.batch_alter_table('scores', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scores_pathway_id'))
        batch_op.drop_index(batch_op.f('ix_scores_criterion_id'))

    op.drop_table('scores')
    with op.batch_alter_table('pathway_products', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pathway_products_pathway_id'))

    op.drop_table('pathway_products')
    with op.batch_alter_table('patents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_patents_pathway_id'))
        batch_op.drop_index(batch_op.f('ix_patents_owner_org_id'))
        batch_op.drop_index(batch_op.f('ix_patents_licensee_org_id'))

    op.drop_table('patents')
    with op.batch_alter_table('pathways', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pathways_problem_id'))

    op.drop_table('pathways')
    with op.batch_alter_table('mobility', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mobility_to_org_id'))
        batch_op.drop_index(batch_op.f('ix_mobility_person_id'))
        batch_op.drop_index(batch_op.f('ix_mobility_from_org_id'))

    op.drop_table('mobility')
    with op.batch_alter_table('figures_of_merit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_figures_of_merit_problem_id'))

    op.drop_table('figures_of_merit')
    with op.batch_alter_table('problems', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_problems_demand_org_id'))

    op.drop_table('problems')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_organization_id'))

    op.drop_table('people')
    op.drop_table('roadmap')
    op.drop_table('products')
    op.drop_table('organizations')
    op.drop_table('lanes')
    op.drop_table('criteria')
    for table in ('repository_removed', 'repository_publishes', 'repository_roadmaps'):
        if op.get_bind().dialect.name == 'postgresql':
            op.drop_table(table)
