"""Alembic environment: migrations run programmatically from humascrawl.storage.db.

The caller passes an open connection in ``config.attributes["connection"]``, so
migrations share the engine settings (SQLite pragmas, PostgreSQL driver) of the
application instead of building their own.
"""

from alembic import context

from humascrawl.storage.models import Base

target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        from sqlalchemy import create_engine

        engine = create_engine(context.config.get_main_option("sqlalchemy.url"))
        with engine.connect() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("humascrawl migrations run online only")
run_migrations_online()
