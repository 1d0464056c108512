"""Official police portals (WordPress Polda portal, Odoo Tribratanews, a Next.js/Tailwind portal, a Polres portal on
Blogger, a PHP Polda portal), AMP pages, multi-page articles and home-made PHP news CMSs."""

from __future__ import annotations

import json

from parts import (SCRIPTS, UTC, Ctx, attr, body, esc, headline_list, hhmm, id_date, id_long, id_short,
                   iso, jsonld, slug, zone)
from tpl_blogger import blogger_magazine
from tpl_wordpress import _content, _footer, _head, _menu, _sidebar


def _plain_head(ctx: Ctx, title: str, extra: str = "") -> str:
    return (f'<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{esc(title)}</title>\n{extra}{SCRIPTS}\n</head>\n')


# ------------------------------------------------------------------ portals

def portal_wp_polda(ctx: Ctx) -> str:
    """A Polda's Tribratanews portal on WordPress (Publisher theme): single-post-content, "Bagikan", "Berita Terkait"."""
    a, pub = ctx.a, ctx.pub
    ctx.leak("Berita Terkait", "Pos Terbaru", "Tribrata News Polda")
    return ("<!DOCTYPE html>\n<html lang=\"id-ID\">\n" + _head(ctx, f"{a.title} – {ctx.name}", utc_meta=True)
            + f'<body class="post-template-default single single-post bs-theme publisher">\n<div class="main-wrap content-main-wrap">'
            f'<header id="header" class="site-header header-style-2"><div class="header-inner"><div id="site-branding" '
            f'class="site-branding"><p id="site-title" class="logo h1 img-logo"><a href="https://{ctx.host}/" rel="home">'
            f'<img id="site-logo" src="/logo.png" alt="Tribrata News Polda" /></a></p></div><nav id="menu-main" class="menu '
            f'main-menu-container"><ul class="main-menu menu">{_menu(ctx, ("Beranda", "Berita Polda", "Berita Polres", "Opini", "Galeri"))}'
            f'</ul></nav></div></header>\n<div class="content-wrap"><main id="content" class="content-container"><div class="container '
            f'layout-2-col layout-2-col-1 layout-right-sidebar"><div class="row main-section"><div class="col-sm-8 content-column">'
            f'<div class="single-container"><article id="post-9921" class="post-9921 post type-post single-post-content has-thumbnail">'
            f'<div class="post-header post-tp-1-header"><div class="term-badges floated"><span class="term-badge">'
            f'<a href="#">{esc(ctx.labels[0] if ctx.labels else "Berita")}</a></span></div><h1 class="single-post-title">'
            f'<span class="post-title" itemprop="headline">{esc(a.title)}</span></h1><div class="post-meta-wrap clearfix">'
            f'<div class="post-meta single-post-meta"><a href="#" title="Jelajahi Penulis Artikel" class="post-author-a">'
            f'<span class="post-author-name">Oleh <b>{esc(ctx.byline or "Admin")}</b></span></a><span class="time"><time '
            f'class="post-published updated" datetime="{iso(pub)}">{id_date(pub)}</time></span></div></div></div>\n'
            f'<div class="post-share single-post-share top-share clearfix style-1"><div class="post-share-btn-group">'
            f'<span class="share-handler"><i class="bf-icon fa fa-share-alt"></i> Bagikan</span></div></div>\n'
            f'<div class="entry-content clearfix single-post-content">\n{_content(ctx)}\n</div>\n'
            f'<div class="entry-terms post-tags clearfix"><span class="terms-label"><i class="fa fa-tags"></i></span>'
            + "".join(f'<a href="https://{ctx.host}/tag/{slug(t)}/" rel="tag">{esc(t)}</a>' for t in ctx.labels)
            + f'</div></article><section class="next-prev-post clearfix"><div class="prev-post"><p class="pre-title heading-typo">'
            f'<i class="fa fa-arrow-left"></i> Pos Sebelumnya</p><p class="title heading-typo"><a href="#" rel="prev">'
            f'{esc(ctx.others(1, 71)[0])}</a></p></div></section>'
            f'<div class="post-related"><div class="section-heading sh-t1"><span class="h-text related-posts-heading">Berita '
            f'Terkait</span></div><ul>{headline_list(ctx, 4, 72)}</ul></div></div></div><div class="col-sm-4 sidebar-column">'
            f'{_sidebar(ctx, "Pos Terbaru", "Arsip Berita")}</div></div></div></main></div>\n'
            + _footer(ctx, " | Bidhumas Polda") + "\n</div>\n</body>\n</html>\n")


