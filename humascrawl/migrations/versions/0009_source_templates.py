"""source_templates: each source's learned page template, for the drift signal of hijacked domains

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 15:00:00

``source_templates``: one row per source (``source_id``, deleted with it): ``sketches`` (JSON list of up to 8
bottom-128 CRC-32 min-hash sketches, each of the tag/class structure of one of its pages outside the article
text), ``pages`` (how many
honest article pages it was learned from), ``police_share`` and ``indonesian_share`` (of those pages, the share
naming a police unit or rank, and the share in Indonesian), ``run_id`` (the run that last learned it),
``updated_at``. Read and written by humascrawl.storage.templates only (see humascrawl.verdicts.drift).
"""
import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'source_templates',
        sa.Column('source_id', sa.Integer(), nullable=False),
        sa.Column('sketches', sa.JSON(), nullable=False),
        sa.Column('pages', sa.Integer(), nullable=False),
        sa.Column('police_share', sa.Float(), nullable=False),
        sa.Column('indonesian_share', sa.Float(), nullable=False),
        sa.Column('run_id', sa.Integer(), nullable=True),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['source_id'], ['sources.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('source_id'),
    )


def downgrade() -> None:
    op.drop_table('source_templates')
