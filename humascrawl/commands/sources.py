"""`humascrawl sources`: validate the sources file and list its sources."""

from __future__ import annotations

import click

from humascrawl.commands.shared import SOURCES_SHOWN, sources_option, stdout
from humascrawl.config import load_sources


@click.command("sources")
@sources_option
def command(sources_path: str | None) -> None:
    """Validate the sources file (and the extraction rules in data/rules) and list its sources."""
    from rich.table import Table

    from humascrawl.extract.article import check_rules

    table = Table(title=str(sources_path or SOURCES_SHOWN), title_justify="left")
    for column in ("name", "platform", "url", "tz", "unit", "labels", "enabled"):
        table.add_column(column)
    sources = load_sources(sources_path)
    for src in sources:
        check_rules(src.rules, src.name)
    for src in sources:
        table.add_row(src.name, src.platform, src.url, src.tz, src.unit or "", ", ".join(src.labels),
                      "yes" if src.enabled else "no")
    stdout.print(table)
