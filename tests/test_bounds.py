"""Crawls that must end, in bounded memory: gzip bombs, endless or looping listings, caps on pages and time."""

from __future__ import annotations

import gzip
import json
import os
import re
import signal
import subprocess
import sys
import time
import zlib
from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import ROOT, run_cli
from hostile import HostileSite, article_html, blogger_feed
from humascrawl.demo.mirror import Fault
from humascrawl.demo.server import MirrorServer
from humascrawl.storage.archive import Archive

FAST = ["-s", "AUTOTHROTTLE_ENABLED=false", "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8",
        "-s", "RETRY_TIMES=0", "-s", "HUMASCRAWL_EXTRACT_WORKERS=1"]
ARTICLE = re.compile(r"^/2024/05/([\w-]+)\.html$")


def crawl(tmp_path, db, site, platform, *args, extra=""):
    path = tmp_path / "sources.toml"
    path.write_text(f'[[source]]\nname = "hostile"\nurl = "{site.url}"\nplatform = "{platform}"\n{extra}\n')
    return run_cli("crawl", "--db", db, "--sources", str(path), "--no-progress", *FAST, *args)


def last_source(db):
    return json.loads(run_cli("status", "--db", db, "--json").stdout)["runs"][0]["sources"][0]


def articles(path):
    match = ARTICLE.match(path)
    return (200, "text/html; charset=utf-8", article_html(match.group(1))) if match else None


