"""No silent loss: a page lost to a redirect, its size, a bad listing entry or a bug is counted with its reason,
and the run is partial."""

from __future__ import annotations

import gzip
import json
import logging
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, Response
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from conftest import run_cli
from faulty_pipeline import SECRET
from humascrawl import settings as project_settings
from humascrawl.config import Source
from humascrawl.crawl.extensions import RunRecorder, source_outcome
from humascrawl.crawl.middlewares import BoundedMetaRefreshMiddleware, BoundedRedirectMiddleware, PageLost
from humascrawl.demo.mirror import Fault
from humascrawl.demo.server import MirrorServer
from humascrawl.storage.archive import Archive

FAST = ["-s", "AUTOTHROTTLE_ENABLED=false", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=0",
        "-s", "DOWNLOAD_TIMEOUT=5", "-s", "REDIRECT_MAX_TIMES=3"]
POSTS = 8


@pytest.fixture
def mirror():
    with MirrorServer.from_counts({"blog": ("blogger", POSTS), "wp": ("wordpress", POSTS)}) as server:
        yield server


@pytest.fixture
def blog(mirror):
    return mirror.site("blog")


def crawl(tmp_path, db, url, *settings: str, extra: str = "", platform: str = "blogger", env: dict | None = None):
    path = tmp_path / "sources.toml"
    path.write_text(f'[[source]]\nname = "blog"\nurl = "{url}"\nplatform = "{platform}"\n{extra}\n')
    return run_cli("crawl", "--db", db, "--sources", str(path), "--no-progress", *FAST, *settings, env=env)


def source_record(db):
    return json.loads(run_cli("status", "--db", db, "--json").stdout)["runs"][0]["sources"][0]


def redirect(path: str, location: str) -> Fault:
    return Fault(pattern=f"^{path}$", status=302, headers={"Location": location})


def test_each_article_lost_to_a_redirect_or_its_size_fails_with_its_own_reason(tmp_path, sqlite_url, blog):
    paths = [blog.post_path(post) for post in blog.posts]
    too_many = [paths[0], *(f"/hop/{i}" for i in range(1, 6))]
    followed = [paths[6], "/via/1", "/via/2", blog.post_url(blog.posts[6]) + "?m=0"]
    blog.set_faults(
        *(redirect(a, b) for a, b in zip(too_many, too_many[1:])),
        *(redirect(a, b) for a, b in zip(followed, followed[1:])),  # within REDIRECT_MAX_TIMES=3: stored
        redirect(paths[1], "/loop-b"), redirect("/loop-b", blog.url(paths[1])),
        redirect(paths[2], paths[2]),
        redirect(paths[3], blog.post_url(blog.posts[3]).replace("127.0.0.1", "localhost")),
        Fault(pattern=f"^{paths[4]}$", body=b"<html><body>" + b"x" * 1_200_000 + b"</body></html>",
              headers={"Content-Type": "text/html; charset=UTF-8"}),
        Fault(pattern=f"^{paths[5]}$", body=gzip.compress(b"<html><body>" + b" " * 5_000_000 + b"</body></html>"),
              headers={"Content-Type": "text/html; charset=UTF-8", "Content-Encoding": "gzip"}),
    )
    result = crawl(tmp_path, sqlite_url, blog.base_url, "-s", "DOWNLOAD_MAXSIZE=1000000")
    assert result.returncode == 1, result.stderr.decode()[-2000:]
    record = source_record(sqlite_url)
    assert record["status"] == "partial"
    assert record["failed"] == {"too_many_redirects": 1, "redirect_loop": 2, "offsite_redirect": 1, "too_large": 2}
    assert record["skipped"] == {}  # the gzip bomb used to pass for a robots.txt skip
    assert Archive.open(sqlite_url).count_articles() == POSTS - 6
    requested = {p for _, p, _ in blog.request_log}
    assert "/hop/3" in requested and "/hop/4" not in requested  # REDIRECT_MAX_TIMES=3, then given up
    assert "/via/2" in requested
    log = result.stderr.decode()
    assert "redirect loop" in log and "follow_domain = true" in log


def test_follow_domain_follows_a_redirect_to_another_host(tmp_path, sqlite_url, blog):
    post = blog.posts[3]
    new_url = blog.post_url(post).replace("127.0.0.1", "localhost") + "?m=0"
    # and another post now redirects to a post also listed: one article, the other request a counted duplicate
    blog.set_faults(redirect(blog.post_path(post), new_url), redirect(blog.post_path(blog.posts[7]),
                                                                      blog.post_url(blog.posts[0])))
    result = crawl(tmp_path, sqlite_url, blog.base_url, extra="follow_domain = true")
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    record = source_record(sqlite_url)
    assert (record["status"], record["failed"], record["skipped"]) == ("ok", {}, {"duplicate": 1})
    archive = Archive.open(sqlite_url)
    assert archive.count_articles() == POSTS - 1
    assert archive.get_article(new_url).title == post.title


