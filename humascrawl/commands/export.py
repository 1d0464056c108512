"""`humascrawl export`: write a dataset of the archive and its manifest."""

from __future__ import annotations

from pathlib import Path

import click

from humascrawl.commands.shared import db_option, filter_options
from humascrawl.config import resolve_db_url
from humascrawl.errors import UserError
from humascrawl.export.dataset import FORMATS, check_target, export_dataset, format_for
from humascrawl.filters import filter_from_options


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="jsonl, csv, parquet or warc (.warc.gz). Default: from the --out name's extension.")
@click.option("--out", "out", required=True, metavar="PATH",
              help="The file to write; its manifest is written beside it as PATH.manifest.json.")
@filter_options
@click.option("--force", is_flag=True, help="Overwrite PATH (and its manifest) when it exists.")
@click.option("--batch-size", type=click.IntRange(1), default=None,
              help="Rows read and written at a time (Parquet: rows per row group). Default: per format.")
def command(db: str | None, fmt: str | None, out: str, force: bool, batch_size: int | None,
            **filter_values) -> None:
    """Write the articles matching the filters to PATH as JSON Lines, CSV, Parquet or WARC.

    Streams in constant memory and writes PATH.manifest.json beside the data (filters, rows, date range,
    sources, columns, extractor versions, sha256 of every file). A failed export leaves nothing under PATH.
    """
    from humascrawl.storage.archive import Archive

    check_target(Path(out).expanduser(), force)  # before anything else: the most useful complaint
    fmt = fmt or format_for(out)
    if fmt is None:
        raise UserError(f"cannot tell the format from {out!r}; give --format ({'|'.join(FORMATS)})")
    filters = filter_from_options(**filter_values)
    db_url = resolve_db_url(db)
    archive = Archive.open(db_url, create=False)
    try:
        result = export_dataset(archive.engine, db_url, fmt, out, filters, force=force, batch_size=batch_size)
    except OSError as exc:
        raise UserError(f"cannot write {out}: {exc.strerror or exc}") from None
    finally:
        archive.close()
    written = result.manifest["files"][0]
    rate = result.rows / result.seconds if result.seconds > 0 else 0.0
    click.echo(f"exported {result.rows} articles to {result.path} ({fmt}, {_size(written['bytes'])}) in "
               f"{result.seconds:.1f} s ({rate:,.0f} rows/s); manifest {result.manifest_path}")
