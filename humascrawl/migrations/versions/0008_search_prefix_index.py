"""search speed: an FTS5 prefix index (SQLite), positioned filter tokens and a small GIN pending list (PostgreSQL)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 15:00:00

SQLite: ``search_fts`` is created again with ``prefix='3 4'``, so a prefix query of 3 or 4 letters (``pol*``,
``yang*``) reads one list of the prefix index instead of merging the lists of every word that starts so, and
refilled from ``articles`` in publication order (FTS5 flushes its pending terms to a new segment whenever a row's
key is lower than the previous one's: in id order that is nearly every row), then optimized into one segment.  The triggers of
migration 0003 write to the table by name and stay as they are.

PostgreSQL: a filter token (``xall``, ``o12``, ``s6b...``) was stored without a position, and a lexeme without
positions answers any weight restriction, so the query word ``xall`` matched every article; the tokens are now
stored at position 1 with weight D (``humascrawl_index_row`` again, every document rewritten).  The GIN index's
pending list is capped at 512 kB: every search reads the whole list, which a crawl grows to 4 MB by default.

Both rebuilds go in batches with a progress bar on a terminal; a large archive takes minutes (README, Measured).
"""
import importlib.util
import sys
import time
from pathlib import Path

from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

BATCH = 20000
_PREFIX_OPTIONS = "prefix='3 4'"


def _search_0003():
    """Migration 0003's module: the index row and trigger SQL are written once, there."""
    spec = importlib.util.spec_from_file_location("_humascrawl_0003", Path(__file__).with_name("0003_search.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def upgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        _postgres_rebuild(positioned=True)
    else:
        _sqlite_rebuild(_PREFIX_OPTIONS)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        _postgres_rebuild(positioned=False)
    else:
        _sqlite_rebuild("")


def _progress(total: int, what: str):
    """A rich progress bar on stderr when it is a terminal, else nothing (tests, logs, the server)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    return Progress(TextColumn(what), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=console,
                    disable=not console.is_terminal or total < BATCH, transient=False)


def _report(what: str, n: int, started: float) -> None:
    if n >= BATCH:
        print(f"{what}: {n:,} articles in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def _sqlite_rebuild(options: str) -> None:
    bind = op.get_bind()
    row = _search_0003()._sqlite_row("a")
    started = time.perf_counter()
    bind.exec_driver_sql("DROP TABLE IF EXISTS search_fts")
    bind.exec_driver_sql("CREATE VIRTUAL TABLE search_fts USING fts5(title, text, meta, facets, content='', "
                         "tokenize='unicode61 remove_diacritics 2'" + (f", {options}" if options else "") + ")")
    # Fewer, larger segments while filling (64 MB of pending terms per flush), the default again afterwards.
    bind.exec_driver_sql("INSERT INTO search_fts (search_fts, rank) VALUES ('hashsize', 67108864)")
    bind.exec_driver_sql("DROP TABLE IF EXISTS temp.search_rebuild_order")
    key = _search_0003()._sqlite_key("a")
    bind.exec_driver_sql(f"CREATE TEMP TABLE search_rebuild_order AS SELECT a.id AS id FROM articles a "
                         f"ORDER BY {key}")
    total = bind.exec_driver_sql("SELECT count(*) FROM temp.search_rebuild_order").scalar()
    with _progress(total, "rebuilding the search index") as progress:
        task = progress.add_task("", total=total)
        for start in range(0, total, BATCH):
            bind.exec_driver_sql(
                f"INSERT INTO search_fts (rowid, title, text, meta, facets) SELECT {row} "
                f"FROM temp.search_rebuild_order o JOIN articles a ON a.id = o.id "
                f"WHERE o.rowid > {start} AND o.rowid <= {start + BATCH} ORDER BY o.rowid")
            progress.update(task, completed=min(total, start + BATCH))
    bind.exec_driver_sql("DROP TABLE temp.search_rebuild_order")
    if total:
        bind.exec_driver_sql("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
    bind.exec_driver_sql("INSERT INTO search_fts (search_fts, rank) VALUES ('hashsize', 1048576)")
    _report("search index rebuilt", total, started)


def _postgres_rebuild(positioned: bool) -> None:
    bind = op.get_bind()
    started = time.perf_counter()
    # The filter tokens of a document: at position 1, weight D (a positionless lexeme matches any weight).
    tokens = ("(SELECT string_agg(quote_literal(t) || '\\:1', ' ') FROM unnest(tokens) AS t)::tsvector" if positioned
              else "array_to_tsvector(tokens)")
    op.execute(_search_0003()._postgres_index_row(tokens, "CREATE OR REPLACE FUNCTION"))
    if not positioned:  # the old documents answer the old queries as they are
        bind.exec_driver_sql("ALTER INDEX ix_search_documents_document RESET (gin_pending_list_limit)")
        return
    bind.exec_driver_sql("ALTER INDEX ix_search_documents_document SET (gin_pending_list_limit = 512)")
    lo, hi = bind.exec_driver_sql("SELECT min(article_id), max(article_id) FROM search_documents").one()
    if lo is None:
        return
    # The stored documents' positionless lexemes (the filter tokens) get position 1, as the function now writes
    # them (|| shifts it past the text's positions); cheaper than indexing every article again.
    bind.exec_driver_sql("""
        CREATE OR REPLACE FUNCTION pg_temp.humascrawl_positioned(d tsvector) RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
            SELECT coalesce(ts_delete(d, array_agg(lexeme))
                            || string_agg(quote_literal(lexeme) || ':1', ' ')::tsvector, d)
              FROM unnest(d) WHERE positions IS NULL
        $$""")
    # Rewriting every document under the GIN index costs an index update per lexeme: drop it, fill, build it.
    bind.exec_driver_sql("DROP INDEX ix_search_documents_document")
    span = hi - lo + 1
    with _progress(span, "rebuilding the search index") as progress:
        task = progress.add_task("", total=span)
        for start in range(lo, hi + 1, BATCH):
            bind.exec_driver_sql("UPDATE search_documents SET document = pg_temp.humascrawl_positioned(document) "
                                 "WHERE article_id >= %(lo)s AND article_id < %(hi)s",
                                 {"lo": start, "hi": start + BATCH})
            progress.update(task, completed=min(span, start + BATCH - lo))
    bind.exec_driver_sql("DROP FUNCTION pg_temp.humascrawl_positioned(tsvector)")
    bind.exec_driver_sql("SET LOCAL maintenance_work_mem = '256MB'")
    bind.exec_driver_sql("CREATE INDEX ix_search_documents_document ON search_documents USING gin (document) "
                         "WITH (gin_pending_list_limit = 512)")
    bind.exec_driver_sql("ANALYZE search_documents")
    n = bind.exec_driver_sql("SELECT count(*) FROM search_documents").scalar()
    _report("search index rebuilt", n, started)
