"""Blogger sites: the JSON posts feed; the sitemap, then home-page links, as fallbacks."""

from __future__ import annotations

import re
from typing import Iterator
from urllib.parse import urlencode

import scrapy
from scrapy.http import Response

from humascrawl.discovery import DiscoveryError, parse_blogger_feed
from humascrawl.spiders.base import SourceSpider
from humascrawl.strategies import BLOGGER_POST



class BloggerDiscovery:
    """Blogger's JSON feed, paged by ``start-index``; incremental runs ask only for what changed."""

    def blogger_feed_start(self) -> Iterator[scrapy.Request]:
        self._page_size_seen = 0
        yield from self.blogger_feed_request(1)

    def blogger_feed_request(self, start_index: int) -> Iterator[scrapy.Request]:
        query = {"alt": "json", "max-results": self.settings.getint("HUMASCRAWL_FEED_PAGE_SIZE", 150),
                 "start-index": start_index}
        watermark = self.state.watermark
        if watermark:
            # Only posts updated since the newest one archived by the last complete run.
            query.update({"orderby": "updated", "updated-min": watermark})
        else:
            query["orderby"] = "published"
        return self.listing(self.url("feeds/posts/default?" + urlencode(query)), self.parse_blogger_feed,
                            cb_kwargs={"start_index": start_index})

    def parse_blogger_feed(self, response: Response, start_index: int) -> Iterator[scrapy.Request]:
        try:
            entries, _total = parse_blogger_feed(response.body)
        except DiscoveryError as exc:
            yield from self.bad_document(response, exc)
            return
        self.count_unusable(entries, response)
        fresh = self.fresh_entries(entries)
        for entry in fresh:
            yield from self.entry_items(entry)
        # Blogger caps max-results silently and its stated total can be wrong, so only an empty
        # page, one shorter than an earlier page of this run, or one that brings no post not listed
        # before (a feed that ignores start-index) ends the listing. Unusable entries count: they
        # took their places on the page.
        if fresh and entries.listed >= self._page_size_seen:
            self._page_size_seen = entries.listed
            yield from self.blogger_feed_request(start_index + entries.listed)


class BloggerSpider(BloggerDiscovery, SourceSpider):
    name = "blogger"
    platform = "blogger"

    async def start(self):
        for request in self.start_discovery(self.platform):
            yield request

    def is_article_url(self, url: str) -> bool:
        pattern = self.source.rules.get("article_pattern")
        return bool(re.search(pattern, url) if pattern else BLOGGER_POST.search(url))
