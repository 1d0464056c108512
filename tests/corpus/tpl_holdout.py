"""Templates of the held-out batch, written after the extractor was tuned on the dev batch: Blogger's Contempo
layout, WordPress Newsup / Elementor / Soledad, a Laravel Polda portal, AMP in standard mode and a second Blogger
AMP theme, two more multi-page schemes, and Detik-like, Joomla and Drupal news CMSs."""

from __future__ import annotations


from parts import (PACIFIC, UTC, Ctx, attr, body, en_date, esc, headline_list, hhmm, id_date, id_long,
                   id_short, iso, jsonld, slug, wp_id, zone)
from tpl_wordpress import _content, _head, _menu


def _inserts_content(ctx: Ctx) -> str:
    return _content(ctx)


def blogger_contempo(ctx: Ctx) -> str:
    """Blogger's own Contempo layout (2017+): float-container post body, "Dapatkan link", "Aplikasi Lainnya",
    "Postingan populer dari blog ini"; the timestamp left on US Pacific time."""
    a, pub = ctx.a, ctx.pub
    shown = pub.astimezone(PACIFIC)
    ctx.leak("Dapatkan link", "Aplikasi Lainnya", "Postingan populer dari blog ini", "Lihat Semua", "Posting Komentar",
             "Tampilkan postingan yang diberi label", "Komentar")
    labels = "".join(f"<a class='label-info' href='https://{ctx.host}/search/label/{attr(t)}' rel='tag'>{esc(t)}</a>"
                     for t in ctx.labels)
    pop = "".join(f"<div class='post'><h3 class='post-title'><a href='{ctx.link(h)}'>{esc(h)}</a></h3><div class='snippet-item'>"
                  f"Baca selengkapnya tentang {esc(h.lower())}...</div></div>" for h in ctx.others(3, 201))
    return (f"<!DOCTYPE html>\n<html dir='ltr' lang='id'>\n<head>\n<meta content='width=device-width, initial-scale=1' name='viewport'/>\n"
            f"<title>{esc(a.title)}</title>\n<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>\n"
            f"<meta content='blogger' name='generator'/>\n<link href='{attr(ctx.canonical)}' rel='canonical'/>\n"
            f"<meta content='{attr(ctx.canonical)}' property='og:url'/>\n<meta content='{attr(a.title)}' property='og:title'/>\n"
            f"<meta content='{attr(ctx.snippet())}' property='og:description'/>\n</head>\n"
            f"<body class='version-1-3-3 variant-indie_light'>\n<div class='page'><div class='bg-photo-overlay'></div>"
            f"<div class='centered'><header class='centered-top-container' role='banner'><div class='centered-top'>"
            f"<div class='blog-name container'><div class='container section' id='header'><div class='widget Header' id='Header1'>"
            f"<div class='header-widget'><div><h1><a href='https://{ctx.host}/'>{esc(ctx.name)}</a></h1></div><p>Kabar terkini "
            f"dari Bumi Nyiur Melambai</p></div></div></div></div></div></header>\n<div class='page_body'><div class='centered'>"
            f"<main class='centered-bottom' id='main' role='main'><div class='main section' id='page_body'><div class='widget Blog' id='Blog1'>"
            f"<div class='blog-posts hfeed container'><article class='post-outer-container'><div class='post-outer'>"
            f"<div class='post'><script type='application/ld+json'>{{\"@context\":\"http://schema.org\",\"@type\":\"BlogPosting\","
            f"\"headline\":\"{attr(a.title)}\",\"datePublished\":\"{iso(shown)}\"}}</script>"
            f"<a name='1982'></a><h3 class='post-title entry-title'>{esc(a.title)}</h3><div class='post-share-buttons post-share-buttons-top'>"
            f"<div class='byline post-share-buttons goog-inline-block'><div aria-owns='sharing-popup-Blog1-byline-1982' class='sharing'>"
            f"<button class='sharing-button touch-icon-button'><div class='flat-icon-button ripple'>Bagikan</div></button>"
            f"<div class='share-buttons-container'><ul class='share-buttons hidden' id='sharing-popup-Blog1-byline-1982' role='menu'>"
            f"<li><span class='sharing-platform-button sharing-element-link' title='Dapatkan link'>Dapatkan link</span></li>"
            f"<li><span class='sharing-platform-button sharing-element-facebook' title='Bagikan ke Facebook'>Facebook</span></li>"
            f"<li><span class='sharing-platform-button sharing-element-other' title='Bagikan ke aplikasi lainnya'>Aplikasi Lainnya</span>"
            f"</li></ul></div></div></div></div>\n<div class='post-header'><div class='post-header-line-1'><span class='byline post-timestamp'>"
            f"<meta content='{attr(ctx.url)}'/><a class='timestamp-link' href='{attr(ctx.url)}' rel='bookmark' title='permanent link'>"
            f"<time class='published' datetime='{iso(shown)}' title='{iso(shown)}'>{wp_id(shown)}</time></a></span></div></div>\n"
            f"<div class='post-body entry-content float-container' id='post-body-1982'>\n{_content(ctx)}\n</div>\n"
            f"<div class='post-footer'><div class='post-footer-line post-footer-line-0'><span class='byline post-author vcard'>"
            f"<span class='byline-label'>Diposting oleh</span> <span class='fn'><meta content='https://www.blogger.com/profile/1'/>"
            f"<a class='g-profile' href='https://www.blogger.com/profile/1' rel='author' title='author profile'><span>"
            f"{esc(ctx.byline or '')}</span></a></span></span></div><div class='post-footer-line post-footer-line-1'><div class='byline "
            f"post-labels'><span class='byline-label'>Label:</span>{labels}</div></div></div></div></div>\n"
            f"<section class='comments embed' data-num-comments='0' id='comments'><a name='comments'></a><h3 class='title'>Komentar</h3>"
            f"<div class='comment-form'><a name='comment-form'></a><h4 class='title' id='comment-post-message'>Posting Komentar</h4>"
            f"<iframe class='blogger-iframe-colorize blogger-comment-from-post' height='410px' id='comment-editor' src=''></iframe></div>"
            f"</section></article></div></div></div></main></div></div>\n<aside class='sidebar-container container sidebar-invisible'>"
            f"<div class='widget PopularPosts' id='PopularPosts1'><h3 class='title'>Postingan populer dari blog ini</h3>"
            f"<div class='widget-content'>{pop}</div><a class='view-all' href='#'>Lihat Semua</a></div></aside></div></div>\n"
            f"<footer class='footer section' id='footer'><div class='widget Attribution' id='Attribution1'><div class='blogger'>"
            f"<a href='https://www.blogger.com'>Diberdayakan oleh Blogger</a></div></div></footer>\n</body>\n</html>\n")


