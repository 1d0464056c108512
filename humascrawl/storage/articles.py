"""Archived articles as the rest of the code sees them: :class:`~humascrawl.items.Article` records, the stored
page's bytes, the article a URL names, the articles a filter selects.

The one place an article is looked up by URL: canonical URL first, then the aliases (other URLs the same
text was found at on its site).
"""

from __future__ import annotations

import zlib
from datetime import datetime, timezone
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from humascrawl import items
from humascrawl.filters import ArticleFilter
from humascrawl.storage.models import Article, ArticleAlias, ArticleFacet, RawPage, SourceRow
from humascrawl.units import units_of_polda
from humascrawl.urls import canonicalize

# zlib level 3: on real article pages (bench/crawl_real.py's) 2.4 ms a 270 kB page against 5.0 ms at the
# default level 6, for an archive 11 % larger (ratio 4.7 against 5.3): a tenth of the crawl's CPU per page.
_RAW_PAGE_LEVEL = 3


def compress(body: bytes) -> bytes:
    return zlib.compress(body, _RAW_PAGE_LEVEL)


def decompress(blob: bytes) -> bytes:
    return zlib.decompress(blob)


def utc_instant(iso: str | None) -> datetime | None:
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


def stored_article(row: Article) -> items.Article:
    """An archived article as the record extraction made (with the cluster the archive gave it)."""
    return items.Article.from_fields(row)


def version_fields(row: Article) -> dict[str, Any]:
    """What an article version keeps of its fields beside its text: the public fields in their JSON form."""
    return {name: value for name, value in stored_article(row).to_json().items() if name != "text"}


def article_by_url(session: Session, url: str, *, aliases: bool = True) -> Article | None:
    """The archived article at ``url``: by its canonical form, else (``aliases``) through an alias."""
    key = canonicalize(url)
    row = session.scalars(select(Article).where(Article.canonical_url == key)).one_or_none()
    if row is None and aliases:
        alias = session.scalars(select(ArticleAlias).where(ArticleAlias.canonical_url == key)).one_or_none()
        row = session.get(Article, alias.article_id) if alias else None
    return row


def _by_ids(session: Session, ids: list[int], *columns: Any) -> dict[int, Any]:
    """``select(*columns)`` of the articles among ``ids``, by id, 500 ids a statement (the ones deleted meanwhile
    are left out); one entity column gives the objects themselves."""
    found: dict[int, Any] = {}
    for start in range(0, len(ids), 500):
        result = session.execute(select(*columns).where(Article.id.in_(ids[start:start + 500])))
        found.update((row.id, row) for row in (result.scalars() if len(columns) == 1 else result))
    return found


def articles_by_ids(session: Session, ids: list[int]) -> dict[int, Article]:
    """The archived articles among ``ids``, by id (the ones deleted meanwhile are left out)."""
    return _by_ids(session, ids, Article)


# What a search hit shows of an article.
HIT_COLUMNS = (Article.id, Article.url, Article.canonical_url, Article.site, Article.site_name, Article.title,
               Article.published, Article.source_credit, Article.units, Article.cluster, Article.text)


def hit_rows_by_ids(session: Session, ids: list[int]) -> dict[int, Row]:
    """A search hit's columns (:data:`HIT_COLUMNS`) of the articles among ``ids``, by id, as plain rows:
    loading whole ORM objects cost more than making the snippets."""
    return _by_ids(session, ids, *HIT_COLUMNS)


def archive_is_empty(session: Session) -> bool:
    return session.scalars(select(Article.id).limit(1)).first() is None


def article_by_id(session: Session, article_id: int) -> Article | None:
    return session.get(Article, article_id)


def raw_page_by_id(session: Session, raw_page_id: int) -> RawPage | None:
    return session.get(RawPage, raw_page_id)


def newest_site_name(session: Session, site: str) -> str | None:
    """The name the newest named article of ``site`` (a host exactly as stored) gives its outlet."""
    # One site per statement: the index on site then yields the newest first, with no sort of them all.
    return session.scalars(select(Article.site_name).where(
        Article.site == site, Article.site_name.is_not(None), Article.site_name != "")
        .order_by(Article.id.desc()).limit(1)).first()


def newest_source_name(session: Session, site: str) -> str | None:
    """The name (sources file) of the source the newest article of ``site`` (a host exactly as stored) came from."""
    return session.scalars(select(SourceRow.name).join(Article, Article.source_id == SourceRow.id)
                           .where(Article.site == site).order_by(Article.id.desc()).limit(1)).first()


def outlet_names(session: Session, sites: Iterable[str]) -> dict[str, str]:
    """The name each outlet goes by, by site as the site facet lists it (without "www."): the newest named
    article's site_name, else the name of the source its newest article came from; sites with neither are left
    out (they show as their host)."""
    names: dict[str, str] = {}
    for site in dict.fromkeys(s for s in sites if s):
        keys = (site, f"www.{site}")
        name = next((n.strip() for n in (newest_site_name(session, k) for k in keys) if n and n.strip()), None)
        name = name or next((n for n in (newest_source_name(session, k) for k in keys) if n), None)
        if name:
            names[site] = name
    return names


def filter_conditions(flt: ArticleFilter) -> list[ColumnElement[bool]]:
    """The filter as WHERE conditions on ``Article`` (all must hold)."""
    found: list[ColumnElement[bool]] = []
    for kind, value in flt.facet_values().items():
        # lower() runs in the database, the same function that filled value_norm.
        found.append(Article.id.in_(select(ArticleFacet.article_id).where(
            ArticleFacet.kind == kind, ArticleFacet.value_norm == func.lower(func.substr(value, 1, 200)))))
    if flt.polda:  # any unit of the Polda (humascrawl.units.units_of_polda), through the same index
        found.append(Article.id.in_(select(ArticleFacet.article_id).where(
            ArticleFacet.kind == "unit", ArticleFacet.value_norm.in_(units_of_polda(flt.polda)))))
    if flt.source:
        found.append(Article.source_id.in_(select(SourceRow.id).where(SourceRow.name == flt.source)))
    published_day = func.substr(Article.published, 1, 10)
    if flt.since:
        found.append(published_day >= flt.since.isoformat())
    if flt.until:
        found.append(published_day <= flt.until.isoformat())
    return found