def portal_odoo(ctx: Ctx) -> str:
    """Odoo website_blog (Tribratanews Polri): o_wblog_post_content_field, tags as badges, "Baca Selanjutnya" cover."""
    a, pub = ctx.a, ctx.pub
    nxt = ctx.others(1, 81)[0]
    sub = "Simak selengkapnya perkembangan penanganan perkara yang ditangani jajaran kepolisian daerah."
    ctx.leak("Baca Selanjutnya", sub, "Bagikan postingan ini", "Tag")
    tags = "".join(f'<a class="badge border mb-1 text-truncate o_tag post_link" href="/blog/tag/{slug(t)}">#{esc(t)}</a>'
                   for t in ctx.labels)
    return ('<!DOCTYPE html>\n<html lang="id-ID" data-website-id="1" data-main-object="blog.post(4417,)">\n'
            + _plain_head(ctx, f"{a.title} | Tribratanews",
                          f'<meta name="generator" content="Odoo"/>\n<meta property="og:type" content="article"/>\n'
                          f'<meta property="og:title" content="{attr(a.title)}"/>\n<meta property="og:site_name" content="{attr(ctx.name)}"/>\n'
                          f'<meta property="og:url" content="{attr(ctx.canonical)}"/>\n<link rel="canonical" href="{attr(ctx.canonical)}"/>\n')
            + f'<body><div id="wrapwrap" class="   "><header id="top" data-anchor="true" data-name="Header" class="o_header_standard">'
            f'<nav class="navbar navbar-expand-lg"><div class="container"><a href="/" class="navbar-brand logo"><span role="img" '
            f'aria-label="Logo of {attr(ctx.name)}" title="{attr(ctx.name)}"><img src="/web/image/website/1/logo" class="img img-fluid" '
            f'alt="{attr(ctx.name)}"/></span></a><ul class="nav navbar-nav"><li class="nav-item"><a class="nav-link" href="/">Home</a></li>'
            f'<li class="nav-item"><a class="nav-link" href="/blog">Berita</a></li><li class="nav-item"><a class="nav-link" '
            f'href="/contactus">Kontak</a></li></ul></div></nav></header>\n<main><div id="wrap" class="js_blog website_blog">'
            f'<section id="o_wblog_post_top"><div id="title" class="blog_header"><div class="o_record_cover_container d-flex flex-column '
            f'h-100 o_colored_level o_cc o_cc3 cover_auto"><div class="o_record_cover_component o_record_cover_image" '
            f'style="background-image: url(/web/image/blog.post/4417/image);"></div><div class="container text-center position-relative '
            f'h-100 d-flex flex-column flex-grow-1 justify-content-around"><div class="o_wblog_post_title"><h1 id="o_wblog_post_name" '
            f'class="o_editable_no_shadow" data-oe-expression="blog_post.name" placeholder="Judul Postingan">{esc(a.title)}</h1>'
            f'<div id="o_wblog_post_subtitle" class="o_editable_no_shadow" placeholder="Subtitle"></div></div>'
            f'<div class="text-center mb-2"><div class="d-inline-flex align-items-center justify-content-center"><div '
            f'class="o_wblog_author_avatar"><img src="/web/image/res.partner/3/avatar_128" class="rounded-circle"/></div>'
            f'<div class="text-start ms-2"><span>{esc(ctx.byline or "Humas")}</span><small class="text-muted"><span>'
            f'{id_short(pub)}</span></small></div></div></div></div></div></div></section>\n'
            f'<section id="o_wblog_post_main" class="container pt-4 pb-5"><div class="o_container_small"><div class="d-flex '
            f'flex-column flex-lg-row"><div id="o_wblog_post_content" class="o_container_small w-100 flex-shrink-0">'
            f'<div data-editor-message="WRITE HERE OR DRAG BUILDING BLOCKS" class="o_wblog_post_content_field o_wblog_read_text" '
            f'data-oe-field="content">\n{_content(ctx)}\n</div><div class="css_editable_mode_hidden"><div class="o_wblog_post_tags">'
            f'<span class="me-1">Tag</span>{tags}</div></div></div><div id="o_wblog_post_sidebar_col" class="ps-lg-5"><div '
            f'id="o_wblog_post_sidebar"><div class="o_wblog_sidebar_block pb-5"><h6 class="text-uppercase pb-2 mb-4 border-bottom '
            f'fw-bold">Bagikan postingan ini</h6><div class="o_wblog_social_links d-flex flex-wrap mx-n1"><a class="o_twitter" '
            f'href="#"><i class="fa fa-twitter"></i></a><a class="o_facebook" href="#"><i class="fa fa-facebook"></i></a></div>'
            f'</div></div></div></div></div></section>\n<section id="o_wblog_post_footer"><div class="mt-5"><div id="o_wblog_next_container" '
            f'class="d-flex flex-column"><a href="/blog/berita-1/{slug(nxt)}-4418"><div class="o_record_cover_container"><div '
            f'class="container text-center position-relative h-100 d-flex flex-column flex-grow-1 justify-content-around"><div '
            f'class="o_wblog_post_title"><div class="o_wblog_next_article">Baca Selanjutnya</div><h2>{esc(nxt)}</h2>'
            f'<p class="o_wblog_post_subtitle">{esc(sub)}</p></div></div></div></a></div></div></section></div></main>\n'
            f'<footer id="bottom" data-anchor="true" class="o_footer"><div id="footer" class="oe_structure oe_structure_solo"><section '
            f'class="s_text_block pt16 pb16"><div class="container"><p>Divisi Humas Polri &copy; {pub.year}</p></div></section></div>'
            f'<div class="o_footer_copyright"><div class="container py-3"><span class="o_footer_copyright_name me-2">Hak Cipta &copy; '
            f'{esc(ctx.name)}</span></div></div></footer></div>\n</body>\n</html>\n')


