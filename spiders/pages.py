"""Numbered listing pages: Odoo's website_blog (``/blog``, ``<blog>/page/N``) and portals that only list their
articles page by page (``[source.listing]``: ``/news/all?page=N`` → ``/news/detail/<id>-<slug>``)."""

from __future__ import annotations

import re
from typing import Iterator
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response

from humascrawl.crawl.bounds import note_error
from humascrawl.discovery import Entry
from humascrawl.items import FetchedPage
from humascrawl.spiders.base import SourceSpider
from humascrawl.strategies import ODOO_POST, ListingPages, OdooBlog
from humascrawl.urls import canonicalize, site_key

_PAGE_SUFFIX = re.compile(r"/page/\d+/?$")


class PagedListing:
    """Reads numbered listing pages newest first. Each page's links matching the article pattern are its
    articles; archived ones are not fetched again (the incremental middleware). Paging stops on a page
    without articles, one listing nothing new in this run (a pager that ignores its page number), one whose
    articles are all archived when the last run of the source ended cleanly (the rest is older still), at a
    404, after the strategy's ``max_pages``, or at the source's listing cap."""

    def listing_pages_start(self, strategy: ListingPages) -> Iterator[scrapy.Request]:
        if not strategy.pages or not strategy.article_pattern:
            self.logger.error("%s: listing pages need [source.listing] pages and article_pattern", self.source.name)
            self.count_failure("no_listing_pattern", discovery=True)
            return
        yield from self.listing(strategy.pages.replace("{n}", str(strategy.first_page)), self.parse_listing_page,
                                cb_kwargs={"strategy": strategy, "n": strategy.first_page})

    def odoo_blog_start(self, strategy: OdooBlog) -> Iterator[scrapy.Request]:
        # /blog redirects to the blog when the site has only one; the pager pages whichever answered.
        yield from self.listing(self.url("blog"), self.parse_listing_page, cb_kwargs={"strategy": strategy, "n": 1})

    def parse_listing_page(self, response: Response, strategy: ListingPages, n: int) -> Iterator[scrapy.Request
                                                                                                  | FetchedPage]:
        if not hasattr(response, "css"):
            yield from self.bad_document(response, ValueError("listing page is not HTML"))
            return
        pattern = re.compile(strategy.article_pattern)
        hrefs = dict.fromkeys(response.urljoin(href).split("#")[0] for href in response.css("a::attr(href)").getall())
        articles = [url for url in hrefs if site_key(url) == self.source.site and pattern.search(url)]
        if not articles and n == strategy.first_page:
            # A first page without a single article: the pattern, or the site, changed. Said, and counted.
            self.logger.error("%s: listing page %s links no article matching %s", self.source.name, response.url,
                              strategy.article_pattern)
            self.count_failure("no_articles", discovery=True)
            yield from self.fall_back()
            return
        fresh = self.fresh_entries([Entry(url=url) for url in articles])
        for entry in fresh:
            yield from self.entry_items(entry)
        if not fresh:
            return  # no article, or only those listed before in this run: the listing ends here
        # After a clean run the archive holds every older post: a page of archived posts ends the listing.
        state = self.state
        if state.last_status == "ok" and all(state.is_unchanged(e.url, e.stamp) for e in fresh):
            self.count("listing_caught_up")
            return
        template = strategy.pages or self._pager_template(response)
        next_url = template.replace("{n}", str(n + 1))
        if strategy.pages is None and canonicalize(next_url) not in {canonicalize(u) for u in hrefs}:
            return  # Odoo's pager links the next page only while there is one
        if n - strategy.first_page + 1 >= strategy.max_pages:
            self.count_failure("capped_pages")
            note_error(self.crawler, f"stopped listing after {strategy.max_pages} listing pages (max_pages)")
            self.logger.error("%s: %d listing pages read, the strategy's max_pages: listing stops before %s",
                              self.source.name, strategy.max_pages, next_url)
            return
        if self.take_listing_page(next_url):
            yield scrapy.Request(next_url, callback=self.parse_listing_page, errback=self.feed_page_missing,
                                 cb_kwargs={"strategy": strategy, "n": n + 1}, dont_filter=True)

    @staticmethod
    def _pager_template(response: Response) -> str:
        """Odoo's pager URL for the listing that answered: ``<its path without /page/N>/page/{n}``."""
        parts = urlsplit(response.url)
        base = _PAGE_SUFFIX.sub("", parts.path).rstrip("/")
        return f"{parts.scheme}://{parts.netloc}{base}/page/{{n}}"


class OdooSpider(PagedListing, SourceSpider):
    """Odoo website_blog: the blog listings, then its sitemap and the feed named in the rules as fallbacks."""

    name = "odoo"
    platform = "odoo"

    async def start(self):
        for request in self.start_discovery(self.platform):
            yield request

    def is_article_url(self, url: str) -> bool:
        pattern = self.source.rules.get("article_pattern")
        return bool(re.search(pattern, url) if pattern else ODOO_POST.search(url))


class ListingSpider(PagedListing, SourceSpider):
    """A portal with neither feed nor sitemap: its numbered listing pages (``[source.listing]``)."""

    name = "listing"
    platform = "listing"

    async def start(self):
        for request in self.start_discovery(self.platform):
            yield request

    def is_article_url(self, url: str) -> bool:
        return bool(re.search(self.source.rules["listing"]["article_pattern"], url))
