"""The archive: store fetched articles, remember what was crawled, record runs.

This is the only module that writes articles. Every batch is one transaction, so a
crash leaves each article either fully stored (article, raw page, old version) or
not at all.
"""

from __future__ import annotations

import hashlib
import os
import socket
import zlib
from datetime import datetime, timezone
from typing import Any, Iterable

from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import set_committed_value

from humascrawl.clusters import cluster_members, facts, index_missing, index_signature, signature
from humascrawl.config import Source
from humascrawl.items import ARTICLE_FIELDS, FetchedPage
from humascrawl.storage.db import ArchiveError, create_archive_engine, require_schema, upgrade
from humascrawl.storage.models import (
    Article,
    ArticleAlias,
    ArticleVersion,
    CrawlRun,
    CrawlRunSource,
    RawPage,
    SourceRow,
    utcnow,
)
from humascrawl.urls import canonicalize

# Article columns that come straight from the extractor's output.
_EXTRACTED = tuple(f for f in ARTICLE_FIELDS if f not in ("url", "canonical_url", "cluster"))
RUN_COUNTERS = ("discovered", "fetched", "new", "changed", "unchanged", "bytes_received")


def compress(body: bytes) -> bytes:
    return zlib.compress(body, 6)


def decompress(blob: bytes) -> bytes:
    return zlib.decompress(blob)


def _utc_instant(iso: str | None) -> datetime | None:
    """The UTC instant of an ISO timestamp; None for date-only or unparsable values."""
    if not iso or len(iso) <= 10:
        return None
    try:
        value = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if value.tzinfo is None:
        return None
    return value.astimezone(timezone.utc)


def article_to_dict(row: Article) -> dict[str, Any]:
    """An archived article in the public field names of interfaces.md."""
    return {name: getattr(row, name) for name in ARTICLE_FIELDS}


def prepare_page(body: bytes, article: dict[str, Any]) -> dict[str, Any]:
    """The CPU-bound part of storing a page, from its bytes and extracted text alone: the compressed body,
    its size and digest, and the text's MinHash signature (None: too short to cluster). The crawl computes
    it in its extraction workers (``FetchedPage.prepared``); :meth:`Archive.store_pages` does for pages
    without it."""
    return {"body": compress(body), "body_size": len(body), "body_sha256": hashlib.sha256(body).hexdigest(),
            "signature": signature(article.get("text") or "")}


def _raw_values(page: FetchedPage, ready: dict[str, Any]) -> dict[str, Any]:
    return {"url": page.url, "status": page.status, "headers": page.headers,
            "content_type": page.headers.get("Content-Type"), "body": ready["body"],
            "body_size": ready["body_size"], "body_sha256": ready["body_sha256"], "hints": page.hints,
            "fetched_at": page.fetched_at}


