"""Discovery chains: typed strategies per platform, filled in from a source's rules."""

import pytest

from humascrawl.strategies import (
    BLOGGER_POST, CHAINS, BloggerFeed, Feed, Links, Sitemap, WordPressAPI, WordPressSitemap, YoastSitemap,
    discovery_chain,
)


def test_each_platform_tries_its_own_way_first_then_the_generic_ones():
    assert discovery_chain("blogger") == (BloggerFeed(), Sitemap(), Links(article_pattern=BLOGGER_POST.pattern))
    assert discovery_chain("wordpress") == (WordPressAPI(), WordPressSitemap(), YoastSitemap(), Feed())
    assert discovery_chain("feed") == (Feed(), Sitemap(), Links())
    assert discovery_chain("sitemap") == (Sitemap(), Feed(), Links())


def test_rules_fill_in_the_strategies():
    rules = {"sitemap_url": "https://x.example/news.xml", "feed_url": "https://x.example/rss", "feed_paging": False,
             "article_pattern": r"/berita/\d+", "max_pages": 5, "max_depth": 1}
    sitemap, feed, links = discovery_chain("sitemap", rules)
    assert sitemap == Sitemap(url="https://x.example/news.xml")
    assert feed == Feed(url="https://x.example/rss", paging=False)
    assert links == Links(article_pattern=r"/berita/\d+", max_pages=5, max_depth=1)


def test_a_source_pattern_overrides_blogger_post_urls_and_the_announced_feed_yields_to_feed_url():
    assert discovery_chain("blogger", {"article_pattern": "/p/"})[-1].article_pattern == "/p/"
    assert discovery_chain("feed", {}, detected_feed="https://x.example/atom")[0].url == "https://x.example/atom"
    assert discovery_chain("feed", {"feed_url": "https://x.example/rss"},
                           detected_feed="https://x.example/atom")[0].url == "https://x.example/rss"


def test_the_wordpress_sitemaps_are_sitemaps_with_their_own_names_for_the_stats():
    names = [s.name for s in discovery_chain("wordpress", {"sitemap_url": "https://x.example/s.xml"})]
    assert names == ["wordpress_api", "wp_sitemap", "yoast_sitemap", "feed"]
    assert all(isinstance(s, Sitemap) for s in discovery_chain("wordpress")[1:3])
    assert discovery_chain("wordpress")[1].url == "wp-sitemap.xml"  # a source's sitemap_url is not WordPress's


def test_an_unknown_platform_is_an_error_not_an_empty_chain():
    with pytest.raises(ValueError, match="no discovery chain"):
        discovery_chain("joomla")
    assert "auto" not in CHAINS  # auto picks one of the chains from the home page
