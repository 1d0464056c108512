"""Every source's run is bounded: listing pages and wall time (settings, overridable per source).

And a crawl stops promptly: when a source hits its time cap, or the process gets SIGTERM/SIGINT,
the downloads waiting in the downloader are failed at once and those in transfer are cut, instead
of Scrapy's graceful close that waits for every queued request (at the crawl delay, one by one).
What was fetched before is still extracted and stored; the abandoned requests are counted
``skipped/interrupted``.
"""

from __future__ import annotations

import logging
from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from twisted.python.failure import Failure

from humascrawl.config import ConfigError

logger = logging.getLogger(__name__)

# Per-source rule (sources file) → the setting that gives its default. 0 means no cap.
SOURCE_LIMITS = {"max_listing_pages": "HUMASCRAWL_MAX_LISTING_PAGES", "max_seconds": "HUMASCRAWL_MAX_SOURCE_SECONDS"}
TIME_CAP_REASON = "capped_time"  # the close reason of a source stopped by its time cap


class Interrupted(IgnoreRequest):
    """A request abandoned because its source is stopping (time cap, SIGTERM)."""


def validate_bounds(settings) -> None:
    """A bad ``-s`` value for a bound is a configuration error (exit 2), not a crash mid-crawl."""
    for name, minimum in (*((s, 0) for s in SOURCE_LIMITS.values()), ("HUMASCRAWL_MAX_DECOMPRESSED_BYTES", 1)):
        raw = settings.get(name)
        try:
            ok = float(raw) >= minimum
        except (TypeError, ValueError):
            ok = False
        if not ok:
            raise ConfigError(f"setting {name} must be a number >= {minimum}, got {raw!r}")


def source_limit(spider, rule: str) -> float:
    """The source's own ``rule`` from the sources file, else the setting; 0 = no cap."""
    value = spider.source.rules.get(rule)
    return float(value) if value is not None else spider.settings.getfloat(SOURCE_LIMITS[rule])


def note_error(crawler, message: str) -> None:
    """The one-line reason `humascrawl status` shows for the source (the first one recorded wins)."""
    if not crawler.stats.get_value("humascrawl/error"):
        crawler.stats.set_value("humascrawl/error", message)


def abandon_downloads(crawler, why: str) -> int:
    """Fail the requests waiting in the crawler's downloader and cut those in transfer; how many."""
    engine = getattr(crawler, "engine", None)
    downloader = getattr(engine, "downloader", None)
    if downloader is None:
        return 0
    abandoned = 0
    for handler in getattr(downloader.handlers, "_handlers", {}).values():  # those loaded so far
        cancel = getattr(handler, "abandon_downloads", None)
        if cancel is not None:
            abandoned += cancel(why)
    # Requests that reach a slot later (held by robots.txt, say) fail at once in the handler: no
    # crawl delay is owed between those failures.
    downloader._delay = 0
    for slot in downloader.slots.values():
        slot.delay = 0
        slot.close()  # its pending delayed call
        while slot.queue:
            request, deferred = slot.queue.popleft()
            request.meta["skip_reason"] = "interrupted"
            deferred.errback(Failure(Interrupted(why)))
            abandoned += 1
    return abandoned


class SourceTimeCap:
    """Close a source that runs longer than ``max_seconds`` / ``HUMASCRAWL_MAX_SOURCE_SECONDS``.

    What was fetched is stored; the source is counted ``failed/capped_time`` and recorded ``partial``
    with the reason, so the next run lists everything again and picks up where this one stopped.
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self.call = None

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider) -> None:
        seconds = source_limit(spider, "max_seconds") if hasattr(spider, "source") else 0
        if seconds > 0:
            from twisted.internet import reactor

            self.call = reactor.callLater(seconds, self.expire, spider, seconds)

    def spider_closed(self, spider, reason: str) -> None:
        if self.call is not None and self.call.active():
            self.call.cancel()

    def expire(self, spider, seconds: float) -> None:
        from scrapy.utils.defer import deferred_from_coro

        engine = self.crawler.engine
        if engine is None or engine.spider is None:
            return
        self.crawler.stats.inc_value("humascrawl/failed/capped_time")
        note_error(self.crawler, f"stopped after {seconds:g} s (max_seconds / HUMASCRAWL_MAX_SOURCE_SECONDS)")
        logger.error("%s: still crawling after %g s, the cap: stopping it (what was fetched is kept)",
                     getattr(spider.source, "name", spider.name), seconds)
        closing = deferred_from_coro(engine.close_spider_async(reason=TIME_CAP_REASON))
        abandon_downloads(self.crawler, f"time cap of {seconds:g} s")
        closing.addErrback(lambda failure: logger.error("closing %s failed: %s", spider.name, failure.value))

