"""The digest of one `alerts run`: per alert its new matches, as Markdown and as a standalone HTML page.

Everything in an entry except our own labels is scraped text and therefore untrusted: HTML goes through Jinja's
autoescaping; Markdown backslash-escapes what could start a link, image, emphasis or code and writes < > & as
entities (so no raw HTML passes a renderer); only http(s) URLs ever become links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, select_autoescape

from humascrawl.search.snippets import Segments, marked_text
from humascrawl.urls import safe_http_url

TEMPLATES = Path(__file__).resolve().parent / "templates"


@dataclass
class Entry:
    """One reported match (or, with --collapse, one release with its copies)."""
    article_id: int
    url: str
    canonical_url: str
    site: str | None
    site_name: str | None
    title: str | None
    title_segments: Segments
    published: str | None
    snippet: Segments
    cluster: int | None
    copies: int = 1            # articles in the archive carrying this release
    outlets: int = 1           # distinct sites among them
    first_reported_in: str | None = None   # set when a webhook delivery is retried
    site_known_as: str | None = None       # the site's name when the article gives none (outlet_names)

    @property
    def outlet(self) -> str:
        return self.site_name or self.site_known_as or self.site or "unknown outlet"

    @property
    def when(self) -> str:
        return (self.published or "no date")[:16].replace("T", " ")

    @property
    def link(self) -> str | None:
        return safe_url(self.url)

    def to_json(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "title": self.title, "site": self.site, "site_name": self.site_name,
                "outlet": self.outlet,
                "published": self.published, "url": self.url, "canonical_url": self.canonical_url,
                "snippet": marked_text(self.snippet), "cluster": self.cluster, "copies": self.copies,
                "outlets": self.outlets, "first_reported_in": self.first_reported_in}


@dataclass
class AlertSection:
    name: str
    query: str
    filters: dict[str, str]
    collapse: bool
    entries: list[Entry] = field(default_factory=list)
    matches: int = 0           # new matches found (copies folded into an entry included)
    unlisted: int = 0          # entries beyond the listing cap

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "query": self.query, "filters": self.filters, "collapse": self.collapse,
                "new_matches": self.matches, "listed": len(self.entries), "unlisted": self.unlisted,
                "matches": [entry.to_json() for entry in self.entries]}


@dataclass
class Digest:
    run_id: str
    generated_at: datetime
    sections: list[AlertSection]

    @property
    def total(self) -> int:
        return sum(section.matches for section in self.sections)


def safe_url(url: str | None) -> str | None:
    """The URL when it is http(s) with a host (anything else must not become a link), else None."""
    return safe_http_url(url)


# ------------------------------------------------------------------ Markdown

# Backslash-escaped: what can start a link, image, emphasis, code span or table cell in CommonMark, GFM and
# Python-Markdown alike.  < > & become entities instead: Python-Markdown has no backslash escape for < and
# would pass raw HTML through.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#!|])")
_MD_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def md_text(value: str | None) -> str:
    """Plain text for Markdown, on one line (whitespace runs become one space), that cannot become markup."""
    return _MD_SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", value or "")).translate(_MD_ENTITIES)


def md_url(url: str) -> str:
    """A URL for an angle-bracket link destination: no spaces, no angle brackets, no control characters."""
    return quote(url, safe="".join(chr(c) for c in range(33, 127) if chr(c) not in "<>\\`\"'"))


def md_segments(segments: Segments) -> str:
    return "".join(f"**{md_text(part)}**" if marked and part.strip() else md_text(part) for part, marked in segments)


def _md_entry(number: int, entry: Entry) -> list[str]:
    title = md_segments(entry.title_segments) if entry.title else "\\(no title\\)"
    link = entry.link
    facts = [md_text(entry.outlet), md_text(entry.when)]
    if entry.outlets > 1 or entry.copies > 1:
        facts.append(md_text(f"ran on {entry.outlets} outlets ({entry.copies} copies)"))
    else:
        facts.append("ran on 1 outlet")
    lines = [f"{number}. {f'[{title}](<{md_url(link)}>)' if link else title}  ",
             f"   {' · '.join(facts)}  "]
    if entry.snippet:
        lines.append(f"   {md_segments(entry.snippet)}  ")
    lines.append(f"   <{md_url(link)}>" if link else f"   {md_text(entry.url)}")
    return lines


def render_markdown(digest: Digest) -> str:
    when = digest.generated_at.strftime("%Y-%m-%d %H:%M UTC")
    summary = (f"Run {digest.run_id}: {digest.total} new {'match' if digest.total == 1 else 'matches'} for "
               f"{len(digest.sections)} {'alert' if len(digest.sections) == 1 else 'alerts'}.")
    out = [f"# humascrawl alerts — {when}", "", summary, ""]
    for section in digest.sections:
        out.append(f"## {md_text(section.name)} — {section.matches} new")
        out.append("")
        described = [f"query {md_text(section.query) if section.query.strip() else '(any)'}"]
        described += [f"{md_text(k)}: {md_text(v)}" for k, v in section.filters.items()]
        if section.collapse:
            described.append("one entry per release")
        out.append(f"*{' · '.join(described)}*")
        out.append("")
        if not section.entries:
            out.append("No new matches.")
            out.append("")
            continue
        for number, entry in enumerate(section.entries, 1):
            out.extend(_md_entry(number, entry))
            out.append("")
        if section.unlisted:
            out.append(f"{section.unlisted} more not listed: `humascrawl search` shows them.")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


# ------------------------------------------------------------------ HTML

_env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                   trim_blocks=True, lstrip_blocks=True)


def render_html(digest: Digest) -> str:
    return _env.get_template("digest.html").render(digest=digest)


def write_digest(digest: Digest, out_dir: Path) -> tuple[Path, Path]:
    """Write ``alerts-RUN.md`` and ``alerts-RUN.html`` into out_dir; returns both paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = (out_dir / f"alerts-{digest.run_id}.md", out_dir / f"alerts-{digest.run_id}.html")
    for path, body in zip(paths, (render_markdown(digest), render_html(digest))):
        partial = path.with_name(path.name + ".part")
        partial.write_text(body, encoding="utf-8")
        partial.replace(path)  # a reader never sees half a digest
    return paths
