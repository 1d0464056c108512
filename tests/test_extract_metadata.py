"""Step 2 (metadata): title, site name, canonical URL, site, labels, language, byline; content hash."""

from __future__ import annotations

import pytest

from humascrawl.extract.document import parse_document
from humascrawl.extract.metadata import (
    choose_language, collect_page_meta, find_byline, find_canonical, find_labels, find_site_name, find_title,
    guess_language, host_of, read_metadata, strip_site_suffix,
)
from humascrawl.extract.text import content_hash

ID_TEXT = ("Jajaran Humas Polres Ketapang yang diwakili Kasi Humas mengikuti kegiatan di Pontianak dan juga "
           "menyampaikan bahwa kegiatan ini merupakan sarana untuk kita bersama dalam mendukung program "
           "pemerintah yang ada pada tahun ini, serta tidak akan berhenti di sini.")
EN_TEXT = ("The police said that the event was held in the city and it was attended by officers from the "
           "regional command, who are working with the community on security for the elections this year.")


def _page(head="", body="<p>x</p>", attrs=""):
    doc = parse_document(f"<html {attrs}><head>{head}</head><body>{body}</body></html>")
    return doc.tree, collect_page_meta(doc.tree)


@pytest.mark.parametrize("title, expected", [
    ("Humas Polres Ketapang Ikuti Rakernis - Kalimantanpost.online", "Humas Polres Ketapang Ikuti Rakernis"),
    ("Humas Polres Ketapang Ikuti Rakernis | Kalimantanpost", "Humas Polres Ketapang Ikuti Rakernis"),
    ("Kalimantanpost.online: Humas Polres Ketapang Ikuti Rakernis", "Humas Polres Ketapang Ikuti Rakernis"),
    ("Polres Sanggau - Bupati Hadiri Apel", "Polres Sanggau - Bupati Hadiri Apel"),
    ("Kapolres Hadiri Apel | Berita Daerah", "Kapolres Hadiri Apel"),
])
def test_site_suffixes_are_stripped(title, expected):
    assert strip_site_suffix(title, "Kalimantanpost.online", "kalimantanpost.online") == expected


def test_title_sources_in_order():
    tree, meta = _page("<title>T dari title - Situs</title><meta property='og:title' content='T dari og'>",
                       "<h1 class='entry-title'>T dari h1</h1>")
    assert find_title(tree, meta, "Situs", "situs.id") == "T dari og"
    tree, meta = _page("<title>T dari title - Situs</title>",
                       "<div id='PopularPosts1'><h3 class='post-title'>Lain</h3></div><h3 class='post-title'>T h3</h3>")
    assert find_title(tree, meta, "Situs", "situs.id") == "T h3"
    tree, meta = _page("<title>T dari title - Situs</title>")
    assert find_title(tree, meta, "Situs", "situs.id") == "T dari title"


def test_site_name_sources():
    tree, meta = _page("<meta property='og:site_name' content='KalbarNews.id'>")
    assert find_site_name(tree, meta, "kalbarnews.id") == "KalbarNews.id"
    tree, meta = _page(body="<div id='Header1'><div class='header-widget'><h1><a href='/'>Kalimantanpost.online</a>"
                            "</h1></div></div>")
    assert find_site_name(tree, meta, "kalimantanpost.online") == "Kalimantanpost.online"
    tree, meta = _page()
    assert find_site_name(tree, meta, "kalimantanpost.online") == "Kalimantanpost.online"


