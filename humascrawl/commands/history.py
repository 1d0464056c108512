"""`humascrawl history`: an article's versions and the diffs between them."""

from __future__ import annotations

import json

import click

from humascrawl.commands.shared import db_option, stdout
from humascrawl.config import resolve_db_url
from humascrawl.errors import UserError


@click.command("history")
@db_option
@click.argument("url")
@click.option("--json", "as_json", is_flag=True, help="Print the versions as JSON.")
def command(db: str | None, url: str, as_json: bool) -> None:
    """Show an article's versions and a diff of its text between them."""
    from rich.syntax import Syntax

    from humascrawl.storage.history import article_history
    from humascrawl.storage.archive import Archive

    found = article_history(Archive.open(resolve_db_url(db), create=False), url)
    if found is None:
        raise UserError(f"no archived article at {url}")
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    stdout.print(f"[bold]{found['title']}[/bold]\n{found['canonical_url']}")
    for version in found["versions"]:
        changed = version.get("changed_fields")
        stdout.print(f"\nversion {version['version']} · stored {version['stored_at']}"
                     + (f" · changed: {', '.join(changed)}" if changed else ""))
        if version.get("diff"):
            stdout.print(Syntax(version["diff"], "diff", word_wrap=True, theme="ansi_dark"))
