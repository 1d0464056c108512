"""The queue as `humascrawl status` shows it: each source's latest crawl job, and the newest batch's tally; the
newest reextract batch's jobs with their pages' counts and failures."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import text

from humascrawl.fleet.app import ALERTS_TASK, CRAWL_TASK, REEXTRACT_TASK
from humascrawl.fleet.schema import has_queue_schema
from humascrawl.storage.fleet import last_attempts

LISTED_REEXTRACT = 20  # reextract jobs with failures listed in the text table (--json lists them all)
# Procrastinate's job states as an operator reads them.
STATES = {"todo": "waiting", "doing": "running", "succeeded": "done", "failed": "failed",
          "cancelled": "cancelled", "aborted": "aborted", "aborting": "running"}


def queue_report(archive) -> dict | None:
    """{"batch", "tally", "sources": [...]} for the newest crawl batch; None when the archive has no queue."""
    with archive.engine.connect() as connection:
        if not has_queue_schema(connection):
            return None
        rows = connection.execute(text("""
            SELECT DISTINCT ON (args->>'source_name') id, args->>'source_name' AS source, args->>'batch' AS batch,
                   status::text AS status, attempts, scheduled_at
              FROM procrastinate_jobs WHERE task_name = :crawl
             ORDER BY args->>'source_name', id DESC"""), {"crawl": CRAWL_TASK}).all()
        newest = connection.execute(text(
            "SELECT args->>'batch' FROM procrastinate_jobs WHERE task_name = :crawl ORDER BY id DESC LIMIT 1"),
            {"crawl": CRAWL_TASK}).scalar()
        alerts = connection.execute(text(
            "SELECT id, args->>'batch' AS batch, status::text AS status, attempts FROM procrastinate_jobs "
            "WHERE task_name = :alerts ORDER BY id DESC LIMIT 1"), {"alerts": ALERTS_TASK}).first()
    attempts = last_attempts(archive, [row.id for row in rows] + ([alerts.id] if alerts else []))
    now = datetime.now(timezone.utc)
    sources = []
    for row in rows:
        last = attempts.get(row.id, {})
        state = STATES.get(row.status, row.status)
        retry_at = row.scheduled_at if state == "waiting" and row.scheduled_at and row.scheduled_at > now else None
        sources.append({
            "source": row.source, "job": row.id, "batch": row.batch, "state": state,
            "tonight": row.batch == newest, "attempts": row.attempts + (state == "running"),  # counted when it ends
            "worker": last.get("worker") if state == "running" else None,
            "last_error": last.get("error") if last.get("status") not in (None, "ok", "running") else None,
            "retry_at": retry_at.isoformat(timespec="seconds") if retry_at else None,
            "finished_at": last.get("finished_at") if state in ("done", "failed") else None,
        })
    tally = {state: 0 for state in ("waiting", "running", "failed", "done")}
    for entry in sources:
        if entry["tonight"] and entry["state"] in tally:
            tally[entry["state"]] += 1
    report = {"batch": newest, "tally": tally, "sources": sources}
    if alerts is not None:  # the newest `alerts run` job: a digest or webhook that failed for good must show
        last = attempts.get(alerts.id, {})
        report["alerts"] = {"job": alerts.id, "batch": alerts.batch, "state": STATES.get(alerts.status, alerts.status),
                            "attempts": alerts.attempts, "last_error": last.get("error")
                            if last.get("status") not in (None, "ok", "running") else None}
    reextract = reextract_report(archive)
    return {**report, "reextract": reextract} if reextract else report


def reextract_report(archive) -> dict | None:
    """The newest reextract batch: its tally, its pages' totals, and each job that failed or failed pages."""
    with archive.engine.connect() as connection:
        rows = connection.execute(text("""
            SELECT id, (args->>'first_id')::bigint AS first_id, (args->>'last_id')::bigint AS last_id,
                   status::text AS status, attempts, args->>'batch' AS batch
              FROM procrastinate_jobs
             WHERE task_name = :task AND args->>'batch' = (
                   SELECT args->>'batch' FROM procrastinate_jobs WHERE task_name = :task ORDER BY id DESC LIMIT 1)
             ORDER BY first_id"""), {"task": REEXTRACT_TASK}).all()
    if not rows:
        return None
    attempts = last_attempts(archive, [row.id for row in rows])
    tally = {state: 0 for state in ("waiting", "running", "failed", "done")}
    pages = {"examined": 0, "changed": 0, "failed": 0, "failures": {}}
    jobs = []
    for row in rows:
        state = STATES.get(row.status, row.status)
        if state in tally:
            tally[state] += 1
        last = attempts.get(row.id, {})
        result = (last.get("result") or {}) if last.get("status") == "ok" else {}
        for key in ("examined", "changed", "failed"):
            pages[key] += int(result.get(key) or 0)
        for reason, count in (result.get("failures") or {}).items():
            pages["failures"][reason] = pages["failures"].get(reason, 0) + int(count)
        if state == "failed" or result.get("failed"):
            jobs.append({"job": row.id, "first_id": row.first_id, "last_id": row.last_id, "state": state,
                         "attempts": row.attempts, "examined": result.get("examined"),
                         "failed": result.get("failed"), "failures": result.get("failures") or {},
                         "errors": (result.get("errors") or [])[:5],
                         "last_error": last.get("error") if last.get("status") not in (None, "ok", "running")
                         else None})
    return {"batch": rows[0].batch, "tally": tally, "pages": pages, "jobs": jobs}