def wp_newsup(ctx: Ctx) -> str:
    """Newsup-like theme: the post body sits in <article class="small single"> with no content class at all."""
    a, pub = ctx.a, ctx.pub
    ctx.leak("Tulis Komentar", "Anda Mungkin Melewatkan", "Berita Populer")
    return ("<!DOCTYPE html>\n<html lang=\"id\">\n" + _head(ctx, f"{a.title} - {ctx.name}", utc_meta=True)
            + f'<body class="post-template-default single single-post">\n<div id="page" class="site"><header class="mg-headwidget">'
            f'<div class="clearfix"></div><div class="mg-nav-widget-area-back"><div class="container"><div class="navbar-header">'
            f'<div class="site-branding-text"><p class="site-title"><a href="https://{ctx.host}/" rel="home">{esc(ctx.name)}</a></p>'
            f'<p class="site-description">Portal Berita Kalimantan Tengah</p></div></div></div></div><div class="mg-menu-full">'
            f'<ul class="nav navbar-nav mr-auto">{_menu(ctx)}</ul></div></header>\n<main id="content"><div class="container">'
            f'<div class="row"><div class="col-md-9"><div class="mg-blog-post-box"><div class="mg-header"><div class="mg-blog-category">'
            f'<a class="newsup-categories category-color-1" href="https://{ctx.host}/category/{slug(ctx.labels[0]) if ctx.labels else "berita"}/" alt="Lihat semua posting di {attr(ctx.labels[0] if ctx.labels else "")}">'
            f'{esc(ctx.labels[0] if ctx.labels else "Berita")}</a></div><h1 class="title single"> <a title="Permalink ke: {attr(a.title)}">'
            f'{esc(a.title)}</a></h1><div class="media mg-info-author-block"><a class="mg-author-pic" href="#"><img src="/avatar.png"/></a>'
            f'<div class="media-body"><h4 class="media-heading"><span>Oleh</span> <a href="/author/x/">{esc(ctx.byline or "")}</a></h4>'
            f'<span class="mg-blog-date"><i class="fas fa-clock"></i> {wp_id(pub)}</span></div></div></div>'
            f'<img src="/img.jpg" class="img-fluid wp-post-image" alt="" /><article class="small single">\n{_content(ctx)}\n'
            f'<div class="post-tags">Tags: ' + ", ".join(f'<a href="https://{ctx.host}/tag/{slug(t)}/" rel="tag">{esc(t)}</a>'
                                                   for t in ctx.labels) + '</div>'
            f'<div class="post-share"><div class="post-share-icons cf"><a class="link facebook" href="#"><i class="fab fa-facebook"></i>'
            f'</a><a class="link x-twitter" href="#"><i class="fa-brands fa-x-twitter"></i></a></div></div>'
            f'<div class="clearfix mb-3"></div><nav class="navigation post-navigation" aria-label="Pos"><div class="nav-links">'
            f'<div class="nav-previous"><a href="#" rel="prev">{esc(ctx.others(1, 211)[0])} <div class="fa fa-angle-double-right">'
            f'</div><span></span></a></div></div></nav></article></div><div class="media mg-info-author-block"><div class="media-body">'
            f'<h4 class="media-heading">Oleh <a href="#">{esc(ctx.byline or "")}</a></h4><p></p></div></div>'
            f'<div class="mg-featured-slider p-3 mb-4"><div class="mg-sec-title"><h4 class="related-title">Berita Populer</h4></div>'
            f'<ul>{headline_list(ctx, 3, 212)}</ul></div><div id="comments" class="comments-area mg-card-box padding-20 mb-md-0 mb-4">'
            f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Tulis Komentar</h3></div></div>'
            f'</div><aside class="col-md-3"><div id="sidebar-right" class="mg-sidebar"><div class="mg-widget"><div class="mg-wid-title">'
            f'<h6 class="wtitle">Anda Mungkin Melewatkan</h6></div><ul>{headline_list(ctx, 4, 213)}</ul></div></div></aside></div></div>'
            f'</main>\n<footer><div class="mg-footer-copyright"><p>Hak Cipta &copy; Semua hak dilindungi undang-undang. | Tema: Newsup '
            f'oleh Themeansar.</p></div></footer></div>\n</body>\n</html>\n')


