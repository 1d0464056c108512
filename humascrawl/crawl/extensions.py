"""Extensions: write each source's crawl counts to the archive."""

from __future__ import annotations

import time
from typing import Any

from scrapy import signals

from humascrawl.crawl import shared_archive
from humascrawl.spiders.base import STAT


def source_outcome(stats: dict[str, Any], close_reason: str) -> dict[str, Any]:
    """Fold Scrapy's stats into one source's run record, with an honest status.

    ``failed``: discovery failed and found nothing, the crawl did not finish, or
    storing failed. ``partial``: some pages failed, the rest was stored. ``ok``: none.
    """
    record: dict[str, Any] = {"skipped": {}, "failed": {}}
    for key, value in stats.items():
        if not key.startswith(STAT):
            continue
        name = key[len(STAT):]
        if name.startswith("skipped/"):
            record["skipped"][name[8:]] = value
        elif name.startswith("failed/"):
            record["failed"][name[7:]] = value
        else:
            record[name] = value
    record["bytes_received"] = stats.get("downloader/response_bytes", 0)
    discovery_failed = any(k.startswith("discovery_") for k in record["failed"])
    found_nothing = not record.get("discovered")
    if close_reason != "finished" or "store" in record["failed"] or (discovery_failed and found_nothing):
        record["status"] = "failed"
        record["error"] = record.get("error") or (
            f"crawl ended: {close_reason}" if close_reason != "finished"
            else "discovery failed: " + ", ".join(sorted(k for k in record["failed"] if k.startswith("discovery_")))
            if discovery_failed and found_nothing else None)
    elif record["failed"]:
        record["status"] = "partial"
    else:
        record["status"] = "ok"
    return record


class RunRecorder:
    """Record per-source counts in ``crawl_run_sources`` when a spider closes.

    `humascrawl crawl` opens the run and passes its id in ``HUMASCRAWL_RUN_ID``; a
    bare `scrapy crawl` gets a run of its own, closed with its single source.
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self.archive = shared_archive(crawler.settings.get("HUMASCRAWL_DB"))
        self.run_id = crawler.settings.getint("HUMASCRAWL_RUN_ID") or None
        self.own_run = self.run_id is None
        self.started = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider) -> None:
        self.started = time.monotonic()
        if self.own_run:
            self.run_id = self.archive.start_run({"spider": spider.name, "source": _source_name(spider)})

    def spider_closed(self, spider, reason: str) -> None:
        record = source_outcome(self.crawler.stats.get_stats(), reason)
        record["duration"] = round(time.monotonic() - self.started, 3)
        self.crawler.stats.set_value("humascrawl/status", record["status"])
        self.archive.record_source_run(self.run_id, _source_name(spider), record)
        if self.own_run:
            self.archive.finish_run(self.run_id, "ok" if record["status"] == "ok" else record["status"])


def _source_name(spider) -> str:
    source = getattr(spider, "source", None)
    return getattr(source, "name", None) or str(source or spider.name)
