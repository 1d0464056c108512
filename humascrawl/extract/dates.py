"""Step 7: dates — ``published``/``modified`` and the ``event_date`` stated in the text.

Output is ISO 8601 in the outlet's local offset (WIB +07:00, WITA +08:00, WIT +09:00): an
instant found with another offset (Blogger blogs left on US Pacific time, UTC metadata) is
converted; a time without an offset is taken as local; a date alone stays a date.

The outlet's zone: ``hints["tz"]``, else ``rules["tz"]``, else the WIB/WITA/WIT tokens of
the text, else the zone of the first Polda named, else WIB.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from typing import Any

from lxml.etree import XPath
from lxml.html import HtmlElement

from .metadata import PageMeta
from .text import word_starts

__all__ = ["ZONES", "parse_tz", "infer_tz", "parse_datetime", "to_local_iso", "page_dates", "find_event_date",
           "parse_spelled_date", "MONTHS", "warm_up_htmldate"]

ZONES = {"WIB": timezone(timedelta(hours=7)), "WITA": timezone(timedelta(hours=8)), "WIT": timezone(timedelta(hours=9))}
DEFAULT_TZ = ZONES["WIB"]

MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "ags": 8, "agt": 8, "agust": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = r"(?:Senin|Selasa|Rabu|Kamis|Jum['’`]?at|Sabtu|Minggu|Ahad)"
_ZONE = r"(?P<zone>WITA|WIB|WIT)\b"

# a time of day between the weekday and the date: "Sabtu malam (18/5/2024)", "Minggu dini hari (12/5)"
_DAYPART = r"(?:\s+(?:dini\s+hari|pagi|siang|sore|petang|malam)(?:\s+hari)?)?"
_EVENT = re.compile(
    # Rabu (15/5/2024) · Kamis, (20/7) · Selasa, 23/2/2016 · Jumat pagi (26/7)
    rf"\b(?P<wd>{_WEEKDAY}){_DAYPART}\s*[,/]?\s*(?:\(\s*(?P<d1>\d{{1,2}})\s*/\s*(?P<m1>\d{{1,2}})(?:\s*/\s*(?P<y1>\d{{4}}|\d{{2}}))?\s*\)"
    rf"|(?P<d3>\d{{1,2}})/(?P<m3>\d{{1,2}})(?:/(?P<y3>\d{{4}}|\d{{2}}))?\b(?!/))"
    # Minggu, 2 Juni 2024 · Kamis/12 Mei 2022 · Sabtu, 2 Juni
    rf"|\b(?P<wd2>{_WEEKDAY}){_DAYPART}\s*[,/]?\s*(?:tanggal\s+|tgl\.?\s*)?(?P<d2>\d{{1,2}})\s+(?P<mon2>{_MONTH})\.?(?:\s+(?P<y2>\d{{4}}))?\b(?!\s*H\b)"
    # tanggal 9 April 2019 · 12 November 2015 (a year is required without a weekday)
    rf"|\b(?P<d4>\d{{1,2}})\s+(?P<mon4>{_MONTH})\.?\s+(?P<y4>\d{{4}})\b(?!\s*H\b)"
    # (24/06/2019)
    rf"|\((?P<d5>\d{{1,2}})/(?P<m5>\d{{1,2}})/(?P<y5>\d{{4}})\)",
    re.I,
)
_EVENT_STARTS = re.compile(r"(?<!\w)\d|\(")
_WEEKDAY_KEYS = ("senin", "selasa", "rabu", "kamis", "jum", "sabtu", "minggu", "ahad")
_TIME_AFTER = re.compile(
    r"^[\s,]*(?:(?:pagi|siang|sore|malam|dini\s+hari|sekitar|kurang\s+lebih|mulai|sejak|tepat|pada|hari)\s*,?\s*){0,3}"
    rf"(?:pukul|pkl\.?|jam)\s*:?\s*(?P<h>\d{{1,2}})[.:](?P<mi>\d{{2}})(?:\s*(?:{_ZONE}))?"
    rf"|^\s*[,|–—-]?\s*(?P<h2>\d{{1,2}})[.:](?P<mi2>\d{{2}})\s*(?P<zone2>WITA|WIB|WIT)\b",
    re.I,
)
_ZONE_TOKEN = re.compile(r"\b(WITA|WIB|WIT)\b", re.I)
_SPELLED = re.compile(
    rf"(?:(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH})\.?,?\s+(?P<y>\d{{4}})|(?P<mon_b>{_MONTH})\.?\s+(?P<d_b>\d{{1,2}}),\s*(?P<y_b>\d{{4}}))"
    rf"(?:\s*(?:[,|–—-]|pukul|pkl\.?|jam)?\s*(?P<h>\d{{1,2}})[.:](?P<mi>\d{{2}})(?:[.:]\d{{2}})?\s*(?:{_ZONE})?)?",
    re.I,
)
_NUMERIC = re.compile(r"\b(?P<d>\d{1,2})[/-](?P<m>\d{1,2})[/-](?P<y>\d{4})(?:\s*,?\s*(?P<h>\d{1,2})[.:](?P<mi>\d{2}))?")

_X_PUBLISHED = XPath(
    "/descendant::abbr[contains(concat(' ', @class, ' '), ' published ')]/@title"
    "|/descendant::*[@itemprop='datePublished']/@content|/descendant::*[@itemprop='datePublished']/@datetime"
    "|/descendant::*[@itemprop='datePublished']/@title"
    "|/descendant::time[contains(@class,'published') or contains(@class,'entry-date') or contains(@class,'post-date')]/@datetime"
)
_X_MODIFIED = XPath(
    "/descendant::abbr[contains(concat(' ', @class, ' '), ' updated ')]/@title"
    "|/descendant::*[@itemprop='dateModified']/@content|/descendant::*[@itemprop='dateModified']/@datetime"
    "|/descendant::time[contains(concat(' ', @class, ' '), ' updated ')]/@datetime"
)
_X_TIME = XPath("/descendant::time/@datetime")
_X_DATE_TEXT = XPath(
    "/descendant::*[contains(@class,'date-header') or contains(@class,'entry-date') or contains(@class,'post-date')"
    " or contains(@class,'published') or contains(@class,'post-timestamp') or contains(@class,'meta-date')]"
)
_META_PUBLISHED = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                   "publish-date", "dc.date.issued", "dc.date", "date", "sailthru.date", "parsely-pub-date",
                   "article.published", "published_time", "dcterms.created")
_META_MODIFIED = ("article:modified_time", "og:updated_time", "datemodified", "dc.date.modified",
                  "dcterms.modified", "last-modified", "article.updated")


def parse_tz(value: Any) -> timezone | None:
    """``"+07:00"``, ``"+0700"``, ``"UTC+7"``, ``"WIB"``/``"WITA"``/``"WIT"``, or an IANA name."""
    if value is None:
        return None
    if isinstance(value, timezone):
        return value
    text = str(value).strip()
    if text.upper() in ZONES:
        return ZONES[text.upper()]
    match = re.fullmatch(r"(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?", text, re.I)
    if match:
        sign = -1 if match.group(1) == "-" else 1
        return timezone(sign * timedelta(hours=int(match.group(2)), minutes=int(match.group(3) or 0)))
    try:
        from zoneinfo import ZoneInfo

        offset = datetime.now(ZoneInfo(text)).utcoffset()
        return timezone(offset) if offset is not None else None
    except (ValueError, KeyError, ImportError):
        return None
    except Exception:  # noqa: BLE001 - zoneinfo raises several types for bad names
        return None


def infer_tz(text: str, polda_zone: str | None = None, default: timezone | None = DEFAULT_TZ) -> timezone | None:
    """The zone the text states most (WIB/WITA/WIT), else the Polda's zone, else ``default`` (WIB)."""
    counts = Counter(token.upper() for token in _ZONE_TOKEN.findall(text or ""))
    if counts:
        return ZONES[counts.most_common(1)[0][0]]
    if polda_zone and polda_zone.upper() in ZONES:
        return ZONES[polda_zone.upper()]
    return default


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_spelled_date(text: str) -> datetime | date | None:
    """``Rabu, 15 Mei 2024``, ``Mei 15, 2024``, ``15/05/2024 10:05``, with an optional time/zone."""
    match = _SPELLED.search(text or "")
    if match:
        if match.group("d"):
            day, month, year = int(match.group("d")), MONTHS[match.group("mon").lower()], int(match.group("y"))
        else:
            day, month, year = int(match.group("d_b")), MONTHS[match.group("mon_b").lower()], int(match.group("y_b"))
    else:
        match = _NUMERIC.search(text or "")
        if not match:
            return None
        day, month, year = int(match.group("d")), int(match.group("m")), int(match.group("y"))
    found = _safe_date(year, month, day)
    if found is None:
        return None
    if match.group("h") and int(match.group("h")) < 24 and int(match.group("mi")) < 60:
        zone = match.groupdict().get("zone")
        return datetime(year, month, day, int(match.group("h")), int(match.group("mi")),
                        tzinfo=ZONES[zone.upper()] if zone else None)
    return found