def wp_elementor(ctx: Ctx) -> str:
    """An Elementor Theme Builder single-post template: deep data-element_type divs; post info as list items."""
    a, pub = ctx.a, ctx.pub
    ctx.leak("Rekomendasi Berita", "Bagikan Berita Ini")

    def widget(kind: str, inner: str, eid: str) -> str:
        return (f'<div class="elementor-element elementor-element-{eid} elementor-widget elementor-widget-{kind}" '
                f'data-id="{eid}" data-element_type="widget" data-widget_type="{kind}.default"><div class="elementor-widget-container">'
                f'{inner}</div></div>')

    info = (f'<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item '
            f'elementor-repeater-item-a1 elementor-inline-item" itemprop="author"><span class="elementor-icon-list-text '
            f'elementor-post-info__item elementor-post-info__item--type-author">{esc(ctx.byline or "")}</span></li>'
            f'<li class="elementor-icon-list-item elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-text '
            f'elementor-post-info__item elementor-post-info__item--type-date"><time>{id_date(pub)}</time></span></li></ul>')
    terms = "".join(f'<a href="https://{ctx.host}/tag/{slug(t)}/" class="elementor-post-info__terms-list-item">{esc(t)}</a>, '
                    for t in ctx.labels).rstrip(", ")
    rel = "".join(f'<article class="elementor-post elementor-grid-item"><div class="elementor-post__text"><h3 class="elementor-post__title">'
                  f'<a href="{ctx.link(h)}">{esc(h)}</a></h3></div></article>' for h in ctx.others(3, 221))
    return ("<!DOCTYPE html>\n<html lang=\"id\">\n" + _head(ctx, f"{a.title} - {ctx.name}", utc_meta=False,
                                                          extra=jsonld(ctx, "Article", ctx.byline))
            + '<body class="post-template-default single single-post elementor-default elementor-template-full-width elementor-kit-5">\n'
            '<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header">'
            '<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container">'
            + widget("theme-site-logo", f'<a href="https://{ctx.host}"><img src="/logo.png" alt="{attr(ctx.name)}"/></a>', "b2")
            + widget("nav-menu", f'<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">{_menu(ctx)}</ul></nav>', "b3")
            + '</div></div>\n<div data-elementor-type="single-post" data-elementor-id="88" class="elementor elementor-88 '
            'elementor-location-single post-5521 post type-post status-publish">'
            '<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">'
            + widget("theme-post-title", f'<h1 class="elementor-heading-title elementor-size-default">{esc(a.title)}</h1>', "c1")
            + widget("post-info", info, "c2")
            + widget("theme-post-featured-image", '<img src="/img.jpg" alt=""/>', "c3")
            + widget("theme-post-content", _content(ctx), "c4")
            + widget("post-info", f'<span class="elementor-post-info__terms-list">{terms}</span>', "c5")
            + widget("share-buttons", '<div class="elementor-grid"><span class="elementor-share-btn__title">Bagikan Berita Ini</span></div>', "c6")
            + widget("heading", '<h2 class="elementor-heading-title">Rekomendasi Berita</h2>', "c7")
            + widget("posts", f'<div class="elementor-posts-container elementor-posts elementor-grid">{rel}</div>', "c8")
            + f'</div></div></div>\n<div data-elementor-type="footer" class="elementor elementor-location-footer"><p>© {pub.year} '
            f'{esc(ctx.name)}</p></div>\n</body>\n</html>\n')


