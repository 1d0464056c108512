"""What every command shares: the consoles, the ``--db`` and filter options, and the error map.

The error map is the one place that turns a :class:`~humascrawl.errors.HumascrawlError` into its one line on
stderr and its exit code; any other exception is a bug, reported in one line too (``-v`` shows the traceback).
"""

from __future__ import annotations

import logging
import sys
from typing import Callable

import click
from rich.console import Console

from humascrawl.defaults import DEFAULT_DB_URL, DEMO_DB_URL
from humascrawl.errors import HumascrawlError
from humascrawl.storage.db import MissingArchive

# Piped output gets a wide fixed width so tables are not squeezed to 80 columns.
stdout = Console(width=None if sys.stdout.isatty() else 160)
stderr = Console(stderr=True)


class OneLineExit(click.ClickException):
    """A HumascrawlError on its way out through click: its line, its exit code."""

    def __init__(self, line: str, exit_code: int):
        super().__init__(line)
        self.exit_code = exit_code

    def show(self, file=None) -> None:
        click.echo(f"humascrawl: {self.format_message()}", err=True)


def one_line_errors(invoke: Callable[[], object]) -> object:
    """Run a command (``invoke``), mapping the domain's errors to one line and an exit code."""
    try:
        return invoke()
    except MissingArchive as exc:
        raise OneLineExit(f"{exc.one_line()}{missing_archive_hint(exc.url)}", exc.exit_code) from None
    except HumascrawlError as exc:
        raise OneLineExit(exc.one_line(), exc.exit_code) from None
    except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit, KeyboardInterrupt):
        raise
    except Exception as exc:  # a bug: say what happened in one line; -v shows the traceback
        logging.getLogger("humascrawl").info("internal error", exc_info=True)
        click.echo(f"humascrawl: internal error: {type(exc).__name__}: {exc} (run with -v for details)", err=True)
        sys.exit(1)


def missing_archive_hint(url: str) -> str:
    """What to do about a missing archive: after `demo`, the default archive is missing but the demo's is not."""
    from humascrawl.storage.db import parse_db_url, sqlite_path

    demo = sqlite_path(parse_db_url(DEMO_DB_URL))
    if url == DEFAULT_DB_URL and demo is not None and demo.is_file():
        return f"; the demo archive is {demo}: use --db {DEMO_DB_URL}"
    return " (`humascrawl crawl` or `humascrawl demo` creates one; --db or $HUMASCRAWL_DB names another)"


def db_option(func: Callable) -> Callable:
    return click.option(
        "--db", "db", metavar="URL", default=None,
        help=f"Archive database (any SQLAlchemy URL). Default: $HUMASCRAWL_DB, else {DEFAULT_DB_URL}.",
    )(func)


# The default sources file as the user knows it (humascrawl.defaults.DEFAULT_SOURCES is where it is installed).
SOURCES_SHOWN = "data/sources.toml"


def sources_option(func: Callable) -> Callable:
    return click.option("--sources", "sources_path", type=click.Path(dir_okay=False), default=None,
                        help=f"Sources file (default: {SOURCES_SHOWN}).")(func)


_FILTER_OPTIONS = (
    ("--site", "HOST", "Only articles of this site (www. ignored), e.g. kalimantanpost.online."),
    ("--source", "NAME", "Only articles of this source (name in the sources file)."),
    ("--unit", "UNIT", "Only articles naming this police unit, e.g. 'Polres Ketapang' (case-insensitive)."),
    ("--polda", "NAME", "Only articles naming a unit of this Polda (the Polda or one of its Polres): 'Polda Kalbar', "
                        "'Polda Kalimantan Barat' or 'Kalbar'."),
    ("--person", "NAME", "Only articles naming this officer (case-insensitive)."),
    ("--since", "YYYY-MM-DD", "Only articles published on or after this day (outlet-local date)."),
    ("--until", "YYYY-MM-DD", "Only articles published on or before this day."),
    ("--label", "LABEL", "Only articles with this label, category or tag (case-insensitive)."),
)


def filter_options(func: Callable) -> Callable:
    """The article filters of humascrawl.filters as options (keyword arguments site, source, ... label;
    ``humascrawl.filters.pop_filters`` turns them into an ArticleFilter)."""
    for name, metavar, help_text in reversed(_FILTER_OPTIONS):
        func = click.option(name, default=None, metavar=metavar, help=help_text)(func)
    return func


# The click context's meta key for the level Scrapy's loggers keep during a crawl (set by the group's -v/-q).
SCRAPY_LOG_LEVEL = "humascrawl.scrapy_log_level"
