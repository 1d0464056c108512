"""Full-text search: the query language, the index kept by triggers, filters, ranking, collapse, facets, the CLI.

The archive tests run on SQLite (FTS5) and on the real PostgreSQL server (tsvector + GIN).
"""

from __future__ import annotations

import json
import random
import re
import uuid
from dataclasses import replace
from datetime import date

import pytest
import sqlalchemy
from sqlalchemy import select, text

from conftest import PG_ADMIN_URL, run_cli
from humascrawl import items
from humascrawl.config import Source
from humascrawl.filters import FACET_KINDS, ArticleFilter
from humascrawl.items import ARTICLE_FIELDS, FetchedPage
from humascrawl.search import QueryError, facets, matching_ids, per_day, search
from humascrawl.search.backends import TOKEN_LETTER
from humascrawl.search.query import And, Not, Or, Term, parse, positive_terms, to_fts5, to_tsquery
from humascrawl.search.snippets import SNIPPET_CHARS, SNIPPET_SCAN_CHARS, highlight, marked_text, snippet
from humascrawl.storage.archive import Archive
from humascrawl.storage.articles import filter_conditions
from humascrawl.storage.models import Article, ArticleFacet

# ------------------------------------------------------------------ the query language


def test_words_are_folded_and_implicitly_anded():
    assert parse("Polrés  KETAPANG") == And((Term(("polres",)), Term(("ketapang",))))
    assert parse("polres") == Term(("polres",))


def test_phrases_prefixes_and_operators():
    assert parse('"Polres Ketapang"') == Term(("polres", "ketapang"))
    assert parse("polr*") == Term(("polr",), prefix=True)
    assert parse('"kapolres ketap"*') == Term(("kapolres", "ketap"), prefix=True)
    assert parse("a OR b") == Or((Term(("a",)), Term(("b",))))
    assert parse("sabu NOT ganja") == And((Term(("sabu",)), Not(Term(("ganja",)))))
    assert parse("sabu -ganja") == parse("sabu NOT ganja")
    assert parse("sabu AND ganja") == parse("sabu ganja")
    # implicit AND binds tighter than OR; parentheses group
    assert parse("a OR b c") == Or((Term(("a",)), And((Term(("b",)), Term(("c",))))))
    assert parse("(a OR b) c") == And((Or((Term(("a",)), Term(("b",)))), Term(("c",))))
    # lower-case operators are words; a hyphenated word is a phrase, not NOT
    assert parse("narkoba and sabu") == And((Term(("narkoba",)), Term(("and",)), Term(("sabu",))))
    assert parse("covid-19") == Term(("covid", "19"))
    assert parse("") is None and parse("   ") is None


def test_positive_terms_leave_out_negated_ones():
    terms = positive_terms(parse('"polres ketapang" OR sabu -ganja'))
    assert [t.tokens for t in terms] == [("polres", "ketapang"), ("sabu",)]


@pytest.mark.parametrize("query, message", [
    ('"polres ketapang', "unbalanced quote"),
    ("(polres OR sabu", "never closed"),
    ("polres)", "without '('"),
    ("AND polres", "AND needs a term"),
    ("polres AND", "AND needs a term"),
    ("OR", "OR needs a term"),
    ("polres OR", "OR needs a term"),
    ("NOT", "NOT needs a term"),
    ("polres NOT", "NOT needs a term"),
    ("()", "empty parentheses"),
    ("&& !!", "no words to search for"),
    ("p*", "at least 3 letters"),
    ("x" * 501, "longer than"),
    ("(" * 20 + "a" + ")" * 20, "nested deeper"),
    (" ".join(f"w{i}" for i in range(40)), "more than"),
])
def test_malformed_queries_raise_query_error(query, message):
    with pytest.raises(QueryError, match=re.escape(message)):
        parse(query)


INJECTIONS = ['title:polres', 'polres" OR "x', '{title}: polres', 'NEAR(polres ketapang)', '^polres',
              "'; DROP TABLE articles; --", 'polres + sabu', 'col:"x" * :', "'polres' & !sabu | xyz:*"]


