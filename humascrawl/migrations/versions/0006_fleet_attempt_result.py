"""fleet: an attempt's result (a reextract job's per-page counts and failures)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 14:50:00

``fleet_attempts.result``: JSON, NULL for attempts that report none. A reextract-range job stores its report
there (pages examined, changed, failed, failures by reason: corrupt, extraction, too_large, extract_timeout, and
the first errors), which `humascrawl status` shows.
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('fleet_attempts') as batch:
        batch.add_column(sa.Column('result', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('fleet_attempts') as batch:
        batch.drop_column('result')
