"""Terminal output: the live crawl display and run summaries (rich)."""

from __future__ import annotations

import time
from typing import Any

from rich.console import Console
from rich.live import Live
from rich.table import Table

from humascrawl.stat_keys import failed_by_reason, failed_total


def _n(stats: dict[str, Any], key: str) -> int:
    return int(stats.get(key, 0) or 0)


class CrawlDisplay:
    """A live table on stderr: pages, articles, pages/s and errors per source."""

    def __init__(self, console: Console):
        self.console = console
        self.started = time.monotonic()
        self.live = Live(console=console, refresh_per_second=4, transient=False)

    def __enter__(self) -> "CrawlDisplay":
        self.live.start()
        return self

    def __exit__(self, *exc) -> None:
        self.live.stop()

    def update(self, per_source: list[tuple[str, dict[str, Any]]]) -> None:
        elapsed = max(time.monotonic() - self.started, 1e-6)
        table = Table(title=f"crawling · {elapsed:5.1f}s", title_justify="left", expand=False)
        for column in ("source", "pages", "articles", "unchanged", "pages/s", "errors"):
            table.add_column(column, justify="left" if column == "source" else "right")
        for name, stats in per_source:
            pages = _n(stats, "downloader/response_count")
            articles = _n(stats, "humascrawl/new") + _n(stats, "humascrawl/changed")
            table.add_row(name, str(pages), str(articles), str(_n(stats, "humascrawl/unchanged")),
                          f"{pages / elapsed:.1f}", str(failed_total(stats)))
        self.live.update(table)


def run_table(result) -> Table:
    """The summary of a finished run, one row per source."""
    table = Table(title=f"run {result.run_id}: {result.status} in {result.duration:.1f}s", title_justify="left")
    for column in ("source", "status", "discovered", "fetched", "new", "changed", "unchanged", "skipped", "failed"):
        table.add_column(column, justify="left" if column in ("source", "status") else "right")
    for src in result.sources:
        stats = src.stats
        skipped = sum(int(v) for k, v in stats.items() if k.startswith("humascrawl/skipped/"))
        table.add_row(src.name, src.status, *(str(src.counter(k)) for k in ("discovered", "fetched", "new",
                                                                             "changed", "unchanged")),
                      str(skipped), _failure_text(stats))
    # Why a source is not ok, in words: a cap it hit, an interruption.
    reasons = [f"{src.name}: {src.stats['humascrawl/error']}" for src in result.sources
               if src.stats.get("humascrawl/error")]
    if reasons:
        table.caption, table.caption_justify = "\n".join(reasons), "left"
    return table


def _failure_text(stats: dict[str, Any]) -> str:
    parts = [f"{reason}={n}" for reason, n in sorted(failed_by_reason(stats).items())]
    return ", ".join(parts) or "0"