def parse_datetime(value: Any) -> datetime | date | None:
    """An ISO 8601 string (or a datetime/date) → datetime (aware or naive) or date."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    candidate = re.sub(r"(\.\d+)(?=[+-]\d|Z|$)", "", text)  # drop fractions of seconds
    try:
        return datetime.fromisoformat(candidate.replace("z", "Z"))
    except ValueError:
        pass
    return parse_spelled_date(text)


def to_local_iso(value: Any, tz: timezone | None) -> str | None:
    """ISO 8601 in ``tz``: instants are converted, naive times are localised, dates stay dates.
    ``tz`` None (a zone nobody stated, on a page outside Indonesia): the value keeps its own offset."""
    parsed = parse_datetime(value)
    if parsed is None:
        return None
    if not isinstance(parsed, datetime):
        return parsed.isoformat()
    if tz is None:
        return parsed.isoformat(timespec="seconds")
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz)
    return parsed.astimezone(tz).isoformat(timespec="seconds")


def _first_valid(values: Any) -> str | None:
    for value in values:
        if isinstance(value, str) and value.strip() and parse_datetime(value) is not None:
            return value.strip()
    return None


# Odoo prints its Datetime fields (``article:published_time`` of a blog post) as its server stores them: UTC,
# without a zone (``2024-05-15 07:02:00``).
_ODOO_NAIVE_UTC = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")


def _meta_value(meta: PageMeta, key: str) -> Any:
    value = meta.get(key)
    if isinstance(value, str) and _ODOO_NAIVE_UTC.fullmatch(value.strip()) \
            and str(meta.get("generator") or "").lower().startswith("odoo"):
        return value.strip().replace(" ", "T") + "+00:00"
    return value


def page_dates(tree: HtmlElement, meta: PageMeta, url: str | None = None, *, fallback: bool = True) -> tuple[str | None, str | None]:
    """Raw (published, modified) strings from the page's metadata, markup, date headers, htmldate."""
    published = _first_valid([_meta_value(meta, k) for k in _META_PUBLISHED]
                             + [meta.ld("datePublished"), meta.ld("dateCreated")])
    published = published or _first_valid(_X_PUBLISHED(tree)) or _first_valid(_X_TIME(tree)[:1])
    if published is None:
        for el in _X_DATE_TEXT(tree)[:6]:
            found = parse_spelled_date(" ".join(el.text_content().split()))
            if found is not None:
                published = found.isoformat()
                break
    if published is None and fallback:
        published = _htmldate(tree, url)
    modified = _first_valid([_meta_value(meta, k) for k in _META_MODIFIED] + [meta.ld("dateModified")])
    modified = modified or _first_valid(_X_MODIFIED(tree))
    return published, modified


