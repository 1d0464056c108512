"""The crawl's decompression middleware: Scrapy's, less a charset detection over compressed bytes, bounded."""

from __future__ import annotations

import gzip

import pytest
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request, TextResponse
from scrapy.utils.test import get_crawler

from humascrawl.crawl.middlewares import BoundedCompressionMiddleware

PAGE = "<html><head><title>Kapolres</title></head><body><p>Polres Sanggau menggelar apel pagi.</p></body></html>"


def _middleware(**settings):
    crawler = get_crawler(settings_dict=settings)
    middleware = BoundedCompressionMiddleware.from_crawler(crawler)
    return middleware


def _gzipped(body: bytes) -> HtmlResponse:
    return HtmlResponse("http://127.0.0.1/a.html", body=gzip.compress(body),
                        headers={"Content-Type": "text/html", "Content-Encoding": "gzip"})


def test_a_gzipped_page_is_decoded_without_guessing_the_charset_of_its_gzip_bytes(monkeypatch):
    guessed: list[bytes] = []
    original = TextResponse._auto_detect_fun
    monkeypatch.setattr(TextResponse, "_auto_detect_fun", lambda self, text: guessed.append(text) or original(self, text))
    response = _middleware().process_response(Request("http://127.0.0.1/a.html"), _gzipped(PAGE.encode()))
    assert isinstance(response, HtmlResponse) and response.body == PAGE.encode()
    assert b"Content-Encoding" not in response.headers
    assert response.text == PAGE
    assert all(text.startswith(b"<html>") for text in guessed)  # only ever the page itself


def test_a_gzip_bomb_is_still_refused():
    middleware = _middleware(DOWNLOAD_MAXSIZE=10_000)
    with pytest.raises(IgnoreRequest):
        middleware.process_response(Request("http://127.0.0.1/a.html"), _gzipped(b" " * 1_000_000))
