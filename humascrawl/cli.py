"""The `humascrawl` command line.

Every command takes ``--db URL`` (else ``$HUMASCRAWL_DB``, else
``sqlite:///data/humascrawl.sqlite3``) and exits 0 on success, 1 when the job ran
but part of it failed, 2 on bad usage, configuration or input, with one line on
stderr and never a traceback.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from typing import Any

import click

from humascrawl import __version__
from humascrawl.config import DEMO_DB_URL, ConfigError, load_sources, resolve_db_url, select_sources

from humascrawl.cliutil import UserError, db_option, stderr, stdout, user_errors  # noqa: F401 (re-exported)


class OneLineFormatter(logging.Formatter):
    """Each record on one line: an exception's traceback becomes its type and message (-v shows tracebacks)."""

    def format(self, record: logging.LogRecord) -> str:
        if record.exc_info:
            error = record.exc_info[1]
            record = logging.makeLogRecord({**record.__dict__, "exc_info": None, "exc_text": None})
            summary = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
            if not str(error) or str(error) not in record.getMessage():
                record.msg, record.args = f"{record.getMessage()} ({' '.join(summary.split())[:300]})", ()
        return super().format(record)


def setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    handler = logging.StreamHandler(sys.stderr)
    log_format = "%(asctime)s %(levelname)s %(name)s: %(message)s"
    handler.setFormatter(logging.Formatter(log_format) if verbose else OneLineFormatter(log_format))
    # Scrapy is chatty at INFO and resets its loggers' levels when a crawl starts, so
    # its lines are filtered at the handler: per-request lines only with -vv.
    scrapy_level = max(level, logging.INFO if verbose >= 2 else logging.WARNING)
    handler.addFilter(lambda record: record.levelno >= scrapy_level or not record.name.startswith("scrapy"))
    logging.basicConfig(level=level, handlers=[handler])
    os.environ["HUMASCRAWL_LOG_LEVEL"] = logging.getLevelName(scrapy_level)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="humascrawl")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for every request).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")
def main(verbose: int, quiet: bool) -> None:
    """Crawl, clean and archive Indonesian police public-relations news."""
    setup_logging(verbose, quiet)


@main.command()
@db_option
@click.option("--sources", "sources_path", type=click.Path(dir_okay=False), default=None,
              help="Sources file (default: data/sources.toml).")
@click.option("--only", multiple=True, metavar="NAME", help="Crawl only this source (repeatable).")
@click.option("--full", is_flag=True, help="Fetch every discovered page again, not only new or changed ones.")
@click.option("--progress/--no-progress", default=None, help="Live progress display (default: when stderr is a terminal).")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="Override a Scrapy or HUMASCRAWL_* setting, e.g. -s AUTOTHROTTLE_ENABLED=false (repeatable).")
@user_errors
def crawl(db: str | None, sources_path: str | None, only: tuple[str, ...], full: bool, progress: bool | None,
          overrides: tuple[str, ...]) -> None:
    """Crawl the sources into the archive (incremental unless --full)."""
    from humascrawl.crawl.runner import run_crawl

    sources = select_sources(load_sources(sources_path), only)
    result = _run_with_display(run_crawl, sources, resolve_db_url(db), full=full, progress=progress,
                               overrides=parse_overrides(overrides), options={"only": list(only)})
    from humascrawl.report import run_table

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


def _run_with_display(run, sources, db_url: str, *, progress: bool | None, **kwargs):
    from humascrawl.report import CrawlDisplay

    if progress is None:
        progress = stderr.is_terminal
    if not progress:
        return run(sources, db_url, **kwargs)
    with CrawlDisplay(stderr) as display:
        return run(sources, db_url, on_tick=display.update, **kwargs)


