"""The remembered vocabulary (search.vocabulary): repeated searches stop asking the index, and a new article's
word forms are still found at once."""

from __future__ import annotations

from test_search_indonesian import DOCS, _found, _page, indo  # noqa: F401  (fixture)

from humascrawl import items
from humascrawl.config import Source
from humascrawl.search.postgres import _COMMON_LEXEMES
from humascrawl.storage.archive import Archive
from humascrawl.search.vocabulary import VOCABULARY, PartCounts, Vocabulary


class Index:
    def __init__(self, words):
        self.words, self.asked = set(words), []

    def __call__(self, words):
        self.asked.append(set(words))
        return words & self.words


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


class Engine:  # any weak-referenceable object stands for an archive
    pass


def test_words_are_asked_once_then_remembered():
    vocabulary, index, archive = Vocabulary(), Index({"ditangkap", "menangkap"}), Engine()
    assert vocabulary.attested(archive, 1, {"ditangkap", "menangkap", "tertangkap"}, index) == {"ditangkap",
                                                                                                "menangkap"}
    assert vocabulary.attested(archive, 1, {"ditangkap", "tertangkap", "penangkapan"}, index) == {"ditangkap"}
    assert index.asked == [{"ditangkap", "menangkap", "tertangkap"}, {"penangkapan"}]


def test_absent_words_are_asked_again_after_a_new_article_or_the_time_limit():
    clock = Clock()
    vocabulary, index, archive = Vocabulary(absent_ttl=60, clock=clock), Index({"menangkap"}), Engine()
    vocabulary.attested(archive, 1, {"menangkap", "tertangkap"}, index)
    index.words.add("tertangkap")
    assert vocabulary.attested(archive, 1, {"menangkap", "tertangkap"}, index) == {"menangkap"}   # remembered
    assert vocabulary.attested(archive, 2, {"menangkap", "tertangkap"}, index) == {"menangkap", "tertangkap"}
    assert index.asked[-1] == {"tertangkap"}          # a present word is never asked again
    index.words.add("penangkapan")
    vocabulary.attested(archive, 2, {"penangkapan"}, Index(set()))
    clock.now = 61
    assert vocabulary.attested(archive, 2, {"penangkapan"}, index) == {"penangkapan"}


def test_archives_are_remembered_apart_and_memory_is_bounded():
    vocabulary, first, second = Vocabulary(max_words=4), Engine(), Engine()
    assert vocabulary.attested(first, 1, {"sabu"}, Index({"sabu"})) == {"sabu"}
    assert vocabulary.attested(second, 1, {"sabu"}, Index(set())) == set()
    index = Index({"a", "b", "c", "sabu"})
    assert vocabulary.attested(first, 1, {"a", "b", "c", "sabu"}, index) == {"a", "b", "c", "sabu"}
    assert vocabulary.attested(first, 1, {"sabu"}, index) == {"sabu"}
    assert vocabulary.attested(first, 1, {"d", "e"}, index) == set()         # over the bound: starts afresh
    assert vocabulary.attested(first, 1, {"a"}, index) == {"a"}
    assert index.asked[-1] == {"a"}


def test_a_parts_count_is_kept_while_the_archive_stays_about_the_same_size():
    counts, archive = PartCounts(drift=0.01, max_parts=2), Engine()
    assert counts.get(archive, "sabu", 1000) is None
    counts.put(archive, "sabu", 1000, 40)
    assert counts.get(archive, "sabu", 1010) == 40 and counts.get(archive, "sabu", 1011) is None
    assert counts.get(Engine(), "sabu", 1000) is None
    counts.put(archive, "curanmor", 1000, 7)
    counts.put(archive, "laka", 1000, 3)                        # over the bound: starts afresh
    assert counts.get(archive, "sabu", 1000) is None and counts.get(archive, "laka", 1000) == 3


def test_a_new_articles_word_form_is_found_by_the_next_search(indo):  # noqa: F811
    archive, _, _ = indo
    assert _found(indo, "penangkapan sabu") == {"ditangkap", "menangkap", "penangkapan"}
    asked = VOCABULARY.asked
    assert _found(indo, "penangkapan sabu") == {"ditangkap", "menangkap", "penangkapan"}
    assert VOCABULARY.asked == asked                  # the same search again asks the index nothing
    page = _page("penangkapan")
    url = "https://indo.example/tertangkap.html"
    page.url = url
    page.article = items.Article(url=url, canonical_url=url, site="indo.example", site_name="Indo", language="id",
                                 title="Kurir Tertangkap", text="Kurir sabu tertangkap tangan di Sukadana.",
                                 published="2024-05-16T10:00:00+07:00", units=[], persons=[], labels=[],
                                 content_hash="indo-tertangkap")
    archive.store_pages([page])
    names = {hit.title for hit in _search_hits(archive, "penangkapan sabu")}
    assert "Kurir Tertangkap" in names


def _search_hits(archive, query):
    from humascrawl.search import search

    with archive.session() as session:
        return search(session, query).hits


def test_postgresql_takes_the_most_common_lexemes_from_its_statistics(pg_url, monkeypatch):
    from sqlalchemy import text

    from humascrawl.search.backends import Backend, backend_for

    archive = Archive.open(pg_url)
    archive.sync_sources([Source(name="indo", url="https://indo.example/", platform="wordpress")])
    archive.store_pages([_page(key) for key in DOCS])
    with archive.session() as session:
        backend = backend_for(session)
        assert backend.common_lexemes() == frozenset()             # no ANALYZE yet: every word is asked
    with archive.engine.connect() as conn:
        conn.execute(text("ANALYZE search_documents"))
        conn.commit()
    _COMMON_LEXEMES.clear()
    asked = []
    probe = Backend.attested
    monkeypatch.setattr(Backend, "attested", lambda self, words: asked.append(set(words)) or probe(self, words))
    with archive.session() as session:
        backend = backend_for(session)
        assert "sabu" in backend.common_lexemes()                  # in 3 of the 8 documents
        assert backend.attested({"sabu", "tertangkap", "kurir"}) == {"sabu", "kurir"}
        assert asked == [{"tertangkap"} | ({"kurir"} - backend.common_lexemes())]   # "sabu" is not asked
    archive.close()