def serve_edited_feed(blog, edit) -> None:
    path = "/feeds/posts/default?alt=json&max-results=150&start-index=1&orderby=published"
    feed = json.loads(urllib.request.urlopen(blog.url(path)).read())
    edit(feed["feed"]["entry"])
    blog.set_faults(Fault(pattern=r"^/feeds/posts/default\?.*start-index=1&", body=json.dumps(feed).encode(),
                          headers={"Content-Type": "application/json; charset=UTF-8"}))


def on_localhost(entry: dict) -> None:
    """The feed lists the post on another host name of the same server (the outlet's "new domain")."""
    link = next(link for link in entry["link"] if link["rel"] == "alternate")
    link["href"] = link["href"].replace("127.0.0.1", "localhost")


def test_listing_entries_of_the_wrong_types_lose_only_themselves(tmp_path, sqlite_url, blog):
    def edit(entries):
        entries[0]["category"], entries[1]["author"], entries[2]["title"]["$t"] = None, "Humas", 2024
        entries[3]["published"]["$t"], entries[4]["link"] = 1714521600, None
        on_localhost(entries[5])

    serve_edited_feed(blog, edit)
    result = crawl(tmp_path, sqlite_url, blog.base_url)
    assert result.returncode == 1, result.stderr.decode()[-2000:]
    record = source_record(sqlite_url)
    assert (record["status"], record["failed"], record["discovered"]) == (
        "partial", {"discovery_bad_entry": 1, "offsite_entry": 1}, POSTS - 1)
    assert Archive.open(sqlite_url).count_articles() == POSTS - 2


def test_follow_domain_fetches_posts_a_feed_lists_on_another_host(tmp_path, sqlite_url, blog):
    serve_edited_feed(blog, lambda entries: on_localhost(entries[5]))
    result = crawl(tmp_path, sqlite_url, blog.base_url, extra="follow_domain = true")
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    assert Archive.open(sqlite_url).count_articles() == POSTS


def test_wordpress_posts_of_the_wrong_types_lose_only_themselves(tmp_path, sqlite_url, mirror):
    wp = mirror.site("wp")
    path = "/wp-json/wp/v2/posts?per_page=100&page=1&orderby=modified&order=desc&_embed=1"
    posts = json.loads(urllib.request.urlopen(wp.url(path)).read())
    posts[0]["title"], posts[1]["_embedded"], posts[2]["content"], posts[3]["date"] = 7, [], "<p>x</p>", 7
    posts[4]["link"] = {"href": posts[4]["link"]}
    wp.set_faults(Fault(pattern=r"^/wp-json/wp/v2/posts\?", body=json.dumps(posts).encode(),
                        headers={"Content-Type": "application/json; charset=UTF-8", "X-WP-TotalPages": "1"}))
    result = crawl(tmp_path, sqlite_url, wp.base_url, platform="wordpress")
    assert result.returncode == 1, result.stderr.decode()[-2000:]
    record = source_record(sqlite_url)
    assert (record["status"], record["failed"]) == ("partial", {"discovery_bad_entry": 1})
    assert Archive.open(sqlite_url).count_articles() == POSTS - 1


class _Unbounded(BaseHTTPRequestHandler):
    """Answers one endless-looking page with no Content-Length: its size is found only while reading."""

    protocol_version = "HTTP/1.0"

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(100):
                self.wfile.write(b"<p>" + b"x" * 20_000 + b"</p>")
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):
        pass


def test_a_page_without_length_that_grows_past_the_cap_fails_as_too_large(tmp_path, sqlite_url, blog):
    server = HTTPServer(("127.0.0.1", 0), _Unbounded)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        # Another port is another site: the redirect is followed because of follow_domain.
        blog.set_faults(redirect(blog.post_path(blog.posts[4]), f"http://127.0.0.1:{server.server_address[1]}/big"))
        result = crawl(tmp_path, sqlite_url, blog.base_url, "-s", "DOWNLOAD_MAXSIZE=300000",
                       extra="follow_domain = true")
        assert result.returncode == 1, result.stderr.decode()[-2000:]
        record = source_record(sqlite_url)
        assert (record["status"], record["failed"]) == ("partial", {"too_large": 1})
        assert Archive.open(sqlite_url).count_articles() == POSTS - 1
    finally:
        server.shutdown()


