"""Gambling words in disguise, undone before the spam rules read a page (humascrawl.verdicts.spam).

Spam pages spell their words so that filters miss them and readers still read them: digits for the letters they
look like (`s1ot`, `g4cor`, `t0gel`, `m4xw1n`), look-alike letters of another script inside a Latin word
(Cyrillic `о` in `slоt`, Greek `α` in `gαcor`), fullwidth or mathematical letters (`ｓｌｏｔ`, `𝐬𝐥𝐨𝐭`), and
invisible characters inside a word (a zero-width space or a soft hyphen in `slot`). :func:`fold` undoes all of them on a page's text;
what an honest page writes is left as it is:

* a digit is read as a letter only between two letters (`s1ot`, not `4D`, `x500`, `COVID-19`, `2024`); `1` is
  `i` between two consonants (`m4xw1n`, `s1tus`) and `l` elsewhere (`s1ot`, `bo1a`);
* a look-alike letter is read as Latin only in a word that also has Latin letters or digits (a Russian or Greek
  word stays as it is);
* NFKC folds fullwidth and mathematical letters; invisible characters and combining marks are dropped.

:func:`might_be_disguised` is the cheap test on raw HTML bytes that the spam prefilter adds for such pages.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable, Iterable

_VOWELS = frozenset("aeiou")
_LEET = {"0": "o", "3": "e", "4": "a", "5": "s", "7": "t"}  # and 1: i or l, by its neighbours (_unleet)
# the digit first: the regex engine then skips to digits at C speed (a letter first costs it twice as much)
_LEET_AT = re.compile(r"[013457](?<=[a-z].)(?=[a-z])")

# Characters of other scripts that look like Latin letters, by case (the text is lower-cased after the fold:
# Greek `Η` looks like H, its lower case `η` like n).
_LOOKALIKES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t",
    "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "У": "Y",
    "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "Ԛ": "Q", "Ԝ": "W", "Ӏ": "I",
    # Greek
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
    "ϲ": "c", "η": "n",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P",
    "Τ": "T", "Υ": "Y", "Χ": "X",
    # Latin letters of IPA and other alphabets (Turkish `ı` is left to Turkish words: it is not in _LOOKALIKE_LEADS,
    # so a page is not read for it, but a word read for another look-alike has it folded too)
    "ɡ": "g", "ɑ": "a", "ǀ": "l", "ı": "i",
}
_LOOKALIKE_TABLE = str.maketrans(_LOOKALIKES)
_CLASS = "".join(_LOOKALIKES)
_MIXED_PAIR = re.compile(f"[A-Za-z0-9][{_CLASS}]|[{_CLASS}][A-Za-z0-9]")
# the UTF-8 lead bytes of the look-alikes: text without any of them has none (a test on bytes costs microseconds
# where a regex over the text costs a millisecond)
_LOOKALIKE_LEADS = tuple(sorted({ch.encode()[:1] for ch in _LOOKALIKES if ch != "ı"}))
# soft hyphen, combining grapheme joiner, zero-width and bidi controls, word joiners, BOM, combining marks,
# variation selectors
_INVISIBLE = re.compile("[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff"
                        "\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f]+")
# their UTF-8 beginnings (a block's first two bytes, a single character's three): text without any has none
_INVISIBLE_LEADS = (b"\xc2\xad", b"\xcc", b"\xcd", b"\xd8\x9c", b"\xe1\xa0\x8e", b"\xe1\xaa", b"\xe1\xab", b"\xe2\x83",
                    b"\xef\xb8", b"\xef\xbb\xbf",
                    *(ch.encode() for ch in "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                      "\u2060\u2061\u2062\u2063\u2064"))
_ASCII = bytes(range(128))


def _unleet(found: re.Match[str]) -> str:
    digit, at = found.group(0), found.start()
    if digit != "1":
        return _LEET[digit]
    text = found.string
    return "i" if text[at - 1] not in _VOWELS and text[at + 1] not in _VOWELS else "l"


def _fold_lookalikes(text: str) -> str:
    """Look-alike letters read as Latin in the words that mix them with Latin letters or digits."""
    pieces, done = [], 0
    for found in _MIXED_PAIR.finditer(text):
        start, end = found.span()
        if start < done:
            continue
        while start > done and text[start - 1].isalnum():
            start -= 1
        while end < len(text) and text[end].isalnum():
            end += 1
        pieces += [text[done:start], text[start:end].translate(_LOOKALIKE_TABLE)]
        done = end
    return "".join(pieces) + text[done:] if pieces else text


def fold(text: str) -> str:
    """``text`` lower-cased, with its disguised spellings undone; as long as ``text`` when it is ASCII."""
    if not text.isascii():
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
        # its bytes outside ASCII, looked at alone (a few on most pages: a search of them per character sought is
        # cheap where a regex over the text is not)
        rest = text.encode("utf-8", "replace").translate(None, _ASCII)
        if any(lead in rest for lead in _INVISIBLE_LEADS):
            text = _INVISIBLE.sub("", text)
        if any(lead in rest for lead in _LOOKALIKE_LEADS):
            text = _fold_lookalikes(text)
    text = text.lower()
    return _LEET_AT.sub(_unleet, text)


# -- on raw bytes, for the prefilter -------------------------------------------------------------------------------

#: lower case, digits and look-alike ASCII read as the letter they stand for, `i` and `l` as one letter: the
#: prefilter's words and the page are compared in this form (a plain spelling still matches; `s1ot`, `jud1`,
#: `g4cor` too). One translation of the page, no lower-casing before it.
BYTE_FOLD = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ013457i|@$", b"abcdefghllklmnopqrstuvwxyzoleastllas")
# Disguise that needs more than a translation: invisible characters inside a word, look-alike letters of another
# script beside Latin ones, fullwidth and mathematical letters. Each is found on the raw bytes by a search that
# starts on its (rare) lead bytes; only the few places around them are then folded and searched for the words.
# (Entities such as `&#8203;` are not looked for: a search for each costs more than the whole prefilter, and a page
# hiding every gambling word behind them, its links' hosts included, is rare.)
_INVISIBLE_BYTES = tuple(ch.encode() for ch in "\u200b\u200c\u200d\u2060\ufeff\u00ad")
_ALNUM = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_LOOKALIKE_NEAR_LATIN = re.compile(
    b"[" + re.escape(bytes(sorted({ch.encode()[0] for ch in _LOOKALIKES if ch != "ı"}))) + rb"][\x80-\xbf]"
    rb"(?:(?=[A-Za-z0-9])|(?<=[A-Za-z0-9]..))")
_COMPAT_LEADS = (b"\xef\xbc", b"\xef\xbd", b"\xf0\x9d")  # fullwidth and mathematical letters: NFKC folds them
_COMPAT_LETTER = re.compile(rb"\xef\xbc[\xa1-\xba]|\xef\xbd[\x81-\x9a]|\xf0\x9d[\x90-\x9f]")
_AROUND = 40  # bytes read either side of a disguised letter: a word or two
_MAX_PLACES = 2000  # places read at most (a page with thousands is written in that script, not disguised)


def _places(low: bytes, rest: bytes) -> list[int]:
    """Where a disguised letter may sit in ``low`` (``rest``: its bytes outside ASCII)."""
    places: list[int] = []
    for marker in _INVISIBLE_BYTES:
        if marker in rest:
            at = low.find(marker)
            while at != -1 and len(places) < _MAX_PLACES:
                if at and low[at - 1] in _ALNUM:
                    places.append(at)
                at = low.find(marker, at + 1)
    # A page mostly in another script (Russian, Greek: a third of its bytes or more outside ASCII) is not searched
    # for look-alikes: its own letters are no disguise, and there are too many of them to look at.
    if len(rest) * 3 < len(low) and any(lead in rest for lead in _LOOKALIKE_LEADS):
        for found in _LOOKALIKE_NEAR_LATIN.finditer(low):
            places.append(found.start())
            if len(places) >= _MAX_PLACES:
                break
    if any(lead in rest for lead in _COMPAT_LEADS):
        places += [found.start() for _, found in zip(range(_MAX_PLACES), _COMPAT_LETTER.finditer(low))]
    return places


def might_be_disguised(low: bytes, has_word: Callable[[bytes], bool]) -> bool:
    """Whether HTML ``low`` may hold one of the prefilter's words, written plainly or in disguise;
    ``has_word(folded)`` looks for them in bytes folded by :data:`BYTE_FOLD`. Cheap: a translation and a scan of
    the page, and for a page with invisible characters, look-alike letters or fullwidth letters beside Latin ones,
    a look at the places around them."""
    if has_word(low.translate(BYTE_FOLD)):
        return True
    # what is not ASCII, looked at alone (a few bytes on most pages: one search of them per character sought is
    # cheap where one of the whole page is not); a UTF-8 sequence found there is one of the page's characters
    rest = low.translate(None, _ASCII)
    places = _places(low, rest) if rest else []
    if not places:
        return False
    pieces = "\n".join(low[max(0, at - _AROUND):at + _AROUND].decode("utf-8", "replace") for at in places)
    pieces = _INVISIBLE.sub("", unicodedata.normalize("NFKC", pieces)).translate(_LOOKALIKE_TABLE)
    return has_word(pieces.encode("utf-8", "replace").translate(BYTE_FOLD))


def folded_words(words: Iterable[bytes]) -> tuple[bytes, ...]:
    return tuple(dict.fromkeys(word.translate(BYTE_FOLD) for word in words))
