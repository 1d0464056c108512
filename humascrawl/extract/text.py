"""Small text helpers shared by the steps (whitespace, tokens, the content hash)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

__all__ = ["clean_inline", "split_paragraphs", "join_paragraphs", "normalise_for_hash", "content_hash", "words"]

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_WORD = re.compile(r"\w+", re.UNICODE)
_NON_WORD = re.compile(r"[^\w\s]+", re.UNICODE)


def clean_inline(value: str | None) -> str:
    """NFC, no invisible characters, all runs of whitespace (newlines included) → one space."""
    if not value:
        return ""
    value = _INVISIBLE.sub("", unicodedata.normalize("NFC", value))
    return " ".join(value.split())


def clean_line(value: str) -> str:
    """Like :func:`clean_inline` for one line (keeps nothing but single spaces)."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", value)).strip()


def split_paragraphs(text: str) -> list[str]:
    """Text → non-empty, whitespace-normalised lines."""
    out = []
    for line in unicodedata.normalize("NFC", text or "").splitlines():
        line = clean_line(line)
        if line:
            out.append(line)
    return out


def join_paragraphs(paragraphs: list[str]) -> str:
    return "\n\n".join(p for p in paragraphs if p)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


# an article's text is normalised twice in a row: for its content hash and for its MinHash signature
@lru_cache(maxsize=8)
def normalise_for_hash(text: str) -> str:
    """Lower case, punctuation removed, whitespace collapsed: trivially different copies agree."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = _NON_WORD.sub(" ", _INVISIBLE.sub("", text)).replace("_", " ")
    return " ".join(text.split())


def content_hash(text: str) -> str:
    """sha256 hex of :func:`normalise_for_hash`."""
    return hashlib.sha256(normalise_for_hash(text).encode("utf-8")).hexdigest()


def word_starts(lowered: str, keys: tuple[str, ...]) -> list[int]:
    """Sorted offsets where one of ``keys`` starts a word in ``lowered`` (a cheap regex prefilter:
    Python's ``re`` tries every branch of a big case-insensitive alternation at every offset)."""
    found: set[int] = set()
    for key in keys:
        i = lowered.find(key)
        while i >= 0:
            if i == 0 or not lowered[i - 1].isalnum():
                found.add(i)
            i = lowered.find(key, i + 1)
    return sorted(found)
