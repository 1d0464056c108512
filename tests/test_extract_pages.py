"""The whole pipeline on hand-made pages shaped like the project's sources (Blogger and WordPress)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from humascrawl.extract import EXTRACTED_FIELDS, EXTRACTOR_VERSION, extract_article

PAGES = Path(__file__).parent / "fixtures" / "pages"
SEED_URL = "https://www.kalimantanpost.online/2024/05/humas-polres-ketapang-ikuti-rakernis.html"
SEED_TITLE = "Humas Polres Ketapang Ikuti Rakernis Kehumasan Polda Kalbar Tahun 2024"
SEED_FIRST = ("Jajaran Humas Polres Ketapang Polda Kalbar yang diwakili Kasi Humas AKP Sumiadinata dan operator PID "
              "Bripka Hariansyah mengikuti Rapat Kerja Teknis (Rakernis) Humas Polda Kalbar tahun 2024 di Ballroom "
              "Akasia Hotel Alimoer Pontianak, Rabu (15/5/2024) pukul 08.00 wib.")
SEED_LAST = ("Rakernis ini dilanjutkan dengan foto bersama, pemberian cindera mata, e learning serta diskusi panel "
             "yang menghadirkan narasumber dari berbagai kalangan yang membahas tentang berbagai topik terkait "
             "kehumasan Polri, seperti strategi komunikasi publik, pemanfaatan media sosial, dan membangun hubungan "
             "dengan media.")
WP_URL = "https://kalselnews.id/2024/06/27/polresta-banjarmasin-gelar-bakti-sosial-jelang-hut-bhayangkara/"
BOILERPLATE = ("Posting Komentar", "Belum ada Komentar", "Sumber:", "Editor:", "Posting Lama", "Langganan",
               "Diposting oleh", "Bagikan", "Label:", "Berita Terkait", "Berita Populer", "Tinggalkan Balasan",
               "Alamat email", "Baca Juga", "Post Views", "Content is protected", "Simpan nama", "Penulis:")


@pytest.fixture(scope="module")
def seed_html() -> bytes:
    return (PAGES / "kalimantanpost-seed.html").read_bytes()


@pytest.fixture(scope="module")
def seed(seed_html):
    return extract_article(seed_html, SEED_URL)


@pytest.fixture(scope="module")
def wp():
    return extract_article((PAGES / "kalselnews-wordpress.html").read_bytes(), WP_URL)


def _no_boilerplate(text):
    for phrase in BOILERPLATE:
        assert not re.search(rf"(?<!\w){re.escape(phrase)}", text, re.I), phrase


def test_the_article_has_exactly_the_interface_fields(seed):
    assert tuple(seed.to_json()) == (*EXTRACTED_FIELDS, "cluster")
    assert seed.cluster is None  # the archive assigns it
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION


def test_seed_identity_and_metadata(seed):
    assert seed.url == seed.canonical_url == SEED_URL
    assert seed.site == "kalimantanpost.online" and seed.site_name == "Kalimantanpost.online"
    assert seed.title == SEED_TITLE
    assert seed.labels == ["Kalbar", "Ketapang", "Polri"]
    assert seed.language == "id"
    assert seed.author == "Redaksi Kalimantanpost"


def test_seed_credits_and_dateline(seed):
    assert seed.dateline == "Ketapang"
    assert seed.source_credit == "Humas Polres Ketapang"
    assert seed.editor == "Lisa"


def test_seed_text(seed):
    text = seed.text
    _no_boilerplate(text)
    assert not text.startswith("Ketapang") and "Kalimantanpost.online.-" not in text
    assert text.startswith(SEED_FIRST)
    assert text.endswith(SEED_LAST)
    assert "\n\n" in text and "\n\n\n" not in text
    assert len(text.split("\n\n")) == 11
    for stray in ("AKBP Tommy Ferdian", "Kompol Hendra", "Sintang", "Kirimkan Ini lewat Email", "Kasi Humas Polres "
                  "Ketapang AKP Sumiadinata bersama operator PID saat"):  # sidebar, related posts, share, caption
        assert stray not in text


def test_seed_dates(seed):
    # the blog's metadata is on US Pacific time (-07:00): the same instant in WIB
    assert seed.published == "2024-05-15T17:05:00+07:00"
    assert seed.modified is None
    assert seed.event_date == "2024-05-15T08:00:00+07:00"


def test_seed_entities(seed):
    assert seed.units[:3] == ["Polres Ketapang", "Polda Kalbar", "Bidhumas Polda Kalbar"]
    assert "Polres Sanggau" not in seed.units and "Polsek Delta Pawan" not in seed.units
    persons = {p["name"]: p for p in seed.persons}
    assert set(persons) == {"Sumiadinata", "Hariansyah", "Raden Petit Wijaya"}
    assert persons["Sumiadinata"]["rank"] == "AKP"
    assert persons["Sumiadinata"]["position"] in ("Kasi Humas", "Kasi Humas Polres Ketapang")
    assert persons["Hariansyah"]["rank"] == "Bripka"
    assert persons["Raden Petit Wijaya"] == {"name": "Raden Petit Wijaya", "rank": "Kombes Pol",
                                             "position": "Kabid Humas Polda Kalbar"}


def test_seed_as_str_and_without_url(seed_html, seed):
    again = extract_article(seed_html.decode("utf-8"))
    assert again.text == seed.text and again.content_hash == seed.content_hash
    assert again.url == again.canonical_url == SEED_URL and again.site == "kalimantanpost.online"


def test_comment_widget_in_an_unknown_container_never_reaches_the_text(seed_html):
    html = seed_html.decode("utf-8").replace("<div class='comments' id='comments'>", "<div class='x-bottom'>")
    html = html.replace("class='comments-title'", "class='x-title'").replace("<p class='comment-footer'>", "<p>")
    article = extract_article(html, SEED_URL)
    _no_boilerplate(article.text)
    assert article.text.endswith(SEED_LAST) and article.editor == "Lisa"


def test_a_theme_without_known_classes(seed_html):
    """No post-body class, no comment ids: the generic path still finds the article and drops the widget."""
    html = seed_html.decode("utf-8")
    html = re.sub(r"class='[^']*'", "", html)
    html = re.sub(r"id='(comments|sidebar|sidebar-wrapper|PopularPosts1|Label1|HTML2|BlogArchive1|blog-pager)'", "", html)
    article = extract_article(html, SEED_URL)
    _no_boilerplate(article.text)
    assert SEED_FIRST in article.text and article.text.endswith(SEED_LAST)
    assert article.source_credit == "Humas Polres Ketapang" and article.dateline == "Ketapang"


def test_hints_win_over_the_page(seed_html):
    article = extract_article(seed_html, SEED_URL, hints={
        "title": "Judul dari Feed", "published": "2024-05-15T10:05:00Z", "modified": "2024-05-16T01:00:00+00:00",
        "author": "Lisa", "labels": ["Polres Ketapang", "Humas"], "site_name": "Kalimantan Post", "tz": "WITA"})
    assert article.title == "Judul dari Feed"
    assert article.published == "2024-05-15T18:05:00+08:00"
    assert article.modified == "2024-05-16T09:00:00+08:00"
    assert (article.author, article.labels, article.site_name) == ("Lisa", ["Polres Ketapang", "Humas"],
                                                                            "Kalimantan Post")
    assert article.event_date == "2024-05-15T08:00:00+07:00"  # the text says WIB


def test_source_rules_tz_and_boilerplate(seed_html):
    article = extract_article(seed_html, SEED_URL, rules={"tz": "+08:00", "boilerplate": [r"Kegiatan ini dibuka.*"]})
    assert article.published == "2024-05-15T18:05:00+08:00"
    assert "Kegiatan ini dibuka" not in article.text


def test_hint_with_a_bad_date_falls_back_to_the_page(seed_html):
    assert extract_article(seed_html, SEED_URL, hints={"published": "kemarin"}).published \
        == "2024-05-15T17:05:00+07:00"


def test_wordpress_article(wp):
    assert wp.title == "Polresta Banjarmasin Gelar Bakti Sosial Jelang HUT Bhayangkara ke-78"
    assert (wp.site, wp.site_name, wp.canonical_url) == ("kalselnews.id", "KalselNews.id", WP_URL)
    assert wp.dateline == "Banjarmasin"
    assert (wp.author, wp.editor, wp.source_credit) == ("Rahmat", "Andrian", None)
    assert wp.labels == ["Polri", "HUT Bhayangkara", "Kalsel", "Polresta Banjarmasin"]
    assert wp.language == "id"


def test_wordpress_text_drops_baca_juga_share_related_and_the_comment_form(wp):
    text = wp.text
    _no_boilerplate(text)
    assert text.startswith("Kapolresta Banjarmasin Kombes Pol Cuncun Kurniadi")
    assert text.endswith("Kegiatan berakhir sekitar pukul 11.00 Wita dalam keadaan aman dan lancar.")
    assert "(*/Hms)" not in text
    for stray in ("Ipda Fajar Setiawan", "Kompol Hendra Gunawan", "AKBP Anib Bastian", "Irjen Pol Winarto",
                  "Tentang Penulis", "Batalkan balasan", "Kirim Komentar", "Satlantas Polresta Banjarmasin Gelar"):
        assert stray not in text


def test_wordpress_dates_in_wita(wp):
    # article:published_time holds the UTC instant; the outlet is on WITA (inferred from the text)
    assert wp.published == "2024-06-27T00:35:00+08:00"
    assert wp.modified == "2024-06-27T07:10:12+08:00"
    assert wp.event_date == "2024-06-27T09:30:00+08:00"


def test_wordpress_entities(wp):
    assert wp.units == ["Polresta Banjarmasin", "Si Humas Polresta Banjarmasin", "Polda Kalsel",
                           "Polsek Banjarmasin Barat"]
    assert wp.persons == [
        {"name": "Cuncun Kurniadi", "rank": "Kombes Pol", "position": "Kapolresta Banjarmasin"},
        {"name": "Yuliansyah", "rank": "AKP", "position": "Kasi Humas Polresta Banjarmasin"},
        {"name": "Muhammad Noor", "rank": "Aipda", "position": "Bhabinkamtibmas Kelurahan Pelambuan"},
    ]


def test_copies_of_one_release_share_the_content_hash(seed):
    copy = seed.text.replace("\n\n", "\n").upper().replace("“", '"').replace("”", '"')
    page = f"<html><body><article><div class='entry-content'>{''.join(f'<p>{p}</p>' for p in copy.splitlines())}" \
           "</div></article></body></html>"
    assert extract_article(page).content_hash == seed.content_hash