def portal_next(ctx: Ctx) -> str:
    """A Next.js/Tailwind portal: no semantic classes; the date only as text next to the headline; the article data
    also serialised in __NEXT_DATA__ (a script, not text)."""
    a, pub = ctx.a, ctx.pub
    data = {"props": {"pageProps": {"article": {"title": a.title, "slug": slug(a.title),
                                                "published_at": pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                                "content": "".join(f"<p>{p}</p>" for p in ctx.paras),
                                                "category": {"name": ctx.labels[0] if ctx.labels else "Berita"}},
                                    "related": ctx.others(3, 91)}},
            "page": "/berita/[slug]", "query": {"slug": slug(a.title)}, "buildId": "x7Yq2", "isFallback": False}
    rel = ctx.others(4, 92)
    ctx.leak("Berita Terkait", "Berita Populer", "Bagikan")
    cards = "".join(f'<a href="/berita/{slug(h)}" class="group block"><div class="aspect-video overflow-hidden rounded-lg bg-gray-100">'
                    f'<img src="/img/{slug(h, 3)}.jpg" class="h-full w-full object-cover" alt=""/></div><h3 class="mt-2 text-sm '
                    f'font-semibold leading-snug group-hover:text-blue-700">{esc(h)}</h3></a>' for h in rel)
    return ('<!DOCTYPE html><html lang="id"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>'
            f'<title>{esc(a.title)} - {esc(ctx.name)}</title><meta name="description" content="{attr(ctx.snippet())}"/>'
            f'<meta property="og:title" content="{attr(a.title)}"/><meta property="og:site_name" content="{attr(ctx.name)}"/>'
            f'<link rel="canonical" href="{attr(ctx.canonical)}"/><meta name="next-head-count" content="8"/>'
            '<link rel="preload" href="/_next/static/css/8e2c.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8e2c.css"/>'
            '<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script></head>\n'
            '<body><div id="__next"><div class="flex min-h-screen flex-col bg-white"><header class="sticky top-0 z-40 border-b '
            'border-gray-200 bg-white/95 backdrop-blur"><div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-3">'
            f'<a href="/" class="flex items-center gap-2"><img src="/logo.svg" alt="{attr(ctx.name)}" class="h-9 w-auto"/>'
            f'<span class="text-lg font-bold text-blue-900">{esc(ctx.name)}</span></a><nav class="hidden gap-6 text-sm font-medium '
            'md:flex"><a href="/berita">Berita</a><a href="/galeri">Galeri</a><a href="/infografis">Infografis</a><a href="/ppid">PPID</a>'
            '</nav></div></header>\n<main class="mx-auto w-full max-w-7xl flex-1 px-4 py-8"><div class="grid grid-cols-1 gap-10 '
            'lg:grid-cols-3"><div class="lg:col-span-2"><div class="mb-3 flex items-center gap-2 text-xs uppercase tracking-wide '
            f'text-blue-700"><a href="/berita">Berita</a><span>/</span><span>{esc(ctx.labels[0] if ctx.labels else "Berita")}</span></div>'
            f'<h1 class="text-2xl font-extrabold leading-tight text-gray-900 md:text-4xl">{esc(a.title)}</h1>'
            f'<div class="mt-3 flex flex-wrap items-center gap-3 text-sm text-gray-500"><span>{id_long(pub)} | {hhmm(pub)} {zone(pub)}</span>'
            f'<span class="h-1 w-1 rounded-full bg-gray-400"></span><span>{esc(ctx.byline or "Divisi Humas Polri")}</span></div>'
            '<div class="mt-6 overflow-hidden rounded-xl"><img src="/img/cover.jpg" class="w-full" alt=""/></div>'
            f'<div class="mt-8 space-y-5 text-[17px] leading-8 text-gray-800">\n{_content(ctx)}\n</div>'
            '<div class="mt-8 flex items-center gap-3 border-t pt-6"><span class="text-sm font-semibold">Bagikan</span>'
            '<button class="rounded-full bg-green-600 p-2 text-white" aria-label="WhatsApp">WA</button><button class="rounded-full '
            'bg-blue-600 p-2 text-white" aria-label="Facebook">FB</button></div>'
            f'<section class="mt-12"><h2 class="mb-4 text-xl font-bold">Berita Terkait</h2><div class="grid grid-cols-2 gap-5 '
            f'md:grid-cols-4">{cards}</div></section></div>'
            f'<aside class="space-y-6"><div class="rounded-xl border p-5"><h2 class="mb-4 text-lg font-bold">Berita Populer</h2><ol '
            f'class="space-y-3 text-sm">{headline_list(ctx, 5, 93, with_dates=False)}</ol></div></aside></div></main>\n'
            f'<footer class="mt-auto bg-blue-950 py-8 text-center text-sm text-blue-100">© {pub.year} {esc(ctx.name)}. Hak cipta '
            'dilindungi undang-undang.</footer></div></div>\n'
            f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>\n'
            '</body></html>\n')


