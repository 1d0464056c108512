"""WordPress news themes as Indonesian regional outlets run them: Newspaper (tagDiv), JNews, GeneratePress with
Jetpack, Jannah, Sahifa, Astra with the English UI, and two home-made themes with unknown class names."""

from __future__ import annotations

from datetime import timedelta

from parts import (SCRIPTS, UTC, Ctx, attr, baca_juga, body, caption, en_date, esc, headline_list, hhmm, id_date,
                   id_long, iso, jsonld, share_bar, slug, wp_comment_form, wp_id)


def _head(ctx: Ctx, title_tag: str, *, modified: str | None = None, utc_meta: bool = False, yoast: bool = True,
          extra: str = "", og_title: str | None = None) -> str:
    pub = ctx.pub
    published = iso(pub.astimezone(UTC)) if utc_meta else iso(pub)
    meta = ""
    if yoast:
        meta = (f'<meta property="og:locale" content="id_ID" />\n<meta property="og:type" content="article" />\n'
                f'<meta property="og:title" content="{attr(og_title or title_tag)}" />\n'
                f'<meta property="og:description" content="{attr(ctx.snippet())}" />\n'
                f'<meta property="og:url" content="{attr(ctx.canonical)}" />\n'
                f'<meta property="og:site_name" content="{attr(ctx.name)}" />\n'
                f'<meta property="article:published_time" content="{published}" />\n')
        if modified:
            meta += f'<meta property="article:modified_time" content="{modified}" />\n'
        if ctx.byline:
            meta += f'<meta name="author" content="{attr(ctx.byline)}" />\n'
    return (f'<head>\n<meta charset="UTF-8" />\n<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
            f'<title>{esc(title_tag)}</title>\n<link rel="canonical" href="{attr(ctx.canonical)}" />\n{meta}'
            f'<link rel="alternate" type="application/rss+xml" title="{attr(ctx.name)} &raquo; Feed" href="https://{ctx.host}/feed/" />\n'
            f'<link rel="https://api.w.org/" href="https://{ctx.host}/wp-json/" />\n'
            f'<link rel="shortlink" href="https://{ctx.host}/?p=48213" />\n'
            f'<meta name="generator" content="WordPress 6.5.3" />\n{extra}'
            f"<link rel='stylesheet' id='theme-css' href='https://{ctx.host}/wp-content/themes/x/style.css?ver=6.5.3' media='all' />\n"
            f"{SCRIPTS}\n</head>\n")


def _cats(ctx: Ctx) -> tuple[list[str], list[str]]:
    """(categories, tags): the first label is the category, the rest are tags."""
    return ctx.labels[:1], ctx.labels[1:]


def _links(ctx: Ctx, names: list[str], kind: str, rel: str) -> str:
    return ", ".join(f'<a href="https://{ctx.host}/{kind}/{slug(n)}/" rel="{rel}">{esc(n)}</a>' for n in names)


def _menu(ctx: Ctx, items=("Beranda", "Polri", "Hukum & Kriminal", "Daerah", "Nasional", "Olahraga", "Indeks")) -> str:
    return "".join(f'<li class="menu-item"><a href="https://{ctx.host}/category/{slug(i)}/">{esc(i)}</a></li>' for i in items)


def _footer(ctx: Ctx, extra: str = "") -> str:
    ctx.leak("Pedoman Media Siber")
    return (f'<footer id="colophon" class="site-footer"><div class="footer-widgets"><div class="widget">'
            f'<h3 class="widget-title">Tentang Kami</h3><p>{esc(ctx.name)} adalah media online yang menyajikan berita '
            f'terkini seputar daerah, hukum dan kamtibmas.</p></div></div><div class="site-info">Copyright &copy; '
            f'{ctx.pub.year} {esc(ctx.name)} | <a href="/redaksi/">Redaksi</a> | <a href="/pedoman-media-siber/">Pedoman '
            f'Media Siber</a> | <a href="/kontak/">Kontak</a>{extra}</div></footer>')


