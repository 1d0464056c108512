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

from humascrawl.clusters import assign_cluster, cluster_members, index_missing
from humascrawl.config import Source
from humascrawl.items import ARTICLE_FIELDS, FetchedPage
from humascrawl.storage.db import create_archive_engine, upgrade
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


class Archive:
    """A handle on one archive database (SQLite file or PostgreSQL)."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.session = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str, *, migrate: bool = True) -> "Archive":
        engine = create_archive_engine(url)
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
        """Store extracted pages in one transaction; return each one's outcome (see :meth:`_store_one`)."""
        outcomes: list[str] = []
        with self.session.begin() as session:
            source_ids = dict(session.execute(select(SourceRow.name, SourceRow.id)).all())
            for page in pages:
                outcomes.append(self._store_one(session, page, source_ids.get(page.source)))
        return outcomes

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
        raw = RawPage(
            url=page.url, status=page.status, headers=page.headers,
            content_type=page.headers.get("Content-Type"), body=compress(page.body),
            body_size=len(page.body), body_sha256=hashlib.sha256(page.body).hexdigest(),
            hints=page.hints, fetched_at=page.fetched_at,
        )
        session.add(raw)
        session.flush()
        values = {name: art.get(name) for name in _EXTRACTED}
        values["text"] = values["text"] or ""
        for name in ("labels", "units", "persons"):
            values[name] = values[name] or []
        values.update(
            url=page.url, published_utc=_utc_instant(art.get("published")), feed_updated=page.feed_updated,
            fetched_via=page.fetched_via, extractor_version=art.get("extractor_version"),
            raw_page_id=raw.id, last_seen=now,
        )
        if row is None:
            row = Article(canonical_url=canonical, source_id=source_id, first_seen=now, version=1, **values)
            session.add(row)
            session.flush()
            assign_cluster(session, row)
            return "new"
        session.add(ArticleVersion(
            article_id=row.id, version=row.version, text=row.text, content_hash=row.content_hash,
            raw_page_id=row.raw_page_id,
            fields={k: v for k, v in article_to_dict(row).items() if k != "text"},
        ))
        for name, value in values.items():
            setattr(row, name, value)
        row.version += 1
        session.flush()
        assign_cluster(session, row)
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
