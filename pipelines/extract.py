"""Turn fetched pages into articles with humascrawl.extract, on all cores."""

from __future__ import annotations

import os
from typing import Any

from scrapy.exceptions import DropItem

from humascrawl.crawl.workers import ProcessPool, WorkerDied
from humascrawl.extract import EXTRACTOR_VERSION, ExtractionError
from humascrawl.extract.multipage import extract_archived
from humascrawl.items import FetchedPage
from humascrawl.storage.archive import prepare_page


def _extract(body: bytes, url: str, hints: dict[str, Any], rules: dict[str, Any]) -> dict[str, Any]:
    try:
        return extract_archived(body, url, hints, rules)
    except ExtractionError as exc:
        # Exceptions cross the process boundary as values, so the message survives.
        return {"_error": str(exc)}


def extract_and_prepare(body: bytes, url: str, hints: dict[str, Any], rules: dict[str, Any]
                        ) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """What a worker does per page: extract it, and compute what storing it needs (compressed body,
    digest, MinHash signature), so the crawl's main process only moves rows into the database."""
    article = _extract(body, url, hints, rules)
    return article, (None if "_error" in article else prepare_page(body, article))


class ExtractPipeline:
    """Extract each page in a process pool (``HUMASCRAWL_EXTRACT_WORKERS``; 1 = in-process)."""

    def __init__(self, crawler, workers: int):
        self.crawler = crawler
        self.workers = workers
        self.pool: ProcessPool | None = None

    @classmethod
    def from_crawler(cls, crawler):
        workers = crawler.settings.getint("HUMASCRAWL_EXTRACT_WORKERS", 0) or os.cpu_count() or 1
        return cls(crawler, workers)

    def open_spider(self, spider=None) -> None:
        if self.workers > 1:
            self.pool = ProcessPool(f"{__name__}:extract_and_prepare", self.workers)

    def close_spider(self, spider=None) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool = None

    async def process_item(self, item: Any, spider=None) -> Any:
        if not isinstance(item, FetchedPage) or item.article is not None:
            return item
        spider = spider or self.crawler.spider
        rules = dict(getattr(getattr(spider, "source", None), "rules", {}) or {})
        args = (item.body, item.url, item.hints, rules)
        if self.pool is None:
            article, prepared = extract_and_prepare(*args)
        else:
            try:
                article, prepared = await self.pool.run(*args)
            except WorkerDied as exc:  # the page killed its worker (or it was killed): the others go on
                article, prepared = {"_error": str(exc)}, None
        if "_error" in article:
            self.crawler.stats.inc_value("humascrawl/failed/extraction")
            raise DropItem(f"extraction failed for {item.url}: {article['_error']}")
        article["extractor_version"] = EXTRACTOR_VERSION
        item.article = article
        item.prepared = prepared
        return item
