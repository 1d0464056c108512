"""Discovery strategies, focus, the feed fast path and incremental listing, crawled for real."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import create_engine, text

from conftest import ROOT, run_cli
from humascrawl.demo.mirror import Fault
from humascrawl.demo.server import MirrorServer
from humascrawl.storage.archive import Archive

FAST = ["-s", "AUTOTHROTTLE_ENABLED=false", "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]


@pytest.fixture
def mirror():
    with MirrorServer.from_counts({"blog": ("blogger", 40), "wp": ("wordpress", 40)}) as server:
        yield server


def source(server, site, platform, extra=""):
    return f'[[source]]\nname = "{site}"\nurl = "{server.base_url(site)}"\nplatform = "{platform}"\n{extra}\n'


def crawl(tmp_path, db, *sources, args=()):
    path = tmp_path / "sources.toml"
    path.write_text("\n".join(sources), encoding="utf-8")
    return run_cli("crawl", "--db", db, "--sources", str(path), "--no-progress", *FAST, *args)


def requests_to(site, prefix):
    return [p for m, p, _ in site.request_log if m == "GET" and p.startswith(prefix)]


def page_requests(site):
    paths = {site.post_path(p) for p in site.posts}
    return [p for m, p, _ in site.request_log if m == "GET" and p.split("?")[0] in paths]


def last_run(db):
    return json.loads(run_cli("status", "--db", db, "--json").stdout)["runs"][0]


@pytest.mark.parametrize("site, platform", [("blog", "auto"), ("wp", "auto"), ("blog", "sitemap"), ("wp", "feed")])
def test_every_platform_strategy_finds_every_post(mirror, tmp_path, sqlite_url, site, platform):
    result = crawl(tmp_path, sqlite_url, source(mirror, site, platform))
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    assert Archive.open(sqlite_url).count_articles() == 40


def test_malformed_feed_falls_back_to_the_sitemap(mirror, tmp_path, sqlite_url):
    blog = mirror.site("blog")
    blog.set_faults(Fault(pattern=r"^/feeds/posts/default", status=200, body=b'{"feed": {"entry": [}'))
    result = crawl(tmp_path, sqlite_url, source(mirror, "blog", "blogger"))
    assert Archive.open(sqlite_url).count_articles() == 40
    assert requests_to(blog, "/sitemap.xml")
    run = last_run(sqlite_url)
    assert run["sources"][0]["failed"] == {"discovery_malformed_listing": 1}
    assert result.returncode in (0, 1)


def test_feed_paging_ends_on_a_short_page_without_trusting_the_total(mirror, tmp_path, sqlite_url):
    blog = mirror.site("blog")
    result = crawl(tmp_path, sqlite_url, source(mirror, "blog", "blogger"), args=("-s", "HUMASCRAWL_FEED_PAGE_SIZE=7"))
    assert result.returncode == 0
    assert Archive.open(sqlite_url).count_articles() == 40
    # 40 posts in pages of 7: five full pages, then a short one of 5 ends the listing.
    assert len(requests_to(blog, "/feeds/posts/default")) == 6


def test_focus_keeps_only_matching_posts_and_counts_skips(mirror, tmp_path, sqlite_url):
    blog = mirror.site("blog")
    label = blog.posts[0].labels[0]
    labelled = sum(1 for p in blog.posts if label in p.labels)
    result = crawl(tmp_path, sqlite_url, source(mirror, "blog", "blogger", f'labels = ["{label}"]'))
    assert result.returncode == 0
    assert Archive.open(sqlite_url).count_articles() == labelled < 40
    assert last_run(sqlite_url)["sources"][0]["skipped"] == {"label": 40 - labelled}
    assert len(page_requests(blog)) == labelled  # decided from the feed, before fetching


def test_keywords_and_since(mirror, tmp_path, sqlite_url):
    blog = mirror.site("blog")
    since = blog.posts[20].published.date().isoformat()
    older = sum(1 for p in blog.posts if p.published.date().isoformat() < since)
    extra = f'since = "{since}"\nkeywords = ["zzz-never-said"]'
    result = crawl(tmp_path, sqlite_url, source(mirror, "blog", "blogger", extra))
    assert result.returncode == 0
    assert Archive.open(sqlite_url).count_articles() == 0
    assert last_run(sqlite_url)["sources"][0]["skipped"] == {"before_since": older, "keyword": 40 - older}


def test_full_content_fast_path_fetches_no_page(mirror, tmp_path, sqlite_url):
    blog = mirror.site("blog")
    result = crawl(tmp_path, sqlite_url, source(mirror, "blog", "blogger", "full_content = true"))
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    assert page_requests(blog) == []
    archive = Archive.open(sqlite_url)
    assert archive.count_articles() == 40
    post = blog.posts[3]
    stored = archive.get_article(blog.post_url(post))
    assert stored.title == post.title and post.paragraphs[-1][:50] in stored.text
    with create_engine(sqlite_url).connect() as conn:
        assert conn.execute(text("SELECT DISTINCT fetched_via FROM articles")).scalars().all() == ["feed"]


def test_incremental_listing_asks_only_for_what_changed(mirror, tmp_path, sqlite_url):
    blog, wp = mirror.site("blog"), mirror.site("wp")
    sources = (source(mirror, "blog", "blogger"), source(mirror, "wp", "wordpress"))
    assert crawl(tmp_path, sqlite_url, *sources).returncode == 0
    blog.add_posts(2)
    wp.add_posts(1)
    changed = wp.modify_post(wp.posts[4].id)
    blog.clear_log()
    wp.clear_log()
    assert crawl(tmp_path, sqlite_url, *sources).returncode == 0
    feed = requests_to(blog, "/feeds/posts/default")
    api = requests_to(wp, "/wp-json/wp/v2/posts")
    assert feed and all("updated-min=" in p for p in feed) and len(feed) <= 2
    assert api and all("modified_after=" in p for p in api) and len(api) == 1
    assert len(page_requests(blog)) == 2 and len(page_requests(wp)) == 2
    archive = Archive.open(sqlite_url)
    assert archive.count_articles() == 83
    assert changed.paragraphs[-1][:40] in archive.get_article(wp.post_url(changed)).text


def test_a_killed_crawl_resumes_with_nothing_lost_or_doubled(tmp_path, sqlite_url):
    with MirrorServer.from_counts({"blog": ("blogger", 60)}) as server:
        blog = server.site("blog")
        blog.set_faults(Fault(pattern=r"^/\d{4}/\d{2}/", delay=0.15))
        path = tmp_path / "sources.toml"
        path.write_text(source(server, "blog", "blogger"), encoding="utf-8")
        args = [sys.executable, "-m", "humascrawl.cli", "crawl", "--db", sqlite_url, "--sources", str(path),
                "--no-progress", *FAST, "-s", "HUMASCRAWL_STORE_BATCH=5", "-s", "HUMASCRAWL_EXTRACT_WORKERS=1"]
        proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env={k: v for k, v in os.environ.items() if k != "HUMASCRAWL_DB"})
        archive = Archive.open(sqlite_url)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and archive.count_articles() < 10:
            time.sleep(0.1)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        stored_before = archive.count_articles()
        assert 0 < stored_before < 60

        blog.set_faults()
        result = crawl(tmp_path, sqlite_url, source(server, "blog", "blogger"))
        assert result.returncode == 0, result.stderr.decode()[-2000:]
        assert archive.count_articles() == 60
        with create_engine(sqlite_url).connect() as conn:
            assert conn.execute(text("SELECT count(DISTINCT canonical_url) FROM articles")).scalar_one() == 60
            statuses = conn.execute(text("SELECT status FROM crawl_runs ORDER BY id")).scalars().all()
        assert statuses == ["interrupted", "ok"]
        # The resumed run fetched exactly the pages the killed one had not stored. (Its own
        # count: the mirror may still be answering requests the killed process had queued.)
        resumed = last_run(sqlite_url)["sources"][0]
        assert (resumed["fetched"], resumed["new"], resumed["unchanged"]) == (
            60 - stored_before, 60 - stored_before, stored_before)