def _inserts(ctx: Ctx) -> dict[int, list[str]]:
    o = ctx.opts
    ins: dict[int, list[str]] = {}
    if o.get("caption"):
        ins.setdefault(-1, []).append(caption(ctx, o["caption"]))
    if o.get("baca"):
        ins.setdefault(o.get("baca_at", 1), []).append(baca_juga(ctx, o["baca"]))
    if o.get("baca2"):
        ins.setdefault(o.get("baca2_at", 3), []).append(baca_juga(ctx, o["baca2"]))
    if o.get("ad"):
        ctx.leak(o["ad"])
        ins.setdefault(2, []).append(f'<div class="ads-inline"><span class="ads-label">{esc(o["ad"])}</span>'
                                     f'<ins class="adsbygoogle"></ins></div>')
    if o.get("gnews"):
        line = f"Ikuti berita terkini dari {ctx.name} di Google News, klik di sini."
        ctx.leak(line)
        ins.setdefault(len(ctx.paras) - 1, []).append(f'<p><em><a href="https://news.google.com/publications/x">{esc(line)}'
                                                       f'</a></em></p>')
    return ins


def _content(ctx: Ctx) -> str:
    ins = _inserts(ctx)
    top = "".join(ins.pop(-1, []))
    return top + body(ctx.paras, ctx.opts.get("body", "p"), ins, ctx.trailer, ctx.opts.get("trailer_markup"))


def _sidebar(ctx: Ctx, title: str = "Berita Terpopuler", title2: str = "Berita Terbaru") -> str:
    ctx.leak(title, title2)
    return (f'<aside id="secondary" class="widget-area sidebar"><section class="widget widget_popular"><h2 class="widget-title">'
            f'{esc(title)}</h2><ul>{headline_list(ctx, 5, 11)}</ul></section><section class="widget widget_recent_entries">'
            f'<h2 class="widget-title">{esc(title2)}</h2><ul>{headline_list(ctx, 4, 12, with_dates=False)}</ul></section></aside>')


