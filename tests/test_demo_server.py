"""The local mirror of the demo news sites: content generator, Blogger and WordPress endpoints, faults, mutations."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import datetime

import pytest

from humascrawl.demo.content import generate_posts, seed_post, slugify_blogger
from humascrawl.demo.server import Fault, MirrorServer
from humascrawl.demo.sites import SiteSpec, load_demo_sites

SEED_TITLE = "Humas Polres Ketapang Ikuti Rakernis Kehumasan Polda Kalbar Tahun 2024"
ATOM = "{http://www.w3.org/2005/Atom}"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def fetch(url: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def fetch_json(url: str):
    status, headers, body = fetch(url)
    return status, headers, json.loads(body)


@pytest.fixture(scope="module")
def server():
    specs = load_demo_sites() + [
        SiteSpec(name="bigblog", platform="blogger", title="Big Blog", outlet="BigBlog.com", posts=400, seed=7),
        SiteSpec(name="bigwp", platform="wordpress", title="Big WP", outlet="BigWP.id", posts=2100, seed=8),
    ]
    with MirrorServer(specs) as srv:
        yield srv


@pytest.fixture()
def small():
    """A fresh pair of small sites for tests that mutate state."""
    with MirrorServer.from_counts({"blog": ("blogger", 12), "wp": ("wordpress", 12)}, seed=3) as srv:
        yield srv


# ------------------------------------------------------------------ generator

def test_seed_post_is_the_seed_article():
    p = seed_post()
    assert p.title == SEED_TITLE
    assert p.dateline == "Ketapang" and p.outlet == "Kalimantanpost.online"
    assert p.source_credit == "Humas Polres Ketapang" and p.editor == "Lisa"
    assert p.lead == "Ketapang, Kalimantanpost.online.-"
    assert len(p.paragraphs) == 11
    assert p.paragraphs[0].startswith("Jajaran Humas Polres Ketapang Polda Kalbar yang diwakili Kasi Humas")
    assert p.paragraphs[-1].endswith("dan membangun hubungan dengan media.")
    assert p.text == "\n\n".join(p.paragraphs) and "Sumber:" not in p.text
    assert p.published.isoformat() == "2024-05-15T14:02:00+07:00"
    assert p.event_date == "2024-05-15T08:00:00+07:00"
    assert {"name": "Raden Petit Wijaya", "rank": "Kombes Pol", "position": "Kabid Humas Polda Kalbar"} in p.persons
    assert p.units == ["Polres Ketapang", "Polda Kalbar", "Bidhumas Polda Kalbar"]
    assert p.slug == "humas-polres-ketapang-ikuti-rakernis"


def test_generator_is_deterministic_and_seed_is_post_zero():
    a = generate_posts("kalimantanpost", "Kalimantanpost.online", 40, seed=1)
    b = generate_posts("kalimantanpost", "Kalimantanpost.online", 40, seed=1)
    assert [p.as_dict() for p in a] == [p.as_dict() for p in b]
    assert a[0].title == SEED_TITLE and a[0].paragraphs == seed_post().paragraphs
    c = generate_posts("kalimantanpost", "Kalimantanpost.online", 40, seed=2)
    assert [p.title for p in a[1:]] != [p.title for p in c[1:]]


def test_five_thousand_posts():
    posts = generate_posts("bigblog", "BigBlog.com", 5000, seed=5, focus=["Kalbar"])
    assert len({p.id for p in posts}) == 5000
    assert len({p.title for p in posts}) == 5000
    assert len({(p.published.strftime("%Y/%m"), p.slug) for p in posts}) == 5000
    assert all(a.published < b.published for a, b in zip(posts, posts[1:]))
    assert all(p.updated >= p.published and p.published.utcoffset().total_seconds() == 7 * 3600 for p in posts)
    assert all(3 <= len(p.paragraphs) <= 8 for p in posts)
    assert all(len(p.slug.split("_")[0]) <= 40 for p in posts)
    assert any(re.search(r"_\d+$", p.slug) for p in posts)  # Blogger-style collision suffix
    for p in posts:
        if p.event_date:
            datetime.fromisoformat(p.event_date)
        for person in p.persons:
            assert f"{person['position']} {person['rank']} {person['name']}" in p.text
        assert p.lead and p.dateline.upper() in p.lead.upper()
    assert {p.body_style for p in posts} == {"p", "br", "div"}
    trailers = {p.trailer[0].split(":")[0] if p.trailer else "" for p in posts}
    assert {"Sumber", "Penulis", ""} <= trailers


def test_slugify_blogger():
    assert slugify_blogger("Jum'at Curhat, Kapolres Dengar Keluhan Warga Desa Sungai Besar") == \
        "jumat-curhat-kapolres-dengar-keluhan"


def test_sites_file_and_shared_release(server):
    names = [s.name for s in load_demo_sites()]
    assert names[:2] == ["kalimantanpost", "kalbarnews"]
    kp, kn = server.site("kalimantanpost"), server.site("kalbarnews")
    assert kp.posts[0].title == SEED_TITLE
    copies = [p for p in kn.posts if p.release == kp.posts[0].release]
    assert copies and copies[0].paragraphs == kp.posts[0].paragraphs and copies[0].outlet == "KalbarNews.id"


def test_bad_sites_file(tmp_path):
    f = tmp_path / "sites.toml"
    f.write_text('[[site]]\nname="x"\nplatform="blogger"\ntitle="X"\noutlet="X"\ncolour="red"\n')
    with pytest.raises(ValueError, match="colour"):
        load_demo_sites(f)


# ------------------------------------------------------------------ Blogger

def test_blogger_feed_paging_covers_every_post(server):
    site, base = server.site("bigblog"), server.base_url("bigblog")
    seen, start = [], 1
    while True:
        _, _, doc = fetch_json(f"{base}feeds/posts/default?alt=json&max-results=50&start-index={start}")
        feed = doc["feed"]
        assert feed["openSearch$totalResults"]["$t"] == "400"
        entries = feed.get("entry", [])
        seen += [e["id"]["$t"] for e in entries]
        if len(entries) < 50:
            break
        start += 50
    assert len(seen) == len(set(seen)) == 400
    assert {f"tag:blogger.com,1999:blog-{site.blog_id}.post-{p.id}" for p in site.posts} == set(seen)


def test_blogger_entry_shape(server):
    site, base = server.site("kalimantanpost"), server.base_url("kalimantanpost")
    _, headers, doc = fetch_json(f"{base}feeds/posts/default?alt=json&max-results=150")
    assert headers["Content-Type"].startswith("application/json")
    entries = doc["feed"]["entry"]
    assert len(entries) == len(site.posts) == int(doc["feed"]["openSearch$totalResults"]["$t"])
    seed = next(e for e in entries if e["title"]["$t"] == SEED_TITLE)
    assert seed["published"]["$t"] == "2024-05-15T14:02:00.000+07:00"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+07:00", seed["updated"]["$t"])
    assert {c["term"] for c in seed["category"]} == {"Polres Ketapang", "Humas"}
    assert seed["content"]["type"] == "html"
    html = seed["content"]["$t"]
    assert "Ketapang, Kalimantanpost.online.-" in html and "Editor: Lisa" in html
    alternate = next(x["href"] for x in seed["link"] if x["rel"] == "alternate")
    assert alternate == site.post_url(site.posts[0]) and alternate.endswith("/2024/05/humas-polres-ketapang-ikuti-rakernis.html")
    published = [e["published"]["$t"] for e in entries]
    assert published == sorted(published, reverse=True)
    _, _, summ = fetch_json(f"{base}feeds/posts/summary?alt=json&max-results=3")
    assert "summary" in summ["feed"]["entry"][0] and "content" not in summ["feed"]["entry"][0]


def test_blogger_max_results_cap_and_next_link(server):
    base = server.base_url("bigblog")
    _, _, doc = fetch_json(f"{base}feeds/posts/default?alt=json&max-results=500")
    feed = doc["feed"]
    assert len(feed["entry"]) == 150 and feed["openSearch$itemsPerPage"]["$t"] == "150"
    nxt = next(x["href"] for x in feed["link"] if x["rel"] == "next")
    assert "start-index=151" in nxt
    _, _, doc = fetch_json(f"{base}feeds/posts/default?alt=json")
    assert len(doc["feed"]["entry"]) == 25
    _, _, doc = fetch_json(f"{base}feeds/posts/default?alt=json&start-index=401")
    assert "entry" not in doc["feed"]
    assert fetch(f"{base}feeds/posts/default?alt=json&start-index=0")[0] == 400


def test_blogger_json_in_script_and_atom_and_rss(server):
    base = server.base_url("kalimantanpost")
    status, headers, body = fetch(f"{base}feeds/posts/default?alt=json-in-script&callback=cb&max-results=2")
    text = body.decode()
    assert status == 200 and headers["Content-Type"].startswith("text/javascript")
    assert text.startswith("// API callback\ncb(") and text.endswith(");")
    assert len(json.loads(text[len("// API callback\ncb("):-2])["feed"]["entry"]) == 2
    assert fetch(f"{base}feeds/posts/default?alt=json-in-script&callback=a%3Cb")[0] == 400
    status, headers, body = fetch(f"{base}feeds/posts/default?max-results=5")
    assert headers["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(body)
    assert root.find("{http://a9.com/-/spec/opensearchrss/1.0/}totalResults").text == "30"
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 5 and entries[0].find(f"{ATOM}content").get("type") == "html"
    rss = ET.fromstring(fetch(f"{base}feeds/posts/default?alt=rss&max-results=4")[2])
    assert len(rss.findall("channel/item")) == 4


def test_blogger_updated_filters(server):
    site, base = server.site("kalimantanpost"), server.base_url("kalimantanpost")
    cut = sorted(p.updated for p in site.posts)[20].isoformat(timespec="milliseconds")
    q = urllib.parse.quote(cut)
    _, _, doc = fetch_json(f"{base}feeds/posts/default?alt=json&orderby=updated&updated-min={q}")
    expected = [p for p in site.posts if p.updated >= datetime.fromisoformat(cut)]
    assert len(doc["feed"]["entry"]) == len(expected) == 10
    updated = [e["updated"]["$t"] for e in doc["feed"]["entry"]]
    assert updated == sorted(updated, reverse=True)
    # Blogger ignores updated-min unless orderby=updated
    _, _, doc = fetch_json(f"{base}feeds/posts/default?alt=json&max-results=150&updated-min={q}")
    assert doc["feed"]["openSearch$totalResults"]["$t"] == "30"
    # an unescaped '+' (decoded as a space) is accepted too
    _, _, doc = fetch_json(f"{base}feeds/posts/default?alt=json&orderby=updated&updated-min={cut}")
    assert doc["feed"]["openSearch$totalResults"]["$t"] == "10"
    _, _, doc = fetch_json(f"{base}feeds/posts/default?alt=json&published-min=2024-05-17T00:00:00%2B07:00")
    assert int(doc["feed"]["openSearch$totalResults"]["$t"]) == \
        sum(p.published >= datetime.fromisoformat("2024-05-17T00:00:00+07:00") for p in site.posts)


def test_blogger_label_and_comment_feeds(server):
    site, base = server.site("kalimantanpost"), server.base_url("kalimantanpost")
    _, _, doc = fetch_json(f"{base}feeds/posts/default/-/Humas?alt=json&max-results=150")
    entries = doc["feed"].get("entry", [])
    assert len(entries) == sum("Humas" in p.labels for p in site.posts) == int(doc["feed"]["openSearch$totalResults"]["$t"])
    assert all(any(c["term"] == "Humas" for c in e["category"]) for e in entries)
    _, _, doc = fetch_json(f"{base}feeds/{site.posts[0].id}/comments/default?alt=json")
    assert doc["feed"]["openSearch$totalResults"]["$t"] == "0" and "entry" not in doc["feed"]


def test_concurrent_keep_alive_requests(server):
    import http.client
    from concurrent.futures import ThreadPoolExecutor

    site = server.site("bigblog")
    port = int(server.base_url("bigblog").rsplit(":", 1)[1].strip("/"))
    paths = [site.post_path(p) for p in site.posts[:40]]
    before = len(site.request_log)

    def worker(k: int) -> list[int]:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        statuses = []
        for path in paths[k:] + paths[:k]:
            conn.request("GET", path)
            r = conn.getresponse()
            r.read()
            statuses.append(r.status)
        conn.close()
        return statuses

    with ThreadPoolExecutor(8) as pool:
        results = [s for chunk in pool.map(worker, range(8)) for s in chunk]
    assert results == [200] * 320 and len(site.request_log) - before == 320


def test_blogger_sitemap_lists_every_post(server):
    site, base = server.site("bigblog"), server.base_url("bigblog")
    index = ET.fromstring(fetch(f"{base}sitemap.xml")[2])
    locs = [x.text for x in index.iter(f"{SM}loc")]
    assert locs == [f"{base}sitemap.xml?page={i}" for i in (1, 2, 3)]
    urls = []
    for loc in locs:
        page = ET.fromstring(fetch(loc)[2])
        urls += [u.find(f"{SM}loc").text for u in page.findall(f"{SM}url")]
        assert all(u.find(f"{SM}lastmod").text.endswith("Z") for u in page.findall(f"{SM}url"))
    assert len(urls) == 400 and set(urls) == {site.post_url(p) for p in site.posts}


def test_blogger_post_page(server):
    site = server.site("kalimantanpost")
    url = site.post_url(site.posts[0])
    status, headers, body = fetch(url)
    html = body.decode()
    assert status == 200 and headers["Content-Type"] == "text/html; charset=UTF-8"
    assert f"<title>{SEED_TITLE} - Kalimantanpost.online</title>" in html
    assert "<meta content='blogger' name='generator'/>" in html
    assert f"<link href='{url}' rel='canonical'/>" in html
    assert f"<h1 class='post-title entry-title' itemprop='name'>\n{SEED_TITLE}\n</h1>" in html
    assert "title='2024-05-15T14:02:00+07:00'" in html and "Rabu, 15 Mei 2024" in html
    assert "Ketapang, Kalimantanpost.online.-<br />Jajaran Humas Polres Ketapang" in html
    assert "Sumber: Humas Polres Ketapang<br />Editor: Lisa" in html
    for s in (f'Belum ada Komentar untuk "{SEED_TITLE}"', "Posting Komentar", "Langganan:",
              "Postingan Lebih Baru", "Beranda", "Bagikan", "Label:", "Entri Populer", "Arsip Blog",
              "Diberdayakan oleh", "Breaking News"):
        assert s in html, s
    assert "Postingan Lama" not in html  # the seed is the oldest post
    status, _, body = fetch(url + "?m=1")
    assert status == 200 and SEED_TITLE in body.decode() and "Entri Populer" not in body.decode()


def test_blogger_html_pages_and_404(server):
    base = server.base_url("kalimantanpost")
    status, _, body = fetch(base)
    html = body.decode()
    assert status == 200 and f'href="{base}feeds/posts/default"' in html and "Postingan Lama" in html
    older = re.search(r"href='([^']*search\?updated-max=[^']*)'", html).group(1)
    assert fetch(older.replace("&amp;", "&"))[0] == 200
    status, _, body = fetch(f"{base}search/label/Polres%20Ketapang")
    assert status == 200 and "Polres Ketapang" in body.decode()
    status, _, body = fetch(f"{base}2099/01/tidak-ada.html")
    assert status == 404 and "tidak ada" in body.decode()
    assert fetch(f"{base}2024/05/")[0] == 200 and fetch(f"{base}2024_05_01_archive.html")[0] == 200
    assert fetch(f"{base}2024/")[0] == 200 and fetch(f"{base}1999/")[0] == 404
    status, headers, body = fetch(f"{base}robots.txt")
    assert headers["Content-Type"].startswith("text/plain") and f"Sitemap: {base}sitemap.xml" in body.decode()


def test_magazine_theme(server):
    site = server.site("borneotribrata")
    post = site.posts[-1]
    html = fetch(site.post_url(post))[2].decode()
    assert f"<title>{post.title}</title>" in html and "property='og:site_name'" in html
    assert "<h3 class='post-title entry-title'" in html
    assert post.published.utcoffset().total_seconds() == 8 * 3600


def test_etag_and_gzip(server):
    site = server.site("kalimantanpost")
    url = site.post_url(site.posts[1])
    status, headers, body = fetch(url)
    etag = headers["ETag"]
    assert fetch(url, {"If-None-Match": etag})[0] == 304
    status, headers, gz = fetch(url, {"Accept-Encoding": "gzip"})
    assert headers["Content-Encoding"] == "gzip" and gzip.decompress(gz) == body


# ------------------------------------------------------------------ WordPress

def test_wordpress_rest_paging(server):
    site, base = server.site("kalbarnews"), server.base_url("kalbarnews")
    status, headers, first = fetch_json(f"{base}wp-json/wp/v2/posts?per_page=7")
    assert status == 200 and headers["X-WP-Total"] == "30" and headers["X-WP-TotalPages"] == "5"
    assert 'rel="next"' in headers["Link"]
    ids = []
    for page in range(1, 6):
        _, _, items = fetch_json(f"{base}wp-json/wp/v2/posts?per_page=7&page={page}")
        ids += [x["id"] for x in items]
    assert len(ids) == len(set(ids)) == 30 and set(ids) == {p.id for p in site.posts}
    status, _, err = fetch_json(f"{base}wp-json/wp/v2/posts?per_page=7&page=6")
    assert status == 400 and err["code"] == "rest_post_invalid_page_number"
    status, _, err = fetch_json(f"{base}wp-json/wp/v2/posts?per_page=101")
    assert status == 400 and err["code"] == "rest_invalid_param" and "per_page" in err["data"]["params"]
    status, _, items = fetch_json(f"{base}?rest_route=/wp/v2/posts&per_page=3")
    assert status == 200 and len(items) == 3


def test_wordpress_post_json_and_embed(server):
    site, base = server.site("kalbarnews"), server.base_url("kalbarnews")
    _, _, items = fetch_json(f"{base}wp-json/wp/v2/posts?per_page=100&_embed=1&orderby=date&order=asc")
    assert [x["id"] for x in items] == [p.id for p in site.posts]
    x, p = items[3], site.posts[3]
    for key in ("id", "date", "date_gmt", "modified", "modified_gmt", "slug", "status", "type", "link", "title",
                "content", "excerpt", "author", "categories", "tags", "_links", "_embedded"):
        assert key in x, key
    assert x["date"] == p.published.strftime("%Y-%m-%dT%H:%M:%S") and "+" not in x["date"]
    assert x["link"] == site.post_url(p) and re.search(r"/\d{4}/\d\d/\d\d/[^/]+/$", x["link"])
    assert x["content"]["rendered"].startswith(("<p>", "<figure")) and p.paragraphs[1] in x["content"]["rendered"]
    assert x["_embedded"]["author"][0]["name"] == p.author
    assert [t["name"] for t in x["_embedded"]["wp:term"][0]] == p.categories
    _, _, cats = fetch_json(f"{base}wp-json/wp/v2/categories?per_page=100")
    assert {c["id"] for c in cats} >= set(x["categories"])
    _, _, single = fetch_json(f"{base}wp-json/wp/v2/posts/{p.id}")
    assert single["slug"] == p.slug
    assert fetch(f"{base}wp-json/wp/v2/posts/999999")[0] == 404


def test_wordpress_modified_after(server):
    site, base = server.site("kalbarnews"), server.base_url("kalbarnews")
    mods = sorted(p.updated.replace(microsecond=0) for p in site.posts)
    cut = mods[19].strftime("%Y-%m-%dT%H:%M:%S")  # site-local, no offset, like the API's own "modified"
    status, headers, items = fetch_json(f"{base}wp-json/wp/v2/posts?modified_after={cut}&per_page=100")
    assert status == 200 and headers["X-WP-Total"] == str(len(items)) == "10"
    assert all(x["modified"] > cut for x in items)
    _, _, items = fetch_json(f"{base}wp-json/wp/v2/posts?after=2024-05-20T00:00:00&per_page=100")
    assert all(x["date"] > "2024-05-20T00:00:00" for x in items) and items
    assert fetch(f"{base}wp-json/wp/v2/posts?after=kemarin")[0] == 400


def test_wordpress_pages(server):
    site, base = server.site("kalbarnews"), server.base_url("kalbarnews")
    post = site.posts[5]
    status, headers, body = fetch(site.post_url(post))
    html = body.decode()
    assert status == 200 and 'rel="https://api.w.org/"' in headers["Link"]
    assert '<meta name="generator" content="WordPress 6.5.2" />' in html
    assert f'<meta property="article:published_time" content="{post.published.isoformat(timespec="seconds")}" />' \
        in html
    assert f'<h1 class="entry-title">{post.title}</h1>' in html
    for s in ("Tinggalkan Balasan", "Alamat email Anda tidak akan dipublikasikan.", "Berita Terkait",
              "Berita Terkini", "Bagikan:", 'class="entry-date published"', '"@type": "NewsArticle"'):
        assert s in html, s
    assert fetch(site.post_url(post) + "amp/")[0] == 200
    assert fetch(site.post_url(post).rstrip("/"))[0] == 200  # 301 followed by urllib
    assert fetch(f"{base}?p={post.id}")[0] == 200
    assert fetch(f"{base}2024/01/01/tidak-ada/")[0] == 404
    assert fetch(base)[0] == 200 and fetch(f"{base}page/2/")[0] == 200 and fetch(f"{base}page/99/")[0] == 404


def test_wordpress_sitemap(server):
    site, base = server.site("bigwp"), server.base_url("bigwp")
    index = ET.fromstring(fetch(f"{base}wp-sitemap.xml")[2])
    locs = [x.text for x in index.iter(f"{SM}loc")]
    assert f"{base}wp-sitemap-posts-post-1.xml" in locs and f"{base}wp-sitemap-posts-post-2.xml" in locs
    urls = []
    for i in (1, 2):
        page = ET.fromstring(fetch(f"{base}wp-sitemap-posts-post-{i}.xml")[2])
        entries = page.findall(f"{SM}url")
        assert len(entries) == (2000 if i == 1 else 100)
        assert all(u.find(f"{SM}lastmod") is not None for u in entries)
        urls += [u.find(f"{SM}loc").text for u in entries]
    assert set(urls) == {site.post_url(p) for p in site.posts}
    assert fetch(f"{base}wp-sitemap-posts-post-3.xml")[0] == 404


def test_wordpress_rss(server):
    site, base = server.site("kalbarnews"), server.base_url("kalbarnews")
    status, headers, body = fetch(f"{base}feed/")
    assert headers["Content-Type"].startswith("application/rss+xml")
    items = ET.fromstring(body).findall("channel/item")
    assert len(items) == 10
    newest = sorted(site.posts, key=lambda p: p.published, reverse=True)
    assert [i.find("title").text for i in items] == [p.title for p in newest[:10]]
    ns = {"content": "http://purl.org/rss/1.0/modules/content/", "dc": "http://purl.org/dc/elements/1.1/"}
    assert newest[0].paragraphs[0] in items[0].find("content:encoded", ns).text
    assert items[0].find("dc:creator", ns).text == newest[0].author and items[0].find("pubDate").text
    page3 = ET.fromstring(fetch(f"{base}feed/?paged=3")[2]).findall("channel/item")
    assert [i.find("title").text for i in page3] == [p.title for p in newest[20:30]]
    assert fetch(f"{base}feed/?paged=4")[0] == 404


# ------------------------------------------------------------------ faults, mutations, log

def test_fault_injection(small):
    site, base = small.site("blog"), small.base_url("blog")
    site.faults.append(Fault(r"^/feeds/", status=503, times=2, headers={"Retry-After": "1"}))
    feed = f"{base}feeds/posts/default?alt=json"
    status, headers, _ = fetch(feed)
    assert status == 503 and headers["Retry-After"] == "1"
    assert fetch(feed)[0] == 503 and fetch(feed)[0] == 200
    site.faults[:] = [Fault(r"\.html", delay=0.3, headers={"X-Test": "slow"})]
    t0 = time.perf_counter()
    status, headers, _ = fetch(site.post_url(site.posts[0]))
    assert status == 200 and headers["X-Test"] == "slow" and time.perf_counter() - t0 >= 0.3
    site.faults[:] = [Fault(r"^/$", body=b"<html>rusak", times=1), Fault(r"sitemap", drop=True, times=1)]
    assert fetch(base)[2] == b"<html>rusak"
    with pytest.raises((urllib.error.URLError, ConnectionError, http_client_errors())):
        urllib.request.urlopen(f"{base}sitemap.xml", timeout=5).read()
    assert fetch(f"{base}sitemap.xml")[0] == 200
    statuses = [s for _, p, s in site.request_log if p.startswith("/feeds/")]
    assert statuses[:3] == [503, 503, 200]
    assert ("GET", "/sitemap.xml", 0) in site.request_log


def http_client_errors():
    import http.client
    return http.client.HTTPException


def test_mutations_show_up_everywhere(small):
    blog, bbase = small.site("blog"), small.base_url("blog")
    before = blog.posts
    new = blog.add_posts(3)
    assert len(blog.posts) == 15 and all(p.published > max(x.updated for x in before) for p in new)
    _, _, doc = fetch_json(f"{bbase}feeds/posts/default?alt=json&max-results=3")
    assert doc["feed"]["openSearch$totalResults"]["$t"] == "15"
    assert {e["title"]["$t"] for e in doc["feed"]["entry"]} == {p.title for p in new}

    target = before[2]
    changed = blog.modify_post(target.id)
    assert changed.version == 2 and changed.updated > new[-1].updated and changed.text != target.text
    _, _, doc = fetch_json(f"{bbase}feeds/posts/default?alt=json&orderby=updated&max-results=1")
    top = doc["feed"]["entry"][0]
    assert top["id"]["$t"].endswith(f".post-{target.id}")
    assert changed.paragraphs[(target.version * 7) % len(target.paragraphs)] in top["content"]["$t"]
    assert changed.paragraphs[0][:40] in fetch(blog.post_url(changed))[2].decode()

    gone = before[4]
    blog.delete_post(gone.id)
    assert fetch(blog.post_url(gone))[0] == 404
    _, _, doc = fetch_json(f"{bbase}feeds/posts/default?alt=json&max-results=150")
    assert len(doc["feed"]["entry"]) == 14 and all(not e["id"]["$t"].endswith(str(gone.id)) for e in doc["feed"]["entry"])
    assert blog.post_url(gone) not in fetch(f"{bbase}sitemap.xml?page=1")[2].decode()

    wp, wbase = small.site("wp"), small.base_url("wp")
    last_seen = max(p.updated for p in wp.posts).astimezone(wp.tz).strftime("%Y-%m-%dT%H:%M:%S")
    added = wp.add_posts(2)
    edited = wp.modify_post(wp.posts[0].id)
    _, headers, items = fetch_json(f"{wbase}wp-json/wp/v2/posts?modified_after={last_seen}&orderby=modified")
    assert [x["id"] for x in items] == [p.id for p in sorted([edited, *added], key=lambda p: p.updated, reverse=True)]
    assert items[0]["id"] == edited.id
    wp.delete_post(added[0].id)
    _, headers, _ = fetch_json(f"{wbase}wp-json/wp/v2/posts")
    assert headers["X-WP-Total"] == "13"


def test_robots_and_log(small):
    site, base = small.site("wp"), small.base_url("wp")
    assert "Disallow: /wp-admin/" in fetch(f"{base}robots.txt")[2].decode()
    site.robots_txt = "User-agent: *\nDisallow: /\n"
    assert fetch(f"{base}robots.txt")[2] == b"User-agent: *\nDisallow: /\n"
    site.clear_log()
    fetch(f"{base}wp-json/wp/v2/posts?page=99")
    assert site.request_log == [("GET", "/wp-json/wp/v2/posts?page=99", 400)]


def test_from_counts_and_reuse():
    srv = MirrorServer.from_counts({"a": ("blogger", 5), "b": 4})
    with pytest.raises(RuntimeError):
        srv.base_url("a")
    with srv:
        assert len(srv.site("a").posts) == 5 and srv.site("b").platform == "blogger"
        assert fetch(srv.base_url("b"))[0] == 200
    assert not srv.running


def test_command_line(tmp_path):
    sites = tmp_path / "sites.toml"
    spec = load_demo_sites()[0]
    sites.write_text(f'[[site]]\nname="{spec.name}"\nplatform="blogger"\ntitle="T"\noutlet="O"\nposts=50\n')
    proc = subprocess.Popen([sys.executable, "-m", "humascrawl.demo.server", "--sites", str(sites), "--posts", "4"],
                            stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+/", line).group(0)
        assert " 4 posts" in line
        _, _, doc = fetch_json(url + "feeds/posts/default?alt=json")
        assert doc["feed"]["openSearch$totalResults"]["$t"] == "4"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_replace_spec_post_count():
    spec = replace(load_demo_sites()[1], posts=3, share_from=None)
    with MirrorServer([spec]) as srv:
        _, headers, _ = fetch_json(srv.base_url(spec.name) + "wp-json/wp/v2/posts")
        assert headers["X-WP-Total"] == "3"