def gzip_bomb(inflated: int) -> bytes:
    """A gzip file of ``inflated`` bytes (an XML prefix, then zeros) a thousand times smaller."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    parts = [packer.compress(b'<?xml version="1.0"?><urlset><url><loc>')]
    block = bytes(1 << 20)
    parts += [packer.compress(block) for _ in range(inflated >> 20)]
    return b"".join(parts) + packer.flush()


def urlset(base, slugs):
    urls = "".join(f"<url><loc>{base}2024/05/{slug}.html</loc></url>" for slug in slugs)
    return (200, "application/xml", f'<?xml version="1.0"?><urlset>{urls}</urlset>'.encode())


def sitemap_index(base, paths):
    items = "".join(f"<sitemap><loc>{base}{path}</loc></sitemap>" for path in paths)
    return (200, "application/xml", f'<?xml version="1.0"?><sitemapindex>{items}</sitemapindex>'.encode())


# -- decompression ------------------------------------------------------------------------------------

def test_a_gzip_bomb_sitemap_is_cut_at_the_cap_and_counted(tmp_path, sqlite_url):
    bomb = gzip_bomb(256 << 20)
    assert len(bomb) < 1 << 20

    def route(path):
        if path == "/robots.txt":
            return 200, "text/plain", b"Sitemap: /sitemap_index.xml\n"
        if path == "/sitemap_index.xml":
            return sitemap_index(site.url, ["bomb.xml.gz", "posts.xml.gz"])
        if path == "/bomb.xml.gz":
            return 200, "application/x-gzip", bomb
        if path == "/posts.xml.gz":
            return 200, "application/x-gzip", gzip.compress(urlset(site.url, ["satu", "dua"])[2])
        return articles(path)

    with HostileSite(route) as site:
        result = crawl(tmp_path, sqlite_url, site, "sitemap", "-s", "HUMASCRAWL_MAX_DECOMPRESSED_BYTES=4000000")
    assert result.returncode == 1, result.stderr.decode()[-2000:]
    record = last_source(sqlite_url)
    assert record["status"] == "partial"
    assert record["failed"]["discovery_too_large"] == 1  # (and the fallbacks it set off)
    assert Archive.open(sqlite_url).count_articles() == 2


# -- listings that never end ----------------------------------------------------------------------------

def test_endless_blogger_paging_stops_at_the_listing_page_cap(tmp_path, sqlite_url):
    def route(path):
        if path.startswith("/feeds/posts/default"):
            start = int(parse_qs(urlsplit(path).query)["start-index"][0])
            return 200, "application/json", blogger_feed(site.url, [f"post-{start}", f"post-{start + 1}"])
        return articles(path)

    with HostileSite(route) as site:
        result = crawl(tmp_path, sqlite_url, site, "blogger", "-s", "HUMASCRAWL_MAX_LISTING_PAGES=5")
        feed_pages = site.hits("/feeds/posts/default")
    assert result.returncode == 1, result.stderr.decode()[-2000:]
    assert len(feed_pages) == 5
    assert "hostile: stopped listing after 5 listing pages" in result.stdout.decode()  # the run's summary
    record = last_source(sqlite_url)
    assert record["status"] == "partial"
    assert record["failed"] == {"capped_pages": 1}
    assert "5 listing pages" in record["error"]
    assert record["discovered"] == 10 and Archive.open(sqlite_url).count_articles() == 10
    text = run_cli("status", "--db", sqlite_url).stdout.decode()
    assert "capped_pages=1" in text and "stopped listing after 5 listing pages" in text


def test_the_cap_is_per_source_in_the_sources_file(tmp_path, sqlite_url):
    def route(path):
        if path.startswith("/feeds/posts/default"):
            start = int(parse_qs(urlsplit(path).query)["start-index"][0])
            return 200, "application/json", blogger_feed(site.url, [f"post-{start}"])
        return articles(path)

    with HostileSite(route) as site:
        result = crawl(tmp_path, sqlite_url, site, "blogger", extra="max_listing_pages = 3")
        assert len(site.hits("/feeds/posts/default")) == 3
    assert result.returncode == 1
    assert last_source(sqlite_url)["failed"] == {"capped_pages": 1}


SLUGS = ("satu", "dua", "tiga")


def wp_posts(base):
    posts = [{"link": f"{base}2024/05/{slug}.html", "title": {"rendered": slug}, "date_gmt": "2024-05-01T01:00:00",
              "modified_gmt": "2024-05-01T01:00:00"} for slug in SLUGS]
    return 200, "application/json", json.dumps(posts).encode(), {"X-WP-TotalPages": "50"}  # it says 50 pages


def rss(base):
    items = "".join(f"<item><title>{s}</title><link>{base}2024/05/{s}.html</link></item>" for s in SLUGS)
    return 200, "application/rss+xml", f"<rss><channel>{items}</channel></rss>".encode()


@pytest.mark.parametrize("platform, listing, same_page", [
    ("blogger", "/feeds/posts/default", lambda base: (200, "application/json", blogger_feed(base, list(SLUGS)))),
    ("wordpress", "/wp-json/wp/v2/posts", wp_posts),
    ("feed", "/feed/", rss),
])
def test_a_listing_that_ignores_its_page_parameter_is_read_once(tmp_path, sqlite_url, platform, listing, same_page):
    """The same three posts on every page (start-index, ?page, ?paged ignored): 196 requests once."""
    def route(path):
        return same_page(site.url) if path.startswith(listing) else articles(path)

    with HostileSite(route) as site:
        result = crawl(tmp_path, sqlite_url, site, platform)
        listing_pages = site.hits(listing)
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    assert len(listing_pages) <= 2
    record = last_source(sqlite_url)
    assert (record["status"], record["discovered"], record["new"]) == ("ok", 3, 3)


def test_a_sitemap_index_that_lists_itself_is_fetched_once(tmp_path, sqlite_url):
    def route(path):
        if path == "/robots.txt":
            return 200, "text/plain", b"Sitemap: /sitemap.xml\n"
        if path == "/sitemap.xml":  # lists itself (another spelling too) and a child that lists it back
            return sitemap_index(site.url, ["sitemap.xml", "sitemap.xml#index", "more.xml"])
        if path == "/more.xml":
            return sitemap_index(site.url, ["sitemap.xml", "more.xml", "posts.xml"])
        if path == "/posts.xml":
            return urlset(site.url, ["satu", "dua", "tiga"])
        return articles(path)

    with HostileSite(route) as site:
        result = crawl(tmp_path, sqlite_url, site, "sitemap")
        sitemaps = [p for p in site.requests if p.endswith(".xml")]
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    assert sorted(sitemaps) == ["/more.xml", "/posts.xml", "/sitemap.xml"]
    assert last_source(sqlite_url)["discovered"] == 3


# -- wall time ----------------------------------------------------------------------------------------

def paged_feed(base, slugs, per_page=200):
    """A Blogger site listing ``slugs`` in pages of ``per_page`` (``base()``: its URL, once served)."""
    def route(path):
        if path.startswith("/feeds/posts/default"):
            start = int(parse_qs(urlsplit(path).query)["start-index"][0])
            return 200, "application/json", blogger_feed(base(), list(slugs)[start - 1:start - 1 + per_page])
        return articles(path)
    return route


def slow_articles(path):
    return 1.0 if ARTICLE.match(path) else 0.0


def test_a_source_past_its_time_cap_is_closed_with_what_it_fetched(tmp_path, sqlite_url):
    route = paged_feed(lambda: site.url, [f"post-{i}" for i in range(200)])
    with HostileSite(route, delay=slow_articles) as site:  # 200 pages, 2 at a time: 100 s
        result = crawl(tmp_path, sqlite_url, site, "blogger", "-s", "HUMASCRAWL_MAX_SOURCE_SECONDS=4",
                       "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2")
    assert result.returncode == 1, result.stderr.decode()[-2000:]
    record = last_source(sqlite_url)
    assert record["status"] == "partial"
    assert record["failed"] == {"capped_time": 1}
    assert "stopped after 4 s" in record["error"]
    stored = Archive.open(sqlite_url).count_articles()
    assert 0 < stored < 200 and record["new"] == stored
    assert record["skipped"].get("interrupted", 0) > 0


@pytest.mark.parametrize("name, value", [("HUMASCRAWL_MAX_LISTING_PAGES", "many"),
                                         ("HUMASCRAWL_MAX_SOURCE_SECONDS", "-1"),
                                         ("HUMASCRAWL_MAX_DECOMPRESSED_BYTES", "0")])
def test_a_bad_bound_is_a_configuration_error(tmp_path, sqlite_url, name, value):
    with HostileSite(articles) as site:
        result = crawl(tmp_path, sqlite_url, site, "blogger", "-s", f"{name}={value}")
    assert result.returncode == 2
    assert name in result.stderr.decode() and "Traceback" not in result.stderr.decode()


# -- stopping ------------------------------------------------------------------------------------------

def test_sigterm_stops_a_crawl_with_a_long_queue_promptly_and_keeps_what_was_stored(tmp_path, sqlite_url):
    """Scrapy's graceful stop waited for the 16 requests queued in the downloader, a second apart."""
    with MirrorServer.from_counts({"blog": ("blogger", 300)}) as server:
        blog = server.site("blog")
        blog.set_faults(Fault(pattern=r"^/\d{4}/\d{2}/", delay=0.5))
        path = tmp_path / "sources.toml"
        path.write_text(f'[[source]]\nname = "blog"\nurl = "{server.base_url("blog")}"\nplatform = "blogger"\n')
        args = [sys.executable, "-m", "humascrawl.cli", "crawl", "--db", sqlite_url, "--sources", str(path),
                "--no-progress", "-s", "AUTOTHROTTLE_ENABLED=false", "-s", "DOWNLOAD_DELAY=1",
                "-s", "HUMASCRAWL_STORE_BATCH=2", "-s", "HUMASCRAWL_EXTRACT_WORKERS=1"]
        proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                env={k: v for k, v in os.environ.items() if k != "HUMASCRAWL_DB"})
        archive = Archive.open(sqlite_url)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None and archive.count_articles() < 2:
            time.sleep(0.2)
        stored_before = archive.count_articles()
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)  # a bound on hanging, not a speed test: the queue alone takes 16 s or more
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            pytest.fail("the crawl was still running 10 s after SIGTERM")
    assert proc.returncode == 1, proc.stderr.read().decode()[-2000:]
    assert stored_before >= 2 and archive.count_articles() >= stored_before
    run = json.loads(run_cli("status", "--db", sqlite_url, "--json").stdout)["runs"][0]
    record = run["sources"][0]
    assert run["status"] == "interrupted" and record["status"] == "interrupted"
    assert record["error"] == "interrupted by SIGTERM"
    assert record["new"] == archive.count_articles() < 300
    assert record["skipped"]["interrupted"] > 0


