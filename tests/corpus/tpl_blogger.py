"""Blogger templates: the classic layouts (Simple / Awesome Inc. / Watermark, both UI generations, the mobile
``?m=1`` view) and third-party "magazine" themes with their own class names and Indonesian widget wording."""

from __future__ import annotations


from parts import (PACIFIC, SCRIPTS, Ctx, attr, baca_juga, body, caption, comments_blogger, esc, headline_list, hhmm,
                   id_date, id_long, iso, jsonld, share_bar, wp_id)

BLOG_ID = "7391028466155203841"


def _labels_links(ctx: Ctx, sep: str = ", ") -> str:
    return sep.join(f"<a href='https://{ctx.host}/search/label/{attr(label.replace(' ', '%20'))}' rel='tag'>"
                    f"{esc(label)}</a>" for label in ctx.labels)


def _blogger_head(ctx: Ctx, title_tag: str, extra: str = "") -> str:
    feed = f"https://{ctx.host}/feeds/posts/default"
    og = "" if ctx.opts.get("no_og") else (
        f"<meta content='{attr(ctx.a.title)}' property='og:title'/>\n<meta content='{attr(ctx.canonical)}' property='og:url'/>\n"
        f"<meta content='{attr(ctx.snippet())}' property='og:description'/>\n")
    return (f"<head>\n<meta content='width=device-width, initial-scale=1' name='viewport'/>\n"
            f"<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>\n<meta content='blogger' name='generator'/>\n"
            f"<link href='https://{ctx.host}/favicon.ico' rel='icon' type='image/x-icon'/>\n"
            f"<link href='{attr(ctx.canonical)}' rel='canonical'/>\n"
            f"<link rel='alternate' type='application/atom+xml' title='{attr(ctx.name)} - Atom' href='{feed}'/>\n"
            f"<link rel='service.post' type='application/atom+xml' title='{attr(ctx.name)} - Atom' "
            f"href='https://www.blogger.com/feeds/{BLOG_ID}/posts/default'/>\n"
            f"<title>{esc(title_tag)}</title>\n{og}{extra}"
            f"<style type='text/css'>body{{font:normal normal 13px Arial,sans-serif}}.post-body{{line-height:1.5}}</style>\n"
            f"{SCRIPTS}\n</head>\n")


def _sidebar_classic(ctx: Ctx, old: bool) -> str:
    popular = "Entri Populer" if old else "Postingan Populer"
    ctx.leak(popular, "Arsip Blog", "Mengenai Saya")
    items = "".join(f"<li><div class='item-content'><div class='item-title'><a href='{ctx.link(h)}'>{esc(h)}</a></div>"
                    f"<div class='item-snippet'>Simak selengkapnya berita tentang {esc(h.lower())} hanya di sini...</div>"
                    f"</div></li>" for h in ctx.others(4, 1))
    return (f"<div class='sidebar section' id='sidebar-right-1'>"
            f"<div class='widget PopularPosts' data-version='1' id='PopularPosts1'><h2>{popular}</h2>"
            f"<div class='widget-content popular-posts'><ul>{items}</ul></div></div>"
            f"<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Arsip Blog</h2><div class='widget-content'>"
            f"<div id='ArchiveList'><div id='BlogArchive1_ArchiveList'><ul class='hierarchy'><li class='archivedate expanded'>"
            f"<a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>▼&nbsp;</span></a>"
            f"<a class='post-count-link' href='https://{ctx.host}/{ctx.pub.year}/'>{ctx.pub.year}</a> "
            f"<span class='post-count' dir='ltr'>(214)</span></li></ul></div></div></div></div>"
            f"<div class='widget Profile' data-version='1' id='Profile1'><h2>Mengenai Saya</h2><div class='widget-content'>"
            f"<dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' "
            f"href='https://www.blogger.com/profile/0912'>{esc(ctx.name)}</a></dt></dl>"
            f"<a class='profile-link' href='https://www.blogger.com/profile/0912' rel='author'>Lihat profil lengkapku</a>"
            f"</div></div></div>")


