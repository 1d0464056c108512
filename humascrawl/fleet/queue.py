"""Filling the queue (crawl, reextract and alerts jobs) and the questions the workers ask of it."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timezone

from sqlalchemy import text

from humascrawl.fleet.app import ALERTS_TASK, CRAWL_TASK, REEXTRACT_TASK, crawl_job_options

log = logging.getLogger(__name__)

_ALERTS_LOCK = 0x68756D62  # PostgreSQL advisory lock: one worker at a time decides to queue a batch's alerts


def new_batch() -> str:
    """A batch names the jobs queued together (a night); `status` reports on the newest."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


async def _defer(app, task: str, options: dict, kwargs: dict) -> bool:
    """Queue one job; False when the same job is waiting already (its queueing lock)."""
    from procrastinate.exceptions import AlreadyEnqueued

    try:
        await app.configure_task(task, **options).defer_async(**kwargs)
    except AlreadyEnqueued:
        return False
    return True


async def enqueue_crawls(app, sources, *, full: bool = False, sources_path: str | None = None,
                         batch: str | None = None) -> tuple[int, int]:
    """One crawl job per source; (queued, already waiting)."""
    batch = batch or new_batch()
    queued = 0
    for source in sources:
        kwargs = {"source_name": source.name, "full": full, "sources": sources_path, "batch": batch}
        queued += await _defer(app, CRAWL_TASK, crawl_job_options(source.name, source.url), kwargs)
    return queued, len(sources) - queued


def id_ranges(first: int, last: int, size: int) -> list[tuple[int, int]]:
    return [(start, min(start + size - 1, last)) for start in range(first, last + 1, size)]


async def enqueue_reextract(app, ranges: list[tuple[int, int]]) -> tuple[int, int]:
    batch = new_batch()
    queued = 0
    for first, last in ranges:
        options = {"queueing_lock": f"reextract:{first}-{last}"}
        queued += await _defer(app, REEXTRACT_TASK, options, {"first_id": first, "last_id": last, "batch": batch})
    return queued, len(ranges) - queued


async def recover_stalled(app, stall_timeout: float) -> list[int]:
    """Queue again the jobs of workers silent for ``stall_timeout`` seconds (killed, frozen, cut off)."""
    from humascrawl.fleet.tasks import archive_for
    from humascrawl.storage.fleet import interrupt_attempts

    recovered = []
    for job in await app.job_manager.get_stalled_jobs(seconds_since_heartbeat=stall_timeout):
        try:
            await app.job_manager.retry_job(job)
        except Exception as exc:  # noqa: BLE001 - another worker took it up first: nothing to do
            log.debug("stalled job %s not retried: %s", job.id, exc)
            continue
        recovered.append(job.id)
        log.warning("job %s (%s %s) of a stalled worker queued again", job.id, job.task_name, job.task_kwargs)
    if recovered:
        await asyncio.to_thread(interrupt_attempts, archive_for(app.humascrawl_config.db_url), recovered)
    return recovered


def pending_jobs(connection, queue: str) -> int:
    """Jobs of ``queue`` still to run or running (the queue is drained at 0)."""
    return connection.execute(text(
        "SELECT count(*) FROM procrastinate_jobs WHERE queue_name = :queue AND status IN ('todo', 'doing')"),
        {"queue": queue}).scalar_one()


def batch_needing_alerts(connection) -> str | None:
    """The newest batch whose crawl jobs have all ended and that has no alerts job yet; None if none."""
    row = connection.execute(text("""
        SELECT args->>'batch' AS batch,
               bool_or(status IN ('todo', 'doing')) AS open
          FROM procrastinate_jobs
         WHERE task_name = :crawl AND args->>'batch' IS NOT NULL
         GROUP BY args->>'batch' ORDER BY max(id) DESC LIMIT 1"""), {"crawl": CRAWL_TASK}).one_or_none()
    if row is None or row.open:
        return None
    queued = connection.execute(text(
        "SELECT 1 FROM procrastinate_jobs WHERE task_name = :alerts AND args->>'batch' = :batch LIMIT 1"),
        {"alerts": ALERTS_TASK, "batch": row.batch}).first()
    return None if queued else row.batch


async def queue_alerts_after_crawls(app, engine) -> str | None:
    """When the newest batch's last crawl job has ended, queue `alerts run` once (whichever worker sees it)."""
    def claim():
        connection = engine.connect()
        transaction = connection.begin()
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _ALERTS_LOCK})
        return connection, transaction, batch_needing_alerts(connection)

    connection, transaction, batch = await asyncio.to_thread(claim)
    try:
        if batch is not None:
            await _defer(app, ALERTS_TASK, {"queueing_lock": "alerts"}, {"batch": batch})
            log.warning("crawl batch %s finished: alerts run queued", batch)
        return batch
    finally:
        await asyncio.to_thread(lambda: (transaction.commit(), connection.close()))
