"""`humascrawl enqueue`: queue crawl jobs (one per source) or reextract jobs for the fleet's workers."""

from __future__ import annotations

import asyncio
from pathlib import Path

import click

from humascrawl import defaults
from humascrawl.commands.shared import db_option, sources_option, stdout
from humascrawl.config import load_sources, resolve_db_url, select_sources
from humascrawl.errors import UserError


@click.command("enqueue")
@db_option
@sources_option
@click.option("--only", multiple=True, metavar="NAME", help="Queue only this source (repeatable).")
@click.option("--full", is_flag=True, help="The crawls fetch every discovered page again.")
@click.option("--reextract", is_flag=True, help="Queue reextract jobs over the archive's article ids instead.")
@click.option("--ids", default=None, metavar="FIRST-LAST", help="With --reextract: only these article ids.")
@click.option("--batch-size", type=click.IntRange(1), default=defaults.FLEET_REEXTRACT_BATCH, show_default=True,
              help="With --reextract: articles per job.")
@click.option("--max-jobs", type=click.IntRange(1), default=defaults.FLEET_MAX_REEXTRACT_JOBS, show_default=True,
              help="With --reextract: refuse (queuing nothing) when the ids and --batch-size make more jobs.")
def command(db: str | None, sources_path: str | None, only: tuple[str, ...], full: bool, reextract: bool,
            ids: str | None, batch_size: int, max_jobs: int) -> None:
    """Queue one crawl job per source (all enabled ones, or --only) for `humascrawl worker` (PostgreSQL).

    A source already waiting in the queue is not queued twice."""
    from humascrawl.fleet.app import FleetConfig, build_app, require_postgres
    from humascrawl.fleet.queue import enqueue_crawls, enqueue_reextract
    from humascrawl.fleet.schema import prepare_archive

    db_url = resolve_db_url(db)
    require_postgres(db_url)
    if (ids or batch_size != defaults.FLEET_REEXTRACT_BATCH or max_jobs != defaults.FLEET_MAX_REEXTRACT_JOBS) \
            and not reextract:
        raise click.UsageError("--ids, --batch-size and --max-jobs go with --reextract")
    if reextract and (only or full or sources_path):
        raise click.UsageError("--reextract takes no --only, --full or --sources")
    sources = None if reextract else select_sources(load_sources(sources_path), only)
    archive = prepare_archive(db_url, create=not reextract)
    try:
        ranges = _bounded_ranges(*_id_bounds(archive, ids), batch_size, max_jobs) if reextract else []
    finally:
        archive.close()
    # Workers read the file at this path when the job runs: absolute, so it means the same on every machine.
    shared_path = str(Path(sources_path).resolve()) if sources_path else None
    app = build_app(FleetConfig(db_url=db_url, sources_path=shared_path, nightly_cron=None))

    async def enqueue():
        async with app.open_async():
            if reextract:
                return await enqueue_reextract(app, ranges)
            return await enqueue_crawls(app, sources, full=full, sources_path=shared_path)

    queued, waiting = asyncio.run(enqueue())
    what = "reextract jobs" if reextract else "crawl jobs"
    stdout.print(f"{queued} {what} queued" + (f", {waiting} already waiting" if waiting else ""))


def _bounded_ranges(first: int, last: int, batch_size: int, max_jobs: int) -> list[tuple[int, int]]:
    """The id ranges of the reextract jobs; more than ``max_jobs`` of them is a UserError (nothing queued)."""
    from humascrawl.fleet.queue import id_ranges

    jobs = max(0, -(-(last - first + 1) // batch_size))  # counted before any range is made
    if jobs > max_jobs:
        needed = -(-(last - first + 1) // max_jobs)
        raise UserError(f"--reextract over article ids {first}-{last} in batches of {batch_size} makes {jobs:,} "
                        f"jobs, over --max-jobs {max_jobs:,}: nothing queued; use --batch-size {needed} or more, "
                        "or narrow --ids")
    return id_ranges(first, last, batch_size)


def _id_bounds(archive, ids: str | None) -> tuple[int, int]:
    from sqlalchemy import func, select

    from humascrawl.storage.models import Article

    with archive.session() as session:
        low, high = session.execute(select(func.min(Article.id), func.max(Article.id))).one()
    if ids:
        first, sep, last = ids.partition("-")
        if not sep or not first.strip().isdigit() or not last.strip().isdigit() or int(first) > int(last):
            raise click.BadParameter(f"expected FIRST-LAST article ids, got {ids!r}", param_hint="--ids")
        return int(first), int(last)
    if low is None:
        return 1, 0  # an empty archive: no range
    return low, high