def portal_php(ctx: Ctx) -> str:
    """A Polda portal on a home-made PHP CMS: "Diposting: ... | Dilihat: ... kali | Kategori: ...", isi-berita."""
    a, pub = ctx.a, ctx.pub
    info = f"Diposting: {id_long(pub)} {hhmm(pub)} | Dilihat: 1.204 kali | Kategori: {ctx.labels[0] if ctx.labels else 'Berita'}"
    ctx.leak("Dilihat: 1.204 kali", "Berita Lainnya", "Share this:")
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml">\n'
            + _plain_head(ctx, f"{ctx.name} :: {a.title}", f'<meta name="keywords" content="{attr(", ".join(ctx.labels))}" />\n')
            + f'<body><div id="container"><div id="header"><img src="/images/header.jpg" alt="{attr(ctx.name)}" /></div>'
            f'<div id="menu"><a href="index.php">HOME</a> | <a href="profil.php">PROFIL</a> | <a href="berita.php">BERITA</a> | '
            f'<a href="galeri.php">GALERI</a> | <a href="kontak.php">KONTAK</a></div>\n<div id="content"><div id="kiri">'
            f'<div class="berita-detail"><h2 class="judul-berita">{esc(a.title)}</h2><div class="info-berita">{esc(info)}</div>'
            f'<div class="foto-berita"><img src="/foto_berita/{slug(a.title, 3)}.jpg" width="500" /></div>\n'
            f'<div class="isi-berita">\n{_content(ctx)}\n</div>\n<div class="share">Share this: <a href="#">Facebook</a> '
            f'<a href="#">Twitter</a></div></div>\n<div class="berita-lainnya"><h3>Berita Lainnya</h3><ul>{headline_list(ctx, 6, 101)}'
            f'</ul></div></div><div id="kanan"><div class="kotak"><h3>Agenda</h3><p>Tidak ada agenda minggu ini.</p></div></div></div>'
            f'<div id="footer">Copyright &copy; {pub.year} {esc(ctx.name)}. All Rights Reserved.</div></div>\n</body>\n</html>\n')


# ------------------------------------------------------------------ AMP

_AMP_BOILER = ('<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start '
               '8s steps(1,end) 0s 1 normal both}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:'
               'none}</style></noscript><script async src="https://cdn.ampproject.org/v0.js"></script>')


