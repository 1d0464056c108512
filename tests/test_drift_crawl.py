"""End to end on loopback: a source's template is learned from its honest pages; the next night its new pages come
in another template. A redesign (same Indonesian releases, same police units) is kept and noted; a hijack (an English
casino page, borderline on its own words and links) is skipped as spam and flags the source."""

from __future__ import annotations

import json
import shutil

import pytest

from conftest import run_cli
from humascrawl.demo.server import MirrorServer
from humascrawl.demo.walls import casino_page, redesigned_page, replace_posts
from humascrawl.storage.archive import Archive
from humascrawl.storage.templates import load_baseline
from humascrawl.verdicts.drift import similarity, template_sketch
from humascrawl.verdicts.spam import spam_verdict

FAST = ["-s", "AUTOTHROTTLE_ENABLED=false", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=0",
        "-s", "DOWNLOAD_TIMEOUT=5"]
POSTS, NEW = 6, 4


@pytest.fixture
def blog():
    with MirrorServer.from_counts({"blog": ("blogger", POSTS)}) as server:
        yield server.site("blog")


def crawl(tmp_path, db, site, *settings: str):
    path = tmp_path / "sources.toml"
    path.write_text(f'[[source]]\nname = "{site.name}"\nurl = "{site.base_url}"\nplatform = "{site.platform}"\n')
    return run_cli("crawl", "--db", db, "--sources", str(path), "--no-progress", *FAST, *settings)


def report(db) -> tuple[int, dict, dict]:
    """(status --check's exit code, the source's record of the last run, its health)"""
    result = run_cli("status", "--db", db, "--json", "--check")
    data = json.loads(result.stdout)
    return result.returncode, data["runs"][0]["sources"][0], data["health"][0]


def learned(db_url, site):
    """Crawl the site once: its template is learned from its posts."""
    archive = Archive.open(db_url)
    try:
        return load_baseline(archive, site.name)
    finally:
        archive.close()


def first_night(tmp_path, db, site):
    result = crawl(tmp_path, db, site)
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    baseline = learned(db, site)
    assert (baseline.pages, baseline.police_share, baseline.indonesian_share) == (POSTS, 1.0, 1.0)
    return baseline


def test_an_honest_redesign_is_kept_noted_and_its_template_learned(tmp_path, sqlite_url, blog):
    before = first_night(tmp_path, sqlite_url, blog)
    new = blog.add_posts(NEW)
    blog.set_faults(*replace_posts(blog, new, lambda post: redesigned_page(post, blog.spec.title)))
    page = redesigned_page(new[0], blog.spec.title)
    assert similarity(template_sketch(page), before) < 0.3  # the template did change

    result = crawl(tmp_path, sqlite_url, blog)
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    code, record, health = report(sqlite_url)
    assert (record["status"], record["new"], record["skipped"], record["failed"]) == ("ok", NEW, {}, {})
    assert health["flags"] == [] and code == 0  # a note is no flag: --check stays 0
    assert [(n["code"], n["details"]["pages"]) for n in health["notes"]] == [("template_changed", NEW)]
    archive = Archive.open(sqlite_url)
    assert [archive.get_article(blog.post_url(post)).title for post in new] == [post.title for post in new]
    after = learned(sqlite_url, blog)  # the new template replaces the old one
    assert after.pages == NEW and similarity(template_sketch(page), after) > 0.8


def test_a_hijack_in_another_template_and_language_is_skipped_as_spam_and_flags_the_source(
        tmp_path, sqlite_url, blog):
    before = first_night(tmp_path, sqlite_url, blog)
    new = blog.add_posts(NEW)
    pages = {post.id: casino_page(i) for i, post in enumerate(new)}
    assert not any(spam_verdict(body).spam for body in pages.values())  # borderline: kept on its own merits
    blog.set_faults(*replace_posts(blog, new, lambda post: pages[post.id]))

    result = crawl(tmp_path, sqlite_url, blog)
    assert result.returncode == 1, result.stderr.decode()[-2000:]  # hijacked: the source did not deliver its news
    code, record, health = report(sqlite_url)
    assert (record["skipped"], record["failed"]) == ({"spam": NEW}, {})
    assert record["status"] == "partial" and record["error"].startswith(f"hijacked: {NEW} of {NEW} article pages")
    flags = {f["code"]: f for f in health["flags"]}
    assert set(flags) == {"hijacked", "domain_changed"} and code == 1
    assert flags["domain_changed"]["details"]["drift"] == {"run_id": 2, "spam": NEW, "caught_by_drift": NEW}
    assert health["notes"] == []
    archive = Archive.open(sqlite_url)
    assert all(archive.get_article(blog.post_url(post)) is None for post in new)
    assert archive.count_articles() == POSTS
    assert learned(sqlite_url, blog) == before  # spam teaches the source nothing
    assert "drift: template, language, police content" in result.stderr.decode()


def test_without_drift_the_borderline_hijack_gets_in(tmp_path, sqlite_url, blog):
    """The control: the same hijack with HUMASCRAWL_DRIFT off is stored as articles."""
    first_night(tmp_path, sqlite_url, blog)
    new = blog.add_posts(NEW)
    pages = {post.id: casino_page(i) for i, post in enumerate(new)}
    blog.set_faults(*replace_posts(blog, new, lambda post: pages[post.id]))
    result = crawl(tmp_path, sqlite_url, blog, "-s", "HUMASCRAWL_DRIFT=false")
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    _, record, _ = report(sqlite_url)
    assert (record["new"], record["skipped"]) == (NEW, {})


@pytest.mark.parametrize("setting", ["HUMASCRAWL_DRIFT_TEMPLATE_DEPARTS=2", "HUMASCRAWL_DRIFT_SPAM_MARGIN=x",
                                     "HUMASCRAWL_DRIFT=maybe"])
def test_a_bad_drift_setting_is_a_configuration_error(tmp_path, sqlite_url, blog, setting):
    result = crawl(tmp_path, sqlite_url, blog, "-s", setting)
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert setting.split("=")[0] in stderr and "Traceback" not in stderr


def test_a_bad_drift_rules_file_stops_the_crawl_in_one_line(tmp_path, sqlite_url, blog):
    from humascrawl.extract.rules import RULES_DIR

    rules = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules)
    text = (rules / "drift.toml").read_text(encoding="utf-8")
    (rules / "drift.toml").write_text(text.replace("template_departs = 0.3", "template_departs = 3"), encoding="utf-8")
    path = tmp_path / "sources.toml"
    path.write_text(f'[[source]]\nname = "{blog.name}"\nurl = "{blog.base_url}"\nplatform = "{blog.platform}"\n')
    result = run_cli("crawl", "--db", sqlite_url, "--sources", str(path), "--no-progress", *FAST,
                     env={"HUMASCRAWL_RULES_DIR": str(rules)})
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr[-2000:]
    assert "drift.toml: template_departs must be a number between 0 and 1" in stderr and "Traceback" not in stderr
