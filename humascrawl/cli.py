"""The `humascrawl` command line: the group, its logging options, and the commands of humascrawl.commands.

Every command takes ``--db URL`` (else ``$HUMASCRAWL_DB``, else humascrawl.defaults.DEFAULT_DB_URL) and exits
0 on success, 1 when the job ran but part of it failed, 2 on bad usage, configuration or input, with one line on
stderr and never a traceback (the error map is humascrawl.commands.shared).
"""

from __future__ import annotations

import logging
import sys

import click

from humascrawl import __version__
from humascrawl.commands import (
    alerts, clusters, crawl, demo, enqueue, export, extract, history, reextract, search, serve, sources, status,
    worker,
)
from humascrawl.commands.shared import SCRAPY_LOG_LEVEL, one_line_errors


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


def setup_logging(verbose: int, quiet: bool) -> str:
    """One stderr handler for everything; returns the level Scrapy's own loggers are to keep."""
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    handler = logging.StreamHandler(sys.stderr)
    log_format = "%(asctime)s %(levelname)s %(name)s: %(message)s"
    handler.setFormatter(logging.Formatter(log_format) if verbose else OneLineFormatter(log_format))
    # Scrapy is chatty at INFO and resets its loggers' levels when a crawl starts, so
    # its lines are filtered at the handler: per-request lines only with -vv.
    scrapy_level = max(level, logging.INFO if verbose >= 2 else logging.WARNING)
    handler.addFilter(lambda record: record.levelno >= scrapy_level or not record.name.startswith("scrapy"))
    logging.basicConfig(level=level, handlers=[handler])
    return logging.getLevelName(scrapy_level)


class CommandGroup(click.Group):
    """The group whose commands all go through the one error map."""

    def invoke(self, ctx: click.Context):
        return one_line_errors(lambda: super(CommandGroup, self).invoke(ctx))


@click.group(cls=CommandGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="humascrawl")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for every request).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")
@click.pass_context
def main(ctx: click.Context, verbose: int, quiet: bool) -> None:
    """Crawl, clean and archive Indonesian police public-relations news."""
    ctx.meta[SCRAPY_LOG_LEVEL] = setup_logging(verbose, quiet)


for _module in (alerts, clusters, crawl, demo, enqueue, export, extract, history, reextract, search, serve, sources,
                status, worker):
    main.add_command(_module.command)


if __name__ == "__main__":
    main()
