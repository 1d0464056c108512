"""fleet: Procrastinate's queue schema (PostgreSQL only) and the fleet's attempt records

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 20:45:00

``fleet_attempts``: one row per attempt of a fleet job (humascrawl.fleet): job id, task, source, attempt number,
the worker (host/pid) that ran it, its outcome and error.  Created on every backend, so the schema is one; only
PostgreSQL archives have a fleet.

On PostgreSQL the Procrastinate schema (``procrastinate_jobs``, its functions and triggers) is created too,
unless it is there already (made by ``procrastinate schema --apply`` or an earlier run): the queue then needs
no step of its own on a fresh or an existing archive.  A later Procrastinate release that changes its schema
ships its own migrations (``procrastinate schema --migrations``); see the README, "Scaling out".
"""
import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'fleet_attempts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('job_id', sa.BigInteger(), nullable=False),
        sa.Column('task', sa.String(length=100), nullable=False),
        sa.Column('source', sa.String(length=200), nullable=True),
        sa.Column('attempt', sa.Integer(), nullable=False),
        sa.Column('worker', sa.String(length=300), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('error', sa.Text(), nullable=True),
        sa.Column('run_id', sa.Integer(), nullable=True),
        sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_fleet_attempts_job_id', 'fleet_attempts', ['job_id'])
    op.create_index('ix_fleet_attempts_source', 'fleet_attempts', ['source', 'started_at'])
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        from humascrawl.fleet.schema import apply_queue_schema

        apply_queue_schema(bind)


def downgrade() -> None:
    # The queue's schema stays: it may hold jobs, and it is Procrastinate's to drop.
    op.drop_index('ix_fleet_attempts_source', table_name='fleet_attempts')
    op.drop_index('ix_fleet_attempts_job_id', table_name='fleet_attempts')
    op.drop_table('fleet_attempts')