def test_an_item_pipeline_that_raises_for_one_article_counts_it_and_keeps_the_rest(tmp_path, sqlite_url, blog):
    # A bug, a bad rules file or a database error in a pipeline used to drop the item with the run `ok`, exit 0.
    victim = blog.post_path(blog.posts[3])
    pipelines = {**project_settings.ITEM_PIPELINES, "faulty_pipeline.FailingPipeline": 250}
    result = crawl(tmp_path, sqlite_url, blog.base_url, "-s", "ITEM_PIPELINES=" + json.dumps(pipelines),
                   "-s", f"HUMASCRAWL_TEST_FAIL_URL={victim}", env={"PYTHONPATH": str(Path(__file__).parent)})
    stderr = result.stderr.decode()
    assert result.returncode == 1, stderr[-2000:]
    record = source_record(sqlite_url)
    assert (record["status"], record["failed"]) == ("partial", {"pipeline_error": 1})
    assert Archive.open(sqlite_url).count_articles() == POSTS - 1
    lines = [line for line in stderr.splitlines() if victim in line]
    assert len(lines) == 1 and " ERROR " in lines[0] and "ValueError" in lines[0], stderr[-2000:]
    assert "Traceback" not in stderr and SECRET not in stderr and len(stderr) < 4000, stderr[-2000:]


# -- the redirect policy, without a crawl -------------------------------------------------------

def redirect_middleware(follow_domain=False):
    crawler = get_crawler(settings_dict={"REDIRECT_MAX_TIMES": 3})
    crawler.spider = type("Spider", (), {"source": Source(name="s", url="https://www.polres.id/",
                                                          follow_domain=follow_domain)})()
    return BoundedRedirectMiddleware.from_crawler(crawler)


def hop(middleware, request, location):
    return middleware.process_response(request, Response(request.url, status=301, headers={"Location": location}))


def test_redirects_between_www_and_the_bare_host_and_to_https_stay_on_site():
    middleware = redirect_middleware()
    step = hop(middleware, Request("http://www.polres.id/a.html"), "https://polres.id/a.html")
    assert step.meta["allow_offsite"]  # else Scrapy's offsite filter (allowed_domains) would drop it unseen
    with pytest.raises(PageLost) as lost:  # a later hop off the site is still caught
        hop(middleware, step, "https://parked.example/a.html")
    assert lost.value.reason == "offsite_redirect"


def test_discovery_requests_may_be_redirected_anywhere():
    step = hop(redirect_middleware(), Request("https://www.polres.id/feed/", dont_filter=True),
               "https://feeds.example/polres")
    assert step.url == "https://feeds.example/polres"


def test_follow_domain_follows_the_move_and_still_bounds_the_chain():
    middleware = redirect_middleware(follow_domain=True)
    step = hop(middleware, Request("https://www.polres.id/a.html"), "https://polres-baru.id/a.html")
    for n in range(2):
        step = hop(middleware, step, f"https://polres-baru.id/a.html?n={n}")
    with pytest.raises(PageLost) as lost:
        hop(middleware, step, "https://polres-baru.id/a.html?n=9")
    assert lost.value.reason == "too_many_redirects"


def test_a_callback_that_raised_is_counted_and_makes_the_source_partial(sqlite_url):
    crawler = get_crawler(settings_dict={"HUMASCRAWL_DB": sqlite_url})
    recorder = RunRecorder.from_crawler(crawler)
    crawler.stats.open_spider()
    spider = type("Spider", (), {"source": Source(name="s", url="https://polres.id/"), "name": "blogger",
                                 "logger": logging.getLogger("test")})()
    try:
        raise TypeError("'NoneType' object is not iterable")  # a listing field of a type nobody expected
    except TypeError:
        recorder.spider_error(Failure(), Response("https://polres.id/feeds/posts/default"), spider)
    crawler.stats.set_value("humascrawl/discovered", 3)
    crawler.stats.set_value("humascrawl/new", 2)
    record = source_outcome(crawler.stats.get_stats(), "finished")
    assert (record["status"], record["failed"]) == ("partial", {"spider_exception": 1})


def test_a_page_that_meta_refreshes_to_itself_is_kept_and_a_meta_refresh_elsewhere_is_bounded():
    crawler = get_crawler(settings_dict={"REDIRECT_MAX_TIMES": 3})
    crawler.spider = type("Spider", (), {"source": Source(name="s", url="https://polres.id/")})()
    middleware = BoundedMetaRefreshMiddleware.from_crawler(crawler)
    url = "https://polres.id/a.html"

    def refresh(request, to):
        body = f'<html><head><meta http-equiv="refresh" content="5;url={to}"></head><body>Isi</body></html>'
        return middleware.process_response(request, HtmlResponse(request.url, body=body.encode()))

    page = refresh(Request(url), url)
    assert isinstance(page, HtmlResponse) and b"Isi" in page.body
    with pytest.raises(PageLost) as lost:
        refresh(Request(url), "https://judi.example/")
    assert lost.value.reason == "offsite_redirect"