def wp_soledad(ctx: Ctx) -> str:
    """Soledad-like: inner-post-entry entry-content, "Komentar ditutup.", author box, "Anda mungkin juga suka"."""
    a, pub = ctx.a, ctx.pub
    ctx.leak("Komentar ditutup.", "Anda mungkin juga suka", "Tentang Kami")
    return ("<!DOCTYPE html>\n<html lang=\"id-ID\">\n" + _head(ctx, f"{a.title} | {ctx.name}", modified=None)
            + f'<body class="post-template-default single single-post soledad-ver-8-4-5 penci-body-single-style-1">\n'
            f'<header id="header" class="header-header-1 has-bottom-line"><div class="inner-header penci-header-second"><div class="container">'
            f'<div id="logo"><a href="https://{ctx.host}/"><img class="penci-mainlogo" src="/logo.png" alt="{attr(ctx.name)}"/></a></div>'
            f'</div></div><nav id="navigation" class="header-layout-bottom header-1 menu-style-1"><ul id="menu-menu-utama" class="menu">'
            f'{_menu(ctx)}</ul></nav></header>\n<div class="container container-single penci_sidebar right-sidebar"><div id="main" '
            f'class="penci-main-sticky-sidebar"><div class="theiaStickySidebar"><article id="post-7712" class="post type-post status-publish">'
            f'<div class="header-standard header-classic single-header"><div class="penci-standard-cat"><span class="cat">'
            f'<a class="penci-cat-name" href="#" rel="category tag">{esc(ctx.labels[0] if ctx.labels else "Berita")}</a></span></div>'
            f'<h1 class="post-title single-post-title entry-title">{esc(a.title)}</h1><div class="post-box-meta-single">'
            f'<span class="author-post byline"><span class="author vcard">oleh <a class="author-url url fn n" href="#">{esc(ctx.byline or "")}'
            f'</a></span></span>{ctx.opts.get("meta", "")}<span><time class="entry-date published" datetime="{iso(pub)}">{id_date(pub)}</time></span></div></div>'
            f'<div class="post-entry blockquote-style-1"><div class="inner-post-entry entry-content" id="penci-post-entry-inner">\n'
            f'{_content(ctx)}\n<div class="penci-single-link-pages"></div><div class="post-tags">'
            + "".join(f'<a href="https://{ctx.host}/tag/{slug(t)}/" rel="tag">{esc(t)}</a>' for t in ctx.labels[1:])
            + f'</div></div></div><div class="post-pagination"><div class="prev-post"><div class="prev-post-inner"><div class="prev-post-title">'
            f'<span>postingan sebelumnya</span></div><a href="#"><h5>{esc(ctx.others(1, 231)[0])}</h5></a></div></div></div>'
            f'<div class="post-related"><div class="post-title-box"><h4 class="post-box-title">Anda mungkin juga suka</h4></div>'
            f'<ul>{headline_list(ctx, 3, 232)}</ul></div><div class="post-comments no-comment-yet penci-comments-hide-0" id="comments">'
            f'<p class="nocomments">Komentar ditutup.</p></div></article></div></div><div id="sidebar" class="penci-sidebar-right">'
            f'<aside class="widget"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">Tentang Kami</span></h3>'
            f'<p>Media siber lokal Banten.</p></aside></div></div>\n<footer id="footer-section" class="penci-footer-social-media">'
            f'<div class="footer-copyright">© {pub.year} {esc(ctx.name)}</div></footer>\n</body>\n</html>\n')