def amp_page(ctx: Ctx) -> str:
    """AMP pages. opts["variant"]: ampwp (AMP for WP reader mode), blogger (a Blogger AMP theme), news (a news CMS
    with ads and "SCROLL TO CONTINUE WITH CONTENT"), plain (a minimal AMP article)."""
    a, pub = ctx.a, ctx.pub
    v = ctx.opts["variant"]
    ld = jsonld(ctx, "NewsArticle", ctx.byline, published=iso(pub.astimezone(UTC)) if v == "ampwp" else iso(pub))
    head = (f'<head><meta charset="utf-8"><title>{esc(a.title)} - {esc(ctx.name)}</title>'
            f'<link rel="canonical" href="{attr(ctx.canonical)}"><meta name="viewport" content="width=device-width,'
            f'minimum-scale=1,initial-scale=1">{_AMP_BOILER}<script async custom-element="amp-social-share" '
            f'src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script><script async custom-element="amp-ad" '
            f'src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>{ld}<style amp-custom>body{{font-family:sans-serif}}'
            f'.amp-wp-article{{max-width:840px}}</style></head>\n')
    if v == "ampwp":
        ctx.leak("Tinggalkan Komentar", "Kembali ke atas", "Kategori:", "Tag:")
        cats = ctx.labels[:1]
        tags = ctx.labels[1:]
        return (f'<!doctype html>\n<html amp lang="id-ID">\n{head}<body class="">\n<header id="top" class="amp-wp-header">'
                f'<div><a href="https://{ctx.host}/">{esc(ctx.name)}</a></div></header>\n<article class="amp-wp-article">'
                f'<header class="amp-wp-article-header"><h1 class="amp-wp-title">{esc(a.title)}</h1><div class="amp-wp-meta '
                f'amp-wp-byline"><amp-img src="https://secure.gravatar.com/avatar/x" alt="{attr(ctx.byline or "")}" width="24" '
                f'height="24" layout="fixed"></amp-img><span class="amp-wp-author author vcard">{esc(ctx.byline or "")}</span></div>'
                f'<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{iso(pub.astimezone(UTC))}">{id_date(pub)}</time></div>'
                f'</header><figure class="amp-wp-article-featured-image wp-caption"><amp-img width="1024" height="576" src="/img.jpg" '
                f'layout="intrinsic"></amp-img></figure>\n<div class="amp-wp-article-content">\n{_content(ctx)}\n</div>\n'
                f'<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Kategori: '
                + ", ".join(f'<a href="https://{ctx.host}/category/{slug(c)}/" rel="category tag">{esc(c)}</a>' for c in cats)
                + '</div><div class="amp-wp-meta amp-wp-tax-tag">Tag: '
                + ", ".join(f'<a href="https://{ctx.host}/tag/{slug(t)}/" rel="tag">{esc(t)}</a>' for t in tags)
                + f'</div><div class="amp-wp-meta amp-wp-comments-link"><a href="{attr(ctx.canonical)}#respond">Tinggalkan Komentar'
                f'</a></div></footer></article>\n<footer class="amp-wp-footer"><div><h2>{esc(ctx.name)}</h2><a href="#top" '
                f'class="back-to-top">Kembali ke atas</a></div></footer>\n</body>\n</html>\n')
    if v == "blogger":
        ctx.leak("Baca Juga", "Bagikan Artikel", "Versi non-AMP", "Label")
        rel = headline_list(ctx, 3, 111, with_dates=False)
        return (f'<!doctype html>\n<html ⚡ lang="id">\n{head}<body>\n<amp-sidebar id="sidebar" layout="nodisplay" side="left">'
                f'<ul><li><a href="https://{ctx.host}/">Beranda</a></li><li><a href="https://{ctx.host}/search/label/Polri">Polri</a>'
                f'</li></ul></amp-sidebar><header class="amp-header"><button on="tap:sidebar.toggle">☰</button><a class="amp-logo" '
                f'href="https://{ctx.host}/">{esc(ctx.name)}</a></header>\n<main id="content"><article class="post">'
                f'<h1 class="post-title">{esc(a.title)}</h1><div class="post-info"><span class="post-author">{esc(ctx.byline or "")}'
                f'</span> • <span class="post-timestamp">{id_long(pub)}</span></div>\n<div class="post-body-amp">\n{_content(ctx)}\n'
                f'</div>\n<div class="post-label">Label: '
                + " ".join(f'<a href="https://{ctx.host}/search/label/{attr(t)}" rel="tag">{esc(t)}</a>' for t in ctx.labels)
                + f'</div><div class="amp-share"><span>Bagikan Artikel</span><amp-social-share type="whatsapp" width="40" height="40">'
                f'</amp-social-share><amp-social-share type="facebook" data-param-app_id="1" width="40" height="40"></amp-social-share>'
                f'</div><div class="amp-related"><h3>Baca Juga</h3><ul>{rel}</ul></div></article></main>\n<footer class="amp-footer">'
                f'<a href="{attr(ctx.canonical)}">Versi non-AMP</a> · © {pub.year} {esc(ctx.name)}</footer>\n</body>\n</html>\n')
    if v == "news":
        ctx.leak("ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "Terpopuler", "Editor Pilihan")
        ad = ('<div class="ads-wrap"><div class="ads-label">ADVERTISEMENT</div><amp-ad width="300" height="250" type="doubleclick" '
              'data-slot="/1/amp_mr1"></amp-ad><div class="ads-scroll">SCROLL TO CONTINUE WITH CONTENT</div></div>')
        ins = {1: [ad]}
        content = body(ctx.paras, ctx.opts.get("body", "p"), ins, ctx.trailer, ctx.opts.get("trailer_markup"))
        return (f'<!doctype html>\n<html amp lang="id">\n{head}<body>\n<header class="hdr"><a href="/" class="hdr-logo">'
                f'<amp-img src="/logo.png" width="160" height="40" alt="{attr(ctx.name)}"></amp-img></a></header>\n'
                f'<div class="article-wrap"><div class="breadcrumb"><a href="/">Home</a> › <a href="/daerah">Daerah</a></div>'
                f'<h1 class="article-title">{esc(a.title)}</h1><div class="article-meta"><div class="author">{esc(ctx.byline or "")}</div>'
                f'<div class="date">{id_long(pub)}, {hhmm(pub)} {zone(pub)}</div></div>\n<div class="article-body">\n{content}\n</div>\n'
                f'<div class="box-popular"><h2>Terpopuler</h2><ol>{headline_list(ctx, 5, 121, with_dates=False)}</ol></div>'
                f'<div class="box-pilihan"><h2>Editor Pilihan</h2><ul>{headline_list(ctx, 3, 122)}</ul></div></div>\n'
                f'<footer>© {pub.year} {esc(ctx.name)}</footer>\n</body>\n</html>\n')
    if v == "plain":
        ctx.leak("Lihat Versi Lengkap", "Baca Berita Lainnya")
        return (f'<!doctype html>\n<html amp lang="id">\n{head}<body>\n<nav class="amp-nav"><a href="/">{esc(ctx.name)}</a></nav>'
                f'<article><h1>{esc(a.title)}</h1><p class="byline">{esc(ctx.byline or "")} — <time datetime="{iso(pub)}">'
                f'{id_short(pub)}</time></p>\n{_content(ctx)}\n</article>\n<section class="lainnya"><h2>Baca Berita Lainnya</h2>'
                f'<ul>{headline_list(ctx, 4, 131)}</ul></section><p><a href="{attr(ctx.canonical)}">Lihat Versi Lengkap</a></p>\n'
                f'</body>\n</html>\n')
    raise ValueError(v)


# ------------------------------------------------------------------ home-made news CMSs

def cms_page(ctx: Ctx) -> str:
    """PHP news portals. opts["variant"]: table (an old table layout with "tanggal" cells), topcredits (Reporter |
    Editor printed above the text), read (/read/ID/slug with div#isi and a hit counter)."""
    a, pub = ctx.a, ctx.pub
    v = ctx.opts["variant"]
    content = _content(ctx)
    if v == "table":
        ctx.leak("Berita Sebelumnya", "Kirim Komentar", "Indeks Berita", "Dibaca")
        return ('<html>\n' + _plain_head(ctx, f"{ctx.name} - {a.title}")
                + f'<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0"><table width="980" border="0" align="center" cellpadding="0" '
                f'cellspacing="0"><tr><td colspan="2"><img src="images/banner.jpg" width="980" height="120" alt="{attr(ctx.name)}"></td></tr>'
                f'<tr><td colspan="2" class="menu"><a href="index.php">Beranda</a> :: <a href="?m=daerah">Daerah</a> :: <a href="?m=hukum">'
                f'Hukum</a> :: <a href="?m=indeks">Indeks Berita</a></td></tr><tr><td width="660" valign="top">\n'
                f'<table width="100%" cellpadding="6"><tr><td class="judul">{esc(a.title)}</td></tr><tr><td class="tanggal">'
                f'{id_long(pub)} | {hhmm(pub)} {zone(pub)} | Dibaca: 873</td></tr><tr><td class="isi">\n{content}\n</td></tr>'
                f'<tr><td><b>Berita Sebelumnya :</b><br>{"<br>".join(f"» <a href=#>{esc(h)}</a>" for h in ctx.others(4, 141))}</td></tr>'
                f'<tr><td><form action="komentar.php" method="post"><b>Kirim Komentar</b><br>Nama: <input type="text" name="nama"><br>'
                f'<textarea name="isi" rows="4" cols="50"></textarea><br><input type="submit" value="Kirim"></form></td></tr></table>\n'
                f'</td><td width="320" valign="top" class="kanan"><b>Terpopuler</b><br>{"<br>".join(esc(h) for h in ctx.others(5, 142))}'
                f'</td></tr><tr><td colspan="2" class="footer">Copyright © {pub.year} {esc(ctx.name)}</td></tr></table>\n</body>\n</html>\n')
    if v == "topcredits":
        ctx.leak("Berita Terkini", "Berita Terkait", "Tags")
        credits = ctx.opts["top"]
        return ('<!DOCTYPE html>\n<html lang="id">\n'
                + _plain_head(ctx, f"{a.title} | {ctx.name}", f'<meta property="og:title" content="{attr(a.title)}">\n'
                              f'<meta property="og:site_name" content="{attr(ctx.name)}">\n<link rel="canonical" href="{attr(ctx.canonical)}">\n'
                              f'<meta property="article:published_time" content="{iso(pub)}">\n')
                + f'<body><div class="wrap"><div class="head"><a href="/"><img src="/logo.png" alt="{attr(ctx.name)}"></a></div>'
                f'<div class="nav">{_menu(ctx)}</div><div class="main"><div class="post">'
                f'<h1>{esc(a.title)}</h1><div class="credit">{credits}</div><div class="tgl">{id_long(pub)} - {hhmm(pub)} {zone(pub)}</div>'
                f'<div class="text">\n{content}\n</div><div class="tags">Tags: {" ".join(f"<a href=/tag/{slug(t)} rel=tag>{esc(t)}</a>" for t in ctx.labels)}</div>'
                f'<div class="terkait"><h4>Berita Terkait</h4><ul>{headline_list(ctx, 4, 151)}</ul></div></div>'
                f'<div class="side"><h4>Berita Terkini</h4><ul>{headline_list(ctx, 5, 152, with_dates=False)}</ul></div></div>'
                f'<div class="foot">© {pub.year} {esc(ctx.name)} · <a href="/redaksi">Redaksi</a></div></div>\n</body>\n</html>\n')
    if v == "read":
        ctx.leak("Hits", "Populer Minggu Ini", "Berita Sebelumnya")
        return ('<!DOCTYPE html>\n<html lang="id">\n'
                + _plain_head(ctx, f"{a.title}", f'<meta name="description" content="{attr(ctx.snippet())}">\n'
                              f'<meta property="og:site_name" content="{attr(ctx.name)}">\n')
                + f'<body><div id="page"><div id="top"><a href="/"><b>{esc(ctx.name)}</b></a></div><div id="nav"><a href="/">Home</a> '
                f'<a href="/kategori/daerah">Daerah</a> <a href="/kategori/kriminal">Kriminal</a></div><div id="kolom"><div id="berita">'
                f'<div class="kat">{esc(ctx.labels[0] if ctx.labels else "Daerah")}</div><h1 class="jdl">{esc(a.title)}</h1>'
                f'<div class="inf">{id_short(pub)} {hhmm(pub)} · Hits: 2.311</div><div id="isi">\n{content}\n</div>'
                f'<div class="sebelum"><b>Berita Sebelumnya</b><ul>{headline_list(ctx, 3, 161)}</ul></div></div>'
                f'<div id="populer"><h3>Populer Minggu Ini</h3><ol>{headline_list(ctx, 5, 162, with_dates=False)}</ol></div></div>'
                f'<div id="kaki">{esc(ctx.name)} © {pub.year}</div></div>\n</body>\n</html>\n')
    raise ValueError(v)


# ------------------------------------------------------------------ multi-page articles

def multipage(ctx: Ctx, pages: list[list[int]], urls: list[str]) -> list[str]:
    """One article over several pages; ``pages`` lists the paragraph indices of each page. The trailer ends the
    last page; every page repeats the headline and the page furniture."""
    from tpl_wordpress import wp_generatepress

    v = ctx.opts["variant"]
    out = []
    all_paras, all_trailer, canonical = ctx.paras, ctx.trailer, ctx.canonical
    for number, indices in enumerate(pages, start=1):
        last = number == len(pages)
        ctx.paras = [all_paras[i] for i in indices]
        ctx.trailer = all_trailer if last else []
        ctx.url = urls[number - 1]
        if v == "wp":
            ctx.canonical = ctx.url  # Yoast: every page of a paginated post is its own canonical
        links = []
        for k, u in enumerate(urls, start=1):
            links.append(f'<span class="post-page-numbers current">{k}</span>' if k == number else
                         f'<a href="{attr(u)}" class="post-page-numbers">{k}</a>')
        if v == "wp":
            ctx.leak("Halaman:")
            pager = f'<div class="page-links">Halaman: {" ".join(links)}</div>'
        elif v == "query":
            ctx.leak("Halaman Selanjutnya", "Tampilkan Semua")
            nxt = "" if last else f' <a class="next" href="{attr(urls[number])}">Halaman Selanjutnya »</a>'
            pager = (f'<div class="pagination-article"><span>Halaman</span> {" ".join(links)}{nxt} '
                     f'<a href="{attr(urls[0])}?page=all">Tampilkan Semua</a></div>')
        else:
            ctx.leak("Selanjutnya")
            nxt = "" if last else f'<a class="btn-next" href="{attr(urls[number])}">Selanjutnya</a>'
            pager = f'<nav class="paging">{" ".join(links)} {nxt}</nav>'
        if number > 1 and ctx.opts.get("recap"):
            # some portals repeat the lead above page 2+
            ctx.paras = [all_paras[0]] + ctx.paras
        ctx.opts["pager"] = pager
        if v == "wp":
            html = wp_generatepress(ctx)
            html = html.replace('<div class="sharedaddy sd-sharing-enabled">', pager + '<div class="sharedaddy sd-sharing-enabled">', 1)
        elif v == "query":
            html = cms_page_with(ctx, pager)
        else:
            html = blogger_magazine(ctx)
            html = html.replace("<div class='post-labels'>", pager + "<div class='post-labels'>", 1) \
                if "<div class='post-labels'>" in html else html.replace("<div class='related-posts'", pager + "<div class='related-posts'", 1)
        out.append(html)
    ctx.paras, ctx.trailer, ctx.url, ctx.canonical = all_paras, all_trailer, urls[0], canonical
    return out


def cms_page_with(ctx: Ctx, pager: str) -> str:
    """A portal that splits long articles with ?page=N (its own layout)."""
    a, pub = ctx.a, ctx.pub
    number = 1 if "?page=" not in ctx.url else int(ctx.url.rsplit("=", 1)[1])
    title_tag = a.title if number == 1 else f"{a.title} - Halaman {number}"
    ctx.leak("Berita Pilihan", "Komentar Pembaca")
    return ('<!DOCTYPE html>\n<html lang="id">\n'
            + _plain_head(ctx, f"{title_tag} | {ctx.name}",
                          f'<meta property="og:title" content="{attr(a.title)}">\n<meta property="og:site_name" content="{attr(ctx.name)}">\n'
                          f'<link rel="canonical" href="{attr(ctx.url)}">\n<meta name="content_PublishedDate" content="{pub.strftime("%Y-%m-%d %H:%M:%S")}">\n'
                          + jsonld(ctx, "NewsArticle", ctx.byline))
            + f'<body><div class="container"><header class="masthead"><a href="/" class="brand">{esc(ctx.name)}</a><ul class="nav">'
            f'{_menu(ctx)}</ul></header><div class="row"><div class="col-main"><div class="read__header"><h1 class="read__title">'
            f'{esc(a.title)}</h1><div class="read__info"><div class="read__info__author">Penulis {esc(ctx.byline or "Tim Redaksi")}</div>'
            f'<div class="read__info__date">{id_long(pub)}, {hhmm(pub)} {zone(pub)}</div></div></div>\n<div class="read__body">\n'
            f'{_content(ctx)}\n</div>\n{pager}\n<div class="komentar"><h3>Komentar Pembaca</h3><div id="disqus_thread"></div></div>'
            f'</div><div class="col-side"><h3>Berita Pilihan</h3><ul>{headline_list(ctx, 5, 171)}</ul></div></div>'
            f'<footer>© {pub.year} {esc(ctx.name)}</footer></div>\n</body>\n</html>\n')