@main.command()
@db_option
@click.option("--progress/--no-progress", default=None, help="Live progress display (default: when stderr is a terminal).")
@user_errors
def demo(db: str | None, progress: bool | None) -> None:
    """Serve the bundled demo sites on 127.0.0.1, crawl them and show what was stored.

    Works offline. The demo archive is data/demo.sqlite3 unless --db is given; run it
    twice to see the incremental crawl fetch nothing again.
    """
    from humascrawl.demo_run import run_demo

    code = run_demo(db or DEMO_DB_URL, stdout,
                    lambda run, sources, url, **kw: _run_with_display(run, sources, url, progress=progress, **kw))
    sys.exit(code)


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--url", default=None, help="The URL the page was fetched from (for canonical URL and site).")
@click.option("--tz", default=None, help="The outlet's zone: WIB, WITA, WIT or +HH:MM (default: inferred).")
@user_errors
def extract(file: str, url: str | None, tz: str | None) -> None:
    """Extract one saved page and print the article as JSON (FILE may be - for stdin).

    Pages over HUMASCRAWL_MAX_PAGE_BYTES (5 MB) are refused, and extraction stops after
    HUMASCRAWL_EXTRACT_TIMEOUT seconds (30); both are environment variables too.
    """
    from humascrawl import settings
    from humascrawl.config import normalise_tz
    from humascrawl.crawl.workers import time_limit
    from humascrawl.extract import ExtractionError
    from humascrawl.extract.multipage import extract_archived
    from humascrawl.pipelines.extract import extract_limits

    seconds, max_bytes = extract_limits(lambda name: getattr(settings, name))
    data = _read_page(file, max_bytes)
    hints = {"tz": normalise_tz(tz, "--tz")} if tz else {}
    with time_limit(seconds, lambda: ExtractionError(
            f"extraction took longer than {seconds:g} s (HUMASCRAWL_EXTRACT_TIMEOUT)")):
        article = extract_archived(data, url, hints, {})
    article.setdefault("cluster", None)
    click.echo(json.dumps(article, ensure_ascii=False, indent=2))


