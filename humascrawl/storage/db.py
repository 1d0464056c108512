"""Engines and migrations: one place that knows how to open an archive."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, InterfaceError, OperationalError, SQLAlchemyError

from humascrawl.defaults import DEFAULT_DB_URL
from humascrawl.errors import ArchiveUnavailable, HumascrawlError, first_line

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
_MIGRATION_LOCK = 0x68756D61  # PostgreSQL advisory lock key held while migrating ("huma")


class ArchiveError(HumascrawlError, RuntimeError):
    """The archive cannot be opened or used; the message is one line for the user."""


class ArchiveUnreachable(ArchiveError, ArchiveUnavailable):
    """Opening the archive failed because its server could not be reached (not a missing database or a bad login)."""


# PostgreSQL's SQLSTATEs of a connection that failed or was cut: connection exceptions (class 08), the server
# shutting down or terminating the session (57P01, 57P02), or not accepting connections yet (57P03).
_UNAVAILABLE_STATES = ("08", "57P01", "57P02", "57P03")


def is_unavailable(exc: BaseException) -> bool:
    """Whether ``exc`` (SQLAlchemy's or the PostgreSQL driver's) says the archive's server could not be reached
    or the connection dropped, as opposed to a bad query, a missing database or a refused login."""
    if isinstance(exc, ArchiveUnavailable):
        return True
    if isinstance(exc, DBAPIError):
        if exc.connection_invalidated:
            return True
        if not isinstance(exc, (OperationalError, InterfaceError)):
            return False
        exc = exc.orig
    if not hasattr(exc, "sqlstate"):  # not psycopg's (SQLite's errors are no connection failures)
        return False
    try:
        import psycopg
    except ImportError:
        return False
    state = exc.sqlstate
    return isinstance(exc, (psycopg.OperationalError, psycopg.InterfaceError)) and (
        state is None or state.startswith(_UNAVAILABLE_STATES))


def unavailable(exc: BaseException) -> ArchiveUnavailable:
    """``exc`` (see :func:`is_unavailable`) as one line: ``archive unavailable: REASON``."""
    if isinstance(exc, ArchiveUnavailable):
        return exc if str(exc).startswith("archive unavailable") else ArchiveUnavailable(f"archive unavailable: {exc}")
    return ArchiveUnavailable(f"archive unavailable: {first_line(getattr(exc, 'orig', None) or exc, name=False)}")


class MissingArchive(ArchiveError):
    """There is no archive at ``url``, and the command reads or updates one: it may not create it."""

    def __init__(self, url: str, where: str):
        super().__init__(f"no archive at {where}")
        self.url = url


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # First: switching a fresh file to WAL needs its lock, and another process may be creating it.
    cursor.execute("PRAGMA busy_timeout=30000")
    # WAL lets readers (search, web) work while the nightly crawl writes.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def parse_db_url(url: str) -> URL:
    try:
        return make_url(url)
    except ArgumentError:
        raise ArchiveError(f"not a database URL: {url!r} (try {DEFAULT_DB_URL})") from None


def sqlite_path(parsed: URL) -> Path | None:
    """The database file of a SQLite URL (None for other backends and in-memory databases)."""
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database).expanduser()


def create_archive_engine(url: str, *, create: bool = True, **options) -> Engine:
    """An engine for any SQLAlchemy URL. With ``create``, a SQLite file's parent folders are made;
    without, a SQLite file that does not exist is a :class:`MissingArchive` (connecting would create it).
    ``options`` go to create_engine (the web server sizes its pool)."""
    parsed = parse_db_url(url)
    kwargs = dict(options)
    path = sqlite_path(parsed)
    if path is not None and not create and not path.is_file():
        raise MissingArchive(url, str(path))
    if path is not None and create:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except FileExistsError:
            raise ArchiveError(f"cannot create archive {path}: {path.parent} is not a folder") from None
        except OSError as exc:
            raise ArchiveError(f"cannot create archive {path}: {exc.strerror or exc}") from None
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
        raise _cannot_open(engine, exc) from None
    except SQLAlchemyError as exc:
        raise ArchiveError(f"cannot migrate archive: {str(exc).splitlines()[0]}") from None


def require_schema(engine: Engine, url: str) -> None:
    """Raise :class:`MissingArchive` unless the database holds an archive (one migration or more)."""
    try:
        revision = current_revision(engine)
    except DBAPIError as exc:  # the server refused, or (SQLite) "file is not a database"
        raise _cannot_open(engine, exc) from None
    if revision is None:
        raise MissingArchive(url, engine.url.render_as_string(hide_password=True))


def _cannot_open(engine: Engine, exc: DBAPIError) -> ArchiveError:
    lines = str(exc.orig).strip().splitlines()
    reason = lines[0] if lines else type(exc.orig).__name__
    if engine.dialect.name == "postgresql" and "does not exist" in reason and engine.url.database:
        # the crawl creates an archive's tables, but the PostgreSQL database must exist first
        reason += f" (create it first: createdb {engine.url.database})"
    error = ArchiveUnreachable if is_unavailable(exc) else ArchiveError
    return error(f"cannot open archive {engine.url.render_as_string(hide_password=True)}: {reason}")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()
