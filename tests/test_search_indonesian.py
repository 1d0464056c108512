"""Indonesian search: word forms (stemmer), domain synonyms, --exact, on SQLite and PostgreSQL; the judged corpus."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from conftest import run_cli
from humascrawl import items
from humascrawl.config import Source
from humascrawl.filters import ArticleFilter
from humascrawl.items import FetchedPage
from humascrawl.search import matching_ids, search
from humascrawl.search.expand import expand, synonyms_of
from humascrawl.search.query import And, Or, Term, parse, positive_terms
from humascrawl.search.stemmer import Stemmer, candidate_roots, protected_words, word_forms
from humascrawl.storage.archive import Archive
from humascrawl.storage.models import Article
from search_quality.corpus import TOPICS, make_corpus
from search_quality.judge import score
from search_quality.queries import QUERIES

VOCABULARY = set("""
menangkap ditangkap penangkapan tertangkap tangkapan memukul dipukul pemukulan menyita disita penyitaan
pengamanan diamankan mengamankan keamanan aman pelaku berlaku laku kelakuan personel bekasi bekas bali
berita rita anak anaknya menganiaya penganiayaan dianiaya pencurian mencuri dicuri pencuri kepada pada padanya
membakar dibakar kebakaran pembakaran terbakar melaporkan dilaporkan laporan pelapor
""".split())


def vocabulary_stemmer(protected=None) -> Stemmer:
    return Stemmer(lambda words: words & VOCABULARY, protected)


# ------------------------------------------------------------------ the stemmer

@pytest.mark.parametrize("word, root", [
    ("menangkap", "tangkap"), ("ditangkap", "tangkap"), ("penangkapan", "tangkap"), ("tertangkap", "tangkap"),
    ("memukul", "pukul"), ("menyita", "sita"), ("pengamanan", "aman"), ("diamankan", "aman"),
    ("menganiaya", "aniaya"), ("kebakaran", "bakar"), ("pelapor", "lapor"), ("anak-anak", "anak"),
])
def test_affixed_words_fold_to_the_attested_root(word, root):
    assert vocabulary_stemmer().root(word) == root


def test_nasal_prefixes_are_recovered_both_ways():
    assert "tangkap" in candidate_roots("menangkap") and "kejar" in candidate_roots("mengejar")
    assert "pukul" in candidate_roots("memukul") and "sita" in candidate_roots("menyita")
    assert {"menangkap", "ditangkap", "penangkapan", "tertangkap"} <= word_forms("tangkap")
    assert {"memukul", "pemukulan", "menyita", "penyitaan", "mengamankan"} <= (
        word_forms("pukul") | word_forms("sita") | word_forms("aman"))


@pytest.mark.parametrize("word", ["pelaku", "personel", "bekasi", "bali", "kepada"])
def test_protected_words_are_never_peeled(word):
    assert word in protected_words()
    stemmer = vocabulary_stemmer()
    assert stemmer.root(word) == word and stemmer.forms(word) == {word}


def test_protected_words_are_never_the_forms_of_another_root():
    stemmer = vocabulary_stemmer()
    assert "bekasi" not in stemmer.forms("bekas")          # bekas + -i
    assert "pelaku" not in stemmer.forms("berlaku")        # pe- + laku


def test_a_root_needs_two_attested_affixed_forms():
    """Without protection, berita stays berita: the bare name Rita and berita alone attest no root."""
    stemmer = vocabulary_stemmer(protected=())
    assert stemmer.root("berita") == "berita"
    lonely = Stemmer(lambda words: words & {"menangkap", "tangkap"}, protected=())
    assert lonely.root("menangkap") == "menangkap"          # one affixed form is no evidence
    assert vocabulary_stemmer().forms("menangkap") == {"menangkap", "ditangkap", "penangkapan", "tertangkap",
                                                       "tangkapan"}


# ------------------------------------------------------------------ synonyms and expansion

def test_synonyms_come_from_the_rules_and_the_unit_and_rank_tables():
    assert ("kalimantan", "barat") in synonyms_of(("kalbar",))                # units.toml
    assert ("ajun", "komisaris", "besar", "polisi") in synonyms_of(("akbp",))  # persons.toml
    assert ("kepala", "kepolisian", "resor") in synonyms_of(("kapolres",))    # synonyms.toml
    assert ("pencurian", "sepeda", "motor") in synonyms_of(("curanmor",))
    assert ("judol",) in synonyms_of(("judi", "online"))
    assert ("narkotika",) in synonyms_of(("narkoba",))
    assert synonyms_of(("sabu", "sabu", "sabu")) == ()


def test_a_run_of_words_expands_to_its_synonyms_next_to_the_words_as_typed():
    tree = expand(parse("laka lantas Kalbar"), None)
    assert isinstance(tree, And) and len(tree.children) == 2
    laka, place = tree.children
    assert And((Term(("laka",)), Term(("lantas",)))) in laka.children
    assert Term(("kecelakaan", "lalu", "lintas")) in laka.children
    assert Term(("kalimantan", "barat")) in place.children


def test_quoted_phrases_prefixes_and_exact_queries_are_not_expanded():
    stemmer = vocabulary_stemmer()
    assert expand(parse('"laka lantas"'), stemmer) == Term(("laka", "lantas"))
    assert expand(parse('"penangkapan"'), stemmer) == Term(("penangkapan",))
    assert expand(parse("penang*"), stemmer) == Term(("penang",), prefix=True)
    tree = expand(parse("penangkapan -dipukul"), stemmer)
    assert isinstance(tree.children[0], Or) and Term(("ditangkap",)) in tree.children[0].children
    assert Term(("memukul",)) in tree.children[1].child.children   # NOT drops every form
    assert [t.tokens for t in positive_terms(tree)][0] == ("penangkapan",)


# ------------------------------------------------------------------ search on both backends

DOCS = {
    "ditangkap": ("Pengedar Sabu Ditangkap", "Seorang pengedar sabu ditangkap petugas Polres Ketapang di Delta Pawan."),
    "menangkap": ("Polisi Bergerak Cepat", "Satresnarkoba menangkap kurir sabu di Kecamatan Sukadana."),
    "penangkapan": ("Penangkapan Kurir", "Penangkapan kurir sabu berlangsung di pelabuhan Ketapang."),
    "kalbar": ("Kapolda Kunjungi Sintang", "Kepolisian Daerah Kalimantan Barat meninjau pos pengamanan."),
    "akbp": ("Rakor Pilkada", "Rapat dipimpin Ajun Komisaris Besar Polisi Budi Santoso di aula."),
    "curanmor": ("Maling Motor Diringkus", "Pelaku pencurian sepeda motor diringkus di Desa Suka Maju."),
    "laka": ("Truk Terguling", "Kecelakaan lalu lintas terjadi di jalan poros Ketapang, dua orang luka."),
    "berlaku": ("Aturan Baru", "Peraturan ini berlaku untuk semua pengendara sejak pekan lalu."),
}


def _page(key: str) -> FetchedPage:
    title, body = DOCS[key]
    url = f"https://indo.example/{key}.html"
    article = items.Article(url=url, canonical_url=url, site="indo.example", site_name="Indo", language="id",
                            title=title, text=body, published="2024-05-15T10:00:00+07:00", units=[], persons=[],
                            labels=[], content_hash=f"indo-{key}")
    return FetchedPage(source="indo", url=url, status=200, body=b"<html></html>",
                       headers={"Content-Type": "text/html"}, feed_updated=None, article=article,
                       extractor_version="test")


@pytest.fixture
def indo(db_url):
    archive = Archive.open(db_url)
    archive.sync_sources([Source(name="indo", url="https://indo.example/", platform="wordpress")])
    archive.store_pages([_page(key) for key in DOCS])
    with archive.session() as session:
        ids = {row.url.rsplit("/", 1)[1][:-5]: row.id for row in session.execute(select(Article.id, Article.url))}
    yield archive, ids, db_url
    archive.close()


def _found(indo, query: str, **kwargs) -> set[str]:
    archive, ids, _ = indo
    names = {v: k for k, v in ids.items()}
    with archive.session() as session:
        return {names[hit.article_id] for hit in search(session, query, **kwargs).hits}


def test_word_forms_match_on_both_backends(indo):
    assert _found(indo, "penangkapan sabu") == {"ditangkap", "menangkap", "penangkapan"}
    assert _found(indo, "penangkapan sabu", exact=True) == {"penangkapan"}
    assert _found(indo, '"penangkapan" sabu') == {"penangkapan"}          # quoted: the word as typed
    assert _found(indo, "sabu -ditangkap") == set()                       # NOT drops every form
    assert _found(indo, "pelaku") == {"curanmor"}                         # not "berlaku"


def test_expansion_is_bounded_past_which_words_are_searched_as_typed(indo, monkeypatch):
    import humascrawl.search as search_module

    monkeypatch.setattr(search_module, "MAX_WORDS_ASKED", 10)
    assert _found(indo, "penangkapan sabu") == {"penangkapan"}


@pytest.mark.parametrize("query, expected", [
    ("Polda Kalbar", "kalbar"), ("AKBP Budi", "akbp"), ("curanmor", "curanmor"), ("laka lantas", "laka"),
])
def test_synonyms_match_on_both_backends(indo, query, expected):
    assert _found(indo, query) == {expected}
    assert _found(indo, query, exact=True) == set()


def test_snippet_highlights_the_form_that_matched_and_alerts_see_the_same_matches(indo):
    archive, ids, _ = indo
    with archive.session() as session:
        hits = {hit.article_id: hit for hit in search(session, "penangkapan").hits}
        marked = {part.lower() for part, flag in hits[ids["ditangkap"]].snippet if flag}
        assert marked == {"ditangkap"}
        assert sorted(matching_ids(session, "curanmor", ArticleFilter(), 0)) == [ids["curanmor"]]
        assert matching_ids(session, "curanmor", ArticleFilter(), 0, exact=True) == []


def test_cli_exact_turns_expansion_off(indo):
    _, ids, url = indo
    expanded = run_cli("search", "--db", url, "--json", "penangkapan sabu")
    exact = run_cli("search", "--db", url, "--json", "--exact", "penangkapan sabu")
    assert expanded.returncode == 0 and exact.returncode == 0, expanded.stderr + exact.stderr
    assert json.loads(expanded.stdout)["total"] == 3
    body = json.loads(exact.stdout)
    assert body["total"] == 1 and body["exact"] is True and body["hits"][0]["article_id"] == ids["penangkapan"]


def test_api_and_search_page_take_exact(indo):
    from fastapi.testclient import TestClient

    from humascrawl.web.app import create_app

    _, ids, url = indo
    app = create_app(url)
    with TestClient(app) as client:
        expanded = client.get("/api/search", params={"q": "curanmor"}).json()
        exact = client.get("/api/search", params={"q": "curanmor", "exact": "true"}).json()
        assert [hit["article_id"] for hit in expanded["hits"]] == [ids["curanmor"]] and expanded["exact"] is False
        assert exact["total"] == 0 and exact["exact"] is True
        assert client.get("/api/per-day", params={"q": "curanmor", "exact": "true"}).json()["days"] == []
        page = client.get("/", params={"q": "curanmor", "exact": "1"}).text
        assert 'name="exact" value="1" checked' in page and "Maling Motor" not in page
        assert "Maling Motor" in client.get("/", params={"q": "curanmor"}).text
    app.state.archive.close()


# ------------------------------------------------------------------ the judged corpus

def test_judged_corpus_varies_its_wording_and_every_query_has_answers():
    releases = make_corpus()
    assert len(releases) >= 500 and len(QUERIES) >= 40
    assert {q.half for q in QUERIES} == {"tune", "validation"}
    for judged in QUERIES:
        assert any(judged.relevant(r) for r in releases), judged.query
    curanmor = " ".join(r.text.lower() for r in releases if r.topic == "curanmor")
    assert all(form.lower() in curanmor for form in TOPICS["curanmor"]["x"])
    assert "kepolisian daerah kalimantan barat" in " ".join(r.text.lower() for r in releases)


def test_judged_scores():
    perfect = score([1, 2, 3], {1, 2, 3})
    assert perfect.recall == perfect.ndcg == 1.0 and perfect.precision == 0.3
    late = score([9, 8, 1], {1})
    assert late.recall == 1.0 and late.ndcg == pytest.approx(0.5) and late.precision == 0.1
    assert score([99], set(range(30))).recall == 0.0
    assert score(list(range(20)), set(range(30))).recall == 1.0      # of min(relevant, 20)

