"""What every humascrawl spider shares: its source, article requests, failure counting,
and the discovery strategies every platform can fall back to (sitemaps, RSS/Atom feeds,
bounded link following). Multi-page articles: spiders/article_pages.py; listing bounds:
spiders/listing.py; failure and skip reasons: spiders/failures.py.

Spiders only discover and fetch. Each yields a :class:`FetchedPage` per article; the
pipelines extract and store it. Counters go to Scrapy's stats under ``humascrawl/…``
and the run recorder writes them to the archive.
"""

from __future__ import annotations

import html
import re
from typing import Any, Iterator

import scrapy
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from humascrawl.config import ConfigError, Source, load_sources
from humascrawl.crawl.middlewares import PageLost
from humascrawl.crawl.state import CrawlState
from humascrawl.discovery import DiscoveryError, Entry, Listing, parse_feed, parse_sitemap
from humascrawl.focus import listing_skip_reason
from humascrawl.items import FetchedPage
from humascrawl.spiders.article_pages import ArticlePages
from humascrawl.spiders.failures import failure_reason, loss_reason, skip_reason
from humascrawl.spiders.listing import ListingBounds
from humascrawl.strategies import (BloggerFeed, Feed, Links, ListingPages, OdooBlog, Sitemap, Strategy, WordPressAPI,
                                  discovery_chain)
from humascrawl.urls import site_key

STAT = "humascrawl/"
_SITEMAP_LINE = re.compile(r"^\s*sitemap\s*:\s*(\S+)", re.I | re.M)
# Child sitemaps that list pages, taxonomies or users, never posts (WordPress core, Yoast, Blogger).
_NON_POST_SITEMAP = re.compile(
    r"wp-sitemap-(?:taxonomies|users|posts-page)|(?:page|category|post_tag|tag|author)-sitemap|sitemap-pages", re.I)


