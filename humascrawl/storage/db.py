"""Engines and migrations: one place that knows how to open an archive."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
_MIGRATION_LOCK = 0x68756D61  # PostgreSQL advisory lock key held while migrating ("huma")


class ArchiveError(RuntimeError):
    """The archive cannot be opened or used; the message is one line for the user."""


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # First: switching a fresh file to WAL needs its lock, and another process may be creating it.
    cursor.execute("PRAGMA busy_timeout=30000")
    # WAL lets readers (search, web) work while the nightly crawl writes.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def create_archive_engine(url: str) -> Engine:
    """An engine for any SQLAlchemy URL; SQLite parent folders are created."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ArchiveError(f"not a database URL: {url!r} (try sqlite:///data/humascrawl.sqlite3)") from None
    kwargs = {}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    elif parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        kwargs["pool_pre_ping"] = True
    try:
        engine = create_engine(parsed, **kwargs)
    except (ArgumentError, ImportError) as exc:
        raise ArchiveError(f"cannot use database {parsed.render_as_string(hide_password=True)}: {exc}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration (creates it on an empty database)."""
    cfg = alembic_config()
    try:
        if current_revision(engine) == head_revision():
            return  # the usual case: no write lock taken, so readers never wait on a crawl's writes here
        with engine.begin() as connection:
            # Two processes creating one archive at once: the second waits for the first, then finds
            # the schema made (a plain BEGIN read first and then failed at once: "database is locked").
            if connection.dialect.name == "sqlite":
                # pysqlite runs DDL outside any transaction unless one is open: without this BEGIN, a crawl
                # killed while creating the archive left half the tables and the next run failed on them.
                connection.exec_driver_sql("BEGIN IMMEDIATE")
            elif connection.dialect.name == "postgresql":
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
    except OperationalError as exc:
        raise ArchiveError(f"cannot open archive {engine.url.render_as_string(hide_password=True)}: "
                           f"{str(exc.orig).strip().splitlines()[0]}") from None
    except SQLAlchemyError as exc:
        raise ArchiveError(f"cannot migrate archive: {str(exc).splitlines()[0]}") from None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()
