"""`humascrawl crawl`: crawl the sources into the archive."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from humascrawl.config import ConfigError, load_sources, resolve_db_url, select_sources
from humascrawl.commands.shared import SCRAPY_LOG_LEVEL, db_option, sources_option, stderr, stdout


@click.command("crawl")
@db_option
@sources_option
@click.option("--only", multiple=True, metavar="NAME", help="Crawl only this source (repeatable).")
@click.option("--full", is_flag=True, help="Fetch every discovered page again, not only new or changed ones.")
@click.option("--progress/--no-progress", default=None, help="Live progress display (default: when stderr is a terminal).")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="Override a Scrapy or HUMASCRAWL_* setting, e.g. -s AUTOTHROTTLE_ENABLED=false (repeatable).")
def command(db: str | None, sources_path: str | None, only: tuple[str, ...], full: bool, progress: bool | None,
            overrides: tuple[str, ...]) -> None:
    """Crawl the sources into the archive (incremental unless --full)."""
    from humascrawl.crawl.runner import run_crawl
    from humascrawl.report import run_table

    sources = select_sources(load_sources(sources_path), only)
    result = run_with_display(run_crawl, sources, resolve_db_url(db), full=full, progress=progress,
                              overrides=parse_overrides(overrides), options={"only": list(only)})
    stdout.print(run_table(result))
    sys.exit(result.exit_code)


def parse_overrides(pairs: tuple[str, ...]) -> dict[str, Any]:
    """``NAME=VALUE`` pairs; VALUE is read as JSON when it parses (numbers, true/false), else a string."""
    result: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ConfigError(f"--set takes NAME=VALUE, got {pair!r}")
        try:
            result[name.strip()] = json.loads(value)
        except ValueError:
            result[name.strip()] = value
    return result


def run_with_display(run, sources, db_url: str, *, progress: bool | None, overrides: dict[str, Any] | None = None,
                     **kwargs):
    """``run(sources, db_url, ...)`` with Scrapy's loggers at the level -v/-q asked for (an -s LOG_LEVEL
    wins) and, when ``progress`` (default: stderr is a terminal), the live display."""
    from humascrawl.report import CrawlDisplay

    log_level = click.get_current_context().meta.get(SCRAPY_LOG_LEVEL)
    overrides = {**({"LOG_LEVEL": log_level} if log_level else {}), **(overrides or {})}
    if progress is None:
        progress = stderr.is_terminal
    if not progress:
        return run(sources, db_url, overrides=overrides, **kwargs)
    with CrawlDisplay(stderr) as display:
        return run(sources, db_url, on_tick=display.update, overrides=overrides, **kwargs)