class SourceSpider(ArticlePages, ListingBounds, scrapy.Spider):
    """A spider bound to one source of the sources file (``-a source=NAME``)."""

    platform = ""

    def __init__(self, source: Source | str | None = None, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        if source is None:
            raise ConfigError(f"spider {self.name!r} needs a source: scrapy crawl {self.name} -a source=NAME")
        self.source = source
        self._fallbacks: list[Strategy] = []
        self._links = Links()

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any):
        spider = super().from_crawler(crawler, *args, **kwargs)
        if isinstance(spider.source, str):
            path = crawler.settings.get("HUMASCRAWL_SOURCES") or None
            matches = [s for s in load_sources(path) if s.name == spider.source]
            if not matches:
                raise ConfigError(f"no source named {spider.source!r} in {path or 'data/sources.toml'}")
            spider.source = matches[0]
        # Scrapy allows subdomains of these: the bare domain covers www. (and site_key ignores www.)
        spider.allowed_domains = [spider.source.host.removeprefix("www.")]
        return spider

    @property
    def state(self) -> CrawlState:
        return CrawlState.for_crawler(self.crawler)

    def url(self, path: str) -> str:
        return self.source.url + path.lstrip("/")

    # -- counters ----------------------------------------------------------------

    def count(self, key: str, n: int = 1) -> None:
        self.crawler.stats.inc_value(STAT + key, n)

    def count_failure(self, reason: str, discovery: bool = False) -> None:
        self.count(f"failed/{'discovery_' if discovery else ''}{reason}")

    # -- articles ----------------------------------------------------------------

    def entry_items(self, entry: Entry) -> Iterator[scrapy.Request | FetchedPage]:
        """What to do with one listed post: skip it, archive it from the feed, or fetch its page."""
        self.count("discovered")
        reason = listing_skip_reason(self.source, entry.labels, entry.published)
        if reason:
            self.count(f"skipped/{reason}")
            return
        if self.source.rules.get("full_content") and entry.content:
            if self.state.is_unchanged(entry.url, entry.stamp):
                self.count("unchanged")
                return
            yield self.feed_page(entry)
            return
        meta = {"article_page": True, "hints": {**entry.hints(), "tz": self.source.tz}, "feed_updated": entry.stamp}
        if site_key(entry.url) != self.source.site:
            # A feed listing its posts on another host: the outlet moved. Scrapy's offsite filter would drop
            # them without a word.
            if not self.source.follow_domain:
                self.count_failure("offsite_entry")
                self.logger.warning("%s: listed post on another host not fetched (follow_domain = true would): %s",
                                    self.source.name, entry.url)
                return
            meta["allow_offsite"] = True
        yield scrapy.Request(entry.url, callback=self.parse_page, errback=self.page_failed, meta=meta)

    def feed_page(self, entry: Entry) -> FetchedPage:
        """The full-content fast path: archive the post from the feed, no page fetch."""
        title = html.escape(entry.title or "")
        doc = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>'
               f'<link rel="canonical" href="{html.escape(entry.url)}"></head><body><article>'
               f'<h1 class="entry-title">{title}</h1><div class="entry-content post-body">{entry.content}</div>'
               f'</article></body></html>')
        return FetchedPage(
            source=self.source.name, url=entry.url, status=200, body=doc.encode("utf-8"),
            headers={"Content-Type": "text/html; charset=utf-8", "X-Humascrawl-Origin": "feed"},
            hints={**entry.hints(), "tz": self.source.tz}, feed_updated=entry.stamp, fetched_via="feed",
        )

    def page_failed(self, failure: Failure) -> None:
        skipped = skip_reason(failure)
        if skipped:
            # Not a failure: a middleware chose not to fetch (unchanged post, robots.txt).
            if skipped != "unchanged":
                self.count("skipped/" + skipped)
            return
        reason = failure_reason(failure)
        self.count_failure(reason)
        self.logger.warning("%s: article page failed (%s): %s%s", self.source.name, reason, failure.request.url,
                            f" ({failure.value})" if failure.check(PageLost) else "")

    # -- discovery plumbing ------------------------------------------------------------

    def discovery_request(self, url: str, callback, **kwargs: Any) -> scrapy.Request | None:
        """A request for a listing page (feed, API or sitemap page, robots.txt, home page); None once
        this run has requested ``max_listing_pages`` of them (the source is then counted ``capped_pages``)."""
        if not self.take_listing_page(url):
            return None
        return scrapy.Request(url, callback=callback, errback=self.discovery_failed, dont_filter=True, **kwargs)

    def discovery_failed(self, failure: Failure) -> Iterator[scrapy.Request]:
        if self.stopping(failure):  # no fallback
            return
        reason = loss_reason(failure)
        self.count_failure(reason, discovery=True)
        self.logger.error("%s: discovery request failed (%s): %s", self.source.name, reason, failure.request.url)
        yield from self.fall_back()

    def count_unusable(self, listing: Listing, response: Response) -> None:
        """Entries of a listing page left out for want of a usable URL: each one a post lost to discovery."""
        if listing.dropped:
            self.count("failed/discovery_bad_entry", listing.dropped)
            self.logger.warning("%s: %d entr%s without a usable URL left out of %s", self.source.name,
                                listing.dropped, "y" if listing.dropped == 1 else "ies", response.url)

    def bad_document(self, response: Response, error: Exception) -> Iterator[scrapy.Request]:
        self.count_failure(getattr(error, "reason", "malformed_listing"), discovery=True)
        self.logger.error("%s: cannot read %s (%s)", self.source.name, response.url, error)
        yield from self.fall_back()

    def start_discovery(self, platform: str, detected_feed: str | None = None) -> Iterator[scrapy.Request]:
        """Run the platform's first discovery strategy; the others are fallbacks, tried in order when one fails."""
        first, *self._fallbacks = discovery_chain(platform, self.source.rules, detected_feed)
        yield from self.run_strategy(first)

    def fall_back(self) -> Iterator[scrapy.Request]:
        if self._fallbacks:
            strategy = self._fallbacks.pop(0)
            self.logger.warning("%s: falling back to %s discovery", self.source.name, strategy.name)
            self.count(f"fallback/{strategy.name}")
            yield from self.run_strategy(strategy)

    def run_strategy(self, strategy: Strategy) -> Iterator[scrapy.Request]:
        match strategy:
            case BloggerFeed():
                yield from self.blogger_feed_start()
            case WordPressAPI():
                yield from self.wordpress_api_start()
            case Sitemap(url=url):
                yield from self.sitemap_start(url)
            case Feed():
                yield from self.feed_start(strategy)
            case Links():
                yield from self.links_start(strategy)
            case OdooBlog():
                yield from self.odoo_blog_start(strategy)
            case ListingPages():
                yield from self.listing_pages_start(strategy)

    def is_article_url(self, url: str) -> bool:
        pattern = self.source.rules.get("article_pattern")
        return bool(re.search(pattern, url)) if pattern else True

    # -- sitemaps ----------------------------------------------------------------------

    def sitemap_start(self, sitemap: str | None) -> Iterator[scrapy.Request]:
        if sitemap:
            yield from self.sitemap_request(self.url(sitemap) if "://" not in sitemap else sitemap)
        else:
            # A missing robots.txt is normal: any status goes to the parser, which then tries /sitemap.xml.
            yield from self.listing(self.url("robots.txt"), self.parse_robots_sitemaps,
                                    meta={"handle_httpstatus_all": True})

    def parse_robots_sitemaps(self, response: Response) -> Iterator[scrapy.Request]:
        urls = _SITEMAP_LINE.findall(response.text) if response.status == 200 else []
        for url in urls or [self.url("sitemap.xml")]:
            yield from self.sitemap_request(response.urljoin(url))

    def sitemap_request(self, url: str) -> Iterator[scrapy.Request]:
        """Each sitemap once per run: an index that lists itself, or two that list each other, ends."""
        if self.listed_before(url):
            self.logger.warning("%s: sitemap %s listed again; not fetched twice", self.source.name, url)
            return
        yield from self.listing(url, self.parse_sitemap)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request | FetchedPage]:
        try:
            kind, entries = parse_sitemap(response.body, self.max_decompressed)
        except DiscoveryError as exc:
            yield from self.bad_document(response, exc)
            return
        if kind == "index":
            for entry in entries:
                if not _NON_POST_SITEMAP.search(entry.url):
                    yield from self.sitemap_request(response.urljoin(entry.url))
            return
        for entry in self.fresh_entries(entries):
            if site_key(entry.url) == self.source.site and self.is_article_url(entry.url):
                yield from self.entry_items(entry)

    # -- RSS / Atom --------------------------------------------------------------------

    def feed_start(self, feed: Feed) -> Iterator[scrapy.Request]:
        yield from self.listing(feed.url or self.url("feed/"), self.parse_rss,
                                cb_kwargs={"page": 1, "paging": feed.paging})

    def parse_rss(self, response: Response, page: int, paging: bool = True) -> Iterator[scrapy.Request | FetchedPage]:
        try:
            entries = parse_feed(response.body, self.max_decompressed)
        except DiscoveryError as exc:
            yield from self.bad_document(response, exc)
            return
        fresh = self.fresh_entries(entries)
        for entry in fresh:
            yield from self.entry_items(entry)
        # WordPress feeds page with ?paged=N (404 past the end). Stop when a page brings no
        # post not seen in this run (a feed that ignores paging) or only archived, unchanged
        # posts (the rest is older still).
        if fresh and paging:
            base = response.url.split("?")[0]
            next_page = f"{base}?paged={page + 1}"
            if not all(self.state.is_unchanged(e.url, e.stamp) for e in fresh) and self.take_listing_page(next_page):
                yield scrapy.Request(next_page, callback=self.parse_rss,
                                     errback=self.feed_page_missing, cb_kwargs={"page": page + 1, "paging": paging},
                                     dont_filter=True)

    def feed_page_missing(self, failure: Failure) -> None:
        # Past the last page WordPress answers 404: the normal end of paging.
        if not self.stopping(failure) and not (failure.check(HttpError) and failure.value.response.status == 404):
            self.count_failure(failure_reason(failure), discovery=True)

    # -- bounded link following (sites with neither sitemap nor feed) -----------------

    def links_start(self, links: Links) -> Iterator[scrapy.Request]:
        if not links.article_pattern:
            self.logger.error("%s: link following needs an article_pattern in the sources file", self.source.name)
            self.count_failure("no_article_pattern", discovery=True)
            return
        self._links = links
        self._pages_left = links.max_pages
        yield from self.listing(self.source.url, self.parse_links, cb_kwargs={"depth": 0})

    def parse_links(self, response: Response, depth: int) -> Iterator[scrapy.Request | FetchedPage]:
        if not hasattr(response, "css"):
            return
        max_depth = self._links.max_depth
        links = [url for href in dict.fromkeys(response.css("a::attr(href)").getall())
                 if site_key(url := response.urljoin(href).split("#")[0]) == self.source.site]
        fresh = self.fresh_entries([Entry(url=url) for url in links if self.is_article_url(url)])
        for entry in fresh:
            yield from self.entry_items(entry)
        for url in links:
            if depth >= max_depth or self._pages_left <= 0:
                return
            # Each listing page once: a page that links only pages already followed brings nothing new.
            if self.is_article_url(url) or self.listed_before(url):
                continue
            if not self.take_listing_page(url):
                return
            self._pages_left -= 1
            yield scrapy.Request(url, callback=self.parse_links, cb_kwargs={"depth": depth + 1},
                                 errback=self.listing_page_failed)

    def listing_page_failed(self, failure: Failure) -> None:
        if self.stopping(failure):
            return
        if not skip_reason(failure):
            self.count_failure(failure_reason(failure), discovery=True)
