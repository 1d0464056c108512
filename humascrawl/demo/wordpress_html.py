"""HTML of the WordPress demo sites: an Indonesian news-magazine theme (id_ID locale)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING
from urllib.parse import quote

from .common import attr, esc, id_md_date, snippet
from .content import Post, slugify_wordpress

if TYPE_CHECKING:
    from .mirror import MirrorSite, State

STATIC_PAGES = {
    "/redaksi/": ("Redaksi", "<p>Pemimpin Redaksi: Andrian</p><p>Alamat: Jalan Ahmad Yani, Pontianak</p>"),
    "/pedoman-media-siber/": ("Pedoman Media Siber", "<p>Kemerdekaan berpendapat, kemerdekaan berekspresi, dan "
                              "kemerdekaan pers adalah hak asasi manusia yang dilindungi Pancasila.</p>"),
}
MENU = ["Polri", "Kamtibmas", "Hukum & Kriminal", "Lalu Lintas", "Sosial", "Daerah"]


def _head(site: "MirrorSite", title: str, canonical: str, desc: str, post: Post | None) -> str:
    s = site.spec
    og = (f'<meta property="og:locale" content="id_ID" />\n<meta property="og:type" content="'
          f'{"article" if post else "website"}" />\n<meta property="og:title" content="{attr(title)}" />\n'
          f'<meta property="og:description" content="{attr(desc)}" />\n<meta property="og:url" content="'
          f'{attr(canonical)}" />\n<meta property="og:site_name" content="{attr(s.title)}" />\n')
    ld = ""
    if post:
        og += (f'<meta property="article:published_time" content="{post.published.isoformat(timespec="seconds")}" />\n'
               f'<meta property="article:modified_time" content="{post.updated.isoformat(timespec="seconds")}" />\n'
               f'<meta name="author" content="{attr(post.author or "admin")}" />\n')
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": post.title,
                "datePublished": post.published.isoformat(timespec="seconds"),
                "dateModified": post.updated.isoformat(timespec="seconds"),
                "author": {"@type": "Person", "name": post.author or "admin"},
                "publisher": {"@type": "Organization", "name": s.title}, "mainEntityOfPage": canonical,
                "inLanguage": "id-ID", "articleSection": post.categories}
        ld = f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(data)}</script>\n'
    return (f'<!DOCTYPE html>\n<html lang="id-ID">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" '
            f'content="width=device-width, initial-scale=1">\n<title>{esc(title)} &#8211; {esc(s.title)}</title>\n'
            f'<meta name="robots" content="index, follow, max-image-preview:large" />\n<link rel="canonical" href="'
            f'{attr(canonical)}" />\n<meta name="description" content="{attr(desc)}" />\n{og}{ld}'
            f'<link rel="alternate" type="application/rss+xml" title="{attr(s.title)} &raquo; Feed" href="'
            f'{site.url("/feed/")}" />\n<link rel="stylesheet" id="newsmag-style-css" href="'
            f'{site.url("/wp-content/themes/newsmag/style.css?ver=1.4.2")}" media="all" />\n<link rel="https://api.w.org/"'
            f' href="{site.url("/wp-json/")}" />\n<link rel="EditURI" type="application/rsd+xml" title="RSD" href="'
            f'{site.url("/xmlrpc.php?rsd")}" />\n<meta name="generator" content="WordPress 6.5.2" />\n</head>\n')


def _top(site: "MirrorSite", st: "State", body_class: str) -> str:
    s = site.spec
    menu = "".join(f'<li class="menu-item"><a href="{site.url(f"/category/{slugify_wordpress(x)}/")}">{esc(x)}</a></li>'
                   for x in MENU)
    ticker = "".join(f'<li><a href="{site.post_url(p)}">{esc(p.title)}</a></li>' for p in st.by_pub[:5])
    return (f'<body class="{body_class} wp-embed-responsive">\n<div id="page" class="site">\n<a class="skip-link '
            f'screen-reader-text" href="#content">Langsung ke konten</a>\n<div class="top-bar"><span class="date-now">'
            f'{id_md_date((st.by_upd[0].updated if st.by_upd else site.generator.cfg.start).astimezone(site.tz))}</span> <a href="{site.url("/redaksi/")}">Redaksi</a> '
            f'<a href="{site.url("/pedoman-media-siber/")}">Pedoman Media Siber</a></div>\n<header id="masthead" '
            f'class="site-header"><div class="site-branding"><p class="site-title"><a href="{site.url("/")}" rel="home">'
            f'{esc(s.title)}</a></p><p class="site-description">{esc(s.description)}</p></div>\n<nav id="site-navigation"'
            f' class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="{site.url("/")}"'
            f'>Beranda</a></li>{menu}</ul></nav></header>\n<div class="newsmag-breaking-news"><span class="breaking-title">'
            f'BREAKING NEWS</span><ul class="newsticker">{ticker}</ul></div>\n<div id="content" class="site-content">\n')


def _sidebar(site: "MirrorSite", st: "State") -> str:
    def make() -> str:
        latest = "".join(f'<li><a href="{site.post_url(p)}">{esc(p.title)}</a><span class="post-date">'
                         f'{id_md_date(p.published.astimezone(site.tz))}</span></li>' for p in st.by_pub[:5])
        cats = sorted({c for p in st.by_pub for c in p.categories})
        catl = "".join(f'<li class="cat-item"><a href="{site.url(f"/category/{slugify_wordpress(c)}/")}">{esc(c)}</a>'
                       f'</li>' for c in cats)
        return (f'<aside id="secondary" class="widget-area"><section id="search-2" class="widget widget_search"><form '
                f'role="search" method="get" class="search-form" action="{site.url("/")}"><label><span class="screen-'
                f'reader-text">Cari untuk:</span><input type="search" class="search-field" placeholder="Cari &hellip;" '
                f'name="s" /></label><input type="submit" class="search-submit" value="Cari" /></form></section>\n'
                f'<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Berita '
                f'Terkini</h2><ul>{latest}</ul></section>\n<section id="categories-2" class="widget widget_categories">'
                f'<h2 class="widget-title">Kategori</h2><ul>{catl}</ul></section></aside>\n')
    return st.cached(("wsidebar",), make)


def _footer(site: "MirrorSite") -> str:
    return (f'</div><!-- #content -->\n<footer id="colophon" class="site-footer"><div class="site-info">&copy; '
            f'{site.generator.cfg.start.year} {esc(site.spec.title)}. All rights reserved. | <a href="'
            f'{site.url("/redaksi/")}">Redaksi</a> | <a href="{site.url("/pedoman-media-siber/")}">Pedoman Media Siber</a>'
            f' | Proudly powered by <a href="https://wordpress.org/">WordPress</a></div></footer>\n</div><!-- #page -->\n'
            f'<script src="{site.url("/wp-includes/js/jquery/jquery.min.js?ver=3.7.1")}" id="jquery-core-js"></script>\n'
            f'</body>\n</html>\n')


def page_links(site: "MirrorSite", post: Post, page: int) -> str:
    """``wp_link_pages()`` in id_ID: the pages of a post split with ``<!--nextpage-->``."""
    if post.pages <= 1:
        return ""
    links = [f'<span class="post-page-numbers current" aria-current="page">{k}</span>' if k == page else
             f'<a href="{site.app.page_url(post, k)}" class="post-page-numbers">{k}</a>'
             for k in range(1, post.pages + 1)]
    return f'<div class="page-links">Halaman: {" ".join(links)}</div>'


def post_page(site: "MirrorSite", st: "State", post: Post, page: int = 1) -> str:
    url = site.post_url(post)
    page_url = site.app.page_url(post, page)
    page_title = post.title if page <= 1 else f"{post.title} - Halaman {page} dari {post.pages}"
    t, u = post.published.astimezone(site.tz), post.updated.astimezone(site.tz)
    app = site.app
    cats = ", ".join(f'<a href="{app.term_link("category", c)}" rel="category tag">{esc(c)}</a>'
                     for c in post.categories)
    tags = "".join(f'<a href="{app.term_link("post_tag", x)}" rel="tag">{esc(x)}</a>' for x in post.tags)
    author = post.author or "admin"
    enc_url, enc_title = quote(url, safe=""), quote(post.title, safe="")
    i = st.pub_index[post.id]
    related = [p for p in st.by_pub[i + 1:i + 4]] or [p for p in st.by_pub[:3] if p.id != post.id]
    rel_html = "".join(f'<li><a href="{site.post_url(p)}">{esc(p.title)}</a></li>' for p in related)
    nav = ""
    if i + 1 < len(st.by_pub):
        p = st.by_pub[i + 1]
        nav += (f'<div class="nav-previous"><a href="{site.post_url(p)}" rel="prev"><span class="meta-nav">Sebelumnya'
                f'</span> {esc(p.title)}</a></div>')
    if i > 0:
        p = st.by_pub[i - 1]
        nav += (f'<div class="nav-next"><a href="{site.post_url(p)}" rel="next"><span class="meta-nav">Selanjutnya'
                f'</span> {esc(p.title)}</a></div>')
    return "".join([
        _head(site, page_title, page_url, snippet(post, 150), post),
        _top(site, st, f"post-template-default single single-post postid-{post.id} single-format-standard"),
        f'<div id="primary" class="content-area"><main id="main" class="site-main">\n<nav class="breadcrumbs"><a href="'
        f'{site.url("/")}">Beranda</a> &raquo; {cats} &raquo; <span>{esc(post.title)}</span></nav>\n'
        f'<article id="post-{post.id}" class="post-{post.id} post type-post status-publish format-standard hentry">\n'
        f'<header class="entry-header"><span class="cat-links">{cats}</span>\n<h1 class="entry-title">{esc(post.title)}'
        f'</h1>\n<div class="entry-meta"><span class="posted-on"><a href="{url}" rel="bookmark"><time class="entry-date '
        f'published" datetime="{post.published.isoformat(timespec="seconds")}">{id_md_date(t)}</time><time class='
        f'"updated" datetime="{post.updated.isoformat(timespec="seconds")}">{id_md_date(u)}</time></a></span> <span '
        f'class="byline">oleh <span class="author vcard"><a class="url fn n" href="'
        f'{site.url(f"/author/{slugify_wordpress(author)}/")}">{esc(author)}</a></span></span></div></header>\n'
        f'<div class="entry-content">\n', app.body(post, page), page_links(site, post, page),
        f'</div><!-- .entry-content -->\n<div class="sharedaddy"><h3 class="sd-title">Bagikan:</h3><ul><li><a class='
        f'"share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={enc_url}" target="_blank">Facebook</a>'
        f'</li><li><a class="share-twitter" href="https://twitter.com/intent/tweet?text={enc_title}&amp;url={enc_url}" '
        f'target="_blank">X</a></li><li><a class="share-whatsapp" href="https://api.whatsapp.com/send?text={enc_title}'
        f'%20{enc_url}" target="_blank">WhatsApp</a></li><li><a class="share-telegram" href="https://t.me/share/url?url='
        f'{enc_url}" target="_blank">Telegram</a></li></ul></div>\n<footer class="entry-footer"><span class="tags-links">'
        f'Tag: {tags}</span></footer>\n</article>\n<div class="related-posts"><h3 class="related-title">Berita Terkait'
        f'</h3><ul>{rel_html}</ul></div>\n<nav class="navigation post-navigation" aria-label="Pos"><h2 class="screen-'
        f'reader-text">Navigasi pos</h2><div class="nav-links">{nav}</div></nav>\n<div id="comments" class="comments-area">'
        f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Tinggalkan Balasan'
        f'</h3><form action="{site.url("/wp-comments-post.php")}" method="post" id="commentform" class="comment-form">'
        f'<p class="comment-notes"><span id="email-notes">Alamat email Anda tidak akan dipublikasikan.</span> <span '
        f'class="required-field-message">Ruas yang wajib ditandai <span class="required">*</span></span></p><p class='
        f'"comment-form-comment"><label for="comment">Komentar <span class="required">*</span></label><textarea id='
        f'"comment" name="comment" cols="45" rows="8" required></textarea></p><p class="comment-form-author"><label '
        f'for="author">Nama <span class="required">*</span></label><input id="author" name="author" type="text" /></p>'
        f'<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label><input id="email"'
        f' name="email" type="email" /></p><p class="comment-form-url"><label for="url">Situs Web</label><input id="url"'
        f' name="url" type="url" /></p><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" '
        f'name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Simpan'
        f' nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.</label></p><p class="form-'
        f'submit"><input name="submit" type="submit" id="submit" class="submit" value="Kirim Komentar" /><input type='
        f'"hidden" name="comment_post_ID" value="{post.id}" id="comment_post_ID" /></p></form></div></div>\n'
        f'</main></div>\n', _sidebar(site, st), _footer(site)])


def amp_page(site: "MirrorSite", st: "State", post: Post) -> str:
    url = site.post_url(post)
    t = post.published.astimezone(site.tz)
    return (f'<!doctype html>\n<html amp lang="id-ID">\n<head><meta charset="utf-8"><title>{esc(post.title)} &#8211; '
            f'{esc(site.spec.title)}</title><link rel="canonical" href="{url}"><meta name="viewport" content="width='
            f'device-width"><script async src="https://cdn.ampproject.org/v0.js"></script><meta property="article:'
            f'published_time" content="{post.published.isoformat(timespec="seconds")}" /></head>\n<body class="amp-wp">'
            f'<header class="amp-wp-header"><a href="{site.url("/")}">{esc(site.spec.title)}</a></header>\n<article '
            f'class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">{esc(post.title)}'
            f'</h1><div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">'
            f'{esc(post.author or "admin")}</span></div><div class="amp-wp-meta amp-wp-posted-on"><time datetime="'
            f'{post.published.isoformat(timespec="seconds")}">{id_md_date(t)}</time></div></header>\n<div class="amp-wp-'
            f'article-content">{site.app.body(post)}</div></article>\n<footer class="amp-wp-footer"><p>&copy; '
            f'{esc(site.spec.title)}</p><a href="#top" class="back-to-top">Kembali ke atas</a></footer></body></html>\n')


def list_page(site: "MirrorSite", st: "State", heading: str | None, posts: list[Post], older: str | None,
              newer: str | None) -> str:
    items = "".join(
        f'<article id="post-{p.id}" class="post-{p.id} post type-post status-publish hentry"><header class="entry-header">'
        f'<h2 class="entry-title"><a href="{site.post_url(p)}" rel="bookmark">{esc(p.title)}</a></h2><div class="entry-'
        f'meta"><time class="entry-date published" datetime="{p.published.isoformat(timespec="seconds")}">'
        f'{id_md_date(p.published.astimezone(site.tz))}</time></div></header><div class="entry-summary"><p>'
        f'{esc(snippet(p, 200))}</p></div></article>\n' for p in posts)
    nav = ""
    if older:
        nav += f'<div class="nav-previous"><a href="{site.url(older)}">Pos Lebih Lama</a></div>'
    if newer:
        nav += f'<div class="nav-next"><a href="{site.url(newer)}">Pos Lebih Baru</a></div>'
    head = f'<header class="page-header"><h1 class="page-title">{esc(heading)}</h1></header>\n' if heading else ""
    title = heading or site.spec.description
    return "".join([_head(site, title, site.url("/"), site.spec.description, None),
                    _top(site, st, "home blog" if not heading else "archive"),
                    f'<div id="primary" class="content-area"><main id="main" class="site-main">\n{head}{items}'
                    f'<nav class="navigation posts-navigation"><div class="nav-links">{nav}</div></nav></main></div>\n',
                    _sidebar(site, st), _footer(site)])


def not_found_page(site: "MirrorSite", st: "State") -> str:
    return "".join([_head(site, "Halaman tidak ditemukan", site.url("/"), site.spec.description, None),
                    _top(site, st, "error404"),
                    '<div id="primary" class="content-area"><main id="main" class="site-main"><section class="error-404 '
                    'not-found"><header class="page-header"><h1 class="page-title">Oops! Halaman tersebut tidak dapat '
                    'ditemukan.</h1></header><div class="page-content"><p>Sepertinya tidak ada yang ditemukan di lokasi '
                    'ini. Mungkin coba pencarian?</p></div></section></main></div>\n', _sidebar(site, st), _footer(site)])


def static_page(site: "MirrorSite", st: "State", path: str) -> str:
    title, body = STATIC_PAGES[path]
    return "".join([_head(site, title, site.url(path), title, None), _top(site, st, "page-template-default page"),
                    f'<div id="primary" class="content-area"><main id="main" class="site-main"><article class="page '
                    f'type-page"><header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header><div '
                    f'class="entry-content">{body}</div></article></main></div>\n', _sidebar(site, st), _footer(site)])
