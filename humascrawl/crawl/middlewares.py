"""Downloader middlewares."""

from __future__ import annotations

from scrapy.exceptions import IgnoreRequest

from humascrawl.crawl.state import CrawlState


class IncrementalMiddleware:
    """Drop requests for article pages the archive already holds unchanged.

    Discovery attaches the listing's "updated" stamp to each article request; a page
    whose canonical URL is archived with the same stamp (or with no stamp to compare)
    is not fetched again. ``HUMASCRAWL_FULL`` (``crawl --full``) turns this off. The
    state lives in the archive, so every machine sharing it makes the same choice.
    """

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request, spider=None):
        if not request.meta.get("article_page"):
            return None
        if CrawlState.for_crawler(self.crawler).is_unchanged(request.url, request.meta.get("feed_updated")):
            self.crawler.stats.inc_value("humascrawl/unchanged")
            request.meta["skip_reason"] = "unchanged"
            raise IgnoreRequest(f"unchanged since the last crawl: {request.url}")
        return None
