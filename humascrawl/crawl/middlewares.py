"""Downloader middlewares."""

from __future__ import annotations

from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
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


class _NoReferer:
    """Redirects without a Referer header. RefererMiddleware is disabled (settings.py: nothing reads the
    header); Scrapy's redirect middlewares then warned, at every start of every spider, that they found none."""

    @classmethod
    def from_crawler(cls, crawler):
        middleware = cls(crawler.settings)
        middleware.crawler = crawler
        return middleware

    def handle_referer(self, request, response) -> None:
        request.headers.pop("Referer", None)


class NoRefererRedirectMiddleware(_NoReferer, RedirectMiddleware):
    pass


class NoRefererMetaRefreshMiddleware(_NoReferer, MetaRefreshMiddleware):
    pass
