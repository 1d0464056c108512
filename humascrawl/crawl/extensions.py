"""Extensions: write each source's crawl counts to the archive."""

from __future__ import annotations

import logging
import time
from typing import Any

from scrapy import signals

from humascrawl.crawl import shared_archive
from humascrawl.crawl.bounds import TIME_CAP_REASON
from humascrawl.crawl.logs import item_label, one_line
from humascrawl.crawl.verdicts import verdict_limits
from humascrawl.defaults import HIJACK_MIN_SPAM, HIJACK_SPAM_SHARE
from humascrawl.health import HEALTH_FIELDS, hijacked_run, run_signature
from humascrawl.spiders.base import STAT
from humascrawl.stat_keys import FAILED_PREFIX
from humascrawl.urls import site_key

logger = logging.getLogger(__name__)

# An item pipeline raised (not DropItem): the page is lost, counted under this reason.
PIPELINE_ERROR = "pipeline_error"

# Stats counted per stored article (pipelines/store.py) and per response (RunRecorder), folded into
# the run record's ``field_counts`` and ``signature`` (see humascrawl.health).
_HEALTH_GROUPS = ("fields", "site_names", "languages", "offsite_hosts", "drift")


def source_outcome(stats: dict[str, Any], close_reason: str,
                   hijack: tuple[float, int] = (HIJACK_SPAM_SHARE, HIJACK_MIN_SPAM)) -> dict[str, Any]:
    """Fold Scrapy's stats into one source's run record, with an honest status.

    ``failed``: discovery failed and found nothing, the crawl did not finish, or
    storing failed. ``partial``: some pages failed, or a cap (listing pages, time) stopped the
    source, or gambling spam dominated what it served (``hijack``: share of the fetched article pages,
    fewest spam pages; see humascrawl.health.hijacked_run); the rest was stored. ``interrupted``: the crawl
    was stopped (SIGTERM, Ctrl-C). ``ok``: none of these. ``error`` says why in one line.
    """
    record: dict[str, Any] = {"skipped": {}, "failed": {}}
    groups: dict[str, dict[str, Any]] = {group: {} for group in _HEALTH_GROUPS}
    for key, value in stats.items():
        if not key.startswith(STAT):
            continue
        name = key[len(STAT):]
        group, _, rest = name.partition("/")
        if rest and group in ("skipped", "failed"):
            record[group][rest] = value
        elif rest and group in groups:
            groups[group][rest] = value
        else:
            record[name] = value
    record["bytes_received"] = stats.get("downloader/response_bytes", 0)
    stored = int(record.get("new", 0) or 0) + int(record.get("changed", 0) or 0)
    record["field_counts"] = {name: int(groups["fields"].get(name, 0)) for name in HEALTH_FIELDS}
    record["signature"] = run_signature(
        stored, groups["site_names"], groups["languages"], int(record.pop("police_mentions", 0) or 0),
        int(record.pop("responses", 0) or 0), int(record.pop("offsite_responses", 0) or 0), groups["offsite_hosts"],
        groups["drift"])
    discovery_failed = any(k.startswith("discovery_") for k in record["failed"])
    found_nothing = not record.get("discovered")
    if close_reason == "shutdown":
        record["status"] = "interrupted"
        record["error"] = record.get("error") or "interrupted: the crawl was stopped"
    elif close_reason not in ("finished", TIME_CAP_REASON) or "store" in record["failed"] or (
            discovery_failed and found_nothing):
        record["status"] = "failed"
        record["error"] = record.get("error") or (
            f"crawl ended: {close_reason}" if close_reason != "finished"
            else "discovery failed: " + ", ".join(sorted(k for k in record["failed"] if k.startswith("discovery_")))
            if discovery_failed and found_nothing else None)
    elif record["failed"]:
        record["status"] = "partial"
    else:
        record["status"] = "ok"
    spam, fetched = int(record["skipped"].get("spam", 0) or 0), int(record.get("fetched", 0) or 0)
    if record["status"] != "interrupted" and hijacked_run(spam, fetched, *hijack):
        # Skipped spam is no lost article, but a source serving mostly spam did not deliver its news: not ok.
        record["status"] = "partial" if record["status"] == "ok" else record["status"]
        record["error"] = record.get("error") or (
            f"hijacked: {spam} of {max(fetched, spam)} article pages were gambling spam (skipped, not stored)")
    return record


