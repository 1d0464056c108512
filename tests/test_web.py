"""The web search page and JSON API (`humascrawl serve`): every endpoint, escaping, errors, read-only."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import lxml.html
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text as sql

from conftest import run_cli

from humascrawl.demo.releases import make_release
from humascrawl.items import Article, FetchedPage
from humascrawl.storage.archive import Archive
from humascrawl.web.app import create_app

ROOT = Path(__file__).resolve().parent.parent

# Scraped text is untrusted: these must show as text, never run.
XSS_TITLE = '<script>window.__xss=1</script>Kapolres <img src=x onerror="window.__xss=2"> Narkoba'
XSS_TEXT = ('Warga melaporkan peredaran narkoba. <img src=x onerror="window.__xss=3"> '
            '<a href="javascript:window.__xss=4">klik</a> "><svg onload=window.__xss=5>')
XSS_URL = "javascript:window.__xss=6//https://evil.example/berita.html"
XSS_LABEL = '<script>window.__xss=7</script>'
XSS_SITE = 'evil.example"><script>window.__xss=8</script>'
XSS_UNIT = '<svg onload="window.__xss=9">Polres X'
RELEASE = make_release("web:0")
TITLES = RELEASE["alts"][:3]  # the release's headline at each of its three outlets


def _page(url: str, site: str, title: str, text: str, published: str, *, canonical: str | None = None,
          site_name: str | None = None, units=None, labels=None, event_date=None, persons=None,
          content_hash: str | None = None, body: bytes = b"<html><body>raw page</body></html>") -> FetchedPage:
    return FetchedPage(
        source="web-test", url=url, status=200, body=body, headers={"Content-Type": "text/html; charset=utf-8"},
        extractor_version="test",
        article=Article(
            url=url, canonical_url=canonical or url, site=site, site_name=site_name or site,
            title=title, published=published, modified=None, author="Redaksi", editor="Lisa",
            source_credit="Humas Polres Blora", dateline="Blora", event_date=event_date, text=text,
            labels=labels or ["Kriminal"], units=units or [], persons=persons or [], language="id",
            content_hash=content_hash or f"h-{abs(hash((url, text)))}",
        ))


def build_archive(db_url: str) -> dict[str, int]:
    """A small archive: one release run by three outlets, a changed article, an XSS-laden article, fillers.

    Returns the article ids by role.
    """
    release = RELEASE
    text = "\n\n".join(release["paragraphs"]) + "\n\nPolisi juga menyita narkoba jenis sabu."
    outlets = [("https://kalimantanpost.online/2024/05/curanmor.html", "kalimantanpost.online", "Kalimantanpost"),
               ("https://kalbaronline.com/2024/05/16/curanmor/", "kalbaronline.com", "Kalbar Online"),
               ("https://bloraweb.com/2024/05/curanmor.html", "bloraweb.com", "Blora Web")]
    pages = [_page(url, site, release["alts"][i], text + ("" if i == 0 else f"\n\n(rls/{i})"),
                   f"2024-05-{15 + i}T1{i}:00:00+07:00", site_name=name, units=release["units"],
                   event_date=release["event_date"], persons=release["persons"])
             for i, (url, site, name) in enumerate(outlets)]
    changed_url = "https://kalimantanpost.online/2024/06/patroli.html"
    pages.append(_page(changed_url, "kalimantanpost.online", "Patroli Malam Polres Ketapang",
                       "Polres Ketapang menggelar patroli malam.\n\nSituasi aman.", "2024-06-02T20:00:00+07:00",
                       units=["Polres Ketapang"], body=b"<html>version one</html>"))
    pages.append(_page(XSS_URL, XSS_SITE, XSS_TITLE, XSS_TEXT, "2024-06-03T09:00:00+07:00",
                       canonical="https://evil.example/berita.html", site_name='<img src=x onerror="window.__xss=10">',
                       units=[XSS_UNIT], labels=[XSS_LABEL],
                       persons=[{"name": "<b onmouseover=window.__xss=11>Budi</b>", "rank": "AKP", "position": None}],
                       body=b"<html><script>window.__xss=12</script>raw</html>"))
    for day in range(1, 6):
        pages.append(_page(f"https://bloraweb.com/2024/04/kamtibmas-{day}.html", "bloraweb.com",
                           f"Sambang Kamtibmas Desa {day}", f"Bhabinkamtibmas menyambangi warga desa {day}.",
                           f"2024-04-0{day}T08:00:00+07:00", units=["Polres Blora"]))
    archive = Archive.open(db_url)
    archive.store_pages(pages)
    archive.store_pages([_page(changed_url, "kalimantanpost.online", "Patroli Malam Polres Ketapang",
                               "Polres Ketapang menggelar patroli malam.\n\nSituasi aman dan kondusif.",
                               "2024-06-02T20:00:00+07:00", units=["Polres Ketapang"],
                               body=b"<html>version two</html>")])
    with archive.engine.connect() as conn:
        ids = dict(conn.execute(sql("SELECT url, id FROM articles")).all())
    archive.close()
    return {"origin": ids[outlets[0][0]], "copy": ids[outlets[1][0]], "copy2": ids[outlets[2][0]],
            "changed": ids[changed_url], "xss": ids[XSS_URL]}


@pytest.fixture
def web(db_url):
    ids = build_archive(db_url)
    app = create_app(db_url)
    with TestClient(app) as client:
        client.ids = ids
        yield client
    app.state.archive.close()


@pytest.fixture
def sqlite_web(sqlite_url):
    ids = build_archive(sqlite_url)
    app = create_app(sqlite_url)
    with TestClient(app) as client:
        client.ids = ids
        yield client
    app.state.archive.close()


def tree(response):
    return lxml.html.fromstring(response.text)


def assert_inert(response) -> None:
    """No script element, no event-handler attribute and no non-http(s) link anywhere in the page."""
    doc = tree(response)
    assert doc.xpath("//script") == []
    for element in doc.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (element.tag, name, value)
            if name.lower() in ("href", "src", "action", "formaction"):
                assert re.match(r"(https?://|/|\?|#)", value), (element.tag, name, value)


# ------------------------------------------------------------------ search page and search API

def test_search_page_highlights_matches_and_shows_facets_and_chart(web):
    response = web.get("/", params={"q": "narkoba"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    doc = tree(response)
    titles = doc.xpath("//a[@class='hit-title']/text()")
    assert set(TITLES) <= set(titles)
    marks = [m.text_content().lower() for m in doc.xpath("//p[@class='snippet']/mark")]
    assert marks and all("narkoba" in m for m in marks)
    facet_names = doc.xpath("//section[@class='facet']/@data-facet")
    assert set(facet_names) == {"site", "polda", "unit", "month"}
    outlet_links = doc.xpath("//section[@data-facet='site']//a[@class='facet-link']")
    shown = {a.text: a.get("href") for a in outlet_links}  # the outlet's own name; the filter stays its host
    assert "site=kalbaronline.com&" in shown["Kalbar Online"] and "kalbaronline.com" not in shown
    bars = doc.xpath("//figure[@id='chart']//*[local-name()='rect']")
    assert bars and sum(int(b.get("data-count")) for b in bars) == len(titles)
    assert_inert(response)


def test_facet_links_filter_the_results(web):
    doc = tree(web.get("/", params={"q": "narkoba"}))
    (link,) = [a.get("href") for a in doc.xpath("//section[@data-facet='site']//a") if a.text == "Kalbar Online"]
    filtered = web.get(link)
    assert filtered.status_code == 200
    titles = tree(filtered).xpath("//a[@class='hit-title']/text()")
    assert titles == [TITLES[1]]
    assert "site: kalbaronline.com" in tree(filtered).xpath("string(//p[@id='active-filters'])")
    month = web.get("/", params={"month": "2024-04"})
    assert len(tree(month).xpath("//a[@class='hit-title']")) == 5


def test_a_total_above_the_ranked_window_is_said_to_be_a_lower_bound(web, monkeypatch):
    """Only the newest RANK_WINDOW matches are ranked and counted: the API and the page say "at least"."""
    import humascrawl.search

    monkeypatch.setattr(humascrawl.search, "RANK_WINDOW", 3)
    body = web.get("/api/search", params={"q": "narkoba"}).json()
    assert body["total"] == 3 and body["total_is_lower_bound"] is True and body["capped"] is True
    summary = tree(web.get("/", params={"q": "narkoba"})).xpath("string(//p[@id='summary'])")
    assert "3+ articles" in summary and "At least that many" in summary


def test_empty_query_lists_everything_newest_first(web):
    doc = tree(web.get("/"))
    assert len(doc.xpath("//li[@class='hit']")) == 10
    assert "10 articles" in doc.xpath("string(//p[@id='summary'])")


def test_api_search(web):
    body = web.get("/api/search", params={"q": "narkoba", "limit": 2}).json()
    assert body["total"] == 4 and len(body["hits"]) == 2 and body["limit"] == 2 and body["offset"] == 0
    hit = body["hits"][0]
    assert hit["article_id"] and hit["links"]["page"] == f"/articles/{hit['article_id']}"
    assert any(matched and text.lower() == "narkoba" for text, matched in hit["snippet_segments"])
    assert "«" in hit["snippet"] and body["capped"] is False
    assert body["total_is_lower_bound"] is False
    rest = web.get("/api/search", params={"q": "narkoba", "limit": 2, "offset": 2}).json()
    seen = {h["article_id"] for h in body["hits"]} | {h["article_id"] for h in rest["hits"]}
    assert len(seen) == 4
    only = web.get("/api/search", params={"q": "narkoba", "site": "www.bloraweb.com"}).json()
    assert [h["article_id"] for h in only["hits"]] == [web.ids["copy2"]]
    assert only["filters"]["site"] == "www.bloraweb.com" or only["filters"]["site"] == "bloraweb.com"
    collapsed = web.get("/api/search", params={"q": "pencurian sepeda", "collapse": "true"}).json()
    assert collapsed["total"] == 1 and collapsed["hits"][0]["copies"] == collapsed["hits"][0]["outlets"] == 3
    newest = web.get("/api/search", params={"order": "newest", "limit": 1}).json()
    assert newest["hits"][0]["article_id"] == web.ids["xss"]


def test_api_facets_and_per_day(web):
    found = web.get("/api/facets", params={"q": "narkoba"}).json()["facets"]
    sites = {f["value"]: f["count"] for f in found["site"]}
    assert sites["kalbaronline.com"] == 1 and sites["bloraweb.com"] == 1
    assert {f["value"]: f["count"] for f in found["month"]} == {"2024-05": 3, "2024-06": 1}
    days = web.get("/api/per-day", params={"unit": "Polres Blora", "since": "2024-04-02",
                                           "until": "2024-04-04"}).json()["days"]
    assert days == [{"date": f"2024-04-0{d}", "count": 1} for d in (2, 3, 4)]


# ------------------------------------------------------------------ article page and article API

def test_article_page_shows_text_metadata_copies_and_versions(web):
    response = web.get(f"/articles/{web.ids['copy']}")
    assert response.status_code == 200
    doc = tree(response)
    assert doc.xpath("string(//h1[@id='title'])") == TITLES[1]
    assert "Satuan Reserse Kriminal Polres Blora" in doc.xpath("string(//div[@id='text'])")
    copies = {a.get("href") for a in doc.xpath("//section[@id='copies']//a[@class='copy-link']")}
    assert copies == {f"/articles/{web.ids['origin']}", f"/articles/{web.ids['copy2']}"}
    assert "origin" in doc.xpath("string(//section[@id='copies'])")
    assert doc.xpath("//dd[@id='original-url']/a/@href") == ["https://kalbaronline.com/2024/05/16/curanmor/"]
    assert "Iptu Zainal Irawan" in doc.xpath("string(//dl[@id='fields'])")
    changed = tree(web.get(f"/articles/{web.ids['changed']}"))
    assert [li.get("data-version") for li in changed.xpath("//li[@class='version']")] == ["2", "1"]
    assert "+Situasi aman dan kondusif." in changed.xpath("string(//pre[@class='diff'])")


def test_api_article_versions_cluster(web):
    article = web.get(f"/api/articles/{web.ids['origin']}").json()
    assert article["id"] == web.ids["origin"] and article["site"] == "kalimantanpost.online"
    assert article["units"] == ["Polres Blora", "Polda Jateng"] and article["cluster"] is not None
    assert {c["id"] for c in article["copies"]} == {web.ids["copy"], web.ids["copy2"]}
    assert article["raw_page"]["status"] == 200 and article["raw_page"]["content_type"].startswith("text/html")
    versions = web.get(f"/api/articles/{web.ids['changed']}/versions").json()
    assert [v["version"] for v in versions["versions"]] == [1, 2]
    assert versions["versions"][1]["changed_fields"] == [] and "kondusif" in versions["versions"][1]["diff"]
    cluster = web.get(f"/api/clusters/{article['cluster']}").json()
    assert cluster["origin"]["id"] == web.ids["origin"]
    assert [m["id"] for m in cluster["members"]] == [web.ids["origin"], web.ids["copy"], web.ids["copy2"]]


def test_raw_page_is_sandboxed_plain_text(web):
    response = web.get(f"/api/articles/{web.ids['xss']}/raw")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert "sandbox" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.content == b"<html><script>window.__xss=12</script>raw</html>"
    assert web.get(f"/api/articles/{web.ids['changed']}/raw").content == b"<html>version two</html>"
    assert web.get(f"/api/articles/{web.ids['changed']}/raw", params={"version": 1}).content \
        == b"<html>version one</html>"
    assert web.get(f"/api/articles/{web.ids['changed']}/raw", params={"version": 7}).status_code == 404


# ------------------------------------------------------------------ untrusted text

def test_xss_payloads_are_escaped_everywhere(web):
    pages = [web.get("/", params={"q": "narkoba"}), web.get("/"), web.get(f"/articles/{web.ids['xss']}"),
             web.get("/", params={"site": XSS_SITE}), web.get("/", params={"q": '"><script>alert(1)</script>'}),
             web.get("/", params={"label": XSS_LABEL})]
    for response in pages:
        assert response.status_code in (200, 400)
        assert "<script>window.__xss" not in response.text and "<script>alert" not in response.text
        assert_inert(response)
    article = tree(pages[2])
    assert article.xpath("string(//h1[@id='title'])") == XSS_TITLE  # shown as text, exactly
    assert 'onerror="window.__xss=3"' in article.xpath("string(//div[@id='text'])")
    assert article.xpath("//dd[@id='original-url']/a") == []  # javascript: URL: text, not a link
    assert XSS_URL in article.xpath("string(//dd[@id='original-url'])")
    listing = tree(pages[0])
    assert XSS_TITLE in listing.xpath("//a[@class='hit-title']/text()")


def test_only_http_urls_become_links():
    from humascrawl.web.queries import safe_href

    assert safe_href("https://a.id/x?y=1") == "https://a.id/x?y=1"
    assert safe_href("HTTP://a.id/") == "HTTP://a.id/"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<b>", "vbscript:x", "//a.id/x",
                "https:", "https://a.id/\njavascript:x", None, ""):
        assert safe_href(bad) is None, bad


# ------------------------------------------------------------------ errors

def test_bad_requests_get_400_json_and_polite_pages(web):
    for params in ({"q": '"unterminated'}, {"since": "yesterday"}, {"limit": "0"}, {"limit": "lots"},
                   {"month": "2024-13"}, {"since": "2024-05-02", "until": "2024-05-01"}, {"order": "random"}):
        response = web.get("/api/search", params=params)
        assert response.status_code == 400, params
        body = response.json()
        assert set(body) == {"error", "message"} and body["message"] and "\n" not in body["message"], params
    assert web.get("/api/search", params={"q": '"unterminated'}).json()["error"] == "bad_query"
    page = web.get("/", params={"q": '"unterminated'})
    assert page.status_code == 400 and page.headers["content-type"].startswith("text/html")
    doc = tree(page)
    assert doc.xpath("string(//p[@id='error'])").strip()
    assert doc.xpath("//input[@id='q']/@value") == ['"unterminated']  # the query stays, to be fixed
    assert web.get("/", params={"since": "nope"}).status_code == 400


def test_unknown_things_get_404(web):
    for path in ("/api/articles/999999", "/api/articles/999999/versions", "/api/articles/999999/raw",
                 "/api/clusters/999999", "/api/nothing-here"):
        response = web.get(path)
        assert response.status_code == 404, path
        assert response.json()["error"] == "not_found"
    page = web.get("/articles/999999")
    assert page.status_code == 404 and "no article with id 999999" in tree(page).xpath("string(//p[@id='error'])")
    assert web.get("/no/such/page").status_code == 404


# ------------------------------------------------------------------ read-only, headers, OpenAPI

def test_read_only_server(web):
    for method in ("POST", "PUT", "PATCH", "DELETE", "OPTIONS"):
        for path in ("/", "/api/search", f"/api/articles/{web.ids['origin']}"):
            response = web.request(method, path)
            assert response.status_code == 405, (method, path)
            assert response.headers["allow"] == "GET, HEAD"
    head = web.head(f"/api/articles/{web.ids['origin']}")
    assert head.status_code == 200 and head.content == b"" and int(head.headers["content-length"]) > 0
    with web.app.state.sessions() as session:  # the database itself refuses writes
        with pytest.raises(Exception, match="(?i)read.?only"):
            session.execute(sql("UPDATE articles SET title = 'x'"))
            session.flush()


def test_security_headers_on_every_response(web):
    for path in ("/", f"/articles/{web.ids['origin']}", "/api/search", "/static/style.css", "/api/docs",
                 "/api/articles/999999"):
        headers = web.get(path).headers
        assert "default-src 'self'" in headers["content-security-policy"], path
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"


def test_openapi_schema_is_valid_and_complete(sqlite_web):
    from openapi_spec_validator import validate

    schema = sqlite_web.get("/api/openapi.json").json()
    validate(schema)
    assert set(schema["paths"]) == {
        "/api/search", "/api/facets", "/api/per-day", "/api/articles/{article_id}",
        "/api/articles/{article_id}/versions", "/api/articles/{article_id}/raw", "/api/clusters/{cluster}"}
    params = {p["name"] for p in schema["paths"]["/api/search"]["get"]["parameters"]}
    assert {"q", "site", "source", "unit", "person", "label", "since", "until", "limit", "offset",
            "collapse", "order"} <= params
    assert all(list(ops) == ["get"] for ops in schema["paths"].values())
    assert "400" in schema["paths"]["/api/search"]["get"]["responses"]
    assert "404" in schema["paths"]["/api/articles/{article_id}"]["get"]["responses"]
    assert '"422"' not in sqlite_web.get("/api/openapi.json").text  # bad parameters answer 400 here


def test_api_docs_page_needs_nothing_from_elsewhere(sqlite_web):
    response = sqlite_web.get("/api/docs")
    assert response.status_code == 200
    doc = tree(response)
    assert "GET /api/search" in [c.text_content() for c in doc.xpath("//h2/code")]
    assert not [u for u in doc.xpath("//@src | //link/@href") if not u.startswith("/")]
    assert_inert(response)


# ------------------------------------------------------------------ the serve command

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db_url: str, *extra: str, program: tuple[str, ...] = ("-m", "humascrawl.cli"),
                 ) -> tuple[subprocess.Popen, str]:
    """`humascrawl serve --port 0` in a subprocess; returns it and its base URL once it answers.

    ``program``: what Python runs, with the command line after it (the default: the humascrawl CLI)."""
    env = {k: v for k, v in os.environ.items() if k != "HUMASCRAWL_DB"}
    proc = subprocess.Popen([sys.executable, *program, "-q", "serve", "--db", db_url, "--port", "0", *extra],
                            cwd=ROOT, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    line = proc.stderr.readline()
    match = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
    if not match:
        proc.kill()
        raise AssertionError(f"serve did not start: {line}{proc.stderr.read()}")
    base = match[1]
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(base, timeout=2)
            return proc, base
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise AssertionError("serve did not answer within 30 s")


def stop_server(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def test_serve_command_serves_the_archive(sqlite_url):
    ids = build_archive(sqlite_url)
    proc, base = start_server(sqlite_url)
    try:
        assert base.startswith("http://127.0.0.1:")
        assert ids["origin"] in {h["article_id"] for h in httpx.get(base + "api/search?q=narkoba").json()["hits"]}
        assert "<mark>" in httpx.get(base, params={"q": "narkoba"}).text
        assert httpx.post(base + "api/search").status_code == 405
    finally:
        stop_server(proc)
    assert proc.returncode == 0


def test_serve_errors_are_one_line(tmp_path):
    missing = run_cli("serve", "--db", f"sqlite:///{tmp_path / 'none.sqlite3'}", "--port", "0")
    assert missing.returncode == 2
    assert missing.stderr.decode().strip().count("\n") == 0 and "no archive at" in missing.stderr.decode()
    assert not (tmp_path / "none.sqlite3").exists()
    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    Archive.open(url).close()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        taken = run_cli("serve", "--db", url, "--port", str(busy.getsockname()[1]))
    assert taken.returncode == 2 and "cannot listen on 127.0.0.1:" in taken.stderr.decode()
    assert taken.stderr.decode().strip().count("\n") == 0


def test_day_chart_fills_gaps_and_switches_to_months():
    from humascrawl.web.chart import day_chart

    assert day_chart([]) is None and day_chart([("2024-05-01", 0)]) is None
    chart = day_chart([("2024-05-01", 2), ("2024-05-04", 4)])
    assert chart.unit == "day" and [(b.label, b.count) for b in chart.bars] == [
        ("2024-05-01", 2), ("2024-05-02", 0), ("2024-05-03", 0), ("2024-05-04", 4)]
    tallest = chart.bars[3]
    assert tallest.y == 0 and tallest.height == chart.height and chart.bars[0].height == chart.height / 2
    assert chart.bars[-1].x + chart.bars[-1].width <= chart.width
    years = day_chart([("2023-01-15", 1), ("2023-01-20", 2), ("2024-03-02", 5)])
    assert years.unit == "month" and years.total == 8 and len(years.bars) == 15
    assert (years.bars[0].label, years.bars[0].count) == ("2023-01", 3) and years.bars[-1].label == "2024-03"
