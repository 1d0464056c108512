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

__all__ = ["BloggerFeed", "WordPressAPI", "Sitemap", "WordPressSitemap", "YoastSitemap", "Feed", "Links", "Strategy",
           "CHAINS", "BLOGGER_POST", "discovery_chain"]

# Blogger's post URLs: /YYYY/MM/slug.html
BLOGGER_POST = re.compile(r"/\d{4}/\d{2}/[^/?#]+\.html(?:$|\?)")


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
        return cls(url=rules.get("feed_url") or detected_feed, paging=bool(rules.get("feed_paging", True)))


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


Strategy = Union[BloggerFeed, WordPressAPI, Sitemap, Feed, Links]

# Per platform, the strategies in the order they are tried. "auto" detects one of these from the home page.
CHAINS: dict[str, tuple[type[Strategy], ...]] = {
    "blogger": (BloggerFeed, Sitemap, Links),
    "wordpress": (WordPressAPI, WordPressSitemap, YoastSitemap, Feed),
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
