"""The Procrastinate app of the crawl fleet: its connector, tasks, retry strategy and nightly schedule.

Each crawl job names one source. Its ``queueing_lock`` is the source's name (a source waits in the queue at
most once) and its ``lock`` the source's host key (humascrawl.urls.site_key): Procrastinate never runs two
jobs with one lock at once, so a source is never crawled twice at once, sources sharing a host take turns,
and robots.txt Crawl-delay and per-domain limits hold across the whole fleet.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from humascrawl import defaults
from humascrawl.errors import HumascrawlError
from humascrawl.storage.db import parse_db_url

log = logging.getLogger(__name__)

CRAWL_TASK = "humascrawl.crawl_source"
REEXTRACT_TASK = "humascrawl.reextract_range"
ALERTS_TASK = "humascrawl.alerts_run"
NIGHTLY_TASK = "humascrawl.nightly"


class FleetError(HumascrawlError):
    """The fleet cannot run here (an SQLite archive, Procrastinate missing)."""


class JobFailed(HumascrawlError, RuntimeError):
    """A job's attempt failed in a way a later attempt may fix (the site was down, its host busy)."""

    exit_code = 1


class JobRefused(HumascrawlError, RuntimeError):
    """A job that cannot succeed however often it runs (an unknown source, a bad rule): not retried."""


@dataclass
class FleetConfig:
    """How this worker (or `enqueue`) runs the fleet; every default is declared in humascrawl.defaults."""

    db_url: str
    sources_path: str | None = None
    max_attempts: int = defaults.FLEET_MAX_ATTEMPTS
    retry_wait: float = defaults.FLEET_RETRY_WAIT
    nightly_cron: str | None = defaults.FLEET_NIGHTLY_CRON
    heartbeat: float = defaults.FLEET_HEARTBEAT
    stall_timeout: float = defaults.FLEET_STALL_TIMEOUT
    poll: float = defaults.FLEET_POLL
    shutdown_grace: float = defaults.FLEET_SHUTDOWN_GRACE
    alerts_out: str | None = None
    scrapy_settings: list[str] = field(default_factory=list)  # NAME=VALUE for every crawl this worker runs


def require_postgres(db_url: str) -> str:
    """The libpq URL of a PostgreSQL archive; any other archive is a FleetError (exit 2)."""
    parsed = parse_db_url(db_url)
    if parsed.get_backend_name() != "postgresql":
        raise FleetError(f"the crawl fleet needs a PostgreSQL archive, not {parsed.get_backend_name()} "
                         f"({parsed.render_as_string(hide_password=True)}); on one machine use `humascrawl crawl`")
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


def backoff_seconds(config: FleetConfig, attempts_before: int) -> float:
    """The wait before the next attempt, doubling: retry_wait, 2×, 4× …"""
    return config.retry_wait * 2 ** attempts_before


def build_app(config: FleetConfig):
    try:
        import procrastinate
        from procrastinate.retry import BaseRetryStrategy, RetryDecision
    except ImportError:
        raise FleetError("the crawl fleet needs Procrastinate: pip install 'humascrawl[fleet]'") from None
    from humascrawl.fleet import tasks

    conninfo = require_postgres(config.db_url)

    class Backoff(BaseRetryStrategy):
        def get_retry_decision(self, *, exception: BaseException, job) -> RetryDecision | None:
            if not isinstance(exception, JobFailed) or job.attempts + 1 >= config.max_attempts:
                return None
            return RetryDecision(retry_in={"seconds": backoff_seconds(config, job.attempts)})

    app = procrastinate.App(connector=procrastinate.PsycopgConnector(conninfo=conninfo, min_size=1, max_size=4))
    app.humascrawl_config = config
    retry = Backoff()
    app.task(name=CRAWL_TASK, queue=defaults.FLEET_QUEUE, pass_context=True, retry=retry)(tasks.crawl_source)
    app.task(name=REEXTRACT_TASK, queue=defaults.FLEET_QUEUE, pass_context=True, retry=retry)(tasks.reextract_range)
    app.task(name=ALERTS_TASK, queue=defaults.FLEET_QUEUE, pass_context=True, retry=retry)(tasks.alerts_run)
    nightly = app.task(name=NIGHTLY_TASK, queue=defaults.FLEET_QUEUE, pass_context=True)(tasks.nightly)
    if config.nightly_cron:
        app.periodic(cron=config.nightly_cron, periodic_id="nightly")(nightly)
    return app


def crawl_job_options(source_name: str, url: str) -> dict[str, Any]:
    from humascrawl.urls import site_key

    return {"queueing_lock": f"crawl:{source_name}", "lock": f"host:{site_key(url) or url}"}
