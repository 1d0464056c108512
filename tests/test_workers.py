"""The crawl's process pool (humascrawl.crawl.workers) and the batched store path it feeds."""

import asyncio
import os
import signal
import time

import pytest

from humascrawl.crawl.workers import CLOSE_GRACE, ProcessPool, TaskTimeout, WorkerDied
from humascrawl.items import Article, FetchedPage
from humascrawl.storage.archive import Archive, prepare_page
from humascrawl.config import Source


def run(coro):
    return asyncio.run(coro)


def test_tasks_run_in_worker_processes_and_errors_come_back():
    async def go():
        pool = ProcessPool("os:getpid", 2)
        try:
            pids = await asyncio.gather(*(pool.run() for _ in range(40)))
            assert os.getpid() not in pids and len(set(pids)) == 2  # both workers took tasks
            divide = ProcessPool("operator:truediv", 2)
            try:
                assert await divide.run(6, 3) == 2
                with pytest.raises(ZeroDivisionError):
                    await divide.run(1, 0)
            finally:
                divide.close()
        finally:
            pool.close()
    run(go())


_WARMING_TASK = """
import os
WARMED_IN = None

def warm_up_workers():
    global WARMED_IN
    WARMED_IN = os.getpid()

def where():
    return WARMED_IN, os.getppid(), os.getpid()
"""


def test_the_task_module_warms_up_once_in_the_process_that_forks_the_workers(tmp_path, monkeypatch):
    (tmp_path / "warming_task.py").write_text(_WARMING_TASK)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))

    async def go():
        pool = ProcessPool("warming_task:where", 2)
        try:
            return await asyncio.gather(*(pool.run() for _ in range(20)))
        finally:
            pool.close()
    answers = run(go())
    assert len({worker for _, _, worker in answers}) == 2  # both workers answered
    # each worker inherited what its parent built before forking it, and both have the same parent
    assert {(warmed, parent) for warmed, parent, _ in answers} == {(answers[0][1], answers[0][1])}


def test_a_dead_worker_fails_its_task_and_the_pool_goes_on_in_process():
    async def go():
        pool = ProcessPool("os:_exit", 2, replacements=0)
        try:
            for _ in range(2):
                with pytest.raises(WorkerDied):
                    await pool.run(3)
            # Every worker is gone: the task runs here (os._exit would end the test: use a harmless pool).
            assert not any(w.alive for w in pool.workers)
        finally:
            pool.close()
        pool = ProcessPool("operator:add", 1, replacements=0)
        try:
            assert await pool.run(2, 3) == 5
            for worker in pool.workers:
                worker.transport.abort()
            await asyncio.sleep(0.05)
            assert await pool.run(4, 5) == 9  # no worker left: in this process
        finally:
            pool.close()
    run(go())


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


async def _worker_pids(pool, count):
    """The pids the workers announce (each sends its pid first)."""
    for _ in range(500):
        pids = [w.pid for w in pool.workers if w.pid is not None]
        if len(pids) == count:
            return pids
        await asyncio.sleep(0.02)
    raise AssertionError("the workers did not start")


def test_a_dead_worker_is_replaced_and_its_waiting_task_runs_elsewhere():
    async def go():
        pool = ProcessPool("os:kill", 1)
        try:
            await pool.run(0, 0)  # signal 0: nothing happens
            first = (await _worker_pids(pool, 1))[0]
            with pytest.raises(WorkerDied):
                await pool.run(first, signal.SIGKILL)
            assert await pool.run(0, 0) is None  # answered by a new worker
            second = (await _worker_pids(pool, 1))[0]
            assert second != first and _gone(first)
        finally:
            pool.close()
    run(go())


def test_a_task_over_the_time_limit_kills_its_worker_and_the_pool_goes_on():
    async def go():
        pool = ProcessPool("time:sleep", 1, time_limit=0.3)
        try:
            await pool.run(0)
            stuck = (await _worker_pids(pool, 1))[0]
            # the second task waits behind the stuck one in the same worker: it must still run
            slow, quick = pool.run(3600), pool.run(0)
            results = await asyncio.wait_for(asyncio.gather(slow, quick, return_exceptions=True), 60)
            assert isinstance(results[0], TaskTimeout) and results[1] is None
            assert _gone(stuck)
        finally:
            pool.close()
    run(go())


def test_close_ends_idle_and_busy_workers_at_once():
    """The pool used to wait 10 s for workers inside the event loop, before their sockets closed."""
    async def go():
        pool = ProcessPool("time:sleep", 2)
        await asyncio.gather(pool.run(0), pool.run(0))
        pids = await _worker_pids(pool, 2)
        busy = asyncio.ensure_future(pool.run(3600))
        await asyncio.sleep(0.2)
        started = time.monotonic()
        pool.close()
        # a bound on hanging, not a speed target: the old close took 10 s and left the workers running
        assert time.monotonic() - started < CLOSE_GRACE + 5
        assert [pid for pid in pids if not _gone(pid)] == []
        with pytest.raises((asyncio.CancelledError, WorkerDied)):  # its task is not left waiting
            await asyncio.wait_for(busy, 5)
    run(go())


SOURCE = Source(name="kalimantanpost", url="https://www.kalimantanpost.online/", platform="blogger")


