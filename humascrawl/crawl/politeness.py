"""Politeness Scrapy lacks: robots.txt ``Crawl-delay`` and ``Retry-After``.

Scrapy obeys robots.txt ``Allow``/``Disallow`` (``ROBOTSTXT_OBEY``) but ignores its
``Crawl-delay``, and its retry middleware retries a 429 or 503 at once, whatever the
answer's ``Retry-After`` says. :class:`PolitenessMiddleware` adds both, per downloader
slot (Scrapy's per-host queue, which carries the delay between two requests):

``Crawl-delay``
    Read from the robots.txt that Scrapy's ``RobotsTxtMiddleware`` already fetches and
    parses (the ``robots_parsed`` signal hands over its parser), for the same user agent
    it matches ``Allow``/``Disallow`` with (``ROBOTSTXT_USER_AGENT``, else the
    request's ``User-Agent``, else ``USER_AGENT``). It becomes a floor on the slot's
    delay: the slot waits at least that long between two requests, without random jitter,
    and AutoThrottle (which may lower a slot's delay down to ``DOWNLOAD_DELAY``) is
    clamped back to the floor after each of its adjustments. Values above
    ``HUMASCRAWL_MAX_CRAWL_DELAY`` are capped with a warning. Stats:
    ``humascrawl/crawl_delay`` (seconds, the largest applied).

``Retry-After`` on 429 and 503 (seconds or an HTTP-date)
    The slot is paused for that long the moment the answer arrives, so no request to the
    host leaves before the time is up (the queue is held by a timer: nothing sleeps, the
    reactor keeps running other hosts), and the request is retried through Scrapy's retry
    machinery (``get_retry_request``: ``RETRY_TIMES``, ``max_retry_times``, ``dont_retry``,
    ``retry/*`` stats). A ``Retry-After`` above ``HUMASCRAWL_MAX_RETRY_AFTER`` gives that
    request up at once (no pause, no retry): the spider counts it as failed (``http_429``
    / ``http_503``). A 429/503 without a usable ``Retry-After`` is left to Scrapy's
    ``RetryMiddleware``. Stats: ``humascrawl/retry_after`` (answers honoured),
    ``humascrawl/retry_after_too_long`` (answers given up).

Enabled in ``DOWNLOADER_MIDDLEWARES`` between ``RetryMiddleware`` (550) and the downloader,
so it sees a 429/503 before ``RetryMiddleware`` does.
"""

from __future__ import annotations

import logging
import math
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from time import monotonic
from typing import Any

from scrapy import signals
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.utils.asyncio import call_later
from scrapy.utils.httpobj import urlparse_cached

from humascrawl.config import ConfigError

logger = logging.getLogger(__name__)

RETRY_AFTER_CODES = frozenset({429, 503})
STAT = "humascrawl/"
_META = "humascrawl_retry_after"  # the Retry-After already acted upon for this response's request
_TOO_LONG = math.inf


