"""Step 1 (document): decoding, parsing once, and the inputs that are not article pages."""

from __future__ import annotations

import gzip

import pytest

from humascrawl.extract import ExtractionError, extract_article
from humascrawl.extract.document import decode_html, parse_document

PAGE = "<html><head><title>t</title></head><body><p>{}</p></body></html>"


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty input"),
        ("", "empty input"),
        (b"   \n\t ", "empty input"),
        (None, "empty input"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary input"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "binary input"),
        (gzip.compress(b"<html><body><p>x</p></body></html>"), "binary input"),
        (b"<html>\x00\x01\x02\x03<body>", "binary input"),
        ("<html>\x00<body><p>x</p>", "binary input"),
        (bytes(range(128, 256)) * 40, "binary input"),
        (b"just some words, no markup\n", "not HTML"),
        (b'{"feed": {"entry": [{"content": {"$t": "<p>Polres</p>"}}]}}', "not HTML"),
        (b"[1, 2, 3]", "not HTML"),
        (b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</title></item></channel></rss>', "not HTML"),
        (b'<?xml version="1.0"?><!-- feed --><feed xmlns="http://www.w3.org/2005/Atom"></feed>', "not HTML"),
        (12345, "unsupported input type"),
    ],
)
def test_what_is_not_an_article_page_raises_a_one_line_error(data, message):
    with pytest.raises(ExtractionError) as caught:
        extract_article(data)
    text = str(caught.value)
    assert message in text
    assert "\n" not in text
    assert isinstance(caught.value, ValueError)


def test_a_page_without_article_text_raises():
    with pytest.raises(ExtractionError, match="no article text"):
        extract_article("<html><head><title>Beranda</title></head><body><nav><a href='/'>Beranda</a></nav></body></html>",
                        "https://example.blogspot.com/")


def test_bytes_use_the_declared_charset():
    text = "Kapolres menyampaikan terima kasih — café «Ketapang»"
    data = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>'
            f'<body><p>{text}</p></body></html>').encode("cp1252")
    assert text in decode_html(data)


def test_bytes_declared_latin1_but_utf8_are_read_as_utf8():
    data = '<html><head><meta charset="iso-8859-1"></head><body><p>Foto © Twitter.com — Jum’at</p></body></html>'
    decoded = decode_html(data.encode("utf-8"))
    assert "© Twitter.com — Jum’at" in decoded and "Â" not in decoded


def test_bytes_without_charset_are_utf8_with_replacement():
    data = "<html><body><p>Bripka Hariansyah</p></body></html>".encode("utf-8") + b"\xff"
    assert decode_html(data).startswith("<html><body><p>Bripka Hariansyah")


def test_utf8_bom_and_utf16_are_decoded():
    page = PAGE.format("Polres Ketapang")
    assert "Polres Ketapang" in decode_html(b"\xef\xbb\xbf" + page.encode("utf-8"))
    assert "Polres Ketapang" in decode_html(page.encode("utf-16"))


def test_parse_once_gives_an_html_root_and_keeps_the_url():
    doc = parse_document('<?xml version="1.0" encoding="utf-8"?>' + PAGE.format("isi"), "https://x.id/a.html")
    assert doc.tree.tag == "html" and doc.url == "https://x.id/a.html"
    assert doc.tree.findtext(".//p") == "isi"


def test_fragments_are_still_parsed():
    doc = parse_document("<div><p>Kapolres Ketapang</p></div>")
    assert doc.tree.tag == "html"
