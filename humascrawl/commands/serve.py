"""`humascrawl serve`: the read-only web search page and JSON API (humascrawl.web.serve runs it)."""

from __future__ import annotations

import click

from humascrawl import settings
from humascrawl.commands.shared import db_option


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The page has no login: keep it on loopback unless the archive is public.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on (0 picks a free one and prints it).")
@click.option("--workers", type=int, default=None,
              help="Requests served at once (1-32). Default: HUMASCRAWL_WEB_WORKERS (twice the CPU cores).")
@click.option("--queue", type=int, default=settings.HUMASCRAWL_WEB_QUEUE, show_default=True,
              envvar="HUMASCRAWL_WEB_QUEUE", show_envvar=True,
              help="Requests that may wait for a worker; more get 503 + Retry-After.")
def command(db: str | None, host: str, port: int, workers: int | None, queue: int) -> None:
    """Serve the web search page and the JSON API (/api, described at /api/docs) over the archive, read-only."""
    from humascrawl.web.serve import run_server

    run_server(db, host, port, workers, queue)
