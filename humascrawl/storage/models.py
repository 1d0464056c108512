"""The archive schema (SQLAlchemy 2 typed models).

Every column is documented in the README's "Archive schema" section; Alembic
migrations under ``humascrawl/migrations`` create and evolve it, so change a model
only together with a new migration.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
    text as sql_text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class SourceRow(Base):
    """A site from the sources file, as last seen by a crawl."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    url: Mapped[str] = mapped_column(String(2000))
    platform: Mapped[str] = mapped_column(String(20))
    config: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)


class RawPage(Base):
    """One fetched HTTP response, body zlib-compressed, so any article can be re-extracted."""

    __tablename__ = "raw_pages"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2000), index=True)
    status: Mapped[int] = mapped_column(Integer)
    headers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    content_type: Mapped[str | None] = mapped_column(String(200))
    body: Mapped[bytes] = mapped_column(LargeBinary)
    body_size: Mapped[int] = mapped_column(Integer)
    body_sha256: Mapped[str] = mapped_column(String(64))
    # What discovery knew (feed title, dates, labels, author, zone): re-extraction needs it too.
    hints: Mapped[dict[str, Any]] = mapped_column(default=dict)
    fetched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Article(Base):
    """The current version of one article; one row per canonical URL."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), index=True)
    url: Mapped[str] = mapped_column(String(2000))
    canonical_url: Mapped[str] = mapped_column(String(2000), unique=True)
    site: Mapped[str | None] = mapped_column(String(255), index=True)
    site_name: Mapped[str | None] = mapped_column(String(255))
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(40))
    published_utc: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    modified: Mapped[str | None] = mapped_column(String(40))
    author: Mapped[str | None] = mapped_column(String(255))
    editor: Mapped[str | None] = mapped_column(String(255))
    source_credit: Mapped[str | None] = mapped_column(String(255))
    dateline: Mapped[str | None] = mapped_column(String(255))
    event_date: Mapped[str | None] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text, default="")
    labels: Mapped[list[Any]] = mapped_column(default=list)
    units: Mapped[list[Any]] = mapped_column(default=list)
    persons: Mapped[list[Any]] = mapped_column(default=list)
    language: Mapped[str | None] = mapped_column(String(10))
    content_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    cluster: Mapped[int | None] = mapped_column(Integer, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # The feed's or API's own "updated" stamp: how the incremental crawl knows a post is unchanged.
    feed_updated: Mapped[str | None] = mapped_column(String(40))
    fetched_via: Mapped[str] = mapped_column(String(20), default="page")
    extractor_version: Mapped[str | None] = mapped_column(String(20))
    raw_page_id: Mapped[int | None] = mapped_column(ForeignKey("raw_pages.id"))
    first_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    source: Mapped[SourceRow | None] = relationship()
    versions: Mapped[list[ArticleVersion]] = relationship(
        back_populates="article", order_by="ArticleVersion.version", cascade="all, delete-orphan"
    )


class ArticleAlias(Base):
    """Another URL of the same site serving an archived article's exact text (stored once)."""

    __tablename__ = "article_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(String(2000))
    canonical_url: Mapped[str] = mapped_column(String(2000), unique=True)
    feed_updated: Mapped[str | None] = mapped_column(String(40))
    first_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ArticleSignature(Base):
    """The MinHash signature of an article's normalised text (near-duplicate detection)."""

    __tablename__ = "article_signatures"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class LshBucket(Base):
    """One LSH band of an article's signature: articles sharing a (band, bucket) are candidates."""

    __tablename__ = "lsh_buckets"
    __table_args__ = (Index("ix_lsh_buckets_band_bucket", "band", "bucket"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    band: Mapped[int] = mapped_column(Integer)
    bucket: Mapped[int] = mapped_column(BigInteger)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)


# The full-text index of migration 0003, kept by database triggers and not mapped here: SQLite's FTS5 table
# with its shadow tables, PostgreSQL's tsvector table (see humascrawl.search).
SEARCH_INDEX_TABLES = ("search_fts", "search_fts_data", "search_fts_idx", "search_fts_docsize", "search_fts_config",
                       "search_documents")


class ArticleFacet(Base):
    """One filterable value of an article (site, unit, person, label, month), kept by database triggers
    (migration 0003): the index behind the search filters and facet counts. ``value_norm`` is lower-cased."""

    __tablename__ = "article_facets"
    __table_args__ = (Index("ix_article_facets_lookup", "kind", "value_norm", "article_id"),)

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), primary_key=True)
    value_norm: Mapped[str] = mapped_column(Text, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ArticleVersion(Base):
    """A superseded version of an article, kept whole when the post changed."""

    __tablename__ = "article_versions"
    __table_args__ = (UniqueConstraint("article_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    text: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str | None] = mapped_column(String(64))
    raw_page_id: Mapped[int | None] = mapped_column(ForeignKey("raw_pages.id"))
    stored_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    article: Mapped[Article] = relationship(back_populates="versions")


class CrawlRun(Base):
    """One invocation of a crawl (all its sources)."""

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # running | ok | partial | failed | interrupted
    status: Mapped[str] = mapped_column(String(20), default="running")
    host: Mapped[str | None] = mapped_column(String(255))
    pid: Mapped[int | None] = mapped_column(Integer)
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)

    sources: Mapped[list[CrawlRunSource]] = relationship(
        back_populates="run", cascade="all, delete-orphan", order_by="CrawlRunSource.source_name"
    )


class CrawlRunSource(Base):
    """Per-source counts of one crawl run."""

    __tablename__ = "crawl_run_sources"
    __table_args__ = (UniqueConstraint("run_id", "source_name"), Index("ix_crawl_run_sources_source", "source_name"))

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("crawl_runs.id", ondelete="CASCADE"))
    source_name: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20), default="running")
    discovered: Mapped[int] = mapped_column(Integer, default=0)
    fetched: Mapped[int] = mapped_column(Integer, default=0)
    new: Mapped[int] = mapped_column(Integer, default=0)
    changed: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[dict[str, Any]] = mapped_column(default=dict)
    failed: Mapped[dict[str, Any]] = mapped_column(default=dict)
    bytes_received: Mapped[int] = mapped_column(Integer, default=0)
    duration: Mapped[float | None] = mapped_column()
    error: Mapped[str | None] = mapped_column(Text)
    # Source health (humascrawl.health): of the new or changed articles stored, how many had each
    # field filled ({field: n}), and a signature of what the site served (site_name, police_share,
    # language, offsite_responses, stored ...). Empty for runs recorded before these existed.
    field_counts: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default=sql_text("'{}'"))
    signature: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default=sql_text("'{}'"))

    run: Mapped[CrawlRun] = relationship(back_populates="sources")


