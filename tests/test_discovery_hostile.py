"""Listings with fields of the wrong type: every usable entry is kept, the rest counted, never the page lost."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from humascrawl.discovery import DiscoveryError, parse_blogger_feed, parse_feed, parse_sitemap, parse_wp_posts
from humascrawl.extract import ExtractionError, extract_article
from humascrawl.extract.multipage import extract_archived
from humascrawl.items import PAGE_BREAK, Article

URL = "https://polres.example.id/2024/05/kapolres-{}.html"


def blogger(*entries) -> bytes:
    return json.dumps({"feed": {"openSearch$totalResults": {"$t": str(len(entries))}, "entry": list(entries)}}).encode()


def blogger_entry(n: int, **fields) -> dict:
    entry = {"link": [{"rel": "alternate", "href": URL.format(n)}], "title": {"$t": f"Berita {n}"},
             "published": {"$t": "2024-05-01T08:00:00+07:00"}, "updated": {"$t": "2024-05-02T08:00:00+07:00"},
             "category": [{"term": "Polres"}], "author": [{"name": {"$t": "Humas Polres"}}],
             "content": {"$t": "<p>Isi berita.</p>"}}
    entry.update(fields)
    return {k: v for k, v in entry.items() if v is not ...}


@pytest.mark.parametrize("fields, expect", [
    ({"category": None}, {"labels": []}),
    ({"category": "Polres"}, {"labels": []}),
    ({"category": [{"term": 7}, {"term": None}, "x"]}, {"labels": ["7"]}),
    ({"author": "Humas Polres Sanggau"}, {"author": "Humas Polres Sanggau"}),
    ({"author": {"name": {"$t": "Humas Polres Sanggau"}}}, {"author": "Humas Polres Sanggau"}),
    ({"author": [None]}, {"author": None}),
    ({"author": 12}, {"author": "12"}),
    ({"title": {"$t": 2024}}, {"title": "2024"}),
    ({"title": "Judul"}, {"title": None}),
    ({"published": {"$t": 1714521600}}, {"published": None, "modified": "2024-05-02T08:00:00+07:00"}),
    ({"updated": {"$t": [1]}}, {"modified": None}),
    ({"content": {"$t": 5}}, {"content": None}),
    ({"content": "<p>x</p>"}, {"content": None}),
])
def test_blogger_entry_with_a_bad_field_is_kept_with_the_sane_ones(fields, expect):
    entries, total = parse_blogger_feed(blogger(blogger_entry(1), blogger_entry(2, **fields)))
    assert [e.url for e in entries] == [URL.format(1), URL.format(2)] and entries.dropped == 0
    for name, value in expect.items():
        assert getattr(entries[1], name) == value
    assert total == 2


@pytest.mark.parametrize("link", [None, [], "https://x.id/a.html", [{"rel": "alternate", "href": 5}],
                                  [{"rel": "alternate", "href": "/2024/05/a.html"}], [{"rel": "self", "href": URL}],
                                  [None, "x"], {"href": URL.format(9)}])
def test_blogger_entry_without_a_usable_link_is_dropped_and_counted(link):
    entries, _ = parse_blogger_feed(blogger(blogger_entry(1), blogger_entry(2, link=link), blogger_entry(3)))
    assert [e.url for e in entries] == [URL.format(1), URL.format(3)]
    assert (entries.dropped, entries.listed) == (1, 3)


def test_blogger_entries_that_are_not_objects_are_counted():
    entries, _ = parse_blogger_feed(blogger(blogger_entry(1), None, 7, "x", [blogger_entry(4)]))
    assert [e.url for e in entries] == [URL.format(1)] and entries.dropped == 4


@pytest.mark.parametrize("total", [{"$t": "Infinity"}, {"$t": 1e400}, {"$t": None}, "12", None, [3]])
def test_blogger_stated_total_of_the_wrong_type_is_ignored(total):
    body = json.dumps({"feed": {"openSearch$totalResults": total, "entry": [blogger_entry(1)]}}).encode()
    entries, stated = parse_blogger_feed(body.replace(b"1e+400", b"1e400"))
    assert stated is None and len(entries) == 1


@pytest.mark.parametrize("body", [b"[]", b'{"feed": []}', b'{"feed": null}', b'{"feed": {"entry": 5}}',
                                  b"[" * 100_000 + b"]" * 100_000, b"\xff\xfe"])
def test_a_blogger_page_that_is_no_feed_at_all_is_a_discovery_error(body):
    with pytest.raises(DiscoveryError):
        parse_blogger_feed(body)


def wp_post(n: int, **fields) -> dict:
    post = {"link": URL.format(n), "date": "2024-05-01T08:00:00", "date_gmt": "2024-05-01T01:00:00",
            "modified": "2024-05-02T08:00:00", "modified_gmt": "2024-05-02T01:00:00",
            "title": {"rendered": f"Berita &amp; {n}"}, "content": {"rendered": "<p>Isi.</p>"},
            "_embedded": {"author": [{"name": "Humas"}], "wp:term": [[{"name": "Polres"}], [{"name": "Kamtibmas"}]]}}
    post.update(fields)
    return post


@pytest.mark.parametrize("fields, expect", [
    ({"title": 2024}, {"title": "2024"}),
    ({"title": "Judul <b>tebal</b>"}, {"title": "Judul tebal"}),
    ({"title": {"rendered": 7}}, {"title": "7"}),
    ({"title": None}, {"title": None}),
    ({"title": [1]}, {"title": None}),
    ({"_embedded": [1, 2]}, {"labels": [], "author": None}),
    ({"_embedded": {"wp:term": [[{"name": 7}], None, [None, {"name": None}]], "author": "x"}},
     {"labels": ["7"], "author": None}),
    ({"content": "<p>Isi polos</p>"}, {"content": "<p>Isi polos</p>"}),
    ({"content": {"rendered": None}}, {"content": None}),
    ({"date": 7, "date_gmt": None}, {"published": None}),
    ({"date_gmt": 7}, {"published": "2024-05-01T08:00:00"}),
    ({"modified": {"x": 1}, "modified_gmt": False}, {"modified": None}),
])
def test_wordpress_post_with_a_bad_field_is_kept_with_the_sane_ones(fields, expect):
    entries = parse_wp_posts(json.dumps([wp_post(1), wp_post(2, **fields)]).encode())
    assert [e.url for e in entries] == [URL.format(1), URL.format(2)] and entries.dropped == 0
    assert entries[0].title == "Berita & 1" and entries[0].labels == ["Polres", "Kamtibmas"]
    for name, value in expect.items():
        assert getattr(entries[1], name) == value


@pytest.mark.parametrize("bad", [wp_post(2, link=None), wp_post(2, link=5), wp_post(2, link="/?p=2"),
                                 {"title": "no link"}, None, 3, "x", [wp_post(2)]])
def test_wordpress_post_without_a_usable_link_is_dropped_and_counted(bad):
    entries = parse_wp_posts(json.dumps([wp_post(1), bad, wp_post(3)]).encode())
    assert [e.url for e in entries] == [URL.format(1), URL.format(3)]
    assert (entries.dropped, entries.listed) == (1, 3)


# -- properties: arbitrary input never escapes as anything but DiscoveryError, and usable entries are kept --

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["$t", "href", "rel", "name", "term", "rendered", "link", "title", "entry", "feed",
                         "author", "category", "content", "_embedded", "wp:term", "date", "published"])
        | st.text(max_size=8), children, max_size=5),
    max_leaves=20)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
USABLE = st.integers(0, 10_000).map(URL.format)


def _parses_or_refuses(parser, body):
    try:
        return parser(body)
    except DiscoveryError:
        return None


@FAST
@given(st.lists(JSON, max_size=5), st.lists(USABLE, max_size=4), st.randoms())
def test_blogger_feed_keeps_every_entry_with_a_usable_link(noise, urls, rnd):
    good = [{**(junk if isinstance(junk, dict) else {}), "link": [{"rel": "alternate", "href": url}]}
            for url, junk in zip(urls, noise + [{}] * len(urls))]
    raw = good + noise
    rnd.shuffle(raw)
    entries, _ = parse_blogger_feed(json.dumps({"feed": {"entry": raw}}).encode())
    assert [e.url for e in entries if e.url in urls] == [e["link"][0]["href"] for e in raw if e in good]
    assert entries.listed == len(raw)
    assert all(isinstance(v, str) for e in entries for v in (e.title, e.published, e.author, e.content) if v)


@FAST
@given(st.lists(JSON, max_size=5), st.lists(USABLE, max_size=4), st.randoms())
def test_wordpress_posts_keep_every_post_with_a_usable_link(noise, urls, rnd):
    good = [{**(junk if isinstance(junk, dict) else {}), "link": url}
            for url, junk in zip(urls, noise + [{}] * len(urls))]
    raw = good + noise
    rnd.shuffle(raw)
    entries = parse_wp_posts(json.dumps(raw).encode())
    assert [e.url for e in entries if e.url in urls] == [e["link"] for e in raw if e in good]
    assert entries.listed == len(raw)
    assert all(isinstance(v, str) for e in entries for v in (e.title, e.published, e.author, e.content) if v)
    assert all(isinstance(label, str) for e in entries for label in e.labels)


@FAST
@given(JSON)
def test_json_parsers_take_any_json(doc):
    body = json.dumps(doc).encode()
    _parses_or_refuses(lambda b: parse_blogger_feed(b)[0], body)
    _parses_or_refuses(parse_wp_posts, body)
    _parses_or_refuses(lambda b: parse_blogger_feed(b)[0], json.dumps({"feed": doc}).encode())
    _parses_or_refuses(lambda b: parse_blogger_feed(b)[0], json.dumps({"feed": {"entry": doc}}).encode())


XML_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
TAGS = st.sampled_from(["urlset", "url", "loc", "lastmod", "sitemapindex", "sitemap", "rss", "channel", "item",
                        "link", "title", "pubDate", "feed", "entry", "category", "content", "x"])


@st.composite
def xmlish(draw, depth=3):
    """Well-formed or broken XML-like text: the tags sitemaps and feeds use, with arbitrary text between."""
    tag = draw(TAGS)
    inner = draw(st.lists(xmlish(depth - 1), max_size=3)) if depth else []
    text = draw(XML_TEXT)
    close = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", "", "</x>"]))
    return f"<{tag}>{text}{''.join(inner)}{close}"


@FAST
@given(st.one_of(xmlish(), st.binary(max_size=200), XML_TEXT.map(str.encode)))
def test_xml_parsers_raise_nothing_but_discovery_error(doc):
    body = doc.encode("utf-8", "surrogatepass") if isinstance(doc, str) else doc
    for parser in (parse_sitemap, parse_feed):
        _parses_or_refuses(parser, body)


@FAST
@given(st.lists(USABLE, min_size=1, max_size=5, unique=True), st.lists(XML_TEXT, max_size=5))
def test_sitemaps_and_feeds_keep_every_usable_url(urls, noise):
    from xml.sax.saxutils import escape

    junk = "".join(f"<url><lastmod>{escape(t)}</lastmod></url><url><loc>{escape(t.strip())}</loc></url>"
                   for t in noise)
    sitemap = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{junk}' + "".join(
        f"<url><loc>{u}</loc><lastmod>{escape(n)}</lastmod></url>" for u, n in zip(urls, noise + [""] * 5)) + "</urlset>"
    _, entries = parse_sitemap(sitemap.encode())
    assert [e.url for e in entries if e.url in urls] == urls
    items = "".join(f"<item><title>{escape(n)}</title><link>{u}</link><pubDate>{escape(n)}</pubDate></item>"
                    for u, n in zip(urls, noise + [""] * 5))
    assert [e.url for e in parse_feed(f"<rss><channel>{items}</channel></rss>".encode())] == urls


HTML_TAGS = st.sampled_from(["html", "head", "body", "title", "meta", "article", "div", "p", "h1", "script", "time",
                             "span", "a", "table", "tr", "td", "br", "img"])


@st.composite
def htmlish(draw, depth=3):
    tag = draw(HTML_TAGS)
    attrs = draw(st.sampled_from(["", ' class="entry-content"', ' property="og:title" content="x"',
                                  ' datetime="2024-13-45"', ' href="javascript:x"', ' itemprop="datePublished"']))
    inner = "".join(draw(st.lists(htmlish(depth - 1), max_size=3))) if depth else ""
    return f"<{tag}{attrs}>{draw(XML_TEXT)}{inner}{draw(st.sampled_from([f'</{tag}>', '']))}"


@FAST
@given(st.one_of(htmlish(), st.binary(max_size=300), XML_TEXT), st.sampled_from([None, URL.format(1), "nonsense"]),
       st.fixed_dictionaries({}, optional={"published": st.text(max_size=10), "title": st.text(max_size=10),
                                           "labels": st.lists(st.text(max_size=5), max_size=2)}))
def test_the_extractor_raises_nothing_but_extraction_error(doc, url, hints):
    try:
        article = extract_article(doc, url, hints=hints)
    except ExtractionError:
        return
    assert isinstance(article, Article) and isinstance(article.text, str)


@FAST
@given(st.lists(st.one_of(htmlish(), XML_TEXT).map(lambda t: t.encode("utf-8", "surrogatepass")), min_size=1,
                max_size=3))
def test_archived_pages_joined_by_the_crawl_raise_nothing_but_extraction_error(pages):
    """What the pipeline extracts: one body, the pages of a multi-page article joined by PAGE_BREAK."""
    try:
        article = extract_archived(PAGE_BREAK.join(pages), URL.format(1), {}, {"boilerplate": ["^Iklan$"]})
    except ExtractionError:
        return
    assert isinstance(article, Article) and isinstance(article.text, str)
