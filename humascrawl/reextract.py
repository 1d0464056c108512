"""Re-run extraction over the archived raw pages after the rules improve.

Each article's stored raw page and discovery hints go through the current extractor
(on all cores); fields that come out different are updated in place — the source did
not change, so no new version is made — and the report says how many articles
changed in which fields.  An article whose text (or the facts clustering checks) changed is clustered
afresh, so the near-duplicate index always describes the stored text.
"""

from __future__ import annotations

from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Callable

from humascrawl.defaults import extraction_workers
from humascrawl.extract import EXTRACTOR_VERSION, ExtractionError
from humascrawl.extract.multipage import extract_archived
from humascrawl.storage.archive import Archive
from humascrawl.storage.articles import decompress
from humascrawl.storage.reextraction import COMPARED, RawPageJob, raw_page_batches, rewrite_fields

__all__ = ["COMPARED", "ReextractReport", "reextract"]


@dataclass
class ReextractReport:
    examined: int = 0
    changed: int = 0
    failed: int = 0
    reclustered: int = 0  # articles indexed again for near-duplicates because their text or facts changed
    fields: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"examined": self.examined, "changed": self.changed, "failed": self.failed,
                "reclustered": self.reclustered, "fields": dict(self.fields.most_common()),
                "extractor_version": EXTRACTOR_VERSION, "errors": self.errors[:20]}


def _extract(job: RawPageJob) -> tuple[int, dict[str, Any] | None, str | None]:
    article_id, blob, url, hints, rules = job
    try:
        return article_id, extract_archived(decompress(blob), url, hints, rules), None
    except ExtractionError as exc:
        return article_id, None, str(exc)


def reextract(archive: Archive, *, source: str | None = None, dry_run: bool = False, workers: int | None = None,
              batch: int = 200, on_batch: Callable[[ReextractReport], None] | None = None, first_id: int = 1,
              last_id: int | None = None) -> ReextractReport:
    report = ReextractReport()
    workers = extraction_workers(workers)
    pool = ProcessPoolExecutor(workers) if workers > 1 else None
    try:
        for jobs in raw_page_batches(archive, source, batch, first_id, last_id):
            results = list(pool.map(_extract, jobs, chunksize=8) if pool else map(_extract, jobs))
            _apply(archive, results, report, dry_run)
            if on_batch:
                on_batch(report)
    finally:
        if pool:
            pool.shutdown()
    return report


def _apply(archive: Archive, results: list[tuple], report: ReextractReport, dry_run: bool) -> None:
    outcome = rewrite_fields(archive, {article_id: fresh for article_id, fresh, _ in results if fresh is not None},
                             EXTRACTOR_VERSION, dry_run=dry_run)
    for article_id, fresh, error in results:
        report.examined += 1
        if fresh is None:
            report.failed += 1
            report.errors.append(f"article {article_id}: {error}")
            continue
        differing, reclustered = outcome[article_id]
        if differing:
            report.changed += 1
            report.fields.update(differing)
        report.reclustered += reclustered
