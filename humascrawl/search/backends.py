"""The two full-text indexes behind :mod:`humascrawl.search`: SQLite FTS5 here, PostgreSQL tsvector/GIN in
:mod:`humascrawl.search.postgres`.

Both are keyed by ``search_key = published_day * 2**32 + article id`` (migration 0003), so "the newest N
matches" is an index-order scan and ``--since``/``--until`` are key ranges.  A backend turns a parsed query and
a filter into a :class:`Plan` and writes the SQL of the match set; :mod:`humascrawl.search` does the rest in SQL
both databases share.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from humascrawl.filters import ArticleFilter
from humascrawl.units import units_of_polda
from humascrawl.search.query import (ALL_TOKEN, And, Node, Not, Term, could_meet_facets, positive_terms, to_fts5)

KEY_SHIFT = 32
ID_MASK = (1 << KEY_SHIFT) - 1
_EPOCH = date(1970, 1, 1).toordinal()
# Facet kind -> the token letter the migration's triggers use.
TOKEN_LETTER = {"site": "s", "unit": "u", "person": "p", "label": "l"}


def day_number(day: date) -> int:
    return day.toordinal() - _EPOCH


def day_of(number: int) -> date:
    return date.fromordinal(number + _EPOCH)


@dataclass
class Plan:
    """What the index is asked: the backend's query text, the key range and the id floor."""
    query: str
    params: dict
    where: str           # SQL condition on the index table (uses :q, :lo, :hi, :after_id)
    facet_tokens: list[tuple[str, ...]]   # each filter's tokens: an article must hold one token of every group
    walk: bool = False   # PostgreSQL: read the newest rows along the key index (PostgresBackend.WALK_SHARE)
    candidates: str | None = None   # PostgreSQL: a looser condition tested first (PostgresBackend.relaxed)


class Backend:
    name = ""
    id_expr = key_expr = score_expr = table = ""
    range_key_expr = range_id_expr = ""   # the key and id as the date range and after_id bounds test them

    def __init__(self, session: Session):
        self.session = session
        self._generation: int | None = None

    def plan(self, node: Node | None, flt: ArticleFilter, after_id: int | None) -> Plan | None:
        """The plan, or None when nothing can match (an unknown source, a Polda none of whose units is named)."""
        tokens: list[tuple[str, ...]] = []
        for kind, value in flt.facet_values().items():
            tokens.append((self.facet_token(TOKEN_LETTER[kind], value),))
        if flt.source:
            source_id = self.session.execute(text("SELECT id FROM sources WHERE name = :n"),
                                             {"n": flt.source}).scalar()
            if source_id is None:
                return None
            tokens.append((f"o{source_id}",))
        if flt.polda:
            # A Polda is any of its units (search.facets); only the spellings some article names are asked.
            unit_tokens = tuple(sorted(row[0] for row in self.session.execute(
                text(self.unit_tokens_sql()), {"units": json.dumps(units_of_polda(flt.polda))})))
            if not unit_tokens:
                return None
            tokens.append(unit_tokens)
        # Any date bound leaves out the articles without a date (key day 0).
        lo = day_number(flt.since) << KEY_SHIFT if flt.since else (1 << KEY_SHIFT if flt.until else -(1 << 62))
        hi = (day_number(flt.until) + 1) << KEY_SHIFT if flt.until else 1 << 62
        params = {"lo": lo, "hi": hi, "q": self.query_text(node, tokens)}
        where = self.match_condition()
        if flt.since or flt.until:  # an unbounded range would only tempt PostgreSQL's planner off the GIN index
            where += f" AND {self.range_key_expr} >= :lo AND {self.range_key_expr} < :hi"
        if after_id is not None:
            params["after_id"] = int(after_id)
            where += f" AND {self.range_id_expr} > :after_id"
        return Plan(params["q"], params, where, tokens)

    def window_sql(self, limit_param: str, with_score: bool, plan: Plan | None = None) -> str:
        """SELECT id, key[, score] of the newest matches, at most :limit_param of them (``{where}`` to fill)."""
        score = f", {self.score_expr} AS score" if with_score else ""
        return (f"SELECT {self.id_expr} AS id, {self.key_expr} AS key{score} FROM {self.table} "
                f"WHERE {{where}} ORDER BY {self.key_expr} DESC LIMIT :{limit_param}")

    def scored_window_sql(self, plan: Plan, node: Node | None) -> tuple[str, dict]:
        """SELECT id, key, score of the newest :window matches, and any extra parameters."""
        return self.window_sql("window", with_score=True, plan=plan).format(where=plan.where), {}

    def per_day_sql(self) -> str:
        return (f"SELECT {self.key_expr} / {1 << KEY_SHIFT} AS day, count(*) FROM {self.table} "
                f"WHERE {{where}} AND {self.key_expr} >= {1 << KEY_SHIFT} GROUP BY day ORDER BY day")

    def count_sql(self) -> str:
        return f"SELECT count(*) FROM (SELECT 1 FROM {self.table} WHERE {{where}} LIMIT :cap) AS capped"

    def count(self, plan: Plan, cap: int) -> int:
        """The number of matches, counted up to ``cap``."""
        return int(self.session.execute(text(self.count_sql().format(where=plan.where)),
                                        {**plan.params, "cap": cap}).scalar() or 0)

    def attested(self, words: set[str]) -> set[str]:
        """The words the index holds in an article's title, text or meta (the stemmer's vocabulary)."""
        words = sorted(w for w in words if w.isalnum())
        found: set[str] = set()
        for start in range(0, len(words), self.ATTESTED_BATCH):
            batch = words[start:start + self.ATTESTED_BATCH]
            found.update(row[0] for row in self.session.execute(text(self.attested_sql()),
                                                                {"words": json.dumps(batch)}))
        return found

    ATTESTED_BATCH = 500

    def archive_key(self) -> object:
        """The engine: what search.vocabulary remembers the index's words by."""
        bind = self.session.get_bind()
        return getattr(bind, "engine", bind)

    def generation(self) -> int:
        """Changes when an article is added: the largest article id (an index probe, once per backend)."""
        if self._generation is None:
            self._generation = int(self.session.execute(text("SELECT coalesce(max(id), 0) FROM articles")).scalar()
                                   or 0)
        return self._generation

    # backend specifics
    def attested_sql(self) -> str:
        raise NotImplementedError

    def facet_token(self, letter: str, value: str) -> str:
        raise NotImplementedError

    def unit_tokens_sql(self) -> str:
        """The unit tokens (as the triggers index them) of the values in the JSON list :units that some article
        has: one index probe each, stopped at its first article."""
        raise NotImplementedError

    def query_text(self, node: Node | None, facet_tokens: list[tuple[str, ...]]) -> str:
        raise NotImplementedError

    def match_condition(self) -> str:
        raise NotImplementedError


