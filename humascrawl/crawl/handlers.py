"""Download handlers."""

from __future__ import annotations

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler


class KeepAliveHTTPHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP/1.1 handler, keeping idle connections per host for twice the per-domain concurrency.

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
