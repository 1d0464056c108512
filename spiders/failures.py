"""Why a request was not answered: a stable failure reason (``http_404``, ``timeout``, ``redirect_loop``, …)
or a skip a middleware chose (``robots_txt``, ``unchanged``). Every spider counts with these names."""

from __future__ import annotations

from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from humascrawl.crawl.middlewares import PageLost

# Newer Scrapy raises its own exception types, older ones Twisted's: both map to one stable name.
_REASONS = {
    "TimeoutError": "timeout", "TCPTimedOutError": "timeout", "DownloadTimeoutError": "timeout",
    "DNSLookupError": "dns", "CannotResolveHostError": "dns",
    "ConnectionRefusedError": "connection_refused", "DownloadConnectionRefusedError": "connection_refused",
    "ConnectionLost": "connection_lost", "ResponseNeverReceived": "connection_lost",
    "ResponseDataLossError": "data_loss", "DownloadFailedError": "download_failed",
    # Larger than DOWNLOAD_MAXSIZE: announced by Content-Length, or found while reading the body.
    "DownloadCancelledError": "too_large", "CancelledError": "too_large",
    "IgnoreRequest": "ignored",
}


def failure_reason(failure: Failure) -> str:
    """A short, stable name for why a request failed (``http_404``, ``timeout``, ``redirect_loop``, …)."""
    if failure.check(HttpError):
        return f"http_{failure.value.response.status}"
    if failure.check(PageLost):
        return failure.value.reason
    name = failure.type.__name__ if failure.type else "error"
    return _REASONS.get(name, name)


def skip_reason(failure: Failure) -> str | None:
    """Why a middleware chose not to fetch (``unchanged``, ``robots_txt``), or None when the request failed."""
    if not failure.check(IgnoreRequest) or failure.check(HttpError, PageLost):
        return None
    reason = failure.request.meta.get("skip_reason")
    if reason:
        return reason
    # Scrapy's RobotsTxtMiddleware says so only in its message; any other bare IgnoreRequest is a loss.
    return "robots_txt" if "robots.txt" in str(failure.value) else None


def loss_reason(failure: Failure) -> str:
    """Why a request the crawl needed was not answered: skipped by a middleware, or failed."""
    return skip_reason(failure) or failure_reason(failure)