def _page(slug, text, content_hash, title="Judul"):
    url = f"https://www.kalimantanpost.online/2024/05/{slug}.html"
    return FetchedPage(
        source="kalimantanpost", url=url, status=200, body=f"<html>{text}</html>".encode(),
        headers={"Content-Type": "text/html"}, feed_updated="2024-05-15T14:00:00.000+07:00", extractor_version="1",
        article=Article(url=url, canonical_url=url, site="kalimantanpost.online", title=title,
                        published="2024-05-15T14:00:00+07:00", text=text, labels=[], units=["Polres Sanggau"],
                        persons=[], language="id", content_hash=content_hash))


def _batch():
    long = " ".join(f"kata{i}" for i in range(60))
    return [
        _page("a", long, "ha"),
        _page("b", "Teks lain sama sekali.", "hb"),
        _page("a-copy", long, "ha"),                      # same text, same site: an alias of a
        _page("a", long + " tambahan", "ha2"),              # a again, changed in the same batch
        _page("c", long + " tambahan", "ha2"),              # the changed text under another URL
        _page("b", "Teks lain sama sekali.", "hb"),        # unchanged
    ]


def _state(archive):
    from sqlalchemy import select
    from humascrawl.storage.models import Article, ArticleAlias
    with archive.session() as session:
        articles = sorted((a.canonical_url, a.content_hash, a.version, a.cluster is not None)
                          for a in session.scalars(select(Article)))
        aliases = sorted(a.canonical_url for a in session.scalars(select(ArticleAlias)))
    return articles, aliases


def test_a_batch_stores_as_one_page_at_a_time_would(db_url):
    batched = Archive.open(db_url)
    batched.sync_sources([SOURCE])
    pages = _batch()
    for page in pages[:3]:
        page.prepared = prepare_page(page.body, page.article)  # as the workers hand them over
    outcomes = batched.store_pages(pages)
    state = _state(batched)
    batched.close()
    assert outcomes == ["new", "new", "duplicate", "changed", "duplicate", "unchanged"]
    articles, aliases = state
    assert [a[0].rsplit("/", 1)[1] for a in articles] == ["a.html", "b.html"]
    assert articles[0][2] == 2 and articles[0][1] == "ha2"
    assert [a.rsplit("/", 1)[1] for a in aliases] == ["a-copy.html", "c.html"]


def test_the_sources_of_one_crawl_share_one_pool_closed_by_the_last():
    from scrapy.utils.test import get_crawler

    from humascrawl.pipelines.extract import ExtractPipeline

    settings = {"HUMASCRAWL_EXTRACT_WORKERS": 2, "HUMASCRAWL_EXTRACT_TIMEOUT": 30, "HUMASCRAWL_MAX_PAGE_BYTES": 1000}
    pipelines = [ExtractPipeline.from_crawler(get_crawler(settings_dict=settings)) for _ in range(3)]
    for pipeline in pipelines:
        pipeline.open_spider()
    pool = pipelines[0].pool
    assert all(p.pool is pool for p in pipelines)
    for pipeline in pipelines[:2]:
        pipeline.close_spider()
    assert not pool.closed
    pipelines[2].close_spider()
    assert pool.closed
    again = ExtractPipeline.from_crawler(get_crawler(settings_dict=settings))
    again.open_spider()
    assert again.pool is not pool  # a closed pool is never handed out again
    again.close_spider()


def test_a_page_without_an_article_fails_alone_with_the_workers_message(tmp_path):
    """Extraction errors travel back from the pool as exceptions (not as a field of the result): the page is
    dropped and counted, the next one is extracted."""
    from scrapy.exceptions import DropItem
    from scrapy.utils.test import get_crawler

    from humascrawl.extract import EXTRACTOR_VERSION
    from humascrawl.pipelines.extract import ExtractPipeline

    crawler = get_crawler(settings_dict={"HUMASCRAWL_EXTRACT_WORKERS": 2, "HUMASCRAWL_EXTRACT_TIMEOUT": 30,
                                         "HUMASCRAWL_MAX_PAGE_BYTES": 100_000})
    pipeline = ExtractPipeline.from_crawler(crawler)
    url = "https://www.kalimantanpost.online/2024/05/a.html"
    empty = FetchedPage(source="kalimantanpost", url=url, status=200, body=b"<html><body></body></html>")
    good = FetchedPage(source="kalimantanpost", url=url, status=200, body=(
        "<html><head><title>Polres Ketapang Gelar Apel</title></head><body><article>"
        + "<p>Polres Ketapang menggelar apel pasukan di halaman Mapolres pada Rabu pagi bersama warga.</p>" * 3
        + "</article></body></html>").encode())

    async def go():
        pipeline.open_spider()
        try:
            with pytest.raises(DropItem, match="no article text"):
                await pipeline.process_item(empty)
            return await pipeline.process_item(good)
        finally:
            pipeline.close_spider()
    stored = run(go())
    assert crawler.stats.get_value("humascrawl/failed/extraction") == 1
    assert isinstance(stored.article, Article) and "apel pasukan" in stored.article.text
    assert stored.extractor_version == EXTRACTOR_VERSION and stored.prepared["body_size"] == len(good.body)
