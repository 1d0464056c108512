"""Storing fetched pages: new articles, new versions of changed ones, aliases of duplicates.

Every batch is one transaction, so a crash leaves each article either fully stored (article, raw page, old
version, near-duplicate index) or not at all.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import set_committed_value

from humascrawl import items
from humascrawl.clusters import facts, signature
from humascrawl.items import EXTRACTED_FIELDS, FetchedPage
from humascrawl.storage.articles import compress, utc_instant, version_fields
from humascrawl.storage.clusters import index_signature
from humascrawl.storage.models import Article, ArticleAlias, ArticleVersion, RawPage, SourceRow, utcnow

# Article columns that come straight from the extractor's output.
_EXTRACTED = tuple(f for f in EXTRACTED_FIELDS if f not in ("url", "canonical_url"))


def prepare_page(body: bytes, article: items.Article) -> dict[str, Any]:
    """The CPU-bound part of storing a page, from its bytes and extracted text alone: the compressed body,
    its size and digest, and the text's MinHash signature (None: too short to cluster). The crawl computes
    it in its extraction workers (``FetchedPage.prepared``); :meth:`Archive.store_pages` does for pages
    without it."""
    return {"body": compress(body), "body_size": len(body), "body_sha256": hashlib.sha256(body).hexdigest(),
            "signature": signature(article.text or "")}


def _raw_values(page: FetchedPage, ready: dict[str, Any]) -> dict[str, Any]:
    return {"url": page.url, "status": page.status, "headers": page.headers,
            "content_type": page.headers.get("Content-Type"), "body": ready["body"],
            "body_size": ready["body_size"], "body_sha256": ready["body_sha256"], "hints": page.hints,
            "fetched_at": page.fetched_at}


def _article_values(page: FetchedPage, raw_page_id: int, now: datetime) -> dict[str, Any]:
    """The article columns a fetch sets, new or changed."""
    art = page.article or items.Article()
    values = {name: getattr(art, name) for name in _EXTRACTED}
    values["text"] = values["text"] or ""
    for name in ("labels", "units", "persons"):
        values[name] = values[name] or []
    values.update(
        url=page.url, published_utc=utc_instant(art.published), feed_updated=page.feed_updated,
        fetched_via=page.fetched_via, extractor_version=page.extractor_version,
        raw_page_id=raw_page_id, last_seen=now,
    )
    return values


def _prefetch(session: Session, pages: list[FetchedPage], keys: list[str]) -> tuple[dict, dict, set]:
    """What storing the batch looks up, in three queries: its archived articles and aliases by canonical
    URL, and the (content hash, site) pairs already archived (same-text twins)."""
    unique = sorted(set(keys))
    rows: dict[str, Article] = {}
    aliases: dict[str, int] = {}
    for start in range(0, len(unique), 500):
        chunk = unique[start:start + 500]
        rows.update((row.canonical_url, row) for row in
                    session.scalars(select(Article).where(Article.canonical_url.in_(chunk))))
        aliases.update(session.execute(select(ArticleAlias.canonical_url, ArticleAlias.id)
                                       .where(ArticleAlias.canonical_url.in_(chunk))).all())
    hashes = sorted({page.article.content_hash for page in pages if page.article} - {None, ""})
    twins: set[tuple[str, str]] = set()
    for start in range(0, len(hashes), 500):
        twins.update((h, site) for h, site in session.execute(select(Article.content_hash, Article.site).where(
            Article.content_hash.in_(hashes[start:start + 500]), Article.site.is_not(None))))
    return rows, aliases, twins


class ArticleWriter:
    """The writing half of :class:`~humascrawl.storage.archive.Archive` (it needs ``self.session``)."""

    session: sessionmaker

    def store_pages(self, pages: list[FetchedPage]) -> list[str]:
        """Store extracted pages in one transaction; return each one's outcome (see :meth:`_store_one`).

        New articles, the common case, are inserted together: one multi-row INSERT for their raw pages
        and one for the articles, after a handful of batched look-ups (existing articles, aliases and
        same-text twins of the whole batch). A page whose look-up an earlier page of the batch may have
        changed, and every changed, unchanged or duplicate page, goes the one-at-a-time way after the
        waiting new ones are written, so the outcome is the same as storing the pages one by one.
        """
        outcomes: list[str] = []
        with self.session.begin() as session:
            source_ids = dict(session.execute(select(SourceRow.name, SourceRow.id)).all())
            keys = [page.canonical_key() for page in pages]
            rows, aliases, twins = _prefetch(session, pages, keys)
            touched: set = set()  # canonical URLs and (content hash, site) pairs an earlier page may have changed
            waiting: list[tuple[FetchedPage, str, int | None]] = []
            for page, key in zip(pages, keys):
                art = page.article or items.Article()
                twin_key = (art.content_hash, art.site) if art.content_hash else None
                fresh = key not in touched and (twin_key is None or twin_key not in touched)
                touched.update((key, twin_key) if twin_key else (key,))
                if fresh and key not in rows and key not in aliases and twin_key not in twins:
                    waiting.append((page, key, source_ids.get(page.source)))
                    outcomes.append("new")
                    continue
                self._insert_new(session, waiting)
                waiting = []
                if isinstance(rows.get(key), Article):
                    touched.add((rows[key].content_hash, rows[key].site))  # a changed text frees its old hash
                outcomes.append(self._store_one(session, page, source_ids.get(page.source)))
            self._insert_new(session, waiting)
        return outcomes

    def _insert_new(self, session: Session, waiting: list[tuple[FetchedPage, str, int | None]]) -> None:
        """Insert new articles (raw pages first: the articles point at them), then cluster them in order."""
        if not waiting:
            return
        now = utcnow()
        prepared = [page.prepared or prepare_page(page.body, page.article or items.Article()) for page, _, _ in waiting]
        # Core INSERTs of the tables (not the ORM's bulk mode): one multi-row statement each, ids in order.
        raws, articles = RawPage.__table__, Article.__table__
        raw_ids = session.execute(raws.insert().returning(raws.c.id, sort_by_parameter_order=True), [
            _raw_values(page, ready) for (page, _, _), ready in zip(waiting, prepared)]).scalars().all()
        rows = []
        for (page, key, source_id), raw_id in zip(waiting, raw_ids):
            values = _article_values(page, raw_id, now)
            rows.append(dict(values, canonical_url=key, source_id=source_id, first_seen=now, version=1))
        ids = session.execute(articles.insert().returning(articles.c.id, sort_by_parameter_order=True),
                              rows).scalars().all()
        for article_id, values, ready in zip(ids, rows, prepared):
            index_signature(session, article_id, ready["signature"], facts(values["units"], values["event_date"]))

    def _store_one(self, session: Session, page: FetchedPage, source_id: int | None) -> str:
        """Store one page; "new", "changed", "unchanged" or "duplicate" (an alias of an archived article)."""
        art = page.article or items.Article()
        canonical = page.canonical_key()
        now = utcnow()
        row = session.scalars(select(Article).where(Article.canonical_url == canonical)).one_or_none()
        if row is None:
            alias = session.scalars(select(ArticleAlias).where(ArticleAlias.canonical_url == canonical)).one_or_none()
            twin = session.get(Article, alias.article_id) if alias else self._same_text_same_site(session, art)
            if twin is not None and twin.content_hash == art.content_hash:
                if alias is None:
                    session.add(ArticleAlias(article_id=twin.id, url=page.url, canonical_url=canonical,
                                             feed_updated=page.feed_updated, first_seen=now))
                else:
                    alias.feed_updated = page.feed_updated or alias.feed_updated
                twin.last_seen = now
                return "duplicate"
            if alias is not None:
                session.delete(alias)  # the alias URL now serves its own text: it becomes an article
        if row is not None and row.content_hash == art.content_hash and row.title == art.title:
            row.last_seen = now
            row.feed_updated = page.feed_updated or row.feed_updated
            return "unchanged"
        if row is None:
            session.flush()  # the alias deleted above goes before the article that takes its URL
            self._insert_new(session, [(page, canonical, source_id)])
            return "new"
        ready = page.prepared or prepare_page(page.body, art)
        raw = RawPage(**_raw_values(page, ready))
        session.add(raw)
        session.flush()
        session.add(ArticleVersion(
            article_id=row.id, version=row.version, text=row.text, content_hash=row.content_hash,
            raw_page_id=row.raw_page_id,
            fields=version_fields(row),
        ))
        for name, value in _article_values(page, raw.id, now).items():
            setattr(row, name, value)
        row.version += 1
        session.flush()
        target = index_signature(session, row.id, ready["signature"], facts(row.units, row.event_date), row.cluster,
                                 replace=True)
        if row.cluster != target:
            set_committed_value(row, "cluster", target)  # already written by index_signature
        return "changed"

    @staticmethod
    def _same_text_same_site(session: Session, art: items.Article) -> Article | None:
        if not art.content_hash or not art.site:
            return None
        return session.scalars(select(Article).where(
            Article.content_hash == art.content_hash, Article.site == art.site).limit(1)).first()
