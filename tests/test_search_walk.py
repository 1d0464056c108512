"""PostgreSQL: a query most documents match is read newest first along the key index (PostgresBackend.walk),
and gives the same hits, totals and facets as the GIN match, also when the walk cannot fill the window."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

import humascrawl.search as search_module
from humascrawl import items
from humascrawl.config import Source
from humascrawl.filters import ArticleFilter
from humascrawl.items import FetchedPage
from humascrawl.search import facets, search
from humascrawl.search.backends import backend_for
from humascrawl.search.postgres import PostgresBackend
from humascrawl.search.query import parse
from humascrawl.storage.archive import Archive


def _page(i: int) -> FetchedPage:
    url = f"https://walk.example/{i}.html"
    words = "Kurir sabu ditangkap." if i % 7 == 0 else "Patroli dialogis bersama warga."
    article = items.Article(url=url, canonical_url=url, site="walk.example", site_name="Walk", language="id",
                            title=f"Polres Ketapang kegiatan {i}", text=f"Personel Polres Ketapang. {words}",
                            published=f"2024-05-{1 + i % 28:02d}T10:00:00+07:00", units=[], persons=[], labels=[],
                            content_hash=f"walk-{i}")
    return FetchedPage(source="walk", url=url, status=200, body=b"<html></html>",
                       headers={"Content-Type": "text/html"}, feed_updated=None, article=article,
                       extractor_version="test")


@pytest.fixture
def walk_archive(pg_url, monkeypatch):
    archive = Archive.open(pg_url)
    archive.sync_sources([Source(name="walk", url="https://walk.example/", platform="wordpress")])
    archive.store_pages([_page(i) for i in range(60)])
    with archive.engine.connect() as conn:
        conn.execute(text("ANALYZE search_documents"))
        conn.commit()
    monkeypatch.setattr(search_module, "RANK_WINDOW", 5)      # a window the walk can fill on 60 articles
    monkeypatch.setattr(search_module, "FACET_WINDOW", 5)
    yield archive
    archive.close()


def _results(archive, query: str, flt: ArticleFilter) -> tuple:
    with archive.session() as session:
        ranked = search(session, query, flt, limit=10)
        newest = search(session, query, flt, limit=10, order="newest")
        return ([h.article_id for h in ranked.hits], ranked.total_text,
                [h.article_id for h in newest.hits], newest.total_text, facets(session, query, flt))


@pytest.mark.parametrize("query, flt", [
    ("polres", ArticleFilter()),
    ("polres ketapang", ArticleFilter(since=date(2024, 5, 3), until=date(2024, 5, 20))),
    ("polr*", ArticleFilter(since=date(2024, 5, 27), until=date(2024, 5, 28))),   # fewer matches than the window
    ("sabu", ArticleFilter()),                                                    # rare: the walk falls short
])
def test_the_walk_gives_what_the_gin_match_gives(walk_archive, monkeypatch, query, flt):
    monkeypatch.setattr(PostgresBackend, "WALK_SHARE", 2.0)   # never walk
    expected = _results(walk_archive, query, flt)
    monkeypatch.setattr(PostgresBackend, "WALK_SHARE", 0.0)   # always walk, falling back where it falls short
    assert _results(walk_archive, query, flt) == expected
    assert expected[0]                                        # something matched


def test_only_a_query_most_documents_match_is_walked(walk_archive):
    with walk_archive.session() as session:
        backend = backend_for(session)
        assert backend.estimated_share(backend.plan(parse("polres"), ArticleFilter(), None)) > 0.9
        assert backend.plan(parse("polres"), ArticleFilter(), None).walk
        assert not backend.plan(parse("sabu"), ArticleFilter(), None).walk
        sql = backend.window_sql("window", with_score=False, plan=backend.plan(parse("polres"), ArticleFilter(),
                                                                               None))
        assert "walked" in sql and "ORDER BY search_key DESC LIMIT :window * 5" in sql


def test_a_phrase_in_a_date_range_is_matched_by_its_words_first_and_finds_the_same(walk_archive, monkeypatch):
    import humascrawl.search.postgres as postgres

    flt = ArticleFilter(since=date(2024, 5, 3), until=date(2024, 5, 20))
    with walk_archive.session() as session:
        plan = backend_for(session).plan(parse('"kurir sabu"'), flt, None)
        assert plan.candidates and "loose_q" in plan.params and not plan.walk
        assert not backend_for(session).plan(parse('"kurir sabu"'), ArticleFilter(), None).candidates
    queries = ('"kurir sabu"', '"sabu kurir"', '"kurir sabu" polres')   # the second: both words, not in order
    looked_up = [_results(walk_archive, query, flt) for query in queries]
    monkeypatch.setattr(postgres, "relaxed", lambda node: None)
    assert [_results(walk_archive, query, flt) for query in queries] == looked_up
    assert looked_up[0][0] and not looked_up[1][0] and looked_up[1][3] == "0"


def test_relaxing_keeps_a_superset_and_never_loosens_a_phrase_under_not():
    from humascrawl.search.postgres import relaxed
    from humascrawl.search.query import And, Not, Or, Term, to_tsquery

    assert relaxed(parse("sabu kurir")) is None                                  # no phrase: nothing to do
    assert to_tsquery(relaxed(parse('"polda kalbar" sabu'))) == "((('polda') & ('kalbar')) & ('sabu'))"
    phrase = Term(("kurir", "sabu"))
    assert relaxed(And((Term(("polda",)), Not(phrase)))) is None                # NOT "a b" must stay a phrase
    loosened = relaxed(Or((phrase, And((Term(("curanmor",)), Not(Term(("x",))))))))
    assert loosened == Or((And((Term(("kurir",)), Term(("sabu",)))), And((Term(("curanmor",)), Not(Term(("x",)))))))
    assert relaxed(Term(("laka", "lant"), prefix=True)) == And((Term(("laka",)), Term(("lant",), prefix=True)))
