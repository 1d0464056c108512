"""A police news portal with neither feed nor sitemap, like humas.polri.go.id (a server-rendered Next.js site):
its articles are reached only through numbered listing pages, ``/news/all?page=N`` (10 a page, newest first)
→ ``/news/detail/<id>-<slug>``. ``/feed``, ``/rss`` and ``/sitemap.xml`` answer 404."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, unquote

from .common import PIXEL_GIF, Response, attr, body_html, esc, id_long_date, snippet, text_response

if TYPE_CHECKING:
    from .content import Post
    from .mirror import MirrorSite, State

PER_PAGE = 10
# How a crawler reaches the articles: its [source.listing] table.
LISTING = {"pages": "news/all?page={n}", "article_pattern": r"/news/detail/\d+-"}
_DETAIL = re.compile(r"^/news/detail/(\d+)-([^/]*)$")


class PortalApp:
    def __init__(self, site: "MirrorSite"):
        self.site = site

    def post_path(self, post: "Post") -> str:
        return f"/news/detail/{post.id}-{post.slug}"

    def default_robots(self) -> str:
        return "User-agent: *\nAllow: /\n"

    def handle(self, st: "State", path_q: str) -> Response:
        path, _, query = path_q.partition("?")
        if path == "/robots.txt":
            return text_response(self.site.robots_txt, content_type="text/plain; charset=utf-8")
        if path.startswith(("/_next/static/", "/images/")) or path == "/favicon.ico":
            return Response(200, PIXEL_GIF, "image/gif")
        return st.cached(path_q, lambda: self._route(st, unquote(path), dict(parse_qsl(query, True))))

    def _route(self, st: "State", path: str, q: dict[str, str]) -> Response:
        if path == "/":
            return self._page("Beranda", self.site.url("/"), None, self._cards(st.by_pub[:5])
                              + '<a class="more" href="/news/all?page=1">Berita lainnya</a>')
        if path == "/news/all":
            page = int(q["page"]) if q.get("page", "").isdigit() and int(q["page"]) > 0 else 1
            chunk = st.by_pub[(page - 1) * PER_PAGE:page * PER_PAGE]
            body = self._cards(chunk) if chunk else '<p class="empty">Tidak ada berita.</p>'
            more = page * PER_PAGE < len(st.by_pub)
            nav = ((f'<a class="prev" href="/news/all?page={page - 1}">Sebelumnya</a>' if page > 1 else "")
                   + (f'<a class="next" href="/news/all?page={page + 1}">Selanjutnya</a>' if more else ""))
            return self._page("Semua Berita", self.site.url(f"/news/all?page={page}"), None,
                              f'<h1 class="section-title">Semua Berita</h1>{body}<nav class="pagination">{nav}</nav>')
        if m := _DETAIL.match(path):
            post = st.by_id.get(int(m.group(1)))
            if post is None:
                return self._not_found()
            if m.group(2) != post.slug:
                return Response(308, b"", "text/html; charset=utf-8", {"Location": self.site.post_url(post)})
            r = self._page(post.title, self.site.post_url(post), post, self._article(post))
            r.last_modified = post.updated
            return r
        return self._not_found()

    def _cards(self, posts: list["Post"]) -> str:
        return '<div class="news-list">' + "".join(
            f'<div class="news-card"><a href="{self.site.post_path(p)}"><img src="/images/berita/{p.id}.jpg" alt="">'
            f'<h3>{esc(p.title)}</h3></a><span class="date">{id_long_date(p.published.astimezone(self.site.tz))}'
            f'</span><p>{esc(snippet(p, 140))}</p></div>' for p in posts) + "</div>"

    def _article(self, post: "Post") -> str:
        local = post.published.astimezone(self.site.tz)
        return (f'<article class="news-detail"><h1 class="news-title">{esc(post.title)}</h1><div class="news-meta">'
                f'<span class="date">{id_long_date(local)} {local:%H:%M} WIB</span> <span class="author">'
                f'{esc(post.author or "Divhumas Polri")}</span></div><div class="news-content">'
                f'{body_html(post, baca=None, image_url=None, wordpress=True)}</div></article>')

    def _not_found(self) -> Response:
        return self._page("404", self.site.url("/"), None, '<h1 class="next-error-h1">404</h1><h2>This page could '
                          'not be found.</h2>', status=404)

    def _page(self, title: str, url: str, post: "Post | None", main: str, status: int = 200) -> Response:
        s = self.site.spec
        meta = ""
        if post is not None:
            meta = (f'<meta property="og:type" content="article"/><meta property="article:published_time" content="'
                    f'{post.published.isoformat(timespec="seconds")}"/><meta property="article:modified_time" '
                    f'content="{post.updated.isoformat(timespec="seconds")}"/>')
        data = {"props": {"pageProps": {"id": post.id if post else None}}, "page": "/news/detail/[slug]" if post
                else "/news/all", "buildId": "h8Xk2mP", "isFallback": False, "gssp": True}
        html = (f'<!DOCTYPE html><html lang="id"><head><meta charSet="utf-8"/><meta name="viewport" content="width='
                f'device-width"/><title>{esc(title)} | {esc(s.title)}</title><meta property="og:title" content="'
                f'{attr(title)}"/><meta property="og:site_name" content="{attr(s.title)}"/><link rel="canonical" '
                f'href="{attr(url)}"/>{meta}<link rel="preload" href="/_next/static/css/4e1f.css" as="style"/>'
                f'</head><body><div id="__next"><header class="navbar"><a href="/" class="brand">{esc(s.title)}</a>'
                f'<nav><a href="/">Beranda</a><a href="/news/all?page=1">Berita</a><a href="/profil">Profil</a></nav>'
                f'</header><main class="container">{main}</main><footer class="footer"><p>{esc(s.description)}</p>'
                f'<p>&copy; {esc(s.title)}</p></footer></div><script id="__NEXT_DATA__" type="application/json">'
                f'{json.dumps(data)}</script></body></html>')
        return text_response(html, status, content_type="text/html; charset=utf-8")
