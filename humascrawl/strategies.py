"""How a source's posts are discovered: typed strategies, declared per platform as data.

Each platform has a chain: the first strategy, then its fallbacks in the order they are tried when one fails
(Fundus's ``PublisherSpec`` with its typed ``RSSFeed``/``Sitemap``/``NewsMap`` sources is the model). A source's
``[source.rules]`` fill in the strategies' fields (``sitemap_url``, ``feed_url``, ``feed_paging``,
``article_pattern``, ``max_pages``, ``max_depth``); :func:`discovery_chain` is the one place that reads them.
The spiders know how to run each strategy; nothing here knows Scrapy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping, Union

__all__ = ["BloggerFeed", "WordPressAPI", "Sitemap", "WordPressSitemap", "YoastSitemap", "Feed", "Links", "OdooBlog",
           "ListingPages", "Strategy", "CHAINS", "BLOGGER_POST", "ODOO_POST", "discovery_chain"]

# Blogger's post URLs: /YYYY/MM/slug.html
BLOGGER_POST = re.compile(r"/\d{4}/\d{2}/[^/?#]+\.html(?:$|\?)")
# Odoo website_blog's post URLs: /blog/<blog slug>-<id>/<post slug>-<id> (a record's slug is its name
# slugified, a dash and its id, or the id alone); listings (/page/N), tags and feeds never end in -<id>.
ODOO_POST = re.compile(r"/blog/(?:[^/?#]*-)?\d+/(?:[^/?#]*-)?\d+/?(?:$|[?#])")


class _Fixed:
    """A strategy no rule changes."""

    @classmethod
    def from_rules(cls, rules: Mapping[str, Any], platform: str, detected_feed: str | None) -> Any:
        return cls()


@dataclass(frozen=True)
class BloggerFeed(_Fixed):
    """Blogger's JSON posts feed (``/feeds/posts/default?alt=json``), paged by ``start-index``; incremental runs
    ask only for posts updated since the watermark."""

    name = "blogger_feed"


@dataclass(frozen=True)
class WordPressAPI(_Fixed):
    """WordPress's REST API (``/wp-json/wp/v2/posts``), paged by ``page``; incremental runs ask with
    ``modified_after``."""

    name = "wordpress_api"


@dataclass(frozen=True)
class Sitemap:
    """A sitemap or sitemap index (gzip, news sitemaps and ``lastmod`` understood). ``url`` relative to the
    source's home page, or absolute; None: the sitemaps robots.txt names, else ``/sitemap.xml``. The rule
    ``sitemap_url`` sets it."""

    url: str | None = None
    name = "sitemap"

    @classmethod
    def from_rules(cls, rules: Mapping[str, Any], platform: str, detected_feed: str | None) -> Sitemap:
        return cls(url=rules.get("sitemap_url"))


@dataclass(frozen=True)
class WordPressSitemap(_Fixed, Sitemap):
    """WordPress's own sitemap index (since 5.5)."""

    url: str | None = "wp-sitemap.xml"
    name = "wp_sitemap"


@dataclass(frozen=True)
class YoastSitemap(_Fixed, Sitemap):
    """The sitemap index of the Yoast SEO plugin (and Rank Math, which copies its URL)."""

    url: str | None = "sitemap_index.xml"
    name = "yoast_sitemap"


@dataclass(frozen=True)
class Feed:
    """An RSS or Atom feed. ``url`` None: the feed the home page announces, else ``/feed/``. ``paging``: ask for
    WordPress's ``?paged=N`` until a page brings nothing new. The rules ``feed_url`` and ``feed_paging`` set
    them."""

    url: str | None = None
    paging: bool = True
    name = "feed"

    @classmethod
    def from_rules(cls, rules: Mapping[str, Any], platform: str, detected_feed: str | None) -> Feed:
        # Odoo's blog feed has no pages: its `limit` (at most 50) is all there is.
        paging = rules.get("feed_paging", platform != "odoo")
        return cls(url=rules.get("feed_url") or detected_feed, paging=bool(paging))


