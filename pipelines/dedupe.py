"""Drop a page whose canonical URL was already handled in this crawl."""

from __future__ import annotations

from typing import Any

from scrapy.exceptions import DropItem

from humascrawl.items import FetchedPage


class DedupePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item: Any, spider=None) -> Any:
        if not isinstance(item, FetchedPage):
            return item
        key = item.canonical_key()
        if key in self.seen:
            self.crawler.stats.inc_value("humascrawl/skipped/duplicate_url")
            raise DropItem(f"duplicate canonical URL in this crawl: {key}", log_level="INFO")
        self.seen.add(key)
        return item