def portal_laravel(ctx: Ctx) -> str:
    """A Polres portal on a Laravel CMS: news-detail-content, "Dibaca 312 kali", "Bagikan Berita", "Berita Terbaru"."""
    a, pub = ctx.a, ctx.pub
    ctx.leak("Dibaca 312 kali", "Bagikan Berita", "Berita Terbaru", "Layanan Publik")
    return ('<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n<meta name="csrf-token" content="Xy1">\n'
            f'<title>{esc(a.title)} | {esc(ctx.name)}</title>\n<meta property="og:title" content="{attr(a.title)}">\n'
            f'<meta property="og:site_name" content="{attr(ctx.name)}">\n<meta property="og:type" content="article">\n'
            f'<link rel="canonical" href="{attr(ctx.canonical)}">\n<link href="/css/app.css?id=77" rel="stylesheet">\n</head>\n'
            f'<body><div id="app"><nav class="navbar navbar-expand-lg navbar-dark bg-polri"><a class="navbar-brand" href="/">'
            f'<img src="/img/logo-polres.png" height="40"> {esc(ctx.name)}</a><ul class="navbar-nav"><li class="nav-item">'
            f'<a class="nav-link" href="/berita">Berita</a></li><li class="nav-item"><a class="nav-link" href="/layanan">Layanan Publik</a></li>'
            f'</ul></nav>\n<section class="section-news-detail py-5"><div class="container"><div class="row"><div class="col-lg-8">'
            f'<h2 class="news-title mb-2">{esc(a.title)}</h2><div class="news-meta text-muted small mb-3"><i class="bi bi-calendar"></i> '
            f'{id_long(pub)} &nbsp; <i class="bi bi-eye"></i> Dibaca 312 kali</div><img class="img-fluid rounded mb-4" src="/storage/news/x.jpg">'
            f'<div class="news-detail-content">\n{_content(ctx)}\n</div><div class="share-box mt-4"><strong>Bagikan Berita</strong> '
            f'<a href="#" class="btn btn-sm btn-success">WhatsApp</a> <a href="#" class="btn btn-sm btn-primary">Facebook</a></div></div>'
            f'<div class="col-lg-4"><div class="card"><div class="card-header">Berita Terbaru</div><ul class="list-group list-group-flush">'
            f'{headline_list(ctx, 5, 241)}</ul></div></div></div></div></section>\n<footer class="footer bg-dark text-white py-4"><div '
            f'class="container">{esc(ctx.name)} &copy; {pub.year}</div></footer></div>\n</body>\n</html>\n')


