"""End to end: real Scrapy crawls (as the CLI runs them) against the local mirror."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import create_engine, text

from conftest import ROOT, run_cli
from humascrawl.demo.mirror import Fault
from humascrawl.demo.server import MirrorServer
from humascrawl.demo.sites import load_demo_sites
from humascrawl.storage.archive import Archive

FAST = ["-s", "AUTOTHROTTLE_ENABLED=false", "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]
SEED_TITLE = "Humas Polres Ketapang Ikuti Rakernis Kehumasan Polda Kalbar Tahun 2024"


@pytest.fixture
def mirror():
    with MirrorServer(load_demo_sites()) as server:
        yield server


def sources_file(tmp_path, server, names=None, extra=""):
    specs = {s.name: s for s in load_demo_sites()}
    lines = []
    for name in names or specs:
        spec = specs[name]
        lines.append(f'[[source]]\nname = "{name}"\nurl = "{server.base_url(name)}"\n'
                     f'platform = "{spec.platform}"\ntz = "{spec.tz}"\n{extra}')
    path = tmp_path / "sources.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return str(path)


def article_requests(site) -> int:
    paths = {site.post_path(p) for p in site.posts}
    return sum(1 for method, path, _ in site.request_log if method == "GET" and path.split("?")[0] in paths)


def crawl(db, sources, *args):
    return run_cli("crawl", "--db", db, "--sources", sources, "--no-progress", *FAST, *args)


def test_crawl_stores_every_post_then_fetches_nothing_again(mirror, tmp_path, db_url):
    sources = sources_file(tmp_path, mirror)
    first = crawl(db_url, sources)
    assert first.returncode == 0, first.stderr.decode()[-3000:]
    expected = sum(len(mirror.site(s.name).posts) for s in load_demo_sites())
    archive = Archive.open(db_url)
    assert archive.count_articles() == expected
    seed_site = mirror.site("kalimantanpost")
    seed = archive.get_article(seed_site.post_url(seed_site.posts[0]))
    assert seed.title == SEED_TITLE
    assert (seed.dateline, seed.source_credit, seed.editor) == ("Ketapang", "Humas Polres Ketapang", "Lisa")
    for boilerplate in ("Posting Komentar", "Belum ada Komentar", "Sumber:", "Editor:"):
        assert boilerplate not in seed.text
    for name in ("kalimantanpost", "kalbarnews", "borneotribrata"):
        mirror.site(name).clear_log()

    second = crawl(db_url, sources)
    assert second.returncode == 0, second.stderr.decode()[-3000:]
    assert all(article_requests(mirror.site(name)) == 0 for name in ("kalimantanpost", "kalbarnews", "borneotribrata"))
    assert archive.count_articles() == expected
    (run2, run1) = archive.recent_runs(2)
    assert run2.status == "ok" and {s.new for s in run2.sources} == {0}
    assert sum(s.new for s in run1.sources) == expected
    archive.close()


def test_new_and_changed_posts_are_found_and_changes_kept_as_versions(mirror, tmp_path, sqlite_url):
    sources = sources_file(tmp_path, mirror, ["kalimantanpost", "kalbarnews"])
    assert crawl(sqlite_url, sources).returncode == 0
    blog, wp = mirror.site("kalimantanpost"), mirror.site("kalbarnews")
    added = blog.add_posts(3) + wp.add_posts(2)
    changed = blog.modify_post(blog.posts[5].id)
    blog.clear_log()
    wp.clear_log()

    result = crawl(sqlite_url, sources)
    assert result.returncode == 0, result.stderr.decode()[-3000:]
    assert article_requests(blog) == 4 and article_requests(wp) == 2  # only what is new or changed
    archive = Archive.open(sqlite_url)
    for post in added:
        site = blog if post in blog.posts else wp
        assert archive.get_article(site.post_url(post)).title == post.title
    stored = archive.get_article(blog.post_url(changed))
    assert changed.paragraphs[-1][:60] in stored.text
    engine = create_engine(sqlite_url)
    with engine.connect() as conn:
        versions = conn.execute(text("SELECT count(*) FROM article_versions")).scalar_one()
        row = conn.execute(text("SELECT version FROM articles WHERE url = :u"), {"u": blog.post_url(changed)}).one()
    assert versions == 1 and row.version == 2
    (run, _) = archive.recent_runs(2)
    counts = {s.source_name: (s.new, s.changed) for s in run.sources}
    assert counts == {"kalimantanpost": (3, 1), "kalbarnews": (2, 0)}


def test_only_selects_sources(mirror, tmp_path, sqlite_url):
    sources = sources_file(tmp_path, mirror)
    result = crawl(sqlite_url, sources, "--only", "kalbarnews")
    assert result.returncode == 0
    archive = Archive.open(sqlite_url)
    assert archive.counts_by_source() == {"kalbarnews": len(mirror.site("kalbarnews").posts)}


def test_a_failing_source_exits_1_and_the_rest_is_stored(mirror, tmp_path, sqlite_url):
    sources = sources_file(tmp_path, mirror, ["kalbarnews"])
    with open(sources, "a", encoding="utf-8") as fh:
        fh.write('\n[[source]]\nname = "gone"\nurl = "http://127.0.0.1:9/"\nplatform = "blogger"\n')
    blog = mirror.site("kalbarnews")
    missing = blog.posts[3]
    blog.set_faults(Fault(pattern=r"^" + blog.post_path(missing) + r"$", status=404))
    result = crawl(sqlite_url, sources)
    assert result.returncode == 1
    archive = Archive.open(sqlite_url)
    assert archive.count_articles() == len(blog.posts) - 1
    status = json.loads(run_cli("status", "--db", sqlite_url, "--json").stdout)
    by_name = {s["name"]: s for s in status["runs"][0]["sources"]}
    assert by_name["gone"]["status"] == "failed" and by_name["gone"]["error"].startswith("discovery failed")
    assert by_name["kalbarnews"]["status"] == "partial" and by_name["kalbarnews"]["failed"] == {"http_404": 1}
    assert status["runs"][0]["status"] == "partial"


def test_scrapy_entry_points_work_from_the_repository_root(mirror, tmp_path):
    import subprocess
    import sys

    listing = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=ROOT, capture_output=True, text=True)
    assert listing.returncode == 0, listing.stderr
    assert {"blogger", "wordpress"} <= set(listing.stdout.split())
    db = f"sqlite:///{tmp_path / 'scrapy.sqlite3'}"
    sources = sources_file(tmp_path, mirror, ["borneotribrata"])
    crawl_run = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "blogger", "-a", "source=borneotribrata",
         "-s", f"HUMASCRAWL_SOURCES={sources}", "-s", f"HUMASCRAWL_DB={db}", "-s", "AUTOTHROTTLE_ENABLED=False",
         "-s", "DOWNLOAD_DELAY=0", "-s", "LOG_LEVEL=WARNING"],
        cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert crawl_run.returncode == 0, crawl_run.stderr[-3000:]
    archive = Archive.open(db)
    assert archive.count_articles() == len(mirror.site("borneotribrata").posts)
    (run,) = archive.recent_runs()
    assert run.status == "ok" and run.sources[0].source_name == "borneotribrata"


def test_failures_are_read_from_the_failed_stat_keys_alike_everywhere():
    from rich.console import Console

    from humascrawl.crawl.runner import RunResult, SourceResult
    from humascrawl.report import run_table
    from humascrawl.stat_keys import failed_by_reason, failed_total

    stats = {"humascrawl/failed/timeout": 2, "humascrawl/failed/discovery_bad_entry": 1,
             "humascrawl/skipped/old": 5, "humascrawl/new": 3, "failed/not_ours": 7}
    assert failed_by_reason(stats) == {"timeout": 2, "discovery_bad_entry": 1}
    assert failed_total(stats) == SourceResult("s", "partial", stats).failures == 3
    console = Console(record=True, width=200)
    console.print(run_table(RunResult(1, "partial", 1.0, [SourceResult("s", "partial", stats)])))
    assert "discovery_bad_entry=1, timeout=2" in console.export_text()
