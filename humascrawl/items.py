"""What flows from the spiders through the pipelines to the archive and its readers: plain dataclasses
(itemadapter reads them)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime, timezone
from typing import Any

from humascrawl.urls import canonicalize


# Joins the pages of an article split over several pages (``/2/``, ``?page=2``) into the one body the
# archive keeps, so the raw page can be extracted again page by page (an HTML comment: inert in a browser).
PAGE_BREAK = b"\n<!--humascrawl:page-break-->\n"


@dataclass
class FetchedPage:
    """One fetched article page (or a full post taken from a feed) and what discovery knew of it."""

    source: str
    url: str
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    fetched_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    # Metadata from the feed or API that found the page: title, published, modified, author, labels, tz.
    hints: dict[str, Any] = field(default_factory=dict)
    # The feed's "updated" stamp, stored so the next run can tell the post is unchanged.
    feed_updated: str | None = None
    fetched_via: str = "page"
    # The URLs the body was fetched from, in page order, when that is not just ``url``: the pages of a
    # multi-page article (joined by PAGE_BREAK in ``body``) or the single-page view archived instead.
    page_urls: list[str] = field(default_factory=list)
    # Filled in by the extract pipeline, with the version of the extractor that made it.
    article: Article | None = None
    extractor_version: str | None = None
    # What storing needs computed from body and text (humascrawl.storage.archive.prepare_page), computed
    # by the extract pipeline's workers so the crawl's main process does not.
    prepared: dict[str, Any] | None = None

    def canonical_key(self) -> str:
        """The canonical URL the archive knows the page's article by: the one the article states, else the
        page's own."""
        return canonicalize((self.article.canonical_url if self.article else None) or self.url)


@dataclass
class Article:
    """One article in the public fields of interfaces.md, in the order users see them: what extraction
    makes of a page, the archive stores and gives back, and export, search and the API show.

    Times are ISO 8601 strings in the outlet's offset (a date alone when no time is known), as the pages
    state them; ``persons`` are ``{"name", "rank", "position"}`` objects.
    """

    url: str | None = None
    canonical_url: str | None = None
    site: str | None = None
    site_name: str | None = None
    title: str | None = None
    published: str | None = None
    modified: str | None = None
    author: str | None = None
    editor: str | None = None
    source_credit: str | None = None
    dateline: str | None = None
    event_date: str | None = None
    text: str = ""
    labels: list[str] = field(default_factory=list)
    units: list[str] = field(default_factory=list)
    persons: list[dict[str, str | None]] = field(default_factory=list)
    language: str | None = None
    content_hash: str | None = None
    # The copies of one release across outlets share it; the archive assigns it (None from extraction).
    cluster: int | None = None

    def to_json(self) -> dict[str, Any]:
        """The article as every JSON output shows it (extract, search --json, the API, WARC metadata): the
        public fields as keys, in order, null when absent."""
        return {name: getattr(self, name) for name in ARTICLE_FIELDS}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Article:
        """The article in its JSON form (:meth:`to_json`); keys that name no public field are left out."""
        return cls(**{name: data[name] for name in ARTICLE_FIELDS if name in data})

    @classmethod
    def from_fields(cls, source: Any) -> Article:
        """The article in an object with the public fields as attributes (an archived row)."""
        return cls(**{name: getattr(source, name) for name in ARTICLE_FIELDS})


# The public article fields (../shared/reference/interfaces.md), in the order users see them.
ARTICLE_FIELDS = tuple(f.name for f in fields(Article))
# What extraction yields for a page: the public fields but the cluster, which the archive assigns.
EXTRACTED_FIELDS = tuple(name for name in ARTICLE_FIELDS if name != "cluster")
