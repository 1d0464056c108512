"""Parquet from a SQLite archive without a Python object per row: ADBC's SQLite driver reads into Arrow.

Used when ``adbc-driver-sqlite`` is installed; otherwise (and on PostgreSQL) the export reads rows through
SQLAlchemy (humascrawl.export.rows). ADBC types each column from its first rows, so a column that starts
with nulls and later holds text would fail: only ``url``, ``canonical_url`` and ``text`` (never null) are read
as columns, everything else travels in one JSON object per row that Arrow's C parser decodes.
"""

from __future__ import annotations

from typing import Iterator

import pyarrow as pa
import pyarrow.json as pa_json
from sqlalchemy import Engine

from humascrawl.filters import ArticleFilter
from humascrawl.storage.export_queries import sqlite_json_query

from .columns import ARROW_SCHEMA, COLUMN_NAMES

try:
    import adbc_driver_sqlite.dbapi as adbc_sqlite
except ImportError:  # optional: the export works without it, slower
    adbc_sqlite = None

_DIRECT = ("url", "canonical_url", "text")
_STATS = pa.schema([("_source_id", pa.int64()), ("_extractor_version", pa.string()),
                    ("_published_utc", pa.string())])
_REST = pa.schema([*(ARROW_SCHEMA.field(n) for n in COLUMN_NAMES if n not in _DIRECT), *_STATS])
_OUT = pa.schema([*ARROW_SCHEMA, *_STATS])
_PARSE = pa_json.ParseOptions(explicit_schema=_REST, unexpected_field_behavior="ignore")


def available(engine: Engine) -> bool:
    return (adbc_sqlite is not None and engine.dialect.name == "sqlite"
            and engine.url.database not in (None, "", ":memory:"))


def arrow_batches(engine: Engine, filters: ArticleFilter, batch_size: int) -> Iterator[pa.Table]:
    """The matching articles in id order as Arrow tables of at most ``batch_size`` rows: the public columns
    (ARROW_SCHEMA) plus ``_source_id``, ``_extractor_version``, ``_published_utc`` for the manifest."""
    # render_postcompile: an IN list (the units of --polda) as plain placeholders, which the raw cursor needs.
    compiled = sqlite_json_query(filters, _DIRECT).compile(dialect=engine.dialect,
                                                           compile_kwargs={"render_postcompile": True})
    params = tuple(compiled.params[name] for name in (compiled.positiontup or []))
    connection = adbc_sqlite.connect(engine.url.database)
    try:
        cursor = connection.cursor()
        cursor.adbc_statement.set_options(**{"adbc.sqlite.query.batch_rows": str(batch_size)})
        cursor.execute(str(compiled), params or None)
        for batch in cursor.fetch_record_batch():
            if batch.num_rows:
                yield _decode(batch)
        cursor.close()
    finally:
        connection.close()


def _decode(batch: pa.RecordBatch) -> pa.Table:
    data = "\n".join(batch.column("rest").to_pylist()).encode("utf-8")  # short: the text is not in it
    parsed = pa_json.read_json(pa.BufferReader(data), read_options=pa_json.ReadOptions(block_size=len(data) + 1),
                               parse_options=_PARSE)
    columns = {name: batch.column(name) for name in _DIRECT}
    columns.update({name: parsed.column(name) for name in _REST.names})
    return pa.Table.from_arrays([columns[name] for name in _OUT.names], schema=_OUT)
