"""Step 4 (boilerplate): the line filter and its data; step 3's pre-cleaning of the page."""

from __future__ import annotations

from copy import copy

import pytest

from humascrawl.extract import ExtractionError
from humascrawl.extract.body import container_lines, find_container, preclean, restore_edges, trim_edges
from humascrawl.extract.boilerplate import drop_title_echo, filter_lines
from humascrawl.extract.document import parse_document
from humascrawl.extract.rules import RULES_DIR, base_boilerplate, boilerplate_for

BP = base_boilerplate()
TITLE = "Humas Polres Ketapang Ikuti Rakernis Kehumasan Polda Kalbar Tahun 2024"
BODY = "Rakernis ini dilanjutkan dengan foto bersama dan diskusi panel."


def test_rules_are_data_files():
    assert (RULES_DIR / "boilerplate.toml").is_file()
    assert (RULES_DIR / "units.toml").is_file() and (RULES_DIR / "persons.toml").is_file()


@pytest.mark.parametrize("line", [
    # Blogger, old and new UI
    "Posting Komentar", "Poskan Komentar", "Posting Lebih Baru", "Postingan Lebih Baru", "Posting Lama",
    "Postingan Lama", "Beranda", "Posting Lebih Baru Posting Lama Beranda", "Langganan: Posting Komentar (Atom)",
    "Langganan: Entri (Atom)", "Diposting oleh Redaksi Kalimantanpost", "Diposkan oleh Admin di 22.51",
    "Tidak ada komentar:", f'Belum ada Komentar untuk "{TITLE}"', "Label: Kalbar, Ketapang, Polri",
    "Kirimkan Ini lewat Email", "BlogThis!", "Berbagi ke Twitter", "Diberdayakan oleh Blogger",
    # WordPress id_ID comment form
    "Tinggalkan Balasan", "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *",
    "Komentar *", "Nama *", "Situs Web",
    "Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.",
    # share bars, counters, protection, read-also
    "Bagikan:", "SHARE:", "Bagikan: Facebook Twitter WhatsApp", "Post Views: 200", "Dilihat: 1.245",
    "error: Content is protected !!", "Baca Juga: Polsek Delta Pawan Amankan Pelaku Curanmor",
    "BACA JUGA : Kapolres Ketapang Pimpin Apel", "Berita Terkait", "Copyright © 2024 Kalimantanpost.online",
    "Foto: Kasi Humas Polres Ketapang saat mengikuti Rakernis",
])
def test_boilerplate_lines_are_dropped(line):
    assert filter_lines([BODY, line], BP) == [BODY]


@pytest.mark.parametrize("line", [
    "Kegiatan ini dibuka secara langsung oleh Kabid Humas Polda Kalbar Kombes Pol Raden Petit Wijaya.",
    "Beranda rumah warga digunakan sebagai posko pengamanan.",
    "Komentar warga di media sosial beragam, namun sebagian besar mendukung langkah kepolisian.",
    "Polisi membagikan 500 paket sembako kepada warga.",
    "Tersangka dijerat Pasal 363 ayat (1) huruf (c) KUHP.",
])
def test_article_lines_stay(line):
    assert filter_lines([line], BP) == [line]


def test_the_comment_section_ends_the_article():
    lines = [BODY, "Sumber: Humas Polres Ketapang", "Editor: Lisa", f'Belum ada Komentar untuk "{TITLE}"',
             "Budi: mantap pak polisi", "Posting Komentar"]
    assert filter_lines(lines, BP) == [BODY, "Sumber: Humas Polres Ketapang", "Editor: Lisa"]


def test_a_comment_heading_merged_into_the_last_line_is_cut():
    merged = f'{BODY} Belum ada Komentar untuk "{TITLE}" Posting Komentar'
    assert filter_lines([merged, "Anon: spam"], BP) == [BODY]
    assert filter_lines(["Editor: Lisa Posting Komentar"], BP) == ["Editor: Lisa"]


def test_a_stop_line_before_any_text_is_only_dropped():
    assert filter_lines(["Posting Komentar", BODY], BP) == [BODY]


def test_related_lists_are_dropped_with_their_headlines():
    lines = [BODY, "Jangan Lewatkan!", "Kapolres Ketapang Pimpin Apel Gelar Pasukan",
             "Polsek Delta Pawan Amankan Pelaku Curanmor", "Kegiatan berlangsung aman dan lancar hingga selesai."]
    assert filter_lines(lines, BP) == [BODY, "Kegiatan berlangsung aman dan lancar hingga selesai."]


