"""Fleet jobs against the real PostgreSQL server, workers as subprocesses: what a job records when the archive
goes away, when pages fail in a reextract range, and how far `enqueue --reextract` may go."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from sqlalchemy import create_engine, text

from conftest import ROOT, run_cli

pytestmark = pytest.mark.postgres
pytest.importorskip("procrastinate", reason="procrastinate is not installed (pip install -e '.[test]')")

WORKER_OPTIONS = ["--nightly", "off", "--poll", "0.5", "--heartbeat", "1", "--stall-timeout", "5",
                  "--retry-wait", "1", "--max-attempts", "2", "--shutdown-grace", "2"]


def run_worker(db: str, *extra: str, timeout: float = 240) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "HUMASCRAWL_DB"}
    return subprocess.run([sys.executable, "-m", "humascrawl.cli", "worker", "--db", db, "--until-empty",
                           *WORKER_OPTIONS, *extra], cwd=ROOT, env=env, capture_output=True, timeout=timeout)


def query(db: str, sql: str, **params):
    engine = create_engine(db)
    with engine.connect() as conn:
        rows = conn.execute(text(sql), params).all()
    engine.dispose()
    return rows


def test_a_reextract_job_records_its_failed_pages_as_its_result_and_status_shows_them(pg_url):
    from test_reextract import _corrupt_raw_page, archive_with_pages

    archive, urls = archive_with_pages(pg_url, n=4)
    archive.close()
    _corrupt_raw_page(pg_url, urls[1])
    queued = run_cli("enqueue", "--db", pg_url, "--reextract", "--batch-size", "2")
    assert queued.returncode == 0 and "2 reextract jobs queued" in queued.stdout.decode(), queued.stderr.decode()
    worker = run_worker(pg_url)
    assert worker.returncode == 0, worker.stderr.decode()[-3000:]

    results = query(pg_url, "SELECT status, result FROM fleet_attempts WHERE task = 'reextract' ORDER BY id")
    assert [status for status, _ in results] == ["ok", "ok"]  # a bad page fails alone, not its job
    assert sorted((r["examined"], r["failed"], tuple(r["failures"])) for _, r in results) == [
        (2, 0, ()), (2, 1, ("corrupt",))]

    status = run_cli("status", "--db", pg_url, "--json")
    assert status.returncode == 0, status.stderr.decode()
    reextract = json.loads(status.stdout)["queue"]["reextract"]
    assert reextract["tally"] == {"waiting": 0, "running": 0, "failed": 0, "done": 2}
    assert reextract["pages"] == {"examined": 4, "changed": 0, "failed": 1, "failures": {"corrupt": 1}}
    (job,) = reextract["jobs"]
    assert job["failed"] == 1 and job["failures"] == {"corrupt": 1} and "decompress" in job["errors"][0]
    shown = run_cli("status", "--db", pg_url).stdout.decode()
    assert "4 examined, 0 changed, 1 failed (1 corrupt)" in shown
    # The job ended `ok` in Procrastinate, but a page was lost: monitoring must hear of it.
    assert "reextract batch" in shown and "1 page failed" in shown, shown
    checked = run_cli("status", "--db", pg_url, "--check")
    assert checked.returncode == 1, checked.stdout.decode()
    assert json.loads(status.stdout)["queue"]["problems"] == [
        f"reextract batch {reextract['batch']}: 1 page failed (1 corrupt), 0 jobs failed"]


def queued_jobs(db: str) -> int:
    return query(db, "SELECT count(*) FROM procrastinate_jobs")[0][0]


@pytest.mark.parametrize("args, jobs, limit", [
    (["--ids", "1-110", "--batch-size", "10", "--max-jobs", "10"], "11", "10"),
    (["--ids", "1-1000000", "--batch-size", "1"], "1,000,000", "100,000"),  # the default cap
])
def test_enqueue_reextract_refuses_too_many_jobs_in_one_line_and_queues_nothing(pg_url, args, jobs, limit):
    from humascrawl.storage.archive import Archive

    Archive.open(pg_url).close()
    result = run_cli("enqueue", "--db", pg_url, "--reextract", *args, timeout=60)
    assert result.returncode == 2
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and f"makes {jobs} jobs, over --max-jobs {limit}: nothing queued" in lines[0], lines
    assert queued_jobs(pg_url) == 0
    within = run_cli("enqueue", "--db", pg_url, "--reextract", "--ids", "1-100", "--batch-size", "10",
                     "--max-jobs", "10")
    assert within.returncode == 0 and "10 reextract jobs queued" in within.stdout.decode(), within.stderr.decode()


UNREACHABLE = "postgresql+psycopg://nobody@127.0.0.1:1/gone"  # nothing listens on port 1: connection refused


def run_worker_here(db: str, max_attempts: int = 2, retry_wait: float = 0.5) -> None:
    """A real worker in this process (so a test can break the archive under it); stops once the queue drains."""
    from humascrawl.fleet.app import FleetConfig
    from humascrawl.fleet.worker import run_worker

    config = FleetConfig(db_url=db, max_attempts=max_attempts, retry_wait=retry_wait, nightly_cron=None,
                         heartbeat=0.5, stall_timeout=5, poll=0.3, shutdown_grace=1)
    run_worker(config, concurrency=1, until_empty=True, name="t")


def assert_retried_as_unavailable(db: str, task: str, caplog) -> None:
    from humascrawl.fleet.app import JobFailed

    attempts = query(db, "SELECT attempt, status, error, started_at, finished_at FROM fleet_attempts "
                         "WHERE task = :task ORDER BY id", task=task)
    assert [(a.attempt, a.status) for a in attempts] == [(1, "failed"), (2, "failed")], attempts
    assert all(a.error.startswith("archive unavailable: ") and "\n" not in a.error for a in attempts), attempts
    assert (attempts[1].started_at - attempts[0].finished_at).total_seconds() >= 0.5  # the backoff
    jobs = query(db, "SELECT status::text FROM procrastinate_jobs WHERE task_name = :t", t=f"humascrawl.{task}"
                 + ("_source" if task == "crawl" else "_range"))
    assert [status for (status,) in jobs] == ["failed"]
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("humascrawl")]
    assert any("failed (attempt 1 of 2): archive unavailable" in line for line in lines), lines
    assert any("failed (attempt 2 of 2, giving up): archive unavailable" in line for line in lines), lines
    # the database's own error never reaches the log: only JobFailed, whose message is one line
    raised = [r.exc_info[1] for r in caplog.records if r.exc_info]
    assert raised and all(isinstance(e, JobFailed) and "\n" not in str(e) for e in raised), raised


def test_a_crawl_finding_the_archive_unreachable_fails_and_is_retried_with_backoff(pg_url, tmp_path, monkeypatch,
                                                                                     caplog):
    from humascrawl.fleet import tasks
    from humascrawl.storage.archive import Archive

    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "gone"\nurl = "http://127.0.0.1:9/"\nplatform = "blogger"\n',
                       encoding="utf-8")
    Archive.open(pg_url).close()
    assert run_cli("enqueue", "--db", pg_url, "--sources", str(sources)).returncode == 0
    real = tasks.run_child

    async def child_on_an_unreachable_archive(argv):  # the worker's queue works; the crawl's archive refuses
        crawl = "humascrawl.fleet.child" in argv
        return await real([UNREACHABLE if arg == pg_url and crawl else arg for arg in argv])

    monkeypatch.setattr(tasks, "run_child", child_on_an_unreachable_archive)
    run_worker_here(pg_url)
    assert_retried_as_unavailable(pg_url, "crawl", caplog)
    # No crawl run was ever recorded (the child never opened the archive), so no health flag: the failed job
    # itself must make `status --check` fail.
    checked = run_cli("status", "--db", pg_url, "--check")
    assert checked.returncode == 1 and "crawl job failed: gone" in checked.stdout.decode(), checked.stdout.decode()
    assert run_cli("status", "--db", pg_url, "--check", "--source", "gone").returncode == 1


def test_an_alerts_run_that_failed_for_good_fails_status_check(pg_url, tmp_path, monkeypatch):
    from humascrawl.fleet import tasks
    from humascrawl.storage.archive import Archive

    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "fine"\nurl = "http://127.0.0.1:9/"\nplatform = "blogger"\n',
                       encoding="utf-8")
    Archive.open(pg_url).close()
    assert run_cli("enqueue", "--db", pg_url, "--sources", str(sources)).returncode == 0

    async def crawl_ok_alerts_failing(argv):  # the crawl "succeeds"; the digest's webhook is down every time
        if "alerts" in argv:
            return 1, {}, "humascrawl: error: webhook https://hooks.example/x answered 503\n"
        return 0, {"status": "ok"}, ""

    monkeypatch.setattr(tasks, "run_child", crawl_ok_alerts_failing)
    run_worker_here(pg_url)
    status = run_cli("status", "--db", pg_url, "--json")
    queue = json.loads(status.stdout)["queue"]
    assert queue["tally"]["done"] == 1 and queue["alerts"]["state"] == "failed", queue
    (problem,) = queue["problems"]
    assert problem.startswith("alerts run of batch ") and problem.endswith("answered 503"), problem
    checked = run_cli("status", "--db", pg_url, "--check")
    assert checked.returncode == 1 and "alerts run of batch" in checked.stdout.decode(), checked.stdout.decode()
    assert run_cli("status", "--db", pg_url, "--check", "--source", "fine").returncode == 0  # not this source's


def test_a_reextract_job_losing_the_archive_fails_and_is_retried_with_backoff(pg_url, monkeypatch, caplog):
    import psycopg
    from sqlalchemy.exc import OperationalError

    import humascrawl.reextract
    from humascrawl.storage.archive import Archive

    Archive.open(pg_url).close()
    assert run_cli("enqueue", "--db", pg_url, "--reextract", "--ids", "1-10").returncode == 0

    def connection_dropped(*args, **kwargs):
        raise OperationalError("SELECT articles.id", {}, psycopg.OperationalError(
            "consuming input failed: server closed the connection unexpectedly\n\tThis probably means ..."))

    monkeypatch.setattr(humascrawl.reextract, "reextract", connection_dropped)
    run_worker_here(pg_url)
    assert_retried_as_unavailable(pg_url, "reextract", caplog)


def test_a_job_whose_body_raises_records_the_error_not_a_stopped_worker(pg_url, monkeypatch):
    import humascrawl.reextract
    from humascrawl.storage.archive import Archive

    Archive.open(pg_url).close()
    assert run_cli("enqueue", "--db", pg_url, "--reextract", "--ids", "1-10").returncode == 0

    def a_bug(*args, **kwargs):
        raise KeyError("a rule nobody tested")

    monkeypatch.setattr(humascrawl.reextract, "reextract", a_bug)
    run_worker_here(pg_url)
    (attempt,) = query(pg_url, "SELECT status, error FROM fleet_attempts WHERE task = 'reextract'")
    assert tuple(attempt) == ("failed", "KeyError: 'a rule nobody tested'")  # the worker did not stop
    status = json.loads(run_cli("status", "--db", pg_url, "--json").stdout)["queue"]["reextract"]
    assert status["tally"]["failed"] == 1 and status["jobs"][0]["last_error"] == "KeyError: 'a rule nobody tested'"


def test_the_crawl_child_on_an_unreachable_archive_exits_failed_not_config_error(tmp_path):
    from humascrawl.fleet.child import EXIT_FAILED

    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "gone"\nurl = "http://127.0.0.1:9/"\nplatform = "blogger"\n',
                       encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "humascrawl.fleet.child", "--db", UNREACHABLE, "--source", "gone",
                             "--sources", str(sources)], cwd=ROOT, capture_output=True, timeout=120)
    assert result.returncode == EXIT_FAILED, result.stderr.decode()
    outcome = json.loads(result.stdout.decode().strip().splitlines()[-1])
    assert outcome["status"] == "failed" and outcome["error"].startswith("archive unavailable: cannot open archive")
    assert "Connection refused" in outcome["error"]
    assert b"Traceback" not in result.stderr


def stored_per_source(db: str) -> dict[str, int]:
    return dict(query(db, "SELECT s.name, count(a.id) FROM sources s LEFT JOIN articles a ON a.source_id = s.id "
                          "GROUP BY s.name"))


def test_a_crawl_by_hand_leaves_out_a_host_a_fleet_job_crawls_and_names_the_holder(pg_url, tmp_path):
    from humascrawl.demo.server import MirrorServer
    from humascrawl.storage.archive import Archive
    from humascrawl.storage.locks import CrawlLease, host_lease

    with MirrorServer.from_counts({"busy": ("blogger", 2), "free": ("wordpress", 2)}) as mirror:
        sources = tmp_path / "sources.toml"
        sources.write_text("\n".join(
            f'[[source]]\nname = "{name}"\nurl = "{mirror.base_url(name)}"\nplatform = "{mirror.site(name).platform}"\n'
            for name in mirror.names), encoding="utf-8")
        crawl = ["crawl", "--db", pg_url, "--sources", str(sources), "--no-progress",
                 "-s", "AUTOTHROTTLE_ENABLED=false", "-s", "DOWNLOAD_DELAY=0"]
        archive = Archive.open(pg_url)
        fleet_job = CrawlLease(archive, host_lease(mirror.base_url("busy")))  # what a worker's crawl of it holds
        fleet_job.host, fleet_job.pid = "worker-7", 4242
        fleet_job.acquire()

        both = run_cli(*crawl)
        assert both.returncode == 1, both.stderr.decode()
        err = both.stderr.decode()
        assert "skipped busy: host 127.0.0.1:" in err and "another crawl is running" in err, err
        assert "on worker-7, pid 4242" in err and "Traceback" not in err
        assert "partial" in both.stdout.decode() and "skipped" in both.stdout.decode()
        # only the sources it crawls are written: a worker inserting "busy" at this moment never collides with it
        assert stored_per_source(pg_url) == {"free": 2}
        assert not mirror.site("busy").request_clients  # never fetched while the fleet held its host

        alone = run_cli(*crawl, "--only", "busy")
        lines = alone.stderr.decode().strip().splitlines()
        assert alone.returncode == 1 and len(lines) == 1 and "on worker-7, pid 4242" in lines[0], lines

        fleet_job.release()
        again = run_cli(*crawl)
        assert again.returncode == 0, again.stderr.decode()
        assert stored_per_source(pg_url) == {"busy": 2, "free": 2}
        archive.close()
