"""alerts: exact saved searches (no word forms or synonyms)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 15:00:00

``alerts.exact``: the alert's query matches its words as typed, as `humascrawl search --exact` (no word forms,
no synonyms); false for every alert made before, which keep matching as they did.
"""
import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('alerts') as batch:
        batch.add_column(sa.Column('exact', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('alerts') as batch:
        batch.drop_column('exact')
