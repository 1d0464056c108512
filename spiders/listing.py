"""What keeps a source's listing bounded: posts and listing pages seen once per run, a cap on
listing pages (humascrawl.crawl.bounds), and requests abandoned when the source stops.

Mixed into :class:`humascrawl.spiders.base.SourceSpider`, whose ``discovery_request``,
``count`` and ``count_failure`` it uses.
"""

from __future__ import annotations

from typing import Any, Iterator

import scrapy
from twisted.python.failure import Failure

from humascrawl.crawl.bounds import Interrupted, note_error, source_limit
from humascrawl.discovery import Entry
from humascrawl.urls import canonicalize


class ListingBounds:
    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._listed: set[str] = set()  # canonical URLs of the posts listed so far in this run
        self._listing_urls: set[str] = set()  # canonical URLs of the listing pages requested so far
        self._listing_pages = 0

    def listing(self, url: str, callback, **kwargs: Any) -> Iterator[scrapy.Request]:
        """The :meth:`discovery_request` for ``url``, unless the listing cap is spent."""
        request = self.discovery_request(url, callback, **kwargs)
        if request is not None:
            yield request

    def take_listing_page(self, url: str) -> bool:
        """Count the listing page ``url`` against the source's cap; False (counted once, loudly) when spent."""
        cap = int(source_limit(self, "max_listing_pages"))
        if cap and self._listing_pages >= cap:
            if not self.crawler.stats.get_value("humascrawl/failed/capped_pages"):
                self.count_failure("capped_pages")
                note_error(self.crawler, f"stopped listing after {cap} listing pages "
                                         "(max_listing_pages / HUMASCRAWL_MAX_LISTING_PAGES)")
                self.logger.error("%s: %d listing pages requested, the cap: listing stops here (raise "
                                  "max_listing_pages or HUMASCRAWL_MAX_LISTING_PAGES if the site is that big)",
                                  self.source.name, cap)
            return False
        self._listing_pages += 1
        self._listing_urls.add(canonicalize(url))
        return True

    def listed_before(self, url: str) -> bool:
        """Whether this run has requested the listing page ``url`` (any spelling) already."""
        return canonicalize(url) in self._listing_urls

    @property
    def max_decompressed(self) -> int:
        return int(self.settings.getfloat("HUMASCRAWL_MAX_DECOMPRESSED_BYTES"))

    def fresh_entries(self, entries: list[Entry]) -> list[Entry]:
        """The entries not listed before in this run (canonical URLs): paging stops on a page with none."""
        fresh = []
        for entry in entries:
            key = canonicalize(entry.url)
            if key not in self._listed:
                self._listed.add(key)
                fresh.append(entry)
        return fresh

    def stopping(self, failure: Failure) -> bool:
        """A request abandoned because the source is stopping (time cap, SIGTERM): counted, nothing follows."""
        if failure.check(Interrupted):
            self.count("skipped/interrupted")
            return True
        return False
