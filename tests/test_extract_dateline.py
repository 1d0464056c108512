"""Step 6 (dateline): the place at the start of the first paragraph, removed from the text."""

from __future__ import annotations

import pytest

from humascrawl.extract.dateline import parse_dateline, split_dateline, title_case_place


@pytest.mark.parametrize("paragraph, place, rest", [
    ("Ketapang, Kalimantanpost.online.-", "Ketapang", ""),
    ("Ketapang, Kalimantanpost.online.- Jajaran Humas Polres Ketapang", "Ketapang", "Jajaran Humas Polres Ketapang"),
    ("PONTIANAK, KalbarNews.id – Kapolda Kalbar meninjau", "Pontianak", "Kapolda Kalbar meninjau"),
    ("KETAPANG - Kapolres Ketapang memimpin apel", "Ketapang", "Kapolres Ketapang memimpin apel"),
    ("Sungai Raya (Kalbar) – Bhabinkamtibmas Desa Kapur", "Sungai Raya", "Bhabinkamtibmas Desa Kapur"),
    ("Pontianak (ANTARA) - Polda Kalbar menggelar", "Pontianak", "Polda Kalbar menggelar"),
    ("Mataram, NTB (ANTARA News) - Sebanyak 29 penerbangan", "Mataram", "Sebanyak 29 penerbangan"),
    ("Palangka Raya, (METROKalteng.com) – Kapolresta", "Palangka Raya", "Kapolresta"),
    ("Pontianak, // PropamNewstv.id – Kabid Humas", "Pontianak", "Kabid Humas"),
    ("Jakarta,CakraNEWS.ID- Polri", "Jakarta", "Polri"),
    ("KalbarOnline, Ketapang – Polisi", "Ketapang", "Polisi"),
    ("apahabar.com, BANJARBARU – Polisi", "Banjarbaru", "Polisi"),
    ("INTIMNEWS.COM, PANGKALAN BUN – Personel", "Pangkalan Bun", "Personel"),
    ("Ngabang (Suara Landak) - Kapolres", "Ngabang", "Kapolres"),
    ("BLITAR, – Kasi Humas", "Blitar", "Kasi Humas"),
])
def test_datelines(paragraph, place, rest):
    assert parse_dateline(paragraph) == (place, rest)


@pytest.mark.parametrize("paragraph", [
    "Jajaran Humas Polres Ketapang mengikuti Rakernis.",
    "Kapolres Ketapang - AKBP Tommy Ferdian - memimpin apel.",
    "COVID-19 masih menjadi perhatian.",
    "Humas Polres Ketapang Polda Kalbar yang diwakili Kasi Humas",
])
def test_no_dateline(paragraph):
    assert parse_dateline(paragraph) == (None, paragraph)


def test_an_outlet_only_opening_is_removed_without_a_place():
    assert parse_dateline("KapanLagi.com - Brandon Salim", {"kapanlagicom"}) == (None, "Brandon Salim")


def test_split_dateline_drops_a_paragraph_that_is_only_the_dateline():
    place, lines = split_dateline(["Ketapang, Kalimantanpost.online.-", "Jajaran Humas.", "Dua."],
                                  "kalimantanpost.online", "Kalimantanpost.online")
    assert place == "Ketapang" and lines == ["Jajaran Humas.", "Dua."]
    assert split_dateline([], None, None) == (None, [])


def test_title_case_of_all_caps_places():
    assert title_case_place("PONTIANAK") == "Pontianak"
    assert title_case_place("KUBU RAYA") == "Kubu Raya"
    assert title_case_place("Sungai Raya") == "Sungai Raya"
