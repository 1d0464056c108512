"""Procrastinate's schema in the archive's PostgreSQL database (created by migration 0005)."""

from __future__ import annotations

QUEUE_TABLE = "procrastinate_jobs"


def has_queue_schema(connection) -> bool:
    """Whether ``connection`` (SQLAlchemy, PostgreSQL) holds Procrastinate's tables."""
    if connection.dialect.name != "postgresql":
        return False
    return connection.exec_driver_sql(f"SELECT to_regclass('{QUEUE_TABLE}')").scalar() is not None


def apply_queue_schema(connection) -> bool:
    """Create Procrastinate's schema unless it is there; True when it was created. Runs in the caller's
    transaction (the migration's), so a failure leaves neither half a queue nor a recorded revision."""
    if has_queue_schema(connection):
        return False
    try:
        from procrastinate.schema import SchemaManager
    except ImportError:  # no fleet installed: `humascrawl worker` / `enqueue` create the schema when it is
        return False

    schema_sql = SchemaManager.get_schema()
    # The schema is many statements with no parameters: psycopg's simple protocol runs them in one call.
    connection.connection.driver_connection.execute(schema_sql)
    return True


def prepare_archive(db_url: str, *, create: bool):
    """The archive at ``db_url`` migrated, with the queue's schema (made here if Procrastinate was installed
    after the archive's last migration)."""
    from humascrawl.storage.archive import Archive

    archive = Archive.open(db_url, create=create)
    with archive.engine.begin() as connection:
        connection.exec_driver_sql("SELECT pg_advisory_xact_lock(1752526177)")  # two workers starting at once
        apply_queue_schema(connection)
    return archive