def wp_newspaper(ctx: Ctx) -> str:
    """tagDiv Newspaper: td-post-content, views counter, TAGS box, prev/next, "TINGGALKAN BALASAN" form."""
    a, pub = ctx.a, ctx.pub
    cats, tags = _cats(ctx)
    ctx.leak("Artikel sebelumnya", "Artikel berikutnya", "BERITA TERKAIT", "LEBIH DARI PENULIS", "TINGGALKAN BALASAN",
             "Silakan masukkan komentar anda!", "Silakan masukkan nama Anda di sini")
    prev_h, next_h = ctx.others(2, 21)
    ctx.opts["_modified"] = iso(pub + timedelta(hours=2))
    return ("<!doctype html>\n<html lang=\"id-ID\">\n" + _head(ctx, f"{a.title} - {ctx.name}", utc_meta=True,
                                                             modified=iso((pub + timedelta(hours=2)).astimezone(UTC)))
            + f'<body class="post-template-default single single-post td-standard-pack">\n<div class="td-theme-wrap">'
            f'<div class="td-header-wrap"><div class="td-header-sp-logo"><a class="td-main-logo" href="https://{ctx.host}/">'
            f'<img src="https://{ctx.host}/logo.png" alt="{attr(ctx.name)}" /><span class="td-visual-hidden">{esc(ctx.name)}</span>'
            f'</a></div><div class="td-header-menu-wrap"><ul id="menu-main" class="sf-menu">{_menu(ctx)}</ul></div></div>\n'
            f'<div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td-crumb-container">'
            f'<div class="entry-crumbs"><span><a href="https://{ctx.host}/">Beranda</a></span> <i class="td-icon-right"></i> '
            f'<span><a href="https://{ctx.host}/category/{slug(cats[0]) if cats else "berita"}/">{esc(cats[0] if cats else "Berita")}</a></span></div></div>'
            f'<div class="td-pb-row"><div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">\n'
            f'<article id="post-48213" class="post-48213 post type-post status-publish format-standard has-post-thumbnail">'
            f'<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="#">{esc(cats[0] if cats else "Berita")}</a></li></ul>'
            f'<header class="td-post-title"><h1 class="entry-title">{esc(a.title)}</h1><div class="td-module-meta-info">'
            f'<div class="td-post-author-name"><div class="td-author-by">Oleh</div> <a href="https://{ctx.host}/author/admin/">'
            f'{esc(ctx.byline or "Admin")}</a><div class="td-author-line"> - </div></div>{ctx.opts.get("meta", "")}<span class="td-post-date">'
            f'<time class="entry-date updated td-module-date" datetime="{iso(pub)}">{id_date(pub)}</time></span>'
            f'<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-48213">1.482</span></div></div>'
            f'</header></div>\n{share_bar(ctx, "Bagikan", ("Facebook", "Twitter", "WhatsApp", "Linkedin"))}\n'
            f'<div class="td-post-content tagdiv-type">\n<div class="td-post-featured-image"><a href="#" class="td-modal-image">'
            f'<img src="https://{ctx.host}/wp-content/uploads/img.jpg" /></a></div>\n{_content(ctx)}\n</div>\n'
            f'<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>'
            + "".join(f'<li><a href="https://{ctx.host}/tag/{slug(t)}/">{esc(t)}</a></li>' for t in ctx.labels)
            + f'</ul></div><div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post">'
            f'<div class="td-post-next-prev-content"><span>Artikel sebelumnya</span><a href="{ctx.link(prev_h)}">{esc(prev_h)}</a>'
            f'</div></div><div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Artikel '
            f'berikutnya</span><a href="{ctx.link(next_h)}">{esc(next_h)}</a></div></div></div>'
            f'<div class="author-box-wrap"><a href="#"><img src="#" class="avatar" /></a><div class="desc"><div class="td-author-name '
            f'vcard author"><span class="fn"><a href="#">{esc(ctx.byline or "Admin")}</a></span></div></div></div></footer></article>\n'
            f'<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left '
            f'td-cur-simple-item">BERITA TERKAIT</a><a class="td-related-right">LEBIH DARI PENULIS</a></h4>'
            f'<div class="td_block_inner"><ul>{headline_list(ctx, 3, 22)}</ul></div></div>\n'
            f'<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" '
            f'class="comment-reply-title"><span>TINGGALKAN BALASAN</span></h3><form id="commentform" class="comment-form">'
            f'<div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Komentar:" '
            f'name="comment" cols="45" rows="8"></textarea><div class="td-warning-comment">Silakan masukkan komentar anda!</div>'
            f'</div><div class="comment-form-input-wrap td-form-author"><input class="" type="text" placeholder="Nama:*" '
            f'name="author" /><div class="td-warning-author">Silakan masukkan nama Anda di sini</div></div></form></div></div>\n'
            f'</div></div><div class="td-pb-span4 td-main-sidebar">{_sidebar(ctx, "Terpopuler", "Berita Terkini")}</div></div></div></div>\n'
            + _footer(ctx) + "\n</div>\n</body>\n</html>\n")


