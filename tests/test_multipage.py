"""Articles split over pages (WordPress ``/2/``, ``?page=2``) are fetched and archived as one article."""

from __future__ import annotations

import json
import re
from html import escape

import pytest

from conftest import run_cli
from humascrawl.demo.mirror import Fault
from humascrawl.demo.server import MirrorServer
from humascrawl.pagination import pagination_links
from humascrawl.extract import ExtractionError
from humascrawl.extract.multipage import merge_pages
from humascrawl.extract.text import normalise_for_hash
from humascrawl.items import PAGE_BREAK, Article
from humascrawl.extract.multipage import extract_archived
from humascrawl.pipelines.extract import extract_and_prepare
from humascrawl.storage.archive import Archive

FAST = ["-s", "AUTOTHROTTLE_ENABLED=false", "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]
WP = "https://kalselnews.id/2024/06/27/polresta-banjarmasin-gelar-bakti-sosial/"
BLOG = "https://www.kalimantanpost.online/2024/05/humas-polres-ketapang-ikuti-rakernis.html"


def esc(text: str) -> str:
    return escape(text, quote=False)


def links(*anchors: str, head: str = "") -> bytes:
    return f"<html><head>{head}</head><body>{''.join(anchors)}</body></html>".encode()


def normalised(text: str) -> list[str]:
    return [normalise_for_hash(p) for p in text.split("\n\n") if p.strip()]


# -- pagination_links: pure --------------------------------------------------------------

def test_wordpress_page_links_in_page_order():
    body = links(
        '<nav class="navigation post-navigation"><a href="https://kalselnews.id/2024/06/26/kapolres-kunjungi/" '
        'rel="prev">Sebelumnya</a><a href="https://kalselnews.id/2024/06/28/patroli-malam/" rel="next">Selanjutnya '
        'Patroli Malam</a></nav>',
        '<div class="page-links">Halaman: <span class="post-page-numbers current">1</span> '
        f'<a href="{WP}3/" class="post-page-numbers">3</a> <a href="{WP}2/" class="post-page-numbers">2</a></div>',
        f'<a href="{WP}comment-page-2/#comments">Komentar</a><a href="{WP}amp/">AMP</a>',
        head=f'<link rel="canonical" href="{WP}" />')
    assert pagination_links(body, WP) == (None, [f"{WP}2/", f"{WP}3/"])


def test_page_query_links_halaman_and_selanjutnya():
    body = links(f"<a href='{BLOG}?page=2'>Halaman 2</a> <a href='{BLOG}?page=3'>Halaman 3</a> ",
                 f"<a href='{BLOG}?page=2'>Selanjutnya &#187;</a> <a href='{BLOG}?paged=2'>Berikutnya</a>",
                 "<a href='https://www.kalimantanpost.online/2024/05/kapolres-sambut.html'>Postingan Lama</a>",
                 "<a href='https://www.kalimantanpost.online/'>Beranda</a>")
    assert pagination_links(body, BLOG) == (None, [f"{BLOG}?page=2", f"{BLOG}?page=3"])
    # relative links, and the mobile view's extra parameter
    body = links("<a href='?page=2&amp;m=1'>Next &#187;</a>", "<a href='?page=3#top'>3</a>")
    assert pagination_links(body, BLOG + "?m=1") == (None, [f"{BLOG}?page=2&m=1", f"{BLOG}?page=3"])


def test_single_page_view_by_query_path_or_label():
    body = links(f"<a href='{BLOG}?page=2'>Halaman 2</a>", f"<a href='{BLOG}?page=all'>Tampilkan semua</a>")
    assert pagination_links(body, BLOG) == (f"{BLOG}?page=all", [f"{BLOG}?page=2"])
    body = links(f'<a href="{WP}2/">2</a>', f'<a href="{WP}?mode=full"><b>Baca dalam satu halaman</b></a>')
    assert pagination_links(body, WP) == (f"{WP}?mode=full", [f"{WP}2/"])
    body = links(f'<a href="{WP}all/">Lihat semua</a>', f'<a href="{WP}?single=1">x</a>')
    assert pagination_links(body, WP)[0] == f"{WP}all/"
    # the label alone does not make another article's link, nor the page itself, a single-page view
    body = links('<a href="https://kalselnews.id/indeks/">Lihat semua</a>', f'<a href="{WP}">Tampilkan semua</a>')
    assert pagination_links(body, WP) == (None, [])


def test_site_pagers_and_listings_are_not_article_pages():
    body = links('<a href="https://kalselnews.id/page/2/">2</a>', '<a href="/category/polri/page/3/">3</a>',
                 '<a href="/?paged=2">Berikutnya</a>', '<a href="/search?updated-max=2024-05-15T14:02:00%2B07:00'
                 '&amp;max-results=7">Postingan Lama</a>', '<a href="/tag/humas/?page=2">Halaman 2</a>')
    assert pagination_links(body, WP) == (None, [])
    assert pagination_links(body, "https://kalselnews.id/") == (None, [])


def test_other_articles_pages_are_ignored():
    body = links('<a href="https://kalselnews.id/2024/06/26/kapolres-kunjungi/2/">2</a>',
                 '<a href="https://kalselnews.id/2024/06/27/polresta-banjarmasin-gelar-bakti-sosial-2/">Terkait</a>',
                 '<a href="https://other.example/2024/06/27/polresta-banjarmasin-gelar-bakti-sosial/2/">2</a>',
                 f"<a href='{BLOG}?page=2'>Halaman 2</a>", f'<a href="{WP}2/x/">?</a>', f'<a href="{WP}1/">1</a>')
    assert pagination_links(body, WP) == (None, [])


def test_a_later_page_links_the_pages_after_it():
    body = links(f'<a href="{WP}">1</a>', '<a href="../3/">3</a>', '<a href="../4/">Selanjutnya</a>',
                 head=f'<link rel="canonical" href="{WP}2/" />')
    assert pagination_links(body, f"{WP}2/", article_url=WP) == (None, [f"{WP}3/", f"{WP}4/"])


# -- merge_pages ------------------------------------------------------------------------------

def test_merge_pages_takes_identity_from_page_one_and_credits_from_the_last():
    first = Article(url=WP, title="Polresta Banjarmasin Gelar Bakti Sosial", dateline="Banjarmasin",
                    source_credit=None, editor=None, labels=["Polri"],
                    text="Polresta Banjarmasin menggelar bakti sosial.\n\nKapolresta Kombes Pol Cuncun Kurniadi hadir.")
    last = Article(url=f"{WP}2/", title="Polresta Banjarmasin Gelar Bakti Sosial - Halaman 2", dateline=None,
                   source_credit="Humas Polresta Banjarmasin", editor="Lisa", labels=["Polri", "Sosial"],
                   text="Kapolresta Kombes Pol Cuncun Kurniadi hadir.\n\nPaket sembako dibagikan kepada warga.")
    merged = merge_pages([first, last])
    assert (merged.url, merged.title, merged.dateline) == (WP, first.title, "Banjarmasin")
    assert (merged.source_credit, merged.editor) == ("Humas Polresta Banjarmasin", "Lisa")
    assert merged.text.split("\n\n") == ["Polresta Banjarmasin menggelar bakti sosial.",
                                        "Kapolresta Kombes Pol Cuncun Kurniadi hadir.",
                                        "Paket sembako dibagikan kepada warga."]
    assert merged.labels == ["Polri", "Sosial"]
    assert merge_pages([first]) == first


# -- the mirror ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def offline():
    """Mirror sites answered in-process (no HTTP): every 3rd post long enough is split over pages."""
    server = MirrorServer.from_counts({"blog": ("blogger", 30), "wp": ("wordpress", 30)}, multipage_every=3)
    for site in server.sites.values():
        site.base_url = f"http://{site.name}.test/"
        site.reset_caches()
    return server


def paged(site):
    return [p for p in site.posts if p.pages > 1]


def get(site, url):
    response = site.handle(url[len(site.base_url) - 1:])
    return response.status, response.body, response.headers


def test_the_mirror_splits_some_posts_and_feeds_keep_them_whole(offline):
    for site in offline.sites.values():
        posts = paged(site)
        assert posts and len(posts) < len(site.posts)
        for post in posts:
            assert sum(len(r) for r in post.page_ranges()) == len(post.paragraphs)
            assert all(len(r) >= 3 for r in post.page_ranges())
    wp, blog = offline.site("wp"), offline.site("blog")
    post = paged(wp)[0]
    rest = json.loads(get(wp, wp.url(f"/wp-json/wp/v2/posts/{post.id}"))[1])
    assert all(esc(p) in rest["content"]["rendered"] for p in post.paragraphs)
    feed = json.loads(get(blog, blog.url("/feeds/posts/default?alt=json&max-results=150"))[1])
    post = paged(blog)[0]
    entry = next(e for e in feed["feed"]["entry"] if str(post.id) in e["id"]["$t"])
    assert all(esc(p) in entry["content"]["$t"] for p in post.paragraphs)
    assert blog.truth(post.id)["text"] == post.text


def post_body(html: str) -> str:
    """The post body of a mirror page (the page's meta description repeats the first paragraph)."""
    start = html.index("entry-content")
    return html[start:html.index("post-footer", start) if "post-footer" in html else html.index(".entry-content")]


def test_wordpress_pages_and_their_links(offline):
    wp = offline.site("wp")
    post = paged(wp)[0]
    url = wp.post_url(post)
    ranges = post.page_ranges()
    for k, shown in enumerate(ranges, 1):
        status, body, _ = get(wp, url + (f"{k}/" if k > 1 else ""))
        text = post_body(body.decode())
        assert status == 200 and 'class="page-links">Halaman: ' in text
        assert [i for i, p in enumerate(post.paragraphs) if esc(p) in text] == list(shown)
        assert all((esc(line) in text) == (k == len(ranges)) for line in post.trailer)
        single, more = pagination_links(body, url + (f"{k}/" if k > 1 else ""), article_url=url)
        assert single is None and more == [url + f"{n}/" for n in range(2, len(ranges) + 1) if n != k]
    assert get(wp, url + "1/")[2]["Location"] == url
    assert get(wp, url + f"{len(ranges) + 1}/")[2]["Location"] == url
    assert get(wp, url + "2")[2]["Location"] == url + "2/"


def test_blogger_pages_and_single_page_view(offline):
    blog = offline.site("blog")
    post = paged(blog)[0]
    post = blog.set_pages(post.id, post.pages, single_view=True)
    url = blog.post_url(post)
    status, body, _ = get(blog, url)
    assert status == 200 and b">Halaman 2</a>" in body and "Selanjutnya &#187;".encode() in body
    assert pagination_links(body, url) == (f"{url}?page=all",
                                           [f"{url}?page={k}" for k in range(2, post.pages + 1)])
    whole = get(blog, url + "?page=all")[1].decode()
    assert all(esc(p) in post_body(whole) for p in post.paragraphs)
    assert pagination_links(whole.encode(), url + "?page=all", article_url=url) == (None, [])
    for k, shown in enumerate(post.page_ranges(), 1):
        text = post_body(get(blog, url + (f"?page={k}" if k > 1 else ""))[1].decode())
        assert [i for i, p in enumerate(post.paragraphs) if esc(p) in text] == list(shown)
        assert ("Tampilkan semua" in text) == (k == 1) and ("Sebelumnya" in text) == (k > 1)
    # a page the post does not have is ignored, as Blogger ignores unknown parameters
    assert get(blog, url + "?page=9")[1] == body
    blog.set_pages(post.id, 1)
    assert pagination_links(get(blog, url)[1], url) == (None, [])


def test_pages_are_extracted_one_by_one_and_merged(offline):
    for site in offline.sites.values():
        for post in paged(site):
            url = site.post_url(post)
            pages = [url] + [url + (f"{k}/" if site.platform == "wordpress" else f"?page={k}")
                             for k in range(2, post.pages + 1)]
            body = PAGE_BREAK.join(get(site, u)[1] for u in pages)
            truth = site.truth(post.id)
            article = extract_archived(body, url, {"title": post.title}, {})
            assert normalised(article.text) == normalised(truth["text"]), url
            for name in ("source_credit", "editor", "dateline", "title", "url"):
                assert getattr(article, name) == truth[name], (url, name)
            # the worker function (what runs in the process pool) gives the same
            assert extract_and_prepare(body, url, {"title": post.title}, {})[0] == article

def test_a_page_without_text_is_left_out_unless_it_is_the_first(offline):
    wp = offline.site("wp")
    post = paged(wp)[0]
    url = wp.post_url(post)
    page1, empty = get(wp, url)[1], b"<html><body></body></html>"
    alone = extract_archived(page1, url, {}, {})
    assert extract_archived(page1 + PAGE_BREAK + empty, url, {}, {}) == alone
    assert normalised(alone.text) == [normalise_for_hash(post.paragraphs[i]) for i in post.page_ranges()[0]]
    with pytest.raises(ExtractionError, match="no article text"):
        extract_and_prepare(empty + PAGE_BREAK + page1, url, {}, {})


# -- end to end: real crawls of the mirror ----------------------------------------------------

def crawl(tmp_path, db, server, *names, args=()):
    text = "".join(f'[[source]]\nname = "{n}"\nurl = "{server.base_url(n)}"\nplatform = '
                   f'"{server.site(n).platform}"\n' for n in names)
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return run_cli("-vv", "crawl", "--db", db, "--sources", str(path), "--no-progress", *FAST, *args)


def stat(result, name: str) -> int:
    found = re.findall(rf"'humascrawl/{re.escape(name)}': (\d+)", result.stderr.decode())
    return sum(map(int, found))


def article_gets(site, post):
    path = site.post_path(post)
    return [p for m, p, _ in site.request_log if m == "GET" and p.startswith(path)]


def test_crawl_stores_multipage_articles_whole(tmp_path, sqlite_url):
    with MirrorServer.from_counts({"blog": ("blogger", 24), "wp": ("wordpress", 24)}, multipage_every=3) as server:
        blog, wp = server.site("blog"), server.site("wp")
        # one Blogger post with a single-page view, one without
        views = paged(blog)
        assert len(views) >= 2
        single = blog.set_pages(views[0].id, views[0].pages, single_view=True)
        numbered = blog.set_pages(views[1].id, views[1].pages, single_view=False)
        result = crawl(tmp_path, sqlite_url, server, "blog", "wp")
        assert result.returncode == 0, result.stderr.decode()[-3000:]

        archive = Archive.open(sqlite_url)
        assert archive.counts_by_source() == {"blog": 24, "wp": 24}
        credited = 0
        for site in (blog, wp):
            for post in paged(site):
                truth = site.truth(post.id)
                stored = archive.get_article(site.post_url(post))
                assert normalised(stored.text) == normalised(truth["text"]), site.post_url(post)
                for name in ("source_credit", "editor", "dateline", "title"):
                    assert getattr(stored, name) == truth[name], (site.post_url(post), name)
                credited += bool(stored.source_credit or stored.editor)
        assert credited  # credits printed on the last page only were found
        multipage = len(paged(blog)) + len(paged(wp))
        assert stat(result, "multipage") == multipage
        assert stat(result, "fetched") == 48  # one article each, however many pages

        # Blogger: the single-page view instead of the pages; otherwise each page once, in order
        assert article_gets(blog, single) == [blog.post_path(single), blog.post_path(single) + "?page=all"]
        path = blog.post_path(numbered)
        assert article_gets(blog, numbered) == [path] + [f"{path}?page={k}" for k in range(2, numbered.pages + 1)]
        post = paged(wp)[0]
        path = wp.post_path(post)
        assert article_gets(wp, post) == [path] + [f"{path}{k}/" for k in range(2, post.pages + 1)]

        # the next run fetches none of them again
        blog.clear_log()
        wp.clear_log()
        again = crawl(tmp_path, sqlite_url, server, "blog", "wp")
        assert again.returncode == 0
        assert not any(article_gets(site, p) for site in (blog, wp) for p in site.posts)
        assert archive.count_articles() == 48
        archive.close()


def test_a_failing_continuation_page_keeps_what_was_fetched(tmp_path, sqlite_url):
    with MirrorServer.from_counts({"wp": ("wordpress", 12)}, multipage_every=3) as server:
        wp = server.site("wp")
        post = paged(wp)[0]
        wp.set_faults(Fault(pattern=re.escape(wp.post_path(post)) + "2/$", status=503))
        result = crawl(tmp_path, sqlite_url, server, "wp", args=("-s", "RETRY_ENABLED=false"))
        assert result.returncode == 1, result.stderr.decode()[-3000:]
        archive = Archive.open(sqlite_url)
        assert archive.count_articles() == 12
        stored = archive.get_article(wp.post_url(post))
        first = [post.paragraphs[i] for i in post.page_ranges()[0]]
        assert normalised(stored.text) == normalised("\n\n".join(first))
        status = json.loads(run_cli("status", "--db", sqlite_url, "--json").stdout)
        source = status["runs"][0]["sources"][0]
        assert source["status"] == "partial" and source["failed"] == {"continuation_http_503": 1}
        archive.close()
