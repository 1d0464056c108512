"""`humascrawl status`: the last crawl runs, each source's counts and health."""

from __future__ import annotations

import json
import sys

import click

from humascrawl.commands.shared import db_option, stdout
from humascrawl.config import resolve_db_url
from humascrawl.defaults import HEALTH_HISTORY_RUNS
from humascrawl.errors import UserError
from humascrawl.health import Thresholds

THRESHOLDS = Thresholds()  # the declared defaults, shown by --help


@click.command("status")
@db_option
@click.option("--limit", default=10, show_default=True, help="How many recent runs to show.")
@click.option("--json", "as_json", is_flag=True,
              help="Print JSON for scripts: {runs, health, thresholds} and, with a crawl fleet, queue.")
@click.option("--source", "source_names", multiple=True, metavar="NAME", help="Only this source (repeatable).")
@click.option("--check", is_flag=True, help="Exit 1 when any source is flagged, or (crawl fleet) a job of the "
              "newest crawl batch or the newest alerts run failed, or the newest reextract batch failed pages or jobs "
              "(for monitoring).")
@click.option("--error-runs", type=click.IntRange(1), default=THRESHOLDS.error_runs, show_default=True,
              help="repeated_errors: the source failed (failed/partial) in each of its last N runs.")
@click.option("--stale-days", type=click.FloatRange(0, min_open=True), default=THRESHOLDS.stale_days,
              show_default=True,
              help="stale: crawled this many days after its newest article was first seen, nothing new.")
@click.option("--min-articles", type=click.IntRange(1), default=THRESHOLDS.min_articles, show_default=True,
              help="template_changed / domain_changed: fewest stored articles in each compared sample.")
@click.option("--fill-from", type=click.FloatRange(0, 1), default=THRESHOLDS.fill_from, show_default=True,
              help="template_changed: a field filled in at least this share of articles before ...")
@click.option("--fill-to", type=click.FloatRange(0, 1), default=THRESHOLDS.fill_to, show_default=True,
              help="... and in at most this share now.")
@click.option("--police-from", type=click.FloatRange(0, 1), default=THRESHOLDS.police_from, show_default=True,
              help="domain_changed: articles mentioning the police were at least this share before ...")
@click.option("--police-to", type=click.FloatRange(0, 1), default=THRESHOLDS.police_to, show_default=True,
              help="... and are at most this share now, under another site name.")
@click.option("--offsite-share", type=click.FloatRange(0, 1, min_open=True), default=THRESHOLDS.offsite_share,
              show_default=True,
              help="domain_changed: this share of the last run's responses came from or redirected to another host.")
@click.option("--hijack-share", type=click.FloatRange(0, 1), default=THRESHOLDS.hijack_share, show_default=True,
              help="hijacked: gambling spam made at least this share of the last run's fetched article pages ...")
@click.option("--hijack-min-spam", type=click.IntRange(1), default=THRESHOLDS.hijack_min_spam, show_default=True,
              help="... and at least this many pages.")
@click.option("--blocked-runs", type=click.IntRange(1), default=THRESHOLDS.blocked_runs, show_default=True,
              help="blocked: bot walls or block pages answered in each of the last N runs.")
@click.option("--history", type=click.IntRange(1), default=HEALTH_HISTORY_RUNS, show_default=True,
              help="How many recent runs of each source the health checks read.")
def command(db: str | None, limit: int, as_json: bool, source_names: tuple[str, ...], check: bool, error_runs: int,
           stale_days: float, min_articles: int, fill_from: float, fill_to: float, police_from: float,
           police_to: float, offsite_share: float, hijack_share: float, hijack_min_spam: int, blocked_runs: int,
           history: int) -> None:
    """Show the last crawl runs, each source's counts and the health of each source; with a crawl fleet
    (PostgreSQL), the queue: each source waiting, running (on which worker), failed (last error) or done.

    Flags (stable codes): repeated_errors, never_succeeded, stale, template_changed, domain_changed, hijacked,
    blocked. Notes (shown, not counted by --check): template_changed (pages of the last run kept in a new
    template: a redesign).
    """
    from humascrawl.fleet.status import queue_problems, queue_report, render_queue, render_reextract
    from humascrawl.status import filter_runs, health_report, render_health, render_status, runs_as_dicts
    from rich.markup import escape

    from humascrawl.storage.archive import Archive

    archive = Archive.open(resolve_db_url(db), create=False)
    thresholds = Thresholds(error_runs=error_runs, stale_days=stale_days, min_articles=min_articles,
                            fill_from=fill_from, fill_to=fill_to, police_from=police_from, police_to=police_to,
                            offsite_share=offsite_share, hijack_share=hijack_share,
                            hijack_min_spam=hijack_min_spam, blocked_runs=blocked_runs)
    names = list(dict.fromkeys(source_names)) or None
    health = health_report(archive, thresholds, names, history=history)
    runs = runs_as_dicts(archive.recent_runs(limit))
    queue = queue_report(archive) if archive.engine.dialect.name == "postgresql" else None
    if names:
        known = set(archive.article_stats_by_source()) | {h["source"] for h in health}
        known |= {entry["source"] for entry in queue["sources"]} if queue is not None else set()
        unknown = [n for n in names if n not in known]
        if unknown:
            raise UserError(f"no source named {', '.join(map(repr, unknown))} in the archive")
        runs = filter_runs(runs, names)
    if queue is not None and names:
        queue["sources"] = [entry for entry in queue["sources"] if entry["source"] in names]
    if queue is not None:  # a failed job, or a reextract job `ok` with failed pages, fails --check too
        queue["problems"] = queue_problems(queue, whole_archive=not names)
    if as_json:
        document = {"runs": runs, "health": health, "thresholds": thresholds.as_dict()}
        click.echo(json.dumps({**document, **({"queue": queue} if queue is not None else {})},
                              ensure_ascii=False, indent=2))
    else:
        render_status(runs, stdout)
        render_health(health, stdout)
        if queue is not None and queue["sources"]:
            render_queue(queue, stdout)
        if queue is not None and queue.get("reextract"):
            render_reextract(queue["reextract"], stdout)
        for problem in (queue or {}).get("problems", []):
            stdout.print(f"[bold red]queue:[/] {escape(problem)}")
    failing = any(not h["healthy"] for h in health) or bool((queue or {}).get("problems"))
    sys.exit(1 if check and failing else 0)