class SourceTemplate(Base):
    """A source's page template and content as learned from the pages it delivered as honest articles
    (humascrawl.verdicts.drift): what a page served tomorrow is compared with. Only storage/templates.py uses it."""

    __tablename__ = "source_templates"

    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True)
    # bottom-k CRC-32 min-hash sketches of the template of up to 8 of its pages (JSON list of lists)
    sketches: Mapped[list[Any]] = mapped_column(default=list)
    pages: Mapped[int] = mapped_column(Integer, default=0)  # honest pages it was learned from
    police_share: Mapped[float] = mapped_column(Float, default=0.0)  # of them, naming a police unit or rank
    indonesian_share: Mapped[float] = mapped_column(Float, default=0.0)  # of them, in Indonesian
    run_id: Mapped[int | None] = mapped_column(Integer)  # the crawl run that last learned it
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)


class CrawlLock(Base):
    """Who is crawling now: one row per lock name, kept alive by a heartbeat.

    A run that dies stops beating; its lock expires and the next run takes over.
    Living in the database, the lock also holds across machines sharing an archive.
    """

    __tablename__ = "crawl_locks"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    run_id: Mapped[int | None] = mapped_column(Integer)
    host: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int] = mapped_column(Integer)
    acquired_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class FleetAttempt(Base):
    """One attempt of a fleet job (humascrawl.fleet, PostgreSQL only): which worker ran it and how it ended.

    Procrastinate's own tables hold the queue; they know neither the worker's host nor a failure's reason.
    ``status``: running, ok, failed, busy (the host was being crawled), config_error, interrupted.
    ``result``: what the attempt did, as JSON (a reextract job: pages examined, changed, failed by reason).
    """

    __tablename__ = "fleet_attempts"
    __table_args__ = (Index("ix_fleet_attempts_source", "source", "started_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(BigInteger, index=True)
    task: Mapped[str] = mapped_column(String(100))
    source: Mapped[str | None] = mapped_column(String(200))
    attempt: Mapped[int] = mapped_column(Integer)
    worker: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20))
    error: Mapped[str | None] = mapped_column(Text)
    run_id: Mapped[int | None] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class Alert(Base):
    """A saved search (``humascrawl alerts``): reports each new matching article once.

    ``baseline_id``: the highest article id when the alert was added (0 with --backfill); only later articles
    are reported.  ``scanned_id``: the highest article id the last run looked at.  ``exact``: the query's words
    as typed (no word forms or synonyms), as `search --exact`.
    """

    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    query: Mapped[str] = mapped_column(Text)
    filters: Mapped[dict[str, Any]] = mapped_column(default=dict)
    webhook: Mapped[str | None] = mapped_column(String(2000))
    collapse: Mapped[bool] = mapped_column(Boolean, default=False)
    exact: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    baseline_id: Mapped[int] = mapped_column(Integer, default=0)
    scanned_id: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_run_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class AlertMatch(Base):
    """An article an alert found; unique per (alert, article), so it is reported once.

    ``reported_at`` NULL: not yet in a digest.  ``delivered_at`` NULL: not yet accepted by the alert's webhook.
    ``folded``: a copy of a release the alert already reported (--collapse), recorded but not listed again.
    """

    __tablename__ = "alert_matches"
    __table_args__ = (UniqueConstraint("alert_id", "article_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id", ondelete="CASCADE"))
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    found_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    run_id: Mapped[str | None] = mapped_column(String(40))
    reported_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    folded: Mapped[bool] = mapped_column(Boolean, default=False)
