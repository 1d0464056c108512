"""The fleet's job bodies. Crawls and alert runs go to a child process; each attempt is recorded.

A crawl child is tied to its worker (Linux PR_SET_PDEATHSIG): a worker killed with SIGKILL takes its crawl
with it, so the job that another worker takes up later never overlaps the dead one's on the same host.
"""

from __future__ import annotations

import asyncio
import ctypes
import json
import logging
import os
import signal
import socket
import sys
from datetime import datetime, timezone

from humascrawl.errors import first_line
from humascrawl.fleet import child
from humascrawl.fleet.app import JobFailed, JobRefused

log = logging.getLogger(__name__)

CHILD_STOP_WAIT = 30.0  # seconds a stopped crawl child gets to record its run before it is killed
OUTPUT_TAIL = 4000  # characters of a child's stderr kept for the error of a failed attempt
_PR_SET_PDEATHSIG = 1
_archives: dict[str, object] = {}


def worker_label(name: str | None = None) -> str:
    return f"{name + '@' if name else ''}{socket.gethostname()}/{os.getpid()}"


def archive_for(db_url: str):
    """One archive handle per worker process (the tasks run on its event loop; their DB calls in threads)."""
    if db_url not in _archives:
        from humascrawl.storage.archive import Archive

        _archives[db_url] = Archive.open(db_url, migrate=False, create=False)
    return _archives[db_url]


def _die_with_parent() -> None:
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the crawl lock's expiry covers a dead worker instead
        pass


async def run_child(argv: list[str]) -> tuple[int, dict, str]:
    """Run ``python ARGV``; (exit code, its last stdout line as JSON or {}, the tail of its stderr)."""
    proc = await asyncio.create_subprocess_exec(sys.executable, *argv, stdout=asyncio.subprocess.PIPE,
                                                stderr=asyncio.subprocess.PIPE, preexec_fn=_die_with_parent)
    try:
        out, err = await proc.communicate()
    except asyncio.CancelledError:  # the worker stops: let the crawl record its run as interrupted
        if proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(proc.wait(), CHILD_STOP_WAIT)
            except asyncio.TimeoutError:
                proc.kill()
        raise
    lines = out.decode("utf-8", "replace").strip().splitlines()
    try:
        outcome = json.loads(lines[-1]) if lines else {}
    except ValueError:
        outcome = {}
    return proc.returncode, outcome if isinstance(outcome, dict) else {}, err.decode("utf-8", "replace")[-OUTPUT_TAIL:]


async def _attempt(context, task: str, source: str | None, body):
    """Record the attempt, run ``body()`` → (status, error, run_id, result); raise what the retry strategy
    reads."""
    from humascrawl.storage import fleet as records
    from humascrawl.storage.db import is_unavailable, unavailable

    config = context.app.humascrawl_config
    job = context.job
    what = f"{task} {source or job.task_kwargs}"
    # An unreachable archive (refused, dropped) fails the attempt in one line and the job is retried with
    # backoff, whether it strikes at the attempt's record, in its body or at its end.
    status, error, run_id, result = "interrupted", "the worker stopped", None, None
    try:
        archive = archive_for(config.db_url)
        attempt_id = await asyncio.to_thread(records.start_attempt, archive, job_id=job.id, task=task,
                                             source=source, attempt=job.attempts + 1,
                                             worker=worker_label(context.worker_name))
    except Exception as exc:
        if not is_unavailable(exc):
            raise
        attempt_id, status, error = None, "failed", str(unavailable(exc))
    try:
        if attempt_id is not None:
            status, error, run_id, result = await body()
    except Exception as exc:
        if not is_unavailable(exc):  # a bug: recorded as what it is, not as a stopped worker, then raised
            status, error = "failed", first_line(exc)[:500]
            raise
        status, error = "failed", str(unavailable(exc))
    finally:
        if attempt_id is not None:
            try:
                await asyncio.to_thread(records.finish_attempt, archive, attempt_id, status, error, run_id, result)
            except Exception as exc:
                if not is_unavailable(exc):
                    raise
                log.warning("%s: its attempt could not be recorded: %s", what, unavailable(exc))
                if status == "ok":  # done, but unrecorded: a retry (cheap, incremental) records it
                    status, error = "failed", str(unavailable(exc))
    if status == "config_error":
        log.error("%s refused (not retried): %s", what, error)
        raise JobRefused(error or status)
    if status != "ok":
        last = job.attempts + 1 >= config.max_attempts
        log.log(logging.ERROR if last else logging.WARNING, "%s failed (attempt %d of %d%s): %s", what,
                job.attempts + 1, config.max_attempts, ", giving up" if last else "", error)
        raise JobFailed(f"{status}: {error}")


