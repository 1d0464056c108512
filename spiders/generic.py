"""Sites without a known platform: sitemaps, RSS/Atom feeds, or detection from the home page."""

from __future__ import annotations

from scrapy.http import Response

from humascrawl.discovery import detect_platform
from humascrawl.spiders.blogger import BloggerDiscovery
from humascrawl.spiders.base import SourceSpider
from humascrawl.spiders.pages import PagedListing
from humascrawl.spiders.wordpress import WordPressDiscovery
from humascrawl.strategies import BLOGGER_POST, ODOO_POST, discovery_chain

class SitemapSpider(SourceSpider):
    """Sitemaps named in robots.txt (else /sitemap.xml): indexes, gzip, news sitemaps, lastmod."""

    name = "sitemap"
    platform = "sitemap"

    async def start(self):
        for request in self.start_discovery(self.platform):
            yield request


class FeedSpider(SourceSpider):
    """An RSS or Atom feed (``rules.feed_url``, else /feed/)."""

    name = "feed"
    platform = "feed"

    async def start(self):
        for request in self.start_discovery(self.platform):
            yield request


class AutoSpider(BloggerDiscovery, WordPressDiscovery, PagedListing, SourceSpider):
    """Fetch the home page, detect the platform, then discover as that platform does."""

    name = "auto"
    platform = "auto"

    async def start(self):
        for request in self.listing(self.source.url, self.parse_home):
            yield request

    def parse_home(self, response: Response):
        platform, feed = detect_platform(response.body)
        self.platform = platform
        self.crawler.stats.set_value("humascrawl/detected_platform", platform)
        self.logger.info("%s: detected platform %s", self.source.name, platform)
        yield from self.start_discovery(platform, response.urljoin(feed) if feed else None)

    def discovery_failed(self, failure):
        if failure.request.url == self.source.url and self.platform == "auto":
            # The home page itself failed: try the generic chain.
            self.platform = "sitemap"
            self._fallbacks = list(discovery_chain("sitemap", self.source.rules))
        yield from super().discovery_failed(failure)

    def is_article_url(self, url: str) -> bool:
        if self.source.rules.get("article_pattern") or self.platform not in ("blogger", "odoo"):
            return super().is_article_url(url)
        return bool((BLOGGER_POST if self.platform == "blogger" else ODOO_POST).search(url))