def amp_more(ctx: Ctx) -> str:
    """opts["variant"]: standard (a WordPress theme served as AMP in standard mode), blogger2 (another Blogger AMP
    theme with amp-accordion related posts)."""
    a, pub = ctx.a, ctx.pub
    v = ctx.opts["variant"]
    boiler = ('<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style><noscript><style '
              'amp-boilerplate>body{-webkit-animation:none}</style></noscript><script async src="https://cdn.ampproject.org/v0.js"></script>')
    if v == "standard":
        ctx.leak("Baca Berita Lainnya", "Navigasi Pos", "Kategori")
        return (f'<!doctype html>\n<html amp lang="id-ID">\n<head><meta charset="utf-8"><title>{esc(a.title)} &#8211; {esc(ctx.name)}</title>'
                f'<link rel="canonical" href="{attr(ctx.canonical)}"><meta name="viewport" content="width=device-width">{boiler}'
                f'<meta property="og:site_name" content="{attr(ctx.name)}"><meta property="og:title" content="{attr(a.title)}">'
                f'<meta property="article:published_time" content="{iso(pub.astimezone(UTC))}">'
                f'<style amp-custom>.entry-content{{line-height:1.7}}</style></head>\n<body class="post-template-default single '
                f'amp">\n<header id="masthead" class="site-header"><p class="site-title"><a href="/">{esc(ctx.name)}</a></p></header>'
                f'<main id="primary" class="site-main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">'
                f'{esc(a.title)}</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{iso(pub)}">'
                f'{id_date(pub)}</time></span> <span class="byline">oleh <span class="author vcard"><a class="url fn n" href="#">'
                f'{esc(ctx.byline or "")}</a></span></span></div></header><div class="entry-content">\n{_content(ctx)}\n</div>'
                f'<footer class="entry-footer"><span class="cat-links">Kategori '
                + ", ".join(f'<a href="#" rel="category tag">{esc(t)}</a>' for t in ctx.labels) + '</span></footer></article>'
                f'<nav class="navigation post-navigation"><h2 class="screen-reader-text">Navigasi Pos</h2></nav><section class="lainnya">'
                f'<h2>Baca Berita Lainnya</h2><ul>{headline_list(ctx, 4, 251)}</ul></section></main>\n<footer class="site-footer">'
                f'© {pub.year} {esc(ctx.name)}</footer>\n</body>\n</html>\n')
    if v == "blogger2":
        ctx.leak("Artikel Lainnya", "Bagikan ke WhatsApp", "Kembali ke Beranda")
        return (f'<!doctype html>\n<html ⚡ lang="id">\n<head><meta charset="utf-8"><title>{esc(a.title)} | {esc(ctx.name)}</title>'
                f'<link rel="canonical" href="{attr(ctx.canonical)}"><meta name="viewport" content="width=device-width">{boiler}'
                f'<script async custom-element="amp-accordion" src="https://cdn.ampproject.org/v0/amp-accordion-0.1.js"></script>'
                + jsonld(ctx, "BlogPosting", ctx.byline)
                + f'<style amp-custom>.isi{{font-size:17px}}</style></head>\n<body>\n<div class="top-bar"><a href="https://{ctx.host}/">'
                f'{esc(ctx.name)}</a></div><div class="wrap"><h1 class="judul">{esc(a.title)}</h1><div class="meta">{esc(ctx.byline or "")} · '
                f'{id_short(pub)}</div><div class="isi">\n{_content(ctx)}\n</div><div class="label-amp">'
                + " ".join(f'<a href="https://{ctx.host}/search/label/{attr(t)}">{esc(t)}</a>' for t in ctx.labels)
                + f'</div><a class="wa" href="whatsapp://send?text={attr(ctx.url)}">Bagikan ke WhatsApp</a><amp-accordion><section>'
                f'<h4>Artikel Lainnya</h4><ul>{headline_list(ctx, 4, 261)}</ul></section></amp-accordion><a href="https://{ctx.host}/">'
                f'Kembali ke Beranda</a></div>\n</body>\n</html>\n')
    raise ValueError(v)


