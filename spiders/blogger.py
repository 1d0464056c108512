"""Blogger sites: the JSON posts feed, falling back to the sitemap."""

from __future__ import annotations

import json
import re
from typing import Any, Iterator
from urllib.parse import urlencode

import scrapy
from scrapy.http import Response

from humascrawl.spiders.base import SourceSpider

# Blogger's stand-ins for a hidden profile are not authors.
_NO_AUTHOR = {"unknown", "anonymous", "anonim", "tanpa nama"}
_POST_PATH = re.compile(r"/\d{4}/\d{2}/[^/]+\.html$")


class BloggerSpider(SourceSpider):
    name = "blogger"
    platform = "blogger"

    async def start(self):
        yield self.feed_request(1)

    def feed_request(self, start_index: int) -> scrapy.Request:
        size = self.settings.getint("HUMASCRAWL_FEED_PAGE_SIZE", 150)
        query = urlencode({"alt": "json", "orderby": "published", "max-results": size, "start-index": start_index})
        return scrapy.Request(
            self.source.url + "feeds/posts/default?" + query, callback=self.parse_feed,
            errback=self.feed_failed, cb_kwargs={"start_index": start_index}, dont_filter=True,
        )

    def feed_failed(self, failure) -> Iterator[scrapy.Request]:
        self.discovery_failed(failure)
        yield self.sitemap_request(self.source.url + "sitemap.xml")

    def parse_feed(self, response: Response, start_index: int) -> Iterator[scrapy.Request]:
        try:
            feed = json.loads(response.text)["feed"]
        except (ValueError, KeyError, TypeError, AttributeError):
            self.count_failure("malformed_feed", discovery=True)
            self.logger.error("%s: malformed feed at %s; falling back to the sitemap", self.source.name, response.url)
            yield self.sitemap_request(self.source.url + "sitemap.xml")
            return
        entries = feed.get("entry") or []
        for entry in entries:
            request = self.entry_request(entry)
            if request is not None:
                yield request
        # Blogger caps max-results silently, so a page shorter than asked is not the end:
        # only an empty page is.
        if entries:
            yield self.feed_request(start_index + len(entries))

    def entry_request(self, entry: dict[str, Any]) -> scrapy.Request | None:
        link = next((l.get("href") for l in entry.get("link", []) if l.get("rel") == "alternate"), None)
        if not link:
            self.count("skipped/no_link")
            return None
        hints = {
            "title": _text(entry.get("title")),
            "published": _text(entry.get("published")),
            "modified": _text(entry.get("updated")),
            "labels": [c["term"] for c in entry.get("category", []) if c.get("term")],
            "author": _text((entry.get("author") or [{}])[0].get("name")),
        }
        if (hints["author"] or "").strip().lower() in _NO_AUTHOR:
            hints["author"] = None
        return self.page_request(link, {k: v for k, v in hints.items() if v}, feed_updated=hints["modified"])

    def is_article_url(self, url: str) -> bool:
        return bool(_POST_PATH.search(url.split("?")[0]))


def _text(node: Any) -> str | None:
    return node.get("$t") if isinstance(node, dict) else None
