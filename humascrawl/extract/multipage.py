"""Multi-page articles (``halaman 2``, ``/2/``, ``?page=2``): stitch the pages' extractions into one."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from humascrawl.items import PAGE_BREAK, Article

from .entities import find_persons, find_units
from .errors import ExtractionError
from .article import extract_article
from .text import content_hash, join_paragraphs

# Fields a later page may supply when the first lacks them.
_FILL = ("dateline", "event_date", "modified")
# Credits usually end the last page; a byline is printed on every page.
_CREDITS = ("author", "editor", "source_credit")


def _credit(values: list[str | None]) -> str | None:
    """The credit among the pages' values: one printed on a single page (a trailer, a top credit line) beats one
    repeated on every page (the byline); among equals the latest page wins (trailers end the article)."""
    present = [v for v in values if v]
    if not present:
        return None
    counts = {v: present.count(v) for v in present}
    fewest = min(counts.values())
    return next(v for v in reversed(present) if counts[v] == fewest)


def merge_pages(pages: list[Article]) -> Article:
    """One article from the extractions of its pages, in page order.

    The first page gives the identity (URL, title, dates); text is the pages' paragraphs
    in order, a paragraph repeated on a later page (a lead or summary echoed) kept once;
    credits come from the page that states them (a trailer on the last page beats the byline every page
    repeats); entities are found again on the whole.
    """
    if not pages:
        raise ValueError("merge_pages needs at least one page")
    first = pages[0]
    if len(pages) == 1:
        return replace(first)
    paragraphs: list[str] = []
    seen: set[str] = set()
    for page in pages:
        for paragraph in (page.text or "").split("\n\n"):
            key = paragraph.strip()
            if key and key not in seen:
                seen.add(key)
                paragraphs.append(key)
    filled = {name: getattr(first, name) or next((getattr(p, name) for p in pages[1:] if getattr(p, name)), None)
              for name in _FILL}
    credits = {name: _credit([getattr(p, name) for p in pages]) for name in _CREDITS}
    text = join_paragraphs(paragraphs)
    return replace(first, **filled, **credits, text=text,
                   labels=list(dict.fromkeys(label for p in pages for label in p.labels or [])),
                   units=find_units(first.title, text), persons=find_persons(text), content_hash=content_hash(text))


# The pager of an article split over pages ("Halaman: 1 2 3", "« Sebelumnya Halaman 1 Halaman 2 Selanjutnya »",
# "Tampilkan semua") is navigation: a line made only of pager words and page numbers is dropped.
PAGER_LINES = (
    r"(?=.*[^\W\d_])(?:\s*(?:halaman|hal\.?|page|pages|sebelumnya|selanjutnya|berikutnya|next|prev(?:ious)?"
    r"|tampilkan\s+semua|lihat\s+semua(?:\s+halaman)?|baca\s+dalam\s+satu\s+halaman|satu\s+halaman"
    r"|view\s+all|show\s+all|single\s+page|\d{1,3}|[:|«»‹›<>…\-–]|\.\.\.))+",
)


def extract_archived(body: bytes, url: str | None, hints: dict[str, Any], rules: dict[str, Any]) -> Article:
    """The article in an archived body: one page, or the pages of a multi-page article joined by
    ``PAGE_BREAK``, each extracted with the same hints and rules and merged.

    Raises :class:`ExtractionError` when the first page has no article; a later page that has none is
    left out (the article is kept with the pages that have text).
    """
    rules = {**rules, "boilerplate": [*_as_list(rules.get("boilerplate")), *PAGER_LINES]}
    parts = body.split(PAGE_BREAK)
    first = extract_article(parts[0], url, hints=hints, rules=rules)
    if len(parts) == 1:
        return first
    pages = [first]
    for part in parts[1:]:
        try:
            pages.append(extract_article(part, url, hints=hints, rules=rules))
        except ExtractionError:
            continue
    return merge_pages(pages)


def _as_list(value: Any) -> list[str]:
    if not value:
        return []
    return [value] if isinstance(value, str) else list(value)
