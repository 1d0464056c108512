"""Politeness, end to end: robots.txt (Disallow, Crawl-delay) and Retry-After, measured at the server.

Each test crawls a small local mirror site through the real CLI (a subprocess) and reads what the
server saw: which paths were requested (the mirror's request log) and when each request arrived.
"""

from __future__ import annotations

import json
import time
from email.utils import formatdate

import pytest
from protego import Protego

from conftest import run_cli
from humascrawl import settings as project_settings
from humascrawl.crawl.politeness import parse_retry_after
from humascrawl.demo.mirror import Fault
from humascrawl.demo.server import MirrorServer
from humascrawl.storage.archive import Archive

# Throttling off, as in test_crawl.py: whatever spacing the server sees comes from politeness alone.
FAST = ["-s", "AUTOTHROTTLE_ENABLED=false", "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]
SLACK = 0.1  # seconds: how much later one request may reach the server than another after leaving the crawler


@pytest.fixture
def mirror():
    with MirrorServer.from_counts({"slow": ("blogger", 3)}) as server:
        yield server


@pytest.fixture
def site(mirror):
    return mirror.site("slow")


@pytest.fixture
def timeline(site):
    """(monotonic time, path) of every request the site receives, in order of arrival."""
    seen: list[tuple[float, str]] = []
    match_fault = site.match_fault

    def arrived(path_q: str):
        seen.append((time.monotonic(), path_q.split("?")[0]))
        return match_fault(path_q)

    site.match_fault = arrived  # the server's handler asks it first, for every request, as it arrives
    return seen


def crawl(tmp_path, mirror, db, *settings: str):
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nname = "slow"\nurl = "{mirror.base_url("slow")}"\n'
                       f'platform = "blogger"\ntz = "+07:00"\n', encoding="utf-8")
    started = time.monotonic()
    result = run_cli("crawl", "--db", db, "--sources", str(sources), "--no-progress", *settings, timeout=120)
    return result, time.monotonic() - started


def source_status(db) -> dict:
    status = json.loads(run_cli("status", "--db", db, "--json").stdout)
    (source,) = status["runs"][0]["sources"]
    return source


def requests_for(timeline, path):
    return [t for t, p in timeline if p == path]


def test_user_agent_is_what_robots_txt_groups_are_matched_with():
    assert project_settings.USER_AGENT.startswith("humascrawl/")
    assert project_settings.HUMASCRAWL_CONTACT in project_settings.USER_AGENT
    assert getattr(project_settings, "ROBOTSTXT_USER_AGENT", None) is None  # Scrapy then uses USER_AGENT
    robots = Protego.parse("User-agent: *\nAllow: /\n\nUser-agent: humascrawl\nDisallow: /private\nCrawl-delay: 4\n")
    assert not robots.can_fetch("http://x/private/1.html", project_settings.USER_AGENT)
    assert robots.crawl_delay(project_settings.USER_AGENT) == 4


def test_robots_txt_disallowed_posts_are_never_requested_and_counted_as_skipped(tmp_path, mirror, site,
                                                                                 sqlite_url):
    posts = site.posts
    banned = [site.post_path(p) for p in posts[:2]]
    # Only our own group forbids them: this also checks that robots.txt is matched with our User-Agent.
    site.robots_txt = ("User-agent: *\nAllow: /\n\nUser-agent: humascrawl\n"
                       + "".join(f"Disallow: {path}\n" for path in banned))
    result, _ = crawl(tmp_path, mirror, sqlite_url, *FAST)
    assert result.returncode == 0, result.stderr.decode()[-3000:]
    requested = {p.split("?")[0] for _, p, _ in site.request_log}
    assert "/robots.txt" in requested and not requested & set(banned)
    archive = Archive.open(sqlite_url)
    assert archive.count_articles() == len(posts) - 2
    assert archive.get_article(site.post_url(posts[2])) is not None
    archive.close()
    source = source_status(sqlite_url)
    assert source["status"] == "ok" and source["skipped"] == {"robots_txt": 2} and source["failed"] == {}


def test_crawl_delay_spaces_every_request_to_the_site(tmp_path, mirror, site, timeline, sqlite_url):
    site.robots_txt = "User-agent: *\nAllow: /\n\nUser-agent: humascrawl\nCrawl-delay: 1\n"
    # AutoThrottle on and nothing else slowing the crawl: it must not lower the delay below Crawl-delay.
    result, _ = crawl(tmp_path, mirror, sqlite_url, "-s", "AUTOTHROTTLE_ENABLED=true", "-s", "DOWNLOAD_DELAY=0",
                      "-s", "AUTOTHROTTLE_START_DELAY=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8")
    assert result.returncode == 0, result.stderr.decode()[-3000:]
    times = [t for t, _ in timeline]
    assert len(times) >= 2 + len(site.posts)  # robots.txt, the feed, every post
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert min(gaps) >= 1 - SLACK, gaps
    assert Archive.open(sqlite_url).count_articles() == len(site.posts)


def test_a_crawl_delay_above_the_cap_is_capped(tmp_path, mirror, site, timeline, sqlite_url):
    site.robots_txt = "User-agent: *\nCrawl-delay: 3600\n"
    result, took = crawl(tmp_path, mirror, sqlite_url, *FAST, "-s", "HUMASCRAWL_MAX_CRAWL_DELAY=0.4")
    assert result.returncode == 0, result.stderr.decode()[-3000:]
    assert "capped at 0.4 s" in result.stderr.decode()
    gaps = [b[0] - a[0] for a, b in zip(timeline, timeline[1:])]
    assert min(gaps) >= 0.4 - SLACK and took < 60, (gaps, took)
    assert Archive.open(sqlite_url).count_articles() == len(site.posts)