def _htmldate(tree: HtmlElement, url: str | None) -> str | None:
    """Last resort: htmldate (it may return the event date from the body)."""
    try:
        from htmldate import find_date

        return find_date(tree, original_date=True, outputformat="%Y-%m-%d", url=url, extensive_search=True)
    except Exception:  # noqa: BLE001 - htmldate failures must not fail the article
        return None


def warm_up_htmldate() -> None:
    """Build now what htmldate's last-resort parser (dateparser) builds on its first date string that no
    locale reads: a split regex for each of its ~200 locales, 3-4 s of CPU. A process that forks extraction
    workers calls it first, so the workers share it instead of each paying it; the output is unchanged
    (the parser keeps no state between strings but these caches)."""
    try:
        from htmldate.extractors import get_external_parser

        get_external_parser().get_date_data("qxzj 0")  # a string no locale reads: every locale is tried
    except Exception:  # noqa: BLE001 - only a warm-up: the workers then build it themselves
        pass


def _year_for(day: int, month: int, reference: date | None) -> date | None:
    """The year-less day/month closest to the reference (publish) date: Dec/Jan safe."""
    if reference is None:
        return None
    candidates = [d for y in (reference.year - 1, reference.year, reference.year + 1) if (d := _safe_date(y, month, day))]
    return min(candidates, key=lambda d: abs((d - reference).days)) if candidates else None


def find_event_date(text: str, published: str | None, tz: timezone) -> str | None:
    """The first stated event date in the text, with its time when given (``pukul 08.00 wib``)."""
    reference = parse_datetime(published) if published else None
    if isinstance(reference, datetime):
        reference = (reference.astimezone(tz) if reference.tzinfo else reference).date()
    text = text or ""
    starts = set(word_starts(text.lower(), _WEEKDAY_KEYS))
    starts.update(m.start() for m in _EVENT_STARTS.finditer(text))
    last_end = 0
    for pos in sorted(starts):
        if pos < last_end:
            continue
        match = _EVENT.match(text, pos)
        if match is None:
            continue
        last_end = match.end()
        g = match.groupdict()
        day_s = g["d1"] or g["d3"] or g["d2"] or g["d4"] or g["d5"]
        if g["m1"] or g["m3"] or g["m5"]:
            month = int(g["m1"] or g["m3"] or g["m5"])
        else:
            month = MONTHS[(g["mon2"] or g["mon4"]).lower()]
        year_s = g["y1"] or g["y3"] or g["y2"] or g["y4"] or g["y5"]
        day = int(day_s)
        if year_s:
            year = int(year_s) + (2000 if len(year_s) == 2 else 0)
            found = _safe_date(year, month, day)
            if found and not (1990 <= year <= (reference.year + 1 if reference else date.today().year + 1)):
                found = None
        else:
            found = _year_for(day, month, reference) if 1 <= month <= 12 else None
        if found is None:
            continue
        time = _TIME_AFTER.match(text[match.end(): match.end() + 80])
        if time:
            hour = int(time.group("h") or time.group("h2"))
            minute = int(time.group("mi") or time.group("mi2"))
            zone = time.group("zone") or time.group("zone2")
            if hour < 24 and minute < 60:
                moment = datetime(found.year, found.month, found.day, hour, minute,
                                  tzinfo=ZONES[zone.upper()] if zone else tz)
                return moment.isoformat(timespec="seconds")
        return found.isoformat()
    return None
