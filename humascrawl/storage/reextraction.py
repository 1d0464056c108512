"""What re-extraction reads and writes: the archived raw pages in id order, and the articles' fields
rewritten in place (no new version: the source did not change), clustered afresh when their text or facts
changed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator

from sqlalchemy import select

from humascrawl import items
from humascrawl.items import EXTRACTED_FIELDS
from humascrawl.storage.articles import utc_instant
from humascrawl.storage.clusters import recluster
from humascrawl.storage.models import Article, RawPage, SourceRow

if TYPE_CHECKING:
    from humascrawl.storage.archive import Archive

# Identity and archive-only fields never come from re-extraction.
COMPARED = tuple(f for f in EXTRACTED_FIELDS if f not in ("url", "canonical_url"))
# What an article's cluster rests on: its text's signature, and the facts that keep look-alikes apart.
CLUSTERED_BY = {"text", "units", "event_date"}
_NOT_NULL = ("text", "labels", "units", "persons")  # columns stored empty, never NULL

# (article id, compressed raw page, URL, discovery hints, the source's [source.rules])
RawPageJob = tuple[int, bytes, str, dict, dict]


def raw_page_batches(archive: Archive, source: str | None, batch: int, first_id: int = 1,
                     last_id: int | None = None) -> Iterator[list[RawPageJob]]:
    """The archived articles' raw pages (of one source, or all; ids ``first_id``..``last_id``), ``batch`` at a
    time in id order."""
    until, last_id = last_id, first_id - 1
    while True:
        query = (select(Article.id, Article.url, RawPage.body, RawPage.hints, SourceRow.config)
                 .join(RawPage, Article.raw_page_id == RawPage.id)
                 .outerjoin(SourceRow, Article.source_id == SourceRow.id)
                 .where(Article.id > last_id).order_by(Article.id).limit(batch))
        if source:
            query = query.where(SourceRow.name == source)
        if until is not None:
            query = query.where(Article.id <= until)
        with archive.engine.connect() as conn:
            rows = conn.execute(query).all()
        if not rows:
            return
        last_id = rows[-1].id
        yield [(r.id, r.body, r.url, r.hints or {}, dict((r.config or {}).get("rules") or {})) for r in rows]


def rewrite_fields(archive: Archive, fresh: dict[int, items.Article], extractor_version: str, *,
                   dry_run: bool) -> dict[int, tuple[list[str], bool]]:
    """Compare each article with its fresh extraction and, unless ``dry_run``, rewrite the fields that
    differ, in one transaction.  Article id → (the fields that differ, whether it was clustered afresh)."""
    outcome: dict[int, tuple[list[str], bool]] = {}
    with archive.session.begin() as session:
        rows = {row.id: row for row in session.scalars(select(Article).where(Article.id.in_(list(fresh))))}
        for article_id, article in fresh.items():
            row = rows[article_id]
            differing = [name for name in COMPARED if _norm(getattr(row, name)) != _norm(getattr(article, name))]
            reclustered = not dry_run and bool(CLUSTERED_BY & set(differing))
            outcome[article_id] = (differing, reclustered)
            if dry_run:
                continue
            for name in differing:
                value = getattr(article, name)
                if value is None and name in _NOT_NULL:
                    value = "" if name == "text" else []
                setattr(row, name, value)
            if "published" in differing:
                row.published_utc = utc_instant(article.published)
            row.extractor_version = extractor_version
            if reclustered:
                session.flush()
                recluster(session, row)
    return outcome


def _norm(value: Any) -> Any:
    return value if value not in ("", [], None) else None
