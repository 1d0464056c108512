"""`humascrawl status`: recent runs, each source's counts and each source's health."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from rich.console import Console
from rich.table import Table

from humascrawl.defaults import HEALTH_HISTORY_RUNS
from humascrawl.health import Thresholds, source_health
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
        for src in run["sources"]:
            if src.get("error"):  # why a source is not ok: a cap, an interruption, a failed discovery
                console.print(f"  {src['name']}: {src['status']}: {src['error']}", markup=False, highlight=False)


def _kv(counts: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in sorted(counts.items())) or "0"


# -- source health -------------------------------------------------------------------------------

def health_report(archive, thresholds: Thresholds | None = None, names: list[str] | None = None,
                  history: int = HEALTH_HISTORY_RUNS, now: datetime | None = None) -> list[dict[str, Any]]:
    """Every crawled source's health (see humascrawl.health), flagged sources first."""
    thresholds = thresholds or Thresholds()
    per_source = max(history, thresholds.error_runs)
    runs = archive.source_run_history(per_source, names)
    articles = archive.article_stats_by_source()
    report = [source_health(name, records, *articles.get(name, (0, None)), thresholds=thresholds, now=now)
              for name, records in runs.items()]
    return sorted(report, key=lambda h: (h["healthy"], h["source"]))


def filter_runs(runs: list[dict[str, Any]], names: list[str]) -> list[dict[str, Any]]:
    """Only these sources' rows; runs without any of them are left out."""
    wanted = set(names)
    kept = [{**run, "sources": [s for s in run["sources"] if s["name"] in wanted]} for run in runs]
    return [run for run in kept if run["sources"]]


def render_health(health: list[dict[str, Any]], console: Console) -> None:
    if not health:
        return
    flagged = [h for h in health if not h["healthy"]]
    table = Table(title=f"source health · {len(flagged)} of {len(health)} sources flagged", title_justify="left")
    for column in ("source", "health", "last run", "articles", "newest article", "why"):
        table.add_column(column, justify="right" if column == "articles" else "left",
                         overflow="fold", ratio=4 if column == "why" else None)
    for h in health:
        last = h["last_run"] or {}
        codes = ", ".join(f["code"] for f in h["flags"])
        notes = h.get("notes") or []
        noted = ", ".join(n["code"] for n in notes)
        table.add_row(
            h["source"], f"[bold red]{codes}[/]" if codes else f"[green]ok[/] [dim](note: {noted})[/]" if noted
            else "[green]ok[/]",
            f"{last.get('id', '-')} {last.get('status', '')} {(last.get('started_at') or '')[:10]}".strip(),
            str(h["articles"]), (h["latest_article"] or "never")[:10],
            "\n".join([f"{f['code']}: {f['message']}" for f in h["flags"]]
                      + [f"note {n['code']}: {n['message']}" for n in notes]),
        )
    console.print(table)
