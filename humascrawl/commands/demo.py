"""`humascrawl demo`: serve the bundled demo sites, crawl them and show what was stored."""

from __future__ import annotations

import sys

import click

from humascrawl.commands.crawl import run_with_display
from humascrawl.commands.shared import db_option, stdout
from humascrawl.defaults import DEMO_DB_URL


@click.command("demo")
@db_option
@click.option("--progress/--no-progress", default=None, help="Live progress display (default: when stderr is a terminal).")
def command(db: str | None, progress: bool | None) -> None:
    """Serve the bundled demo sites on 127.0.0.1, crawl them and show what was stored.

    Works offline. The demo archive is data/demo.sqlite3 unless --db is given; run it
    twice to see the incremental crawl fetch nothing again.
    """
    from humascrawl.demo_run import run_demo

    code = run_demo(db or DEMO_DB_URL, stdout,
                    lambda run, sources, url, **kw: run_with_display(run, sources, url, progress=progress, **kw))
    sys.exit(code)
