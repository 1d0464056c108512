"""Keep a general regional blog to police-PR articles: the source's labels, keywords and since."""

from __future__ import annotations

from typing import Any

from scrapy.exceptions import DropItem

from humascrawl.focus import article_skip_reason
from humascrawl.items import FetchedPage


class FocusPipeline:
    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item: Any, spider=None) -> Any:
        source = getattr(self.crawler.spider, "source", None)
        if not isinstance(item, FetchedPage) or item.article is None or source is None:
            return item
        reason = article_skip_reason(source, item.article)
        if reason:
            self.crawler.stats.inc_value(f"humascrawl/skipped/{reason}")
            raise DropItem(f"off focus ({reason}): {item.url}", log_level="INFO")
        return item