def test_canonical_on_the_same_site_only_and_site_host():
    tree, meta = _page("<link rel='canonical' href='https://www.kalimantanpost.online/2024/05/a.html'>")
    assert find_canonical(tree, meta, "https://www.kalimantanpost.online/2024/05/a.html?m=1") \
        == "https://www.kalimantanpost.online/2024/05/a.html"
    tree, meta = _page("<link rel='canonical' href='https://other.example/a.html'>")
    assert find_canonical(tree, meta, "https://www.kalimantanpost.online/2024/05/a.html?m=1") \
        == "https://www.kalimantanpost.online/2024/05/a.html"
    assert find_canonical(tree, meta, None) == "https://other.example/a.html"
    assert host_of("https://www.kalimantanpost.online/x") == "kalimantanpost.online"
    assert host_of("https://m.example.blogspot.com/x") == "example.blogspot.com"
    assert host_of("http://127.0.0.1:8001/2024/05/a.html") == "127.0.0.1:8001"
    assert host_of("https://www.kalimantanpost.online:443/x") == "kalimantanpost.online"


def test_labels_from_post_footer_and_meta_not_from_sidebars():
    tree, meta = _page(
        "<meta property='article:section' content='Polri'><meta property='article:tag' content='Ketapang'>",
        "<div class='post-footer'><span class='post-labels'>Label: <a rel='tag' href='/l/Kalbar'>Kalbar</a>, "
        "<a rel='tag' href='/l/Ketapang'>Ketapang</a></span></div>"
        "<span class='cat-links'><a rel='category tag' href='/c/hukum'>Hukum</a></span>"
        "<aside id='sidebar'><a rel='tag' href='/l/Sintang'>Sintang</a></aside>"
        "<div class='widget Label' id='Label1'><a href='/l/Olahraga'>Olahraga</a></div>")
    assert find_labels(tree, meta) == ["Polri", "Ketapang", "Kalbar", "Hukum"]


def test_language_declared_and_guessed():
    assert guess_language(ID_TEXT) == "id" and guess_language(EN_TEXT) == "en"
    assert guess_language("Polres Ketapang") is None
    assert choose_language("id", ID_TEXT) == "id"
    assert choose_language("en", ID_TEXT) == "id"   # themes hard-code lang='en'
    assert choose_language(None, ID_TEXT) == "id"
    assert choose_language("id", "pendek") == "id"
    tree, meta = _page("<meta property='og:locale' content='id_ID'>")
    assert read_metadata(tree, meta, None, {}).declared_language == "id"
    tree, meta = _page(attrs="lang='in'")
    assert read_metadata(tree, meta, None, {}).declared_language == "id"


def test_byline_skips_urls_comment_authors_and_the_site_itself():
    tree, meta = _page("<meta property='article:author' content='https://facebook.com/x'>",
                       "<span class='comment-author vcard'><a class='url'>Spammer Terkenal</a></span>"
                       "<span class='post-author vcard'>Diposting oleh <span class='fn'>Redaksi KP</span></span>")
    assert find_byline(tree, meta) == "Redaksi KP"
    tree, meta = _page("<meta name='author' content='mediaindonesia.com developer'>",
                       "<div class='author-2'>Naufal Zuhdi</div>")
    assert find_byline(tree, meta, {"mediaindonesiacom", "mediaindonesia"}) == "Naufal Zuhdi"


def test_hints_win_over_the_page():
    tree, meta = _page("<title>Judul Halaman - Situs</title><meta property='og:site_name' content='Situs'>",
                       "<a rel='tag'>Halaman</a>")
    got = read_metadata(tree, meta, "https://situs.id/a.html",
                        {"title": " Judul  dari Feed ", "labels": ["Polres Ketapang"], "site_name": "Situs Feed"})
    assert (got.title, got.labels, got.site_name, got.site) == ("Judul dari Feed", ["Polres Ketapang"], "Situs Feed",
                                                                 "situs.id")


def test_content_hash_ignores_case_whitespace_and_punctuation():
    a = "Jajaran Humas Polres Ketapang, mengikuti Rakernis.\n\n“Humas Polri harus bisa,” ujar Kabid."
    b = "jajaran humas  polres ketapang mengikuti rakernis\n\"Humas Polri harus bisa\" ujar kabid"
    assert content_hash(a) == content_hash(b)
    assert content_hash(a) != content_hash(a + " Tambahan.")
    assert len(content_hash(a)) == 64
