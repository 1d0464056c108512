"""Query-string parameters shared by the search page and the API: the query and the article filters."""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Annotated

from fastapi import Depends, Query

from humascrawl.filters import ArticleFilter


class BadRequest(ValueError):
    """A malformed parameter; the message is one line for the user."""


def _text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _day(value: str | None, name: str) -> date | None:
    value = _text(value)
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadRequest(f"{name} must be a date YYYY-MM-DD, got {value!r}") from None


def month_range(month: str | None) -> tuple[date, date] | None:
    """The first and last day of a ``YYYY-MM`` month (the month facet)."""
    month = _text(month)
    if month is None:
        return None
    match = re.fullmatch(r"(\d{4})-(\d{2})", month)
    if not match or not 1 <= int(match[2]) <= 12:
        raise BadRequest(f"month must be YYYY-MM, got {month!r}")
    year, number = int(match[1]), int(match[2])
    return date(year, number, 1), date(year, number, calendar.monthrange(year, number)[1])


def article_filter(
    site: Annotated[str | None, Query(description="Outlet host, e.g. kalimantanpost.online (www. ignored)")] = None,
    source: Annotated[str | None, Query(description="Source name from the sources file")] = None,
    unit: Annotated[str | None, Query(description="Police unit, case-insensitive, e.g. Polres Ketapang")] = None,
    polda: Annotated[str | None, Query(description="Polda (province): articles naming it or one of its Polres; "
                                                   "'Polda Kalbar', 'Polda Kalimantan Barat' or 'Kalbar'")] = None,
    person: Annotated[str | None, Query(description="Officer named in the article, case-insensitive")] = None,
    label: Annotated[str | None, Query(description="Blogger label or WordPress category/tag")] = None,
    since: Annotated[str | None, Query(description="Published on or after this date (YYYY-MM-DD)")] = None,
    until: Annotated[str | None, Query(description="Published on or before this date (YYYY-MM-DD)")] = None,
    month: Annotated[str | None, Query(description="Published in this month (YYYY-MM); sets since and until")] = None,
) -> ArticleFilter:
    since_day, until_day = _day(since, "since"), _day(until, "until")
    months = month_range(month)
    if months:
        since_day, until_day = months
    if since_day and until_day and since_day > until_day:
        raise BadRequest(f"since ({since_day}) is after until ({until_day})")
    return ArticleFilter(site=_text(site), source=_text(source), unit=_text(unit), polda=_text(polda),
                         person=_text(person),
                         label=_text(label), since=since_day, until=until_day)


Filters = Annotated[ArticleFilter, Depends(article_filter)]
SearchQuery = Annotated[str, Query(description="Search terms; empty lists every article matching the filters, "
                                               "newest first", max_length=500)]
Exact = Annotated[bool, Query(description="The words as typed: no word forms (ditangkap = penangkapan) and no "
                                          "synonyms (curanmor = pencurian sepeda motor)")]