@dataclass(frozen=True)
class Links:
    """Bounded link following from the home page, for sites with neither sitemap nor feed: only URLs matching
    ``article_pattern`` are articles (without one this strategy refuses to run). The rules
    ``article_pattern``, ``max_pages`` and ``max_depth`` set them; on Blogger the pattern defaults to its post
    URLs."""

    article_pattern: str | None = None
    max_pages: int = 200
    max_depth: int = 2
    name = "links"

    @classmethod
    def from_rules(cls, rules: Mapping[str, Any], platform: str, detected_feed: str | None) -> Links:
        default_pattern = BLOGGER_POST.pattern if platform == "blogger" else None
        return cls(article_pattern=rules.get("article_pattern") or default_pattern,
                   max_pages=int(rules.get("max_pages", cls.max_pages)),
                   max_depth=int(rules.get("max_depth", cls.max_depth)))


@dataclass(frozen=True)
class ListingPages:
    """Numbered listing pages, newest first, for a site with neither feed nor sitemap (``[source.listing]``):
    ``pages`` is the page URL with ``{n}``, from ``first_page`` on; the links matching ``article_pattern`` are
    its articles. Paging stops on a page without articles, one that lists nothing new in this run, one whose
    articles are all archived (after a clean last run), after ``max_pages`` pages, or at a 404."""

    pages: str | None = None
    article_pattern: str | None = None
    first_page: int = 1
    max_pages: int = 50
    name = "listing_pages"

    @classmethod
    def from_rules(cls, rules: Mapping[str, Any], platform: str, detected_feed: str | None) -> ListingPages:
        listing = rules.get("listing") or {}
        return cls(pages=listing.get("pages"), article_pattern=listing.get("article_pattern"),
                   first_page=int(listing.get("first_page", cls.first_page)),
                   max_pages=int(listing.get("max_pages", cls.max_pages)))


@dataclass(frozen=True)
class OdooBlog(_Fixed, ListingPages):
    """Odoo's website_blog listings: ``/blog`` (which redirects to the blog when the site has only one), then
    its pager's ``<listing>/page/N``, 12 posts a page, newest first; post URLs are :data:`ODOO_POST`. Paging
    follows the pager's own links and stops as :class:`ListingPages` does. The rule ``max_pages`` bounds it."""

    pages: str | None = None  # taken from the answer to /blog: <its path>/page/{n}
    article_pattern: str | None = ODOO_POST.pattern
    max_pages: int = 200
    name = "odoo_blog"

    @classmethod
    def from_rules(cls, rules: Mapping[str, Any], platform: str, detected_feed: str | None) -> OdooBlog:
        return cls(article_pattern=rules.get("article_pattern") or ODOO_POST.pattern,
                   max_pages=int(rules.get("max_pages", cls.max_pages)))


Strategy = Union[BloggerFeed, WordPressAPI, Sitemap, Feed, Links, ListingPages]

# Per platform, the strategies in the order they are tried. "auto" detects one of these from the home page.
CHAINS: dict[str, tuple[type[Strategy], ...]] = {
    "blogger": (BloggerFeed, Sitemap, Links),
    "wordpress": (WordPressAPI, WordPressSitemap, YoastSitemap, Feed),
    "odoo": (OdooBlog, Sitemap, Feed),
    "listing": (ListingPages,),
    "feed": (Feed, Sitemap, Links),
    "sitemap": (Sitemap, Feed, Links),
}


def discovery_chain(platform: str, rules: Mapping[str, Any] | None = None,
                    detected_feed: str | None = None) -> tuple[Strategy, ...]:
    """The strategies for a source on ``platform``, first to last, with the source's rules filled in.
    ``detected_feed``: the feed URL the home page announced (platform ``auto``)."""
    if platform not in CHAINS:
        raise ValueError(f"no discovery chain for platform {platform!r} (known: {', '.join(CHAINS)})")
    return tuple(kind.from_rules(rules or {}, platform, detected_feed) for kind in CHAINS[platform])
