"""Step 4: the line filter — drop boilerplate lines that survived the body step.

Rules are data (``data/rules/boilerplate.toml``, extended per source): whole-line patterns
are dropped; a *stop* line (a comment-section heading) ends the article; a comment heading
merged onto the end of the last paragraph is cut off; a first line repeating the title goes.
"""

from __future__ import annotations

import re

from .rules import Boilerplate
from .text import normalise_for_hash

__all__ = ["filter_lines", "drop_title_echo"]

# longer lines are article text even when they start like boilerplate ("Baca juga ..." runs ~150)
_MAX_BOILERPLATE_LINE = 400
_MAX_RELATED_ITEMS = 10


_SENTENCE_END = re.compile(r"[.:;]['\"”’)]*$")


def _headline_like(line: str) -> bool:
    """A linked post title in a related list: short, and not ending like a sentence."""
    return len(line) < 160 and len(line.split()) <= 25 and not _SENTENCE_END.search(line)


def filter_lines(lines: list[str], rules: Boilerplate) -> list[str]:
    """Lines without boilerplate, in order."""
    kept: list[str] = []
    skip_headlines = 0
    for line in lines:
        bare = line.strip()
        if not bare:
            continue
        if skip_headlines:
            skip_headlines -= 1
            if _headline_like(bare):
                continue
            skip_headlines = 0
        if rules.is_stop(bare):
            if kept:
                break
            continue
        if len(bare) <= 80 and rules.is_related(bare):
            skip_headlines = _MAX_RELATED_ITEMS
            continue
        if len(bare) <= _MAX_BOILERPLATE_LINE and rules.is_line(bare):
            continue
        cut = rules.cut_tail(bare)
        if cut != bare:
            if cut and not rules.is_line(cut):
                kept.append(cut)
            if kept:
                break  # the comment section started inside this line
            continue
        kept.append(bare)
    return kept


def drop_title_echo(lines: list[str], titles: list[str | None]) -> list[str]:
    """Drop leading lines that repeat the headline (themes print it inside the body)."""
    keys = {normalise_for_hash(t) for t in titles if t}
    keys.discard("")
    start = 0
    while start < len(lines) and start < 3 and normalise_for_hash(lines[start]) in keys:
        start += 1
    return lines[start:]
