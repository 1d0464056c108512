"""The PostgreSQL full-text backend of :mod:`humascrawl.search`: tsvector documents in a GIN index, keyed by
``search_key`` like the SQLite one (see :mod:`humascrawl.search.backends`)."""

from __future__ import annotations

import json
import time
import weakref

from sqlalchemy import text

from humascrawl.filters import ArticleFilter
from humascrawl.search.backends import Backend, Plan
from humascrawl.search.query import ALL_TOKEN, FACET_TOKEN, And, Node, Not, Term, to_tsquery


class PostgresBackend(Backend):
    name = "postgresql"
    table = "search_documents"
    key_expr = "search_key"
    id_expr = "article_id"
    # A date range or id bound tested on the rows the GIN index matched (their keys are in the small heap),
    # never through the key or primary-key index: the planner then tests `document @@` on every row of the
    # range, reading and decompressing each document (156 ms for a word in a 90-day range of 100,000 articles).
    range_key_expr = "(search_key + 0)"
    range_id_expr = "(article_id + 0)"
    score_expr = "ts_rank(d.document, to_tsquery('simple', :q))"

    def _settings(self) -> None:
        if self._configured:  # transaction-local settings, and one backend serves one statement group
            return
        self._configured = True
        # Without statistics that price the de-TOASTing, a sequential scan looks cheaper than the GIN index (an
        # EXISTS, stopped at the first match, too: for an absent word that would read every document).  A search
        # on a large archive is priced above jit_above_cost, and compiling it cost more than running it.
        self.session.execute(text("SELECT set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true)"))

    _configured = False

    # A query most documents match (`pol*`, `yang dan`) is cheaper read newest first along the key index, testing
    # each document, than collected whole from GIN and sorted: `pol*` in a 90-day range at 1M, 124 ms against 17.
    # Taken when the planner's statistics expect at least WALK_SHARE of the documents to match; the walk reads at
    # most WALK_FACTOR times the window's rows and, when that did not fill the window (a share misjudged, a range
    # with fewer matches), the same statement falls back to the GIN match.
    WALK_SHARE = 0.3
    WALK_FACTOR = 5

    def plan(self, node: Node | None, flt: ArticleFilter, after_id: int | None) -> Plan | None:
        self._settings()
        plan = super().plan(node, flt, after_id)
        if plan is None or node is None:
            return plan
        if self.estimated_share(plan) >= self.WALK_SHARE:
            plan.walk = True
            # Parallel workers would be started for the fallback even when it does not run (~5 ms).
            self.session.execute(text("SELECT set_config('max_parallel_workers_per_gather', '0', true)"))
        elif (flt.since or flt.until) and (loose := relaxed(node)) is not None:
            # GIN cannot test a phrase's word order: it re-reads every document holding the words, across the
            # whole archive, before the date range is tested (`"polda pos"` in 90 days at 1M: 142,000 documents
            # for 12 matches, 680 ms).  The words alone, then the range, leave the phrase to test on the range's
            # candidates only (170 ms).
            plan.params["loose_q"] = self.query_text(loose, plan.facet_tokens)
            plan.candidates = plan.where.replace(self.match_condition(), "document @@ to_tsquery('simple', :loose_q)")
        return plan

    def estimated_share(self, plan: Plan) -> float:
        """The share of all documents the planner's statistics expect the plan's query (not its ranges) to match."""
        total = self.session.execute(text(
            "SELECT reltuples FROM pg_class WHERE oid = 'search_documents'::regclass")).scalar() or 0
        if total <= 0:  # never analyzed
            return 0.0
        rows = self._estimated_rows(f"SELECT 1 FROM search_documents WHERE {self.match_condition()}",
                                    {"q": plan.params["q"]})
        return min(1.0, rows / total)

    def _estimated_rows(self, sql: str, params: dict) -> float:
        plan_json = self.session.execute(text(f"EXPLAIN (FORMAT JSON) {sql}"), params).scalar()
        if isinstance(plan_json, str):
            plan_json = json.loads(plan_json)
        return float(plan_json[0]["Plan"]["Plan Rows"])

    def attested(self, words: set[str]) -> set[str]:
        # A word in most documents costs its whole GIN posting list to probe (~15 ms for `kegiatan` at 1M): the
        # planner's statistics already name the most common lexemes (ANALYZE's sample saw them), so those are
        # not asked.  A filter-shaped word is asked, since only its title/text/meta positions count.
        common = {word for word in words & self.common_lexemes() if not FACET_TOKEN.fullmatch(word)}
        self._settings()
        return common | (super().attested(words - common) if words - common else set())

    COMMON_LEXEMES_TTL = 600.0

    def common_lexemes(self) -> frozenset[str]:
        """The document column's most common lexemes (pg_stats.most_common_elems), read once per
        COMMON_LEXEMES_TTL seconds per engine; empty before the first ANALYZE."""
        engine, now = self.archive_key(), time.monotonic()
        cached = _COMMON_LEXEMES.get(engine)
        if cached is None or now - cached[0] > self.COMMON_LEXEMES_TTL:
            lexemes = self.session.execute(text(
                "SELECT most_common_elems::text::text[] FROM pg_stats WHERE tablename = 'search_documents' "
                "AND attname = 'document' AND schemaname = current_schema()")).scalar()
            cached = _COMMON_LEXEMES[engine] = (now, frozenset(lexemes or ()))
        return cached[1]

    # GIN has no ordered scan to stop early in: counting even the first `cap` matches of a word in most
    # documents first collects all of them (~100 ms for "yang" at 1M articles).  When the planner's statistics
    # (ANALYZE: the most common lexemes and their shares) expect ESTIMATE_MARGIN times the cap, the count is the cap.
    ESTIMATE_MARGIN = 4

    def count(self, plan: Plan, cap: int) -> int:
        if self._estimated_rows(f"SELECT 1 FROM search_documents WHERE {plan.where}",
                                plan.params) >= self.ESTIMATE_MARGIN * cap:
            return cap
        return super().count(plan, cap)

    def window_sql(self, limit_param: str, with_score: bool, plan: Plan | None = None) -> str:
        # The planner prices `document @@ query` as cheap although each test de-TOASTs a tsvector, and walks the
        # key index testing every row (130 ms at 20,000 articles for a rare word); matching first through the
        # GIN index, then sorting, keeps a selective query fast.  Only the keys are carried to the sort (not the
        # documents: 1-2 kB each), and ts_rank reads the documents of the window alone.
        newest = (f"WITH m AS MATERIALIZED (SELECT article_id, search_key FROM search_documents WHERE {{where}}) "
                  f"SELECT article_id AS id, search_key AS key FROM m ORDER BY search_key DESC LIMIT :{limit_param}")
        if plan is not None and plan.candidates and not plan.walk:
            candidates = plan.candidates.replace("{", "{{").replace("}", "}}")
            newest = (f"WITH m AS MATERIALIZED (SELECT article_id, search_key FROM (SELECT article_id, search_key, "
                      f"document FROM search_documents WHERE {candidates} OFFSET 0) AS candidates "
                      f"WHERE {self.match_condition()}) "
                      f"SELECT article_id AS id, search_key AS key FROM m ORDER BY search_key DESC "
                      f"LIMIT :{limit_param}")
        if plan is not None and plan.walk:
            # The walk's rows are the newest matches when it found a full window; else the GIN match runs (its
            # one-time filter is false when the walk sufficed, and then it reads nothing).
            walked = (f"SELECT article_id, search_key FROM (SELECT article_id, search_key, document FROM "
                      f"search_documents WHERE search_key >= :lo AND search_key < :hi ORDER BY search_key DESC "
                      f"LIMIT :{limit_param} * {self.WALK_FACTOR}) AS newest WHERE {{where}} "
                      f"ORDER BY search_key DESC LIMIT :{limit_param}")
            newest = (f"WITH walked AS MATERIALIZED ({walked}), "
                      f"m AS MATERIALIZED (SELECT article_id, search_key FROM search_documents WHERE {{where}} "
                      f"AND (SELECT count(*) FROM walked) < :{limit_param}) "
                      f"SELECT article_id AS id, search_key AS key FROM walked "
                      f"WHERE (SELECT count(*) FROM walked) >= :{limit_param} "
                      f"UNION ALL (SELECT article_id, search_key FROM m ORDER BY search_key DESC LIMIT :{limit_param})")
        if not with_score:
            return newest
        return (f"SELECT w.id, w.key, {self.score_expr} AS score FROM ({newest}) AS w "
                f"JOIN search_documents d ON d.article_id = w.id")

    def attested_sql(self) -> str:
        # Weights only for a word shaped like a filter token (query.to_tsquery): a restriction makes the index
        # recheck the documents.
        return ("SELECT w FROM json_array_elements_text(CAST(:words AS json)) AS w WHERE EXISTS (SELECT 1 FROM "
                "search_documents WHERE document @@ to_tsquery('simple', quote_literal(w) || CASE WHEN w ~ "
                f"'^({FACET_TOKEN.pattern})$' THEN '\\:ABC' ELSE '' END))")

    def facet_token(self, letter: str, value: str) -> str:
        return self.session.execute(
            text("SELECT :l || encode(convert_to(lower(left(btrim(:v), 200)), 'UTF8'), 'hex')"),
            {"l": letter, "v": value}).scalar_one()

    def unit_tokens_sql(self) -> str:
        return ("SELECT 'u' || encode(convert_to(u, 'UTF8'), 'hex') FROM "
                "json_array_elements_text(CAST(:units AS json)) AS u "
                "WHERE EXISTS (SELECT 1 FROM article_facets WHERE kind = 'unit' AND value_norm = u)")

    def query_text(self, node: Node | None, facet_tokens: list[tuple[str, ...]]) -> str:
        parts = [to_tsquery(node)] if node is not None else []
        parts += ["(" + " | ".join(f"'{token}'" for token in group) + ")" for group in facet_tokens]
        return " & ".join(parts) if parts else f"'{ALL_TOKEN}'"

    def match_condition(self) -> str:
        return "document @@ to_tsquery('simple', :q)"


def relaxed(node: Node) -> Node | None:
    """The query with each phrase loosened to the AND of its words: a superset of its matches, which GIN answers
    from the index alone.  None when it has no phrase, or a phrase under NOT (loosened there, it would exclude
    more, not less)."""
    def has_phrase(n: Node) -> bool:
        if isinstance(n, Term):
            return len(n.tokens) > 1
        if isinstance(n, Not):
            return has_phrase(n.child)
        return any(has_phrase(child) for child in n.children)

    def loosen(n: Node) -> Node:
        if isinstance(n, Term):
            if len(n.tokens) == 1:
                return n
            last = len(n.tokens) - 1
            return And(tuple(Term((token,), prefix=n.prefix and i == last) for i, token in enumerate(n.tokens)))
        if isinstance(n, Not):
            if has_phrase(n.child):
                raise ValueError("a phrase under NOT")
            return n
        return type(n)(tuple(loosen(child) for child in n.children))

    if not has_phrase(node):
        return None
    try:
        return loosen(node)
    except ValueError:
        return None


# engine -> (read at, the most common lexemes): PostgresBackend.common_lexemes
_COMMON_LEXEMES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
