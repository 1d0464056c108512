"""The fleet's attempt records (``fleet_attempts``): written by the worker, read by `humascrawl status`."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update

from humascrawl.storage.models import FleetAttempt, utcnow

# Longest error text kept per attempt: the first lines say what went wrong; a traceback's tail is noise here.
ERROR_CHARS = 2000


def start_attempt(archive, *, job_id: int, task: str, source: str | None, attempt: int, worker: str) -> int:
    with archive.session.begin() as session:
        row = FleetAttempt(job_id=job_id, task=task, source=source, attempt=attempt, worker=worker,
                           status="running", started_at=utcnow())
        session.add(row)
        session.flush()
        return row.id


def finish_attempt(archive, attempt_id: int, status: str, error: str | None = None,
                   run_id: int | None = None, result: dict | None = None) -> None:
    """``result``: what the attempt did, as JSON (a reextract job: its pages' counts and failures)."""
    with archive.session.begin() as session:
        session.execute(update(FleetAttempt).where(FleetAttempt.id == attempt_id).values(
            status=status, error=(error or None) and error[:ERROR_CHARS], run_id=run_id, result=result,
            finished_at=utcnow()))


def interrupt_attempts(archive, job_ids: list[int]) -> None:
    """The attempts of jobs whose worker died: no longer running."""
    if not job_ids:
        return
    with archive.session.begin() as session:
        session.execute(update(FleetAttempt).where(FleetAttempt.job_id.in_(job_ids),
                                                   FleetAttempt.status == "running")
                        .values(status="interrupted", error="its worker stopped sending heartbeats",
                                finished_at=utcnow()))


def last_attempts(archive, job_ids: list[int]) -> dict[int, dict]:
    """Job id → its latest attempt (worker, status, error, result, started_at, finished_at)."""
    if not job_ids:
        return {}
    newest = (select(FleetAttempt.job_id, func.max(FleetAttempt.id).label("id"))
              .where(FleetAttempt.job_id.in_(job_ids)).group_by(FleetAttempt.job_id).subquery())
    with archive.session() as session:
        rows = session.scalars(select(FleetAttempt).join(newest, FleetAttempt.id == newest.c.id)).all()
        return {row.job_id: {"worker": row.worker, "status": row.status, "error": row.error,
                             "attempt": row.attempt, "result": row.result, "started_at": _iso(row.started_at),
                             "finished_at": _iso(row.finished_at)} for row in rows}


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None
