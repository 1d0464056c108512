"""Step 6: the dateline at the start of the first paragraph.

``Ketapang, Kalimantanpost.online.-`` → ``Ketapang``; ``PONTIANAK, KalbarNews.id –`` →
``Pontianak``; ``KETAPANG -``; ``Sungai Raya (Kalbar) –``; ``Pontianak (ANTARA) -``;
``Mataram, NTB (ANTARA News) -``; outlet first: ``KalbarOnline, Ketapang –``,
``apahabar.com, BANJARBARU –``. The prefix is removed; the rest of the paragraph stays
(a paragraph that is only the dateline goes entirely).
"""

from __future__ import annotations

import re

from .dates import MONTHS

__all__ = ["split_dateline", "parse_dateline", "title_case_place"]

# one place word: capitalised (Ketapang), all caps (KETAPANG), or a connector inside a name
_WORD = r"(?:[A-Z][A-Za-z'’.]*|[A-Z]{2,})"
_PLACE = rf"{_WORD}(?: {_WORD}){{0,3}}"
_DASH = r"(?:\.?\s*[-–—]+|\s*\|)"
_DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jum['’`]?at|Sabtu|Minggu|Ahad)"
_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))
# the outlet between the comma and the dash: a domain, CamelCase name, or a few capitalised words
_OUTLET = r"(?://\s*)?[\w.&@/-]*[A-Za-z][\w.&@/-]*(?:\s+[\w.&@/-]+){0,3}?"

_PATTERNS = [
    # Ketapang, Kalimantanpost.online.-   /   PONTIANAK, KalbarNews.id –   /   Jakarta,CakraNEWS.ID-
    re.compile(rf"^(?P<place>{_PLACE})\s*,\s*(?P<outlet>{_OUTLET})\s*{_DASH}\s*"),
    # Sungai Raya (Kalbar) –   /   Pontianak (ANTARA) -   /   Mataram, NTB (ANTARA News) -   /   Palangka Raya, (METROKalteng.com) –
    re.compile(rf"^(?P<place>{_PLACE})(?:\s*,\s*(?P<region>{_PLACE}))?\s*,?\s*\((?P<outlet>[^()]{{1,40}})\)\s*{_DASH}\s*"),
    # KETAPANG -   /   Jakarta - Galaxy ...   /   BLITAR, –
    re.compile(rf"^(?P<place>{_PLACE})\s*,?(?:\s+[-–—]+|\s*[–—|]|\s*-(?=\s|$))\s*"),
    # SAMBAS: Personel …   (an all-caps place and a colon, then a sentence)
    re.compile(r"^(?P<place>[A-Z]{3,}(?: [A-Z]{2,}){0,2})\s*:\s+(?=[A-Z“\"])"),
    # Kupang, 8 Juni 2024 –   /   Kupang, Sabtu (8/6/2024) -   (the dateline carries the date)
    re.compile(rf"^(?P<place>{_PLACE})\s*,\s*(?:{_DAY}\s*,?\s*)?(?:\d{{1,2}}\s+(?i:{_MONTHS})\.?\s+\d{{4}}"
               rf"|\(?\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\)?)\s*,?\s*{_DASH}\s*"),
]
# all-caps words that open a line with a colon but are no place
_NOT_PLACE_COLON = re.compile(r"^(?:BACA|FOTO|VIDEO|BREAKING|UPDATE|INFO|PENULIS|EDITOR|REPORTER|SUMBER|RILIS|CATATAN|"
                              r"KETERANGAN|PENGUMUMAN|HEADLINE|BERITA|PERHATIAN|WASPADA|HOAKS|HOAX|FAKTA)\b")
