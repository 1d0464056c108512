"""A crawl is honest about a misbehaving site: server errors, timeouts, redirects, deleted posts, no sitemap."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from humascrawl.demo.mirror import Fault
from humascrawl.demo.server import MirrorServer
from humascrawl.storage.archive import Archive

FAST = ["-s", "AUTOTHROTTLE_ENABLED=false", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=1",
        "-s", "DOWNLOAD_TIMEOUT=2"]


@pytest.fixture
def mirror():
    with MirrorServer.from_counts({"blog": ("blogger", 12), "wp": ("wordpress", 12)}) as server:
        yield server


def crawl(tmp_path, db, server, site, platform, extra=""):
    path = tmp_path / "sources.toml"
    path.write_text(f'[[source]]\nname = "{site}"\nurl = "{server.base_url(site)}"\nplatform = "{platform}"\n{extra}\n')
    return run_cli("crawl", "--db", db, "--sources", str(path), "--no-progress", *FAST)


def source_record(db):
    return json.loads(run_cli("status", "--db", db, "--json").stdout)["runs"][0]["sources"][0]


def test_server_errors_and_timeouts_are_retried_then_counted(mirror, tmp_path, sqlite_url):
    blog = mirror.site("blog")
    broken, slow = blog.posts[2], blog.posts[5]
    blog.set_faults(Fault(pattern="^" + blog.post_path(broken) + "$", status=500),
                    Fault(pattern="^" + blog.post_path(slow) + "$", delay=5))
    result = crawl(tmp_path, sqlite_url, mirror, "blog", "blogger")
    assert result.returncode == 1
    record = source_record(sqlite_url)
    assert record["status"] == "partial"
    assert record["failed"] == {"http_500": 1, "timeout": 1}
    assert Archive.open(sqlite_url).count_articles() == 10
    tries = [p for m, p, _ in blog.request_log if p == blog.post_path(broken)]
    assert len(tries) == 2  # RETRY_TIMES=1: one retry, then given up


def test_a_transient_error_heals_on_retry(mirror, tmp_path, sqlite_url):
    blog = mirror.site("blog")
    blog.set_faults(Fault(pattern="^" + blog.post_path(blog.posts[0]) + "$", status=503, times=1))
    assert crawl(tmp_path, sqlite_url, mirror, "blog", "blogger").returncode == 0
    assert Archive.open(sqlite_url).count_articles() == 12


def test_redirected_post_is_stored_under_where_it_landed(mirror, tmp_path, sqlite_url):
    wp = mirror.site("wp")
    post = wp.posts[1]
    # The REST API lists the post without its trailing slash; WordPress answers 301 to the slashed URL.
    wp.set_faults(Fault(pattern="^" + wp.post_path(post).rstrip("/") + "$", status=301,
                        headers={"Location": wp.post_url(post)}))
    assert crawl(tmp_path, sqlite_url, mirror, "wp", "wordpress").returncode == 0
    assert Archive.open(sqlite_url).get_article(wp.post_url(post)).title == post.title


def test_deleted_posts_are_not_requested_again(mirror, tmp_path, sqlite_url):
    blog = mirror.site("blog")
    assert crawl(tmp_path, sqlite_url, mirror, "blog", "blogger").returncode == 0
    gone = blog.delete_post(blog.posts[3].id)
    blog.clear_log()
    assert crawl(tmp_path, sqlite_url, mirror, "blog", "blogger").returncode == 0
    assert not [p for m, p, _ in blog.request_log if p.startswith(blog.post_path(gone))]
    assert Archive.open(sqlite_url).get_article(blog.post_url(gone)) is not None  # the archive keeps it


def test_link_following_for_a_site_without_feed_or_sitemap(mirror, tmp_path, sqlite_url):
    blog = mirror.site("blog")
    blog.set_faults(Fault(pattern=r"^/(feeds|sitemap)", status=404))
    result = crawl(tmp_path, sqlite_url, mirror, "blog", "blogger", 'max_depth = 2\nmax_pages = 50')
    assert Archive.open(sqlite_url).count_articles() >= 7  # the home page lists the newest seven
    record = source_record(sqlite_url)
    assert set(record["failed"]) == {"discovery_http_404"}
    assert result.returncode in (0, 1)


def test_malformed_sitemap_xml_is_reported(mirror, tmp_path, sqlite_url):
    blog = mirror.site("blog")
    blog.set_faults(Fault(pattern=r"^/sitemap\.xml", status=200, body=b"<urlset><url><loc>"),
                    Fault(pattern=r"^/robots\.txt", status=404))
    result = crawl(tmp_path, sqlite_url, mirror, "blog", "sitemap")
    record = source_record(sqlite_url)
    assert "discovery_malformed_listing" in record["failed"]
    assert result.returncode == 1
