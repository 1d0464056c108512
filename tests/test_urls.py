import pytest

from humascrawl.urls import canonicalize, site_of


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


def test_site_of():
    assert site_of("https://www.kalimantanpost.online/x") == "kalimantanpost.online"