def wp_jnews(ctx: Ctx) -> str:
    """JNews: jeg_post_content/content-inner, inline related, jeg_meta, "Tags:", prev/next, related block."""
    a, pub = ctx.a, ctx.pub
    ctx.leak("Berita Sebelumnya", "Berita Selanjutnya", "Berita Terkait", "Discussion about this post")
    prev_h, next_h = ctx.others(2, 31)
    inline = ""
    if ctx.opts.get("inline_related"):
        hs = ctx.others(3, 32)
        ctx.leak("BACA JUGA")
        inline = ('<div class="jnews_inline_related_post_wrapper"><div class="jnews_inline_related_post"><div class="jeg_postblock '
                  'jeg_postblock_22"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>BACA JUGA</span></h3></div>'
                  + "".join(f'<article class="jeg_post"><h3 class="jeg_post_title"><a href="{ctx.link(h)}">{esc(h)}</a></h3></article>'
                            for h in hs) + "</div></div></div>")
    ins = _inserts(ctx)
    if inline:
        ins.setdefault(1, []).append(inline)
    top = "".join(ins.pop(-1, []))
    content = top + body(ctx.paras, ctx.opts.get("body", "p"), ins, ctx.trailer, ctx.opts.get("trailer_markup"))
    tags = "".join(f'<a href="https://{ctx.host}/tag/{slug(t)}/" rel="tag">{esc(t)}</a>' for t in ctx.labels)
    return ("<!DOCTYPE html>\n<html lang=\"id-ID\">\n" + _head(ctx, f"{a.title} | {ctx.name}", utc_meta=False,
                                                             extra=jsonld(ctx, "NewsArticle", ctx.byline))
            + f'<body class="post-template-default single jeg_single_tpl_1 jnews">\n<div class="jeg_viewport">'
            f'<div class="jeg_header normal"><div class="jeg_nav_row"><div class="jeg_logo"><a href="https://{ctx.host}/">'
            f'<img class="jeg_logo_img" src="/logo.png" alt="{attr(ctx.name)}" /></a></div><div class="jeg_main_menu_wrapper">'
            f'<ul class="jeg_menu jeg_main_menu">{_menu(ctx)}</ul></div></div></div>\n<div class="jeg_main"><div class="jeg_container">'
            f'<div class="jeg_content jeg_singlepage"><div class="container"><div class="row"><div class="jeg_main_content col-md-8">'
            f'<div class="jeg_inner_content"><div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs">'
            f'<span><a href="https://{ctx.host}">Beranda</a></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link">'
            f'<a href="#">{esc(ctx.labels[0] if ctx.labels else "Berita")}</a></span></div></div>'
            f'<div class="entry-header"><h1 class="jeg_post_title">{esc(a.title)}</h1><div class="jeg_meta_container"><div '
            f'class="jeg_post_meta jeg_post_meta_1"><div class="meta_left"><div class="jeg_meta_author"><span class="meta_text">'
            f'Oleh</span> <a href="https://{ctx.host}/author/redaksi/">{esc(ctx.byline or "Redaksi")}</a></div>{ctx.opts.get("meta", "")}'
            f'<div class="jeg_meta_date"><a href="{attr(ctx.url)}">{wp_id(pub)}</a></div></div><div class="meta_right">'
            f'<div class="jeg_meta_comment"><a href="#comments"><i class="fa fa-comment-o"></i> 0</a></div></div></div></div></div>\n'
            f'<div class="jeg_featured featured_image"><img src="/img.jpg" /></div>\n'
            f'<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><a class="jeg_btn-facebook" href="#">'
            f'<span>Share on Facebook</span></a><a class="jeg_btn-twitter" href="#"><span>Share on Twitter</span></a></div></div>\n'
            f'<div class="jeg_ad jeg_ad_article jnews_content_top_ads"></div>\n'
            f'<div class="entry-content no-share"><div class="jeg_share_button share-float jeg_sticky_share clearfix"></div>'
            f'<div class="content-inner ">\n{content}\n</div></div>\n'
            f'<div class="jeg_post_tags"><span>Tags:</span> {tags}</div>\n'
            f'<div class="jnews_prev_next_container"><div class="jeg_prevnext_post"><a href="{ctx.link(prev_h)}" class="post '
            f'prev-post"><span class="caption">Berita Sebelumnya</span><h3 class="post-title">{esc(prev_h)}</h3></a>'
            f'<a href="{ctx.link(next_h)}" class="post next-post"><span class="caption">Berita Selanjutnya</span><h3 '
            f'class="post-title">{esc(next_h)}</h3></a></div></div>\n'
            f'<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook"><div '
            f'class="jeg_block_heading"><h3 class="jeg_block_title"><span>Berita Terkait</span></h3></div><div class="jeg_posts">'
            f'<ul>{headline_list(ctx, 3, 33)}</ul></div></div></div>\n'
            f'<div class="jnews_comment_container"><div class="comment-heading"><h3>Discussion about this post</h3></div>'
            f'</div></div></div><div class="jeg_sidebar col-md-4">{_sidebar(ctx, "Trending", "Terbaru")}</div></div></div></div>'
            f'</div></div>\n' + _footer(ctx) + "\n</div>\n</body>\n</html>\n")