def _read_page(file: str, max_bytes: int) -> bytes:
    """FILE's bytes (``-``: stdin), never reading more than ``max_bytes`` + 1 of a larger one."""
    try:
        stream = sys.stdin.buffer if file == "-" else open(file, "rb")  # noqa: SIM115 - closed below
        with stream:
            data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise UserError(f"cannot read {file}: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise UserError(f"{file}: page larger than {max_bytes} bytes (HUMASCRAWL_MAX_PAGE_BYTES), not extracted")
    return data


@main.command()
@db_option
@click.option("--limit", default=10, show_default=True, help="How many recent runs to show.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts: {runs, health, thresholds}.")
@click.option("--source", "source_names", multiple=True, metavar="NAME", help="Only this source (repeatable).")
@click.option("--check", is_flag=True, help="Exit 1 when any source is flagged (for monitoring).")
@click.option("--error-runs", type=click.IntRange(1), default=3, show_default=True,
              help="repeated_errors: the source failed (failed/partial) in each of its last N runs.")
@click.option("--stale-days", type=click.FloatRange(0, min_open=True), default=14.0, show_default=True,
              help="stale: crawled this many days after its newest article was first seen, nothing new.")
@click.option("--min-articles", type=click.IntRange(1), default=5, show_default=True,
              help="template_changed / domain_changed: fewest stored articles in each compared sample.")
@click.option("--fill-from", type=click.FloatRange(0, 1), default=0.8, show_default=True,
              help="template_changed: a field filled in at least this share of articles before ...")
@click.option("--fill-to", type=click.FloatRange(0, 1), default=0.3, show_default=True,
              help="... and in at most this share now.")
@click.option("--police-from", type=click.FloatRange(0, 1), default=0.5, show_default=True,
              help="domain_changed: articles mentioning the police were at least this share before ...")
@click.option("--police-to", type=click.FloatRange(0, 1), default=0.2, show_default=True,
              help="... and are at most this share now, under another site name.")
@click.option("--offsite-share", type=click.FloatRange(0, 1, min_open=True), default=0.5, show_default=True,
              help="domain_changed: this share of the last run's responses came from or redirected to another host.")
@click.option("--history", type=click.IntRange(1), default=30, show_default=True,
              help="How many recent runs of each source the health checks read.")
@user_errors
def status(db: str | None, limit: int, as_json: bool, source_names: tuple[str, ...], check: bool, error_runs: int,
           stale_days: float, min_articles: int, fill_from: float, fill_to: float, police_from: float,
           police_to: float, offsite_share: float, history: int) -> None:
    """Show the last crawl runs, each source's counts and the health of each source.

    Flags (stable codes): repeated_errors, never_succeeded, stale, template_changed, domain_changed.
    """
    from humascrawl.health import Thresholds
    from humascrawl.status import filter_runs, health_report, render_health, render_status, runs_as_dicts
    from humascrawl.storage.archive import Archive

    archive = Archive.open(resolve_db_url(db), create=False)
    thresholds = Thresholds(error_runs=error_runs, stale_days=stale_days, min_articles=min_articles,
                            fill_from=fill_from, fill_to=fill_to, police_from=police_from, police_to=police_to,
                            offsite_share=offsite_share)
    names = list(dict.fromkeys(source_names)) or None
    health = health_report(archive, thresholds, names, history=history)
    runs = runs_as_dicts(archive.recent_runs(limit))
    if names:
        known = set(archive.article_stats_by_source()) | {h["source"] for h in health}
        unknown = [n for n in names if n not in known]
        if unknown:
            raise UserError(f"no source named {', '.join(map(repr, unknown))} in the archive")
        runs = filter_runs(runs, names)
    if as_json:
        click.echo(json.dumps({"runs": runs, "health": health, "thresholds": thresholds.as_dict()},
                              ensure_ascii=False, indent=2))
    else:
        render_status(runs, stdout)
        render_health(health, stdout)
    sys.exit(1 if check and any(not h["healthy"] for h in health) else 0)


@main.command()
@db_option
@click.option("--source", default=None, metavar="NAME", help="Only this source's articles.")
@click.option("--dry-run", is_flag=True, help="Report what would change; write nothing.")
@click.option("--workers", type=click.IntRange(1, 64), default=None, help="Extraction processes (default: all cores).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@user_errors
def reextract(db: str | None, source: str | None, dry_run: bool, workers: int | None, as_json: bool) -> None:
    """Re-run extraction over the stored raw pages and report what changed, field by field."""
    from rich.table import Table

    from humascrawl.reextract import reextract as run_reextract
    from humascrawl.storage.archive import Archive

    archive = Archive.open(resolve_db_url(db), create=False)
    report = run_reextract(archive, source=source, dry_run=dry_run, workers=workers)
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
        for error in report.errors[:10]:
            stderr.print(f"failed: {error}")
    sys.exit(1 if report.failed else 0)


@main.command()
@db_option
@click.argument("url")
@click.option("--json", "as_json", is_flag=True, help="Print the versions as JSON.")
@user_errors
def history(db: str | None, url: str, as_json: bool) -> None:
    """Show an article's versions and a diff of its text between them."""
    from rich.syntax import Syntax

    from humascrawl.storage.history import article_history
    from humascrawl.storage.archive import Archive

    found = article_history(Archive.open(resolve_db_url(db), create=False), url)
    if found is None:
        raise UserError(f"no archived article at {url}")
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    stdout.print(f"[bold]{found['title']}[/bold]\n{found['canonical_url']}")
    for version in found["versions"]:
        changed = version.get("changed_fields")
        stdout.print(f"\nversion {version['version']} · stored {version['stored_at']}"
                     + (f" · changed: {', '.join(changed)}" if changed else ""))
        if version.get("diff"):
            stdout.print(Syntax(version["diff"], "diff", word_wrap=True, theme="ansi_dark"))


@main.command("sources")
@click.option("--sources", "sources_path", type=click.Path(dir_okay=False), default=None,
              help="Sources file (default: data/sources.toml).")
@user_errors
def list_sources(sources_path: str | None) -> None:
    """Validate the sources file (and the extraction rules in data/rules) and list its sources."""
    from rich.table import Table

    from humascrawl.extract.pipeline import check_rules

    table = Table(title=str(sources_path or "data/sources.toml"), title_justify="left")
    for column in ("name", "platform", "url", "tz", "labels", "enabled"):
        table.add_column(column)
    sources = load_sources(sources_path)
    for src in sources:
        check_rules(src.rules, src.name)
    for src in sources:
        table.add_row(src.name, src.platform, src.url, src.tz, ", ".join(src.labels), "yes" if src.enabled else "no")
    stdout.print(table)


# Commands that live in their own modules: one import and one add_command each.
# (registered below)
from humascrawl.web.serve import serve  # noqa: E402

main.add_command(serve)
from humascrawl.export.command import export  # noqa: E402

main.add_command(export)
from humascrawl.search.cli import search_command  # noqa: E402

main.add_command(search_command)
from humascrawl.alerts.cli import alerts  # noqa: E402

main.add_command(alerts)
from humascrawl.cluster_cli import clusters  # noqa: E402

main.add_command(clusters)


if __name__ == "__main__":
    main()
