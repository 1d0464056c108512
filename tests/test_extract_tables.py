"""Tables and figure captions in the post body: data tables are text, layout tables are not tables, and a Blogger
caption stays in an English post but not in an Indonesian news article."""

from __future__ import annotations

from humascrawl.extract import extract_article
from humascrawl.extract.body import extract_lines, flatten_layout_tables
from humascrawl.extract.captions import caption_texts, drop_captions
from humascrawl.extract.document import parse_document
from humascrawl.extract.rules import base_boilerplate

ID_PARAS = [
    "Polres Ketapang menggelar operasi pasar murah di halaman Mapolres Ketapang, Rabu (15/5/2024) pukul 08.00 WIB, "
    "untuk membantu warga menghadapi kenaikan harga bahan pokok menjelang hari raya.",
    "Kapolres Ketapang AKBP Tommy Ferdian mengatakan kegiatan ini merupakan bentuk kepedulian Polri kepada "
    "masyarakat yang sedang menghadapi kenaikan harga kebutuhan pokok di wilayah Kabupaten Ketapang.",
    "Menurut dia, kegiatan serupa akan digelar kembali bersama pemerintah daerah dan para pedagang setempat "
    "agar harga tetap terjangkau oleh seluruh lapisan masyarakat hingga akhir bulan ini.",
]
EN_PARAS = [
    "I have been working on an open place and route tool for small programmable logic devices, and this post "
    "explains how the placer works from the netlist to the final bitstream that is loaded into the device.",
    "Without further ado, here is a block diagram showing all the cool stuff you get in the device that the "
    "tool targets, including the lookup tables, the flipflops and the analog blocks on the crossbar:",
    "The placer assigns every cell of the netlist to a site of the device graph, then improves the placement "
    "with simulated annealing until the design routes or stops making progress for many iterations.",
]


def _blogger_page(paras: list[str], lang: str, extra: str) -> str:
    body = "<br /><br />\n".join(paras[:2]) + "<br /><br />\n" + extra + "\n" + "<br /><br />\n".join(paras[2:])
    return (f"<!DOCTYPE html><html lang='{lang}'><head><title>Judul Berita Yang Cukup Panjang</title></head><body>"
            "<div class='post hentry'><h3 class='post-title entry-title'>Judul Berita Yang Cukup Panjang</h3>"
            f"<div class='post-body entry-content'>{body}</div></div>"
            "<div class='sidebar'><h2>Populer</h2><ul><li><a href='/a'>Berita lain</a></li></ul></div></body></html>")


def _caption_table(caption: str) -> str:
    return ("<table align='center' class='tr-caption-container'><tbody><tr><td><a href='https://x.example/a.png'>"
            f"<img src='https://x.example/a.png' /></a></td></tr><tr><td class='tr-caption'>{caption}</td></tr>"
            "</tbody></table>")


def test_a_blogger_caption_stays_in_an_english_post():
    html = _blogger_page(EN_PARAS, "en", _caption_table("Block diagram of the device (from the datasheet)"))
    text = extract_article(html, "https://example.blogspot.com/2016/05/placer.html").text
    assert "Block diagram of the device (from the datasheet)" in text.split("\n\n")
    assert text.startswith(EN_PARAS[0]) and text.endswith(EN_PARAS[2])


def test_a_photo_caption_is_not_the_text_of_an_indonesian_article():
    caption = "Suasana operasi pasar murah yang dihadiri Kapolres bersama warga setempat"
    for lang, table in (("id", _caption_table(caption)),
                        # the same table with its classes gone (an unknown theme), and a page declaring English
                        ("en", _caption_table(caption).replace(" class='tr-caption-container'", "")
                         .replace(" class='tr-caption'", ""))):
        article = extract_article(_blogger_page(ID_PARAS, lang, table), "https://suaraketapang.blogspot.com/a.html")
        assert caption not in article.text
        assert article.text.split("\n\n") == ID_PARAS
        assert article.language == "id"


