"""Full-text search of the archive: query parsing, SQLite FTS5 and PostgreSQL backends, facets.

Ranking: the newest :data:`RANK_WINDOW` matches (by published day, then id) are ranked by bm25 (SQLite) or
ts_rank (PostgreSQL) — a common word matching half the archive costs the same as a rare one.  Totals above the
window are reported as a lower bound (``SearchResult.capped``).  Facet counts cover the newest
:data:`FACET_WINDOW` matches; :func:`per_day` counts every match.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from humascrawl.filters import ArticleFilter
from humascrawl.search.backends import backend_for, day_of
from humascrawl.search.expand import expand
from humascrawl.search.query import Node, QueryError, parse, positive_terms
from humascrawl.search.rerank import POOL, part_weights, required_parts, rerank
from humascrawl.search.stemmer import Stemmer
from humascrawl.search.vocabulary import VOCABULARY
from humascrawl.search.snippets import Segments, marked_text, snippet
from humascrawl.storage.articles import hit_rows_by_ids, outlet_names
from humascrawl.units import unit_polda_map
from humascrawl.storage.clusters import cluster_sizes

# Ranking every match of a common word costs what the word's article count does (bm25 / ts_rank per match):
# on a 1M archive "yang" matches ~90 % of it.  The newest 1,000 matches are ranked instead; an analyst reads
# the first pages, and the total then reads "1,000+" (SearchResult.capped).
RANK_WINDOW = 1000
# Candidate words one query may ask the index about while expanding (~100-1,200 for a typical word; a 32-word
# query of long affixed words could ask 30,000): past it the remaining words are searched as typed.
MAX_WORDS_ASKED = 8000
FACET_WINDOW = 5000
FACET_KINDS = ("site", "polda", "unit", "month")

__all__ = ["QueryError", "Hit", "SearchResult", "search", "facets", "per_day", "matching_ids", "query_tree",
           "RANK_WINDOW"]


@dataclass
class Hit:
    article_id: int
    url: str
    canonical_url: str
    site: str | None
    site_name: str | None
    title: str | None
    published: str | None
    source_credit: str | None
    units: list[str]
    cluster: int | None
    score: float
    snippet: Segments                    # text segments; True = matched term (plain text, not HTML)
    copies: int = 1                      # collapse=True: articles in the archive carrying this release
    outlets: int = 1                     # collapse=True: distinct sites among them
    outlet: str = ""                     # the outlet's name: site_name, else the site's (outlet_names), else host

    def to_json(self) -> dict[str, Any]:
        """The hit's article fields plus outlet (its name), score, snippet (matched words in « »),
        snippet_segments and copies."""
        return {
            "article_id": self.article_id, "url": self.url, "canonical_url": self.canonical_url,
            "site": self.site, "site_name": self.site_name, "outlet": self.outlet, "title": self.title,
            "published": self.published,
            "source_credit": self.source_credit, "units": self.units, "cluster": self.cluster,
            "score": round(self.score, 6), "snippet": marked_text(self.snippet),
            "snippet_segments": [[part, marked] for part, marked in self.snippet],
            "copies": self.copies, "outlets": self.outlets,
        }


@dataclass
class SearchResult:
    hits: list[Hit]
    total: int
    query: str
    capped: bool = False                 # total is a lower bound ("1,000+"): more matches, not counted
    filters: dict[str, Any] = field(default_factory=dict)

    @property
    def total_text(self) -> str:
        return f"{self.total:,}+" if self.capped else f"{self.total:,}"


def query_tree(backend, query: str, exact: bool = False) -> Node | None:
    """The parsed query, expanded to word forms and synonyms unless ``exact`` (see search.expand).
    Raises QueryError for a malformed query."""
    node = parse(query)
    if exact or node is None:
        return node
    known: dict[str, bool] = {}
    archive, generation = backend.archive_key(), backend.generation()

    def attested(words: set[str]) -> set[str]:  # each word asked of the index once per query
        unknown = words - known.keys()
        if len(known) + len(unknown) > MAX_WORDS_ASKED:
            return words & {word for word, seen in known.items() if seen}  # past the bound: words as typed
        if unknown:
            found = VOCABULARY.attested(archive, generation, unknown, backend.attested)
            known.update((word, word in found) for word in unknown)
        return {word for word in words if known[word]}

    return expand(node, Stemmer(attested))


def search(session: Session, query: str, filters: ArticleFilter = ArticleFilter(), *, limit: int = 20,
           offset: int = 0, collapse: bool = False, order: str = "rank", after_id: int | None = None,
           exact: bool = False) -> SearchResult:
    """Search the archive; ``order`` is "rank" or "newest"; an empty query lists the filtered articles, newest
    first; ``exact``: the words as typed, no word forms or synonyms.  Raises QueryError for a malformed query."""
    if order not in ("rank", "newest"):
        raise ValueError(f"order must be 'rank' or 'newest', not {order!r}")
    backend = backend_for(session)
    node = query_tree(backend, query, exact)
    result = SearchResult([], 0, query, filters=filters.describe())
    plan = backend.plan(node, filters, after_id)
    if plan is None or limit <= 0:
        return result
    ranked = order == "rank" and node is not None
    window = RANK_WINDOW if ranked or collapse else offset + limit
    if ranked:
        window_sql, extra = backend.scored_window_sql(plan, node)
    else:  # newest first: no ranking, so no bm25 / ts_rank work at all
        unscored = backend.window_sql("window", with_score=False, plan=plan).format(where=plan.where)
        window_sql, extra = f"SELECT id, key, 0.0 AS score FROM ({unscored}) AS unscored", {}
    order_by = "score DESC, key DESC" if ranked else "key DESC"
    if collapse:
        sql = (f"WITH w AS ({window_sql}), "
               f"g AS (SELECT w.id, w.key, w.score, coalesce(a.cluster, -a.id) AS grp, "
               f"row_number() OVER (PARTITION BY coalesce(a.cluster, -a.id) ORDER BY {order_by}) AS rn "
               f"FROM w JOIN articles a ON a.id = w.id), "
               f"b AS (SELECT id, key, score, count(*) OVER () AS total FROM g WHERE rn = 1) "
               f"SELECT id, key, score, total, (SELECT count(*) FROM w) AS raw FROM b "
               f"ORDER BY {order_by} LIMIT :limit OFFSET :offset")
    else:
        sql = (f"WITH w AS ({window_sql}) SELECT id, key, score, count(*) OVER () AS total, 0 AS raw FROM w "
               f"ORDER BY {order_by} LIMIT :limit OFFSET :offset")
    # The first POOL ranked matches are re-scored alike on both backends (search.rerank): fetched from the top.
    pooled = ranked and offset < POOL
    params = {**plan.params, **extra, "window": window, "limit": max(POOL, offset + limit) if pooled else limit,
              "offset": 0 if pooled else offset}
    rows = session.execute(text(sql), params).all()
    if ranked or collapse:
        first = rows[0] if rows else None
        if first is None and offset > 0:  # past the last page: the totals still say what there is
            first = session.execute(text(sql), {**params, "limit": 1, "offset": 0}).first()
        if first is not None:
            result.total = int(first.total)
            result.capped = (first.raw if collapse else first.total) >= window
    else:
        result.total, result.capped = _count(session, backend, plan, RANK_WINDOW)
    articles, scores = {}, {}
    if pooled and rows:
        parts = required_parts(node)
        articles = hit_rows_by_ids(session, [row.id for row in rows[:POOL]])
        ordered = rerank(rows[:POOL], articles, parts, part_weights(session, backend, parts))
        scores = {row.id: score for row, score in ordered}
        rows = ([row for row, _ in ordered] + rows[POOL:])[offset:offset + limit]
    result.hits = _hits(session, rows, positive_terms(node), collapse, articles, scores)
    return result


def _count(session: Session, backend, plan, cap: int) -> tuple[int, bool]:
    total = backend.count(plan, cap)
    return total, total >= cap


def _hits(session: Session, rows, terms, collapse: bool, fetched: dict, scores: dict) -> list[Hit]:
    if not rows:
        return []
    # The hit's columns only, as plain rows: loading whole ORM objects cost more than the snippets.
    missing = [row.id for row in rows if row.id not in fetched]
    articles = {**fetched, **(hit_rows_by_ids(session, missing) if missing else {})}
    clusters = {a.cluster for a in articles.values() if a.cluster is not None}
    copies = cluster_sizes(session, clusters) if collapse else {}
    unnamed = outlet_names(session, [a.site for a in articles.values() if not (a.site_name or "").strip()])
    hits = []
    for row in rows:
        art = articles.get(row.id)
        if art is None:
            continue  # deleted between the two statements
        n, sites = copies.get(art.cluster, (1, 1)) if collapse else (1, 1)
        hits.append(Hit(
            article_id=art.id, url=art.url, canonical_url=art.canonical_url, site=art.site,
            site_name=art.site_name, title=art.title, published=art.published, source_credit=art.source_credit,
            units=list(art.units or []), cluster=art.cluster, score=scores.get(row.id, float(row.score or 0.0)),
            snippet=snippet(art.text or "", terms), copies=n, outlets=sites,
            outlet=(art.site_name or "").strip() or unnamed.get(art.site or "") or art.site or "?",
        ))
    return hits


def facets(session: Session, query: str, filters: ArticleFilter = ArticleFilter(), *,
           size: int = 10, exact: bool = False) -> dict[str, list[tuple[str, int]]]:
    """The most frequent site, Polda, unit and month (YYYY-MM) among the newest FACET_WINDOW matches.

    An article counts once for each Polda its units belong to (``Polda Kalbar`` itself, ``Polres Ketapang``: see
    :func:`humascrawl.units.polda_of_unit`), however many of them it names; the site values are hosts, named by
    :func:`humascrawl.storage.articles.outlet_names`."""
    found: dict[str, list[tuple[str, int]]] = {kind: [] for kind in FACET_KINDS}
    backend = backend_for(session)
    node = query_tree(backend, query, exact)
    plan = backend.plan(node, filters, None)
    if plan is None:
        return found
    window_sql = backend.window_sql("window", with_score=False, plan=plan).format(where=plan.where)
    # One statement: the window and its facet rows are read once (a second statement for the Polda would run
    # the match again: twice the time on PostgreSQL); the units are looked up in the whole unit -> Polda table.
    sql = (f"WITH w AS ({window_sql}), f AS MATERIALIZED (SELECT f.kind, f.value_norm, f.value, f.article_id "
           f"FROM w JOIN article_facets f ON f.article_id = w.id WHERE f.kind IN ('site', 'unit', 'month')), "
           f"m AS MATERIALIZED ({_POLDA_MAP_SQL[backend.name]}) "
           f"SELECT f.kind, min(f.value) AS value, count(*) AS n FROM f GROUP BY f.kind, f.value_norm "
           f"UNION ALL SELECT 'polda', m.polda, count(DISTINCT f.article_id) FROM f JOIN m ON m.unit = f.value_norm "
           f"WHERE f.kind = 'unit' GROUP BY m.polda")
    params = {**plan.params, "window": FACET_WINDOW, "polda_map": _polda_map_json()}
    counted = [(kind, value, int(n)) for kind, value, n in session.execute(text(sql), params)]
    for kind, value, n in sorted(counted, key=lambda r: (-r[2], r[1])):
        if len(found[kind]) < size:
            found[kind].append((value, n))
    return found


# Unit (lower case) -> its Polda, from a JSON object: the window's units are looked up in it by the database.
_POLDA_MAP_SQL = {
    "sqlite": "SELECT key AS unit, value AS polda FROM json_each(:polda_map)",
    "postgresql": "SELECT key AS unit, value AS polda FROM json_each_text(CAST(:polda_map AS json))",
}


@lru_cache(maxsize=1)
def _polda_map_json() -> str:
    return json.dumps(unit_polda_map(), ensure_ascii=False)


def per_day(session: Session, query: str, filters: ArticleFilter = ArticleFilter(), *,
            exact: bool = False) -> list[tuple[str, int]]:
    """Matches per published day ("YYYY-MM-DD", n), ascending; articles without a date are left out."""
    backend = backend_for(session)
    node = query_tree(backend, query, exact)
    plan = backend.plan(node, filters, None)
    if plan is None:
        return []
    rows = session.execute(text(backend.per_day_sql().format(where=plan.where)), plan.params).all()
    return [(day_of(int(day)).isoformat(), int(n)) for day, n in rows]


def matching_ids(session: Session, query: str, filters: ArticleFilter, after_id: int, *,
                 exact: bool = False) -> list[int]:
    """Ids of every article matching the query and filters with id > after_id, ascending: the whole match
    set, no window or cap (what alerts scan).  Raises QueryError for a malformed query."""
    backend = backend_for(session)
    plan = backend.plan(query_tree(backend, query, exact), filters, after_id)
    if plan is None:
        return []
    rows = session.execute(text(f"SELECT {backend.id_expr} AS id FROM {backend.table} WHERE {plan.where}"),
                           plan.params)
    return sorted({int(row.id) for row in rows})