def wp_generatepress(ctx: Ctx) -> str:
    """GeneratePress with Jetpack sharing ("Bagikan ini:", "Menyukai ini:") and related posts ("Terkait")."""
    a, pub = ctx.a, ctx.pub
    cats, tags = _cats(ctx)
    mod = pub + timedelta(hours=1, minutes=12)
    ctx.opts["_modified"] = iso(mod)
    ctx.leak("Bagikan ini:", "Menyukai ini:", "Suka Memuat...", "Terkait", "Navigasi pos")
    rel = ctx.others(3, 41)
    prev_h, next_h = ctx.others(2, 42)
    return ("<!DOCTYPE html>\n<html lang=\"id\">\n" + _head(ctx, f"{a.title} – {ctx.name}", modified=iso(mod))
            + f'<body class="post-template-default single single-post right-sidebar nav-below-header">\n'
            f'<a class="screen-reader-text skip-link" href="#content" title="Langsung ke isi">Langsung ke isi</a>'
            f'<header class="site-header" id="masthead"><div class="inside-header grid-container"><div class="site-branding">'
            f'<p class="main-title" itemprop="headline"><a href="https://{ctx.host}/" rel="home">{esc(ctx.name)}</a></p>'
            f'<p class="site-description">Berita Terkini dan Terpercaya</p></div></div></header>'
            f'<nav id="site-navigation" class="main-navigation"><ul id="menu-primary" class="menu sf-menu">{_menu(ctx)}</ul></nav>\n'
            f'<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">'
            f'<div class="content-area" id="primary"><main class="site-main" id="main">\n'
            f'<article id="post-3377" class="post-3377 post type-post status-publish format-standard category-{slug(cats[0]) if cats else "x"}" '
            f'itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">'
            f'<header class="entry-header"><h1 class="entry-title" itemprop="headline">{esc(a.title)}</h1>'
            f'<div class="entry-meta"><span class="posted-on"><time class="updated" datetime="{iso(mod)}" itemprop="dateModified">'
            f'{id_date(mod)}</time><time class="entry-date published" datetime="{iso(pub)}" itemprop="datePublished">{id_date(pub)}'
            f'</time></span> <span class="byline">oleh <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" '
            f'itemscope><a class="url fn n" href="https://{ctx.host}/author/{slug(ctx.byline or "admin")}/" title="Lihat semua '
            f'pos oleh {attr(ctx.byline or "admin")}" rel="author" itemprop="url"><span class="author-name" itemprop="name">'
            f'{esc(ctx.byline or "admin")}</span></a></span></span></div></header>\n'
            f'<div class="entry-content" itemprop="text">\n{_content(ctx)}\n'
            f'<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text '
            f'sd-sharing"><h3 class="sd-title">Bagikan ini:</h3><div class="sd-content"><ul><li class="share-facebook"><a '
            f'class="share-facebook sd-button share-icon" href="#"><span>Facebook</span></a></li><li class="share-x"><a href="#">'
            f'<span>X</span></a></li><li class="share-jetpack-whatsapp"><a href="#"><span>WhatsApp</span></a></li></ul></div></div></div>'
            f'<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Menyukai ini:</h3>'
            f'<div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Suka</span></span> '
            f'<span class="loading">Memuat...</span></div><span class="sd-text-color"></span><a class="sd-link-color"></a></div>'
            f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Terkait</em></h3>'
            + "".join(f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="{ctx.link(h)}">{esc(h)}</a></h4>'
                      f'<p class="jp-relatedposts-post-context">Dalam &quot;Daerah&quot;</p></div>' for h in rel)
            + f'</div>\n</div>\n<footer class="entry-meta" aria-label="Meta entri"><span class="cat-links"><span '
            f'class="screen-reader-text">Kategori </span>{_links(ctx, cats, "category", "category tag")}</span> <span class="tags-links">'
            f'<span class="screen-reader-text">Tag </span>{_links(ctx, tags, "tag", "tag")}</span>'
            f'<nav id="nav-below" class="post-navigation" aria-label="Pos"><span class="screen-reader-text">Navigasi pos</span>'
            f'<div class="nav-previous"><span class="prev"><a href="{ctx.link(prev_h)}" rel="prev">{esc(prev_h)}</a></span></div>'
            f'<div class="nav-next"><span class="next"><a href="{ctx.link(next_h)}" rel="next">{esc(next_h)}</a></span></div></nav>'
            f'</footer></div></article>\n{wp_comment_form(ctx, "id")}\n</main></div>\n{_sidebar(ctx, "Pos-pos Terbaru", "Arsip")}\n'
            f'</div></div>\n<div class="site-footer"><footer class="site-info" aria-label="Situs" itemscope><div class="inside-site-info">'
            f'<div class="copyright-bar"><span class="copyright">&copy; {pub.year} {esc(ctx.name)}</span> &bull; Dibangun dengan '
            f'<a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>\n</body>\n</html>\n')