def test_429_retry_after_pauses_the_site_then_the_page_is_stored(tmp_path, mirror, site, timeline, sqlite_url):
    post = site.posts[0]
    path = site.post_path(post)
    site.set_faults(Fault(pattern="^" + path + "$", status=429, headers={"Retry-After": "2"}, times=1))
    # One request at a time, so "nothing else went to the site meanwhile" is visible at the server. (Scrapy
    # 2.19 holds a slot to its concurrency only when its delay is above 0: with none it sends all it has queued.)
    result, _ = crawl(tmp_path, mirror, sqlite_url, "-s", "AUTOTHROTTLE_ENABLED=false", "-s", "DOWNLOAD_DELAY=0.05",
                      "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1")
    assert result.returncode == 0, result.stderr.decode()[-3000:]
    (refused, retried) = requests_for(timeline, path)
    assert retried - refused >= 2 - SLACK
    assert [s for _, p, s in site.request_log if p == path] == [429, 200]
    after = [t for t, _ in timeline if t > refused]
    assert after and min(after) - refused >= 2 - SLACK  # every request to the site waited, not just the retry
    archive = Archive.open(sqlite_url)
    assert archive.get_article(site.post_url(post)).title == post.title
    assert archive.count_articles() == len(site.posts)
    archive.close()
    assert source_status(sqlite_url)["failed"] == {}


def test_503_with_an_http_date_retry_after(tmp_path, mirror, site, timeline, sqlite_url):
    post = site.posts[1]
    path = site.post_path(post)
    fault = Fault(pattern="^" + path + "$", status=503, times=1)
    site.set_faults(fault)
    match = site.match_fault

    def match_and_date(path_q):  # dated as the 503 is sent: 3 s after the whole second its Date header names
        hit = match(path_q)
        if hit is fault:
            fault.headers["Retry-After"] = formatdate(int(time.time()) + 3, usegmt=True)
        return hit

    site.match_fault = match_and_date
    result, _ = crawl(tmp_path, mirror, sqlite_url, *FAST)
    assert result.returncode == 0, result.stderr.decode()[-3000:]
    assert "GMT" in fault.headers["Retry-After"]
    (refused, retried) = requests_for(timeline, path)
    # Date is sent a moment after Retry-After is dated, possibly in the next second: 2 to 3 s.
    assert retried - refused >= 2 - SLACK
    assert Archive.open(sqlite_url).get_article(site.post_url(post)).title == post.title


def test_a_retry_after_above_the_cap_fails_that_page_only(tmp_path, mirror, site, timeline, sqlite_url):
    post = site.posts[0]
    path = site.post_path(post)
    site.set_faults(Fault(pattern="^" + path + "$", status=429, headers={"Retry-After": "3600"}))
    result, took = crawl(tmp_path, mirror, sqlite_url, *FAST)
    assert result.returncode == 1, result.stderr.decode()[-3000:]
    assert len(requests_for(timeline, path)) == 1  # given up at once: no retry, no hour-long wait
    assert took < 60
    archive = Archive.open(sqlite_url)
    assert archive.count_articles() == len(site.posts) - 1
    assert archive.get_article(site.post_url(post)) is None
    archive.close()
    source = source_status(sqlite_url)
    assert source["status"] == "partial" and source["failed"] == {"http_429": 1}


def test_retry_after_retries_stop_at_retry_times(tmp_path, mirror, site, timeline, sqlite_url):
    post = site.posts[0]
    path = site.post_path(post)
    site.set_faults(Fault(pattern="^" + path + "$", status=429, headers={"Retry-After": "1"}))
    result, _ = crawl(tmp_path, mirror, sqlite_url, *FAST, "-s", "RETRY_TIMES=1")
    assert result.returncode == 1
    times = requests_for(timeline, path)
    assert len(times) == 2 and times[1] - times[0] >= 1 - SLACK  # the request and one retry, a second apart
    assert source_status(sqlite_url)["failed"] == {"http_429": 1}
    assert Archive.open(sqlite_url).count_articles() == len(site.posts) - 1


@pytest.mark.parametrize("value, date, expected", [
    ("120", None, 120.0),
    (b" 0 ", None, 0.0),
    ("1.5", None, 1.5),
    ("Wed, 21 Oct 2015 07:28:30 GMT", "Wed, 21 Oct 2015 07:28:00 GMT", 30.0),
    ("Wed, 21 Oct 2015 07:27:00 GMT", "Wed, 21 Oct 2015 07:28:00 GMT", 0.0),  # in the past: now
    ("-5", None, None),
    ("soon", None, None),
    ("", None, None),
    (None, None, None),
])
def test_parse_retry_after(value, date, expected):
    assert parse_retry_after(value, date) == expected


def test_limits_must_be_seconds():
    from scrapy.settings import Settings

    from humascrawl.config import ConfigError
    from humascrawl.crawl.politeness import validate_settings

    settings = Settings()
    settings.setmodule("humascrawl.settings")
    assert validate_settings(settings) == {"HUMASCRAWL_MAX_CRAWL_DELAY": 60.0, "HUMASCRAWL_MAX_RETRY_AFTER": 300.0}
    for bad in ("soon", "-1", "nan"):
        settings.set("HUMASCRAWL_MAX_RETRY_AFTER", bad, priority="cmdline")
        with pytest.raises(ConfigError, match="HUMASCRAWL_MAX_RETRY_AFTER"):
            validate_settings(settings)
