"""Every command, as a user runs it: exit codes, one-line errors, output."""

from __future__ import annotations

import json
import urllib.request

import pytest
from sqlalchemy import create_engine, inspect

from conftest import run_cli
from humascrawl.demo.server import MirrorServer
from humascrawl.demo.sites import load_demo_sites
from humascrawl.storage.archive import Archive
from humascrawl.demo_run import demo_specs

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
    Archive.open(db).close()
    result = run_cli("status", env={"HUMASCRAWL_DB": db})
    assert result.returncode == 0 and b"No crawl runs recorded yet" in result.stdout


READING_COMMANDS = [("status",), ("search", "polres"), ("export", "--out", "out.jsonl"), ("serve", "--port", "0"),
                    ("alerts", "list"), ("clusters",), ("clusters", "show", "1"), ("history", "https://example.id/a"),
                    ("reextract",)]


@pytest.mark.parametrize("command", READING_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_reading_commands_refuse_a_missing_archive_and_create_nothing(tmp_path, command):
    result = run_cli(*command, "--db", "sqlite:///typo/archive.sqlite3", cwd=tmp_path)
    assert result.returncode == 2, result.stderr.decode()
    assert result.stderr.decode().splitlines() == [
        "humascrawl: error: no archive at typo/archive.sqlite3 (`humascrawl crawl` or `humascrawl demo` creates one;"
        " --db or $HUMASCRAWL_DB names another)"]
    assert list(tmp_path.iterdir()) == []


def test_reading_commands_refuse_a_database_without_an_archive(pg_url, tmp_path):
    for args in (("status",), ("search", "x")):
        result = run_cli(*args, "--db", pg_url)
        assert result.returncode == 2 and b"no archive at postgresql" in result.stderr
        assert result.stderr.count(b"\n") == 1
    engine = create_engine(pg_url)
    assert inspect(engine).get_table_names() == []  # nothing created
    engine.dispose()
    missing = run_cli("status", "--db", pg_url.rsplit("/", 1)[0] + "/no_such_database")
    assert missing.returncode == 2 and missing.stderr.count(b"\n") == 1
    assert b'database "no_such_database" does not exist (create it first: createdb no_such_database)' in missing.stderr
    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "kp"\nurl = "http://127.0.0.1:9/"\n', encoding="utf-8")
    crawl = run_cli("crawl", "--db", pg_url.rsplit("/", 1)[0] + "/no_such_database", "--sources", str(sources))
    assert crawl.returncode == 2 and crawl.stderr.count(b"\n") == 1 and b"createdb no_such_database" in crawl.stderr


def test_after_demo_a_plain_search_names_the_demo_archive(tmp_path):
    (tmp_path / "data").mkdir()
    Archive.open(f"sqlite:///{tmp_path / 'data' / 'demo.sqlite3'}").close()
    result = run_cli("search", "polres", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode() == ("humascrawl: error: no archive at data/humascrawl.sqlite3; the demo archive is "
                                      "data/demo.sqlite3: use --db sqlite:///data/demo.sqlite3\n")
    assert not (tmp_path / "data" / "humascrawl.sqlite3").exists()


def test_an_archive_path_that_cannot_be_created_exits_2(tmp_path):
    (tmp_path / "afile").write_text("")
    result = run_cli("crawl", "--db", f"sqlite:///{tmp_path / 'afile' / 'x.sqlite3'}")
    assert result.returncode == 2 and result.stderr.decode().count("\n") == 1
    assert "cannot create archive" in result.stderr.decode() and "afile is not a folder" in result.stderr.decode()


def test_sources_lists_the_default_file():
    result = run_cli("sources")
    assert result.returncode == 0 and b"kalimantanpost" in result.stdout


def test_demo_twice(tmp_path):
    db = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    first = run_cli("demo", "--db", db, cwd=tmp_path)
    assert first.returncode == 0, first.stderr.decode()[-3000:]
    out = first.stdout.decode()
    total = sum(spec.posts for spec in demo_specs())  # the outlets and the official portals
    assert f"{total} new articles, {total} in the archive, {total} article pages fetched" in out
    assert SEED_TITLE in out and '"source_credit": "Humas Polres Ketapang"' in out

    second = run_cli("demo", "--db", db, cwd=tmp_path)
    assert second.returncode == 0
    assert f"0 new articles, {total} in the archive, 0 article pages fetched" in second.stdout.decode()

    status = json.loads(run_cli("status", "--db", db, "--json").stdout)
    assert [r["status"] for r in status["runs"]] == ["ok", "ok"]


def test_history_of_an_unknown_url_is_a_clear_error(tmp_path):
    Archive.open(f"sqlite:///{tmp_path / 'h.sqlite3'}").close()
    result = run_cli("history", "https://example.id/x.html", "--db", f"sqlite:///{tmp_path / 'h.sqlite3'}")
    assert result.returncode == 2 and b"no archived article at" in result.stderr


def test_bad_setting_value_exits_2_before_crawling(tmp_path):
    result = run_cli("crawl", "--db", f"sqlite:///{tmp_path / 'a.sqlite3'}", "-s", "HUMASCRAWL_MAX_RETRY_AFTER=soon")
    assert result.returncode == 2 and b"HUMASCRAWL_MAX_RETRY_AFTER" in result.stderr
    assert b"Traceback" not in result.stderr
    assert not (tmp_path / "a.sqlite3").exists()


def test_a_bad_rule_regex_stops_sources_and_crawl_in_one_line(tmp_path):
    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "kp"\nurl = "http://127.0.0.1:9/"\n[source.rules]\n'
                       'boilerplate = ["(Baca juga"]\n', encoding="utf-8")
    for args in (("sources",), ("crawl", "--db", f"sqlite:///{tmp_path / 'a.sqlite3'}")):
        result = run_cli(*args, "--sources", str(sources))
        err = result.stderr.decode()
        assert result.returncode == 2 and err.count("\n") == 1, err
        assert "(kp): rules.boilerplate: invalid regular expression '(Baca juga': missing )" in err
    assert not (tmp_path / "a.sqlite3").exists()


def test_a_bad_rules_file_in_data_rules_stops_sources_and_crawl_before_any_run(tmp_path):
    from humascrawl.extract.rules import RULES_DIR

    rules = tmp_path / "rules"
    rules.mkdir()
    for path in RULES_DIR.glob("*.toml"):
        (rules / path.name).write_bytes(path.read_bytes())
    (rules / "boilerplate.toml").write_text('line = ["^Iklan$", "(unclosed"]\n', encoding="utf-8")
    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "kp"\nurl = "http://127.0.0.1:9/"\n', encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    for args in (("sources",), ("crawl", "--db", db)):
        result = run_cli(*args, "--sources", str(sources), env={"HUMASCRAWL_RULES_DIR": str(rules)})
        err = result.stderr.decode()
        assert result.returncode == 2 and err.count("\n") == 1, err
        assert "bad boilerplate line pattern '(unclosed'" in err
    assert not (tmp_path / "a.sqlite3").exists()


def test_a_file_that_is_no_database_is_a_one_line_error(tmp_path):
    (tmp_path / "notes.txt").write_text("not a database\n")
    result = run_cli("status", "--db", f"sqlite:///{tmp_path / 'notes.txt'}")
    assert result.returncode == 2 and result.stderr.decode().endswith(": file is not a database\n")
    assert result.stderr.count(b"\n") == 1 and (tmp_path / "notes.txt").read_text() == "not a database\n"
