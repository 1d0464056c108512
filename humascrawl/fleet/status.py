"""The queue as `humascrawl status` shows it: each source's latest crawl job, and the newest batch's tally."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import text

from humascrawl.fleet.app import CRAWL_TASK
from humascrawl.fleet.schema import has_queue_schema
from humascrawl.storage.fleet import last_attempts

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
    attempts = last_attempts(archive, [row.id for row in rows])
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
    return {"batch": newest, "tally": tally, "sources": sources}


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
