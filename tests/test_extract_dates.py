"""Step 7 (dates): published/modified in the outlet's offset, and the event date in the text."""

from __future__ import annotations

import pytest

from humascrawl.extract.dates import ZONES, find_event_date, infer_tz, page_dates, parse_tz, to_local_iso
from humascrawl.extract.document import parse_document
from humascrawl.extract.metadata import collect_page_meta

WIB, WITA, WIT = ZONES["WIB"], ZONES["WITA"], ZONES["WIT"]


@pytest.mark.parametrize("value, hours", [("+07:00", 7), ("+0800", 8), ("UTC+9", 9), ("WIB", 7), ("wita", 8),
                                          ("WIT", 9), ("Asia/Makassar", 8), ("Asia/Jayapura", 9)])
def test_parse_tz(value, hours):
    assert parse_tz(value).utcoffset(None).total_seconds() == hours * 3600


@pytest.mark.parametrize("value", [None, "", "Mars/Olympus", "later"])
def test_parse_tz_rejects(value):
    assert parse_tz(value) is None


def test_infer_tz_from_tokens_then_polda_then_wib():
    assert infer_tz("pukul 10.00 Wita dan 11.00 WITA, 09.00 WIB") is WITA
    assert infer_tz("pukul 07.55 WIT di Jayapura") is WIT
    assert infer_tz("tanpa zona", "WITA") is WITA
    assert infer_tz("tanpa zona") is WIB


@pytest.mark.parametrize("value, tz, expected", [
    # Blogger left on US Pacific time: the instant is converted
    ("2024-05-15T03:05:00-07:00", WIB, "2024-05-15T17:05:00+07:00"),
    # a post at 00:35 WITA whose metadata holds the UTC instant
    ("2024-06-26T16:35:00+00:00", WITA, "2024-06-27T00:35:00+08:00"),
    ("2024-06-26T16:35:00Z", WITA, "2024-06-27T00:35:00+08:00"),
    ("2024-06-26T16:35:00.000+00:00", WITA, "2024-06-27T00:35:00+08:00"),
    ("2024-05-15 10:05:00", WIB, "2024-05-15T10:05:00+07:00"),   # naive: local time
    ("2024-05-15", WITA, "2024-05-15"),                           # a date stays a date
    ("Rabu, 15 Mei 2024", WIB, "2024-05-15"),
    ("garbage", WIB, None),
    (None, WIB, None),
])
def test_to_local_iso(value, tz, expected):
    assert to_local_iso(value, tz) == expected


def _dates(html):
    doc = parse_document(html)
    return page_dates(doc.tree, collect_page_meta(doc.tree), None, fallback=False)


def test_page_dates_from_meta_markup_and_jsonld():
    assert _dates("<html><head><meta property='article:published_time' content='2024-06-26T16:35:00+00:00'>"
                  "<meta property='article:modified_time' content='2024-06-26T23:10:12+00:00'></head>"
                  "<body><p>x</p></body></html>") == ("2024-06-26T16:35:00+00:00", "2024-06-26T23:10:12+00:00")
    assert _dates("<html><body><abbr class='published' itemprop='datePublished' title='2012-06-30T22:51:00-07:00'>"
                  "22.51</abbr></body></html>")[0] == "2012-06-30T22:51:00-07:00"
    assert _dates('<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle",'
                  '"datePublished":"2024-05-15T10:00:00+07:00"}]}</script></head><body></body></html>')[0] \
        == "2024-05-15T10:00:00+07:00"
    assert _dates("<html><body><h2 class='date-header'><span>Rabu, 15 Mei 2024</span></h2></body></html>")[0] \
        == "2024-05-15"


def test_htmldate_is_the_last_resort():
    doc = parse_document("<html><body><p>Kegiatan digelar Rabu (15/5/2024) di Pontianak.</p></body></html>")
    published, _ = page_dates(doc.tree, collect_page_meta(doc.tree), None)
    assert published == "2024-05-15"


@pytest.mark.parametrize("text, published, expected", [
    # the seed
    ("di Ballroom Akasia Hotel Alimoer Pontianak, Rabu (15/5/2024) pukul 08.00 wib.", "2024-05-15T17:05:00+07:00",
     "2024-05-15T08:00:00+07:00"),
    ("Minggu (19/5/2024) sekitar pukul 21.30 Wib", None, "2024-05-19T21:30:00+07:00"),
    ("Jum'at (17/5/2024) malam sekitar pukul 21.45 wib", None, "2024-05-17T21:45:00+07:00"),
    ("Jum’at, 17/5/2024 pkl. 10:15 WITA", None, "2024-05-17T10:15:00+08:00"),
    ("Kamis (12/7/2018) jam 13.00 WIT", None, "2018-07-12T13:00:00+09:00"),
    ("Minggu (06/09/2020) siang", None, "2020-09-06"),
    ("Minggu, 2 Juni 2024 sekitar pukul 10.00 Wita", None, "2024-06-02T10:00:00+08:00"),
    ("Kamis/12 Mei 2022", None, "2022-05-12"),
    ("pada tanggal 9 April 2019 di Mapolres", None, "2019-04-09"),
    ("Jumat, 13 Juli 2018 - 12:38 WIB", None, "2018-07-13T12:38:00+07:00"),
    ("digelar 12 Pebruari 2024 dan 21 Agt 2024", None, "2024-02-12"),
    ("Sabtu (22/3/25) pagi", None, "2025-03-22"),
    ("(24/06/2019) kemarin", None, "2019-06-24"),
    # no time: the outlet's zone is not needed
    ("Senin (11/11)", "2024-11-12T09:00:00+07:00", "2024-11-11"),
    # year-less: the year of the publish date
    ("Rabu (2/12) siang pukul 14.00 WIB", "2024-12-03", "2024-12-02T14:00:00+07:00"),
    # year-less across the December/January turn
    ("Selasa (31/12) pukul 21.30 WITA", "2025-01-02T08:00:00+08:00", "2024-12-31T21:30:00+08:00"),
    ("akan digelar Kamis (2/1) mendatang", "2024-12-30", "2025-01-02"),
    # a publish instant near midnight counts in the outlet's zone
    ("Kamis (27/6) sekitar pukul 09.30 Wita", "2024-06-26T16:35:00+00:00", "2024-06-27T09:30:00+08:00"),
])
def test_event_dates(text, published, expected):
    assert find_event_date(text, published, WITA if "wita" in text.lower() else WIB) == expected


@pytest.mark.parametrize("text, published", [
    ("Ramadhan 1445 H menjadi momentum", "2024-03-29"),
    ("Surat Telegram Nomor ST/2517/XI/KEP./2024 dan Skep/1259/X/2000", "2024-11-12"),
    ("tersangka berinisial AS (27) dan DS (31)", "2024-03-06"),
    ("Senin (11/11)", None),                 # year-less without a publish date
    ("Senin 5/15/2024", None),                # month 15: not D/M
    ("HUT ke-78 Bhayangkara", "2024-07-01"),
])
def test_things_that_are_not_event_dates(text, published):
    assert find_event_date(text, published, WIB) is None


def test_the_first_date_wins_and_hijri_years_are_skipped():
    text = "Idul Fitri 1 Syawal 1445 H jatuh pada Rabu (10/4/2024). Kegiatan lanjutan Kamis (11/4/2024)."
    assert find_event_date(text, None, WIB) == "2024-04-10"
