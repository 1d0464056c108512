"""Downloader middlewares."""

from __future__ import annotations

from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response, TextResponse

from humascrawl.crawl.state import CrawlState
from humascrawl.urls import site_key


class PageLost(IgnoreRequest):
    """A page given up for a reason of our own (``reason``): a failure to count, not a skip."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


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


class _BoundedRedirects:
    """Scrapy's redirects, with every redirect that loses a page failing with its own reason.

    Scrapy drops such a request without calling its errback (a loop is filtered as a duplicate, a
    redirect to another host as offsite) or with a bare IgnoreRequest (too many redirects). Here a
    redirect back to a URL of the chain is ``redirect_loop``, more than ``REDIRECT_MAX_TIMES`` is
    ``too_many_redirects``, and a request Scrapy would keep on the source's host that is redirected
    off it is ``offsite_redirect`` — unless the source says ``follow_domain = true`` (the outlet
    moved to a new domain): then the redirect is followed.
    """

    def process_response(self, request, response, spider=None):
        try:
            redirected = super().process_response(request, response)
        except IgnoreRequest:
            raise PageLost("too_many_redirects", f"more than {self.max_redirect_times} redirects: "
                                                 f"{' -> '.join(_chain(request, response))}") from None
        if redirected is response or not isinstance(redirected, Request):
            return redirected
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if redirected.url in chain:
            return self.looped(response, [*chain, redirected.url])
        # Whether the chain is held to the source's host is decided by its first request: later hops carry
        # allow_offsite, set below because Scrapy's own filter would drop them silently (it knows neither
        # www. nor follow_domain).
        redirected.meta["site_bound"] = bound = request.meta.get("site_bound", _kept_on_site(request))
        if bound:
            if site_key(redirected.url) != site_key(request.url) and not self._follows_domain():
                raise PageLost("offsite_redirect", f"redirected off the source's host: {request.url} -> "
                                                   f"{redirected.url} (follow_domain = true would follow it)")
            redirected.meta["allow_offsite"] = True
        return redirected

    def looped(self, response, chain: list[str]):
        raise PageLost("redirect_loop", f"redirect loop: {' -> '.join(chain)}")

    def handle_referer(self, request, response) -> None:
        request.headers.pop("Referer", None)  # no Referer middleware runs (settings.py), so none is sent

    def _engine_started(self) -> None:
        pass  # Scrapy's looks for the Referer middleware, only to warn that it is off: it is, on purpose

    def _follows_domain(self) -> bool:
        return bool(getattr(getattr(self.crawler.spider, "source", None), "follow_domain", False))


class BoundedRedirectMiddleware(_BoundedRedirects, RedirectMiddleware):
    """HTTP 3xx redirects (see _BoundedRedirects)."""


class BoundedMetaRefreshMiddleware(_BoundedRedirects, MetaRefreshMiddleware):
    """``<meta http-equiv="refresh">`` redirects (see _BoundedRedirects)."""

    def looped(self, response, chain: list[str]):
        # A page that refreshes to itself (news sites reload every few minutes) is the page: keep it.
        return response


def _chain(request, response) -> list[str]:
    location = response.headers.get(b"Location", b"").decode("latin-1")  # none for a meta refresh
    return [*request.meta.get("redirect_urls", []), request.url, response.urljoin(location) if location else "…"]


def _kept_on_site(request) -> bool:
    """Whether the request is held to the source's host (discovery requests, ``dont_filter``, may go anywhere)."""
    return not request.dont_filter and not request.meta.get("allow_offsite")


class BoundedCompressionMiddleware(HttpCompressionMiddleware):
    """Scrapy's decompression; a body that inflates past DOWNLOAD_MAXSIZE fails as ``too_large``.

    It also skips a wasted charset detection: Scrapy builds the decompressed response with
    ``response.replace()``, which reads every attribute of the compressed one first, ``encoding`` included;
    for a page whose charset is not in its headers that is a detection over gzip bytes (about 2 ms of the
    crawl's main process per 300 kB page) whose answer is thrown away. Handing it the compressed body as a
    plain Response skips that.
    """

    def process_response(self, request, response, spider=None):
        if isinstance(response, TextResponse) and response.headers.get(b"Content-Encoding"):
            response = Response(**{name: getattr(response, name) for name in Response.attributes})
        try:
            return super().process_response(request, response)
        except IgnoreRequest as exc:
            raise PageLost("too_large", str(exc)) from None
