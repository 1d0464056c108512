import pytest

from humascrawl.urls import canonicalize, safe_http_url, site_key


@pytest.mark.parametrize("variant", [
    "https://www.kalimantanpost.online/2024/05/humas-polres.html",
    "HTTPS://WWW.Kalimantanpost.online/2024/05/humas-polres.html?m=1",
    "https://kalimantanpost.online/2024/05/humas-polres.html?utm_source=fb&fbclid=abc",
    "https://kalimantanpost.online:443/2024/05/humas-polres.html#comments",
])
def test_variants_share_one_canonical_url(variant):
    assert canonicalize(variant) == "https://kalimantanpost.online/2024/05/humas-polres.html"


def test_wordpress_amp_and_trailing_slash():
    assert canonicalize("https://kalbaronline.com/2018/07/13/slug/amp/") == "https://kalbaronline.com/2018/07/13/slug"
    assert canonicalize("https://kalbaronline.com/2018/07/13/slug/?amp=1") == "https://kalbaronline.com/2018/07/13/slug"
    assert canonicalize("https://kalbaronline.com/2018/07/13/slug") == "https://kalbaronline.com/2018/07/13/slug"


def test_meaningful_query_is_kept_and_sorted():
    assert canonicalize("https://equator.co.id/?p=23293") == "https://equator.co.id/?p=23293"
    assert canonicalize("http://127.0.0.1:8080/x?b=2&a=1") == "http://127.0.0.1:8080/x?a=1&b=2"


@pytest.mark.parametrize("url, site", [
    ("https://www.kalimantanpost.online/x", "kalimantanpost.online"),
    ("https://M.Kalimantanpost.online./x?m=1", "kalimantanpost.online"),  # mobile host, trailing dot
    ("http://kalimantanpost.online:80/x", "kalimantanpost.online"),
    ("http://127.0.0.1:8001/x", "127.0.0.1:8001"),  # two sites on one address are two sites
    ("https://m.id/x", "m.id"),  # a whole domain, not a prefix on one
    ("https://www.co/x", "www.co"),
    ("https://sub.example.com:99999/x", "sub.example.com"),  # an invalid port is no part of the site
    ("http://[::1/x", ""),  # does not parse
    ("/relative/only", ""),
    (None, ""),
])
def test_site_key(url, site):
    assert site_key(url) == site


def test_canonical_url_names_the_site_as_site_key_does():
    assert canonicalize("https://m.kalimantanpost.online/2024/05/a.html") == \
        "https://kalimantanpost.online/2024/05/a.html"
    assert canonicalize("http://127.0.0.1:8001/a/") == "http://127.0.0.1:8001/a"


@pytest.mark.parametrize("url", [
    "https://kalimantanpost.online/2024/05/a.html",
    "  http://127.0.0.1:8001/a?b=1  ",
    "https://example.com/a b",  # browsers and Scrapy percent-encode a space
])
def test_safe_http_url_accepts_fetchable_urls(url):
    assert safe_http_url(url) == url.strip()


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "mailto:humas@polri.go.id", "ftp://example.com/a", "/relative", "https:///no-host",
    "http://[::1/x", "https://example.com/a\r\nSet-Cookie: x=1", "https://example.com/\x00", "https://ex\tample.com/",
    "", None, 7, ["https://example.com/"],
])
def test_safe_http_url_rejects_what_must_not_be_fetched_or_linked(url):
    assert safe_http_url(url) is None