def cms_more(ctx: Ctx) -> str:
    """opts["variant"]: detik (detail__body-text with an ad break and "Simak Video"), joomla (item-page with an
    article-info list), drupal (field--name-body, "Submitted by")."""
    a, pub = ctx.a, ctx.pub
    v = ctx.opts["variant"]
    if v == "detik":
        video = f"Simak Video: Detik-detik Penangkapan di {a.place}"
        ctx.leak("ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", video, "Berita Terkait", "Baca juga")
        ad = ('<div class="parallaxindetail scrollpage" id="parallax"><div class="para_caption">ADVERTISEMENT</div><div class="ads-scroll">'
              '<div id="div-gpt-ad-1"></div></div><div class="para_caption">SCROLL TO CONTINUE WITH CONTENT</div></div>')
        ins = {1: [ad], 2: [f'<div class="lihatjg"><strong>Baca juga:</strong> <a href="#">{esc(ctx.others(1, 271)[0])}</a></div>']}
        content = body(ctx.paras, "p", ins, ctx.trailer) + f'<p><strong>{esc(video)}</strong></p>'
        return ('<!DOCTYPE html>\n<html lang="id-ID">\n<head>\n<meta charset="utf-8">\n'
                f'<title>{esc(a.title)}</title>\n<meta name="dtk:publishdate" content="{pub.strftime("%Y/%m/%d %H:%M:%S")}">\n'
                f'<meta name="publishdate" content="{pub.strftime("%Y/%m/%d %H:%M:%S")}">\n<meta name="author" content="{attr(ctx.byline or "")}">\n'
                f'<meta property="og:site_name" content="{attr(ctx.name)}">\n<link rel="canonical" href="{attr(ctx.canonical)}">\n</head>\n'
                f'<body><div class="container"><div class="column-8"><article class="detail"><div class="detail__header">'
                f'<h1 class="detail__title">{esc(a.title)}</h1><div class="detail__author">{esc(ctx.byline or "")} - {esc(ctx.name)}</div>'
                f'<div class="detail__date">{id_long(pub)}, {hhmm(pub)} {zone(pub)}</div></div><div class="detail__media"><figure '
                f'class="detail__media-image"><img src="/img.jpg"><figcaption class="detail__media-caption">Ilustrasi</figcaption></figure>'
                f'</div><div class="detail__body itp_bodycontent_wrapper"><div class="detail__body-text itp_bodycontent">\n{content}\n</div>'
                f'<div class="detail__body-tag"><div class="nav">'
                + "".join(f'<a href="https://{ctx.host}/tag/{slug(t)}" class="nav__item">{esc(t)}</a>' for t in ctx.labels)
                + f'</div></div></div></article><div class="list-content"><h2 class="title">Berita Terkait</h2>{headline_list(ctx, 4, 272)}'
                f'</div></div></div>\n</body>\n</html>\n')
    if v == "joomla":
        ctx.leak("Ditulis oleh", "Dilihat: 245", "Kategori", "Dipublikasikan")
        return ('<!DOCTYPE html>\n<html lang="id-id" dir="ltr">\n<head>\n<meta charset="utf-8">\n<meta name="generator" content="Joomla! - '
                f'Open Source Content Management">\n<title>{esc(a.title)}</title>\n<meta name="author" content="{attr(ctx.byline or "")}">\n'
                f'</head>\n<body class="site com_content view-article"><div class="body"><div class="container"><header class="header">'
                f'<a class="brand pull-left" href="/"><span class="site-title" title="{attr(ctx.name)}">{esc(ctx.name)}</span></a></header>'
                f'<nav class="navigation"><ul class="nav menu"><li><a href="/">Beranda</a></li><li><a href="/berita">Berita</a></li></ul></nav>'
                f'<main id="content"><div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header">'
                f'<h2 itemprop="headline">{esc(a.title)}</h2></div><dl class="article-info muted"><dt class="article-info-term">Rincian</dt>'
                f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Ditulis oleh <span itemprop="name">'
                f'{esc(ctx.byline or "")}</span></dd><dd class="category-name">Kategori: <a href="#" itemprop="genre">{esc(ctx.labels[0] if ctx.labels else "Berita")}</a></dd>'
                f'<dd class="published"><span class="icon-calendar"></span><time datetime="{iso(pub)}" itemprop="datePublished">Dipublikasikan: '
                f'{id_long(pub)} {hhmm(pub)}</time></dd><dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:245"/>'
                f'Dilihat: 245</dd></dl><div itemprop="articleBody">\n{_content(ctx)}\n</div><ul class="tags list-inline">'
                + "".join(f'<li class="list-inline-item tag-{i} tag-list0"><a href="/index.php/component/tags/tag/{slug(t)}" '
                          f'class="btn btn-sm btn-info">{esc(t)}</a></li>' for i, t in enumerate(ctx.labels, start=3))
                + f'</ul><ul class="pager pagenav"><li class="previous">'
                f'<a href="#" rel="prev">&lt; Sebelumnya</a></li><li class="next"><a href="#" rel="next">Selanjutnya &gt;</a></li></ul>'
                f'</div></main></div></div><footer class="footer"><p>&copy; {pub.year} {esc(ctx.name)}</p></footer>\n</body>\n</html>\n')
    if v == "drupal":
        submitted = f"Submitted by {ctx.byline or 'admin'} on {en_date(pub)} - {hhmm(pub)}"
        ctx.leak("Submitted by", "Berita Terkait", "Tags")
        return ('<!DOCTYPE html>\n<html lang="id" dir="ltr">\n<head>\n<meta charset="utf-8" />\n<meta name="Generator" content="Drupal 10 '
                f'(https://www.drupal.org)" />\n<title>{esc(a.title)} | {esc(ctx.name)}</title>\n<link rel="canonical" href="{attr(ctx.canonical)}" />\n'
                f'<meta property="og:site_name" content="{attr(ctx.name)}" />\n</head>\n<body class="path-node page-node-type-article">'
                f'<div class="dialog-off-canvas-main-canvas"><div class="layout-container"><header role="banner"><div class="region region-header">'
                f'<a href="/" rel="home" class="site-logo"><img src="/logo.svg" alt="Beranda" /></a><div class="site-name">{esc(ctx.name)}</div>'
                f'</div></header><main role="main"><div class="region region-content"><article role="article" class="node node--type-article '
                f'node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">{esc(a.title)}</span></h1>'
                f'<footer class="node__meta"><div class="node__submitted">{esc(submitted)}</div></footer><div class="node__content">'
                f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">\n'
                f'{_content(ctx)}\n</div><div class="field field--name-field-tags field--type-entity-reference field--label-above">'
                f'<div class="field__label">Tags</div><div class="field__items">'
                + "".join(f'<div class="field__item"><a href="/taxonomy/term/{i}" hreflang="id">{esc(t)}</a></div>'
                          for i, t in enumerate(ctx.labels, start=11))
                + f'</div></div></div></article><div class="views-element-container"><h2>Berita Terkait</h2><ul>{headline_list(ctx, 3, 281)}'
                f'</ul></div></div></main><footer role="contentinfo">© {pub.year} {esc(ctx.name)}</footer></div></div>\n</body>\n</html>\n')
    raise ValueError(v)


