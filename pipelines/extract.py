"""Turn fetched pages into articles with humascrawl.extract, on all cores."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from scrapy.exceptions import DropItem

from humascrawl.extract import EXTRACTOR_VERSION, ExtractionError
from humascrawl.extract.multipage import extract_archived
from humascrawl.items import FetchedPage

def _extract(body: bytes, url: str, hints: dict[str, Any], rules: dict[str, Any]) -> dict[str, Any]:
    try:
        return extract_archived(body, url, hints, rules)
    except ExtractionError as exc:
        # Exceptions cross the process boundary as values, so the message survives.
        return {"_error": str(exc)}


class ExtractPipeline:
    """Extract each page in a process pool (``HUMASCRAWL_EXTRACT_WORKERS``; 1 = in-process)."""

    def __init__(self, crawler, workers: int):
        self.crawler = crawler
        self.workers = workers
        self.pool: ProcessPoolExecutor | None = None

    @classmethod
    def from_crawler(cls, crawler):
        workers = crawler.settings.getint("HUMASCRAWL_EXTRACT_WORKERS", 0) or os.cpu_count() or 1
        return cls(crawler, workers)

    def open_spider(self, spider=None) -> None:
        if self.workers > 1:
            # forkserver: workers must not inherit the reactor's threads and sockets.
            self.pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("forkserver"))

    def close_spider(self, spider=None) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    async def process_item(self, item: Any, spider=None) -> Any:
        if not isinstance(item, FetchedPage) or item.article is not None:
            return item
        spider = spider or self.crawler.spider
        rules = dict(getattr(getattr(spider, "source", None), "rules", {}) or {})
        args = (item.body, item.url, item.hints, rules)
        if self.pool is None:
            article = _extract(*args)
        else:
            article = await asyncio.get_running_loop().run_in_executor(self.pool, _extract, *args)
        if "_error" in article:
            self.crawler.stats.inc_value("humascrawl/failed/extraction")
            raise DropItem(f"extraction failed for {item.url}: {article['_error']}")
        article["extractor_version"] = EXTRACTOR_VERSION
        item.article = article
        return item