@pytest.mark.parametrize("query", INJECTIONS)
def test_user_text_never_reaches_the_backend_syntax(query):
    node = parse(query)
    fts = to_fts5(node)
    # Outside double quotes only our own syntax remains: column filters, operators, parentheses, *.
    outside = re.sub(r'"[a-z0-9 ]*"', "", fts)
    assert re.fullmatch(r"[\s(){}:*]*((title|text|meta|facets|AND|OR|NOT)[\s(){}:*]*)*", outside), fts
    tsq = to_tsquery(node)
    assert re.fullmatch(r"[\s()&|!<\->:*ABC]*(('[a-z0-9]+')[\s()&|!<\->:*ABC]*)*", tsq), tsq


# ------------------------------------------------------------------ snippets


def test_snippet_marks_matches_in_context():
    terms = positive_terms(parse('"polres ketapang" sabu'))
    parts = snippet("Satresnarkoba Polrés Ketapang mengungkap peredaran sabu di Ketapang.", terms)
    assert [p for p, marked in parts if marked] == ["Polrés Ketapang", "sabu"]
    assert "".join(p for p, _ in parts) == "Satresnarkoba Polrés Ketapang mengungkap peredaran sabu di Ketapang."
    assert marked_text(parts).startswith("Satresnarkoba «Polrés Ketapang» mengungkap peredaran «sabu»")


def test_snippet_of_a_long_text_is_a_window_around_the_matches():
    words = [f"kata{i}" for i in range(400)]
    words[300] = "narkoba"
    parts = snippet(" ".join(words), positive_terms(parse("narkoba")))
    joined = "".join(p for p, _ in parts)
    assert joined.startswith("… ") and joined.endswith(" …") and len(joined) < 300
    assert ("narkoba", True) in parts
    assert snippet("Tanpa kecocokan apa pun di sini.", positive_terms(parse("sabu"))) == \
        [("Tanpa kecocokan apa pun di sini.", False)]


@pytest.mark.timeout(60)  # a hang bound, not a speed test: this took minutes when the work was quadratic
@pytest.mark.parametrize("accent", ["", "Polrés "])  # the ASCII and the Unicode-folding match paths
def test_snippet_of_a_multi_megabyte_article_with_a_common_word(accent):
    rng = random.Random(3)
    words = "polres yang menggelar patroli dan warga di desa yang aman".split()
    text = accent + " ".join(rng.choice(words) for _ in range(1_000_000))  # ~5.8 MB, 'yang' every 5 words
    assert len(text) > 5_000_000
    parts = snippet(text, positive_terms(parse("yang warga")))
    joined = "".join(p for p, _ in parts)
    assert len(joined) < SNIPPET_CHARS + 10 and joined.endswith(" …")
    assert {p.lower() for p, marked in parts if marked} == {"yang", "warga"}


