"""Step 5 (credits): trailing credit lines are parsed and removed from the text."""

from __future__ import annotations

import pytest

from humascrawl.extract.credits import parse_credit_line, split_credits

LAST = "Rakernis ini dilanjutkan dengan foto bersama dan diskusi panel."


def test_the_seed_trailer():
    lines, credits = split_credits(["Paragraf.", LAST, "Sumber: Humas Polres Ketapang", "Editor: Lisa"])
    assert lines == ["Paragraf.", LAST]
    assert (credits.source_credit, credits.editor, credits.author) == ("Humas Polres Ketapang", "Lisa", None)


@pytest.mark.parametrize("line, expected", [
    ("Sumber: Humas Polres Ketapang", {"source_credit": "Humas Polres Ketapang"}),
    ("Sumber : Humas Polres Ketapang.", {"source_credit": "Humas Polres Ketapang"}),
    ("SUMBER: HUMAS POLRES KETAPANG", {"source_credit": "Humas Polres Ketapang"}),
    ("Sumber Bidhumas Polda Sumbar", {"source_credit": "Bidhumas Polda Sumbar"}),
    ("Sumber: Medcom.id / Editor: amran", {"source_credit": "Medcom.id", "editor": "amran"}),
    ("Penulis: Yusro / Editor: Andrian", {"author": "Yusro", "editor": "Andrian"}),
    ("Penulis : Krisna YTP / Editor : Tullahwi / Disiarkan di Radio Suara Landak 98 FM",
     {"author": "Krisna YTP", "editor": "Tullahwi"}),
    ("Penulis : Candra Lukito / Publish : Humas Polres Sanggau", {"author": "Candra Lukito"}),
    ("Publish : Humas Polres Sanggau", {"author": "Humas Polres Sanggau"}),
    ("Pewarta: Rendra Oxtora", {"author": "Rendra Oxtora"}),
    ("Reporter: Budi | Redaktur: Andi", {"author": "Budi", "editor": "Andi"}),
    ("Editor: Lisa", {"editor": "Lisa"}),
    ("(Humas Polres Ketapang)", {"source_credit": "Humas Polres Ketapang"}),
    ("(Sumber Radar Sampit, 21 Juli 2013)", {"source_credit": "Radar Sampit, 21 Juli 2013"}),
    ("(red)", {}), ("(Red)", {}), ("(*)", {}), ("(*/Hms)", {}), ("(Hms)", {}), ("(fyk/ash)", {}),
    ("(Rani M/hms)", {}), ("***", {}), ("Foto: Istimewa", {}),
])
def test_credit_lines(line, expected):
    assert parse_credit_line(line) == expected


@pytest.mark.parametrize("line", [
    LAST,
    "Sumber dana kegiatan berasal dari APBD.",
    "Sumber: menurut keterangan saksi di lokasi, pelaku melarikan diri ke arah hutan sebelum petugas datang ke tempat kejadian perkara dan memasang garis polisi",
    "(27)",
    "Tersangka AS (27) diamankan.",
])
def test_article_lines_are_not_credits(line):
    assert parse_credit_line(line) is None


def test_closing_humas_credit_inside_the_last_paragraph():
    lines, credits = split_credits([f"{LAST} (Humas Polres Ketapang)"])
    assert lines == [LAST] and credits.source_credit == "Humas Polres Ketapang"


@pytest.mark.parametrize("tag", ["(*/Hms)", "(red)", "(*)", "(bib)", "(Adi LC)"])
def test_sign_off_tags_are_removed(tag):
    lines, _ = split_credits([f"{LAST} {tag}"])
    assert lines == [LAST]


def test_an_age_in_parentheses_is_not_a_tag():
    line = "Polisi mengamankan seorang pria berinisial AS (27)"
    assert split_credits([line])[0] == [line]


def test_credits_before_a_tag_line_and_a_byline_at_the_top():
    lines, credits = split_credits(["Reporter: Joko", "Isi berita.", "Kata dia. (*)", "Sumber: Humas Polres X",
                                    "Editor: Lisa"])
    assert lines == ["Isi berita.", "Kata dia."]
    assert (credits.author, credits.editor, credits.source_credit) == ("Joko", "Lisa", "Humas Polres X")


def test_the_line_nearest_the_end_wins():
    _, credits = split_credits(["Isi.", "Editor: Andi", "Editor: Lisa"])
    assert credits.editor == "Lisa"
