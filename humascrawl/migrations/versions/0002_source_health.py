"""source health: field fill counts and a site signature per source run

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 09:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing rows get {}: "not measured" (humascrawl.health ignores such runs).
    with op.batch_alter_table('crawl_run_sources', schema=None) as batch_op:
        batch_op.add_column(sa.Column('field_counts', sa.JSON(), server_default=sa.text("'{}'"), nullable=False))
        batch_op.add_column(sa.Column('signature', sa.JSON(), server_default=sa.text("'{}'"), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('crawl_run_sources', schema=None) as batch_op:
        batch_op.drop_column('signature')
        batch_op.drop_column('field_counts')
