"""Saved searches (`humascrawl alerts`): definitions, each match reported once, digests, webhooks, concurrency.

Archive tests run on SQLite and on the real PostgreSQL server (``db_url``); webhooks go to a local http.server
on 127.0.0.1; the end-to-end test crawls the local mirror through real Scrapy.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from dataclasses import replace
from datetime import UTC
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import ROOT, run_cli
from sqlalchemy import func, select, text, update

from humascrawl import items
from humascrawl.alerts import AlertError, add_alert, list_alerts, remove_alert
from humascrawl.alerts.digest import md_text
from humascrawl.alerts.run import run_alerts
from humascrawl.alerts.webhook import Delivery, post_json
from humascrawl.config import Source
from humascrawl.filters import ArticleFilter
from humascrawl.items import FetchedPage
from humascrawl.storage.alerts import insert_matches_if_absent
from humascrawl.storage.archive import Archive
from humascrawl.storage.locks import CrawlLease
from humascrawl.storage.models import Alert, AlertMatch, Article

SOURCES = [Source(name="kalimantanpost", url="https://www.kalimantanpost.online/", platform="blogger"),
           Source(name="borneo", url="https://beritaborneo.com/", platform="wordpress")]


def page(slug: str, title: str, body: str, *, site: str = "kalimantanpost.online", source: str = "kalimantanpost",
         published: str = "2024-05-15T10:00:00+07:00", units=(), url: str | None = None) -> FetchedPage:
    url = url or f"https://www.{site}/2024/05/{slug}.html"
    article = items.Article(url=url, canonical_url=url, site=site, site_name=site.capitalize(), title=title,
                            text=body, published=published, units=list(units), labels=[], persons=[], language="id",
                            content_hash=f"hash-{slug}-{len(body)}-{hash(title) & 0xffff}")
    return FetchedPage(source=source, url=url, status=200, body=b"<html></html>",
                       headers={"Content-Type": "text/html"}, article=article, extractor_version="test")


SABU = page("sabu", "Polres Ketapang Ungkap Peredaran Sabu",
            "Satresnarkoba Polres Ketapang mengungkap peredaran narkoba jenis sabu di Delta Pawan.",
            units=["Polres Ketapang"])
KETUPAT = page("ketupat", "Operasi Ketupat Kapuas", "Personel Polres Sanggau mengamankan arus mudik.",
               units=["Polres Sanggau"])


def new_sabu(n: int, **kw) -> FetchedPage:
    return page(f"sabu-{n}", f"Sabu {n} Kilogram Disita Polres Ketapang",
                f"Polres Ketapang kembali menyita sabu, kali ini {n} kilogram, di pelabuhan.", **kw)


@pytest.fixture
def archive(db_url):
    archive = Archive.open(db_url)
    archive.sync_sources(SOURCES)
    assert archive.store_pages([SABU, KETUPAT]) == ["new", "new"]
    yield archive
    archive.close()


def article_id(archive, url_part: str) -> int:
    with archive.session() as session:
        return session.scalar(select(Article.id).where(Article.canonical_url.like(f"%/{url_part}.html")))


def run(archive, tmp_path, **kw):
    return run_alerts(archive, tmp_path / "digests", **kw)


def reported(report, name: str) -> list[str]:
    section = next(o.section for o in report.outcomes if o.name == name)
    return [entry.title for entry in section.entries]


# ------------------------------------------------------------------ definitions


def test_add_list_remove(archive):
    added = add_alert(archive, "sabu-ketapang", "sabu", ArticleFilter(unit="polres ketapang"),
                      webhook="https://hooks.example.org/T000/secret", collapse=True)
    assert added.existing_matches == 1
    add_alert(archive, "ketupat", '"operasi ketupat"', ArticleFilter())
    rows = {row["name"]: row for row in list_alerts(archive)}
    assert set(rows) == {"sabu-ketapang", "ketupat"}
    assert rows["sabu-ketapang"]["filters"] == {"unit": "polres ketapang"}
    assert rows["sabu-ketapang"]["collapse"] is True and rows["sabu-ketapang"]["backfill"] is False
    assert rows["sabu-ketapang"]["webhook"] == "https://hooks.example.org/T000/secret"
    assert rows["ketupat"]["reported"] == 0 and rows["ketupat"]["last_run_at"] is None
    assert remove_alert(archive, "ketupat") == 0
    assert [row["name"] for row in list_alerts(archive)] == ["sabu-ketapang"]
    with pytest.raises(AlertError, match="no alert named 'ketupat'"):
        remove_alert(archive, "ketupat")


@pytest.mark.parametrize("name, query, filters, webhook, message", [
    ("a", '"polres ketapang', ArticleFilter(), None, "unbalanced quote"),
    ("a", "(sabu OR ganja", ArticleFilter(), None, "never closed"),
    ("a", "sabu AND", ArticleFilter(), None, "AND needs a term"),
    ("a", "", ArticleFilter(), None, "needs a query or at least one filter"),
    ("bad name", "sabu", ArticleFilter(), None, "alert name 'bad name'"),
    ("a", "sabu", ArticleFilter(), "javascript:alert(1)", "--webhook must be an http"),
    ("a", "sabu", ArticleFilter(), "http:///no-host", "--webhook must be an http"),
])
def test_bad_definitions_are_refused(archive, name, query, filters, webhook, message):
    with pytest.raises(AlertError, match=message.replace("(", r"\(")):
        add_alert(archive, name, query, filters, webhook=webhook)
    assert list_alerts(archive) == []


def test_duplicate_name_is_refused(archive):
    add_alert(archive, "sabu", "sabu", ArticleFilter())
    with pytest.raises(AlertError, match="already exists"):
        add_alert(archive, "sabu", "ganja", ArticleFilter())
    assert [row["query"] for row in list_alerts(archive)] == ["sabu"]


def test_an_exact_alert_matches_the_words_as_typed_only(archive, tmp_path):
    add_alert(archive, "forms", "ditangkap", ArticleFilter())
    added = add_alert(archive, "exact", "ditangkap", ArticleFilter(), exact=True)
    assert added.existing_matches == 0
    archive.store_pages([page("tangkap-1", "Pelaku Curanmor Ditangkap", "Pelaku curanmor ditangkap di Sungai Raya."),
                         page("tangkap-2", "Polisi Menangkap Pengedar", "Polres Ketapang menangkap dua pengedar.")])
    ran = run(archive, tmp_path)
    assert sorted(reported(ran, "forms")) == ["Pelaku Curanmor Ditangkap", "Polisi Menangkap Pengedar"]
    assert reported(ran, "exact") == ["Pelaku Curanmor Ditangkap"]
    rows = {row["name"]: row for row in list_alerts(archive)}
    assert rows["exact"]["exact"] is True and rows["forms"]["exact"] is False


# ------------------------------------------------------------------ each match reported once


def test_only_articles_stored_after_the_alert_are_reported_and_each_once(archive, tmp_path):
    add_alert(archive, "sabu", "sabu", ArticleFilter())
    first = run(archive, tmp_path)
    assert reported(first, "sabu") == []  # the archive's history is not dumped
    assert first.markdown.exists() and first.html.exists()

    archive.store_pages([new_sabu(1), page("lain", "Bakti Sosial", "Pembagian sembako kepada warga.")])
    second = run(archive, tmp_path)
    assert reported(second, "sabu") == ["Sabu 1 Kilogram Disita Polres Ketapang"]
    assert second.markdown != first.markdown  # one digest per run
    assert "**Sabu** 1 Kilogram Disita" in second.markdown.read_text(encoding="utf-8")

    third = run(archive, tmp_path)
    assert reported(third, "sabu") == []
    with archive.session() as session:
        rows = session.scalars(select(AlertMatch)).all()
    assert [(r.article_id, r.run_id) for r in rows] == [(article_id(archive, "sabu-1"), second.run_id)]
    assert list_alerts(archive)[0]["reported"] == 1


def test_backfill_reports_the_existing_matches(archive, tmp_path):
    add_alert(archive, "sabu", "sabu", ArticleFilter(), backfill=True)
    assert reported(run(archive, tmp_path), "sabu") == ["Polres Ketapang Ungkap Peredaran Sabu"]
    assert reported(run(archive, tmp_path), "sabu") == []


def test_a_changed_article_is_not_a_new_match_but_a_new_article_is(archive, tmp_path):
    add_alert(archive, "sabu", "sabu", ArticleFilter())
    archive.store_pages([new_sabu(2)])
    assert reported(run(archive, tmp_path), "sabu") == ["Sabu 2 Kilogram Disita Polres Ketapang"]
    changed = new_sabu(2)
    changed.article = replace(changed.article, text=changed.article.text + " Tersangka diamankan.",
                              content_hash="hash-changed")
    new = new_sabu(3)
    assert archive.store_pages([changed, new]) == ["changed", "new"]
    assert reported(run(archive, tmp_path), "sabu") == ["Sabu 3 Kilogram Disita Polres Ketapang"]


def test_filters_apply(archive, tmp_path):
    add_alert(archive, "borneo-sabu", "sabu", ArticleFilter(site="www.beritaborneo.com"))
    archive.store_pages([new_sabu(4), new_sabu(5, site="beritaborneo.com", source="borneo")])
    assert [e.site for e in run(archive, tmp_path).outcomes[0].section.entries] == ["beritaborneo.com"]


def test_a_late_commit_below_the_scanned_id_is_still_found(archive, tmp_path):
    add_alert(archive, "sabu", "sabu", ArticleFilter())
    archive.store_pages([new_sabu(6)])
    late = article_id(archive, "sabu-6")
    with archive.session.begin() as session:  # as if sabu-6 had committed after a run scanned past its id
        session.execute(update(Alert).values(scanned_id=late + 10))
    assert reported(run(archive, tmp_path), "sabu") == ["Sabu 6 Kilogram Disita Polres Ketapang"]


def test_insert_if_absent_never_duplicates(archive):
    add_alert(archive, "sabu", "sabu", ArticleFilter(), backfill=True)
    sabu = article_id(archive, "sabu")
    with archive.session.begin() as session:
        alert_id = session.scalar(select(Alert.id))
        from datetime import datetime
        now = datetime.now(UTC)
        insert_matches_if_absent(session, alert_id, [sabu], now)
        insert_matches_if_absent(session, alert_id, [sabu], now)
    with archive.session() as session:
        assert session.scalar(select(func.count()).select_from(AlertMatch)) == 1


def test_collapse_lists_a_release_once_with_its_outlets(archive, tmp_path):
    add_alert(archive, "sabu", "sabu", ArticleFilter(), collapse=True)
    archive.store_pages([new_sabu(7), new_sabu(7, site="beritaborneo.com", source="borneo")])
    ids = [article_id(archive, "sabu-7")]
    with archive.session.begin() as session:
        ids = list(session.scalars(select(Article.id).where(Article.canonical_url.like("%/sabu-7.html"))))
        session.execute(text("UPDATE articles SET cluster = :c WHERE id IN (:a, :b)"),
                        {"c": ids[0], "a": ids[0], "b": ids[1]})
    section = run(archive, tmp_path).outcomes[0].section
    assert section.matches == 2 and len(section.entries) == 1
    assert (section.entries[0].outlets, section.entries[0].copies) == (2, 2)
    # a third copy of an already reported release is recorded, not reported again
    archive.store_pages([new_sabu(7, site="kalbarnews.id", source="kalimantanpost")])
    with archive.session.begin() as session:
        session.execute(text("UPDATE articles SET cluster = :c WHERE canonical_url LIKE '%kalbarnews%'"),
                        {"c": ids[0]})
    later = run(archive, tmp_path).outcomes[0].section
    assert later.matches == 1 and later.entries == []


def test_dry_run_writes_nothing(archive, tmp_path):
    add_alert(archive, "sabu", "sabu", ArticleFilter())
    archive.store_pages([new_sabu(8)])
    preview = run(archive, tmp_path, dry_run=True)
    assert reported(preview, "sabu") == ["Sabu 8 Kilogram Disita Polres Ketapang"]
    assert preview.markdown is None and not (tmp_path / "digests").exists()
    assert reported(run(archive, tmp_path), "sabu") == ["Sabu 8 Kilogram Disita Polres Ketapang"]


# ------------------------------------------------------------------ digests: untrusted text


XSS_TITLE = 'Sabu <script>alert("x")</script><img src=x onerror=alert(1)> [klik](javascript:alert(2))'


def test_digest_escapes_scraped_text(archive, tmp_path):
    add_alert(archive, "sabu", "sabu", ArticleFilter())
    evil = page("evil", XSS_TITLE, "Sabu <b onmouseover=alert(3)>tebal</b> ![img](http://evil.example/x.png)",
                url="javascript:alert(4)//www.kalimantanpost.online/evil.html")
    evil.article.site_name = "<svg onload=alert(5)>"
    archive.store_pages([evil, new_sabu(9)])
    report = run(archive, tmp_path)
    assert len(report.outcomes[0].section.entries) == 2
    html = report.html.read_text(encoding="utf-8")
    for raw in ("<script", "<img", "<svg", "<b ", "javascript:alert(4)\"", 'href="javascript'):
        assert raw not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "&lt;svg onload=alert(5)&gt;" in html
    assert "default-src 'none'" in html
    assert 'href="https://www.kalimantanpost.online/2024/05/sabu-9.html"' in html
    md = report.markdown.read_text(encoding="utf-8")
    for raw in ("<script", "<img", "<svg", "<b ", "](javascript", "](<javascript", "![img]"):
        assert raw not in md
    assert r'&lt;script&gt;alert\("x"\)&lt;/script&gt;' in md and r"\[klik\]\(javascript:alert\(2\)\)" in md
    assert "(<https://www.kalimantanpost.online/2024/05/sabu-9.html>)" in md


def test_markdown_escaping_keeps_the_text():
    assert md_text("a*b_c [d](e) <f> & #1 `g`\n\nh 2024-05-15 10:00") == \
        r"a\*b\_c \[d\]\(e\) &lt;f&gt; &amp; \#1 \`g\` h 2024-05-15 10:00"
    assert md_text(None) == ""


# ------------------------------------------------------------------ webhooks


class Hook:
    """A webhook receiver on 127.0.0.1: answers each POST with the next status of ``statuses``."""

    def __init__(self, statuses=(200,)):
        self.statuses = list(statuses)
        self.received: list[tuple[dict, dict]] = []
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                hook.received.append((json.loads(body), dict(self.headers)))
                status = hook.statuses.pop(0) if len(hook.statuses) > 1 else hook.statuses[0]
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/secret-token"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def test_webhook_receives_the_new_matches_once(archive, tmp_path):
    with Hook() as hook:
        add_alert(archive, "sabu", "sabu", ArticleFilter(), webhook=hook.url)
        archive.store_pages([new_sabu(10)])
        report = run(archive, tmp_path)
        assert report.exit_code == 0 and report.outcomes[0].webhook == "delivered"
        assert len(hook.received) == 1
        payload, headers = hook.received[0]
        assert payload["alert"] == "sabu" and payload["run_id"] == report.run_id and payload["total"] == 1
        (match,) = payload["matches"]
        assert match["title"] == "Sabu 10 Kilogram Disita Polres Ketapang"
        assert match["url"].endswith("/sabu-10.html") and "«sabu»" in match["snippet"]
        assert match["outlets"] == 1 and match["first_reported_in"] is None
        assert headers["Content-Type"].startswith("application/json") and len(headers["Idempotency-Key"]) == 32
        assert run(archive, tmp_path).outcomes[0].webhook == "nothing to send"
        assert len(hook.received) == 1


def test_webhook_retries_with_backoff_then_succeeds():
    waits = []
    with Hook([503, 500, 200]) as hook:
        delivery = post_json(hook.url, {"alert": "a", "matches": []}, attempts=3, backoff=0.5, sleep=waits.append)
    assert delivery == Delivery(True, 3, 200) and waits == [0.5, 1.0] and len(hook.received) == 3


def test_webhook_does_not_retry_a_client_error_or_follow_a_redirect():
    with Hook([404]) as hook:
        assert post_json(hook.url, {"matches": []}, attempts=3, sleep=lambda s: None).attempts == 1
    with Hook([302]) as hook:
        delivery = post_json(hook.url, {"matches": []}, attempts=3, sleep=lambda s: None)
    assert not delivery.ok and delivery.status == 302


def test_a_failing_webhook_keeps_its_matches_pending(archive, tmp_path):
    with Hook([500]) as hook:
        add_alert(archive, "sabu", "sabu", ArticleFilter(), webhook=hook.url)
        archive.store_pages([new_sabu(11)])
        failed = run(archive, tmp_path, webhook_attempts=2, webhook_backoff=0.01)
        assert failed.exit_code == 1 and failed.outcomes[0].webhook == "failed"
        assert "secret-token" not in failed.outcomes[0].webhook_error
        assert len(hook.received) == 2  # retried within the run
        assert "11 Kilogram Disita" in failed.markdown.read_text(encoding="utf-8")  # the file digest is written anyway
        assert list_alerts(archive)[0]["pending_webhook"] == 1

        hook.statuses = [200]
        archive.store_pages([new_sabu(12)])
        retried = run(archive, tmp_path, webhook_attempts=2, webhook_backoff=0.01)
        assert retried.exit_code == 0 and retried.outcomes[0].webhook == "delivered"
        payload = hook.received[-1][0]
        assert {m["title"]: m["first_reported_in"] for m in payload["matches"]} == {
            "Sabu 11 Kilogram Disita Polres Ketapang": failed.run_id,
            "Sabu 12 Kilogram Disita Polres Ketapang": None}
        # the file digest reported sabu-11 once, in the first run
        assert reported(retried, "sabu") == ["Sabu 12 Kilogram Disita Polres Ketapang"]
        assert list_alerts(archive)[0]["pending_webhook"] == 0


# ------------------------------------------------------------------ concurrency


def test_concurrent_runs_report_each_match_once(archive, db_url, tmp_path):
    for n in range(3):
        add_alert(archive, f"sabu{n}", "sabu", ArticleFilter())
    archive.store_pages([new_sabu(n) for n in range(20, 40)])
    outs = [tmp_path / "a", tmp_path / "b", tmp_path / "c"]
    procs = [subprocess.Popen([sys.executable, "-m", "humascrawl.cli", "alerts", "run", "--db", db_url,
                               "--out", str(out), "--json"], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE) for out in outs]
    results = [proc.communicate(timeout=120) for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0, 0], [err.decode()[-2000:] for _, err in results]
    listed: dict[str, list[int]] = {}
    for stdout, _ in results:
        for alert in json.loads(stdout)["alerts"]:
            listed.setdefault(alert["name"], []).extend(m["article_id"] for m in alert["matches"])
    for name, ids in listed.items():
        assert len(ids) == 20 and len(set(ids)) == 20, name


def test_a_run_waits_for_a_running_one_then_gives_up(archive, db_url, tmp_path):
    add_alert(archive, "sabu", "sabu", ArticleFilter())
    lease = CrawlLease(archive, name="alerts")
    lease.acquire()
    try:
        result = run_cli("alerts", "run", "--db", db_url, "--out", str(tmp_path), "--wait", "0.5")
    finally:
        lease.release()
    assert result.returncode == 1
    assert "another `alerts run` is still running" in result.stderr.decode()
    assert not list(tmp_path.glob("alerts-*"))


# ------------------------------------------------------------------ the command line


def test_cli_add_list_run_remove(archive, db_url, tmp_path):
    added = run_cli("alerts", "add", "ketapang", "sabu OR ganja", "--db", db_url, "--unit", "Polres Ketapang",
                    "--collapse")
    assert added.returncode == 0, added.stderr.decode()
    assert "1 archived article matches already" in added.stdout.decode()
    listed = json.loads(run_cli("alerts", "list", "--db", db_url, "--json").stdout)
    assert [(a["name"], a["query"], a["filters"], a["collapse"]) for a in listed["alerts"]] == [
        ("ketapang", "sabu OR ganja", {"unit": "Polres Ketapang"}, True)]
    archive.store_pages([new_sabu(50, units=["Polres Ketapang"])])
    out = tmp_path / "digests"
    ran = run_cli("alerts", "run", "--db", db_url, "--out", str(out))
    assert ran.returncode == 0, ran.stderr.decode()
    assert "ketapang: 1 new match" in ran.stdout.decode()
    assert len(list(out.glob("alerts-*.md"))) == 1 and len(list(out.glob("alerts-*.html"))) == 1
    table = run_cli("alerts", "list", "--db", db_url)
    assert "ketapang" in table.stdout.decode() and table.returncode == 0
    exact = run_cli("alerts", "add", "persis", "menangkap", "--exact", "--db", db_url)
    assert exact.returncode == 0, exact.stderr.decode()
    listed = json.loads(run_cli("alerts", "list", "--db", db_url, "--json").stdout)
    assert {a["name"]: a["exact"] for a in listed["alerts"]} == {"ketapang": False, "persis": True}
    assert "exact" in run_cli("alerts", "list", "--db", db_url).stdout.decode().split("persis", 1)[1]
    assert run_cli("alerts", "remove", "persis", "--db", db_url).returncode == 0
    removed = run_cli("alerts", "remove", "ketapang", "--db", db_url)
    assert removed.returncode == 0 and "1 recorded match" in removed.stdout.decode()
    with archive.session() as session:
        assert session.scalar(select(func.count()).select_from(AlertMatch)) == 0


@pytest.mark.parametrize("args, message", [
    (["add", "x", '"sabu'], "bad query"),
    (["add", "x", "sabu", "--since", "2024-02-30"], "--since: not a date"),
    (["add", "x", "sabu", "--webhook", "ftp://example.org/"], "--webhook must be"),
    (["remove", "nope"], "no alert named 'nope'"),
    (["run", "--only", "nope"], "no alert named 'nope'"),
])
def test_cli_bad_input_is_one_line_exit_2(tmp_path, args, message):
    db = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    Archive.open(db).close()
    result = run_cli("alerts", *args, "--db", db)
    err = result.stderr.decode()
    assert result.returncode == 2 and message in err and len(err.strip().splitlines()) == 1, err


def test_cli_duplicate_name_exits_2(tmp_path):
    db = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    Archive.open(db).close()
    assert run_cli("alerts", "add", "x", "sabu", "--db", db).returncode == 0
    result = run_cli("alerts", "add", "x", "ganja", "--db", db)
    assert result.returncode == 2 and "already exists" in result.stderr.decode()


def test_cli_failing_webhook_exits_1_and_the_next_run_delivers(archive, db_url, tmp_path):
    with Hook([500]) as hook:
        assert run_cli("alerts", "add", "sabu", "sabu", "--webhook", hook.url, "--db", db_url).returncode == 0
        archive.store_pages([new_sabu(60)])
        failed = run_cli("alerts", "run", "--db", db_url, "--out", str(tmp_path), "--webhook-attempts", "1")
        assert failed.returncode == 1
        assert "failed after 1 attempt: HTTP 500" in failed.stderr.decode()
        assert "secret-token" not in failed.stderr.decode() + failed.stdout.decode()
        assert len(list(tmp_path.glob("alerts-*.html"))) == 1
        hook.statuses = [204]
        again = run_cli("alerts", "run", "--db", db_url, "--out", str(tmp_path), "--json")
        assert again.returncode == 0, again.stderr.decode()
        assert json.loads(again.stdout)["alerts"][0]["webhook"] == "delivered"
        assert [m["article_id"] for m in hook.received[-1][0]["matches"]] == [article_id(archive, "sabu-60")]


# ------------------------------------------------------------------ after a real crawl


def test_new_article_after_a_crawl_is_reported_in_the_next_run(tmp_path, sqlite_url):
    from test_crawl import crawl, sources_file

    from humascrawl.demo.server import MirrorServer
    from humascrawl.demo.sites import load_demo_sites

    with MirrorServer(load_demo_sites()) as mirror:
        sources = sources_file(tmp_path, mirror, ["kalimantanpost"])
        assert crawl(sqlite_url, sources).returncode == 0
        assert run_cli("alerts", "add", "kp", "", "--source", "kalimantanpost", "--db", sqlite_url).returncode == 0
        blog = mirror.site("kalimantanpost")
        added = blog.add_posts(2)
        blog.modify_post(blog.posts[3].id)
        assert crawl(sqlite_url, sources).returncode == 0
    result = run_cli("alerts", "run", "--db", sqlite_url, "--out", str(tmp_path / "d"), "--json")
    assert result.returncode == 0, result.stderr.decode()
    (alert,) = json.loads(result.stdout)["alerts"]
    assert sorted(m["title"] for m in alert["matches"]) == sorted(post.title for post in added)


def test_webhook_urls_are_shown_without_their_secret_parts():
    from humascrawl.alerts.store import redact_webhook

    assert redact_webhook("https://user:pw@hooks.example.org/services/T0/XYZ") == "https://hooks.example.org/…"
    assert redact_webhook("https://hooks.example.org/?token=abc") == "https://hooks.example.org/…"
    assert redact_webhook("http://127.0.0.1:8080") == "http://127.0.0.1:8080"
    assert redact_webhook(None) is None
