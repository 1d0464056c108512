"""Odoo website_blog endpoints, as tribratanews.polri.go.id serves them: the blog listings, post pages, the
Atom feed, the sitemap and robots.txt.

Modelled on Odoo's own ``addons/website_blog`` (controllers/main.py, views/website_blog_templates.xml) and
``addons/website`` (the layout, pager, sitemap and robots templates):

- ``/blog`` lists every blog's posts, and redirects (302) to the blog when the site has only one;
  ``/blog/<blog>`` and ``/blog/<blog>/page/N`` list 12 posts a page ("is_published desc, post_date desc");
- ``/blog/<blog>/<post>`` is a post, ``<post>`` the record's slug (``<name slugified>-<id>``); a wrong name
  part is redirected (301) to the right one, as Odoo's model converter does;
- ``/blog/<blog>/feed?limit=15`` is the Atom feed of the newest ``min(limit, 50)`` posts; its ``updated`` is
  the post date (UTC, ``Z``), never the last edit;
- ``/sitemap.xml`` lists the pages and every post, without ``lastmod`` for posts.
"""

from __future__ import annotations

import json
import re
from datetime import timezone
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, unquote

from .common import PIXEL_GIF, XML, Response, attr, body_html, esc, snippet, text_response, xesc
from .content import Post, slugify_wordpress

if TYPE_CHECKING:
    from .mirror import MirrorSite, State

PER_PAGE = 12  # WebsiteBlog._blog_post_per_page
FEED_MAX = 50
BLOG_ID, BLOG_NAME = 1, "Berita"
BLOG_SLUG = f"{slugify_wordpress(BLOG_NAME)}-{BLOG_ID}"
_BLOG = re.compile(r"^/blog/(?:[^/]*-)?(\d+)(?:/page/(\d+))?/?$")
_POST = re.compile(r"^/blog/(?:[^/]*-)?(\d+)/(?:[^/]*-)?(\d+)/?$")
_FEED = re.compile(r"^/blog/(?:[^/]*-)?(\d+)/feed/?$")
_MENU = [("Beranda", "/"), ("Berita", "/blog"), ("Kontak", "/contactus")]


def _odoo_time(post_date) -> str:
    """A Datetime field as Odoo prints it: UTC, no zone (``2024-05-15 07:02:00``)."""
    return post_date.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