def wp_jannah(ctx: Ctx) -> str:
    """Jannah/Sahifa-style: "entry-content entry clearfix", Post Views, tag cloud, author box "Tentang Penulis",
    "Berita Terkait" slider; opts["english"] switches the comment form and meta to the English UI (Astra-like)."""
    a, pub = ctx.a, ctx.pub
    en = ctx.opts.get("english", False)
    cats, tags = _cats(ctx)
    views = "Post Views: 2,146" if en else "Dilihat: 2.146 kali"
    author_box = "About the author" if en else "Tentang Penulis"
    related = "Related Posts" if en else "Berita Terkait"
    ctx.leak(views, author_box, related)
    date_html = (f'<span class="date meta-item tie-icon">{en_date(pub)}</span>' if en else
                 f'<span class="date meta-item tie-icon">{id_long(pub)}, {hhmm(pub)} {("WIB", "WITA", "WIT")[int(pub.utcoffset().total_seconds()//3600)-7]}</span>')
    posted_in = ""
    if en:
        ctx.leak("Posted in")
        posted_in = (f'<div class="post-cat-wrap"><span class="posted-in">Posted in</span> '
                     f'{_links(ctx, cats, "category", "category tag")}</div>')
    else:
        posted_in = f'<span class="post-cat-wrap">{_links(ctx, cats, "category", "category tag")}</span>'
    return ("<!DOCTYPE html>\n<html lang=\"id-ID\" class=\"\" data-skin=\"light\">\n"
            + _head(ctx, f"{a.title} - {ctx.name}", utc_meta=ctx.opts.get("utc_meta", False), yoast=not ctx.opts.get("no_yoast"),
                    extra=jsonld(ctx, "Article", ctx.byline) if ctx.opts.get("jsonld") else "")
            + f'<body id="tie-body" class="post-template-default single single-post wrapper-has-shadow block-head-1">\n'
            f'<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">'
            f'<header id="theme-header" class="theme-header header-layout-3 main-nav-dark"><div class="container header-container">'
            f'<div class="tie-row logo-row"><div class="logo-wrapper"><div class="tie-col-md-4 logo-container clearfix"><div id="logo" '
            f'class="image-logo"><a title="{attr(ctx.name)}" href="https://{ctx.host}/"><img src="/logo.png" alt="{attr(ctx.name)}" />'
            f'</a></div></div></div></div></div><nav id="main-nav" class="main-nav header-nav"><div class="main-menu"><ul>{_menu(ctx)}'
            f'</ul></div></nav></header>\n<div id="content" class="site-content container"><div class="tie-row main-content-row">'
            f'<div class="main-content tie-col-md-8 tie-col-xs-12" role="main"><article id="the-post" class="container-wrapper post-content">'
            f'<header class="entry-header-outer"><nav id="breadcrumb"><a href="https://{ctx.host}/">Home</a><em class="delimiter">/</em>'
            f'<span class="current">{esc(a.title)}</span></nav><div class="entry-header">{posted_in}<h1 class="post-title entry-title">'
            f'{esc(a.title)}</h1><div id="single-post-meta" class="post-meta clearfix"><span class="author-meta single-author '
            f'no-avatars"><span class="meta-item meta-author-wrapper"><span class="meta-author"><a href="#" class="author-name tie-icon" '
            f'title="{attr(ctx.byline or "Redaksi")}">{esc(ctx.byline or "Redaksi")}</a></span></span></span>{date_html}'
            f'<div class="tie-alignright"><span class="meta-views meta-item"><span class="tie-icon-fire"></span> {views}</span>'
            f'</div></div></div></header>\n<div class="entry-content entry clearfix">\n{_content(ctx)}\n</div>\n'
            f'<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span '
            f'class="tie-icon-tags"></span> {"Tags" if en else "Tag"}</div><span class="tagcloud">'
            + "".join(f'<a href="https://{ctx.host}/tag/{slug(t)}/" rel="tag">{esc(t)}</a>' for t in tags)
            + f'</span></div>\n<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom">'
            f'<div class="share-links"><a href="#" class="facebook-share-btn large-share-button"><span class="share-btn-icon '
            f'tie-icon-facebook"></span> <span class="social-text">Facebook</span></a><a href="#" class="whatsapp-share-btn">'
            f'<span class="social-text">WhatsApp</span></a></div></div></article>\n'
            f'<div class="post-components"><div class="about-author container-wrapper about-author-1"><div class="author-info">'
            f'<h3 class="author-name">{author_box}: <a href="#">{esc(ctx.byline or "Redaksi")}</a></h3><div class="author-bio">'
            f'</div></div></div><div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title '
            f'the-global-title"><h3>{related}</h3></div><div class="related-posts-list">{headline_list(ctx, 3, 51)}</div></div>'
            f'{wp_comment_form(ctx, "en" if en else "id")}</div>\n</div>{_sidebar(ctx, "Popular" if en else "Terpopuler", "Recent Posts" if en else "Terbaru")}'
            f'</div></div>\n' + _footer(ctx) + "\n</div></div></div>\n</body>\n</html>\n")


