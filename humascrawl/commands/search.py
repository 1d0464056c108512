"""`humascrawl search`: ranked full-text search from the command line."""

from __future__ import annotations

import json
import sys

import click
from rich.text import Text

from humascrawl.commands.shared import db_option, filter_options, stdout
from humascrawl.config import resolve_db_url
from humascrawl.errors import UserError
from humascrawl.filters import pop_filters
from humascrawl.search.query import QueryError


@click.command("search")
@db_option
@click.argument("query")
@filter_options
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True, help="How many hits to show.")
@click.option("--offset", type=click.IntRange(0), default=0, help="Skip this many hits (the next page).")
@click.option("--order", type=click.Choice(["rank", "newest"]), default="rank", show_default=True,
              help="rank: best match first (among the newest 1,000 matches); newest: newest first.")
@click.option("--collapse", is_flag=True, help="One hit per release: copies on other outlets folded into it.")
@click.option("--exact", is_flag=True,
              help="The words as typed: no word forms (penangkapan = ditangkap) and no synonyms (curanmor = "
                   "pencurian sepeda motor, Polda Kalbar = Polda Kalimantan Barat).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts: {query, total, hits: [...]}.")
def command(db: str | None, query: str, limit: int, offset: int, order: str, collapse: bool, exact: bool,
            as_json: bool, **filter_values: str | None) -> None:
    """Search the archive's articles (title, text, credits, units, persons, labels).

    QUERY: words (all must occur), "a phrase", prefix* (3+ letters), OR, NOT or -word, AND, (groups).
    Case and accents do not matter; lower-case and/or/not are ordinary words. A word also finds its other
    forms (penangkapan: ditangkap, menangkap) and synonyms (curanmor: pencurian sepeda motor); a "quoted
    phrase" and --exact do not. "" lists the newest articles matching the filters.
    """
    from humascrawl.search import search
    from humascrawl.storage.archive import Archive
    from humascrawl.storage.articles import archive_is_empty, articles_by_ids, stored_article

    filters = pop_filters(filter_values)
    archive = Archive.open(resolve_db_url(db), create=False)
    try:
        with archive.session() as session:
            try:
                result = search(session, query, filters, limit=limit, offset=offset, collapse=collapse, order=order,
                                exact=exact)
            except QueryError as exc:
                raise UserError(f"bad query {query!r}: {exc}") from None
            empty_archive = not result.hits and archive_is_empty(session)
            rows = {}
            if as_json and result.hits:
                ids = [hit.article_id for hit in result.hits]
                rows = {i: stored_article(a).to_json() for i, a in articles_by_ids(session, ids).items()}
    finally:
        archive.close()
    if as_json:
        hits = [{**rows.get(hit.article_id, {}), **hit.to_json()} for hit in result.hits]
        click.echo(json.dumps({"query": query, "filters": result.filters, "order": order, "collapse": collapse,
                               "exact": exact,
                               "total": result.total, "total_capped": result.capped,
                               "total_is_lower_bound": result.capped, "offset": offset,
                               "hits": hits}, ensure_ascii=False, indent=2))
        return
    if empty_archive:
        stdout.print("The archive has no articles yet: run `humascrawl crawl` (or `humascrawl demo`) first.")
        return
    _print_hits(stdout, result, query, offset)


def _print_hits(stdout, result, query: str, offset: int) -> None:
    active = {k: v for k, v in result.filters.items() if v}
    where = "".join(f" {k}={v}" for k, v in active.items())
    if not result.hits:
        stdout.print(Text(f"No matches for {query!r}{where}." if query.strip() else f"No articles match{where}."))
        return
    shown = f"{offset + 1}–{offset + len(result.hits)}"
    stdout.print(Text(f"{result.total_text} matches{' for ' + repr(query) if query.strip() else ''}{where} "
                      f"(showing {shown}{'; more matches than that, the newest ranked' if result.capped else ''})",
                      style="bold"))
    for number, hit in enumerate(result.hits, offset + 1):
        stdout.print()
        stdout.print(Text.assemble((f"{number:>3}. ", "dim"), (hit.title or "(no title)", "bold")))
        facts = [hit.outlet, (hit.published or "no date")[:16].replace("T", " ")]
        if hit.units:
            facts.append(", ".join(hit.units[:3]))
        if hit.copies > 1:
            facts.append(f"ran on {hit.outlets} outlets ({hit.copies} copies)")
        stdout.print(Text("     " + " · ".join(facts), style="cyan"))
        line = Text("     ")
        for part, marked in hit.snippet:
            line.append(part, style="bold yellow" if marked else None)
        stdout.print(line)
        stdout.print(Text(f"     {hit.url}", style="dim"))
    sys.stdout.flush()
