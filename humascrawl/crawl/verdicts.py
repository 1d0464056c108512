"""Page verdicts in the crawl: their settings (:func:`verdict_limits`) and the bot walls.

:class:`BlockWallMiddleware` recognises bot walls and soft blocks (humascrawl.verdicts.blocks, rules in
``data/rules/blocks.toml``) and backs off a host that keeps answering them. (Gambling spam is judged with the
extraction, in its workers: pipelines/extract.py.)

A response that is a challenge, captcha, firewall, interstitial or rate-limit page instead of the page asked for
is given up as failed ``blocked_<kind>`` (a listing: ``discovery_blocked_<kind>``), never reaching the spider, so
it is never archived. After ``HUMASCRAWL_BLOCK_BACKOFF_AFTER`` block pages from one host in a run, no further
request is sent to that host in the run: each is given up at once as ``blocked_backoff`` — it neither waits nor
holds a downloader slot, so the other hosts go on at their pace. A 429 (or a 503 rate-limit page) with a
``Retry-After`` is the politeness middleware's (waited for and retried, or given up as ``http_429``); one without
is retried as usual and counts as a block (``blocked_rate_limit``) once its retries are used up.

Placed after decompression (590) and before the meta-refresh (580), politeness (560) and retry (550) steps, so a
challenge served as 503 is not retried and its refresh never followed.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from typing import Any

from scrapy.utils.httpobj import urlparse_cached
from twisted.python.failure import Failure

from humascrawl.config import ConfigError
from humascrawl.crawl.middlewares import PageLost
from humascrawl.verdicts.blocks import block_verdict
from humascrawl.verdicts.drift import drift_rules

logger = logging.getLogger(__name__)

SETTING = "HUMASCRAWL_BLOCK_BACKOFF_AFTER"
_RETRIED_STATUSES = (429, 503)


@dataclass(frozen=True)
class VerdictLimits:
    block_backoff_after: int  # 0: never back off
    hijack_spam_share: float
    hijack_min_spam: int


def setting_number(settings, name: str, kind: type, low: float, high: float | None = None) -> Any:
    """The setting as a number in [low, high]; ConfigError naming it otherwise (checked before a crawl: exit 2)."""
    raw = settings.get(name)
    try:
        value = kind(raw)
    except (TypeError, ValueError):
        value = None
    if value is None or not value >= low or (high is not None and value > high):
        bound = f"between {low} and {high}" if high is not None else f">= {low}"
        raise ConfigError(f"setting {name} must be a number {bound}, got {raw!r}")
    return value


def verdict_limits(settings) -> VerdictLimits:
    """The verdict settings as numbers; ConfigError naming a bad one (checked before a crawl starts: exit 2)."""
    def number(name: str, kind: type, low: float, high: float | None = None) -> Any:
        return setting_number(settings, name, kind, low, high)

    return VerdictLimits(number(SETTING, int, 0), number("HUMASCRAWL_HIJACK_SPAM_SHARE", float, 0.0, 1.0),
                         number("HUMASCRAWL_HIJACK_MIN_SPAM", int, 1))


# setting → (data/rules/drift.toml key, type, least value, greatest value)
_DRIFT_SETTINGS = {
    "HUMASCRAWL_DRIFT_TEMPLATE_DEPARTS": ("template_departs", float, 0.0, 1.0),
    "HUMASCRAWL_DRIFT_SPAM_MARGIN": ("spam_margin", float, 0.0, None),
    "HUMASCRAWL_DRIFT_MIN_PAGES": ("min_pages", int, 1, None),
}


def drift_settings(settings) -> dict[str, Any] | None:
    """The drift rules' overrides from the ``HUMASCRAWL_DRIFT_*`` settings (None: ``HUMASCRAWL_DRIFT`` is off; a
    setting left empty keeps drift.toml's value); ConfigError naming a bad one."""
    enabled = settings.get("HUMASCRAWL_DRIFT")
    enabled = "true" if enabled is None else str(enabled).strip().lower()  # Scrapy settings without ours (tests)
    if enabled in ("0", "false", "no", "off"):
        return None
    if enabled not in ("1", "true", "yes", "on"):
        raise ConfigError(f"setting HUMASCRAWL_DRIFT must be true or false, got {settings.get('HUMASCRAWL_DRIFT')!r}")
    try:
        drift_rules()  # a bad data/rules/drift.toml stops the crawl before it starts, in one line
    except RuntimeError as exc:
        raise ConfigError(f"rules: {exc}") from None
    return {key: setting_number(settings, name, kind, low, high)
            for name, (key, kind, low, high) in _DRIFT_SETTINGS.items() if settings.get(name) not in (None, "")}


class BlockWallMiddleware:
    def __init__(self, crawler):
        self.crawler = crawler
        self.after = verdict_limits(crawler.settings).block_backoff_after
        self.retry_enabled = crawler.settings.getbool("RETRY_ENABLED")
        self.retry_times = crawler.settings.getint("RETRY_TIMES")
        self.blocks: Counter[str] = Counter()  # host -> block pages answered in this run

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request, spider=None):
        host = urlparse_cached(request).hostname or ""
        if self.after and self.blocks[host] >= self.after:
            raise PageLost("blocked_backoff", f"not requested: {host} answered {self.blocks[host]} block pages in "
                                              f"this run ({SETTING}={self.after})")
        return None

    def process_response(self, request, response, spider=None):
        headers = {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}
        block = block_verdict(response.status, headers, response.body)
        if block is None:
            return response
        if block.kind == "rate_limit" and response.status in _RETRIED_STATUSES and (
                b"Retry-After" in response.headers or self._retries_left(request)):
            # A throttle that says when to come back is politeness.py's (wait, retry, or give up as http_429);
            # one that does not is retried first, and a block once the retries are used up.
            return response
        host = urlparse_cached(request).hostname or ""
        self.blocks[host] += 1
        count = self.blocks[host]
        if count == 1:
            logger.warning("%s: blocked (%s, %s: %r) at %s", host, block.kind, block.name, block.evidence, request.url)
        if count == self.after:
            dropped = self._drop_queued(host)
            logger.warning("%s: %d block pages in this run: no further request to this host in this run (%s; "
                           "%d waiting requests given up)", host, count, SETTING, dropped)
        raise PageLost(block.reason, f"HTTP {response.status} {block.name} page ({block.kind}) instead of the page")

    def _drop_queued(self, host: str) -> int:
        """Fail the requests to ``host`` already waiting in the downloader's slots (Scrapy hands requests to the
        downloader, and through process_request, long before their slot sends them)."""
        downloader = getattr(getattr(self.crawler, "engine", None), "downloader", None)
        dropped = 0
        for slot in list(getattr(downloader, "slots", {}).values()):
            kept = []
            while slot.queue:
                request, deferred = slot.queue.popleft()
                if (urlparse_cached(request).hostname or "") != host:
                    kept.append((request, deferred))
                    continue
                deferred.errback(Failure(PageLost("blocked_backoff", f"not requested: {host} answered "
                                                                     f"{self.blocks[host]} block pages in this run")))
                dropped += 1
            slot.queue.extend(kept)
        return dropped

    def _retries_left(self, request) -> bool:
        if not self.retry_enabled or request.meta.get("dont_retry"):
            return False
        return request.meta.get("retry_times", 0) < request.meta.get("max_retry_times", self.retry_times)