def test_snippet_looks_for_matches_in_the_opening_only():
    filler = "kata " * (SNIPPET_SCAN_CHARS // 5)
    parts = snippet(filler + "narkoba di akhir", positive_terms(parse("narkoba")))
    joined = "".join(p for p, _ in parts)
    assert joined.startswith("kata kata") and joined.endswith(" …") and not any(m for _, m in parts)
    near = snippet(filler[: SNIPPET_SCAN_CHARS // 2] + "narkoba " + filler, positive_terms(parse("narkoba")))
    assert ("narkoba", True) in near


def test_a_match_inside_a_longer_word_is_skipped_and_the_next_one_found():
    # "ba ba" first occurs inside "aba ba" (no word start there); the one overlapping it must still be found.
    parts = highlight("Aba ba BA ba; kapolres polres", positive_terms(parse('"ba ba" polres')))
    assert [p for p, marked in parts if marked] == ["ba BA", "polres"]


def test_prefix_highlight_and_no_html_escaping():
    parts = highlight("<b>KAPOLRES</b> dan Polresta", positive_terms(parse("polres*")))
    assert parts == [("<b>KAPOLRES</b> dan ", False), ("Polresta", True)]


# ------------------------------------------------------------------ the archive

SOURCES = [Source(name="kalimantanpost", url="https://www.kalimantanpost.online/", platform="blogger"),
           Source(name="borneo", url="https://beritaborneo.com/", platform="wordpress")]

ARTICLES = {
    "sabu": dict(source="kalimantanpost", site="kalimantanpost.online",
                 title="Polres Ketapang Ungkap Peredaran Sabu",
                 text="Satresnarkoba Polres Ketapang mengungkap peredaran narkoba jenis sabu di Kecamatan Delta Pawan. "
                      "Kapolres menyampaikan tersangka diamankan bersama barang bukti.",
                 published="2024-05-15T10:00:00+07:00", units=["Polres Ketapang", "Polda Kalbar"],
                 persons=[{"name": "Raden Petit Wijaya", "rank": "AKBP", "position": "Kapolres Ketapang"}],
                 labels=["Hukum", "Narkoba"]),
    "sabu-copy": dict(source="borneo", site="beritaborneo.com",
                      title="Peredaran Sabu di Ketapang Diungkap",
                      text="Polres Ketapang mengungkap peredaran narkoba jenis sabu. Tersangka diamankan bersama barang "
                           "bukti di Delta Pawan.",
                      published="2024-05-16T08:00:00+07:00", units=["Polres Ketapang"], labels=["Kriminal"]),
    "ketupat": dict(source="kalimantanpost", site="kalimantanpost.online", title="Operasi Ketupat Kapuas 2024",
                    text="Personel Polres Sanggau melaksanakan pengamanan arus mudik lalu lintas di jalur Trans "
                         "Kalimantan. Di Ketapang situasi lalu lintas lancar.",
                    published="2024-04-10", units=["Polres Sanggau"], labels=["Lalu Lintas"],
                    persons=[{"name": "Yudi Setiawan", "rank": "Iptu", "position": None}]),
    "natal": dict(source="borneo", site="beritaborneo.com", title="Rapat Koordinasi Pengamanan Natal",
                  text="Kapolrés Sanggau menghadiri rapat koordinasi pengamanan Natal bersama Forkopimda. "
                       "Operasi lilin dimulai pekan depan; ketupat dibagikan kepada warga.",
                  published="2023-12-20T09:30:00+07:00", units=["Polres Sanggau", "Polda Kalbar"],
                  labels=["Humas"]),
    "polresta": dict(source="borneo", site="beritaborneo.com", title="Polresta Pontianak Gelar Patroli",
                     text="Polresta Pontianak bersama Polri menggelar patroli skala besar malam tahun baru.",
                     published="2024-12-31T22:00:00+07:00", units=["Polresta Pontianak"], labels=["HUMAS"]),
    "undated": dict(source="kalimantanpost", site="kalimantanpost.online", title="Bakti Sosial Tanpa Tanggal",
                    text="Bakti sosial pembagian sembako kepada warga kurang mampu.", published=None,
                    units=[], labels=[]),
}


def fetched(key: str, **changes) -> FetchedPage:
    spec = {**ARTICLES[key], **changes}
    url = f"https://www.{spec['site']}/2024/05/{key}.html"
    article = items.Article(url=url, canonical_url=url, site_name=spec["site"].capitalize(), language="id",
                            source_credit="Humas Polres Ketapang" if key == "sabu" else None,
                            content_hash=f"hash-{key}-{len(spec['text'])}", persons=[])
    article = replace(article, **{k: v for k, v in spec.items() if k != "source"})
    return FetchedPage(source=spec["source"], url=url, status=200, body=b"<html></html>",
                       headers={"Content-Type": "text/html"}, feed_updated=None, article=article,
                       extractor_version="test")


def build(url: str) -> tuple[Archive, dict[str, int]]:
    archive = Archive.open(url)
    archive.sync_sources(SOURCES)
    assert archive.store_pages([fetched(key) for key in ARTICLES]) == ["new"] * len(ARTICLES)
    with archive.session.begin() as session:
        ids = {key: session.scalar(select(Article.id).where(Article.canonical_url.like(f"%/{key}.html")))
               for key in ARTICLES}
        # the two copies of one release (clustering itself is tested in test_clusters.py)
        session.execute(text("UPDATE articles SET cluster = :c WHERE id IN (:a, :b)"),
                        {"c": ids["sabu"], "a": ids["sabu"], "b": ids["sabu-copy"]})
    return archive, ids


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def corpus(request, tmp_path_factory):
    """One archive per backend with the ARTICLES, shared by the read-only tests of this module."""
    if request.param == "sqlite":
        archive, ids = build(f"sqlite:///{tmp_path_factory.mktemp('search') / 'archive.sqlite3'}")
        yield archive, ids
        archive.close()
        return
    pytest.importorskip("psycopg")
    admin = sqlalchemy.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"humascrawl_test_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    except Exception as exc:  # noqa: BLE001 - no server here
        pytest.skip(f"PostgreSQL is not reachable at {PG_ADMIN_URL}: {str(exc).splitlines()[0]}")
    archive, ids = build(PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}")
    yield archive, ids
    archive.close()
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


def found(corpus, query: str, flt: ArticleFilter = ArticleFilter(), **kwargs) -> list[str]:
    archive, ids = corpus
    names = {v: k for k, v in ids.items()}
    with archive.session() as session:
        return [names[hit.article_id] for hit in search(session, query, flt, **kwargs).hits]


def test_case_and_accents_do_not_matter(corpus):
    assert set(found(corpus, "POLRÉS")) == {"sabu", "sabu-copy", "ketupat", "natal"}  # natal: its unit
    assert set(found(corpus, "kapolres")) == {"sabu", "natal"}  # "Kapolrés" in natal
    assert found(corpus, "kapolrés sanggau") == ["natal"]


def test_phrase_prefix_boolean_queries(corpus):
    assert set(found(corpus, '"polres ketapang"')) == {"sabu", "sabu-copy"}   # ketupat has both words apart
    assert set(found(corpus, "ketapang")) == {"sabu", "sabu-copy", "ketupat"}
    assert set(found(corpus, "polres*")) == {"sabu", "sabu-copy", "ketupat", "natal", "polresta"}
    assert set(found(corpus, "natal OR patroli")) == {"natal", "polresta"}
    assert set(found(corpus, "ketapang NOT sabu")) == {"ketupat"}
    assert set(found(corpus, "ketapang -sabu")) == {"ketupat"}
    assert set(found(corpus, "-polres -polresta -polri")) == {"undated"}
    assert set(found(corpus, "(natal OR ketupat) sanggau")) == {"natal", "ketupat"}
    assert set(found(corpus, "ketupat AND (lilin OR mudik) -natal")) == {"ketupat"}
    assert found(corpus, "tidakadadimanapun") == []


def test_meta_fields_are_searched(corpus):
    assert found(corpus, '"humas polres ketapang"') == ["sabu"]   # source credit only
    assert "sabu" in found(corpus, "wijaya")                         # person name only


@pytest.mark.parametrize("query", INJECTIONS)
def test_injection_attempts_are_plain_words(corpus, query):
    found(corpus, query)  # no error from the database: whatever the words, the syntax is ours


def test_malformed_query_raises_query_error(corpus):
    archive, _ = corpus
    with archive.session() as session, pytest.raises(QueryError):
        search(session, '"sabu')


@pytest.mark.parametrize("flt, expected", [
    (ArticleFilter(site="www.KalimantanPost.online"), {"sabu", "ketupat", "undated"}),
    (ArticleFilter(site="https://beritaborneo.com/"), {"sabu-copy", "natal", "polresta"}),
    (ArticleFilter(source="borneo"), {"sabu-copy", "natal", "polresta"}),
    (ArticleFilter(source="nosuchsource"), set()),
    (ArticleFilter(unit="polres SANGGAU"), {"ketupat", "natal"}),
    (ArticleFilter(unit="Polres"), set()),                          # whole values only
    (ArticleFilter(person="raden petit wijaya"), {"sabu"}),
    (ArticleFilter(label="humas"), {"natal", "polresta"}),
    (ArticleFilter(since=date(2024, 5, 15)), {"sabu", "sabu-copy", "polresta"}),
    (ArticleFilter(until=date(2024, 4, 10)), {"ketupat", "natal"}),
    (ArticleFilter(since=date(2024, 5, 16), until=date(2024, 5, 16)), {"sabu-copy"}),
    (ArticleFilter(unit="Polda Kalbar", since=date(2024, 1, 1)), {"sabu"}),
])
def test_every_filter_in_search_and_in_conditions(corpus, flt, expected):
    assert set(found(corpus, "", flt)) == expected
    archive, ids = corpus
    with archive.session() as session:   # the same filter as WHERE conditions (export, web)
        rows = session.scalars(select(Article.id).where(*filter_conditions(flt))).all()
    assert {k for k, v in ids.items() if v in rows} == expected


def test_token_letters_agree_with_the_index_triggers(corpus):
    """``TOKEN_LETTER`` (search/backends.py) names a facet's token as migration 0003's triggers index it, by hand:
    every filterable kind the triggers store has a letter, and each letter finds the article it was indexed for."""
    archive, ids = corpus
    with archive.session() as session:
        stored = {kind: value for kind, value in session.execute(
            select(ArticleFacet.kind, ArticleFacet.value).where(ArticleFacet.article_id == ids["sabu"]))}
        assert set(stored) - {"month"} == set(TOKEN_LETTER)
        for kind in TOKEN_LETTER:
            flt = ArticleFilter(**{next(name for name, k in FACET_KINDS.items() if k == kind): stored[kind]})
            assert ids["sabu"] in matching_ids(session, "", flt, 0), f"{kind} filter misses its own article"


def test_filters_combine_with_the_query(corpus):
    assert set(found(corpus, "sabu", ArticleFilter(site="beritaborneo.com"))) == {"sabu-copy"}
    assert found(corpus, "ketupat", ArticleFilter(unit="Polres Sanggau", until=date(2023, 12, 31))) == ["natal"]


def test_ranking_prefers_the_title_and_newest_orders_by_published(corpus):
    assert found(corpus, "ketupat")[0] == "ketupat"      # in its title, only in the text of natal
    assert found(corpus, "ketupat", order="newest") == ["ketupat", "natal"]
    newest = found(corpus, "", order="newest")
    assert newest == ["polresta", "sabu-copy", "sabu", "ketupat", "natal", "undated"]
    assert found(corpus, "") == newest                   # empty query: newest first
    assert found(corpus, "", limit=2, offset=2) == newest[2:4]


def test_hits_carry_fields_score_and_snippet(corpus):
    archive, ids = corpus
    with archive.session() as session:
        result = search(session, "sabu delta", limit=1)
    assert result.total == 2 and not result.capped and len(result.hits) == 1
    hit = result.hits[0]
    assert hit.article_id in (ids["sabu"], ids["sabu-copy"]) and hit.score > 0
    assert ("sabu", True) in [(p.lower(), m) for p, m in hit.snippet]
    data = hit.to_json()
    assert {"url", "canonical_url", "site", "title", "published", "units", "cluster", "score", "snippet",
            "copies"} <= set(data)
    assert "«" in data["snippet"] and json.dumps(data)


def test_collapse_folds_copies_of_a_release(corpus):
    archive, ids = corpus
    with archive.session() as session:
        plain = search(session, "sabu")
        folded = search(session, "sabu", collapse=True)
    assert plain.total == 2 and folded.total == 1
    (hit,) = folded.hits
    assert hit.cluster == ids["sabu"] and hit.copies == 2 and hit.outlets == 2


def test_after_id_keeps_only_newer_articles(corpus):
    archive, ids = corpus
    with archive.session() as session:
        hits = search(session, "polres*", after_id=ids["ketupat"], order="newest").hits
    assert [h.article_id for h in hits] == [ids["polresta"], ids["natal"]]


def test_facets_count_sites_units_and_months(corpus):
    archive, _ = corpus
    with archive.session() as session:
        counted = facets(session, "polres*")
        filtered = facets(session, "", ArticleFilter(label="humas"), size=1)
    assert counted["site"] == [("beritaborneo.com", 3), ("kalimantanpost.online", 2)]
    assert counted["unit"][:2] == [("Polda Kalbar", 2), ("Polres Ketapang", 2)]
    assert dict(counted["month"]) == {"2024-05": 2, "2024-04": 1, "2023-12": 1, "2024-12": 1}
    assert len(filtered["month"]) == 1 and filtered["site"] == [("beritaborneo.com", 2)]


def test_per_day_counts_dated_matches_ascending(corpus):
    archive, _ = corpus
    with archive.session() as session:
        assert per_day(session, "sabu OR bakti") == [("2024-05-15", 1), ("2024-05-16", 1)]
        assert per_day(session, "", ArticleFilter(source="borneo")) == [
            ("2023-12-20", 1), ("2024-05-16", 1), ("2024-12-31", 1)]
        assert per_day(session, "tidakadadimanapun") == []


# ------------------------------------------------------------------ the index follows the archive


def test_changed_and_deleted_articles_are_reindexed(db_url):
    archive, ids = build(db_url)
    try:
        assert archive.store_pages([fetched("ketupat", text="Personel Polres Sanggau menjaga pos mudik.",
                                            units=["Polres Bengkayang"], published="2024-06-01")]) == ["changed"]
        assert archive.store_pages([fetched("natal")]) == ["unchanged"]   # touches last_seen only
        with archive.session.begin() as session:
            assert {ids[k] for k in ("ketupat",)} == {h.article_id for h in search(session, "mudik pos").hits}
            assert search(session, "trans kalimantan").hits == []
            assert [h.article_id for h in search(session, "", ArticleFilter(unit="polres bengkayang")).hits] == \
                [ids["ketupat"]]
            assert search(session, "", ArticleFilter(unit="polres sanggau")).total == 1
            assert search(session, "", ArticleFilter(since=date(2024, 6, 1), until=date(2024, 6, 1))).total == 1
            session.execute(text("DELETE FROM articles WHERE id = :id"), {"id": ids["natal"]})
        with archive.session() as session:
            assert search(session, "natal").hits == []
            assert session.execute(text("SELECT count(*) FROM article_facets WHERE article_id = :id"),
                                   {"id": ids["natal"]}).scalar() == 0
            assert search(session, "natal OR sabu").total == 2
    finally:
        archive.close()


def migrate(engine, revision: str, down: bool = False) -> None:
    """Take the archive's schema to ``revision`` (alembic upgrade, or downgrade)."""
    from alembic import command

    from humascrawl.storage.db import alembic_config

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, revision)


def test_migration_backfills_existing_articles(db_url):
    from alembic import command

    from humascrawl.storage.db import alembic_config, create_archive_engine, upgrade

    engine = create_archive_engine(db_url)
    cfg = alembic_config()
    migrate(engine, "0002")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO articles (url, canonical_url, site, title, published, text, labels, units, persons, "
            "version, fetched_via, first_seen, last_seen) VALUES ('https://www.a.id/1', 'https://a.id/1', "
            "'www.a.id', 'Judul Lama', '2022-03-04', 'Berita lama tentang Polsek Delta Pawan.', '[\"Arsip\"]', "
            "'[\"Polsek Delta Pawan\"]', '[]', 1, 'page', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
    upgrade(engine)
    archive = Archive(engine)
    with archive.session() as session:
        hits = search(session, "polsek", ArticleFilter(site="a.id", label="arsip")).hits
        assert [h.title for h in hits] == ["Judul Lama"]
        assert facets(session, "lama")["month"] == [("2022-03", 1)]
    with engine.begin() as conn:   # and the migration goes down and up again cleanly
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
        assert "article_facets" not in sqlalchemy.inspect(conn).get_table_names()
    upgrade(engine)
    with archive.session() as session:
        assert search(session, "lama polsek").total == 1
    archive.close()


def test_migration_0008_rebuilds_the_index_of_an_existing_archive(db_url):
    """Articles stored before 0008 are found after it as before (words, prefixes, filters), and the rebuilt
    index no longer lets a filter-shaped word match them; 0008 goes down and up again."""
    from humascrawl.storage.db import create_archive_engine, upgrade

    engine = create_archive_engine(db_url)
    migrate(engine, "0007")
    with engine.begin() as conn:
        for i, (day, words) in enumerate([("2023-01-05", "Polres Ketapang amankan sabu"),
                                          ("2024-06-01", "Polisi patroli pasar"), ("2025-02-03", "Banjir di desa")]):
            conn.execute(text(
                "INSERT INTO articles (url, canonical_url, site, title, published, text, labels, units, persons, "
                "version, fetched_via, first_seen, last_seen) VALUES (:u, :u, 'a.id', :t, :d, :t, '[\"Arsip\"]', "
                "'[]', '[]', 1, 'page', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"),
                {"u": f"https://a.id/{i}", "t": words, "d": day})
    upgrade(engine)
    archive = Archive(engine)

    def titles(query, **flt):
        with archive.session() as session:
            return sorted(h.title for h in search(session, query, ArticleFilter(**flt), exact=True).hits)

    assert titles("pol*") == ["Polisi patroli pasar", "Polres Ketapang amankan sabu"]
    assert titles("sabu", label="arsip") == ["Polres Ketapang amankan sabu"]
    assert titles("pasa*", since=date(2024, 1, 1)) == ["Polisi patroli pasar"]
    assert titles("xall") == titles("o1") == []
    migrate(engine, "0007", down=True)
    upgrade(engine)
    assert titles("ban*") == ["Banjir di desa"] and titles("xall") == []
    archive.close()


# ------------------------------------------------------------------ the command


def test_cli_json_shape(tmp_path):
    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    build(url)[0].close()
    result = run_cli("search", "--db", url, "sabu", "--json", "--collapse")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["total"] == 1 and data["total_capped"] is False and data["query"] == "sabu"
    (hit,) = data["hits"]
    assert set(ARTICLE_FIELDS) <= set(hit) and {"score", "snippet", "copies"} <= set(hit)
    assert hit["copies"] == 2 and hit["units"][0] == "Polres Ketapang"

    result = run_cli("search", "--db", url, "ketupat", "--unit", "polres sanggau", "--until", "2023-12-31")
    assert result.returncode == 0 and "Rapat Koordinasi Pengamanan Natal" in result.stdout.decode()
    assert "Operasi Ketupat" not in result.stdout.decode()


@pytest.mark.parametrize("args, message", [
    (['"sabu'], "unbalanced quote"),
    (["sabu OR"], "OR needs a term"),
    (["sabu", "--since", "2024-02-30"], "--since: not a date"),
    (["sabu", "--since", "2024-05-01", "--until", "2024-01-01"], "is after --until"),
])
def test_cli_bad_input_is_one_line_exit_2(tmp_path, args, message):
    Archive.open(f"sqlite:///{tmp_path / 'a.sqlite3'}").close()
    result = run_cli("search", "--db", f"sqlite:///{tmp_path / 'a.sqlite3'}", *args)
    stderr = result.stderr.decode()
    assert result.returncode == 2 and message in stderr
    assert len(stderr.strip().splitlines()) == 1 and "Traceback" not in stderr


def test_cli_empty_archive_and_no_match(tmp_path):
    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    Archive.open(url).close()
    result = run_cli("search", "--db", url, "sabu")
    assert result.returncode == 0 and "no articles yet" in result.stdout.decode()
    build(url)[0].close()
    result = run_cli("search", "--db", url, "tidakadadimanapun")
    assert result.returncode == 0 and "No matches" in result.stdout.decode()


def test_frequent_words_still_match_but_only_selective_ones_rank(corpus, monkeypatch):
    """On a big SQLite archive, words in a large share of the newest articles leave the bm25 expression
    (each costs a whole-index count); sampling all six articles here makes "polres" (4 of 6) and
    "ketupat" (2 of 6) frequent."""
    from humascrawl.search.backends import SqliteBackend

    archive, _ = corpus
    with archive.session() as session:
        if session.get_bind().dialect.name != "sqlite":
            pytest.skip("the frequent-word sampling is SQLite's (PostgreSQL ranks with ts_rank)")
    exact_both = set(found(corpus, "polres ketupat"))
    exact_common = set(found(corpus, "polres"))
    monkeypatch.setattr(SqliteBackend, "COMMON_SAMPLE", len(ARTICLES))

    # Every word still has to match: the hits are the same; the rarer word still ranks (title first).
    assert found(corpus, "polres ketupat")[0] == "ketupat"
    assert set(found(corpus, "polres ketupat")) == exact_both == {"ketupat", "natal"}
    with archive.session() as session:
        assert all(hit.score > 0 for hit in search(session, "polres ketupat").hits)
        # A word in more than half of the articles has no bm25 weight at all: newest-first, score 0.
        hits = search(session, "polres").hits
    assert {hit.score for hit in hits} == {0.0}
    assert set(found(corpus, "polres")) == exact_common


def test_the_ranking_scan_scores_as_bm25_of_the_whole_query(corpus):
    """The ranking scan leaves out the column filter (a cheaper count of each word) and the NOT part: the
    scores are still bm25 of the query the user typed, filter tokens included."""
    from sqlalchemy import text

    from humascrawl.search.backends import SqliteBackend, backend_for

    archive, _ = corpus
    for query, flt in (("polres sabu", ArticleFilter()), ("ketapang OR sanggau", ArticleFilter()),
                       ("polres -natal", ArticleFilter(site="kalimantanpost.online"))):
        with archive.session() as session:
            if session.get_bind().dialect.name != "sqlite":
                pytest.skip("bm25 is SQLite's (PostgreSQL ranks with ts_rank)")
            plan = backend_for(session).plan(parse(query), flt, None)
            expected = dict(session.execute(text(
                f"SELECT rowid & 4294967295, {SqliteBackend.score_expr} FROM search_fts WHERE search_fts MATCH :q"),
                {"q": plan.query}).all())
            # The backend's own scores (search() then re-ranks its best matches alike on both backends).
            window_sql, extra = backend_for(session).scored_window_sql(plan, parse(query))
            scored = dict(session.execute(text(f"SELECT id, score FROM ({window_sql})"),
                                          {**plan.params, **extra, "window": 5000}).all())
        assert scored and {i: pytest.approx(score) for i, score in scored.items()} == \
            {i: expected[i] for i in scored}


def test_words_shaped_like_filter_tokens_never_match_the_facets_column(corpus):
    """Plain words are matched without the column filter (SQLite) or weight restriction (PostgreSQL), which is
    cheaper; words shaped like the filter tokens keep it, so a site's token, "xall" or a source's "o1" finds
    nothing.  On PostgreSQL the tokens were stored without positions, which any weight restriction lets through:
    "xall" found every article (migration 0008)."""
    from humascrawl.search.query import could_meet_facets

    site_token = "s" + "kalimantanpost.online".encode().hex()
    assert not any(could_meet_facets(parse(q)) for q in ("polres sabu", "peng*", '"polres ketapang"', "-kapuas"))
    assert all(could_meet_facets(parse(q)) for q in (site_token, "xall", "o1", "xal*", "sabu OR u4142",
                                                    "-l6c61", f"{site_token[:5]}*"))
    for query in (site_token, site_token.upper(), f"{site_token[:8]}*", "xall", "o1", "polres -xall"):
        assert found(corpus, query) == [] or query == "polres -xall"
    assert set(found(corpus, "polres -xall")) == set(found(corpus, "polres"))
