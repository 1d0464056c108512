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
