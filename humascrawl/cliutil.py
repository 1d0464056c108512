"""What every command shares: consoles, one-line user errors, the --db option.

Kept apart from ``humascrawl.cli`` so that command modules can import it at module
level without a circular import (``python -m humascrawl.cli`` runs cli as __main__).
"""

from __future__ import annotations

import functools
import logging
import sys
from typing import Any, Callable

import click
from rich.console import Console

from humascrawl.config import DEFAULT_DB_URL, DEMO_DB_URL, ConfigError
from humascrawl.storage.db import ArchiveError, MissingArchive
from humascrawl.storage.locks import LockHeld

# Piped output gets a wide fixed width so tables are not squeezed to 80 columns.
stdout = Console(width=None if sys.stdout.isatty() else 160)
stderr = Console(stderr=True)


class UserError(click.ClickException):
    """A one-line error, exit code 2."""

    exit_code = 2

    def show(self, file=None) -> None:
        click.echo(f"humascrawl: error: {self.format_message()}", err=True)


def user_errors(func: Callable) -> Callable:
    """Turn the domain's expected errors into one-line exits with code 2."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from humascrawl.extract import ExtractionError

        try:
            return func(*args, **kwargs)
        except MissingArchive as exc:
            raise UserError(f"{exc}{missing_archive_hint(exc.url)}") from None
        except (ConfigError, ArchiveError, ExtractionError) as exc:
            raise UserError(str(exc)) from None
        except LockHeld as exc:
            click.echo(f"humascrawl: {exc}", err=True)
            sys.exit(1)
        except (click.ClickException, click.exceptions.Exit, SystemExit, KeyboardInterrupt):
            raise
        except Exception as exc:  # a bug: say what happened in one line; -v shows the traceback
            logging.getLogger("humascrawl").info("internal error", exc_info=True)
            click.echo(f"humascrawl: internal error: {type(exc).__name__}: {exc} (run with -v for details)", err=True)
            sys.exit(1)

    return wrapper


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
        help="Archive database (any SQLAlchemy URL). Default: $HUMASCRAWL_DB, else sqlite:///data/humascrawl.sqlite3.",
    )(func)
