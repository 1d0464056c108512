"""Downloader middlewares."""

from __future__ import annotations

from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse

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


class DecompressionMiddleware(HttpCompressionMiddleware):
    """Scrapy's HttpCompressionMiddleware, without working out the text encoding of a compressed body.

    Scrapy builds the decompressed response with ``response.replace()``, which reads every attribute of
    the compressed one first, ``encoding`` included: for a page whose charset is not in its headers that
    is a charset detection over gzip bytes (about 2 ms of the crawl's main process per 300 kB page),
    whose answer is then thrown away. Handing it the compressed body as a plain Response skips that.
    """

    def process_response(self, request, response, spider=None):
        if isinstance(response, TextResponse) and response.headers.get(b"Content-Encoding"):
            response = Response(**{name: getattr(response, name) for name in Response.attributes})
        return super().process_response(request, response)


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
