"""What flows from the spiders through the pipelines: plain dataclasses (itemadapter reads them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any


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
    # Filled in by the extract pipeline.
    article: dict[str, Any] | None = None
    # What storing needs computed from body and text (humascrawl.storage.archive.prepare_page), computed
    # by the extract pipeline's workers so the crawl's main process does not.
    prepared: dict[str, Any] | None = None


# The public article fields (../shared/reference/interfaces.md), in the order users see them.
ARTICLE_FIELDS = (
    "url", "canonical_url", "site", "site_name", "title", "published", "modified",
    "author", "editor", "source_credit", "dateline", "event_date", "text",
    "labels", "units", "persons", "language", "content_hash", "cluster",
)
# What extraction yields for a page: the public fields but the cluster, which the archive assigns.
EXTRACTED_FIELDS = tuple(name for name in ARTICLE_FIELDS if name != "cluster")