def test_a_data_table_in_the_post_body_is_text_one_row_a_line():
    table = ("<table><thead><tr><th>Komoditas</th><th>Harga lama</th><th>Harga operasi</th></tr></thead><tbody>"
             "<tr><td>Beras premium</td><td>Rp 15.000</td><td>Rp 12.500</td></tr>"
             "<tr><td>Minyak goreng</td><td>Rp 18.000</td><td>Rp 14.000</td></tr></tbody></table>")
    text = extract_article(_blogger_page(ID_PARAS, "id", table), "https://suaraketapang.blogspot.com/a.html").text
    lines = text.split("\n\n")
    assert "Beras premium | Rp 15.000 | Rp 12.500" in lines
    assert "Minyak goreng | Rp 18.000 | Rp 14.000" in lines
    assert lines.index("Beras premium | Rp 15.000 | Rp 12.500") > lines.index(ID_PARAS[1])


def test_a_page_laid_out_in_tables_reads_as_paragraphs():
    body = "<br />\n<br />\n".join(ID_PARAS)
    html = ("<html lang='id'><head><title>Operasi Pasar Murah Polres Ketapang</title></head><body>"
            "<table width='980'><tr><td colspan='2' class='menu'><a href='/'>Beranda</a> :: <a href='/d'>Daerah</a>"
            "</td></tr><tr><td width='660'><table><tr><td class='judul'>Operasi Pasar Murah Polres Ketapang</td></tr>"
            f"<tr><td class='isi'>{body}</td></tr></table></td><td width='320'><b>Terpopuler</b><br />"
            "Dua Rumah Hangus Terbakar Akibat Korsleting Listrik<br />Tim Voli Juara Turnamen Bhayangkara Cup</td>"
            "</tr></table></body></html>")
    text = extract_article(html, "https://harianbanua.example/index.php?id=1").text
    assert text.split("\n\n") == ID_PARAS
    assert "|" not in text


def test_layout_tables_are_flattened_and_data_tables_kept():
    tree = parse_document("<html><body><table id='page'><tr><td><div class='post-body'><p>Teks.</p>"
                          "<table id='data'><tr><td>a</td><td>b</td></tr></table></div></td></tr></table>"
                          "<table id='nested'><tr><td><table><tr><td>x</td></tr></table></td></tr></table>"
                          "</body></html>").tree
    container = tree.find(".//div[@class='post-body']")
    flatten_layout_tables(tree, container)
    assert tree.get_element_by_id("page").tag == "div"  # holds the post body
    assert tree.get_element_by_id("nested").tag == "div"  # holds another table
    assert tree.get_element_by_id("data").tag == "table"
    assert [el.tag for el in tree.get_element_by_id("data").iter()] == ["table", "tr", "td", "td"]


def test_caption_texts_and_drop_captions():
    tree = parse_document("<html><body><div class='post-body'><p>Teks.</p>" + _caption_table("Foto  kegiatan")
                          + "<table><tr><td><img src='b.jpg'/></td></tr><tr><td>Tanpa kelas</td></tr></table>"
                          "<table><tr><td>Harga</td><td>Rp 5.000</td></tr><tr><td>Jumlah</td><td>3</td></tr></table>"
                          "</div></body></html>").tree
    captions = caption_texts(tree, base_boilerplate())
    assert captions == {"foto kegiatan", "tanpa kelas"}
    assert drop_captions(["Teks.", "Foto kegiatan", "Tanpa Kelas", "Harga | Rp 5.000"], captions) == [
        "Teks.", "Harga | Rp 5.000"]


def test_the_post_body_goes_back_into_the_page_after_trafilatura_read_it():
    html = _blogger_page(ID_PARAS, "id", "")
    tree = parse_document(html).tree
    lines = extract_lines(tree, None, base_boilerplate(), in_place=True)
    assert lines[:3] == ID_PARAS
    body = tree.find(".//div[@class='post-body entry-content']")
    assert body is not None and body.getparent().get("class") == "post hentry"
    assert body.getroottree().getroot() is tree
