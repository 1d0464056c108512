"""`humascrawl status`: recent runs and each source's counts."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from humascrawl.storage.archive import RUN_COUNTERS


def _iso(value) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def runs_as_dicts(runs) -> list[dict[str, Any]]:
    return [
        {
            "id": run.id, "status": run.status, "started_at": _iso(run.started_at),
            "finished_at": _iso(run.finished_at), "host": run.host, "options": run.options,
            "sources": [
                {"name": s.source_name, "status": s.status, **{k: getattr(s, k) for k in RUN_COUNTERS},
                 "skipped": s.skipped, "failed": s.failed, "duration": s.duration, "error": s.error}
                for s in run.sources
            ],
        }
        for run in runs
    ]


def render_status(runs: list[dict[str, Any]], console: Console) -> None:
    if not runs:
        console.print("No crawl runs recorded yet. Run `humascrawl crawl` (or `humascrawl demo`).")
        return
    for run in runs:
        table = Table(title=f"run {run['id']} · {run['status']} · started {run['started_at']}"
                            f" · finished {run['finished_at'] or '-'}", title_justify="left")
        for column in ("source", "status", "discovered", "fetched", "new", "changed", "unchanged",
                       "skipped", "failed", "seconds"):
            table.add_column(column, justify="left" if column in ("source", "status") else "right")
        for src in run["sources"]:
            table.add_row(
                src["name"], src["status"], *(str(src[k]) for k in ("discovered", "fetched", "new", "changed",
                                                                    "unchanged")),
                _kv(src["skipped"]), _kv(src["failed"]), f"{src['duration'] or 0:.1f}",
            )
        console.print(table)


def _kv(counts: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in sorted(counts.items())) or "0"