# -- the spider's bookkeeping, without a crawl ---------------------------------------------------------

def make_spider(**settings):
    from scrapy.utils.test import get_crawler

    from humascrawl.config import Source
    from humascrawl.spiders.blogger import BloggerSpider

    crawler = get_crawler(BloggerSpider, settings_dict=settings)
    crawler.spider = BloggerSpider.from_crawler(crawler, source=Source(name="x", url="http://x.example/"))
    return crawler.spider


def test_the_listing_page_cap_refuses_once_spent_and_counts_it_once():
    spider = make_spider(HUMASCRAWL_MAX_LISTING_PAGES=2)
    requests = [spider.discovery_request(f"http://x.example/feed?page={n}", spider.parse_rss) for n in range(4)]
    assert [r is not None for r in requests] == [True, True, False, False]
    assert spider.listed_before("http://www.x.example/feed?page=1") and not spider.listed_before(requests[0].url + "0")
    assert spider.crawler.stats.get_value("humascrawl/failed/capped_pages") == 1


def test_entries_are_fresh_once_per_run_under_any_spelling():
    from humascrawl.discovery import Entry

    spider = make_spider()
    first = spider.fresh_entries([Entry(url="http://x.example/2024/05/a.html"), Entry(url="http://x.example/b/")])
    again = spider.fresh_entries([Entry(url="http://www.x.example/2024/05/a.html?m=1"),
                                  Entry(url="http://x.example/b"), Entry(url="http://x.example/c")])
    assert len(first) == 2 and [e.url for e in again] == ["http://x.example/c"]


