"""Reconciling the post body's own lines with trafilatura's (step 4 of :mod:`.body`).

The two are independent readings of the same page; where they disagree badly, which one covers the other decides:
a container that trafilatura's text dwarfs and mostly lies outside of is a fragment; a container trafilatura
missed a good part of is kept, less a repeat of the article in it; otherwise trafilatura's lines are trimmed to the
post body (:func:`trim_edges`) and the opening and closing lines it lost are put back (:func:`restore_edges`).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Callable

from .text import words

__all__ = ["reconcile", "trim_edges", "restore_edges", "strip_marker", "coverage"]

# trafilatura's text this many times the container's, mostly outside it: the container is a fragment
_FRAGMENT_RATIO = 1.5
# share of one reading's words found in the other for the two to agree
_AGREE = 0.8
# a container line this long that trafilatura lacks but whose words it has: the article repeated
_REPEAT_MIN_WORDS = 50


def coverage(part: Counter[str], whole: Counter[str]) -> float:
    """Share of ``part``'s word tokens that also occur in ``whole`` (multiset)."""
    total = sum(part.values())
    return sum((part & whole).values()) / total if total else 0.0


def strip_marker(line: str) -> str:
    return line[2:].lstrip() if line.startswith("- ") else line


_LETTERS = re.compile(r"[^\W\d_]{2,}")


def _edge_key(line: str) -> str:
    return " ".join(strip_marker(line).lower().split())[:60]


def trim_edges(lines: list[str], inside: str, limit: int = 5) -> list[str]:
    """Drop short lines before the first / after the last line found in the post body.

    ``inside`` is the container's text, lower-cased. Up to ``limit`` lines of under 200
    characters are dropped at each end (headline boxes and menus above or below the post).
    """
    def outside(line: str) -> bool:
        bare = " ".join(strip_marker(line).lower().split())
        return len(bare) < 200 and bare not in inside

    start = 0
    # a standfirst above the post body (a sentence, not a list item or a teaser cut off with "...") is the
    # article's lead: trimming stops there
    while start < min(limit, len(lines)) and outside(lines[start]) and not _lead(lines[start]):
        start += 1
    end = len(lines)
    while end > start and len(lines) - end < limit and outside(lines[end - 1]):
        end -= 1
    if start == len(lines) or end == start:
        return lines
    return lines[start:end]


def _lead(line: str) -> bool:
    return (not line.startswith("- ") and len(line.split()) >= 8 and bool(_SENTENCE.search(line))
            and not line.rstrip("'\"”’) ").endswith(("...", "…")))


def _same(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a == b or a.startswith(b) or b.startswith(a))


# a prose line: ends like a sentence or introduces a quote ("Rasulullah SAW bersabda :")
_SENTENCE = re.compile(r"[.!?:]['\"”’)]*$")


def restore_edges(lines: list[str], own: list[str], limit: int = 8, interior: bool = True,
                  restorable: Callable[[], set[str]] | None = None) -> list[str]:
    """Put back the post body's opening and closing lines that trafilatura dropped.

    trafilatura tends to lose a dateline or lead written as loose ``<br>`` text before the first
    ``<p>``, and short trailer lines (``Sumber: …`` in bold next to ``Editor: …``). Container lines
    among its first and last ``limit`` that are missing from ``lines`` are inserted after the
    nearest preceding container line that trafilatura kept. ``interior``: also a prose line (five words or
    more, ending like a sentence) between two lines trafilatura kept — its precision mode drops short
    paragraphs such as "Dari hadits Abu Hurairah ra, Rasulullah SAW bersabda :". ``restorable``: the lines
    (normalised) that may be put back, asked only when there is one to put back — the container's lines less
    what trafilatura's structure rules discard, so a teaser or a video caption at the container's edge stays out.
    """
    if not lines or not own:
        return lines
    keys = [_edge_key(line) for line in lines]
    positions: dict[str, list[int]] = {}
    for j, key in enumerate(keys):
        positions.setdefault(key, []).append(j)
    everything = " ".join(" ".join(line.lower().split()) for line in lines)
    inserts: dict[int, list[str]] = {}
    anchor = -1  # index in ``lines`` after which a missing container line goes
    for index, line in enumerate(own):
        key = _edge_key(line)
        found = next((j for j in positions.get(key, ()) if j >= anchor), None)
        if found is None:  # split or merged differently: a prefix match a little further on
            start = max(anchor, 0)
            found = next((j for j in range(start, min(len(keys), start + 40)) if _same(keys[j], key)), None)
        if found is not None:
            anchor = found
            continue
        edge = index < limit or index >= len(own) - limit
        if not (edge or (interior and 0 <= anchor < len(lines) - 1 and _SENTENCE.search(line)
                         and len(line.split()) >= 5)) or len(_LETTERS.findall(line)) < 2:
            continue
        if " ".join(line.lower().split()) not in everything:
            inserts.setdefault(anchor, []).append(line)
    if inserts and restorable is not None:
        allowed = restorable()
        inserts = {j: kept for j, found in inserts.items()
                   if (kept := [line for line in found if " ".join(line.lower().split()) in allowed])}
    if not inserts:
        return lines
    out = list(inserts.get(-1, []))
    for j, line in enumerate(lines):
        out.append(line)
        out.extend(inserts.get(j, []))
    return out


