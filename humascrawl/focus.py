"""Focus: keep a general regional blog to police-PR articles (per-source labels, keywords, since).

Each check returns the reason to skip, or None to keep; the crawl counts skips by reason.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Iterable

from humascrawl.config import Source
from humascrawl.items import Article


def _day(stamp: str | None) -> date | None:
    if not stamp:
        return None
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(stamp[:10])
        except ValueError:
            return None


def _labels_match(wanted: Iterable[str], labels: Iterable[str]) -> bool:
    wanted_folded = {w.casefold() for w in wanted}
    return any(label.casefold() in wanted_folded for label in labels)


def listing_skip_reason(source: Source, labels: list[str], published: str | None) -> str | None:
    """Decide from a feed or sitemap entry, before fetching: only on what the listing states."""
    day = _day(published)
    if source.since and day and day < source.since:
        return "before_since"
    if source.labels and labels and not _labels_match(source.labels, labels):
        return "label"
    return None


def article_skip_reason(source: Source, article: Article) -> str | None:
    """Decide on the extracted article."""
    day = _day(article.published)
    if source.since and day and day < source.since:
        return "before_since"
    if source.labels and not _labels_match(source.labels, article.labels or []):
        return "label"
    if source.keywords:
        haystack = f"{article.title or ''}\n{article.text or ''}".casefold()
        if not any(keyword in haystack for keyword in source.keywords):
            return "keyword"
    return None
