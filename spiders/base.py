"""What every humascrawl spider shares: its source, article-page requests and failure counting.

Spiders only discover and fetch. Each yields a :class:`FetchedPage` per article page;
the pipelines extract and store it. Counters go to Scrapy's stats under
``humascrawl/…`` and the run recorder writes them to the archive.
"""

from __future__ import annotations

from typing import Any, Iterator

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import Sitemap
from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TCPTimedOutError, TimeoutError
from twisted.python.failure import Failure

from humascrawl.config import ConfigError, Source, load_sources
from humascrawl.items import FetchedPage

STAT = "humascrawl/"


def failure_reason(failure: Failure) -> str:
    """A short, stable name for why a request failed (``http_404``, ``timeout``, …)."""
    if failure.check(HttpError):
        return f"http_{failure.value.response.status}"
    if failure.check(TimeoutError, TCPTimedOutError):
        return "timeout"
    if failure.check(DNSLookupError):
        return "dns"
    if failure.check(ConnectionRefusedError):
        return "connection_refused"
    return failure.type.__name__ if failure.type else "error"


class SourceSpider(scrapy.Spider):
    """A spider bound to one source of the sources file (``-a source=NAME``)."""

    platform = ""

    def __init__(self, source: Source | str | None = None, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        if source is None:
            raise ConfigError(f"spider {self.name!r} needs a source: scrapy crawl {self.name} -a source=NAME")
        self.source = source

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any):
        spider = super().from_crawler(crawler, *args, **kwargs)
        if isinstance(spider.source, str):
            path = crawler.settings.get("HUMASCRAWL_SOURCES") or None
            matches = [s for s in load_sources(path) if s.name == spider.source]
            if not matches:
                raise ConfigError(f"no source named {spider.source!r} in {path or 'data/sources.toml'}")
            spider.source = matches[0]
        spider.allowed_domains = [spider.source.host]
        return spider

    # -- counters ----------------------------------------------------------------

    def count(self, key: str, n: int = 1) -> None:
        self.crawler.stats.inc_value(STAT + key, n)

    def count_failure(self, reason: str, discovery: bool = False) -> None:
        self.count(f"failed/{'discovery_' if discovery else ''}{reason}")

    # -- article pages -----------------------------------------------------------

    def page_request(self, url: str, hints: dict[str, Any] | None = None,
                     feed_updated: str | None = None) -> scrapy.Request:
        """Request one article page; the incremental middleware may drop it as unchanged."""
        self.count("discovered")
        return scrapy.Request(
            url, callback=self.parse_page, errback=self.page_failed,
            meta={"article_page": True, "hints": {**(hints or {}), "tz": self.source.tz},
                  "feed_updated": feed_updated},
        )

    def parse_page(self, response: Response) -> Iterator[FetchedPage]:
        self.count("fetched")
        yield FetchedPage(
            source=self.source.name, url=response.url, status=response.status, body=response.body,
            headers={k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()},
            hints=response.meta.get("hints", {}), feed_updated=response.meta.get("feed_updated"),
        )

    def page_failed(self, failure: Failure) -> None:
        if failure.check(IgnoreRequest) and not failure.check(HttpError):  # HttpError subclasses IgnoreRequest
            # Not a failure: a middleware chose not to fetch (unchanged post, robots.txt).
            if failure.request.meta.get("skip_reason") != "unchanged":
                self.count("skipped/" + failure.request.meta.get("skip_reason", "robots_txt"))
            return
        reason = failure_reason(failure)
        self.count_failure(reason)
        self.logger.warning("%s: article page failed (%s): %s", self.source.name, reason, failure.request.url)

    def discovery_failed(self, failure: Failure) -> None:
        reason = failure_reason(failure)
        self.count_failure(reason, discovery=True)
        self.logger.error("%s: discovery request failed (%s): %s", self.source.name, reason, failure.request.url)

    # -- sitemaps (a fallback for every platform) ---------------------------------

    def sitemap_request(self, url: str, **kwargs: Any) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_sitemap, errback=self.discovery_failed, **kwargs)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        try:
            sitemap = Sitemap(response.body)
        except Exception:  # lxml raises several types on malformed XML
            self.count_failure("malformed_sitemap", discovery=True)
            return
        if sitemap.type == "sitemapindex":
            for entry in sitemap:
                yield self.sitemap_request(response.urljoin(entry["loc"]))
            return
        for entry in sitemap:
            if self.is_article_url(entry["loc"]):
                yield self.page_request(response.urljoin(entry["loc"]), feed_updated=entry.get("lastmod"))

    def is_article_url(self, url: str) -> bool:
        return True
