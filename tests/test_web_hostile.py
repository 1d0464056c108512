"""The web server against hostile input: ids beyond 64 bits, huge articles, bursts of requests, SIGTERM."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from test_web import _page, build_archive, tree

from humascrawl.storage.archive import Archive
from humascrawl.web.app import create_app

HUGE = str(2**63)
HUGER = str(2**64 + 5)


@pytest.fixture
def client(db_url):
    ids = build_archive(db_url)
    app = create_app(db_url)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        test_client.ids = ids
        yield test_client
    app.state.archive.close()


def assert_json_error(response, statuses=(400, 404)) -> None:
    assert response.status_code in statuses, (response.request.url, response.status_code, response.text[:200])
    assert response.headers["content-type"].startswith("application/json"), response.request.url
    body = response.json()
    assert set(body) == {"error", "message"} and body["message"] and "\n" not in body["message"]


@pytest.mark.parametrize("bad", [HUGE, HUGER, "-" + HUGE, "-1", "0", "abc", "1e3", "12abc"])
def test_hostile_ids_in_api_paths_answer_a_json_error(client, bad):
    for path in (f"/api/articles/{bad}", f"/api/articles/{bad}/versions", f"/api/articles/{bad}/raw",
                 f"/api/clusters/{bad}"):
        assert_json_error(client.get(path))


@pytest.mark.parametrize("bad", [HUGE, HUGER, "-1", "0", "abc"])
def test_hostile_version_parameter_answers_a_json_error(client, bad):
    assert_json_error(client.get(f"/api/articles/{client.ids['changed']}/raw", params={"version": bad}))


def test_ids_beyond_64_bits_are_not_found(client):
    for path in (f"/api/articles/{HUGE}", f"/api/clusters/{HUGE}", f"/api/clusters/-{HUGER}"):
        response = client.get(path)
        assert response.status_code == 404 and response.json()["error"] == "not_found", path
    raw = client.get(f"/api/articles/{client.ids['changed']}/raw", params={"version": HUGE})
    assert raw.status_code == 404 and "has no version" in raw.json()["message"]


@pytest.mark.parametrize("bad", [HUGE, HUGER, "-1", "abc"])
def test_hostile_ids_in_article_pages_answer_the_html_error_page(client, bad):
    response = client.get(f"/articles/{bad}")
    assert response.status_code in (400, 404)
    assert response.headers["content-type"].startswith("text/html")
    assert tree(response).xpath("string(//p[@id='error'])").strip()


def test_an_unexpected_failure_answers_the_documented_json_error(sqlite_url, monkeypatch):
    build_archive(sqlite_url)
    app = create_app(sqlite_url)

    def broken(*_args, **_kwargs):
        raise RuntimeError("secret internals\nwith a second line")

    monkeypatch.setattr("humascrawl.web.api.cluster_detail", broken)
    monkeypatch.setattr("humascrawl.web.pages.article_detail", broken)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        api = test_client.get("/api/clusters/1")
        page = test_client.get("/articles/1")
    app.state.archive.close()
    assert api.status_code == 500 and api.json()["error"] == "internal_error"
    assert "secret" not in api.text
    assert page.status_code == 500 and page.headers["content-type"].startswith("text/html")
    assert "secret" not in page.text


@pytest.mark.timeout(120)  # a hang bound: one such article made a common-word search take minutes
def test_a_multi_megabyte_article_does_not_stall_the_search(sqlite_url):
    build_archive(sqlite_url)
    words = "polisi yang menggelar patroli dan warga di desa yang aman".split()
    huge_text = "\n\n".join(" ".join(words[(i + k) % len(words)] for k in range(60)) for i in range(15_000))
    assert len(huge_text) > 5_000_000
    archive = Archive.open(sqlite_url)
    archive.store_pages([_page("https://dump.example/halaman.html", "dump.example", "Halaman yang sangat panjang",
                               huge_text, "2024-06-04T09:00:00+07:00")])
    archive.close()
    app = create_app(sqlite_url)
    with TestClient(app) as test_client:
        hits = test_client.get("/api/search", params={"q": "yang warga", "limit": 100}).json()["hits"]
        page = test_client.get("/", params={"q": "yang"})
        (dump,) = [hit for hit in hits if hit["url"] == "https://dump.example/halaman.html"]
        article = test_client.get(f"/articles/{dump['article_id']}")
    app.state.archive.close()
    assert len(dump["snippet"]) < 300 and "«yang»" in dump["snippet"] and dump["snippet"].endswith(" …")
    assert page.status_code == 200 and "Halaman yang sangat panjang" in page.text
    assert article.status_code == 200 and len(article.text) > len(huge_text)
