"""WordPress sites: the REST API, falling back to the core sitemap."""

from __future__ import annotations

import html
import json
import re
from typing import Any, Iterator
from urllib.parse import urlencode

import scrapy
from scrapy.http import Response

from humascrawl.spiders.base import SourceSpider

_TAGS = re.compile(r"<[^>]+>")
PER_PAGE = 100  # the REST API's maximum


class WordPressSpider(SourceSpider):
    name = "wordpress"
    platform = "wordpress"

    async def start(self):
        yield self.api_request(1)

    def api_request(self, page: int) -> scrapy.Request:
        query = urlencode({"per_page": PER_PAGE, "page": page, "orderby": "date", "_embed": "1"})
        return scrapy.Request(
            self.source.url + "wp-json/wp/v2/posts?" + query, callback=self.parse_api,
            errback=self.api_failed, cb_kwargs={"page": page}, dont_filter=True,
            # Past the last page WordPress answers 400 rest_post_invalid_page_number.
            meta={"handle_httpstatus_list": [400]} if page > 1 else {},
        )

    def api_failed(self, failure) -> Iterator[scrapy.Request]:
        self.discovery_failed(failure)
        yield self.sitemap_request(self.source.url + "wp-sitemap.xml")

    def parse_api(self, response: Response, page: int) -> Iterator[scrapy.Request]:
        if response.status == 400:
            return
        try:
            posts = json.loads(response.text)
            if not isinstance(posts, list):
                raise ValueError("not a list")
        except ValueError:
            self.count_failure("malformed_api", discovery=True)
            self.logger.error("%s: malformed REST answer at %s; falling back to the sitemap",
                              self.source.name, response.url)
            yield self.sitemap_request(self.source.url + "wp-sitemap.xml")
            return
        for post in posts:
            request = self.post_request(post)
            if request is not None:
                yield request
        total_pages = response.headers.get("X-WP-TotalPages")
        more = page < int(total_pages) if total_pages and total_pages.isdigit() else len(posts) >= PER_PAGE
        if posts and more:
            yield self.api_request(page + 1)

    def post_request(self, post: dict[str, Any]) -> scrapy.Request | None:
        link = post.get("link")
        if not isinstance(link, str) or not link:
            self.count("skipped/no_link")
            return None
        terms = (post.get("_embedded") or {}).get("wp:term") or []
        hints = {
            "title": _plain((post.get("title") or {}).get("rendered")),
            "published": _gmt(post.get("date_gmt")) or post.get("date"),
            "modified": _gmt(post.get("modified_gmt")) or post.get("modified"),
            "labels": [t["name"] for group in terms for t in group if isinstance(t, dict) and t.get("name")],
            "author": next((a.get("name") for a in (post.get("_embedded") or {}).get("author", [])
                            if isinstance(a, dict)), None),
        }
        hints = {k: v for k, v in hints.items() if v}
        return self.page_request(link, hints, feed_updated=post.get("modified_gmt") or post.get("modified"))

    def is_article_url(self, url: str) -> bool:
        return not url.rstrip("/").endswith(("/category", "/tag")) and "/wp-sitemap" not in url


def _plain(rendered: str | None) -> str | None:
    return html.unescape(_TAGS.sub("", rendered)).strip() if rendered else None


def _gmt(value: str | None) -> str | None:
    return f"{value}+00:00" if value and len(value) == 19 else value