def parse_retry_after(value: str | bytes | None, date: str | bytes | None = None,
                      now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value, or ``None`` when it is missing or unreadable.

    ``value`` is delay-seconds (``"120"``) or an HTTP-date (``"Wed, 21 Oct 2026 07:28:00 GMT"``).
    A date is measured from the response's own ``Date`` header when it has one (so a
    server clock that is off does not matter), else from ``now`` (default: the current
    time). A date in the past means 0.
    """
    text = _text(value)
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    when = _http_date(text)
    if when is None:
        return None
    reference = _http_date(_text(date)) or now or datetime.now(timezone.utc)
    return max(0.0, (when - reference).total_seconds())


def _text(value: str | bytes | None) -> str:
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    return (value or "").strip()


def _http_date(text: str) -> datetime | None:
    if not text:
        return None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


LIMITS = ("HUMASCRAWL_MAX_CRAWL_DELAY", "HUMASCRAWL_MAX_RETRY_AFTER")


def validate_settings(settings) -> dict[str, float]:
    """The politeness limits as numbers; ConfigError naming the setting when one is not seconds >= 0.

    The middleware checks them when the crawl starts; call this earlier (when building the
    settings) to stop a bad ``-s`` value before any crawl, with exit code 2.
    """
    limits = {}
    for name in LIMITS:
        raw = settings.get(name)
        try:
            value = float(raw)
        except (TypeError, ValueError):
            value = -1.0
        if not value >= 0:  # also NaN
            raise ConfigError(f"setting {name} must be a number of seconds >= 0, got {raw!r}")
        limits[name] = value
    return limits


class PolitenessMiddleware:
    """Downloader middleware: robots.txt ``Crawl-delay`` and 429/503 ``Retry-After`` per slot."""

    def __init__(self, crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.stats = crawler.stats
        limits = validate_settings(settings)
        self.max_crawl_delay = limits["HUMASCRAWL_MAX_CRAWL_DELAY"]
        self.max_retry_after = limits["HUMASCRAWL_MAX_RETRY_AFTER"]
        self.retry_enabled = settings.getbool("RETRY_ENABLED")
        # The agent RobotsTxtMiddleware matches robots.txt groups with, chosen the same way.
        self.robots_agent = settings.get("ROBOTSTXT_USER_AGENT")
        self.default_agent = settings.get("USER_AGENT")
        self.floors: dict[str, float] = {}  # slot key -> Crawl-delay (seconds)
        self.paused_until: dict[str, float] = {}  # slot key -> monotonic time the pause ends
        self._holds: dict[str, tuple[Any, float]] = {}  # slot key -> (our timer on the slot, its end)
        # Extensions (AutoThrottle among them) are built before the downloader's middlewares,
        # so these receivers run after AutoThrottle's own response_downloaded receiver.
        crawler.signals.connect(self.robots_parsed, signal=signals.robots_parsed)
        crawler.signals.connect(self.request_reached_downloader, signal=signals.request_reached_downloader)
        crawler.signals.connect(self.response_downloaded, signal=signals.response_downloaded)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    @property
    def downloader(self):
        return self.crawler.engine.downloader

    # -- Crawl-delay -------------------------------------------------------------------

    def robots_parsed(self, robotparser, request) -> None:
        agent = self.robots_agent or request.headers.get(b"User-Agent") or self.default_agent
        crawl_delay = getattr(robotparser, "crawl_delay", None)
        try:
            delay = crawl_delay(agent) if crawl_delay else None
        except Exception:  # noqa: BLE001 - a parser's bug must not stop the crawl
            logger.warning("cannot read Crawl-delay from robots.txt of %s", request.url, exc_info=True)
            return
        if not delay or not delay > 0:
            return
        host = urlparse_cached(request).netloc
        if delay > self.max_crawl_delay:
            logger.warning("%s: robots.txt asks for Crawl-delay: %g s; capped at %g s (HUMASCRAWL_MAX_CRAWL_DELAY)",
                           host, delay, self.max_crawl_delay)
            delay = self.max_crawl_delay
            if not delay:
                return
        else:
            logger.info("%s: robots.txt Crawl-delay: %g s between requests", host, delay)
        key = self.downloader.get_slot_key(request)
        self.floors[key] = max(self.floors.get(key, 0.0), delay)
        self.stats.max_value(STAT + "crawl_delay", delay)
        slot = self.downloader.slots.get(key)
        if slot is not None:
            self._apply_floor(key, slot)

    def _apply_floor(self, key: str, slot) -> None:
        floor = self.floors.get(key)
        if not floor:
            return
        if slot.delay < floor:
            slot.delay = floor
        # Scrapy varies each wait by ±DOWNLOAD_DELAY_JITTER; under a Crawl-delay, never below it.
        if getattr(slot, "jitter", 0):
            slot.jitter = 0.0

    # -- signals: every request entering a slot, every response leaving one ----------

    def request_reached_downloader(self, request, spider=None) -> None:
        key, slot = self._slot(request)
        if slot is not None:
            self._apply_floor(key, slot)  # again: an idle slot is dropped after a minute and made anew
            self._hold(key, slot)

    def response_downloaded(self, response, request, spider=None) -> None:
        key, slot = self._slot(request)
        if slot is None:
            return
        self._apply_floor(key, slot)  # after AutoThrottle may have lowered the delay
        # Pause now, before the downloader hands the slot's next queued request out.
        if response.status in RETRY_AFTER_CODES and _META not in request.meta:
            request.meta[_META] = self._retry_after(request, response)

    def _slot(self, request):
        key = request.meta.get("download_slot")
        if key is None:
            return None, None
        return key, self.downloader.slots.get(key)

    # -- Retry-After -------------------------------------------------------------------

    def process_response(self, request, response, spider=None):
        if response.status not in RETRY_AFTER_CODES:
            return response
        delay = request.meta.pop(_META, None) if _META in request.meta else self._retry_after(request, response)
        if delay is None:
            return response  # no usable Retry-After: RetryMiddleware's ordinary retry
        if delay is _TOO_LONG:
            request.meta["dont_retry"] = True  # nor RetryMiddleware: the spider sees the 429/503
            return response
        if request.meta.get("dont_retry") or not self.retry_enabled:
            return response
        retry = get_retry_request(
            request, spider=self.crawler.spider, reason=f"{response.status} Retry-After",
            priority_adjust=request.meta.get("priority_adjust"),
            give_up_log_level=request.meta.get("give_up_log_level"),
        )
        if retry is None:  # RETRY_TIMES used up
            request.meta["dont_retry"] = True
            return response
        retry.meta.pop(_META, None)
        return retry

    def _retry_after(self, request, response) -> float | None:
        """Read the answer's Retry-After and pause its slot: the delay, ``_TOO_LONG`` or None."""
        delay = parse_retry_after(response.headers.get(b"Retry-After"), response.headers.get(b"Date"))
        if delay is None:
            return None
        if delay > self.max_retry_after:
            self.stats.inc_value(STAT + "retry_after_too_long")
            logger.warning("%s: HTTP %s with Retry-After %g s, more than HUMASCRAWL_MAX_RETRY_AFTER (%g s): "
                           "giving up %s", urlparse_cached(request).netloc, response.status, delay,
                           self.max_retry_after, request.url)
            return _TOO_LONG
        self.stats.inc_value(STAT + "retry_after")
        logger.info("%s: HTTP %s with Retry-After %g s: pausing requests to this host (%s)",
                    urlparse_cached(request).netloc, response.status, delay, request.url)
        key = request.meta.get("download_slot") or self.downloader.get_slot_key(request)
        self.pause(key, delay)
        return delay

    def pause(self, key: str, seconds: float) -> None:
        """Hold slot ``key``'s queue for ``seconds`` (at least; an existing longer pause stays)."""
        until = monotonic() + seconds
        if until > self.paused_until.get(key, 0.0):
            self.paused_until[key] = until
        slot = self.downloader.slots.get(key)
        if slot is not None:
            self._hold(key, slot)

    def _hold(self, key: str, slot) -> None:
        until = self.paused_until.get(key)
        if until is None:
            return
        remaining = until - monotonic()
        if remaining <= 0:
            del self.paused_until[key]
            return
        held = self._holds.get(key)
        if held is not None and slot.latercall is held[0] and held[1] >= until:
            return  # already held long enough
        # The downloader sends nothing from a slot while its ``latercall`` timer is pending
        # (that is how it spaces requests by the slot's delay); ours replaces the shorter one.
        if slot.latercall is not None:
            slot.latercall.cancel()
        timer = call_later(remaining, self._release, key, slot)
        slot.latercall = timer
        self._holds[key] = (timer, until)

    def _release(self, key: str, slot) -> None:
        held = self._holds.pop(key, None)
        if held is not None and slot.latercall is held[0]:
            slot.latercall = None
        if self.paused_until.get(key, 0.0) > monotonic():  # extended meanwhile
            self._hold(key, slot)
            return
        self.paused_until.pop(key, None)
        # What Scrapy's own latercall does when it fires: send what the slot has queued,
        # spaced by the slot's ordinary delay.
        self.downloader._process_queue(slot)
