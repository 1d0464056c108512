"""`humascrawl demo`: serve the bundled demo sites, crawl them, show what was stored."""

from __future__ import annotations

import json
import time
from typing import Callable

from rich.console import Console
from rich.table import Table

from humascrawl import defaults
from humascrawl.config import Source, parse_source
from humascrawl.crawl.runner import run_crawl
from humascrawl.demo.portal import LISTING
from humascrawl.demo.server import MirrorServer
from humascrawl.demo.sites import SiteSpec, load_demo_sites

# Fixed ports keep the demo sites' URLs stable between runs, which is what lets the
# second run recognise every article as already archived.
DEMO_PORT_BASE = 18401
DEMO_SETTINGS = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
}
SAMPLE_FIELDS = ("url", "title", "published", "site_name", "dateline", "author", "editor", "source_credit",
                 "event_date", "labels", "units", "persons")


def article_page_requests(site) -> int:
    """How many GET requests the mirror site answered for article pages."""
    post_paths = {site.post_path(post) for post in site.posts}
    return sum(1 for method, path, _status in site.request_log
               if method == "GET" and path.split("?")[0] in post_paths)


def demo_specs() -> list[SiteSpec]:
    """The demo's sites: the news outlets (sites.toml), then the official portals (portals.toml)."""
    return load_demo_sites() + load_demo_sites(defaults.DEMO_PORTALS)


def demo_source(spec: SiteSpec, url: str) -> Source:
    """The source a sources file would declare for a demo site, read and checked as that file would be."""
    raw = {"name": spec.name, "url": url, "platform": spec.platform, "tz": spec.tz}
    if spec.unit:
        raw["unit"] = spec.unit
    if spec.platform == "listing":
        raw["listing"] = dict(LISTING)
    return parse_source(raw, "demo site")


def run_demo(db_url: str, console: Console, run: Callable) -> int:
    specs = demo_specs()
    ports = {spec.name: DEMO_PORT_BASE + i for i, spec in enumerate(specs)}
    started = time.monotonic()
    with MirrorServer(specs, ports=ports) as server:
        sources = [demo_source(spec, server.base_url(spec.name)) for spec in specs]
        console.print(f"Serving {len(specs)} demo sites: "
                      + ", ".join(f"{s.name} ({s.platform}) {s.url}" for s in sources))
        result = run(run_crawl, sources, db_url, overrides=DEMO_SETTINGS, options={"demo": True})
        page_fetches = {spec.name: article_page_requests(server.site(spec.name)) for spec in specs}
        seed_url = server.site(specs[0].name).post_url(server.site(specs[0].name).posts[0])

    from humascrawl.crawl import shared_archive

    archive = shared_archive(db_url)
    stored = archive.counts_by_source()
    table = Table(title=f"demo archive: {db_url}", title_justify="left")
    for column in ("source", "platform", "stored", "new", "pages fetched", "failed"):
        table.add_column(column, justify="left" if column in ("source", "platform") else "right")
    for source, res in zip(sources, result.sources):
        table.add_row(source.name, source.platform, str(stored.get(source.name, 0)), str(res.counter("new")),
                      str(page_fetches[source.name]), str(res.failures))
    console.print(table)
    sample = archive.get_article(seed_url)
    if sample:
        console.print("Sample article:")
        shown = sample.to_json()
        console.print_json(json.dumps({k: shown[k] for k in SAMPLE_FIELDS}, ensure_ascii=False))
        console.print(f"text: {sample.text[:300]}…")
    new = sum(r.counter("new") for r in result.sources)
    console.print(f"{new} new articles, {archive.count_articles()} in the archive, "
                  f"{sum(page_fetches.values())} article pages fetched, in {time.monotonic() - started:.1f}s.")
    if new == 0:
        console.print("Nothing new: every article page was already archived and unchanged, so none was fetched.")
    return result.exit_code
