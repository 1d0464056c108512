"""Store articles in the archive in batched transactions."""

from __future__ import annotations

import time
from typing import Any

from itemadapter import ItemAdapter
from twisted.internet import task

from humascrawl.crawl import shared_archive
from humascrawl.health import article_health_keys
from humascrawl.items import FetchedPage


class StorePipeline:
    """Buffer extracted pages and write them ``HUMASCRAWL_STORE_BATCH`` at a time.

    Each batch is one transaction: after a crash every article is either wholly
    stored or absent, and the next run fetches the absent ones again. A timer
    flushes a partial batch every few seconds so a slow crawl still saves steadily.
    """

    flush_interval = 5.0

    def __init__(self, crawler):
        self.crawler = crawler
        self.batch_size = crawler.settings.getint("HUMASCRAWL_STORE_BATCH", 50)
        self.archive = shared_archive(crawler.settings.get("HUMASCRAWL_DB"))
        self.buffer: list[FetchedPage] = []
        self.last_flush = time.monotonic()
        self.timer: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self, spider=None) -> None:
        spider = spider or self.crawler.spider
        if hasattr(spider, "source"):
            self.archive.sync_sources([spider.source])
        self.timer = task.LoopingCall(self._flush_if_stale)
        self.timer.start(self.flush_interval, now=False)

    def close_spider(self, spider=None) -> None:
        if self.timer is not None and self.timer.running:
            self.timer.stop()
        self.flush()

    def process_item(self, item: Any, spider=None) -> Any:
        if isinstance(item, FetchedPage) and item.article is not None:
            self.buffer.append(item)
            if len(self.buffer) >= self.batch_size:
                self.flush()
        return item

    def _flush_if_stale(self) -> None:
        if self.buffer and time.monotonic() - self.last_flush >= self.flush_interval:
            self.flush()

    def flush(self) -> None:
        self.last_flush = time.monotonic()
        if not self.buffer:
            return
        batch, self.buffer = self.buffer, []
        stats = self.crawler.stats
        try:
            outcomes = self.archive.store_pages(batch)
        except Exception as exc:  # the database is gone or refused the batch: say so, keep crawling
            stats.inc_value("humascrawl/failed/store", len(batch))
            # the first line only: the rest of a database error quotes the statement and its values (page text)
            reason = (str(exc).splitlines() or [type(exc).__name__])[0]
            stats.set_value("humascrawl/error", f"storing failed: {reason}")
            self.crawler.spider.logger.error("storing %d articles failed: %s", len(batch), reason)
            return
        for page, outcome in zip(batch, outcomes):
            # A duplicate is another URL of an archived text: kept as an alias, counted as a skip.
            stats.inc_value("humascrawl/skipped/duplicate_text" if outcome == "duplicate" else f"humascrawl/{outcome}")
            if outcome in ("new", "changed"):  # source health: fields filled, site name, police words
                for key in article_health_keys(ItemAdapter(page.article)):
                    stats.inc_value("humascrawl/" + key)