def test_source_rules_extend_the_patterns():
    rules = boilerplate_for({"boilerplate": [r"Redaksi Kalimantanpost.*", r"WA: 08\d+"]})
    assert filter_lines([BODY, "Redaksi Kalimantanpost menerima rilis kegiatan", "WA: 081234567890"], rules) == [BODY]
    assert filter_lines([BODY, "Posting Komentar"], rules) == [BODY]  # the base rules still apply
    assert boilerplate_for({}) is BP and boilerplate_for(None) is BP


def test_a_bad_source_pattern_is_a_clear_error():
    with pytest.raises(ExtractionError, match="bad source boilerplate pattern"):
        boilerplate_for({"boilerplate": ["(unclosed"]})


def test_title_echo_is_dropped():
    assert drop_title_echo([TITLE, BODY], [TITLE]) == [BODY]
    assert drop_title_echo([BODY, TITLE], [TITLE]) == [BODY, TITLE]


PAGE = """<html><body class="single right-sidebar">
<div id="page"><div class="entry-content">
<p>Ketapang, Kalimantanpost.online.- Jajaran Humas Polres Ketapang mengikuti Rakernis Humas Polda Kalbar di Pontianak.</p>
<p><strong>Baca Juga: <a href="/x.html">Kapolsek Delta Pawan Sambangi Warga</a></strong></p>
<div class="sharedaddy"><h3>Bagikan ini:</h3><a>Facebook</a></div>
<p>Kegiatan ini dibuka secara langsung oleh Kabid Humas Polda Kalbar Kombes Pol Raden Petit Wijaya dan dihadiri pejabat utama.</p>
<div class="post-views">Post Views: 200</div>
</div>
<div id="comments"><h3>Tinggalkan Balasan</h3></div>
<aside id="secondary" class="widget-area"><p>Kapolres Sanggau AKBP Suparno Pimpin Apel</p></aside>
</div></body></html>"""


def test_preclean_drops_furniture_but_never_the_post_body_or_its_ancestors():
    tree = copy(parse_document(PAGE).tree)
    container = find_container(tree)
    assert container is not None and "entry-content" in container.get("class")
    preclean(tree, BP, container)
    text = tree.text_content()
    assert "Jajaran Humas Polres Ketapang" in text and "Kombes Pol Raden Petit Wijaya" in text
    for gone in ("Baca Juga", "Bagikan ini", "Post Views", "Tinggalkan Balasan", "AKBP Suparno"):
        assert gone not in text
    assert tree.find(".//body") is not None  # "right-sidebar" on <body> is a layout class


def test_container_lines_split_blocks_and_br():
    tree = parse_document("<div class='post-body'>Ketapang, X.-<br/>Baris satu.<br/><br/>Baris dua.<p>Tiga.</p>"
                          "<figure><img src='a.jpg'/><figcaption>caption</figcaption></figure>"
                          "<script>var x=1;</script></div>").tree
    assert container_lines(tree.find(".//div")) == ["Ketapang, X.-", "Baris satu.", "Baris dua.", "Tiga."]


def test_container_lines_read_a_data_table_row_per_line():
    tree = parse_document("<div class='post-body'><p>Harga cabai:</p><table>\n<tr>\n<th></th><th>Senin</th>"
                          "<th>Selasa</th></tr>\n<tr><td>Rawit</td><td>Rp 60.000</td><td>Rp 58.000</td></tr></table>"
                          "<table class='grey'><tr><td>Editor</td><td>: Lisa</td></tr></table></div>").tree
    assert container_lines(tree.find(".//div")) == [
        "Harga cabai:", "Senin | Selasa", "Rawit | Rp 60.000 | Rp 58.000", "Editor : Lisa"]


def test_restore_edges_puts_back_dropped_trailer_and_lead_lines():
    own = ["Ketapang, Kalimantanpost.online.-", "Paragraf satu.", "Paragraf dua.", "Sumber: Humas Polres Ketapang",
           "Editor: Lisa"]
    assert restore_edges(["Paragraf satu.", "Paragraf dua.", "Editor: Lisa"], own) == own


def test_trim_edges_drops_short_lines_outside_the_post_body():
    inside = "paragraf satu. paragraf dua."
    assert trim_edges(["Headline", "Taksiran kerugian", "Paragraf satu.", "Paragraf dua.", "Berita Populer"],
                      inside) == ["Paragraf satu.", "Paragraf dua."]
