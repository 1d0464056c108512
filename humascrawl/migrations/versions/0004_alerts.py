"""alerts: saved searches and the matches each one has reported

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 09:00:00

``alerts``: one saved search (name, query, filters as JSON, optional webhook, collapse flag).  ``baseline_id`` is
the highest ``articles.id`` when the alert was added (0 with ``--backfill``): only articles stored after it are
ever reported.  ``scanned_id`` is the highest id the last run looked at; runs re-read a margin below it.

``alert_matches``: one row per (alert, article) the alert has found — unique, so a match is reported once even
when two runs race.  ``reported_at`` / ``run_id``: the digest that listed it (NULL = still pending);
``delivered_at``: the webhook accepted it (NULL = to be POSTed again); ``folded``: a copy of a release the alert
had already reported (with ``--collapse``), recorded but not listed.
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'alerts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('query', sa.Text(), nullable=False),
        sa.Column('filters', sa.JSON(), nullable=False),
        sa.Column('webhook', sa.String(length=2000), nullable=True),
        sa.Column('collapse', sa.Boolean(), nullable=False),
        sa.Column('baseline_id', sa.Integer(), nullable=False),
        sa.Column('scanned_id', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('last_run_at', sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('name'),
    )
    op.create_table(
        'alert_matches',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('alert_id', sa.Integer(), nullable=False),
        sa.Column('article_id', sa.Integer(), nullable=False),
        sa.Column('found_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('run_id', sa.String(length=40), nullable=True),
        sa.Column('reported_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('delivered_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('folded', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['alert_id'], ['alerts.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('alert_id', 'article_id'),
    )
    op.create_index('ix_alert_matches_article_id', 'alert_matches', ['article_id'])


def downgrade() -> None:
    op.drop_index('ix_alert_matches_article_id', table_name='alert_matches')
    op.drop_table('alert_matches')
    op.drop_table('alerts')
