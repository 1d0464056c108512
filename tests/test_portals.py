"""The official portals: Odoo's website_blog (tribratanews.polri.go.id), a portal with only numbered listing
pages (humas.polri.go.id), their configuration, detection, and incremental crawls against the loopback mirror."""

from __future__ import annotations

import json
import re
import urllib.request

import pytest

from conftest import run_cli
from humascrawl import defaults
from humascrawl.config import ConfigError, load_sources, parse_source
from humascrawl.demo.mirror import Fault
from humascrawl.demo.server import MirrorServer
from humascrawl.demo.sites import load_demo_sites
from humascrawl.discovery import detect_platform, parse_feed, parse_sitemap
from humascrawl.storage.archive import Archive
from humascrawl.strategies import ODOO_POST, ListingPages, OdooBlog, discovery_chain

FAST = ["-s", "AUTOTHROTTLE_ENABLED=false", "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]
LISTING = '[source.listing]\npages = "news/all?page={n}"\narticle_pattern = \'/news/detail/\\d+-\'\n'


@pytest.fixture
def portals():
    with MirrorServer(load_demo_sites(defaults.DEMO_PORTALS)) as server:
        yield server


def source(server, name, platform, extra=""):
    return f'[[source]]\nname = "{name}"\nurl = "{server.base_url(name)}"\nplatform = "{platform}"\n{extra}\n'


def crawl(tmp_path, db, *sources):
    path = tmp_path / "sources.toml"
    path.write_text("\n".join(sources), encoding="utf-8")
    return run_cli("crawl", "--db", db, "--sources", str(path), "--no-progress", *FAST)


def fetched(site):
    """The paths the site answered, and the article pages among them."""
    paths = [p for m, p, _ in site.request_log if m == "GET"]
    posts = {site.post_path(p) for p in site.posts}
    return paths, [p for p in paths if p.split("?")[0] in posts]


def last_run(db):
    return json.loads(run_cli("status", "--db", db, "--json").stdout)["runs"][0]["sources"][0]


def get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read()


# ---------------------------------------------------------------- configuration

def listing_source(listing: str, platform: str = "listing", extra: str = "") -> dict:
    import tomllib

    return tomllib.loads(f'name = "humas"\nurl = "https://humas.polri.go.id"\nplatform = "{platform}"\n{extra}\n'
                         f'[listing]\n{listing}')


def test_a_listing_source_is_read_with_its_pager_resolved_on_the_site():
    src = parse_source(listing_source('pages = "news/all?page={n}"\narticle_pattern = \'/news/detail/\\d+-\''), "f")
    assert src.rules["listing"] == {"pages": "https://humas.polri.go.id/news/all?page={n}",
                                    "article_pattern": r"/news/detail/\d+-", "first_page": 1, "max_pages": 50}
    chain = discovery_chain("listing", src.rules)
    assert chain == (ListingPages(pages="https://humas.polri.go.id/news/all?page={n}",
                                  article_pattern=r"/news/detail/\d+-"),)


@pytest.mark.parametrize("listing, message", [
    ('article_pattern = "/d/"', "listing: 'pages' is required"),
    ('pages = "news/all?page={n}"', "listing: 'article_pattern' is required"),
    ('pages = "news/all"\narticle_pattern = "/d/"', "listing.pages must be a URL with {n} once"),
    ('pages = "news/{n}/{n}"\narticle_pattern = "/d/"', "listing.pages must be a URL with {n} once"),
    ('pages = "news/{page}?p={n}"\narticle_pattern = "/d/"', "listing.pages must be a URL with {n} once"),
    ('pages = "https://mirror.example/news?page={n}"\narticle_pattern = "/d/"',
     "listing.pages must be on the source's own site humas.polri.go.id"),
    ('pages = "news/all?page={n}"\narticle_pattern = "/news/"', "also matches the listing page"),
    ('pages = "news/all?page={n}"\narticle_pattern = "(news"', "listing.article_pattern: invalid regular expression"),
    ('pages = "news/all?page={n}"\narticle_pattern = "/d/"\nmax_pages = 0', "listing.max_pages must be 1 or more"),
    ('pages = "news/all?page={n}"\narticle_pattern = "/d/"\nfirst_page = -1', "listing.first_page must be a whole"),
    ('pages = "news/all?page={n}"\narticle_pattern = "/d/"\nnext = "x"', "listing: unknown key(s) next"),
])
def test_listing_mistakes_are_named_in_one_line(listing, message):
    with pytest.raises(ConfigError) as caught:
        parse_source(listing_source(listing), "sources.toml: source #1")
    assert message in str(caught.value) and "\n" not in str(caught.value)
    assert str(caught.value).startswith("sources.toml: source #1 (humas): ")


def test_listing_table_and_listing_platform_go_together():
    with pytest.raises(ConfigError, match=r'only read with platform = "listing"'):
        parse_source(listing_source('pages = "a?p={n}"\narticle_pattern = "/d/"', platform="wordpress"), "f")
    with pytest.raises(ConfigError, match=r'platform "listing" needs a \[source.listing\] table'):
        parse_source({"name": "humas", "url": "https://humas.polri.go.id/", "platform": "listing"}, "f")


@pytest.mark.parametrize("unit, canonical", [("Polda Kalimantan Barat", "Polda Kalbar"),
                                             ("Polres Ketapang", "Polres Ketapang"),
                                             ("Divisi Humas Polri", "Divhumas Polri")])
def test_a_unit_is_read_in_the_extractors_spelling(unit, canonical):
    src = parse_source({"name": "x", "url": "https://x.go.id/", "unit": unit}, "f")
    assert src.unit == canonical and src.as_dict()["unit"] == canonical


@pytest.mark.parametrize("unit", ["Kalbar", "", "Polda Kalbar dan Polres Ketapang", 7])
def test_a_unit_that_names_no_single_unit_is_refused(unit):
    with pytest.raises(ConfigError, match="'unit' must name one police unit"):
        parse_source({"name": "x", "url": "https://x.go.id/", "unit": unit}, "f")


def test_the_sources_file_lists_every_polda_site_and_the_national_portals_with_their_units():
    sources = {s.name: s for s in load_sources(defaults.DEFAULT_SOURCES)}
    tribratanews = [s for s in sources.values() if re.fullmatch(r"https://tribratanews\.[a-z]+\.polri\.go\.id/", s.url)]
    assert len(tribratanews) == 36  # 34 Polda and the two formed in Nov 2024
    assert all(s.unit and s.unit.startswith("Polda ") for s in tribratanews)
    assert len({s.unit for s in tribratanews}) == 36
    assert sources["tribratanews-kalbar"].unit == "Polda Kalbar"
    assert (sources["tribratanews-polri"].platform, sources["tribratanews-polri"].unit) == ("odoo", "Divhumas Polri")
    assert (sources["humas-polri"].platform, sources["humas-polri"].unit) == ("listing", "Divhumas Polri")
    assert not any(s.unit for s in (sources["kalimantanpost"], sources["equator"]))  # news outlets


# ---------------------------------------------------------------- the Odoo mirror and its strategies

def test_odoo_chain_and_post_urls():
    assert [s.name for s in discovery_chain("odoo")] == ["odoo_blog", "sitemap", "feed"]
    assert discovery_chain("odoo", {"max_pages": 3})[0] == OdooBlog(max_pages=3)
    assert ODOO_POST.search("/blog/berita-1/polres-ketapang-gelar-patroli-130")
    for listing in ("/blog/berita-1", "/blog/berita-1/page/2", "/blog/1/feed", "/blog/berita-1/tag/humas-3"):
        assert not ODOO_POST.search(listing)


def test_the_odoo_mirror_serves_websites_blog_routes(portals):
    site = portals.site("tribratanews")
    base = site.base_url.rstrip("/")
    home = get(base + "/")
    assert detect_platform(home) == ("odoo", None)
    with urllib.request.urlopen(base + "/blog") as answer:  # the only blog: /blog redirects to it
        assert answer.url == base + "/blog/berita-1"
        listing = answer.read().decode()
    assert listing.count('name="blog_post"') == 12 and 'href="/blog/berita-1/page/2"' in listing
    assert '<link href="/blog/1/feed" type="application/atom+xml"' in listing
    last = get(base + "/blog/berita-1/page/3").decode()
    assert last.count('name="blog_post"') == 30 - 24 and 'href="/blog/berita-1/page/4"' not in last
    post = site.posts[0]
    page = get(site.post_url(post)).decode()
    assert 'class="o_wblog_post_content_field' in page and 'id="o_wblog_post_name"' in page
    assert re.search(r'<meta property="article:published_time" content="\d{4}-\d\d-\d\d \d\d:\d\d:\d\d"/>', page)
    # the feed: Atom, the newest posts, at most 50 whatever the limit; updated = the post date in UTC
    entries = parse_feed(get(base + "/blog/1/feed?limit=500"))
    assert len(entries) == 30 and entries[0].url == site.post_url(site.posts[-1])
    assert len(parse_feed(get(base + "/blog/1/feed"))) == 15 and entries[0].modified.endswith("Z")
    kind, urls = parse_sitemap(get(base + "/sitemap.xml"))
    posts = [e for e in urls if ODOO_POST.search(e.url)]
    assert kind == "urlset" and len(posts) == 30 and all(e.modified is None for e in posts)
    # a post asked for under another name is redirected to its own, as Odoo's slug converter does
    wrong = site.url(f"/blog/berita-1/salah-{post.id}")
    with urllib.request.urlopen(wrong) as answer:
        assert answer.url == site.post_url(post)


# ---------------------------------------------------------------- crawls, twice

@pytest.mark.parametrize("platform", ["odoo", "auto"])
def test_odoo_is_crawled_whole_then_incrementally(portals, tmp_path, sqlite_url, platform):
    site = portals.site("tribratanews")
    first = crawl(tmp_path, sqlite_url, source(portals, "tribratanews", platform))
    assert first.returncode == 0, first.stderr.decode()[-2000:]
    paths, posts = fetched(site)
    assert Archive.open(sqlite_url).count_articles() == 30 and len(posts) == 30
    assert [p for p in paths if "/page/" in p] == ["/blog/berita-1/page/2", "/blog/berita-1/page/3"]
    article = Archive.open(sqlite_url).get_article(site.post_url(site.posts[5]))
    truth = site.truth(site.posts[5].id)
    assert {k: getattr(article, k) for k in ("title", "published", "author", "dateline", "text")} == \
        {k: truth[k] for k in ("title", "published", "author", "dateline", "text")}

    site.clear_log()
    second = crawl(tmp_path, sqlite_url, source(portals, "tribratanews", platform))
    assert second.returncode == 0
    paths, posts = fetched(site)
    assert posts == [] and not [p for p in paths if "/page/" in p]  # page 1 held only archived posts
    assert last_run(sqlite_url)["new"] == 0

    new = site.add_posts(3)
    site.clear_log()
    third = crawl(tmp_path, sqlite_url, source(portals, "tribratanews", platform))
    assert third.returncode == 0
    paths, posts = fetched(site)
    assert sorted(posts) == sorted(site.post_path(p) for p in new)
    # page 1 mixed new and archived posts, page 2 only archived ones: paging stops there
    assert [p for p in paths if "/page/" in p] == ["/blog/berita-1/page/2"]
    assert Archive.open(sqlite_url).count_articles() == 33


def test_odoo_falls_back_to_its_sitemap_when_the_listing_fails(portals, tmp_path, sqlite_url):
    site = portals.site("tribratanews")
    site.set_faults(Fault(pattern=r"^/blog$", status=503))
    result = crawl(tmp_path, sqlite_url, source(portals, "tribratanews", "odoo"))
    assert Archive.open(sqlite_url).count_articles() == 30
    assert "/sitemap.xml" in fetched(site)[0]
    assert last_run(sqlite_url)["failed"] == {"discovery_http_503": 1} and result.returncode == 1


def test_odoo_falls_back_to_the_blogs_atom_feed_when_listing_and_sitemap_fail(portals, tmp_path, sqlite_url):
    site = portals.site("tribratanews")
    site.set_faults(Fault(pattern=r"^/blog$", status=503), Fault(pattern=r"^/sitemap\.xml", status=503))
    feed = f'[source.rules]\nfeed_url = "{site.url("/blog/1/feed?limit=50")}"\n'
    assert discovery_chain("odoo", {"feed_url": "x"})[2].paging is False  # the feed has no pages, only limit
    result = crawl(tmp_path, sqlite_url, source(portals, "tribratanews", "odoo", feed))
    assert Archive.open(sqlite_url).count_articles() == 30 and result.returncode == 1
    paths = fetched(site)[0]
    assert paths.count("/blog/1/feed?limit=50") == 1 and not [p for p in paths if "paged=" in p]
    assert last_run(sqlite_url)["failed"] == {"discovery_http_503": 2}


def test_listing_portal_is_crawled_whole_then_incrementally(portals, tmp_path, sqlite_url):
    site = portals.site("humaspolri")
    first = crawl(tmp_path, sqlite_url, source(portals, "humaspolri", "listing", LISTING))
    assert first.returncode == 0, first.stderr.decode()[-2000:]
    paths, posts = fetched(site)
    assert Archive.open(sqlite_url).count_articles() == 25 and len(posts) == 25
    # 25 posts, 10 a page: page 3 holds the last 5 and links no page 4, which is asked for and lists nothing
    assert [p for p in paths if p.startswith("/news/all")] == [f"/news/all?page={n}" for n in (1, 2, 3, 4)]
    assert not [p for p in paths if p.startswith(("/feed", "/sitemap"))]  # no feed, no sitemap: never asked

    site.clear_log()
    assert crawl(tmp_path, sqlite_url, source(portals, "humaspolri", "listing", LISTING)).returncode == 0
    paths, posts = fetched(site)
    assert posts == [] and [p for p in paths if p.startswith("/news/all")] == ["/news/all?page=1"]

    new = site.add_posts(12)  # more than a page: page 1 all new, page 2 partly, page 3 only archived posts
    site.clear_log()
    assert crawl(tmp_path, sqlite_url, source(portals, "humaspolri", "listing", LISTING)).returncode == 0
    paths, posts = fetched(site)
    assert sorted(posts) == sorted(site.post_path(p) for p in new)
    assert [p for p in paths if p.startswith("/news/all")] == [f"/news/all?page={n}" for n in (1, 2, 3)]
    assert Archive.open(sqlite_url).count_articles() == 37


def test_a_listing_whose_pattern_matches_nothing_is_a_counted_failure(portals, tmp_path, sqlite_url):
    wrong = LISTING.replace("/news/detail/", "/berita/")
    result = crawl(tmp_path, sqlite_url, source(portals, "humaspolri", "listing", wrong))
    assert result.returncode == 1 and b"links no article matching" in result.stderr
    assert last_run(sqlite_url)["failed"] == {"discovery_no_articles": 1}


def test_listing_pages_stop_at_max_pages_and_say_so(portals, tmp_path, sqlite_url):
    capped = LISTING + "max_pages = 2\n"
    result = crawl(tmp_path, sqlite_url, source(portals, "humaspolri", "listing", capped))
    assert result.returncode == 1
    assert Archive.open(sqlite_url).count_articles() == 20
    assert last_run(sqlite_url)["failed"] == {"capped_pages": 1}
    # the capped run was not clean: the next one pages past the archived posts to the rest
    result = crawl(tmp_path, sqlite_url, source(portals, "humaspolri", "listing", LISTING))
    assert result.returncode == 0 and Archive.open(sqlite_url).count_articles() == 25
