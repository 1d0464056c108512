"""Turn fetched pages into articles with humascrawl.extract, on all cores."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from scrapy.exceptions import DropItem

from humascrawl.extract import EXTRACTOR_VERSION, ExtractionError, extract_article
from humascrawl.extract.multipage import merge_pages
from humascrawl.items import PAGE_BREAK, FetchedPage

# The pager of an article split over pages ("Halaman: 1 2 3", "« Sebelumnya Halaman 1 Halaman 2 Selanjutnya »",
# "Tampilkan semua") is navigation: a line made only of pager words and page numbers is dropped.
PAGER_LINES = (
    r"(?=.*[^\W\d_])(?:\s*(?:halaman|hal\.?|page|pages|sebelumnya|selanjutnya|berikutnya|next|prev(?:ious)?"
    r"|tampilkan\s+semua|lihat\s+semua(?:\s+halaman)?|baca\s+dalam\s+satu\s+halaman|satu\s+halaman"
    r"|view\s+all|show\s+all|single\s+page|\d{1,3}|[:|«»‹›<>…\-–]|\.\.\.))+",
)


def extract_archived(body: bytes, url: str, hints: dict[str, Any], rules: dict[str, Any]) -> dict[str, Any]:
    """The article in an archived body: one page, or the pages of a multi-page article joined by
    :data:`~humascrawl.items.PAGE_BREAK`, each extracted with the same hints and rules and merged.

    Raises :class:`ExtractionError` when the first page has no article; a later page that has none is
    left out (the article is kept with the pages that have text).
    """
    rules = {**rules, "boilerplate": [*_as_list(rules.get("boilerplate")), *PAGER_LINES]}
    parts = body.split(PAGE_BREAK)
    first = extract_article(parts[0], url, hints=hints, rules=rules)
    if len(parts) == 1:
        return first
    pages = [first]
    for part in parts[1:]:
        try:
            pages.append(extract_article(part, url, hints=hints, rules=rules))
        except ExtractionError:
            continue
    return merge_pages(pages)


def _as_list(value: Any) -> list[str]:
    if not value:
        return []
    return [value] if isinstance(value, str) else list(value)


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