def by_reason(failures: dict[str, int]) -> str:
    """``{"corrupt": 1, "extraction": 3}`` as ``3 extraction, 1 corrupt``."""
    return ", ".join(f"{n} {reason}" for reason, n in sorted(failures.items(), key=lambda item: -item[1]))


def queue_problems(report: dict, whole_archive: bool = True) -> list[str]:
    """What `status --check` fails on in the queue, one line each: crawl jobs of the newest batch that failed for
    good (among ``report["sources"]``), and, over the ``whole_archive`` (no --source), the newest `alerts run` job
    failed and the newest reextract batch's failed jobs or pages: its jobs end `ok` in Procrastinate even when
    pages failed."""
    problems = []
    failed = [entry["source"] for entry in report["sources"] if entry["tonight"] and entry["state"] == "failed"]
    if failed:
        problems.append(f"batch {report['batch']}: {len(failed)} crawl job{'s' * (len(failed) != 1)} failed: "
                        + ", ".join(failed[:10]) + (f" and {len(failed) - 10} more" if len(failed) > 10 else ""))
    alerts = report.get("alerts")
    if whole_archive and alerts and alerts["state"] == "failed":
        problems.append(f"alerts run of batch {alerts['batch']} failed: {alerts['last_error'] or 'no error recorded'}")
    reextract = report.get("reextract")
    if whole_archive and reextract and (reextract["pages"]["failed"] or reextract["tally"]["failed"]):
        pages, jobs = reextract["pages"], reextract["tally"]["failed"]
        reasons = by_reason(pages["failures"])
        problems.append(f"reextract batch {reextract['batch']}: {pages['failed']} page"
                        f"{'s' * (pages['failed'] != 1)} failed" + (f" ({reasons})" if reasons else "")
                        + f", {jobs} job{'s' * (jobs != 1)} failed")
    return problems


def render_queue(report: dict, console) -> None:
    from rich.table import Table

    tally = ", ".join(f"{count} {state}" for state, count in report["tally"].items())
    table = Table(title=f"Crawl queue, batch {report['batch']}: {tally}", title_justify="left")
    for column in ("source", "state", "attempts", "worker", "last error / retry"):
        table.add_column(column)
    for entry in report["sources"]:
        state = entry["state"] if entry["tonight"] else f"{entry['state']} (batch {entry['batch']})"
        note = entry["last_error"] or ""
        if entry["retry_at"]:
            note = f"retry at {entry['retry_at']}: {note}"
        table.add_row(entry["source"], state, str(entry["attempts"]), entry["worker"] or "", note[:120])
    console.print(table)


def render_reextract(report: dict, console) -> None:
    from rich.table import Table

    pages = report["pages"]
    tally = ", ".join(f"{count} {state}" for state, count in report["tally"].items())
    reasons = by_reason(pages["failures"])
    console.print(f"Reextract jobs, batch {report['batch']}: {tally}; pages {pages['examined']} examined, "
                  f"{pages['changed']} changed, {pages['failed']} failed" + (f" ({reasons})" if reasons else ""))
    if not report["jobs"]:
        return
    table = Table(title="Reextract jobs with failures", title_justify="left")
    for column in ("article ids", "state", "pages failed", "by reason / last error"):
        table.add_column(column)
    for job in report["jobs"][:LISTED_REEXTRACT]:
        why = ", ".join(f"{n} {reason}" for reason, n in job["failures"].items()) or job["last_error"] or ""
        table.add_row(f"{job['first_id']}-{job['last_id']}", job["state"], str(job["failed"] or 0), why[:120])
    console.print(table)
    if len(report["jobs"]) > LISTED_REEXTRACT:
        console.print(f"… and {len(report['jobs']) - LISTED_REEXTRACT} more (--json lists them all)")