def test_a_multipage_article_cut_by_the_stop_is_not_archived_in_part():
    from scrapy import Request
    from twisted.python.failure import Failure

    from humascrawl.crawl.bounds import Interrupted

    spider = make_spider()
    state = {"page": object(), "bodies": [b"page 1"], "urls": ["http://x.example/a"], "queue": [], "seen": set()}
    request = Request("http://x.example/a?page=2", meta={"multipage": state})
    failure = Failure(Interrupted("interrupted by SIGTERM"))
    failure.request = request
    assert list(spider.continuation_failed(failure)) == []
    assert list(spider.single_view_failed(failure)) == []
    assert spider.crawler.stats.get_value("humascrawl/skipped/interrupted") == 2


def test_one_source_past_its_own_time_cap_leaves_the_others_running(tmp_path, sqlite_url):
    with HostileSite(paged_feed(lambda: slow.url, [f"post-{i}" for i in range(100)]), delay=slow_articles) as slow, \
            HostileSite(paged_feed(lambda: quick.url, SLUGS)) as quick:
        path = tmp_path / "sources.toml"
        path.write_text(f'[[source]]\nname = "slow"\nurl = "{slow.url}"\nplatform = "blogger"\nmax_seconds = 3\n'
                        f'[[source]]\nname = "quick"\nurl = "{quick.url}"\nplatform = "blogger"\n')
        result = run_cli("crawl", "--db", sqlite_url, "--sources", str(path), "--no-progress", *FAST,
                         "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2")
    assert result.returncode == 1, result.stderr.decode()[-2000:]
    run = json.loads(run_cli("status", "--db", sqlite_url, "--json").stdout)["runs"][0]
    records = {s["name"]: s for s in run["sources"]}
    assert run["status"] == "partial"
    assert records["slow"]["status"] == "partial" and records["slow"]["failed"] == {"capped_time": 1}
    assert (records["quick"]["status"], records["quick"]["new"], records["quick"]["error"]) == ("ok", 3, None)


@pytest.mark.parametrize("line, message", [('max_seconds = "soon"', "rules.max_seconds must be a number of seconds"),
                                           ("max_listing_pages = -3", "rules.max_listing_pages must be a whole number")])
def test_a_bad_per_source_cap_is_a_configuration_error(tmp_path, line, message):
    path = tmp_path / "sources.toml"
    path.write_text(f'[[source]]\nname = "a"\nurl = "http://a.example/"\nplatform = "blogger"\n{line}\n')
    result = run_cli("sources", "--sources", str(path))
    assert result.returncode == 2 and message in result.stderr.decode()
