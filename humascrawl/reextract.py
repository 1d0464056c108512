"""Re-run extraction over the archived raw pages after the rules improve.

Each article's stored raw page and discovery hints go through the current extractor
(on all cores); fields that come out different are updated in place — the source did
not change, so no new version is made — and the report says how many articles
changed in which fields.  An article whose text (or the facts clustering checks) changed is clustered
afresh, so the near-duplicate index always describes the stored text.
"""

from __future__ import annotations

import os
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from sqlalchemy import select

from humascrawl.clusters import recluster
from humascrawl.extract import EXTRACTOR_VERSION, ExtractionError
from humascrawl.extract.multipage import extract_archived
from humascrawl.items import ARTICLE_FIELDS
from humascrawl.storage.archive import Archive, _utc_instant, decompress
from humascrawl.storage.models import Article, RawPage, SourceRow

# Identity and archive-only fields never come from re-extraction.
COMPARED = tuple(f for f in ARTICLE_FIELDS if f not in ("url", "canonical_url", "cluster"))
# What an article's cluster rests on: its text's signature, and the facts that keep look-alikes apart.
CLUSTERED_BY = {"text", "units", "event_date"}


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


def _extract(job: tuple[int, bytes, str, dict, dict]) -> tuple[int, dict[str, Any] | None, str | None]:
    article_id, blob, url, hints, rules = job
    try:
        return article_id, extract_archived(decompress(blob), url, hints, rules), None
    except ExtractionError as exc:
        return article_id, None, str(exc)


def _jobs(archive: Archive, source: str | None, batch: int) -> Iterator[list[tuple]]:
    last_id = 0
    while True:
        query = (select(Article.id, Article.url, RawPage.body, RawPage.hints, SourceRow.config)
                 .join(RawPage, Article.raw_page_id == RawPage.id)
                 .outerjoin(SourceRow, Article.source_id == SourceRow.id)
                 .where(Article.id > last_id).order_by(Article.id).limit(batch))
        if source:
            query = query.where(SourceRow.name == source)
        with archive.engine.connect() as conn:
            rows = conn.execute(query).all()
        if not rows:
            return
        last_id = rows[-1].id
        yield [(r.id, r.body, r.url, r.hints or {}, dict((r.config or {}).get("rules") or {})) for r in rows]


def reextract(archive: Archive, *, source: str | None = None, dry_run: bool = False, workers: int | None = None,
              batch: int = 200, on_batch: Callable[[ReextractReport], None] | None = None) -> ReextractReport:
    report = ReextractReport()
    workers = workers or os.cpu_count() or 1
    pool = ProcessPoolExecutor(workers) if workers > 1 else None
    try:
        for jobs in _jobs(archive, source, batch):
            results = list(pool.map(_extract, jobs, chunksize=8) if pool else map(_extract, jobs))
            _apply(archive, results, report, dry_run)
            if on_batch:
                on_batch(report)
    finally:
        if pool:
            pool.shutdown()
    return report


def _apply(archive: Archive, results: list[tuple], report: ReextractReport, dry_run: bool) -> None:
    with archive.session.begin() as session:
        rows = {row.id: row for row in session.scalars(select(Article).where(Article.id.in_([r[0] for r in results])))}
        for article_id, fresh, error in results:
            report.examined += 1
            if fresh is None:
                report.failed += 1
                report.errors.append(f"article {article_id}: {error}")
                continue
            row = rows[article_id]
            differing = [name for name in COMPARED if _norm(getattr(row, name)) != _norm(fresh.get(name))]
            if differing:
                report.changed += 1
                report.fields.update(differing)
            if dry_run:
                continue
            for name in differing:
                setattr(row, name, fresh.get(name) if fresh.get(name) is not None or name not in (
                    "text", "labels", "units", "persons") else ([] if name != "text" else ""))
            if "published" in differing:
                row.published_utc = _utc_instant(fresh.get("published"))
            row.extractor_version = EXTRACTOR_VERSION
            if CLUSTERED_BY & set(differing):
                session.flush()
                recluster(session, row)
                report.reclustered += 1


def _norm(value: Any) -> Any:
    return value if value not in ("", [], None) else None
