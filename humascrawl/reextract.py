"""Re-run extraction over the archived raw pages after the rules improve.

Each article's stored raw page and discovery hints go through the current extractor
(on all cores); fields that come out different are updated in place — the source did
not change, so no new version is made — and the report says how many articles
changed in which fields.  An article whose text (or the facts clustering checks) changed is clustered
afresh, so the near-duplicate index always describes the stored text.

Each page is bounded as in a crawl: a raw page inflating past ``max_bytes`` fails as ``too_large`` without
being inflated further, and an extraction running past ``time_limit`` seconds has its worker killed (in
this process: an alarm) and fails as ``extract_timeout``; the article keeps its stored fields.
"""

from __future__ import annotations

import asyncio
import threading
import zlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable

from humascrawl.crawl.workers import ProcessPool, TaskTimeout, WorkerDied, time_limit
from humascrawl.defaults import extraction_workers
from humascrawl.errors import first_line
from humascrawl.extract import EXTRACTOR_VERSION, ExtractionError
from humascrawl.extract.multipage import extract_archived
from humascrawl.items import Article
from humascrawl.storage.archive import Archive
from humascrawl.storage.reextraction import COMPARED, RawPageJob, raw_page_batches, rewrite_fields

__all__ = ["COMPARED", "ReextractReport", "reextract"]


@dataclass
class ReextractReport:
    examined: int = 0
    changed: int = 0
    failed: int = 0
    reclustered: int = 0  # articles indexed again for near-duplicates because their text or facts changed
    fields: Counter = field(default_factory=Counter)
    reasons: Counter = field(default_factory=Counter)  # failures by reason: extraction, extract_timeout, too_large,
    # corrupt (the stored raw page does not decompress)
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"examined": self.examined, "changed": self.changed, "failed": self.failed,
                "reclustered": self.reclustered, "fields": dict(self.fields.most_common()),
                "failures": dict(self.reasons.most_common()),
                "extractor_version": EXTRACTOR_VERSION, "errors": self.errors[:20]}


class PageTooLarge(ExtractionError):
    """A stored raw page inflates past the size limit."""


# (article id, fresh article or None, (failure reason, message) or None)
Outcome = tuple[int, Article | None, tuple[str, str] | None]


def inflate(blob: bytes, max_bytes: int | None) -> bytes:
    """The stored page, never inflating more than ``max_bytes`` (None: no limit) of it."""
    if not max_bytes:
        return zlib.decompress(blob)
    stream = zlib.decompressobj()
    body = stream.decompress(blob, max_bytes + 1)
    if len(body) > max_bytes:
        raise PageTooLarge(f"the raw page inflates past {max_bytes} bytes")
    if not stream.eof:  # unlike zlib.decompress, the stream hands back a cut page's head without a word
        raise zlib.error("incomplete or truncated stream")
    return body


def extract_job(job: RawPageJob, max_bytes: int | None) -> Outcome:
    """What a worker does per article (a module-level function: the pool imports it by name)."""
    article_id, blob, url, hints, rules = job
    try:
        body = inflate(blob, max_bytes)
    except PageTooLarge as exc:
        return article_id, None, ("too_large", str(exc))
    except zlib.error as exc:  # the stored page is damaged: this page fails, the range goes on
        return article_id, None, ("corrupt", f"the stored raw page does not decompress: {exc}")
    try:
        return article_id, extract_archived(body, url, hints, rules), None
    except ExtractionError as exc:
        return article_id, None, ("extraction", str(exc))
    except Exception as exc:  # noqa: BLE001 - a bug on one page must not end the whole range
        return article_id, None, ("extraction", first_line(exc))


class _Extractor:
    """Runs :func:`extract_job` over a batch: in a pool of ``workers`` processes, or here when 1 (in one worker
    process when called off the main thread with a time limit)."""

    def __init__(self, workers: int, seconds: float | None, max_bytes: int | None):
        self.seconds = seconds
        self.max_bytes = max_bytes
        self.loop = self.pool = None
        # off the main thread no alarm can interrupt a page: a time limit needs a worker process to kill
        if workers > 1 or (seconds and threading.current_thread() is not threading.main_thread()):
            self.loop = asyncio.new_event_loop()
            self.pool = ProcessPool(f"{__name__}:extract_job", workers, time_limit=seconds)

    def timeout(self) -> TaskTimeout:
        return TaskTimeout(f"extraction took longer than {self.seconds:g} s")

    def run(self, jobs: list[RawPageJob]) -> list[Outcome]:
        if self.pool is None:
            return [self._here(job) for job in jobs]
        return self.loop.run_until_complete(self._gather(jobs))

    async def _gather(self, jobs: list[RawPageJob]) -> list[Outcome]:
        return list(await asyncio.gather(*(self._in_pool(job) for job in jobs)))

    def _here(self, job: RawPageJob) -> Outcome:
        try:
            with time_limit(self.seconds, self.timeout):
                return extract_job(job, self.max_bytes)
        except TaskTimeout as exc:
            return job[0], None, ("extract_timeout", str(exc))

    async def _in_pool(self, job: RawPageJob) -> Outcome:
        try:
            return await self.pool.run(job, self.max_bytes)
        except TaskTimeout as exc:
            return job[0], None, ("extract_timeout", str(exc))
        except WorkerDied as exc:  # the page killed its worker: the others go on
            return job[0], None, ("extraction", str(exc))
        except Exception as exc:  # noqa: BLE001 - e.g. a result that would not pickle: this page fails alone
            return job[0], None, ("extraction", first_line(exc))

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.loop.run_until_complete(asyncio.sleep(0))  # let the aborted transports finish closing
            self.loop.close()


def reextract(archive: Archive, *, source: str | None = None, dry_run: bool = False, workers: int | None = None,
              batch: int = 200, time_limit: float | None = None, max_bytes: int | None = None,
              on_batch: Callable[[ReextractReport], None] | None = None, first_id: int = 1,
              last_id: int | None = None) -> ReextractReport:
    """Re-extract the stored articles (of ``source``, or all; with ids from ``first_id`` to ``last_id``), each page
    at most ``time_limit`` seconds and ``max_bytes`` bytes (None: no limit; the command passes the crawl's
    settings)."""
    report = ReextractReport()
    extractor = _Extractor(extraction_workers(workers), time_limit, max_bytes)
    try:
        for jobs in raw_page_batches(archive, source, batch, first_id, last_id):
            _apply(archive, extractor.run(jobs), report, dry_run)
            if on_batch:
                on_batch(report)
    finally:
        extractor.close()
    return report


def _apply(archive: Archive, results: list[Outcome], report: ReextractReport, dry_run: bool) -> None:
    outcome = rewrite_fields(archive, {article_id: fresh for article_id, fresh, _ in results if fresh is not None},
                             EXTRACTOR_VERSION, dry_run=dry_run)
    for article_id, fresh, failure in results:
        report.examined += 1
        if fresh is None:
            reason, message = failure
            report.failed += 1
            report.reasons[reason] += 1
            report.errors.append(f"article {article_id}: {reason}: {message}")
            continue
        differing, reclustered = outcome[article_id]
        if differing:
            report.changed += 1
            report.fields.update(differing)
        report.reclustered += reclustered
