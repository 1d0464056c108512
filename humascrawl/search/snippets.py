"""Snippets: the passage of an article's text that best shows why it matched, with the matched words marked.

Built in Python from ``articles.text`` for the page of hits only (the index keeps no copy of the text), with the
same token folding as the index, so highlighting agrees with matching on both backends.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from humascrawl.search.query import Term, token_spans

Segments = list[tuple[str, bool]]
SNIPPET_CHARS = 240
# The best passage is looked for in this many characters of an article's opening only: snippet work is linear in
# it, so a multi-megabyte page dump stored as an article costs what a long article does (a 5 MB one made a search
# for a common word take minutes).  A match further in is not shown; the snippet then ends with " …".
SNIPPET_SCAN_CHARS = 100_000


def _matches(spans: list[tuple[str, int, int]], terms: list[Term]) -> list[tuple[int, int, int]]:
    """(first token index, last token index, term number) of every occurrence of a term."""
    found = []
    words = [token for token, _, _ in spans]
    for number, term in enumerate(terms):
        size = len(term.tokens)
        for i in range(len(words) - size + 1):
            if words[i] != term.tokens[0] and not (size == 1 and term.prefix and words[i].startswith(term.tokens[0])):
                continue
            if all(words[i + k] == term.tokens[k] for k in range(size - 1)) and (
                    words[i + size - 1].startswith(term.tokens[-1]) if term.prefix
                    else words[i + size - 1] == term.tokens[-1]):
                found.append((i, i + size - 1, number))
    return sorted(found)


_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


@functools.lru_cache(maxsize=256)
def _ascii_pattern(term: Term) -> re.Pattern | None:
    """The term in lower-cased ASCII text, without the check before it (see match_spans): a pattern that starts
    with a literal lets the regex engine skip ahead to its candidates, ~3x faster than a look-behind."""
    if not all(token.isascii() for token in term.tokens):
        return None  # a folded non-ASCII token cannot occur in ASCII text
    body = r"[^a-z0-9]+".join(re.escape(token) for token in term.tokens)
    return re.compile(body + (r"[a-z0-9]*" if term.prefix else r"(?![a-z0-9])"))


def match_spans(text: str, terms: list[Term]) -> list[tuple[int, int, int]]:
    """(start, end, term number) of every occurrence of a term in ``text``, by start."""
    if text.isascii():
        lowered = text.lower()  # same length and offsets: ASCII only
        found = []
        for number, term in enumerate(terms):
            pattern = _ascii_pattern(term)
            position = 0
            while pattern is not None and (match := pattern.search(lowered, position)) is not None:
                start = match.start()
                if start and lowered[start - 1] in _ALNUM:  # inside a longer word: try again one further on
                    position = start + 1
                    continue
                found.append((start, match.end(), number))
                position = match.end()
        return sorted(found)
    spans = list(token_spans(text))
    return [(spans[first][1], spans[last][2], number) for first, last, number in _matches(spans, terms)]


def highlight(text: str, terms: list[Term]) -> Segments:
    """The whole of a short text (a title) as segments, matched words marked."""
    return _segments(text, match_spans(text, terms), 0, len(text))


def snippet(text: str, terms: list[Term], size: int = SNIPPET_CHARS, scan: int = SNIPPET_SCAN_CHARS) -> Segments:
    """About ``size`` characters of ``text`` around the densest cluster of matches (the opening when none).

    Only the first ``scan`` characters are searched: the work is linear in them, whatever the article's length.
    """
    text, cut = _opening(text, scan)
    if not text:
        return []
    hits = match_spans(text, terms)
    start = 0
    if hits:
        start = max(0, _densest(hits, size) - size // 4)
        if start:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < start + 30 else start
    end = min(len(text), start + size)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + size // 2 else end
    segments = _segments(text, [h for h in hits if h[0] >= start and h[1] <= end], start, end)
    if start > 0:
        segments.insert(0, ("… ", False))
    if end < len(text) or cut:
        segments.append((" …", False))
    return _merge(segments)


def _opening(text: str, scan: int) -> tuple[str, bool]:
    """The first ``scan`` characters of ``text`` (ending on a word boundary), whitespace collapsed, and
    whether anything was cut off."""
    cut = len(text) > scan
    if cut:
        text = text[:scan]
        boundary = max(text.rfind(" "), text.rfind("\n"))
        text = text[:boundary] if boundary > scan // 2 else text
    return " ".join(text.split()), cut


def _densest(hits: list[tuple[int, int, int]], size: int) -> int:
    """Where the passage of ``size`` characters starts that shows the most different terms, then the most
    occurrences: the start of the first such hit.  ``hits`` are by start; one pass with a sliding window."""
    best, start = (-1, -1), 0
    in_window: Counter[int] = Counter()  # term number -> occurrences among hits[i:j]
    j = 0
    for i, (first, _, _) in enumerate(hits):
        j = max(j, i)
        # A window ends at the first hit that does not end inside it (hits are by start, not end).
        while j < len(hits) and hits[j][1] <= first + size:
            in_window[hits[j][2]] += 1
            j += 1
        score = (len(in_window), j - i)
        if score > best:
            best, start = score, first
        if j > i:
            term = hits[i][2]
            in_window[term] -= 1
            if not in_window[term]:
                del in_window[term]
    return start


def _segments(text: str, hits: list[tuple[int, int, int]], begin: int, end: int) -> Segments:
    out: Segments = []
    cursor = begin
    for hit_start, hit_end, _ in hits:
        if hit_start < cursor:
            continue  # overlaps the previous mark
        if hit_start > cursor:
            out.append((text[cursor:hit_start], False))
        out.append((text[hit_start:hit_end], True))
        cursor = hit_end
    if cursor < end:
        out.append((text[cursor:end], False))
    return _merge(out)


def _merge(segments: Segments) -> Segments:
    merged: Segments = []
    for part, marked in segments:
        if not part:
            continue
        if merged and merged[-1][1] == marked and not marked:
            merged[-1] = (merged[-1][0] + part, marked)
        else:
            merged.append((part, marked))
    return merged


def marked_text(segments: Segments, left: str = "«", right: str = "»") -> str:
    """Segments as one string, matched parts wrapped in « »."""
    return "".join(f"{left}{part}{right}" if marked else part for part, marked in segments)
