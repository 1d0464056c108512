"""Step 5: credit lines — parse them and take them out of the text.

Trailing lines such as ``Sumber: Humas Polres Ketapang``, ``Sumber Bidhumas Polda Sumbar``,
``Editor: Lisa``, ``Penulis : Candra Lukito / Publish : Humas Polres Sanggau``,
``Sumber: Medcom.id / Editor: amran``; a closing ``(Humas Polres X)``; sign-off tags
``(red)``, ``(*)``, ``(*/Hms)``, ``(fyk/ash)``. A ``Penulis:``/``Reporter:`` line at the
very top is taken as well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Credits", "parse_credit_line", "split_credits"]

_FIELD_OF = {
    "sumber": "source_credit", "sumber berita": "source_credit", "sumber rilis": "source_credit",
    "rilis": "source_credit", "release": "source_credit", "press release": "source_credit", "siaran pers": "source_credit",
    "editor": "editor", "redaktur": "editor", "editing": "editor", "penyunting": "editor",
    "penulis": "author", "pewarta": "author", "reporter": "author", "wartawan": "author",
    "kontributor": "author", "publish": "author", "publisher": "author", "dipublish": "author", "laporan": "author",
    "foto": None, "fotografer": None, "video": None, "grafis": None, "ilustrasi": None, "editor foto": None,
}
_KEYS = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in _FIELD_OF), key=len, reverse=True))
_KEYED = re.compile(rf"^(?P<key>{_KEYS})\s*(?::|=|\s-\s)\s*(?P<value>.+)$", re.I)
# "Sumber Bidhumas Polda Sumbar", "Publish Humas Polres Sanggau": no colon, a short capitalised value
_KEYED_BARE = re.compile(r"^(?P<key>(?i:sumber|publish))\s+(?P<value>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&/-]*){0,5})$")
_SPLIT = re.compile(rf"\s+[/|]\s+|\s*;\s*|\s{{2,}}|\s+(?=(?:{_KEYS})\s*:)", re.I)
# "(Humas Polres X)", "[Humas Polres X]"
_PAREN_ONLY = re.compile(r"^[(\[]\s*(?P<inner>[^()\[\]]{1,80}?)\s*[)\]]\s*\.?$")
_TRAILING_PAREN = re.compile(r"^(?P<body>.*?\S)\s*[(\[]\s*(?P<inner>[^()\[\]]{1,60}?)\s*[)\]]\s*\.?$")
_HUMAS = re.compile(
    r"^(?:sumber\s*:?\s*)?(?P<credit>(?:(?:bid|si|sub\s*bag|subbag|div|seksi|bidang)\s*)?humas\b.*|bidhumas\b.*|"
    r"sihumas\b.*|divhumas\b.*|tribrata\s*news\b.*)$",
    re.I,
)
# "(rls/Humas Polres X)", "(Adv/Humas Polres X)": a sign-off tag, then the credited unit
_TAGGED_HUMAS = re.compile(r"^[\w*]{1,6}\s*/\s*(?P<rest>.+)$")
_TAG = re.compile(r"^(?=.*[A-Za-z*])[\w*][\w*.&'/ -]{0,29}$")
_SEPARATOR_LINE = re.compile(r"^[\s*#~_=.•-]{2,}$")
_INNER_BYLINE_MAX = 100


@dataclass
class Credits:
    source_credit: str | None = None
    editor: str | None = None
    author: str | None = None

    def merge(self, found: dict[str, str]) -> None:
        for name, value in found.items():
            if value and getattr(self, name) is None:
                setattr(self, name, value)


def _clean_value(value: str) -> str:
    value = value.strip().strip("\"“”'‘’").strip()
    value = re.sub(r"^[(\[]\s*|\s*[)\]]$", "", value)
    # a closing full stop goes, but not the one of an initial ("Dedy S.", "M.")
    value = re.sub(r"(?<=\b[A-Z])\.$", "\x00", value).rstrip(" .,;:-–—").replace("\x00", ".").strip()
    if value.isupper():  # "HUMAS POLRES KETAPANG" → "Humas Polres Ketapang"; short acronyms stay
        value = " ".join(w.capitalize() if len(w) >= 5 and w.isalpha() else w for w in value.split())
    return value


def _humas_credit(inner: str) -> str | None:
    """The credited unit of ``Humas Polres X``, ``Sumber: Humas X``, ``rls/Humas X``; None otherwise."""
    humas = _HUMAS.match(inner)
    if humas is None:
        tagged = _TAGGED_HUMAS.match(inner)
        humas = _HUMAS.match(tagged.group("rest").strip()) if tagged else None
    return _clean_value(humas.group("credit")) if humas else None


def _parse_segment(segment: str) -> tuple[str | None, str] | None:
    segment = segment.strip(" -–—")
    match = _KEYED.match(segment) or _KEYED_BARE.match(segment)
    if not match:
        return None
    value = _clean_value(match.group("value"))
    if not value or len(value) > 80 or len(value.split()) > 10:
        return None
    return _FIELD_OF[" ".join(match.group("key").lower().split())], value


def parse_credit_line(line: str) -> dict[str, str] | None:
    """The fields of a credit/sign-off line (``{}`` for a bare tag), or None for an article line."""
    line = line.strip()
    if not line or len(line) > 250:
        return None
    paren = _PAREN_ONLY.match(line)
    if paren:
        inner = paren.group("inner").strip()
        keyed = _parse_segment(inner)
        if keyed:
            return {keyed[0]: keyed[1]} if keyed[0] else {}
        source = re.match(r"(?i:sumber)\s*:?\s+(?P<value>\S.*)$", inner)
        if source:
            return {"source_credit": _clean_value(source.group("value"))}
        humas = _humas_credit(inner)
        if humas:
            return {"source_credit": humas}
        if _TAG.match(inner) and len(inner.split()) <= 3:
            return {}
        return None
    if _SEPARATOR_LINE.match(line):
        return {}
    segments = [s for s in _SPLIT.split(line) if s and s.strip()]
    if not segments:
        return None
    first = _parse_segment(segments[0])
    if first is None:
        return None
    found: dict[str, str] = {}
    for segment in segments:
        parsed = _parse_segment(segment)
        if parsed and parsed[0] and parsed[0] not in found:
            found[parsed[0]] = parsed[1]
    return found


def _strip_trailing_tag(line: str, credits: Credits) -> str:
    """``… dengan media. (Humas Polres Ketapang)`` → source credit; ``… (*/Hms)`` → dropped."""
    match = _TRAILING_PAREN.match(line)
    if not match:
        return line
    body, inner = match.group("body"), match.group("inner").strip()
    humas = _humas_credit(inner)
    if humas:
        credits.merge({"source_credit": humas})
        return body
    if body[-1] in ".!?\"”’" and _TAG.match(inner) and len(inner.split()) <= 3 and not inner.isdigit():
        return body
    return line


def split_credits(lines: list[str]) -> tuple[list[str], Credits]:
    """Remove credit lines at the end (and a byline at the top); return the rest and the credits."""
    credits = Credits()
    lines = list(lines)
    while lines:
        found = parse_credit_line(lines[-1])
        if found is None:
            break
        credits.merge(found)
        lines.pop()
    if lines:
        stripped = _strip_trailing_tag(lines[-1], credits)
        if stripped != lines[-1]:
            lines[-1] = stripped
            # "Sumber: X" may sit just before a trailing tag line of its own
            while lines:
                found = parse_credit_line(lines[-1])
                if found is None:
                    break
                credits.merge(found)
                lines.pop()
    for _ in range(2):
        if not lines:
            break
        found = parse_credit_line(lines[0])
        if found is None or set(found) - {"author", "editor"}:
            break
        credits.merge(found)
        lines.pop(0)
    return _take_inner_bylines(lines, credits), credits


_PERSON_KEYS = re.compile(r"^(?:reporter|penulis|pewarta|wartawan|kontributor|laporan|editor|redaktur)\b", re.I)


def _take_inner_bylines(lines: list[str], credits: Credits) -> list[str]:
    """The lines without a short ``Reporter: X`` / ``Penulis: X`` / ``Pewarta: X`` / ``Editor: X`` line among
    them (a theme printing the writer after the lead, under the dateline): the person is credited, the line
    is no article text. Lines that end in a later trailer were taken from the end already."""
    kept = []
    for line in lines:
        if len(line) <= _INNER_BYLINE_MAX and _PERSON_KEYS.match(line):
            found = parse_credit_line(line)
            if found and not set(found) - {"author", "editor"}:
                credits.merge(found)
                continue
        kept.append(line)
    return kept
