"""The discovery parsers on real platform samples and on the mirror's documents."""

import gzip
import json
import tracemalloc
import urllib.request
import zlib

import pytest

from conftest import SHARED
from humascrawl.demo.server import MirrorServer
from humascrawl.discovery import (
    DiscoveryError,
    DocumentTooLarge,
    detect_platform,
    parse_blogger_feed,
    parse_feed,
    parse_sitemap,
    parse_wp_posts,
)

SAMPLES = SHARED / "real-pages" / "platform-samples"


def fetch(url):
    return urllib.request.urlopen(url).read()


@pytest.fixture(scope="module")
def mirror():
    with MirrorServer.from_counts({"blog": ("blogger", 40), "wp": ("wordpress", 40)}) as server:
        yield server


def test_real_blogger_feed_sample():
    path = SAMPLES / "blogger" / "feed-posts-full.jsonp"
    if not path.exists():
        pytest.skip(f"shared sample missing: {path}")
    text = path.read_text(encoding="utf-8")
    body = text[text.index("(") + 1: text.rindex(")")].encode()
    entries, total = parse_blogger_feed(body)
    assert entries and total is not None
    assert all(e.url.startswith("https://") and e.published and e.modified for e in entries)
    assert any(e.labels for e in entries) and all(e.content for e in entries)


def test_real_wordpress_rest_sample():
    path = SAMPLES / "wordpress" / "wp-v2-posts-embed.json"
    if not path.exists():
        pytest.skip(f"shared sample missing: {path}")
    entries = parse_wp_posts(path.read_bytes())
    assert len(entries) == 10
    first = entries[0]
    assert first.published.endswith("+00:00") and first.title and first.content
    assert first.labels  # categories and tags from _embedded wp:term


def test_mirror_blogger_feed_sitemap_and_home(mirror):
    base = mirror.base_url("blog")
    entries, total = parse_blogger_feed(fetch(base + "feeds/posts/default?alt=json&max-results=150"))
    assert total == 40 and len(entries) == 40
    kind, children = parse_sitemap(fetch(base + "sitemap.xml"))
    assert kind == "index"
    pages = [e for child in children for e in parse_sitemap(fetch(child.url))[1]]
    assert {e.url for e in pages} == {e.url for e in entries}
    assert all(e.modified for e in pages)
    assert detect_platform(fetch(base)) == ("blogger", None)


def test_mirror_wordpress_api_sitemap_feed_and_home(mirror):
    base = mirror.base_url("wp")
    entries = parse_wp_posts(fetch(base + "wp-json/wp/v2/posts?per_page=100&_embed=1"))
    assert len(entries) == 40 and all(e.labels for e in entries)
    rss = parse_feed(fetch(base + "feed/"))
    assert len(rss) == 10 and rss[0].published and rss[0].content
    assert detect_platform(fetch(base))[0] == "wordpress"


def test_gzip_and_news_sitemaps():
    xml = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
      xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://x.id/a</loc>
      <news:news><news:publication_date>2024-05-15T08:00:00+07:00</news:publication_date>
      <news:title>Polres Ketapang</news:title></news:news></url></urlset>"""
    kind, entries = parse_sitemap(gzip.compress(xml))
    assert kind == "urlset"
    assert (entries[0].url, entries[0].published, entries[0].title) == (
        "https://x.id/a", "2024-05-15T08:00:00+07:00", "Polres Ketapang")


def test_atom_feed():
    xml = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Judul</title>
      <link rel="alternate" href="https://x.id/2024/05/a.html"/><published>2024-05-15T14:02:00+07:00</published>
      <updated>2024-05-16T09:00:00+07:00</updated><category term="Polres Ketapang"/>
      <author><name>Unknown</name></author><content type="html">&lt;p&gt;Isi&lt;/p&gt;</content></entry></feed>"""
    (entry,) = parse_feed(xml)
    assert entry.stamp == "2024-05-16T09:00:00+07:00" and entry.labels == ["Polres Ketapang"]
    assert entry.author is None and entry.content == "<p>Isi</p>"


@pytest.mark.parametrize("parser, body", [
    (parse_blogger_feed, b"<html>not json</html>"),
    (parse_blogger_feed, json.dumps({"feed": {"entry": "x"}}).encode()),
    (parse_wp_posts, b'{"code": "rest_no_route"}'),
    (parse_sitemap, b"<html><body>soft 404</body></html>"),
    (parse_sitemap, b"\x1f\x8bbroken"),
    (parse_feed, b""),
])
def test_malformed_documents_raise_discovery_error(parser, body):
    with pytest.raises(DiscoveryError):
        parser(body)


def test_detect_platform_by_feed_link_and_default():
    page = b'<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head></html>'
    assert detect_platform(page) == ("feed", "/rss.xml")
    assert detect_platform(b"<html><body>plain</body></html>") == ("sitemap", None)


def test_truncated_xml_that_recovers_to_nothing_is_an_error():
    with pytest.raises(DiscoveryError, match="malformed XML"):
        parse_sitemap(b"<urlset><url><loc>")
    kind, entries = parse_sitemap(b"<urlset><url><loc>https://x.id/a</loc></url><url><loc>https://x.id/b")
    assert [e.url for e in entries] == ["https://x.id/a", "https://x.id/b"]


def test_a_gzip_bomb_inflates_only_up_to_the_cap_in_bounded_memory():
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    bomb = b"".join(packer.compress(bytes(1 << 20)) for _ in range(64)) + packer.flush()  # 64 MB inflated
    tracemalloc.start()
    try:
        with pytest.raises(DocumentTooLarge) as caught:
            parse_sitemap(bomb, max_bytes=1 << 20)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.reason == "too_large"
    assert peak < 8 << 20  # a few chunks of the 1 MB cap, not the 64 MB it inflates to


def test_a_gzip_sitemap_under_the_cap_and_in_several_members_is_read():
    xml = b'<?xml version="1.0"?><urlset><url><loc>https://a.example/2024/05/x.html</loc></url></urlset>'
    assert parse_sitemap(gzip.compress(xml[:40]) + gzip.compress(xml[40:]), max_bytes=len(xml))[1][0].url \
        == "https://a.example/2024/05/x.html"
    with pytest.raises(DiscoveryError, match="broken gzip"):
        parse_sitemap(gzip.compress(xml)[:-12])
