"""Downloader middlewares."""

from __future__ import annotations

from scrapy import signals
from scrapy.exceptions import IgnoreRequest

from humascrawl.crawl import shared_archive
from humascrawl.urls import canonicalize


class IncrementalMiddleware:
    """Drop requests for article pages the archive already holds unchanged.

    Discovery attaches the feed's or sitemap's "updated" stamp to each article
    request; a page whose canonical URL is archived with the same stamp (or with no
    stamp to compare) is not fetched again. ``HUMASCRAWL_FULL`` turns this off.
    The state lives in the archive, so any machine sharing it makes the same choice.
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self.full = crawler.settings.getbool("HUMASCRAWL_FULL")
        self.db_url = crawler.settings.get("HUMASCRAWL_DB")
        self.known: dict[str, str | None] = {}

    @classmethod
    def from_crawler(cls, crawler):
        middleware = cls(crawler)
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        return middleware

    def spider_opened(self, spider) -> None:
        if not self.full and hasattr(spider, "source"):
            self.known = shared_archive(self.db_url).known_posts(spider.source.name)

    def process_request(self, request, spider=None):
        if self.full or not request.meta.get("article_page"):
            return None
        key = canonicalize(request.url)
        if key not in self.known:
            return None
        stamp = request.meta.get("feed_updated")
        if stamp is None or stamp == self.known[key]:
            self.crawler.stats.inc_value("humascrawl/unchanged")
            request.meta["skip_reason"] = "unchanged"
            raise IgnoreRequest(f"unchanged since the last crawl: {request.url}")
        return None
