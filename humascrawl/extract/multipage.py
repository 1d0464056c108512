"""Multi-page articles (``halaman 2``, ``/2/``, ``?page=2``): stitch the pages' extractions into one."""

from __future__ import annotations

from typing import Any

from .entities import find_persons, find_units
from .text import content_hash, join_paragraphs

# Fields a later page may supply when the first lacks them (credits usually end the last page).
_FILL = ("author", "editor", "source_credit", "dateline", "event_date", "modified")


def merge_pages(pages: list[dict[str, Any]]) -> dict[str, Any]:
    """One article from the extractions of its pages, in page order.

    The first page gives the identity (URL, title, dates); text is the pages' paragraphs
    in order, a paragraph repeated on a later page (a lead or summary echoed) kept once;
    credits come from whichever page states them; entities are found again on the whole.
    """
    if not pages:
        raise ValueError("merge_pages needs at least one page")
    merged = dict(pages[0])
    if len(pages) == 1:
        return merged
    paragraphs: list[str] = []
    seen: set[str] = set()
    for page in pages:
        for paragraph in (page.get("text") or "").split("\n\n"):
            key = paragraph.strip()
            if key and key not in seen:
                seen.add(key)
                paragraphs.append(key)
    for name in _FILL:
        if not merged.get(name):
            merged[name] = next((p[name] for p in pages[1:] if p.get(name)), None)
    merged["labels"] = list(dict.fromkeys(label for p in pages for label in p.get("labels") or []))
    merged["text"] = join_paragraphs(paragraphs)
    merged["units"] = find_units(merged.get("title"), merged["text"])
    merged["persons"] = find_persons(merged["text"])
    merged["content_hash"] = content_hash(merged["text"])
    return merged