# outlet first: KalbarOnline, Ketapang –   /   apahabar.com, BANJARBARU –   /   Sukoharjonews.com (Jakarta) –
_OUTLET_FIRST = [
    re.compile(rf"^(?P<outlet>[\w.-]+)\s*,\s*(?P<place>{_PLACE})\s*{_DASH}\s*"),
    re.compile(rf"^(?P<outlet>[\w.-]+)\s*\((?P<place>{_PLACE})\)\s*{_DASH}\s*"),
]
# how far into the lead a place alone on the dateline's line must be named
_LEAD_CHARS = 400
_DOMAINISH = re.compile(r"\.[a-z]{2,}\b|news|online|post|pos\b|times|media|tv\b|antara|\bid\b", re.I)
_NOT_PLACE = re.compile(
    r"^(?:Kapolres\w*|Kapolda|Kapolsek\w*|Kasat\w*|Kasi|Kabid\w*|Polres\w*|Polda|Polsek\w*|AKBP|AKP|Kompol|Iptu|Ipda|"
    r"Bripka|Brigadir|Kombes|Aiptu|Aipda|Dalam|Dan|Yang|Di|Saat|Ketika|Untuk|Pada|Hal|Berita|Baca|Foto|Sumber|Editor)\b"
)


def title_case_place(place: str) -> str:
    """``PONTIANAK`` → ``Pontianak``, ``KUBU RAYA`` → ``Kubu Raya``; mixed case is kept."""
    place = " ".join(place.split()).strip(" ,.-")
    if place.isupper() and len(place) > 3:
        return " ".join(w.capitalize() for w in place.split())
    return place


def _key(value: str) -> str:
    return re.sub(r"[^a-z0-9]", "", value.lower())


def _outlet_like(value: str, site_keys: set[str]) -> bool:
    key = _key(value)
    return bool(_DOMAINISH.search(value)) or any(k and (k in key or key in k) for k in site_keys if len(key) >= 4)


def _named_in(place: str, text: str) -> bool:
    """Does the text name the place ("Polres Kubu Raya")? A writer's name under a byline dash is seldom repeated."""
    return bool(text) and re.search(rf"(?<!\w){re.escape(place.strip(' ,.'))}(?!\w)", text[:_LEAD_CHARS], re.I) is not None


def parse_dateline(paragraph: str, site_keys: set[str] | None = None, following: str = "") -> tuple[str | None, str]:
    """(place, rest of the paragraph); (None, paragraph) when there is no dateline.

    An opening that names only the outlet ("KapanLagi.com - …") is removed with place None. ``following``: the
    next paragraph, for a dateline alone on its line (malformed markup split it from the lead).
    """
    keys = site_keys or set()
    head = paragraph[:120]
    for pattern in _OUTLET_FIRST:
        match = pattern.match(head)
        if match and _outlet_like(match.group("outlet"), keys) and not _outlet_like(match.group("place"), keys):
            return title_case_place(match.group("place")), paragraph[match.end():].lstrip(" ,.-–—")
    for index, pattern in enumerate(_PATTERNS):
        match = pattern.match(head)
        if not match:
            continue
        place = match.group("place")
        if _NOT_PLACE.match(place) or (index == 3 and _NOT_PLACE_COLON.match(place)):
            continue
        if index == 0 and not _outlet_like(match.group("outlet"), keys) and match.group("outlet")[:1].islower():
            continue
        if index == 0 and len(match.group("outlet")) > 40:
            continue
        rest = paragraph[match.end():]
        if index == 2 and not rest[:1].strip() and rest.strip()[:1].islower():
            continue
        if index == 2 and not rest.strip() and not place.isupper() and " " in place and not _named_in(place, following):
            # "Jeane Pattiasina —" alone on its line is a byline; "KETAPANG -", "Ketapang -" and "Kubu Raya –" over
            # a lead that names Kubu Raya are datelines
            continue
        if _outlet_like(place, keys) and "." in place.rstrip(".") or _key(place) in keys:
            return None, rest.lstrip(" ,.-–—")  # "KapanLagi.com - …": an outlet, not a place
        return title_case_place(place), rest.lstrip(" ,.-–—")
    return None, paragraph


def split_dateline(lines: list[str], site: str | None = None, site_name: str | None = None) -> tuple[str | None, list[str]]:
    """Find and remove the dateline of the first line; returns (place, lines)."""
    if not lines:
        return None, lines
    keys = {re.sub(r"[^a-z0-9]", "", v.lower()) for v in (site, site_name, (site or "").split(".")[0]) if v}
    place, rest = parse_dateline(lines[0], keys, lines[1] if len(lines) > 1 else "")
    if rest == lines[0]:
        return None, lines
    return place, ([rest] if rest.strip() else []) + lines[1:]
