"""Download handlers."""

from __future__ import annotations

import asyncio

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler

from humascrawl.crawl.bounds import Interrupted


class KeepAliveHTTPHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP/1.1 handler, keeping idle connections per host for twice the per-domain concurrency,
    whose downloads in transfer can be cut when the source stops (:meth:`abandon_downloads`).

    Scrapy caps the idle connections a host keeps at ``CONCURRENT_REQUESTS_PER_DOMAIN``. A connection
    returns to the pool a moment after its response is handed on, so at full concurrency the next
    request often opens a new connection, and the pool, full when the old one comes back, closes one:
    on a fast site about every other request paid a TCP handshake and a close. The larger cap keeps
    them all alive; it never opens more connections at once than the concurrency allows.
    """

    def __init__(self, crawler):
        super().__init__(crawler)
        pool = getattr(self, "_pool", None)
        if pool is not None:
            pool.maxPersistentPerHost = 2 * max(1, crawler.settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"))
        self._downloads: set[asyncio.Future] = set()
        self._abandoned: str | None = None

    async def download_request(self, request):
        if self._abandoned:
            raise Interrupted(self._abandoned)
        # Its own task, so that cancelling it cuts the connection (Scrapy's download deferred aborts
        # the transport when cancelled) while this coroutine turns the cancellation into Interrupted.
        download = asyncio.ensure_future(super().download_request(request))
        self._downloads.add(download)
        try:
            return await download
        except asyncio.CancelledError:
            if not download.cancelled() or not self._abandoned:
                raise
            request.meta["skip_reason"] = "interrupted"
            raise Interrupted(self._abandoned) from None
        finally:
            self._downloads.discard(download)

    def abandon_downloads(self, why: str) -> int:
        """Cut every download in transfer (they fail with :class:`Interrupted`); how many."""
        self._abandoned = why
        downloads = [d for d in self._downloads if not d.done()]
        for download in downloads:
            download.cancel()
        return len(downloads)
