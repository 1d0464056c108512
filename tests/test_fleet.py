"""The crawl fleet for real: Procrastinate on the PostgreSQL server, workers as subprocesses, the loopback mirror.

The end-to-end test runs three workers over 30 mirror sources, SIGKILLs the one crawling the slow source
mid-crawl, and checks that the job is taken up again by another worker, every post is stored exactly once, no
host was crawled by two crawlers at once (the mirror logs each request's User-Agent, one per worker), and the
source whose site always fails is retried with backoff and reported failed while the others finish.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta

import pytest
from sqlalchemy import create_engine, text

from conftest import run_cli
from humascrawl.demo.mirror import Fault
from humascrawl.demo.server import MirrorServer

pytestmark = pytest.mark.postgres
pytest.importorskip("procrastinate", reason="procrastinate is not installed (pip install -e '.[test]')")

SOURCES = 30
SLOW, BROKEN = "site00", "site01"  # queued first: the slow one is crawling when a worker is killed
RETRY_WAIT = 1.0
STALL = 4.0
FLEET_OPTIONS = ["--nightly", "off", "--poll", "0.5", "--heartbeat", "1", "--stall-timeout", str(STALL),
                 "--retry-wait", str(RETRY_WAIT), "--max-attempts", "3", "--shutdown-grace", "5",
                 "-s", "AUTOTHROTTLE_ENABLED=false", "-s", "DOWNLOAD_DELAY=0.05"]


def write_sources(tmp_path, server) -> str:
    lines = [f'[[source]]\nname = "{name}"\nurl = "{server.base_url(name)}"\n'
             f'platform = "{server.site(name).platform}"\ntz = "+07:00"\n' for name in server.names]
    path = tmp_path / "sources.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return str(path)


def start_worker(db: str, sources: str, label: str, tmp_path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "HUMASCRAWL_DB"}
    log = open(tmp_path / f"{label}.log", "wb")
    return subprocess.Popen(
        [sys.executable, "-m", "humascrawl.cli", "worker", "--db", db, "--sources", sources, "--until-empty",
         "--name", label, "-s", f"USER_AGENT=fleet-test {label}", *FLEET_OPTIONS],
        cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT)


def wait_for(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def crawler_spans(site) -> dict[str, tuple[float, float]]:
    """User-Agent (one per worker) → (first, last) time it requested anything of ``site``."""
    spans: dict[str, tuple[float, float]] = {}
    for at, agent in list(site.request_clients):
        first, last = spans.get(agent, (at, at))
        spans[agent] = (min(first, at), max(last, at))
    return spans


def crawl_spans(site) -> list[tuple[float, float]]:
    """(first, last) request time of each crawl of ``site``, in order.

    One worker may crawl a site twice (a failed attempt and its retry) while another worker's attempt came between
    them, so a span per User-Agent would overlap where no two crawls did. Every crawl starts by asking for
    robots.txt: a worker's requests are cut into crawls there.
    """
    spans: list[list[float]] = []
    open_span: dict[str, list[float]] = {}
    for (_method, path, _status), (at, agent) in zip(list(site.request_log), list(site.request_clients)):
        if path.split("?", 1)[0] == "/robots.txt" or agent not in open_span:
            open_span[agent] = [at, at]
            spans.append(open_span[agent])
        else:
            open_span[agent][1] = at
    return sorted((first, last) for first, last in spans)


def test_three_workers_crawl_thirty_sources_surviving_a_killed_worker_and_a_broken_site(pg_url, tmp_path):
    counts = {f"site{i:02d}": ("blogger" if i % 2 else "wordpress", 8 if i == 0 else 2) for i in range(SOURCES)}
    with MirrorServer.from_counts(counts) as mirror:
        mirror.site(SLOW).set_faults(Fault(pattern=".", delay=0.5))
        mirror.site(BROKEN).set_faults(Fault(pattern=".", status=503))
        sources = write_sources(tmp_path, mirror)
        queued = run_cli("enqueue", "--db", pg_url, "--sources", sources)
        assert queued.returncode == 0, queued.stderr.decode()
        assert f"{SOURCES} crawl jobs queued" in queued.stdout.decode()
        again = run_cli("enqueue", "--db", pg_url, "--sources", sources, "--only", SLOW)
        assert "0 crawl jobs queued, 1 already waiting" in again.stdout.decode()

        engine = create_engine(pg_url)
        workers = {label: start_worker(pg_url, sources, label, tmp_path) for label in ("w1", "w2", "w3")}
        try:
            def slow_attempt():
                with engine.connect() as conn:
                    return conn.execute(text("SELECT worker FROM fleet_attempts WHERE source = :s AND "
                                             "status = 'running'"), {"s": SLOW}).scalar()
            victim_label = wait_for(slow_attempt, 120, "the slow source's crawl to start")
            wait_for(lambda: len(mirror.site(SLOW).request_clients) >= 2, 30, "the slow crawl to fetch")
            victim = victim_label.split("@")[0]
            assert int(victim_label.rsplit("/", 1)[1]) == workers[victim].pid
            workers[victim].send_signal(signal.SIGKILL)
            killed_at = time.monotonic()
            for label, proc in workers.items():
                proc.wait(timeout=240)
        finally:
            for proc in workers.values():
                if proc.poll() is None:
                    proc.kill()
        logs = {label: (tmp_path / f"{label}.log").read_text(errors="replace")[-3000:] for label in workers}
        assert workers[victim].returncode == -signal.SIGKILL
        assert all(proc.returncode == 0 for label, proc in workers.items() if label != victim), logs

        with engine.connect() as conn:
            stored = dict(conn.execute(text(
                "SELECT s.name, count(*) FROM articles a JOIN sources s ON s.id = a.source_id GROUP BY s.name")).all())
            duplicates = conn.execute(text(
                "SELECT canonical_url FROM articles GROUP BY canonical_url HAVING count(*) > 1")).all()
            attempts = conn.execute(text(
                "SELECT source, attempt, worker, status, error, started_at, finished_at FROM fleet_attempts "
                "WHERE task = 'crawl' ORDER BY id")).all()
            jobs = dict(conn.execute(text("SELECT args->>'source_name', status::text FROM procrastinate_jobs "
                                          "WHERE task_name = 'humascrawl.crawl_source'")).all())
            alerts = conn.execute(text("SELECT a.started_at FROM fleet_attempts a WHERE task = 'alerts'")).all()
        engine.dispose()

        # Every post of every working site stored exactly once, the killed source's included.
        assert duplicates == []
        expected = {name: len(mirror.site(name).posts) for name in mirror.names if name != BROKEN}
        assert {name: stored.get(name, 0) for name in expected} == expected
        assert jobs == {**{name: "succeeded" for name in expected}, BROKEN: "failed"}

        # The killed worker's job was taken up again by another worker, after the stall timeout.
        slow = [a for a in attempts if a.source == SLOW]
        assert [a.status for a in slow] == ["interrupted", "ok"], slow
        assert slow[0].worker.startswith(victim + "@") and not slow[1].worker.startswith(victim + "@")
        assert slow[1].started_at - slow[0].started_at >= timedelta(seconds=STALL)

        # No host was ever crawled by two crawlers at once; the dead crawler stopped when its worker died.
        for name in mirror.names:
            spans = crawl_spans(mirror.site(name))
            assert all(earlier[1] < later[0] for earlier, later in zip(spans, spans[1:])), (name, spans)
        dead_span = crawler_spans(mirror.site(SLOW))[f"fleet-test {victim}"]
        assert dead_span[1] <= killed_at + 2.0  # a request in flight may land just after; none later

        # The broken site: three attempts with doubling waits, then failed with its reason; the rest finished.
        broken = [a for a in attempts if a.source == BROKEN]
        assert [(a.attempt, a.status) for a in broken] == [(1, "failed"), (2, "failed"), (3, "failed")]
        gaps = [later.started_at - earlier.finished_at for earlier, later in zip(broken, broken[1:])]
        assert gaps[0] >= timedelta(seconds=RETRY_WAIT) and gaps[1] >= timedelta(seconds=2 * RETRY_WAIT), gaps
        assert all(a.error for a in broken)
        assert any("giving up" in log for log in logs.values())

        # `alerts run` was queued once, after the night's last crawl job.
        assert len(alerts) == 1 and alerts[0].started_at >= max(a.finished_at for a in attempts)

        status = run_cli("status", "--db", pg_url, "--json")
        assert status.returncode == 0, status.stderr.decode()
        queue = json.loads(status.stdout)["queue"]
        assert queue["tally"] == {"waiting": 0, "running": 0, "failed": 1, "done": SOURCES - 1}
        (failed,) = [e for e in queue["sources"] if e["state"] == "failed"]
        assert failed["source"] == BROKEN and failed["attempts"] == 3 and failed["last_error"]


def test_worker_and_enqueue_refuse_an_sqlite_archive_in_one_line(sqlite_url):
    for args in (["worker"], ["enqueue"]):
        result = run_cli(*args, "--db", sqlite_url)
        assert result.returncode == 2
        lines = result.stderr.decode().strip().splitlines()
        assert len(lines) == 1 and "needs a PostgreSQL archive" in lines[0], lines


def test_sources_of_one_host_share_a_lock_and_retries_wait_longer_each_time():
    from humascrawl.fleet.app import FleetConfig, backoff_seconds, crawl_job_options

    one = crawl_job_options("polda-a", "https://www.tribratanews.example/a/")
    two = crawl_job_options("polda-b", "https://tribratanews.example/b/")
    other = crawl_job_options("polres-c", "https://polres-c.example/")
    assert one["lock"] == two["lock"] != other["lock"]
    assert one["queueing_lock"] != two["queueing_lock"]
    config = FleetConfig(db_url="postgresql://x/y", retry_wait=30)
    assert [backoff_seconds(config, n) for n in range(3)] == [30, 60, 120]


def _queue_tables(url: str) -> tuple[bool, str]:
    engine = create_engine(url)
    with engine.connect() as conn:
        exists = conn.execute(text("SELECT to_regclass('procrastinate_jobs') IS NOT NULL")).scalar()
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    engine.dispose()
    return exists, revision


def test_migration_creates_the_queue_on_a_fresh_and_an_existing_archive_and_runs_twice(pg_url):
    from alembic import command

    from humascrawl.storage.archive import Archive
    from humascrawl.storage.db import alembic_config, head_revision

    engine = create_engine(pg_url)
    with engine.begin() as conn:  # an archive made before the fleet: migrated up to 0004 only
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
    engine.dispose()
    assert _queue_tables(pg_url) == (False, "0004")
    Archive.open(pg_url).close()
    assert _queue_tables(pg_url) == (True, head_revision())
    Archive.open(pg_url).close()  # again: nothing to do, nothing broken
    queued = run_cli("enqueue", "--db", pg_url, "--reextract")
    assert queued.returncode == 0 and "0 reextract jobs queued" in queued.stdout.decode(), queued.stderr.decode()


def test_migration_keeps_a_queue_schema_made_by_procrastinate_itself(pg_url):
    from procrastinate.schema import SchemaManager

    from humascrawl.storage.archive import Archive

    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.connection.driver_connection.execute(SchemaManager.get_schema())
        conn.exec_driver_sql("INSERT INTO procrastinate_jobs (queue_name, task_name, args) "
                             "VALUES ('crawl', 'humascrawl.crawl_source', '{}')")
    engine.dispose()
    Archive.open(pg_url).close()
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM procrastinate_jobs")).scalar() == 1
    engine.dispose()


def test_the_nightly_schedule_queues_each_tick_once_however_many_workers_run(pg_url, tmp_path):
    # Two workers with the schedule every 2 s, crawling a site that is down (a closed port: each job fails fast).
    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "gone"\nurl = "http://127.0.0.1:9/"\nplatform = "blogger"\n',
                       encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "HUMASCRAWL_DB"}
    args = [sys.executable, "-m", "humascrawl.cli", "worker", "--db", pg_url, "--sources", str(sources),
            "--nightly", "* * * * * */2", "--poll", "0.5", "--heartbeat", "1", "--stall-timeout", "5",
            "--max-attempts", "1", "--shutdown-grace", "1"]
    from humascrawl.storage.archive import Archive

    Archive.open(pg_url).close()  # the archive and its queue, before the two workers start
    workers = [subprocess.Popen(args, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
               for _ in range(2)]
    time.sleep(9)
    for proc in workers:
        proc.send_signal(signal.SIGTERM)
    assert [proc.wait(timeout=60) for proc in workers] == [0, 0]
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        ticks = conn.execute(text("SELECT (args->>'timestamp')::bigint FROM procrastinate_jobs "
                                  "WHERE task_name = 'humascrawl.nightly'")).scalars().all()
        crawls = conn.execute(text("SELECT args->>'batch' FROM procrastinate_jobs "
                                   "WHERE task_name = 'humascrawl.crawl_source'")).scalars().all()
    engine.dispose()
    assert len(ticks) >= 2 and len(ticks) == len(set(ticks)), ticks  # every tick fired, each once
    assert crawls and len(crawls) == len(set(crawls)) and len(crawls) <= len(ticks)
