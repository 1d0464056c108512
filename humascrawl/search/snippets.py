"""Snippets: the passage of an article's text that best shows why it matched, with the matched words marked.

Built in Python from ``articles.text`` for the page of hits only (the index keeps no copy of the text), with the
same token folding as the index, so highlighting agrees with matching on both backends.
"""

from __future__ import annotations

import re

from humascrawl.search.query import Term, token_spans

Segments = list[tuple[str, bool]]
SNIPPET_CHARS = 240


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


def _ascii_pattern(term: Term) -> re.Pattern | None:
    if not all(token.isascii() for token in term.tokens):
        return None  # a folded non-ASCII token cannot occur in ASCII text
    body = r"[^A-Za-z0-9]+".join(re.escape(token) for token in term.tokens)
    return re.compile(rf"(?<![A-Za-z0-9]){body}" + (r"[A-Za-z0-9]*" if term.prefix else r"(?![A-Za-z0-9])"),
                      re.IGNORECASE)


def match_spans(text: str, terms: list[Term]) -> list[tuple[int, int, int]]:
    """(start, end, term number) of every occurrence of a term in ``text``, by start."""
    if text.isascii():
        found = []
        for number, term in enumerate(terms):
            pattern = _ascii_pattern(term)
            if pattern is not None:
                found.extend((m.start(), m.end(), number) for m in pattern.finditer(text))
        return sorted(found)
    spans = list(token_spans(text))
    return [(spans[first][1], spans[last][2], number) for first, last, number in _matches(spans, terms)]


def highlight(text: str, terms: list[Term]) -> Segments:
    """The whole of a short text (a title) as segments, matched words marked."""
    return _segments(text, match_spans(text, terms), 0, len(text))


def snippet(text: str, terms: list[Term], size: int = SNIPPET_CHARS) -> Segments:
    """About ``size`` characters of ``text`` around the densest cluster of matches (the opening when none)."""
    text = " ".join(text.split())
    if not text:
        return []
    hits = match_spans(text, terms)
    start = 0
    if hits:
        best = (-1, -1)
        for i, (first, _, _) in enumerate(hits):
            # Favour the passage that shows the most different terms, then the most occurrences.
            inside = []
            for hit in hits[i:]:
                if hit[1] > first + size:
                    break
                inside.append(hit[2])
            score = (len(set(inside)), len(inside))
            if score > best:
                best, start = score, first
        start = max(0, start - size // 4)
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
    if end < len(text):
        segments.append((" …", False))
    return _merge(segments)


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
