"""`humascrawl alerts`: saved searches (add, list, remove) and `alerts run`, the digest of their new matches."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.markup import escape

from humascrawl.commands.shared import db_option, filter_options, stdout
from humascrawl.config import resolve_db_url
from humascrawl.defaults import ALERTS_LOCK_WAIT, ALERTS_OUT, WEBHOOK_ATTEMPTS, WEBHOOK_TIMEOUT
from humascrawl.filters import pop_filters

_CONTROL = dict.fromkeys(c for c in range(32) if c != 9)


def _plain(text: str) -> str:
    """Scraped text for a terminal: no control characters (no escape sequences)."""
    return text.translate(_CONTROL)


def _open(db: str | None):
    from humascrawl.storage.archive import Archive

    return Archive.open(resolve_db_url(db), create=False)


@click.group("alerts")
def command() -> None:
    """Saved searches: `alerts run` (after the nightly crawl) reports each new match once, in a digest
    (Markdown + HTML) and optionally to a webhook."""


@command.command("add")
@db_option
@click.argument("name")
@click.argument("query")
@filter_options
@click.option("--webhook", metavar="URL", default=None, help="POST each run's new matches as JSON to this URL.")
@click.option("--collapse", is_flag=True, help="One entry per release: copies on other outlets are folded into it "
                                               "and a release already reported is not reported again.")
@click.option("--backfill", is_flag=True, help="Also report the articles already archived (default: only "
                                               "articles stored after the alert was added).")
@click.option("--exact", is_flag=True, help="The words as typed, as `search --exact`: no word forms (penangkapan = "
                                            "ditangkap) and no synonyms (curanmor = pencurian sepeda motor).")
def add(db: str | None, name: str, query: str, webhook: str | None, collapse: bool, backfill: bool, exact: bool,
        **filter_values: str | None) -> None:
    """Save a search as alert NAME (QUERY in the syntax of `humascrawl search`; "" with a filter for all)."""
    from humascrawl.alerts.store import add_alert

    filters = pop_filters(filter_values)
    archive = _open(db)
    try:
        added = add_alert(archive, name, query, filters, webhook=webhook, collapse=collapse, backfill=backfill,
                          exact=exact)
    finally:
        archive.close()
    existing = added.existing_matches
    if backfill:
        click.echo(f"Added alert {name!r}: the next `alerts run` reports the {existing} archived "
                   f"{'article' if existing == 1 else 'articles'} that match now, then each new one.")
    else:
        click.echo(f"Added alert {name!r}: reports matching articles stored from now on "
                   f"({existing} archived {'article matches' if existing == 1 else 'articles match'} already; "
                   "--backfill would include them).")


@command.command("list")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts (webhook URLs in full).")
def list_command(db: str | None, as_json: bool) -> None:
    """List the alerts with how many matches each has reported."""
    from rich.table import Table

    from humascrawl.alerts.store import list_alerts, redact_webhook

    archive = _open(db)
    try:
        rows = list_alerts(archive)
    finally:
        archive.close()
    if as_json:
        click.echo(json.dumps({"alerts": rows}, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("No alerts. Add one: humascrawl alerts add NAME QUERY [--unit ...] [--webhook URL]")
        return
    table = Table(title=f"{len(rows)} alert{'s' if len(rows) != 1 else ''}", title_justify="left")
    for column in ("name", "query", "filters", "webhook", "reported", "last run"):
        table.add_column(column, justify="right" if column == "reported" else "left")
    for row in rows:
        filters = " ".join(f"{k}={v}" for k, v in row["filters"].items())
        if row["collapse"]:
            filters = (filters + " collapse").strip()
        if row["exact"]:
            filters = (filters + " exact").strip()
        webhook = redact_webhook(row["webhook"]) or ""
        if row["pending_webhook"]:
            webhook += f" ({row['pending_webhook']} pending)"
        table.add_row(escape(row["name"]), escape(row["query"]), escape(filters), escape(webhook),
                      str(row["reported"]), row["last_run_at"] or "never")
    stdout.print(table)


@command.command("remove")
@db_option
@click.argument("name")
def remove(db: str | None, name: str) -> None:
    """Delete alert NAME and the record of what it reported."""
    from humascrawl.alerts.store import remove_alert

    archive = _open(db)
    try:
        removed = remove_alert(archive, name)
    finally:
        archive.close()
    click.echo(f"Removed alert {name!r} ({removed} recorded {'match' if removed == 1 else 'matches'}).")


@command.command("run")
@db_option
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=ALERTS_OUT, show_default=True,
              help="Folder for the digest files alerts-RUN.md and alerts-RUN.html.")
@click.option("--only", multiple=True, metavar="NAME", help="Run only this alert (repeatable).")
@click.option("--dry-run", is_flag=True, help="Show what would be reported; write nothing, POST nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the run as JSON (every listed match).")
@click.option("--wait", type=click.FloatRange(0), default=ALERTS_LOCK_WAIT, show_default=True,
              help="Seconds to wait for another `alerts run` to finish before giving up (exit 1).")
@click.option("--webhook-timeout", type=click.FloatRange(0.1, 300), default=WEBHOOK_TIMEOUT, show_default=True,
              help="Seconds per webhook attempt.")
@click.option("--webhook-attempts", type=click.IntRange(1, 10), default=WEBHOOK_ATTEMPTS, show_default=True,
              help="Attempts per webhook; waits 1, 2, 4 ... s between them (or the server's Retry-After).")
def run(db: str | None, out_dir: str, only: tuple[str, ...], dry_run: bool, as_json: bool, wait: float,
        webhook_timeout: float, webhook_attempts: int) -> None:
    """Report each alert's new matches: one digest per run, webhook POSTs; each match is reported once.

    Exit 1 when a webhook failed (its matches stay pending and are sent with the next run; the digest
    files are written all the same).
    """
    from humascrawl.alerts.run import run_alerts

    archive = _open(db)
    try:
        report = run_alerts(archive, Path(out_dir), only=only, dry_run=dry_run, wait=wait,
                            webhook_timeout=webhook_timeout, webhook_attempts=webhook_attempts)
    finally:
        archive.close()
    if as_json:
        click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        _print_report(report)
    for outcome in report.outcomes:
        for problem in (outcome.webhook_error, outcome.error):
            if problem:
                click.echo(f"humascrawl: {problem}", err=True)
    sys.exit(report.exit_code)


def _print_report(report) -> None:
    if not report.outcomes:
        click.echo("No alerts. Add one: humascrawl alerts add NAME QUERY [--unit ...] [--webhook URL]")
        return
    for outcome in report.outcomes:
        if outcome.section is None:
            continue
        section = outcome.section
        line = f"{section.name}: {section.matches} new {'match' if section.matches == 1 else 'matches'}"
        if section.collapse and len(section.entries) != section.matches:
            releases = len(section.entries) + section.unlisted
            line += f" in {releases} release{'s' if releases != 1 else ''}"
        if outcome.webhook == "delivered":
            line += f"; webhook: delivered {outcome.webhook_sent}"
        elif outcome.webhook == "failed":
            line += "; webhook: FAILED (pending for the next run)"
        click.echo(line)
        if report.dry_run:
            for entry in section.entries:
                click.echo(_plain(f"  {entry.title or '(no title)'} · {entry.outlet} · {entry.when} · {entry.url}"))
    if report.dry_run:
        click.echo("Dry run: nothing recorded, written or sent.")
    elif report.markdown:
        click.echo(f"Digest: {report.markdown} and {report.html}")