def multipage_more(ctx: Ctx, pages: list[list[int]], urls: list[str]) -> list[str]:
    """opts["variant"]: hal (?hal=N, "Lanjut ke halaman berikutnya"), en (WordPress with the English "Pages: 1 2")."""
    v = ctx.opts["variant"]
    out = []
    all_paras, all_trailer, canonical = ctx.paras, ctx.trailer, ctx.canonical
    for number, indices in enumerate(pages, start=1):
        last = number == len(pages)
        ctx.paras = [all_paras[i] for i in indices]
        ctx.trailer = all_trailer if last else []
        ctx.url = urls[number - 1]
        if v == "hal":
            ctx.leak("Lanjut ke halaman berikutnya", "Halaman")
            nav = ("" if last else f'<p class="lanjut"><a href="{attr(urls[number])}">Lanjut ke halaman berikutnya »</a></p>')
            nums = " ".join(f"<a href='{attr(u)}'>{k}</a>" for k, u in enumerate(urls, start=1))
            html = portal_laravel(ctx).replace('<div class="share-box', f'{nav}<div class="hal">Halaman: {nums}</div><div class="share-box', 1)
        else:
            ctx.canonical = ctx.url
            ctx.leak("Pages:")
            links = " ".join(f'<span class="post-page-numbers current">{k}</span>' if k == number else
                             f'<a href="{attr(u)}" class="post-page-numbers">{k}</a>' for k, u in enumerate(urls, start=1))
            html = wp_soledad(ctx).replace('<div class="penci-single-link-pages"></div>',
                                           f'<div class="penci-single-link-pages"><div class="page-links">Pages: {links}</div></div>', 1)
        out.append(html)
    ctx.paras, ctx.trailer, ctx.url, ctx.canonical = all_paras, all_trailer, urls[0], canonical
    return out