def _article_values(page: FetchedPage, raw_page_id: int, now: datetime) -> dict[str, Any]:
    """The article columns a fetch sets, new or changed."""
    art = page.article or {}
    values = {name: art.get(name) for name in _EXTRACTED}
    values["text"] = values["text"] or ""
    for name in ("labels", "units", "persons"):
        values[name] = values[name] or []
    values.update(
        url=page.url, published_utc=_utc_instant(art.get("published")), feed_updated=page.feed_updated,
        fetched_via=page.fetched_via, extractor_version=art.get("extractor_version"),
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
    hashes = sorted({(page.article or {}).get("content_hash") for page in pages} - {None, ""})
    twins: set[tuple[str, str]] = set()
    for start in range(0, len(hashes), 500):
        twins.update((h, site) for h, site in session.execute(select(Article.content_hash, Article.site).where(
            Article.content_hash.in_(hashes[start:start + 500]), Article.site.is_not(None))))
    return rows, aliases, twins


class Archive:
    """A handle on one archive database (SQLite file or PostgreSQL)."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.session = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str, *, migrate: bool = True, create: bool = True) -> "Archive":
        """The archive at ``url``, its schema brought up to date. ``create=False`` (every command but
        crawl and demo) refuses with :class:`MissingArchive` where there is none, creating nothing."""
        engine = create_archive_engine(url, create=create)
        if not create:
            try:
                require_schema(engine, url)
            except ArchiveError:
                engine.dispose()
                raise
        if migrate:
            upgrade(engine)
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    # -- sources -----------------------------------------------------------------

    def sync_sources(self, sources: Iterable[Source]) -> None:
        """Record the sources' current configuration (insert or update by name)."""
        with self.session.begin() as session:
            existing = {row.name: row for row in session.scalars(select(SourceRow))}
            for src in sources:
                row = existing.get(src.name)
                if row is None:
                    session.add(SourceRow(name=src.name, url=src.url, platform=src.platform, config=src.as_dict()))
                elif (row.url, row.platform, row.config) != (src.url, src.platform, src.as_dict()):
                    row.url, row.platform, row.config = src.url, src.platform, src.as_dict()

    # -- crawl state -------------------------------------------------------------

    def known_posts(self, source_name: str) -> dict[str, str | None]:
        """canonical URL → the feed's last seen "updated" stamp, for every archived post of a source."""
        query = (
            select(Article.url, Article.canonical_url, Article.feed_updated)
            .join(SourceRow, Article.source_id == SourceRow.id)
            .where(SourceRow.name == source_name)
        )
        aliases = (
            select(ArticleAlias.url, ArticleAlias.canonical_url, ArticleAlias.feed_updated)
            .join(Article, ArticleAlias.article_id == Article.id)
            .join(SourceRow, Article.source_id == SourceRow.id)
            .where(SourceRow.name == source_name)
        )
        known: dict[str, str | None] = {}
        with self.engine.connect() as conn:
            for url, canonical, updated in [*conn.execute(query), *conn.execute(aliases)]:
                known[canonical] = updated
                known.setdefault(canonicalize(url), updated)
        return known

    # -- storing -----------------------------------------------------------------

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
            keys = [canonicalize((page.article or {}).get("canonical_url") or page.url) for page in pages]
            rows, aliases, twins = _prefetch(session, pages, keys)
            touched: set = set()  # canonical URLs and (content hash, site) pairs an earlier page may have changed
            waiting: list[tuple[FetchedPage, str, int | None]] = []
            for page, key in zip(pages, keys):
                art = page.article or {}
                twin_key = (art.get("content_hash"), art.get("site")) if art.get("content_hash") else None
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
        prepared = [page.prepared or prepare_page(page.body, page.article or {}) for page, _, _ in waiting]
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
        art = page.article or {}
        canonical = canonicalize(art.get("canonical_url") or page.url)
        now = utcnow()
        row = session.scalars(select(Article).where(Article.canonical_url == canonical)).one_or_none()
        if row is None:
            alias = session.scalars(select(ArticleAlias).where(ArticleAlias.canonical_url == canonical)).one_or_none()
            twin = session.get(Article, alias.article_id) if alias else self._same_text_same_site(session, art)
            if twin is not None and twin.content_hash == art.get("content_hash"):
                if alias is None:
                    session.add(ArticleAlias(article_id=twin.id, url=page.url, canonical_url=canonical,
                                             feed_updated=page.feed_updated, first_seen=now))
                else:
                    alias.feed_updated = page.feed_updated or alias.feed_updated
                twin.last_seen = now
                return "duplicate"
            if alias is not None:
                session.delete(alias)  # the alias URL now serves its own text: it becomes an article
        if row is not None and row.content_hash == art.get("content_hash") and row.title == art.get("title"):
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
            fields={k: v for k, v in article_to_dict(row).items() if k != "text"},
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
    def _same_text_same_site(session: Session, art: dict[str, Any]) -> Article | None:
        if not art.get("content_hash") or not art.get("site"):
            return None
        return session.scalars(select(Article).where(
            Article.content_hash == art["content_hash"], Article.site == art["site"]).limit(1)).first()

    # -- reading -----------------------------------------------------------------

    def get_article(self, url: str) -> dict[str, Any] | None:
        with self.session() as session:
            row = session.scalars(
                select(Article).where(Article.canonical_url == canonicalize(url))
            ).one_or_none()
            return article_to_dict(row) if row else None

    def raw_page(self, raw_page_id: int) -> tuple[RawPage, bytes] | None:
        with self.session() as session:
            raw = session.get(RawPage, raw_page_id)
            return (raw, decompress(raw.body)) if raw else None

    def count_articles(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count(Article.id))).scalar_one()

    def counts_by_site(self) -> list[tuple[str, int]]:
        query = select(Article.site, func.count(Article.id)).group_by(Article.site).order_by(Article.site)
        with self.engine.connect() as conn:
            return [(site or "?", n) for site, n in conn.execute(query)]

    def counts_by_source(self) -> dict[str, int]:
        query = (select(SourceRow.name, func.count(Article.id))
                 .join(Article, Article.source_id == SourceRow.id).group_by(SourceRow.name))
        with self.engine.connect() as conn:
            return dict(conn.execute(query).all())

    def sample_article(self, site: str | None = None) -> dict[str, Any] | None:
        query = select(Article).order_by(Article.published_utc.asc().nulls_last(), Article.id).limit(1)
        if site:
            query = query.where(Article.site == site)
        with self.session() as session:
            row = session.scalars(query).first()
            return article_to_dict(row) if row else None

    # -- crawl runs --------------------------------------------------------------

    def start_run(self, options: dict[str, Any]) -> int:
        with self.session.begin() as session:
            run = CrawlRun(status="running", host=socket.gethostname(), pid=os.getpid(), options=options)
            session.add(run)
            session.flush()
            return run.id

    def record_source_run(self, run_id: int, source_name: str, stats: dict[str, Any]) -> None:
        """Write (or overwrite) one source's counts for a run."""
        with self.session.begin() as session:
            row = session.scalars(select(CrawlRunSource).where(
                CrawlRunSource.run_id == run_id, CrawlRunSource.source_name == source_name)).one_or_none()
            if row is None:
                row = CrawlRunSource(run_id=run_id, source_name=source_name)
                session.add(row)
            for name in RUN_COUNTERS:
                setattr(row, name, int(stats.get(name, 0)))
            row.skipped = dict(stats.get("skipped", {}))
            row.failed = dict(stats.get("failed", {}))
            row.duration = stats.get("duration")
            row.error = stats.get("error")
            row.status = stats.get("status", "ok")
            row.field_counts = {k: int(v) for k, v in dict(stats.get("field_counts") or {}).items()}
            row.signature = dict(stats.get("signature") or {})

    def source_run_history(self, per_source: int = 20, names: Iterable[str] | None = None,
                           ) -> dict[str, list[dict[str, Any]]]:
        """Each source's last ``per_source`` run records, newest first, as dicts (for humascrawl.health)."""
        ranked = select(CrawlRunSource.id, func.row_number().over(
            partition_by=CrawlRunSource.source_name, order_by=CrawlRunSource.run_id.desc()).label("rank"))
        if names is not None:
            ranked = ranked.where(CrawlRunSource.source_name.in_(list(names)))
        ranked = ranked.subquery()
        query = (select(CrawlRunSource, CrawlRun.started_at, CrawlRun.finished_at)
                 .join(CrawlRun, CrawlRunSource.run_id == CrawlRun.id)
                 .join(ranked, ranked.c.id == CrawlRunSource.id)
                 .where(ranked.c.rank <= per_source)
                 .order_by(CrawlRunSource.source_name, CrawlRunSource.run_id.desc()))
        history: dict[str, list[dict[str, Any]]] = {}
        with self.session() as session:
            for row, started_at, finished_at in session.execute(query):
                history.setdefault(row.source_name, []).append({
                    "run_id": row.run_id, "started_at": started_at, "finished_at": finished_at,
                    "status": row.status, "error": row.error, "skipped": row.skipped, "failed": row.failed,
                    **{name: getattr(row, name) for name in RUN_COUNTERS},
                    "field_counts": row.field_counts or {}, "signature": row.signature or {},
                })
        return history

    def article_stats_by_source(self) -> dict[str, tuple[int, datetime | None]]:
        """Source name → (articles archived, when the newest of them was first seen)."""
        query = (select(SourceRow.name, func.count(Article.id), func.max(Article.first_seen))
                 .join(Article, Article.source_id == SourceRow.id, isouter=True).group_by(SourceRow.name))
        with self.engine.connect() as conn:
            return {name: (count, latest) for name, count, latest in conn.execute(query)}

    def finish_run(self, run_id: int, status: str) -> None:
        with self.session.begin() as session:
            session.execute(update(CrawlRun).where(CrawlRun.id == run_id).values(status=status, finished_at=utcnow()))

    def recent_runs(self, limit: int = 10) -> list[CrawlRun]:
        with self.session() as session:
            runs = session.scalars(select(CrawlRun).order_by(CrawlRun.id.desc()).limit(limit)).all()
            for run in runs:
                run.sources  # load while the session is open
            return list(runs)

    # -- clusters (syndicated releases) ---------------------------------------------

    def cluster(self, cluster: int) -> dict[str, Any] | None:
        """One cluster of copies of a release: ``{"cluster", "origin", "members"}``, the origin being the
        earliest published copy and the members (origin first) article dicts; None for an unknown id."""
        with self.session() as session:
            rows = cluster_members(session, cluster)
            if not rows:
                return None
            members = [article_to_dict(row) for row in rows]
            return {"cluster": cluster, "origin": members[0], "members": members}

    def index_clusters(self, batch: int = 500) -> int:
        """Cluster the archived articles that have no signature yet (stored before clustering existed),
        one transaction per ``batch``; return how many were indexed."""
        total = 0
        while True:
            with self.session.begin() as session:
                done = index_missing(session, limit=batch)
            total += done
            if done < batch:
                return total
