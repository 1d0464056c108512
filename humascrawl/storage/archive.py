"""The archive: one handle on the database, for storing fetched articles, remembering what was crawled and
recording runs.

Only :mod:`humascrawl.storage` writes to the archive and only it queries the models: storing pages is
:mod:`~humascrawl.storage.writer`, crawl runs :mod:`~humascrawl.storage.runs`, the near-duplicate index and
clusters :mod:`~humascrawl.storage.clusters`, versions :mod:`~humascrawl.storage.history`.
"""

from __future__ import annotations

from typing import Any, Iterable

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import sessionmaker

from humascrawl import items
from humascrawl.config import Source
from humascrawl.storage.articles import article_by_url, decompress, stored_article
from humascrawl.storage.clusters import cluster_view, index_missing
from humascrawl.storage.db import ArchiveError, create_archive_engine, require_schema, upgrade
from humascrawl.storage.models import Article, ArticleAlias, RawPage, SourceRow
from humascrawl.storage.runs import RUN_COUNTERS, RunRecords
from humascrawl.storage.writer import ArticleWriter, prepare_page
from humascrawl.urls import canonicalize

# Callers outside storage/ take these from here: the archive's public face.
__all__ = ["Archive", "ArchiveError", "RUN_COUNTERS", "decompress", "prepare_page", "stored_article"]


class Archive(ArticleWriter, RunRecords):
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

    # -- reading -----------------------------------------------------------------

    def get_article(self, url: str) -> items.Article | None:
        with self.session() as session:
            row = article_by_url(session, url, aliases=False)
            return stored_article(row) if row else None

    def raw_page(self, raw_page_id: int) -> tuple[RawPage, bytes] | None:
        with self.session() as session:
            raw = session.get(RawPage, raw_page_id)
            return (raw, decompress(raw.body)) if raw else None

    def count_articles(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count(Article.id))).scalar_one()

    def counts_by_source(self) -> dict[str, int]:
        query = (select(SourceRow.name, func.count(Article.id))
                 .join(Article, Article.source_id == SourceRow.id).group_by(SourceRow.name))
        with self.engine.connect() as conn:
            return dict(conn.execute(query).all())

    # -- clusters (syndicated releases) ---------------------------------------------

    def cluster(self, cluster: int) -> dict[str, Any] | None:
        """One cluster of copies of a release (:func:`~humascrawl.storage.clusters.cluster_record`); None
        for an unknown id."""
        with self.session() as session:
            return cluster_view(session, cluster)

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
