"""What the archive already knows about a source, read once when its spider opens.

Shared by the incremental middleware (skip unchanged pages), the spiders (skip
unchanged full-content feed entries; ask the feed only for what changed since the
last complete run) so every component decides the same way.
"""

from __future__ import annotations

from datetime import datetime, timezone

from humascrawl.crawl import shared_archive
from humascrawl.urls import canonicalize


def _instant(stamp: str) -> datetime | None:
    try:
        value = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except (AttributeError, ValueError):
        return None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


class CrawlState:
    """Known posts of one source and the discovery watermark."""

    def __init__(self, known: dict[str, str | None], last_status: str | None, full: bool):
        self.known = known
        self.full = full
        self.last_status = last_status

    @classmethod
    def for_crawler(cls, crawler) -> "CrawlState":
        """One state per crawler (its single source), loaded on first use."""
        state = getattr(crawler, "_humascrawl_state", None)
        if state is None:
            full = crawler.settings.getbool("HUMASCRAWL_FULL")
            source = getattr(crawler.spider, "source", None)
            name = getattr(source, "name", None)
            if full or name is None:
                state = cls({}, None, full)
            else:
                archive = shared_archive(crawler.settings.get("HUMASCRAWL_DB"))
                state = cls(archive.known_posts(name), archive.last_run_status(name), full)
            crawler._humascrawl_state = state
        return state

    def is_unchanged(self, url: str, stamp: str | None) -> bool:
        """Archived already, and the listing's stamp is the same (or there is none to compare)."""
        if self.full:
            return False
        key = canonicalize(url)
        if key not in self.known:
            return False
        return stamp is None or stamp == self.known[key]

    @property
    def watermark(self) -> str | None:
        """The newest listing stamp archived, if the last run of this source completed cleanly.

        After an interrupted or partly failed run there is none, so discovery lists
        everything again and the posts that run never reached are found.
        """
        if self.full or self.last_status != "ok":
            return None
        stamps = [(instant, s) for s in self.known.values() if s and (instant := _instant(s))]
        return max(stamps)[1] if stamps else None
