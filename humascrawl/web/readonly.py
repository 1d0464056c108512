"""Open an archive so that nothing served over HTTP can ever write to it.

The web server migrates the archive once at start-up, like every command, and from
then on reads through an engine the database itself keeps read-only: SQLite opened
with ``mode=ro`` and ``PRAGMA query_only``, PostgreSQL sessions with
``default_transaction_read_only``. A bug in a handler then fails loudly instead of
changing the archive.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL

from humascrawl.storage.archive import Archive
from humascrawl.storage.db import create_archive_engine, parse_db_url, sqlite_path

MMAP_BYTES = 8 << 30


def sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite URL (None for other backends and in-memory databases)."""
    return sqlite_path(parse_db_url(url))


def prepare_archive(url: str) -> None:
    """Check the archive exists and bring its schema up to date (the one write the server makes)."""
    Archive.open(url, create=False).close()


def read_only_engine(url: str, pool_size: int = 5, pool_timeout: float = 30) -> Engine:
    """An engine on the archive at ``url`` that refuses every write, pooling at most ``pool_size`` connections
    (a request for one more waits ``pool_timeout`` seconds, then fails)."""
    pool = {"pool_size": pool_size, "max_overflow": 0, "pool_timeout": pool_timeout}
    path = sqlite_file(url)
    if path is None:
        engine = create_archive_engine(url, **pool)
        if engine.dialect.name == "postgresql":
            event.listen(engine, "connect", _postgres_read_only)
        return engine
    # A URI filename: characters such as ? and # in the path must be percent-encoded.
    ro_url = URL.create("sqlite", database=f"file:{quote(str(path.resolve()))}", query={"mode": "ro", "uri": "true"})
    engine = create_engine(ro_url, **pool)
    event.listen(engine, "connect", _sqlite_read_only)
    return engine


def read_only_archive(url: str, **pool) -> Archive:
    """An :class:`Archive` for reading (its helpers work; any write raises); ``pool`` as for read_only_engine."""
    return Archive(read_only_engine(url, **pool))


def _sqlite_read_only(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    # Read the archive's pages through a memory map, not a copy into each pooled connection's own cache: ~5 % of
    # a search's CPU.  SQLite caps the map at its build's maximum (2 GB for Python's); pages beyond it are read.
    cursor.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
    cursor.close()


def _postgres_read_only(dbapi_connection, _record) -> None:
    autocommit = dbapi_connection.autocommit
    dbapi_connection.autocommit = True
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    dbapi_connection.autocommit = autocommit
