"""Every default the package reads, declared once (as Scrapy's ``default_settings``).

Run-time data (the sources list, the demo sites, the extraction rules) is the repository's top-level ``data/``
folder, installed as package data ``humascrawl/data`` (pyproject.toml maps it there): a wheel has no checkout
to reach back into. The archives are not package data: their default URLs are relative to the working
directory, never inside site-packages.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
# An installed wheel holds the data inside the package; a checkout (and an editable install) holds it beside.
DATA_DIR = _PACKAGE / "data" if (_PACKAGE / "data").is_dir() else _PACKAGE.parent / "data"
DEFAULT_SOURCES = DATA_DIR / "sources.toml"
RULES_DIR = DATA_DIR / "rules"
DEMO_SITES = DATA_DIR / "demo" / "sites.toml"
# The official portals (Odoo website_blog, a listing-only portal) and an outlet republishing their releases.
DEMO_PORTALS = DATA_DIR / "demo" / "portals.toml"

# The archives, relative to the working directory (README: "Commands").
DEFAULT_DB_URL = "sqlite:///data/humascrawl.sqlite3"
DEMO_DB_URL = "sqlite:///data/demo.sqlite3"  # `humascrawl demo` without --db
DB_ENV = "HUMASCRAWL_DB"  # names the archive when --db is not given

ALERTS_OUT = "data/alerts"  # `alerts run` writes its digests here without --out
ALERTS_LOCK_WAIT = 60.0  # seconds `alerts run` waits for another run to finish
WEBHOOK_TIMEOUT = 10.0  # seconds per webhook attempt
WEBHOOK_ATTEMPTS = 3  # attempts per webhook

# Recent runs of each source the health checks read (`status --history`); the thresholds themselves are the
# field defaults of humascrawl.health.Thresholds.
HEALTH_HISTORY_RUNS = 30

# Page verdicts (humascrawl.verdicts; README "Hijacked domains and bot walls"). A source run that skipped at least
# HIJACK_MIN_SPAM pages as gambling spam, making at least HIJACK_SPAM_SHARE of the article pages it fetched, is a
# hijacked run: recorded `partial` with the reason, and the source flagged `hijacked` by `status`. After
# BLOCK_BACKOFF_AFTER block pages (challenge, captcha, firewall, interstitial, rate limit) from one host in a
# run, the crawl sends that host nothing more in the run; a source blocked in each of its last BLOCKED_RUNS runs
# is flagged `blocked`. Scrapy settings HUMASCRAWL_HIJACK_SPAM_SHARE, HUMASCRAWL_HIJACK_MIN_SPAM and
# HUMASCRAWL_BLOCK_BACKOFF_AFTER (or environment variables of those names) override the crawl's; `status
# --hijack-share / --hijack-min-spam / --blocked-runs` the flags'.
HIJACK_SPAM_SHARE = 0.5
HIJACK_MIN_SPAM = 3
BLOCK_BACKOFF_AFTER = 3
BLOCKED_RUNS = 2


def extraction_workers(requested: int | None) -> int:
    """Extraction processes for a crawl (``HUMASCRAWL_EXTRACT_WORKERS``) or ``reextract --workers``:
    0 or None means one per core; 1 means in the calling process."""
    return requested or os.cpu_count() or 1


# The crawl fleet (humascrawl.fleet, PostgreSQL only): `humascrawl worker` / `enqueue`.
FLEET_QUEUE = "crawl"  # Procrastinate queue of the crawl and reextract jobs
FLEET_NIGHTLY_CRON = "30 1 * * *"  # the periodic task queues every enabled source once at this time (server clock)
FLEET_CONCURRENCY = 1  # crawl jobs a worker runs at once (each is its own Scrapy process: one per core)
FLEET_MAX_ATTEMPTS = 3  # a crawl job that fails is run at most this many times, then reported failed
FLEET_RETRY_WAIT = 300.0  # seconds before the first retry; doubled at each further attempt
FLEET_HEARTBEAT = 10.0  # seconds between a worker's heartbeats in the queue
FLEET_STALL_TIMEOUT = 120.0  # a job whose worker sent no heartbeat for this long is queued again
FLEET_POLL = 5.0  # seconds between a worker's looks at stalled jobs and at an empty queue
FLEET_SHUTDOWN_GRACE = 60.0  # seconds a stopping worker lets its running crawls finish before stopping them
FLEET_REEXTRACT_BATCH = 5000  # articles per reextract job (`enqueue --reextract`)
FLEET_MAX_REEXTRACT_JOBS = 100_000  # `enqueue --reextract` refuses to queue more jobs than this at once
