"""WordPress sites: the REST API; core and Yoast sitemaps, then the RSS feed, as fallbacks."""

from __future__ import annotations

from typing import Iterator
from urllib.parse import urlencode

import scrapy
from scrapy.http import Response

from humascrawl.discovery import DiscoveryError, parse_wp_posts
from humascrawl.spiders.base import SourceSpider

PER_PAGE = 100  # the REST API's maximum


class WordPressDiscovery:
    """``/wp-json/wp/v2/posts``; incremental runs ask with ``modified_after`` (WordPress ≥ 5.7)."""

    def wordpress_api_start(self) -> Iterator[scrapy.Request]:
        yield from self.wordpress_api_request(1)

    def wordpress_api_request(self, page: int) -> Iterator[scrapy.Request]:
        query = {"per_page": PER_PAGE, "page": page, "orderby": "modified", "order": "desc", "_embed": "1"}
        if self.state.watermark:
            query["modified_after"] = self.state.watermark
        return self.listing(
            self.url("wp-json/wp/v2/posts?" + urlencode(query)), self.parse_wordpress_api, cb_kwargs={"page": page},
            # Past the last page WordPress answers 400 rest_post_invalid_page_number.
            meta={"handle_httpstatus_list": [400]} if page > 1 else {},
        )

    def parse_wordpress_api(self, response: Response, page: int) -> Iterator[scrapy.Request]:
        if response.status == 400:
            return
        try:
            entries = parse_wp_posts(response.body)
        except DiscoveryError as exc:
            yield from self.bad_document(response, exc)
            return
        self.count_unusable(entries, response)
        fresh = self.fresh_entries(entries)
        for entry in fresh:
            yield from self.entry_items(entry)
        total_pages = response.headers.get("X-WP-TotalPages", b"").decode("latin-1")
        more = page < int(total_pages) if total_pages.isdigit() else entries.listed >= PER_PAGE
        if fresh and more:  # a page with no post not listed before: the API ignores ?page
            yield from self.wordpress_api_request(page + 1)



class WordPressSpider(WordPressDiscovery, SourceSpider):
    name = "wordpress"
    platform = "wordpress"

    async def start(self):
        for request in self.start_discovery(self.platform):
            yield request
