"""Reading the archive for an export: one streamed query, in batches, and what the manifest says about it.

The whole export is one SELECT read through a server-side cursor (PostgreSQL) or SQLite's stepping cursor,
``batch_size`` rows at a time: memory stays constant whatever the archive's size, and a single statement
sees one consistent snapshot even while a crawl writes.
"""

from __future__ import annotations

import queue
import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from operator import itemgetter
from typing import Any, Iterator, Sequence

from sqlalchemy import Engine, String, Text, cast, func, literal_column, select, type_coerce

from humascrawl.filters import ArticleFilter
from humascrawl.storage.models import Article, RawPage, SourceRow

from .columns import COLUMN_NAMES

# What the manifest needs of each exported article (see ExportStats), besides the public columns.
_STATS_COLUMNS = (Article.id, Article.source_id, Article.extractor_version, Article.published,
                  # the raw stored value (a string on SQLite): parsing a datetime per row costs more than the rest
                  type_coerce(Article.published_utc, String).label("published_utc"))
_NESTED = ("labels", "units", "persons")
_RAW_COLUMNS = {"raw_url": RawPage.url, "raw_status": RawPage.status, "raw_headers": RawPage.headers,
                "raw_body": RawPage.body, "raw_sha256": RawPage.body_sha256, "raw_hints": RawPage.hints,
                "raw_fetched_at": RawPage.fetched_at}

# The shape of the rows a writer reads:
#   "json"    -- (row_json, *stats): the public fields as one JSON object built by the database itself,
#                in field order (JSON Lines as is; Parquet parses a batch at once with pyarrow's C parser),
#   "columns" -- (*public fields, *stats) with labels, units and persons as JSON text (CSV),
#   "warc"    -- (*public fields decoded, *stats, version, fetched_via, raw page and source columns).
SHAPES = ("json", "columns", "warc")


def _json_row(dialect: str):
    """One JSON object per article built in SQL: SQLite ``json_object``, PostgreSQL ``json_build_object``."""
    pairs = []
    for name in COLUMN_NAMES:
        column = getattr(Article, name)
        if name in _NESTED:
            # Embed the stored JSON as JSON, not as a string holding JSON.
            column = func.json(column) if dialect == "sqlite" else column
        pairs += [literal_column(f"'{name}'"), column]  # a constant key; a bound one has no type in PG
    if dialect == "sqlite":
        return type_coerce(func.json_object(*pairs), Text).label("row_json")
    if dialect == "postgresql":
        return cast(func.json_build_object(*pairs), Text).label("row_json")
    raise ValueError(f"export supports SQLite and PostgreSQL archives, not {dialect}")


def _json_text(column, dialect: str):
    """A JSON column as its JSON text (no decoding in Python, for CSV)."""
    return (type_coerce(column, Text) if dialect == "sqlite" else cast(column, Text)).label(column.key)


def article_query(filters: ArticleFilter, shape: str, dialect: str):
    """The export's SELECT for one row shape (see SHAPES), in articles.id order."""
    if shape == "json":
        query = select(_json_row(dialect), *_STATS_COLUMNS)
    elif shape == "columns":
        query = select(*(_json_text(getattr(Article, n), dialect) if n in _NESTED else getattr(Article, n)
                         for n in COLUMN_NAMES), *_STATS_COLUMNS)
    elif shape == "warc":
        query = (select(*(getattr(Article, n) for n in COLUMN_NAMES), *_STATS_COLUMNS, Article.version,
                        Article.fetched_via, Article.raw_page_id,
                        *(col.label(label) for label, col in _RAW_COLUMNS.items()),
                        SourceRow.name.label("source_name"), SourceRow.config.label("source_config"))
                 .outerjoin(RawPage, Article.raw_page_id == RawPage.id)
                 .outerjoin(SourceRow, Article.source_id == SourceRow.id))
    else:
        raise ValueError(f"unknown row shape {shape!r}")
    return query.where(*filters.conditions()).order_by(Article.id)