class RunRecorder:
    """Record per-source counts in ``crawl_run_sources`` when a spider closes.

    `humascrawl crawl` opens the run and passes its id in ``HUMASCRAWL_RUN_ID``; a
    bare `scrapy crawl` gets a run of its own, closed with its single source.

    It also counts every downloaded response (``humascrawl/responses``) and those off
    the source's host — served by another host, or redirecting to one
    (``humascrawl/offsite_responses``, ``humascrawl/offsite_hosts/<host>``): a domain
    that now redirects elsewhere shows up in ``humascrawl status``.
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self.archive = shared_archive(crawler.settings.get("HUMASCRAWL_DB"))
        self.run_id = crawler.settings.getint("HUMASCRAWL_RUN_ID") or None
        self.own_run = self.run_id is None
        self.started = time.monotonic()
        self.home: str | None = None

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.response_downloaded, signal=signals.response_downloaded)
        crawler.signals.connect(ext.request_dropped, signal=signals.request_dropped)
        crawler.signals.connect(ext.spider_error, signal=signals.spider_error)
        crawler.signals.connect(ext.item_error, signal=signals.item_error)
        return ext

    def spider_error(self, failure, response, spider) -> None:
        # A callback that raised (Scrapy logs the traceback) lost what it was reading: a bug, but a loss.
        self.crawler.stats.inc_value(STAT + "failed/spider_exception")

    def item_error(self, item, response, spider, failure) -> None:
        # An item pipeline raised (a bug, a bad rules file, a database error on one item): Scrapy drops the
        # item, logging it at DEBUG where its lines are never shown (humascrawl.crawl.logs.ItemLogFormatter).
        # A loss, said in one line: the message's first line only, as the rest may quote the page or an SQL
        # statement's values; the traceback with -vv.
        self.crawler.stats.inc_value(FAILED_PREFIX + PIPELINE_ERROR)
        error = failure.value
        first = (str(error).splitlines() or [""])[0]
        logger.error("article lost to a pipeline error: %s (%s)", item_label(item),
                     one_line(f"{type(error).__name__}: {first}" if first else type(error).__name__))
        logger.debug("the pipeline error's traceback, for %s", item_label(item),
                     exc_info=(failure.type, error, failure.getTracebackObject()))

    def request_dropped(self, request, spider) -> None:
        # Scrapy's duplicate filter drops an article page already requested in this run (listed twice, or
        # a redirect to another listed post) without a word: counted, so the run's numbers add up.
        if request.meta.get("article_page"):
            self.crawler.stats.inc_value(STAT + "skipped/duplicate")

    def spider_opened(self, spider) -> None:
        self.started = time.monotonic()
        url = getattr(getattr(spider, "source", None), "url", None)
        self.home = site_key(url) if url else None
        if self.own_run:
            self.run_id = self.archive.start_run({"spider": spider.name, "source": _source_name(spider)})

    def response_downloaded(self, response, request, spider) -> None:
        stats = self.crawler.stats
        stats.inc_value(STAT + "responses")
        if self.home is None:
            return
        host = site_key(response.url)
        if host == self.home and 300 <= response.status < 400 and response.headers.get(b"Location"):
            host = site_key(response.urljoin(response.headers[b"Location"].decode("latin-1")))
        if host != self.home:
            stats.inc_value(STAT + "offsite_responses")
            stats.inc_value(f"{STAT}offsite_hosts/{host or '?'}")

    def spider_closed(self, spider, reason: str) -> None:
        limits = verdict_limits(self.crawler.settings)
        record = source_outcome(self.crawler.stats.get_stats(), reason,
                                (limits.hijack_spam_share, limits.hijack_min_spam))
        record["duration"] = round(time.monotonic() - self.started, 3)
        self.crawler.stats.set_value("humascrawl/status", record["status"])
        self.archive.record_source_run(self.run_id, _source_name(spider), record)
        if self.own_run:
            self.archive.finish_run(self.run_id, "ok" if record["status"] == "ok" else record["status"])


def _source_name(spider) -> str:
    source = getattr(spider, "source", None)
    return getattr(source, "name", None) or str(source or spider.name)
