"""`humascrawl reextract`: re-run extraction over the stored raw pages and report what changed."""

from __future__ import annotations

import json
import sys

import click

from humascrawl.commands.shared import db_option, stderr, stdout
from humascrawl.config import resolve_db_url


@click.command("reextract")
@db_option
@click.option("--source", default=None, metavar="NAME", help="Only this source's articles.")
@click.option("--dry-run", is_flag=True, help="Report what would change; write nothing.")
@click.option("--workers", type=click.IntRange(1, 64), default=None, help="Extraction processes (default: all cores).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def command(db: str | None, source: str | None, dry_run: bool, workers: int | None, as_json: bool) -> None:
    """Re-run extraction over the stored raw pages and report what changed, field by field.

    Each page is bounded as in a crawl: HUMASCRAWL_MAX_PAGE_BYTES (5 MB) and HUMASCRAWL_EXTRACT_TIMEOUT
    seconds (30); a page over either fails (too_large, extract_timeout) and keeps its stored fields, as does
    one whose stored copy does not decompress (corrupt) or whose extraction raises (extraction); the other
    pages go on. Exits 1 when any page failed.
    """
    from rich.table import Table

    from humascrawl import settings
    from humascrawl.pipelines.extract import extract_limits
    from humascrawl.reextract import reextract as run_reextract
    from humascrawl.storage.archive import Archive

    # the crawl's per-page bounds (HUMASCRAWL_EXTRACT_TIMEOUT, HUMASCRAWL_MAX_PAGE_BYTES) hold here too
    seconds, max_bytes = extract_limits(lambda name: getattr(settings, name))
    archive = Archive.open(resolve_db_url(db), create=False)
    report = run_reextract(archive, source=source, dry_run=dry_run, workers=workers,
                           time_limit=seconds, max_bytes=max_bytes)
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        verb = "would change" if dry_run else "changed"
        table = Table(title=f"{report.examined} articles re-extracted, {report.changed} {verb}, "
                            f"{report.failed} failed", title_justify="left")
        table.add_column("field")
        table.add_column(f"articles {verb}", justify="right")
        for name, count in report.fields.most_common():
            table.add_row(name, str(count))
        stdout.print(table)
        if report.reclustered:
            stdout.print(f"{report.reclustered} articles clustered afresh (their text or facts changed)")
        if report.reasons:
            stderr.print("failed: " + ", ".join(f"{n} {reason}" for reason, n in report.reasons.most_common()))
        for error in report.errors[:10]:
            stderr.print(f"failed: {error}")
    sys.exit(1 if report.failed else 0)