def stream_batches(engine: Engine, filters: ArticleFilter, batch_size: int, *,
                   shape: str = "columns") -> Iterator[Sequence[Any]]:
    """The matching articles in id order, as lists of at most ``batch_size`` rows (named tuples)."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    query = article_query(filters, shape, engine.dialect.name)
    with engine.connect() as conn:
        result = conn.execution_options(yield_per=batch_size).execute(query)
        yield from result.partitions()


class _Failed:
    def __init__(self, error: BaseException):
        self.error = error


_DONE = object()


def prefetched(batches: Iterator[Sequence[Any]], depth: int = 2) -> Iterator[Sequence[Any]]:
    """The same batches, read ahead in a thread while the caller writes the current one.

    The database's work (SQLite stepping, PostgreSQL's cursor) overlaps the writer's (Arrow parsing and
    compressing, file writes), which release the GIL. At most ``depth`` batches wait, so memory stays
    bounded; the reading generator runs (and closes its connection) in the thread alone.
    """
    waiting: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(item: Any) -> bool:
        while not stop.is_set():
            try:
                waiting.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def read() -> None:
        try:
            for batch in batches:
                if not put(batch):
                    return
            put(_DONE)
        except BaseException as exc:  # noqa: BLE001 - handed to the consuming thread, which raises it
            put(_Failed(exc))
        finally:
            close = getattr(batches, "close", None)
            if close:
                close()

    reader = threading.Thread(target=read, name="export-reader", daemon=True)
    reader.start()
    try:
        while True:
            item = waiting.get()
            if item is _DONE:
                return
            if isinstance(item, _Failed):
                raise item.error
            yield item
    finally:
        stop.set()
        reader.join(timeout=10)


def _is_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _as_datetime(value: Any) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


@dataclass
class ExportStats:
    """What the manifest reports about the exported rows, gathered batch by batch while they stream past."""

    rows: int = 0
    undated: int = 0
    sources: Counter = field(default_factory=Counter)       # source_id -> rows
    extractor_versions: Counter = field(default_factory=Counter)
    # (sort key, published) of the earliest and latest rows: timed ones keyed by the stored UTC value (all of
    # one type within a backend), date-only ones by their day.
    _timed: list = field(default_factory=list)
    _days: list = field(default_factory=list)

    def add(self, rows: Sequence[Any]) -> None:
        self.rows += len(rows)
        self.sources.update(row.source_id for row in rows)
        self.extractor_versions.update(row.extractor_version for row in rows)
        timed = [(row.published_utc, row.published) for row in rows if row.published_utc is not None]
        days = [(row.published[:10], row.published) for row in rows
                if row.published_utc is None and row.published]
        self._keep_ends(len(rows), timed, days)

    def add_arrow(self, table: Any) -> None:
        """The same from an Arrow table with ``_source_id``, ``_extractor_version`` and ``_published_utc``."""
        import pyarrow.compute as pc

        self.rows += table.num_rows
        for counter, name in ((self.sources, "_source_id"), (self.extractor_versions, "_extractor_version")):
            counts = pc.value_counts(table[name])
            counter.update(dict(zip(counts.field("values").to_pylist(), counts.field("counts").to_pylist())))
        utc, published = table["_published_utc"], table["published"]
        timed_mask = pc.is_valid(utc)
        day_mask = pc.and_(pc.is_null(utc), pc.is_valid(published))
        days = pc.utf8_slice_codeunits(published, 0, 10)
        ends: list[list] = [[], []]
        for found, keys, mask in ((ends[0], utc, timed_mask), (ends[1], days, day_mask)):
            chosen, kept = keys.filter(mask), published.filter(mask)
            if len(chosen):
                extremes = pc.min_max(chosen)
                for key in (extremes["min"], extremes["max"]):
                    found.append((key.as_py(), kept[pc.index(chosen, key).as_py()].as_py()))
        self._keep_ends(table.num_rows, *ends,
                        counted=(pc.sum(timed_mask).as_py() or 0) + (pc.sum(day_mask).as_py() or 0))

    def _keep_ends(self, rows: int, timed: list, days: list, counted: int | None = None) -> None:
        self.undated += rows - (len(timed) + len(days) if counted is None else counted)
        for found, kept in ((timed, self._timed), (days, self._days)):
            if found:
                found += kept
                kept[:] = [min(found, key=itemgetter(0)), max(found, key=itemgetter(0))]

    def date_range(self) -> dict[str, Any]:
        ends = [(_as_datetime(key), published) for key, published in self._timed]
        ends += [(datetime.combine(date.fromisoformat(key), datetime.min.time(), timezone.utc), published)
                 for key, published in self._days if _is_day(key)]
        return {"published_min": min(ends, key=itemgetter(0))[1] if ends else None,
                "published_max": max(ends, key=itemgetter(0))[1] if ends else None,
                "undated_rows": self.undated}

    def source_summary(self, engine: Engine) -> list[dict[str, Any]]:
        """Each source of the exported rows with its row count (articles of no known source under null)."""
        ids = [i for i in self.sources if i is not None]
        known: dict[int, Any] = {}
        if ids:
            with engine.connect() as conn:
                known = {row.id: row for row in conn.execute(
                    select(SourceRow.id, SourceRow.name, SourceRow.url, SourceRow.platform)
                    .where(SourceRow.id.in_(ids)))}
        summary = []
        for source_id, rows in self.sources.items():
            row = known.get(source_id)
            summary.append({"name": row.name if row else None, "url": row.url if row else None,
                            "platform": row.platform if row else None, "rows": rows})
        return sorted(summary, key=lambda s: (s["name"] is None, s["name"] or ""))