def blogger_classic(ctx: Ctx) -> str:
    """Blogger's own layouts. opts: theme (simple|awesome|watermark|mobile), ui (old|new), abbr (pacific|local|none),
    body (br|div|p|word|span-div), comments (count), caption, baca."""
    o, a = ctx.opts, ctx.a
    old = o.get("ui", "old") == "old"
    mobile = o.get("theme") == "mobile"
    pub = ctx.pub
    shown = pub.astimezone(PACIFIC) if o.get("abbr") == "pacific" else pub
    posted_by = "Diposkan oleh" if old else "Diposting oleh"
    post_comment = "Poskan Komentar" if old else "Posting Komentar"
    newer, older = ("Posting Lebih Baru", "Posting Lama") if old else ("Postingan Lebih Baru", "Postingan Lama")
    ctx.leak(posted_by, newer, older, "Beranda", "Langganan:")
    inserts: dict[int, list[str]] = {}
    if o.get("caption"):
        inserts.setdefault(0, []).append(caption(ctx, o["caption"]))
    if o.get("baca"):
        inserts.setdefault(1, []).append(baca_juga(ctx, o["baca"]))
    content = body(ctx.paras, o.get("body", "br"), inserts, ctx.trailer, o.get("trailer_markup"))
    abbr = ""
    if o.get("abbr", "local") != "none":
        abbr = (f"<span class='post-timestamp'>di <meta content='{attr(ctx.url)}' itemprop='url'/>"
                f"<a class='timestamp-link' href='{attr(ctx.url)}' rel='bookmark' title='permanent link'>"
                f"<abbr class='published' itemprop='datePublished' title='{iso(shown)}'>{hhmm(shown, '.')}</abbr></a></span>")
    else:
        abbr = f"<span class='post-timestamp'>di <a class='timestamp-link' href='{attr(ctx.url)}'>{hhmm(shown, '.')}</a></span>"
    n = o.get("comments", 0)
    heading = "Tidak ada komentar:" if n == 0 else f"{n} komentar:"
    comments = comments_blogger(ctx, n, heading, post_comment)
    share_labels = ("Kirimkan Ini lewat Email", "BlogThis!", "Berbagi ke X", "Berbagi ke Facebook",
                    "Bagikan ke Pinterest") if old else ("Bagikan",)
    ctx.leak(*share_labels)
    share = "".join(f"<a class='goog-inline-block share-button' href='#' target='_blank' title='{attr(s)}'>"
                    f"<span class='share-button-link-text'>{esc(s)}</span></a>" for s in share_labels)
    byline = (f"<span class='post-author vcard'>{posted_by} <span class='fn' itemprop='author' itemscope='itemscope' "
              f"itemtype='http://schema.org/Person'><a class='g-profile' href='https://www.blogger.com/profile/0912' "
              f"rel='author' title='author profile'><span itemprop='name'>{esc(ctx.byline)}</span></a></span></span>"
              if ctx.byline else "")
    labels = (f"<span class='post-labels'>Label: {_labels_links(ctx)}</span>" if ctx.labels else "")
    title_tag = f"{ctx.name}: {a.title}" if o.get("title_style", "prefix") == "prefix" else f"{a.title} | {ctx.name}"
    post = (f"<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' "
            f"itemtype='http://schema.org/BlogPosting'>\n<meta content='{ctx.host}' itemprop='image_url'/>\n"
            f"<a name='5521'></a>\n<h3 class='post-title entry-title' itemprop='name'>\n{esc(a.title)}\n</h3>\n"
            f"<div class='post-header'><div class='post-header-line-1'></div></div>\n"
            f"<div class='post-body entry-content' id='post-body-552193' itemprop='description articleBody'>\n{content}\n"
            f"<div style='clear: both;'></div>\n</div>\n<div class='post-footer'>\n<div class='post-footer-line "
            f"post-footer-line-1'>{byline} {abbr} <span class='post-comment-link'></span> <span class='post-icons'>"
            f"<span class='item-control blog-admin pid-1'><a href='https://www.blogger.com/post-edit.g' title='Edit Entri'>"
            f"<img alt='' class='icon-action' height='18' src='https://resources.blogblog.com/img/icon18_edit_allbkg.gif' "
            f"width='18'/></a></span></span><div class='post-share-buttons goog-inline-block'>{share}</div></div>\n"
            f"<div class='post-footer-line post-footer-line-2'>{labels}</div>\n"
            f"<div class='post-footer-line post-footer-line-3'><span class='post-location'></span></div>\n</div>\n</div>\n")
    pager = (f"<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' "
             f"href='{ctx.link('baru')}' id='Blog1_blog-pager-newer-link' title='{newer}'>{newer}</a></span>"
             f"<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{ctx.link('lama')}' "
             f"id='Blog1_blog-pager-older-link' title='{older}'>{older}</a></span><a class='home-link' "
             f"href='https://{ctx.host}/'>Beranda</a></div>\n<div class='clear'></div>\n<div class='post-feeds'>"
             f"<div class='feed-links'>Langganan: <a class='feed-link' href='https://{ctx.host}/feeds/5521/comments/default' "
             f"target='_blank' type='application/atom+xml'>{post_comment} (Atom)</a></div></div>\n")
    if mobile:
        ctx.leak("Lihat versi web", "Diberdayakan oleh")
        return (f"<!DOCTYPE html>\n<html class='v2' dir='ltr' lang='id'>\n{_blogger_head(ctx, title_tag)}"
                f"<body class='mobile variant-simplysimple'>\n<div class='content'><div class='content-outer'>"
                f"<header><div class='header-outer'><div class='header section' id='header'><div class='widget Header' "
                f"id='Header1'><div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='https://{ctx.host}/?m=1'>"
                f"{esc(ctx.name)}</a></h1></div></div></div></div></div></header>\n"
                f"<div class='main-outer'><div class='main section' id='main'><div class='widget Blog' id='Blog1'>"
                f"<div class='blog-posts hfeed'><div class='date-outer'><div class='date-header'><span>{id_long(shown)}</span></div>"
                f"<div class='date-posts'><div class='post-outer'>\n{post}</div>\n"
                f"<div class='comments' id='comments'><a name='comments'></a><h4>{heading}</h4>"
                f"<p class='comment-footer'><a href='#'>{post_comment}</a></p></div></div></div></div>\n"
                f"<div class='blog-pager' id='blog-pager'><a class='home-link' href='https://{ctx.host}/?m=1'>Beranda</a>"
                f"<div class='mobile-desktop-link'><a class='home-link' href='{attr(ctx.canonical)}?m=0'>Lihat versi web</a></div></div>"
                f"</div></div></div>\n<div class='footer-outer'><div class='widget Attribution' id='Attribution1'>"
                f"<div class='widget-content'>Diberdayakan oleh <a href='https://www.blogger.com'>Blogger</a>.</div></div></div>"
                f"</div></div>\n</body>\n</html>\n")
    theme = o.get("theme", "simple")
    desc = "Berita terkini seputar kamtibmas dan kepolisian" if theme != "watermark" else "Informasi dan berita daerah"
    nav = "".join(f"<li><a href='https://{ctx.host}/search/label/{t}'>{t}</a></li>" for t in ("Polri", "Daerah", "Hukum"))
    return (f"<!DOCTYPE html>\n<html class='v2' dir='ltr' lang='id' xmlns='http://www.w3.org/1999/xhtml' "
            f"xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' "
            f"xmlns:expr='http://www.google.com/2005/gml/expr'>\n{_blogger_head(ctx, title_tag)}"
            f"<body class='loading variant-{theme}'>\n<div class='navbar section' id='navbar'><div class='widget Navbar' "
            f"id='Navbar1'></div></div>\n<div class='body-fauxcolumns'></div>\n<div class='content'><div class='content-outer'>\n"
            f"<header><div class='header-outer'><div class='header section' id='header'><div class='widget Header' id='Header1'>"
            f"<div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='https://{ctx.host}/'>{esc(ctx.name)}</a>"
            f"</h1></div><div class='descriptionwrapper'><p class='description'><span>{desc}</span></p></div></div></div></div></div>"
            f"</header>\n<div class='tabs-outer'><div class='tabs section' id='crosscol'><div class='widget PageList' id='PageList1'>"
            f"<div class='widget-content'><ul><li class='selected'><a href='https://{ctx.host}/'>Beranda</a></li>{nav}</ul></div>"
            f"</div></div></div>\n<div class='main-outer'><div class='fauxcolumn-left-outer'></div><div class='columns fauxcolumns'>"
            f"<div class='columns-inner'><div class='column-center-outer'><div class='column-center-inner'>"
            f"<div class='main section' id='main'><div class='widget Blog' data-version='1' id='Blog1'>"
            f"<div class='blog-posts hfeed'>\n<div class='date-outer'>\n<h2 class='date-header'><span>{id_long(shown)}</span></h2>\n"
            f"<div class='date-posts'>\n<div class='post-outer'>\n{post}{comments}\n</div>\n</div>\n</div>\n</div>\n{pager}"
            f"</div></div></div></div>\n<div class='column-right-outer'><div class='column-right-inner'><aside>"
            f"{_sidebar_classic(ctx, old)}</aside></div></div>\n</div></div></div>\n"
            f"<footer><div class='footer-outer'><div class='foot section' id='footer-3'><div class='widget Attribution' "
            f"id='Attribution1'><div class='widget-content' style='text-align: center;'>Tema {theme.title()}. "
            f"Diberdayakan oleh <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div></div></footer>\n"
            f"</div></div>\n<script type='text/javascript'>window.setTimeout(function(){{document.body.className="
            f"document.body.className.replace('loading','');}},10);</script>\n"
            f"<script type='text/javascript'>_WidgetManager._Init('//www.blogger.com/rearrange?blogID={BLOG_ID}',"
            f"'//{ctx.host}/','{BLOG_ID}');_WidgetManager._SetDataContext([{{'name':'blog','data':{{'blogId':'{BLOG_ID}',"
            f"'title':'{attr(ctx.name)}','locale':'id'}}}}]);</script>\n</body>\n</html>\n")


