"""One article from one page: `extract_article` composes the extraction steps into the article's fields.

Each step is a pure function in its own module; this module only wires them:

    document   decode + parse once               → Document
    metadata   title, site, canonical, labels     → Metadata
    body       pre-clean + trafilatura + fallback → lines
    boilerplate line filter, title echo           → lines
    credits    Sumber:/Editor:/Penulis:, tags      → lines, Credits
    dateline   "Ketapang, Kalimantanpost.online.-" → place, lines
    entities   units and ranked persons           → lists
    dates      published/modified/event_date      → ISO strings
"""

from __future__ import annotations

import re
from typing import Any

from humascrawl.items import EXTRACTED_FIELDS, Article

from .body import extract_lines
from .captions import caption_texts, drop_captions
from .boilerplate import drop_title_echo, filter_lines
from .credits import parse_credit_line, split_credits
from .dateline import split_dateline
from .dates import DEFAULT_TZ, find_event_date, infer_tz, page_dates, parse_datetime, parse_tz, to_local_iso
from .document import parse_document
from .entities import compile_rule_files, find_persons, find_units, polda_zone
from .errors import ExtractionError
from .metadata import choose_language, collect_page_meta, read_metadata
from .rules import boilerplate_for
from .text import clean_inline, content_hash, join_paragraphs

__all__ = ["EXTRACTOR_VERSION", "EXTRACTED_FIELDS", "extract_article", "check_rules"]

#: Bump whenever the output for the same input changes (the archive re-extracts on a new version).
EXTRACTOR_VERSION = "5"

def check_rules(rules: dict[str, Any] | None = None, source: str | None = None) -> None:
    """Compile every rule extraction uses, ``data/rules/*.toml`` and a source's own, so that a bad one stops the
    command before it crawls, in one line (ExtractionError), instead of failing every article of the crawl."""
    try:
        compile_rule_files()
        boilerplate_for(rules)
    except ExtractionError as exc:
        raise ExtractionError(f"source {source!r}: {exc}" if source else str(exc)) from None
    except KeyError as exc:
        raise ExtractionError(f"extraction rules (data/rules): an entry lacks {exc}") from None
    except (RuntimeError, re.error, TypeError, ValueError) as exc:
        raise ExtractionError(f"extraction rules (data/rules): {exc}") from None


def _hint(hints: dict[str, Any], key: str) -> Any:
    value = hints.get(key)
    if isinstance(value, str):
        value = value.strip()
    return value or None


def extract_article(
    html: str | bytes,
    url: str | None = None,
    *,
    hints: dict[str, Any] | None = None,
    rules: dict[str, Any] | None = None,
) -> Article:
    """Extract one article page into an :class:`~humascrawl.items.Article` (its ``EXTRACTED_FIELDS``; no cluster).

    ``hints`` (feed/API metadata: title, published, modified, author, labels, site_name, tz)
    win over the page. ``rules`` are the source's extra rules (``boilerplate`` regexes, ``tz``).
    Raises :class:`ExtractionError` for empty, binary or non-HTML input and for pages
    without article text.
    """
    hints = dict(hints or {})
    rules = dict(rules or {})
    boilerplate = boilerplate_for(rules)

    doc = parse_document(html, url)
    page = collect_page_meta(doc.tree)
    meta = read_metadata(doc.tree, page, doc.url, hints)

    hinted_published = _hint(hints, "published")
    if hinted_published is not None and parse_datetime(hinted_published) is None:
        hinted_published = None
    # the dates are the last reading of the page's tree: the body step may then prune it in place
    raw_published, raw_modified = page_dates(doc.tree, page, meta.url, fallback=hinted_published is None)
    captions = caption_texts(doc.tree, boilerplate)
    lines = extract_lines(doc.tree, meta.url, boilerplate, in_place=True)
    lines = filter_lines(lines, boilerplate)
    lines = drop_title_echo(lines, [meta.title, page.get("og:title")])
    if captions and choose_language(meta.declared_language, " ".join(lines)) in ("id", "ms"):
        # an Indonesian outlet's photo caption is its own, not the release's text (data/rules: caption_class)
        lines = drop_captions(lines, captions)
    lines, credits = split_credits(lines)
    for line in meta.header:  # "Reporter: X | Editor: Y" printed above the text
        found = parse_credit_line(line)
        if found:
            credits.merge(found)
    dateline, lines = split_dateline(lines, meta.site, meta.site_name)
    text = join_paragraphs(lines)
    if not text.strip():
        where = f" ({meta.url})" if meta.url else ""
        raise ExtractionError(f"no article text found{where}")

    units = find_units(meta.title, text)
    persons = find_persons(text)

    language = choose_language(meta.declared_language, text)
    # an Indonesian outlet without a stated zone is on WIB; a page from elsewhere keeps its own offset
    tz = parse_tz(_hint(hints, "tz")) or parse_tz(rules.get("tz")) or infer_tz(
        text, polda_zone(units), DEFAULT_TZ if language in (None, "id", "ms") else None)
    published = to_local_iso(hinted_published or raw_published, tz)
    modified = to_local_iso(_hint(hints, "modified"), tz) or to_local_iso(raw_modified, tz)

    author = _hint(hints, "author") or credits.author or meta.byline
    return Article(
        url=meta.url,
        canonical_url=meta.canonical_url,
        site=meta.site,
        site_name=meta.site_name,
        title=meta.title,
        published=published,
        modified=modified,
        author=clean_inline(author) if author else None,
        editor=credits.editor,
        source_credit=credits.source_credit,
        dateline=dateline,
        event_date=find_event_date(text, published, tz or DEFAULT_TZ),
        text=text,
        labels=list(meta.labels),
        units=units,
        persons=persons,
        language=language,
        content_hash=content_hash(text),
    )
