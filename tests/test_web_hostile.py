"""The web server against hostile input (ids beyond 64 bits, huge articles, bursts of requests, SIGTERM) and
the rough edges of its pages."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from typing import Iterator

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient

from conftest import run_cli
from test_web import _page, build_archive, start_server, stop_server, tree

from humascrawl.storage.archive import Archive
from humascrawl.web.admission import Gate, ServeLimits
from humascrawl.web.app import create_app
from humascrawl.web.serve import listening_socket

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


def test_no_free_database_connection_answers_503_not_500(sqlite_url, monkeypatch):
    from sqlalchemy.exc import TimeoutError as PoolTimeout

    build_archive(sqlite_url)
    app = create_app(sqlite_url, ServeLimits(workers=1, queue=0, queue_wait=1, retry_after=4))

    def exhausted(*_args, **_kwargs):
        raise PoolTimeout("QueuePool limit of size 2 overflow 0 reached, connection timed out, timeout 1.00")

    monkeypatch.setattr("humascrawl.web.api.cluster_detail", exhausted)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        response = test_client.get("/api/clusters/1")
    app.state.archive.close()
    assert response.status_code == 503 and response.headers["retry-after"] == "4"
    assert response.json()["error"] == "busy"


# ------------------------------------------------------------------ rough edges

def test_no_match_says_so_in_words_not_as_a_numbered_hit(client):
    doc = tree(client.get("/", params={"q": "kata-yang-tidak-ada"}))
    assert doc.xpath("//ol[@class='hits']") == [] and doc.xpath("//li[@class='none']") == []
    assert doc.xpath("string(//p[@id='nothing-found'])").startswith("Nothing found.")
    assert "0 articles" in doc.xpath("string(//p[@id='summary'])")


def test_outlets_are_named_by_their_site_name_else_their_host(db_url):
    pages = [_page("http://127.0.0.1:18401/2024/05/a.html", "127.0.0.1:18401", "Patroli A", "Patroli narkoba.",
                   "2024-05-01T08:00:00+07:00", site_name="Kalimantanpost.online"),
             _page("https://www.tanpanama.example/b.html", "www.tanpanama.example", "Patroli B", "Patroli narkoba.",
                   "2024-05-02T08:00:00+07:00")]
    pages[1].article.site_name = None
    archive = Archive.open(db_url)
    archive.store_pages(pages)
    archive.close()
    app = create_app(db_url)
    with TestClient(app) as client:
        doc = tree(client.get("/", params={"q": "patroli"}))
    app.state.archive.close()
    links = {a.text: a.get("href") for a in doc.xpath("//section[@data-facet='site']//a[@class='facet-link']")}
    assert links == {"Kalimantanpost.online": "/?q=patroli&site=127.0.0.1%3A18401&order=rank",
                     "tanpanama.example": "/?q=patroli&site=tanpanama.example&order=rank"}
    assert sorted(doc.xpath("//li[@class='hit']//span[@class='outlet']/text()")) == [
        "Kalimantanpost.online", "www.tanpanama.example"]


# ------------------------------------------------------------------ bursts of requests

@contextmanager
def served(app) -> Iterator[str]:
    """``app`` under uvicorn in a thread, on a free port; yields its base URL."""
    sock = listening_socket("127.0.0.1", 0)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start within 30 s"
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(30)
        sock.close()


@pytest.fixture
def held_search(monkeypatch):
    """Make /api/search wait until the test sets the returned event (bounded), so requests pile up for sure."""
    from humascrawl.web import api

    release = threading.Event()
    real_search = api.search

    def search(*args, **kwargs):
        release.wait(60)
        return real_search(*args, **kwargs)

    monkeypatch.setattr(api, "search", search)
    yield release
    release.set()


def first_answers(futures, count: int) -> list[httpx.Response]:
    done = []
    for future in as_completed(futures, timeout=60):
        done.append(future.result())
        if len(done) == count:
            return done
    raise AssertionError(f"only {len(done)} answers")


def assert_busy(response: httpx.Response, retry_after: int | None = None) -> None:
    assert response.status_code == 503, (response.status_code, response.text[:200])
    seconds = int(response.headers["retry-after"])
    assert seconds == retry_after if retry_after else seconds >= 1
    assert response.headers["content-security-policy"]  # still a response of ours, secured


def test_a_burst_beyond_the_queue_is_turned_away_with_503_and_the_server_recovers(sqlite_url, held_search):
    build_archive(sqlite_url)
    app = create_app(sqlite_url, ServeLimits(workers=2, queue=3, queue_wait=60, retry_after=7))
    with served(app) as base, ThreadPoolExecutor(12) as pool:
        futures = [pool.submit(httpx.get, base + "/api/search", params={"q": "narkoba"}, timeout=90)
                   for _ in range(12)]
        turned_away = first_answers(futures, 7)  # 2 run, 3 wait, the other 7 are answered at once
        for response in turned_away:
            assert_busy(response, 7)
            assert response.json()["error"] == "busy" and "busy" in response.json()["message"]
        page = httpx.get(base + "/", params={"q": "narkoba"}, timeout=30)
        assert_busy(page, 7)
        assert page.headers["content-type"].startswith("text/html") and "busy" in page.text
        for free in ("/static/style.css", "/api/docs", "/api/openapi.json"):  # they never touch the archive
            assert httpx.get(base + free, timeout=30).status_code == 200, free
        held_search.set()
        served_later = [future.result() for future in futures if future.result() not in turned_away]
        assert [r.status_code for r in served_later] == [200] * 5
        assert httpx.get(base + "/api/search", params={"q": "narkoba"}, timeout=30).status_code == 200
        assert httpx.get(base + "/", params={"q": "narkoba"}, timeout=30).status_code == 200
    app.state.archive.close()


def test_a_request_waits_in_the_queue_for_a_bounded_time(sqlite_url, held_search):
    build_archive(sqlite_url)
    app = create_app(sqlite_url, ServeLimits(workers=1, queue=1, queue_wait=0.5, retry_after=3))
    with served(app) as base, ThreadPoolExecutor(2) as pool:
        running = pool.submit(httpx.get, base + "/api/search", timeout=90)
        time.sleep(0.5)  # let it take the one worker (if not, the next request runs and this one waits)
        waiting = pool.submit(httpx.get, base + "/api/search", timeout=90)
        (late,) = first_answers([running, waiting], 1)
        assert_busy(late, 3)
        held_search.set()
        assert [f.result().status_code for f in (running, waiting) if f.result() is not late] == [200]
        assert httpx.get(base + "/api/search", timeout=30).status_code == 200
    app.state.archive.close()


def test_the_gate_turns_away_at_once_a_request_it_could_not_serve_in_time():
    async def scenario() -> list:
        gate = Gate(slots=2, queue=10)
        assert await gate.enter(60) and await gate.enter(60)  # both slots taken
        gate.holding = 0.3  # requests lately held a slot 0.3 s: a waiter's turn comes in well under 60 s
        waiting = [asyncio.create_task(gate.enter(60)) for _ in range(2)]
        await asyncio.sleep(0)
        assert len(gate.waiters) == 2
        gate.holding = 100.0  # now a third would wait ~150 s for its turn: more than its 60 s
        refused = await asyncio.wait_for(gate.enter(60), 30)  # refused at once (a hang bound, not a timing)
        gate.leave(held=0.1)
        gate.leave(held=0.1)
        return [refused, *[await task for task in waiting], gate.free, len(gate.waiters)]

    assert asyncio.run(scenario()) == [False, True, True, 0, 0]


def test_serve_under_a_burst_answers_200_or_503_never_500(sqlite_url):
    build_archive(sqlite_url)
    proc, base = start_server(sqlite_url, "--workers", "1", "--queue", "2")
    try:
        paths = ["", "api/search", "api/facets", "api/per-day"]
        with ThreadPoolExecutor(40) as pool:
            answers = list(pool.map(lambda n: httpx.get(base + paths[n % 4], params={"q": "narkoba"}, timeout=120),
                                    range(120)))
        statuses = Counter(r.status_code for r in answers)
        assert set(statuses) <= {200, 503}, statuses
        assert all(r.headers.get("retry-after") for r in answers if r.status_code == 503)
        assert httpx.get(base + "api/search", params={"q": "narkoba"}, timeout=30).status_code == 200
    finally:
        stop_server(proc)
    assert proc.returncode == 0


def test_limits_are_checked(sqlite_url):
    Archive.open(sqlite_url).close()
    for args in (["--workers", "0"], ["--workers", "33"], ["--queue", "-1"]):
        result = run_cli("serve", "--db", sqlite_url, "--port", "0", *args)
        assert result.returncode == 2 and result.stderr.decode().count("\n") == 1, args
    result = run_cli("serve", "--db", sqlite_url, "--port", "0", env={"HUMASCRAWL_WEB_QUEUE_WAIT": "soon"})
    assert result.returncode == 2 and "HUMASCRAWL_WEB_QUEUE_WAIT" in result.stderr.decode()


# ------------------------------------------------------------------ stopping

# `humascrawl serve` whose searches take two minutes, and that says when one has started.
SLOW_SERVE = """
import sys, time
from pathlib import Path
from humascrawl.web import api

STARTED = Path(sys.argv.pop(1))

def search(*args, **kwargs):
    STARTED.touch()
    time.sleep(120)

api.search = search
from humascrawl.cli import main
main()
"""


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_serve_stops_on_a_signal_even_mid_request(sqlite_url, tmp_path, stop):
    build_archive(sqlite_url)
    started = tmp_path / "search-started"
    proc, base = start_server(sqlite_url, program=("-c", SLOW_SERVE, str(started)))
    with ThreadPoolExecutor(1) as pool:
        pending = pool.submit(httpx.get, base + "api/search", timeout=150)
        deadline = time.monotonic() + 60
        while not started.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert started.exists(), "the search never started"
        proc.send_signal(stop)
        try:
            proc.wait(timeout=30)  # a hang bound: the search would take 120 s (HUMASCRAWL_WEB_SHUTDOWN_GRACE is 3)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise AssertionError(f"serve did not stop on {stop.name}") from None
        answer = pending.result()
        assert_busy(answer)  # the interrupted request is answered 503, not 500 nor cut off
        assert "stopping" in answer.json()["message"]
    assert proc.returncode in (0, -stop)
