"""One ranking for both backends: the best matches re-scored in Python with BM25F over title and text.

FTS5's bm25 and PostgreSQL's ts_rank order the same match set differently (ts_rank saturates near 1.0 for an OR
of word forms, so a patrol release that names ``minuman keras`` once ranks with the raid that names it five
times).  The backend's own score still picks the best :data:`POOL` of the newest matches (cheap, inside the
index); those are re-scored here, identically on both backends, from their title and text:

    score = sum over the query's required parts g of  idf(g) * tf'(g),   tf' = tf * (k1 + 1) / (tf + k1 * norm)

with ``tf = 3 * matches in the title + matches in the text`` (the weights of the FTS5 columns), any form or
synonym of a part counting for it, ``norm`` the document's length against the pool's mean, and ``idf`` (FTS5's,
clamped at 0 for a part in half of the archive or more) from the number of articles matching the part alone,
counted up to :data:`DF_CAP` (past it a part is "frequent": counting it would scan most of a large archive, and its
weight is low anyway).  Ties fall back to the newest first.
"""

from __future__ import annotations

import math
from typing import Sequence

from sqlalchemy.orm import Session

from humascrawl.filters import ArticleFilter
from humascrawl.search.query import And, Node, Not, positive_terms, tokens
from humascrawl.search.snippets import match_spans
from humascrawl.search.vocabulary import PART_COUNTS

POOL = 50
DF_CAP = 5000
TITLE_WEIGHT = 3.0
K1, B = 1.2, 0.75
TEXT_CHARS = 20_000    # the opening of a text scored: long page dumps cost what a long article does


def required_parts(node: Node) -> list[Node]:
    """The parts every match contains: an AND's positive children, or the query itself."""
    if isinstance(node, And):
        return [child for child in node.children if not isinstance(child, Not)]
    return [] if isinstance(node, Not) else [node]


def part_weights(session: Session, backend, parts: Sequence[Node]) -> list[float]:
    """The idf of each part, from its capped article count (the same on both backends: same matches), counted
    once while the archive stays about the same size (search.vocabulary.PartCounts)."""
    total = backend.generation()
    archive = backend.archive_key()
    weights = []
    for part in parts:
        plan = backend.plan(part, ArticleFilter(), None)
        count = PART_COUNTS.get(archive, plan.query, total)
        if count is None:
            count = backend.count(plan, DF_CAP)
            PART_COUNTS.put(archive, plan.query, total, count)
        # FTS5's idf, clamped at 0: a part in half of the archive or more weighs nothing (newest first).
        weights.append(max(0.0, math.log((max(total, count) - count + 0.5) / (count + 0.5))))
    return weights


def rerank(rows: list, articles: dict, parts: Sequence[Node], weights: Sequence[float]) -> list[tuple]:
    """(row, score) of ``rows`` (with .id and .key) in BM25F order of their ``articles`` (title and text)."""
    groups = [positive_terms(part) for part in parts]
    measured = []
    for row in rows:
        art = articles.get(row.id)
        title, body = (art.title or "", (art.text or "")[:TEXT_CHARS]) if art is not None else ("", "")
        counts = []
        for terms in groups:
            counts.append(TITLE_WEIGHT * len(match_spans(title, terms)) + len(match_spans(body, terms)))
        length = TITLE_WEIGHT * len(tokens(title)) + len(tokens(body))
        measured.append((row, counts, length))
    mean = sum(length for _, _, length in measured) / len(measured) if measured else 1.0
    scored = []
    for row, counts, length in measured:
        norm = 1 - B + B * (length / mean if mean else 1.0)
        score = sum(w * tf * (K1 + 1) / (tf + K1 * norm) for w, tf in zip(weights, counts) if tf)
        scored.append((score, row.key, row))
    scored.sort(key=lambda item: (-item[0], -item[1]))
    return [(row, score) for score, _, row in scored]
