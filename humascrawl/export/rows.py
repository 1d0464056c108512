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

from sqlalchemy import Engine

from humascrawl.filters import ArticleFilter
from humascrawl.storage.export_queries import article_query, sources_by_id

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
        known = sources_by_id(engine, [i for i in self.sources if i is not None])
        summary = []
        for source_id, rows in self.sources.items():
            row = known.get(source_id)
            summary.append({"name": row.name if row else None, "url": row.url if row else None,
                            "platform": row.platform if row else None, "rows": rows})
        return sorted(summary, key=lambda s: (s["name"] is None, s["name"] or ""))
