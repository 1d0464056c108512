"""`humascrawl worker`: run the fleet's crawl jobs (PostgreSQL archives only)."""

from __future__ import annotations

import click

from humascrawl import defaults
from humascrawl.commands.shared import db_option, sources_option
from humascrawl.config import resolve_db_url


@click.command("worker")
@db_option
@sources_option
@click.option("--concurrency", type=click.IntRange(1, 64), default=defaults.FLEET_CONCURRENCY, show_default=True,
              help="Jobs run at once; each crawl is its own Scrapy process (about one per core).")
@click.option("--until-empty", is_flag=True,
              help="Stop once no job waits or runs anywhere in the queue (tests, cron); default: run until stopped.")
@click.option("--name", default=None, help="This worker's name in logs and `status` (default: host/pid).")
@click.option("--nightly", default=defaults.FLEET_NIGHTLY_CRON, show_default=True, metavar="CRON",
              help="When the fleet queues every enabled source (cron, server clock; 'off' for never). "
                   "Fires once per tick however many workers run.")
@click.option("--max-attempts", type=click.IntRange(1), default=defaults.FLEET_MAX_ATTEMPTS, show_default=True,
              help="Attempts of a failing job before it is reported failed.")
@click.option("--retry-wait", type=click.FloatRange(0), default=defaults.FLEET_RETRY_WAIT, show_default=True,
              help="Seconds before the first retry of a failed job; doubled for each further one.")
@click.option("--stall-timeout", type=click.FloatRange(1), default=defaults.FLEET_STALL_TIMEOUT, show_default=True,
              help="Seconds without a worker's heartbeat before its jobs are queued again.")
@click.option("--heartbeat", type=click.FloatRange(0.1), default=defaults.FLEET_HEARTBEAT, show_default=True,
              help="Seconds between this worker's heartbeats (well under --stall-timeout).")
@click.option("--poll", type=click.FloatRange(0.1), default=defaults.FLEET_POLL, show_default=True,
              help="Seconds between looks for new and stalled jobs.")
@click.option("--shutdown-grace", type=click.FloatRange(0), default=defaults.FLEET_SHUTDOWN_GRACE,
              show_default=True, help="On SIGTERM, seconds running crawls get to finish before they are stopped.")
@click.option("--alerts-out", default=None, metavar="DIR", help="Where `alerts run` jobs write their digests.")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="A Scrapy or HUMASCRAWL_* setting for every crawl this worker runs (repeatable).")
def command(db: str | None, sources_path: str | None, concurrency: int, until_empty: bool, name: str | None,
            nightly: str, max_attempts: int, retry_wait: float, stall_timeout: float, heartbeat: float, poll: float,
            shutdown_grace: float, alerts_out: str | None, overrides: tuple[str, ...]) -> None:
    """Run crawl, reextract and alerts jobs from the archive's queue (PostgreSQL); see README "Scaling out"."""
    from humascrawl.commands.crawl import parse_overrides
    from humascrawl.fleet.app import FleetConfig, require_postgres
    from humascrawl.fleet.schema import prepare_archive
    from humascrawl.fleet.worker import run_worker

    db_url = resolve_db_url(db)
    require_postgres(db_url)  # an SQLite archive: one line, exit 2, before anything is opened
    parse_overrides(overrides)  # a malformed -s stops here, not in every job
    if heartbeat >= stall_timeout:
        raise click.BadParameter("must be shorter than --stall-timeout", param_hint="--heartbeat")
    prepare_archive(db_url, create=True).close()
    config = FleetConfig(db_url=db_url, sources_path=sources_path, max_attempts=max_attempts, retry_wait=retry_wait,
                         nightly_cron=None if nightly.strip().lower() == "off" else nightly, heartbeat=heartbeat,
                         stall_timeout=stall_timeout, poll=poll, shutdown_grace=shutdown_grace,
                         alerts_out=alerts_out, scrapy_settings=list(overrides))
    run_worker(config, concurrency=concurrency, until_empty=until_empty, name=name)