async def crawl_source(context, source_name: str, full: bool = False, sources: str | None = None,
                       batch: str | None = None) -> None:
    config = context.app.humascrawl_config

    async def body():
        argv = ["-m", "humascrawl.fleet.child", "--db", config.db_url, "--source", source_name,
                "--job", str(context.job.id)]
        if sources:
            argv += ["--sources", sources]
        if full:
            argv.append("--full")
        for pair in config.scrapy_settings:
            argv += ["--set", pair]
        code, outcome, stderr_tail = await run_child(argv)
        status = outcome.get("status") or ("ok" if code == child.EXIT_OK else "failed")
        if code == child.EXIT_CONFIG:
            status = "config_error"
        elif code not in (child.EXIT_OK, child.EXIT_FAILED, child.EXIT_BUSY):
            status = "failed"  # killed, or a crash before the outcome line
        error = outcome.get("error") or (_last_line(stderr_tail) if status != "ok" else None)
        if status != "ok" and not error:
            error = f"crawl exited with code {code}"
        return status, error, outcome.get("run_id"), None

    await _attempt(context, "crawl", source_name, body)


async def reextract_range(context, first_id: int, last_id: int, batch: str | None = None) -> None:
    from humascrawl import settings
    from humascrawl.pipelines.extract import extract_limits
    from humascrawl.reextract import reextract

    config = context.app.humascrawl_config
    seconds, max_bytes = extract_limits(lambda name: getattr(settings, name))

    async def body():
        # One extraction process per job (the fleet's parallelism is its jobs), bounded per page as a crawl is
        report = await asyncio.to_thread(reextract, archive_for(config.db_url), workers=1, first_id=first_id,
                                         last_id=last_id, time_limit=seconds, max_bytes=max_bytes)
        # Pages that failed (corrupt, extraction, too_large, extract_timeout) fail alone: the job did its work,
        # and another attempt would fail them again. They are its result, which `humascrawl status` shows.
        return "ok", None, None, report.as_dict()

    await _attempt(context, "reextract", None, body)


async def alerts_run(context, batch: str | None = None) -> None:
    config = context.app.humascrawl_config

    async def body():
        argv = ["-m", "humascrawl.cli", "alerts", "run", "--db", config.db_url]
        if config.alerts_out:
            argv += ["--out", config.alerts_out]
        code, _, stderr_tail = await run_child(argv)
        return ("ok" if code == 0 else "failed"), (_last_line(stderr_tail) if code else None), None, None

    await _attempt(context, "alerts", None, body)


async def nightly(context, timestamp: int) -> None:
    """The periodic task: queue every enabled source once (Procrastinate defers it once per tick, fleet-wide)."""
    from humascrawl.config import load_sources, select_sources
    from humascrawl.fleet.queue import enqueue_crawls

    config = context.app.humascrawl_config
    batch = datetime.fromtimestamp(timestamp, timezone.utc).isoformat(timespec="seconds")
    sources = select_sources(load_sources(config.sources_path), ())
    queued, waiting = await enqueue_crawls(context.app, sources, sources_path=config.sources_path, batch=batch)
    log.warning("nightly crawl %s: %d sources queued, %d already waiting", batch, queued, waiting)


def _last_line(text: str) -> str | None:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:500] if lines else None
