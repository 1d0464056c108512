"""`humascrawl clusters`: the syndicated releases in the archive, largest first, and the copies of one.

A cluster is the set of archived copies of one press release across outlets (see :mod:`humascrawl.clusters`
and :mod:`humascrawl.storage.clusters`);
its id is the id of its first archived copy and its origin is the copy on the site of the police unit that
issued the release (a source's ``unit`` in the sources file), else on another official site, else the earliest
published copy (:func:`humascrawl.storage.clusters.origin_order`).
"""

from __future__ import annotations

import json

import click
from sqlalchemy.orm import Session

from humascrawl.commands.shared import db_option, stdout
from humascrawl.config import resolve_db_url
from humascrawl.errors import UserError
from humascrawl.storage.archive import Archive
from humascrawl.storage.articles import article_by_url
from humascrawl.storage.clusters import cluster_members, cluster_record, largest_clusters, outlet, site_units
from humascrawl.storage.models import Article


def find_cluster(session: Session, ref: str) -> tuple[int | None, list[Article]]:
    """The cluster named by ``ref`` (a cluster id, or the URL of an archived article or alias) and its
    members, origin first; an article without copies is a cluster of its own (id None)."""
    ref = ref.strip()
    if ref.isdigit():
        members = cluster_members(session, int(ref))
        if not members:
            raise UserError(f"no cluster with id {ref} (humascrawl clusters lists them)")
        return int(ref), members
    if not ref.lower().startswith(("http://", "https://")):
        raise UserError(f"not a cluster id or an article URL: {ref!r}")
    row = article_by_url(session, ref)
    if row is None:
        raise UserError(f"no archived article at {ref}")
    if row.cluster is None:
        return None, [row]
    return row.cluster, cluster_members(session, row.cluster)


@click.group("clusters", invoke_without_command=True)
@db_option
@click.option("--limit", type=click.IntRange(1, 100_000), default=20, show_default=True,
              help="How many clusters to list.")
@click.option("--json", "as_json", is_flag=True, help="Print the clusters as JSON.")
@click.pass_context
def command(ctx: click.Context, db: str | None, limit: int, as_json: bool) -> None:
    """List the largest clusters of syndicated copies: the origin (the copy on the issuing police unit's own
    site, else the earliest published), its outlets, the number of copies.  `clusters show ID_OR_URL` lists one cluster's copies."""
    ctx.obj = {"db": db, "json": as_json}
    if ctx.invoked_subcommand is not None:
        return
    from rich.table import Table

    archive = Archive.open(resolve_db_url(db), create=False)
    try:
        with archive.session() as session:
            found = largest_clusters(session, limit)
    finally:
        archive.close()
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{found['clusters_total']} clusters, {found['clustered_articles']} articles in them"
                        f"{'' if len(found['clusters']) == found['clusters_total'] else ', largest ' + str(limit)}",
                  title_justify="left")
    for column in ("cluster", "copies", "origin published", "origin outlet", "origin because", "origin title",
                   "outlets"):
        table.add_column(column, justify="right" if column in ("cluster", "copies") else "left")
    for item in found["clusters"]:
        origin = item["origin"]
        table.add_row(str(item["cluster"]), str(item["copies"]), origin["published"] or "?",
                      origin["site_name"] or origin["site"] or "?", _because(item["origin_reason"], origin["unit"]),
                      origin["title"] or "", ", ".join(item["outlets"]))
    stdout.print(table)


@command.command("show")
@db_option
@click.argument("ref", metavar="ID_OR_URL")
@click.option("--json", "as_json", is_flag=True, help="Print the cluster as JSON.")
@click.pass_context
def show(ctx: click.Context, db: str | None, ref: str, as_json: bool) -> None:
    """List the copies of one release: a cluster id, or the URL of any of its articles."""
    from rich.table import Table

    db = db or (ctx.obj or {}).get("db")
    as_json = as_json or (ctx.obj or {}).get("json", False)
    archive = Archive.open(resolve_db_url(db), create=False)
    try:
        with archive.session() as session:
            cluster, members = find_cluster(session, ref)
            found = cluster_record(cluster, members, site_units(session, members))
    finally:
        archive.close()
    rows = found["members"]
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    if cluster is None:
        stdout.print("No other copy of this article is archived (it is in no cluster).")
    else:
        stdout.print(f"origin: {_because(found['origin_reason'], found['origin']['unit'])}")
    table = Table(title=None if cluster is None else f"cluster {cluster}: {len(rows)} copies on "
                  f"{len({outlet(m) for m in members})} outlets", title_justify="left")
    for column in ("", "outlet", "unit", "published", "title", "url"):
        table.add_column(column, overflow="fold" if column == "url" else "ellipsis")
    for row in rows:
        table.add_row("origin" if row["origin"] else "", row["site_name"] or row["site"] or "?", row["unit"] or "",
                      row["published"] or "?", row["title"] or "", row["url"])
    stdout.print(table)


_BECAUSE = {"issuing_unit": "site of the issuing unit {unit}", "named_unit": "site of {unit}, named in the release",
            "official_site": "official site of {unit}", "earliest": "earliest published"}


def _because(reason: str, unit: str | None) -> str:
    """Why a copy is its cluster's origin, in words."""
    return _BECAUSE[reason].format(unit=unit)