def _fragment(own_tokens: Counter[str], got_tokens: Counter[str]) -> bool:
    """Does trafilatura's text dwarf the container and lie mostly outside it? Then the container is a fragment of
    the article (an author's note, one block of an article split by ads), not the article."""
    own, got = sum(own_tokens.values()), sum(got_tokens.values())
    return got > _FRAGMENT_RATIO * own and coverage(got_tokens, own_tokens) < 0.5


def _drop_repeats(lines: list[str], own_tokens: Counter[str]) -> list[str]:
    """The lines without long ones whose words all occur in the other lines too (the article repeated in a hidden
    or print-only block, which would double the text). ``own_tokens``: the words of all ``lines``."""
    kept = []
    for line in lines:
        line_tokens = Counter(words(line))
        if sum(line_tokens.values()) >= _REPEAT_MIN_WORDS and coverage(line_tokens, own_tokens - line_tokens) >= 0.9:
            own_tokens = own_tokens - line_tokens  # the other copy stays
            continue
        kept.append(line)
    return kept


def _missed_little_prose(lines: list[str], own: list[str]) -> bool:
    """Are the container's lines that trafilatura left out mostly not prose (short labels, box toggles, teaser
    headlines: under a third of their words in lines of eight words or more that end like a sentence)?"""
    taken = " ".join(" ".join(strip_marker(line).lower().split()) for line in lines)
    missed = [line for line in own if " ".join(line.lower().split()) not in taken]
    total = sum(len(line.split()) for line in missed)
    prose = sum(len(line.split()) for line in missed if len(line.split()) >= 8 and _SENTENCE.search(line))
    return total > 0 and prose < total / 3


def _word_count(lines: list[str]) -> int:
    return len(words(" ".join(lines)))


def reconcile(lines: list[str], own: list[str], got_tokens: Counter[str], own_tokens: Counter[str],
               marked: bool, balanced: Callable[[], list[str]] | None = None,
               structural: Callable[[], list[str]] | None = None) -> list[str]:
    """trafilatura's lines and the container's, where they disagree, resolved by which covers which.

    ``marked``: the container is a known post-body element (trafilatura ran on it alone); ``balanced``:
    trafilatura's balanced mode on the whole page, run only where the container turns out to be a fragment;
    ``structural``: the container's lines less what trafilatura's structure rules discard (captions, collapsed
    boxes, teasers), run only where trafilatura missed a good part of the container."""
    own_words, got = sum(own_tokens.values()), sum(got_tokens.values())
    if own_words < 25:
        return lines
    if got < 15:
        return own
    if _fragment(own_tokens, got_tokens):
        # the article is elsewhere on the page, where trafilatura's precision mode may have cut it short: its
        # balanced mode (with fallbacks) decides, if it keeps more
        full = balanced() if balanced is not None else []
        return full if _word_count(full) > got else lines
    covered = coverage(own_tokens, got_tokens)
    if covered < _AGREE and (covered >= 0.3 or got < own_words):
        if _missed_little_prose(lines, own):
            # what trafilatura left out is labels, boxes and teaser headlines: its lines, and the prose lines it
            # dropped between them
            return restore_edges([strip_marker(line) for line in lines], own, limit=0)
        if structural is not None:
            # Did its structure rules (captions, collapsed boxes, teasers) leave out what it missed? When the
            # container less those is what trafilatura took, the two readings agree and the normal path decides;
            # when they still disagree, its scoring cut the article short and the container stands.
            pruned = structural()
            pruned_tokens = Counter(words(" ".join(pruned)))
            if pruned != own and coverage(pruned_tokens, got_tokens) >= _AGREE:
                return reconcile(lines, pruned, got_tokens, pruned_tokens, marked, balanced)
        # trafilatura missed a good part of the post body: its lines, but not a repeat of the article
        return _drop_repeats(own, own_tokens)
    if marked or own_words >= got // 2:
        # list items trafilatura took from outside the post body are headline lists
        inside = " ".join(own).lower()
        lines = [line for line in lines if not line.startswith("- ") or line[2:].lower() in inside]
        lines = trim_edges(lines, inside)
    if marked:
        restorable = None if structural is None else (
            lambda: {" ".join(line.lower().split()) for line in structural()})
        return restore_edges([strip_marker(line) for line in lines], own, restorable=restorable)
    if own_words >= got // 2:
        # a post body found by its text alone: only prose lines between lines trafilatura kept
        return restore_edges([strip_marker(line) for line in lines], own, limit=0)
    return lines