class OdooApp:
    def __init__(self, site: "MirrorSite"):
        self.site = site

    # -------------------------------------------------------------- URLs
    def post_path(self, post: Post) -> str:
        return f"/blog/{BLOG_SLUG}/{post.slug}-{post.id}"

    def default_robots(self) -> str:
        return f"User-agent: *\nSitemap: {self.site.url('/sitemap.xml')}\n"

    # -------------------------------------------------------------- dispatch
    def handle(self, st: "State", path_q: str) -> Response:
        path, _, query = path_q.partition("?")
        if path == "/robots.txt":
            return text_response(self.site.robots_txt, content_type="text/plain; charset=utf-8")
        if path.startswith(("/web/image/", "/web/assets/")) or path == "/favicon.ico":
            return Response(200, PIXEL_GIF, "image/gif")
        return st.cached(path_q, lambda: self._route(st, unquote(path), dict(parse_qsl(query, True))))

    def _route(self, st: "State", path: str, q: dict[str, str]) -> Response:
        if path == "/":
            return self._page(st, self.site.spec.title, self.site.url("/"), None, self._home(st))
        if path in ("/blog", "/blog/"):
            return Response(302, b"", "text/html; charset=utf-8", {"Location": self.site.url(f"/blog/{BLOG_SLUG}")})
        if m := _FEED.match(path):
            return self._feed(st, q) if int(m.group(1)) == BLOG_ID else self._not_found(st)
        if m := _BLOG.match(path):
            if int(m.group(1)) != BLOG_ID:
                return self._not_found(st)
            return self._listing(st, int(m.group(2) or 1))
        if m := _POST.match(path):
            post = st.by_id.get(int(m.group(2)))
            if int(m.group(1)) != BLOG_ID or post is None:
                return self._not_found(st)
            if path != self.site.post_path(post):
                return Response(301, b"", "text/html; charset=utf-8", {"Location": self.site.post_url(post)})
            r = self._page(st, post.title, self.site.post_url(post), post, self._post(st, post))
            r.last_modified = post.updated
            return r
        if path == "/sitemap.xml":
            return self._sitemap(st)
        return self._not_found(st)

    # -------------------------------------------------------------- pages
    def _page(self, st: "State", title: str, url: str, post: Post | None, main: str, status: int = 200,
              feed: bool = False) -> Response:
        s = self.site.spec
        meta = ""
        if post is not None:
            ld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": post.title,
                  "datePublished": post.published.isoformat(timespec="seconds"),
                  "dateModified": post.updated.isoformat(timespec="seconds"),
                  "author": {"@type": "Person", "name": post.author or "Administrator"},
                  "publisher": {"@type": "Organization", "name": s.title}, "url": url}
            meta = (f'<meta property="article:published_time" content="{_odoo_time(post.published)}"/>\n'
                    f'<meta property="article:modified_time" content="{_odoo_time(post.updated)}"/>\n'
                    + "".join(f'<meta property="article:tag" content="{attr(t)}"/>\n' for t in post.labels)
                    + f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n')
        feed_link = (f'<link href="/blog/{BLOG_ID}/feed" type="application/atom+xml" rel="alternate" '
                     f'title="Atom Feed"/>\n' if feed else "")
        main_object = f"blog.post({post.id},)" if post else "website.page(1,)"
        nav = "".join(f'<li class="nav-item"><a role="menuitem" href="{href}" class="nav-link">{esc(name)}</a></li>'
                      for name, href in _MENU)
        html = (f'<!DOCTYPE html>\n<html lang="id-ID" data-website-id="1" data-main-object="{main_object}">\n<head>\n'
                f'<meta charset="utf-8"/>\n<meta http-equiv="X-UA-Compatible" content="IE=edge"/>\n'
                f'<meta name="viewport" content="width=device-width, initial-scale=1"/>\n'
                f'<meta name="generator" content="Odoo"/>\n'
                f'<meta property="og:type" content="{"article" if post else "website"}"/>\n'
                f'<meta property="og:title" content="{attr(title)}"/>\n'
                f'<meta property="og:site_name" content="{attr(s.title)}"/>\n<meta property="og:url" content="{attr(url)}"/>\n'
                + (f'<meta property="og:image" content="{self.site.url(f"/web/image/blog.post/{post.id}/image")}"/>\n'
                   if post else "")
                + f'{meta}<link rel="canonical" href="{attr(url)}"/>\n{feed_link}'
                f'<title>{esc(title)} | {esc(s.title)}</title>\n<link type="image/x-icon" rel="shortcut icon" '
                f'href="/web/image/website/1/favicon?unique=1a2b3c4"/>\n<link type="text/css" rel="stylesheet" '
                f'href="/web/assets/1/8f1c2d3/web.assets_frontend.min.css"/>\n</head>\n<body>\n<div id="wrapwrap" '
                f'class="   ">\n<header id="top" data-anchor="true" data-name="Header" class="o_header_standard">\n'
                f'<nav data-name="Navbar" aria-label="Main" class="navbar navbar-expand-lg navbar-light o_colored_level '
                f'o_cc shadow-sm"><div id="o_main_nav" class="container"><a href="/" class="navbar-brand logo me-4">'
                f'<span role="img" aria-label="Logo of {attr(s.title)}" title="{attr(s.title)}">{esc(s.title)}</span></a>'
                f'<ul id="top_menu" role="menu" class="nav navbar-nav o_menu_loading flex-grow-1">{nav}</ul></div></nav>'
                f'\n</header>\n<main>\n{main}\n</main>\n<footer id="bottom" data-anchor="true" data-name="Footer" '
                f'class="o_footer o_colored_level o_cc "><div id="footer" class="oe_structure oe_structure_solo">'
                f'<section class="s_text_block pt40 pb16" data-snippet="s_text_block" data-name="Text"><div class='
                f'"container"><p>{esc(s.description)}</p></div></section></div><div class="o_footer_copyright '
                f'o_colored_level o_cc" data-name="Copyright"><div class="container py-3"><span class="o_footer_'
                f'copyright_name me-2">Hak Cipta &copy; {esc(s.title)}</span> <div class="o_brand_promotion">Didukung '
                f'oleh <a target="_blank" class="badge text-bg-light" href="http://www.odoo.com?utm_source=db&amp;'
                f'utm_medium=website">Odoo</a></div></div></div>\n</footer>\n</div>\n<script type="text/javascript" '
                f'src="/web/assets/1/9e2f4a1/web.assets_frontend_lazy.min.js" onerror="__odooAssetError=1"></script>\n'
                f'</body>\n</html>\n')
        return text_response(html, status, content_type="text/html; charset=utf-8")

    def _not_found(self, st: "State") -> Response:
        return self._page(st, "404: Halaman tidak ditemukan", self.site.url("/"), None,
                          '<div id="wrap"><div class="container"><h1 class="mt32">404: Halaman tidak ditemukan</h1>'
                          '<p>Halaman yang Anda cari tidak dapat ditemukan.</p></div></div>', 404)

    def _card(self, post: Post) -> str:
        """One post of ``website_blog.posts_loop``: cover, name, teaser, author and date."""
        url = self.site.post_path(post)
        day = post.published.astimezone(self.site.tz)
        return (f'<div class="pb-4 col-12 col-md-6 col-lg-4"><article class="o_wblog_post position-relative" '
                f'name="blog_post"><a href="{url}" class="text-decoration-none d-block mb-2"><div class="o_record_'
                f'cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 o_wblog_post_cover"><div class='
                f'"o_record_cover_component o_record_cover_image" style="background-image: url(/web/image/blog.post/'
                f'{post.id}/image);"></div></div></a><div class="o_wblog_post_content"><a href="{url}" class="d-block '
                f'text-reset text-decoration-none o_blog_post_title my-0 h5">{esc(post.title)}</a><div class='
                f'"o_wblog_read_text mt-2">{esc(snippet(post, 200))}</div></div><div class="o_wblog_post_short_tag_'
                f'section d-flex align-items-center flex-wrap pt-2"><span class="small text-muted">{esc(post.author or "Administrator")}'
                f'</span><time class="text-nowrap small ms-2" datetime="{_odoo_time(post.published)}">{day.day} '
                f'{_MONTHS[day.month - 1]} {day.year}</time></div></article></div>')

    def _listing(self, st: "State", page: int) -> Response:
        posts = st.by_pub[(page - 1) * PER_PAGE:page * PER_PAGE]
        pages = max(1, -(-len(st.by_pub) // PER_PAGE))
        loop = ("".join(self._card(p) for p in posts) if posts else
                '<div class="col"><h2 class="h4 mt-4">Belum ada postingan blog.</h2></div>')
        main = (f'<div id="wrap" class="js_blog website_blog"><div id="o_wblog_blog_top"><div class="container">'
                f'<h1 class="o_wblog_post_name">{esc(BLOG_NAME)}</h1></div></div><section id="o_wblog_index_content">'
                f'<div class="container py-4"><div class="row justify-content-center"><div id="o_wblog_posts_loop_'
                f'container" class="col"><div id="o_wblog_posts_loop"><div class="row">{loop}</div></div>'
                f'{self._pager(page, pages)}</div></div></div></section></div>')
        return self._page(st, BLOG_NAME, self.site.url(f"/blog/{BLOG_SLUG}"), None, main, feed=True)

    @staticmethod
    def _pager(page: int, pages: int) -> str:
        """``website.pager``: Prev, the page numbers around this one, Next; hrefs only where they lead."""
        if pages <= 1:
            return ""

        def url(n: int) -> str:
            return f"/blog/{BLOG_SLUG}" + (f"/page/{n}" if n > 1 else "")

        items = [f'<li class="page-item {"disabled" if page == 1 else ""}"><a '
                 + (f'href="{url(page - 1)}" ' if page > 1 else "") + 'class="page-link post_link">Prev</a></li>']
        for n in range(max(1, page - 2), min(pages, page + 2) + 1):
            items.append(f'<li class="page-item {"active" if n == page else ""}"><a href="{url(n)}" '
                         f'class="page-link post_link">{n}</a></li>')
        items.append(f'<li class="page-item {"disabled" if page == pages else ""}"><a '
                     + (f'href="{url(page + 1)}" ' if page < pages else "") + 'class="page-link post_link">Next</a></li>')
        return f'<ul class="justify-content-center pagination m-0 ">{"".join(items)}</ul>'

    def _home(self, st: "State") -> str:
        latest = "".join(self._card(p) for p in st.by_pub[:6])
        return (f'<div id="wrap" class="oe_structure oe_empty"><section class="s_title pt40 pb24" data-snippet='
                f'"s_title"><div class="container"><h1>{esc(self.site.spec.title)}</h1><p class="lead">'
                f'{esc(self.site.spec.description)}</p></div></section><section class="s_blog_posts pt32 pb32" '
                f'data-snippet="s_blog_posts"><div class="container"><div class="row">{latest}</div>'
                f'<a href="/blog" class="btn btn-primary">Semua berita</a></div></section></div>')

    def _post(self, st: "State", post: Post) -> str:
        content = body_html(post, baca=None, image_url=None, wordpress=True)
        tags = "".join(f'<a class="badge border me-1 post_link" href="/blog/{BLOG_SLUG}/tag/'
                       f'{slugify_wordpress(t)}-{i + 1}">{esc(t)}</a>' for i, t in enumerate(post.labels))
        index = st.pub_index[post.id]
        nxt = st.by_pub[(index + 1) % len(st.by_pub)] if len(st.by_pub) > 1 else None
        read_next = (f'<div class="mt-5"><div id="o_wblog_next_container" class="d-flex flex-column"><a id="o_wblog_'
                     f'next_post_info" class="d-none" data-url="{self.site.post_path(nxt)}?anim"></a><div class="container '
                     f'text-center"><div class="o_wblog_post_title"><div id="o_wblog_post_name" class="h1" data-blog-id='
                     f'"{nxt.id}">{esc(nxt.title)}</div></div></div></div></div>' if nxt else "")
        return (f'<div id="wrap" class="js_blog website_blog"><section id="o_wblog_post_top"><div id="title" '
                f'class="blog_header"><div data-name="Blog Post Cover" class="o_record_cover_container d-flex '
                f'flex-column h-100 o_colored_level o_cc o_cc3 o_cc o_half_screen_height o_record_has_cover '
                f'o_wblog_post_page_cover"><div class="o_record_cover_component o_record_cover_image" style="background-'
                f'image: url(/web/image/blog.post/{post.id}/image);"></div><div class="container text-center position-'
                f'relative h-100 d-flex flex-column flex-grow-1 justify-content-around"><div class="o_wblog_post_title  '
                f'"><h1 id="o_wblog_post_name" class="o_editable_no_shadow" data-oe-expression="blog_post.name" '
                f'placeholder="Blog Post Title" data-blog-id="{post.id}">{esc(post.title)}</h1><div id="o_wblog_post_'
                f'subtitle" class="o_editable_no_shadow" placeholder="Subtitle"></div></div></div></div></div></section>'
                f'<section id="o_wblog_post_main" class="container pt-4 pb-5 "><div class="o_container_small"><div '
                f'class="d-flex flex-column flex-lg-row"><div id="o_wblog_post_content" class=" o_container_small w-100 '
                f'flex-shrink-0"><nav aria-label="breadcrumb" class="breadcrumb flex-nowrap py-0 px-0 css_editable_mode_'
                f'hidden mb-3 bg-transparent"><li class="breadcrumb-item"><a href="/blog/{BLOG_SLUG}">{esc(BLOG_NAME)}'
                f'</a></li><li class="breadcrumb-item text-truncate active"><span>{esc(post.title)}</span></li></nav>'
                f'<div data-editor-message="WRITE HERE OR DRAG BUILDING BLOCKS" class="o_wblog_post_content_field   '
                f'o_wblog_read_text">{content}</div><div class="css_editable_mode_hidden text-muted"><div># {tags}</div>'
                f'</div></div></div></div></section><section id="o_wblog_post_footer">{read_next}</section></div>')

    # -------------------------------------------------------------- feed and sitemap
    def _feed(self, st: "State", q: dict[str, str]) -> Response:
        limit = int(q["limit"]) if q.get("limit", "").isdigit() else 15
        posts = st.by_pub[:min(limit, FEED_MAX)]
        base = self.site.url("/").rstrip("/")

        def z(dt) -> str:
            return _odoo_time(dt).replace(" ", "T") + "Z"

        entries = "".join(
            f"    <entry>\n        <title>{xesc(p.title)}</title>\n        <link href=\"{base}{self.site.post_path(p)}\"/>"
            f"\n        <id>{base}{self.site.post_path(p)}</id>\n        <author><name>{xesc(p.author or 'Administrator')}"
            f"</name></author>\n        <summary>{xesc(snippet(p, 200))}</summary>\n        <updated>{z(p.published)}"
            f"</updated>\n    </entry>\n" for p in posts)
        body = (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n    <title>'
                f'{xesc(BLOG_NAME)}</title>\n    <link href="{base}/blog/{BLOG_ID}"/>\n    <id>{base}/blog/{BLOG_ID}</id>'
                f'\n    <updated>{z(posts[0].published) if posts else ""}</updated>\n{entries}</feed>\n')
        return text_response(body, content_type="application/atom+xml")

    def _sitemap(self, st: "State") -> Response:
        base = self.site.url("/")
        start = self.site.generator.cfg.start.astimezone(timezone.utc).date().isoformat()
        locs = [(base, start), (base + "blog", None), (base + f"blog/{BLOG_SLUG}", None), (base + "contactus", start)]
        locs += [(self.site.post_url(p), None) for p in sorted(st.by_pub, key=lambda p: p.id)]
        urls = "".join(f"<url>\n        <loc>{xesc(loc)}</loc>" + (f"\n        <lastmod>{mod}</lastmod>" if mod else "")
                       + "\n    </url>\n    " for loc, mod in locs)
        return text_response(f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
                             f'schemas/sitemap/0.9">\n    {urls}</urlset>', content_type=XML)


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
