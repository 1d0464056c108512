"""Every command, as a user runs it: exit codes, one-line errors, output."""

from __future__ import annotations

import json
import urllib.request

import pytest

from conftest import run_cli
from humascrawl.demo.server import MirrorServer
from humascrawl.demo.sites import load_demo_sites

SEED_TITLE = "Humas Polres Ketapang Ikuti Rakernis Kehumasan Polda Kalbar Tahun 2024"


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory):
    with MirrorServer(load_demo_sites()) as server:
        site = server.site("kalimantanpost")
        url = site.post_url(site.posts[0])
        body = urllib.request.urlopen(url).read()
    path = tmp_path_factory.mktemp("pages") / "seed.html"
    path.write_bytes(body)
    return path, url


@pytest.mark.parametrize("command", ["crawl", "demo", "extract", "status", "sources", "reextract", "history"])
def test_every_command_has_help(command):
    result = run_cli(command, "--help")
    assert result.returncode == 0 and b"Usage:" in result.stdout


def test_extract_prints_the_seed_article(seed_page):
    path, url = seed_page
    result = run_cli("extract", str(path), "--url", url)
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    assert article["title"] == SEED_TITLE
    assert article["dateline"] == "Ketapang"
    assert article["source_credit"] == "Humas Polres Ketapang"
    assert article["editor"] == "Lisa"
    for boilerplate in ("Posting Komentar", "Belum ada Komentar", "Sumber:", "Editor:"):
        assert boilerplate not in article["text"]
    assert set(article) >= {"url", "canonical_url", "units", "persons", "content_hash", "cluster"}


def test_extract_reads_stdin(seed_page):
    path, _ = seed_page
    result = run_cli("extract", "-", input=path.read_bytes())
    assert result.returncode == 0
    assert json.loads(result.stdout)["title"] == SEED_TITLE


@pytest.mark.parametrize("content", [b"", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", b"just some words, no markup\n",
                                     b'{"feed": {"entry": []}}'])
def test_extract_rejects_what_is_not_an_article_page(tmp_path, content):
    path = tmp_path / "page.html"
    path.write_bytes(content)
    result = run_cli("extract", str(path))
    assert result.returncode == 2
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("humascrawl: error:"), result.stderr
    assert b"Traceback" not in result.stderr


def test_extract_missing_file():
    result = run_cli("extract", "/nonexistent/page.html")
    assert result.returncode == 2 and b"Traceback" not in result.stderr


def test_bad_sources_file_exits_2_with_one_line(tmp_path):
    bad = tmp_path / "sources.toml"
    bad.write_text('[[source]]\nname = "x"\nurl = "not a url"\n', encoding="utf-8")
    result = run_cli("crawl", "--sources", str(bad), "--db", f"sqlite:///{tmp_path / 'a.sqlite3'}")
    assert result.returncode == 2
    assert result.stderr.decode().count("\n") == 1 and "'url' must be an http(s) URL" in result.stderr.decode()


def test_unknown_only_name_exits_2(tmp_path):
    result = run_cli("crawl", "--only", "nope", "--db", f"sqlite:///{tmp_path / 'a.sqlite3'}")
    assert result.returncode == 2 and b"unknown source(s): nope" in result.stderr


def test_unusable_database_url_exits_2(tmp_path):
    result = run_cli("status", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert result.returncode == 2 and b"cannot open archive" in result.stderr and b"Traceback" not in result.stderr
    result = run_cli("status", "--db", "nonsense")
    assert result.returncode == 2 and b"not a database URL" in result.stderr


def test_db_from_environment(tmp_path):
    db = f"sqlite:///{tmp_path / 'env.sqlite3'}"
    result = run_cli("status", env={"HUMASCRAWL_DB": db})
    assert result.returncode == 0 and b"No crawl runs recorded yet" in result.stdout
    assert (tmp_path / "env.sqlite3").exists()


def test_sources_lists_the_default_file():
    result = run_cli("sources")
    assert result.returncode == 0 and b"kalimantanpost" in result.stdout


def test_demo_twice(tmp_path):
    db = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    first = run_cli("demo", "--db", db, cwd=tmp_path)
    assert first.returncode == 0, first.stderr.decode()[-3000:]
    out = first.stdout.decode()
    total = sum(spec.posts for spec in load_demo_sites())
    assert f"{total} new articles, {total} in the archive, {total} article pages fetched" in out
    assert SEED_TITLE in out and '"source_credit": "Humas Polres Ketapang"' in out

    second = run_cli("demo", "--db", db, cwd=tmp_path)
    assert second.returncode == 0
    assert f"0 new articles, {total} in the archive, 0 article pages fetched" in second.stdout.decode()

    status = json.loads(run_cli("status", "--db", db, "--json").stdout)
    assert [r["status"] for r in status["runs"]] == ["ok", "ok"]


def test_history_of_an_unknown_url_is_a_clear_error(tmp_path):
    result = run_cli("history", "https://example.id/x.html", "--db", f"sqlite:///{tmp_path / 'h.sqlite3'}")
    assert result.returncode == 2 and b"no archived article at" in result.stderr


def test_bad_setting_value_exits_2_before_crawling(tmp_path):
    result = run_cli("crawl", "--db", f"sqlite:///{tmp_path / 'a.sqlite3'}", "-s", "HUMASCRAWL_MAX_RETRY_AFTER=soon")
    assert result.returncode == 2 and b"HUMASCRAWL_MAX_RETRY_AFTER" in result.stderr
    assert b"Traceback" not in result.stderr
    assert b"No crawl runs" in run_cli("status", "--db", f"sqlite:///{tmp_path / 'a.sqlite3'}").stdout
