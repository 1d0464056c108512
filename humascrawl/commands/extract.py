"""`humascrawl extract`: extract one saved page and print the article as JSON."""

from __future__ import annotations

import json
import sys

import click

from humascrawl.errors import UserError


@click.command("extract")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--url", default=None, help="The URL the page was fetched from (for canonical URL and site).")
@click.option("--tz", default=None, help="The outlet's zone: WIB, WITA, WIT or +HH:MM (default: inferred).")
def command(file: str, url: str | None, tz: str | None) -> None:
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
    click.echo(json.dumps(article.to_json(), ensure_ascii=False, indent=2))


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