def wp_homemade(ctx: Ctx) -> str:
    """A home-made theme: no standard classes at all (div.detail-konten / div.read__content), date in a span
    with an unknown class, related links and a "Google News" line inside the body."""
    a, pub = ctx.a, ctx.pub
    variant = ctx.opts.get("variant", "detail")
    container = {"detail": "detail-konten", "read": "read__content", "colormag": "cm-entry-summary"}[variant]
    date_cls = {"detail": "waktu-terbit", "read": "read__time", "colormag": "cm-post-date"}[variant]
    zone = ("WIB", "WITA", "WIT")[int(pub.utcoffset().total_seconds() // 3600) - 7]
    date_text = {"detail": f"{id_long(pub)} | {hhmm(pub)} {zone}",
                 "read": f"{id_date(pub)}, {hhmm(pub)} {zone}",
                 "colormag": f"{wp_id(pub)}"}[variant]
    ctx.leak("Berita Lainnya", "Komentar")
    author_line = (f'<div class="penulis">Penulis: <a href="/author/{slug(ctx.byline)}/">{esc(ctx.byline)}</a></div>'
                   if ctx.byline and ctx.opts.get("author_top") else "")
    if author_line:
        pass  # an author line ABOVE the body: the byline
    head = _head(ctx, f"{a.title} | {ctx.name}", yoast=ctx.opts.get("yoast", False),
                 extra=jsonld(ctx, "NewsArticle", ctx.byline) if ctx.opts.get("jsonld") else "")
    return ("<!DOCTYPE html>\n<html lang=\"id\">\n" + head
            + f'<body class="single">\n<div id="wrapper"><div class="topbar"><span class="tgl-hari-ini">{id_long(pub + timedelta(days=2))}'
            f'</span></div><div class="kepala"><a href="https://{ctx.host}/" class="logo-situs"><img src="/logo.png" alt="{attr(ctx.name)}">'
            f'</a></div><ul class="menu-utama">{_menu(ctx)}</ul>\n<div class="kolom-kiri"><div class="artikel-wrap">'
            f'<div class="kanal"><a href="/kanal/{slug(ctx.labels[0]) if ctx.labels else "daerah"}/">{esc(ctx.labels[0] if ctx.labels else "Daerah")}</a></div>'
            f'<h1 class="judul-artikel">{esc(a.title)}</h1><div class="meta-artikel">{author_line}<span class="{date_cls}">{date_text}</span>'
            f'</div><div class="gambar-utama"><img src="/img.jpg" alt="" /><span class="ket-gambar">Ilustrasi</span></div>\n'
            f'<div class="{container}">\n{_content(ctx)}\n</div>\n'
            f'<div class="tag-artikel">{"".join(f"<a href=/tag/{slug(t)}/ rel=tag>#{esc(t)}</a> " for t in ctx.labels)}</div>\n'
            f'<div class="berita-lainnya"><h3>Berita Lainnya</h3><ul>{headline_list(ctx, 5, 61)}</ul></div>\n'
            f'<div class="kolom-komentar"><h3>Komentar</h3><div class="fb-comments" data-href="{attr(ctx.url)}"></div></div>'
            f'</div></div><div class="kolom-kanan">{_sidebar(ctx, "Terpopuler", "Indeks Berita")}</div>\n'
            + _footer(ctx) + "\n</div>\n</body>\n</html>\n")