# ------------------------------------------------------------------ third-party magazine themes

_MAG = {
    # theme: (article wrapper, title tag+class, body container open, body container close, meta builder key)
    "median": ("<article class='ntry'>", ("h1", "pTtl aTtl sml itm"), "<div class='pEnt' id='postID-8812'><div class='pS post-body postBody' id='postBody'>", "</div></div>"),
    "sora": ("<div class='post-outer-container'><div class='post item-post'>", ("h1", "post-title"), "<div class='post-body post-content' id='post-body'>", "</div>"),
    "seoboost": ("<article class='post-wrapper'>", ("h1", "judul-post"), "<div class='isi-post' id='isiPost'>", "</div>"),
    "idonly": ("<div class='artikel'>", ("h1", "jdl"), "<div id='postBody'>", "</div>"),
    "vioro": ("<div class='single-wrap'>", ("h1", "entry-title post-title"), "<div class='artikel-konten' itemprop='articleBody'>", "</div>"),
    "plus": ("<main id='main-content'><div class='blog-post hentry item-post'>", ("h1", "post-title entry-title"), "<div class='post-body entry-content' id='post-body-4410'>", "</div>"),
}


def blogger_magazine(ctx: Ctx) -> str:
    """Third-party Blogger themes. opts: theme, comments (belum|disqus|facebook|count), baca, caption, share label,
    related label, date (abbr|time|text|jsonld), body markup."""
    o, a = ctx.opts, ctx.a
    theme = o["theme"]
    wrap, (htag, hclass), open_body, close_body = _MAG[theme]
    pub = ctx.pub
    inserts: dict[int, list[str]] = {}
    if o.get("caption"):
        inserts.setdefault(0, []).append(caption(ctx, o["caption"]))
    if o.get("baca"):
        inserts.setdefault(o.get("baca_at", 1), []).append(baca_juga(ctx, o["baca"]))
    if o.get("ad"):
        ctx.leak("Iklan")
        inserts.setdefault(2, []).append("<div class='iklan-tengah'><span>Iklan</span><ins class='adsbygoogle' "
                                         "style='display:block' data-ad-format='fluid'></ins></div>")
    content = body(ctx.paras, o.get("body", "p"), inserts, ctx.trailer, o.get("trailer_markup"))
    date_kind = o.get("date", "abbr")
    shown = {"abbr": f"<abbr class='published updated' itemprop='datePublished' title='{iso(pub)}'>{wp_id(pub)}</abbr>",
             "time": f"<time class='published' datetime='{iso(pub)}'>{id_long(pub)}</time>",
             "text": f"<span class='tanggal-post'>{id_long(pub)} - {hhmm(pub)} {('WIB', 'WITA', 'WIT')[int(pub.utcoffset().total_seconds() // 3600) - 7]}</span>",
             "jsonld": f"<span class='p-date'>{id_date(pub)}</span>"}[date_kind]
    author_html = (f"<span class='post-author'><span class='by'>Oleh</span> <a class='author-name' href='https://www.blogger.com/"
                   f"profile/0913' rel='author'>{esc(ctx.byline)}</a></span>" if ctx.byline else "") + o.get("meta", "")
    crumbs_label = ctx.labels[0] if ctx.labels else "Berita"
    crumbs = (f"<nav class='breadcrumbs' id='breadcrumb'><a href='https://{ctx.host}/'>Beranda</a> <span>›</span> "
              f"<a href='https://{ctx.host}/search/label/{attr(crumbs_label)}'>{esc(crumbs_label)}</a> <span>›</span> "
              f"<span class='crumb-current'>{esc(a.title)}</span></nav>")
    if o.get("crumb_title", True):
        ctx.leak("Beranda ›")
    share = share_bar(ctx, o.get("share", "Bagikan:"))
    rel_label = o.get("related", "Artikel Terkait")
    ctx.leak(rel_label)
    related = (f"<div class='related-posts' id='related-posts'><h3 class='related-title'>{esc(rel_label)}</h3><ul>"
               f"{headline_list(ctx, 4, 3)}</ul></div>")
    kind = o.get("comments", "belum")
    if kind == "belum":
        ctx.leak(f'Belum ada Komentar untuk "{a.title}"', "Posting Komentar")
        comments = (f"<div class='comments' id='comments'><h3 class='title'>Belum ada Komentar untuk \"{esc(a.title)}\"</h3>"
                    f"<div class='comment-form'><a name='comment-form'></a><h4 id='comment-post-message'>Posting Komentar</h4>"
                    f"<iframe allowtransparency='true' class='blogger-iframe-colorize blogger-comment-from-post' "
                    f"frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe></div></div>")
    elif kind == "disqus":
        ctx.leak("comments powered by Disqus", "Tampilkan Komentar Disqus")
        comments = ("<div class='blog-post-comments'><div class='comments-tabs'><a class='tab-disqus'>Disqus</a></div>"
                    "<div id='disqus_thread'></div><noscript>Please enable JavaScript to view the <a href='https://disqus.com/?"
                    "ref_noscript'>comments powered by Disqus.</a></noscript><a class='show-disqus'>Tampilkan Komentar Disqus</a></div>")
    elif kind == "facebook":
        ctx.leak("Komentar Facebook")
        comments = (f"<div class='fb-komentar'><h4>Komentar Facebook</h4><div class='fb-comments' data-href='{attr(ctx.url)}' "
                    f"data-numposts='5' data-width='100%'></div></div>")
    else:
        comments = comments_blogger(ctx, int(kind), f"{kind} komentar", "Posting Komentar")
    ctx.leak("Postingan Lebih Baru", "Postingan Lama", "Terkini", "Populer")
    labels = (f"<div class='post-labels'><span class='label-head'>{esc(o.get('label_word', 'Label:'))}</span> "
              f"{_labels_links(ctx, ' ')}</div>" if ctx.labels else "")
    title_tag = {"pipe": f"{a.title} | {ctx.name}", "dash": f"{a.title} - {ctx.name}",
                 "bare": a.title}[o.get("title_style", "pipe")]
    ld = jsonld(ctx, "BlogPosting", ctx.byline) if date_kind == "jsonld" or o.get("jsonld") else ""
    menu = "".join(f"<li><a href='https://{ctx.host}/search/label/{m}'>{m}</a></li>"
                   for m in ("Polri", "Daerah", "Hukum", "Peristiwa", "Olahraga"))
    ticker = "".join(f"<li><a href='{ctx.link(h)}'>{esc(h)}</a></li>" for h in ctx.others(3, 9))
    return (f"<!DOCTYPE html>\n<html dir='ltr' lang='id'>\n{_blogger_head(ctx, title_tag, ld)}"
            f"<body class='{theme} item-view'>\n<header class='site-header'><div class='header-inner'>"
            f"<div class='logo' id='Header1'><a href='https://{ctx.host}/'><img alt='{attr(ctx.name)}' src='https://{ctx.host}/logo.png'/></a>"
            f"<h2 class='blog-name' style='display:none'>{esc(ctx.name)}</h2></div>"
            f"<nav class='main-menu'><ul><li><a href='https://{ctx.host}/'>Beranda</a></li>{menu}</ul></nav></div>"
            f"<div class='breaking-news'><span class='bn-title'>Terkini</span><ul class='bn-list'>{ticker}</ul></div></header>\n"
            f"<div class='main-wrapper'><div class='content-area'><div class='main section' id='main'><div class='widget Blog' id='Blog1'>\n"
            f"{wrap}\n{crumbs}\n<{htag} class='{hclass}'>{esc(a.title)}</{htag}>\n"
            f"<div class='post-meta'>{author_html} <span class='post-date'>{shown}</span></div>\n"
            f"{share}\n{open_body}\n{content}\n{close_body}\n{labels}\n{share}\n{related}\n{comments}\n"
            f"<div class='blog-pager' id='blog-pager'><a class='blog-pager-newer-link' href='#'>Postingan Lebih Baru</a> "
            f"<a class='blog-pager-older-link' href='#'>Postingan Lama</a></div>\n"
            f"{'</div></div>' if theme in ('sora', 'plus') else '</article>' if theme in ('median', 'seoboost') else '</div>'}"
            f"</div></div></div>\n<div class='sidebar' id='sidebar'><div class='widget PopularPosts' id='PopularPosts1'>"
            f"<h2 class='title'>Populer</h2><ul>{headline_list(ctx, 5, 5, with_dates=False)}</ul></div>"
            f"<div class='widget Label' id='Label1'><h2>Kategori</h2><ul><li><a href='#'>Polri</a></li><li><a href='#'>Daerah</a>"
            f"</li></ul></div></div></div>\n<footer class='site-footer'><p>Copyright © {pub.year} {esc(ctx.name)}. "
            f"All rights reserved.</p><p><a href='/p/redaksi.html'>Redaksi</a> | <a href='/p/pedoman-media-siber.html'>"
            f"Pedoman Media Siber</a> | <a href='/p/disclaimer.html'>Disclaimer</a></p></footer>\n</body>\n</html>\n")