class SqliteBackend(Backend):
    name = "sqlite"
    table = "search_fts"
    key_expr = range_key_expr = "rowid"
    id_expr = range_id_expr = f"(rowid & {ID_MASK})"
    # bm25 weights per column: title, text, meta, facets (filter tokens do not rank). Negated: higher = better.
    score_expr = "-bm25(search_fts, 3.0, 1.0, 0.5, 0.0)"

    def attested_sql(self) -> str:
        # One MATCH per word, stopped at its first article: a common word costs what a rare one does.
        return ("SELECT value FROM json_each(:words) WHERE EXISTS (SELECT 1 FROM search_fts WHERE search_fts "
                "MATCH '{title text meta} : \"' || value || '\"')")

    def facet_token(self, letter: str, value: str) -> str:
        # The same expression the triggers index (hex of lower(substr(trim(value), 1, 200))).
        return self.session.execute(text("SELECT :l || hex(lower(substr(trim(:v), 1, 200)))"),
                                    {"l": letter, "v": value}).scalar_one()

    def unit_tokens_sql(self) -> str:
        return ("SELECT 'u' || hex(j.value) FROM json_each(:units) AS j WHERE EXISTS (SELECT 1 FROM article_facets f "
                "WHERE f.kind = 'unit' AND f.value_norm = j.value)")

    @staticmethod
    def facet_clause(group: tuple[str, ...]) -> str:
        return "facets : (" + " OR ".join(f'"{token}"' for token in group) + ")"

    def query_text(self, node: Node | None, facet_tokens: list[tuple[str, ...]]) -> str:
        parts = [to_fts5(node, column_filter=could_meet_facets(node))] if node is not None else []
        parts += [self.facet_clause(group) for group in facet_tokens]
        return " AND ".join(parts) if parts else f'facets : "{ALL_TOKEN}"'

    def match_condition(self) -> str:
        return "search_fts MATCH :q"

    # bm25 first counts, over the whole index, the articles containing each phrase of the query (its IDF):
    # for a word in a large share of the articles ("yang", "polres", "personel") that scan costs more than all
    # the rest of the query.  A phrase in at least half of the articles gets no weight at all (FTS5 clamps its
    # IDF to 1e-6), and one in a fifth of them little (IDF ln 4 against ~7 for a rare word), so phrases above
    # FREQUENT_SHARE are left out of the expression that ranks -- except the rarest word of the query when all
    # of them are frequent (and below half), so that "personel petugas" is still ranked by how much it says
    # about them.  The match itself still requires every word.
    COMMON_SAMPLE = 2000
    FREQUENT_SHARE = 0.2

    def token_shares(self, tokens: set[str]) -> dict[str, float]:
        """The share of the newest COMMON_SAMPLE articles holding each token (``pol*``: a word starting so, read
        from the prefix index), an estimate of the whole; empty for a small archive, where counting is cheap."""
        floor = self.session.execute(text(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH :all ORDER BY rowid DESC LIMIT 1 OFFSET :k"),
            {"all": f'facets : "{ALL_TOKEN}"', "k": self.COMMON_SAMPLE - 1}).scalar()
        if floor is None:
            return {}
        shares = {}
        for token in tokens:
            match = f'"{token[:-1]}" *' if token.endswith("*") else f'"{token}"'
            count = self.session.execute(text(
                "SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH :m AND rowid >= :floor)"),
                {"m": match, "floor": floor}).scalar()
            shares[token] = count / self.COMMON_SAMPLE
        return shares

    def scored_window_sql(self, plan: Plan, node: Node | None) -> tuple[str, dict]:
        terms = positive_terms(node)
        shares = self.token_shares({t for term in terms for t in _share_keys(term)})
        frequent = {token for token, share in shares.items() if share >= self.FREQUENT_SHARE}
        if not frequent and (not terms or any(term.prefix for term in terms) or not could_meet_facets(node)):
            # One scan, not two, when the match's own bm25 count is as cheap as the ranking scan's (no column
            # filter), or a prefix would be expanded into one merged list for each scan that names it.
            return super().scored_window_sql(plan, node)
        # An expanded query (search.expand) names forms and synonyms the sample may not hold: they rank nothing.
        present = [term for term in terms if term.prefix or all(shares.get(t, 1.0) > 0 for t in term.tokens)]
        ranking = [term for term in present if not set(_share_keys(term)) <= frequent]
        if not ranking and present:
            rarest = min(present, key=lambda term: min(shares[t] for t in _share_keys(term)))
            if min(shares[t] for t in _share_keys(rarest)) < 0.5:
                ranking = [rarest]
        window = self.window_sql("window", with_score=False).format(where=plan.where)
        if not ranking:
            return f"SELECT id, key, 0.0 AS score FROM ({window})", {}
        # When the query requires every word, so does the ranking scan: an OR would score every article of the
        # span holding any one of them (19,000 bm25 calls for a 79-article window of three place names).
        required = isinstance(node, Term) or (
            isinstance(node, And) and all(isinstance(child, (Term, Not)) for child in node.children))
        joiner = " AND " if required else " OR "
        rank_query = "(" + joiner.join(f"({_rank_phrase(term)})" for term in ranking) + ")" + "".join(
            f" AND {self.facet_clause(group)}" for group in plan.facet_tokens)
        # The ranking scan covers the window's key span only, and may meet a few articles outside the window.
        return (f"WITH w0 AS MATERIALIZED ({window}), "
                f"r AS MATERIALIZED (SELECT rowid AS key, {self.score_expr} AS score FROM search_fts "
                f"WHERE search_fts MATCH :rank_q AND rowid >= (SELECT min(key) FROM w0) "
                f"AND rowid <= (SELECT max(key) FROM w0)) "
                f"SELECT w0.id, w0.key, coalesce(r.score, 0.0) AS score FROM w0 LEFT JOIN r ON r.key = w0.key",
                {"rank_q": rank_query})


def _share_keys(term: Term) -> list[str]:
    """What token_shares counts for a term: its words, the last one as ``word*`` when it is a prefix."""
    return [*term.tokens[:-1], term.tokens[-1] + ("*" if term.prefix else "")]


def _rank_phrase(term: Term) -> str:
    """A ranked term for the ranking scan, which only scores the rows the match found.

    bm25 first counts a word's articles over the whole index, the dearest part of a search on a large archive;
    with the {title text meta} filter FTS5 reads every position list to count them.  Without it the count also
    takes in the facets column, which holds only filter tokens, so a word's weight is the same -- unless the
    word has the shape of one (could_meet_facets)."""
    return to_fts5(term, column_filter=could_meet_facets(term))


def backend_for(session: Session) -> Backend:
    from humascrawl.search.postgres import PostgresBackend  # it builds on Backend: imported here, not at the top

    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        return SqliteBackend(session)
    if dialect == "postgresql":
        return PostgresBackend(session)
    raise RuntimeError(f"search does not support the {dialect} database")
