"""HTML of the Blogger demo sites: an Indonesian news theme ("news") and a magazine theme ("magazine")."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import quote

from .common import attr, esc, id_long_date, id_md_date, label_path, snippet
from .content import Post
from .vocab import MONTHS

if TYPE_CHECKING:
    from .mirror import MirrorSite, State

STATIC_PAGES = {
    "/p/redaksi.html": ("Redaksi", "<p>Pemimpin Redaksi: Lisa</p><p>Alamat Redaksi: Jalan Gajah Mada No. 12</p>"
                        "<p>Email: redaksi@example.invalid</p>"),
    "/p/pedoman-media-siber.html": ("Pedoman Media Siber", "<p>Kemerdekaan berpendapat, kemerdekaan berekspresi, dan"
                                    " kemerdekaan pers adalah hak asasi manusia yang dilindungi Pancasila.</p>"),
}
MENU = ["Polda Kalbar", "Kamtibmas", "Humas", "Narkoba", "Lalu Lintas", "Bhabinkamtibmas"]
CSS = ("body{font:14px/1.6 Arial,sans-serif;margin:0;background:#f4f4f4}.outer{max-width:1080px;margin:0 auto;"
       "background:#fff}.top-nav ul{list-style:none;margin:0;padding:0;background:#b71c1c}.top-nav li{display:"
       "inline-block}.top-nav a{color:#fff;padding:10px 12px;display:block;text-decoration:none}.ticker{background:"
       "#222;color:#fff;padding:6px}.main{width:68%;float:left;padding:16px}.sidebar{width:26%;float:right;padding:"
       "16px}.post-title{font-size:26px}.clear{clear:both}.footer-outer{background:#222;color:#aaa;padding:16px}")


def month_name(m: int) -> str:
    return MONTHS[m - 1]


def _u(site: "MirrorSite", path: str, mobile: bool) -> str:
    url = site.url(path)
    return url + ("&m=1" if "?" in url else "?m=1") if mobile else url


def _head(site: "MirrorSite", title: str, canonical: str, desc: str, image: str | None, og_type: str,
          og_title: str | None = None) -> str:
    s = site.spec
    feed = site.url("/feeds/posts/default")
    og_site = f"<meta content='{attr(s.title)}' property='og:site_name'/>" if s.theme == "magazine" else ""
    og_img = f"<meta content='{attr(image)}' property='og:image'/>" if image else ""
    return (f"<!DOCTYPE html>\n<html class='v2' dir='ltr' lang='id' xmlns='http://www.w3.org/1999/xhtml' "
            f"xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' "
            f"xmlns:expr='http://www.google.com/2005/gml/expr'>\n<head>\n<meta charset='UTF-8'/>"
            f"<meta content='width=device-width, initial-scale=1' name='viewport'/>\n<title>{esc(title)}</title>\n"
            f"<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>"
            f"<meta content='blogger' name='generator'/>\n<link href='{site.url('/favicon.ico')}' rel='icon' "
            f"type='image/x-icon'/>\n<link href='{attr(canonical)}' rel='canonical'/>\n"
            f"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{attr(s.title)} - Atom\" href=\"{feed}\" />\n"
            f"<link rel=\"alternate\" type=\"application/rss+xml\" title=\"{attr(s.title)} - RSS\" "
            f"href=\"{feed}?alt=rss\" />\n<link rel=\"service.post\" type=\"application/atom+xml\" title=\""
            f"{attr(s.title)} - Atom\" href=\"https://www.blogger.com/feeds/{site.blog_id}/posts/default\" />\n"
            f"<meta content='{attr(desc)}' name='description'/>\n<meta content='{attr(canonical)}' property='og:url'/>"
            f"<meta content='{attr(og_title or title)}' property='og:title'/><meta content='{attr(desc)}' property='og:description'/>"
            f"{og_img}{og_site}<meta content='{og_type}' property='og:type'/>"
            f"<meta content='summary_large_image' name='twitter:card'/>\n<style id='page-skin-1' type='text/css'>"
            f"<!--\n{CSS}\n--></style>\n<script type='text/javascript'>var blogId='{site.blog_id}';</script>\n</head>\n")


def _top(site: "MirrorSite", st: "State", mobile: bool, item: bool) -> str:
    s = site.spec
    menu = "".join(f"<li><a href='{_u(site, '/search/label/' + label_path(x), mobile)}'>{esc(x)}</a></li>"
                   for x in MENU)
    name = f"<h1 class='title'><a href='{_u(site, '/', mobile)}'>{esc(s.title)}</a></h1>" if not item else \
        f"<div class='title'><a href='{_u(site, '/', mobile)}'>{esc(s.title)}</a></div>"
    out = (f"<body class='{'item-view' if item else 'index'} version-1-3-3'>\n<div class='outer'>\n"
           f"<nav class='top-nav' id='menu'><ul><li><a href='{_u(site, '/', mobile)}'>Beranda</a></li>{menu}"
           f"<li><a href='{_u(site, '/p/redaksi.html', mobile)}'>Redaksi</a></li></ul></nav>\n"
           f"<header class='header-outer'><div class='header section' id='header'><div class='widget Header' "
           f"id='Header1'><div id='header-inner'><div class='titlewrapper'>{name}</div><div class='descriptionwrapper'>"
           f"<p class='description'><span>{esc(s.description)}</span></p></div></div></div></div></header>\n")
    if not mobile:
        news = " &#8226; ".join(f"<a href='{site.post_url(p)}'>{esc(p.title)}</a>" for p in st.by_pub[:5])
        out += (f"<div class='ticker breaking-news'><span class='ticker-title'>Breaking News</span>"
                f"<marquee behavior='scroll' direction='left' scrollamount='4'>{news}</marquee></div>\n")
    return out


def _sidebar(site: "MirrorSite", st: "State", exclude: int | None) -> str:
    def make() -> str:
        years: dict[int, dict[int, int]] = {}
        for p in st.by_pub:
            t = p.published.astimezone(site.tz)
            years.setdefault(t.year, {}).setdefault(t.month, 0)
            years[t.year][t.month] += 1
        arch = "".join(
            f"<li class='archivedate'><a class='post-count-link' href='{site.url(f'/{y}/')}'>{y}</a> "
            f"<span class='post-count' dir='ltr'>({sum(ms.values())})</span><ul class='hierarchy'>"
            + "".join(f"<li class='archivedate'><a class='post-count-link' href='{site.url(f'/{y}/{m:02d}/')}'>"
                      f"{month_name(m)}</a> <span class='post-count' dir='ltr'>({c})</span></li>"
                      for m, c in sorted(ms.items(), reverse=True)) + "</ul></li>"
            for y, ms in sorted(years.items(), reverse=True))
        cloud = " ".join(f"<span class='label-size label-size-{min(5, 1 + c // 3)}'><a dir='ltr' href="
                         f"'{site.url('/search/label/' + label_path(t))}'>{esc(t)}</a></span>"
                         for t, c in sorted(st.labels.items()))
        return (f"<div class='widget BlogArchive' id='BlogArchive1'><h2>Arsip Blog</h2><div class='widget-content'>"
                f"<div id='ArchiveList'><ul class='hierarchy'>{arch}</ul></div></div></div>\n<div class='widget Label' "
                f"id='Label1'><h2>Label</h2><div class='widget-content cloud-label-widget-content'>{cloud}</div></div>")

    rest = st.cached(("sidebar",), make)
    n = len(st.by_pub)
    picks: list[Post] = []
    for k in range(n):
        p = st.by_pub[((exclude or 0) // 7 + k * 13) % n]
        if p.id != exclude and all(p.id != x.id for x in picks):
            picks.append(p)
        if len(picks) == 5:
            break
    pop = "".join(f"<li><div class='item-content'><div class='item-title'><a href='{site.post_url(p)}'>{esc(p.title)}"
                  f"</a></div><div class='item-snippet'>{esc(snippet(p, 120))}</div></div></li>" for p in picks)
    return (f"<aside class='sidebar section' id='sidebar'><div class='widget PopularPosts' id='PopularPosts1'>"
            f"<h2>Entri Populer</h2><div class='widget-content popular-posts'><ul>{pop}</ul></div></div>\n"
            f"{rest}</aside>\n")


def _footer(site: "MirrorSite", mobile: bool) -> str:
    year = site.generator.cfg.start.year
    return (f"<div class='clear'></div>\n<footer class='footer-outer'><div class='footer-inner'>Copyright &#169; {year} "
            f"{esc(site.spec.title)} | <a href='{_u(site, '/p/redaksi.html', mobile)}'>Redaksi</a> | "
            f"<a href='{_u(site, '/p/pedoman-media-siber.html', mobile)}'>Pedoman Media Siber</a></div>"
            f"<div class='widget Attribution' id='Attribution1'><div class='widget-content' style='text-align: center;'>"
            f"Diberdayakan oleh <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></footer>\n"
            f"</div>\n<script type='text/javascript' src='https://www.blogger.com/static/v1/widgets/widgets.js'></script>"
            f"\n<script type='text/javascript'>window['__wavt'] = 'AOuZoY';_WidgetManager._Init('//www.blogger.com/"
            f"rearrange?blogID={site.blog_id}','//{site.url('/')[7:]}','{site.blog_id}');"
            f"_WidgetManager._SetDataContext([{{'name': 'blog', 'data': {{'blogId': '{site.blog_id}', "
            f"'locale': 'id', 'title': '{attr(site.spec.title)}'}}}}]);</script>\n</body>\n</html>\n")


def page_links(site: "MirrorSite", post: Post, page: int | str, mobile: bool) -> str:
    """The hand-made pager of a post split over pages: "Halaman N" links, "Selanjutnya »", and on page 1 of
    some posts a single-page view ("Tampilkan semua", ``?page=all``)."""
    if post.pages <= 1 or page == "all":
        return ""
    base = _u(site, site.post_path(post), mobile)

    def href(k: int | str) -> str:
        return base if k == 1 else base + ("&" if "?" in base else "?") + f"page={k}"

    parts = []
    if page > 1:
        parts.append(f"<a class='halaman-prev' href='{attr(href(page - 1))}'>&#171; Sebelumnya</a>")
    parts += [f"<b>Halaman {k}</b>" if k == page else f"<a href='{attr(href(k))}'>Halaman {k}</a>"
              for k in range(1, post.pages + 1)]
    if page < post.pages:
        parts.append(f"<a class='halaman-next' href='{attr(href(page + 1))}'>Selanjutnya &#187;</a>")
    out = f"<div class='halaman' style='text-align: center;'>{' '.join(parts)}</div>"
    if page == 1 and post.single_view:
        out += (f"<div class='halaman-semua' style='text-align: center;'><a href='{attr(href('all'))}'>"
                f"Tampilkan semua</a></div>")
    return out


def post_page(site: "MirrorSite", st: "State", post: Post, mobile: bool = False, page: int | str = 1) -> str:
    """The post page; ``page`` N of a multi-page post shows its N-th part, ``"all"`` the whole post."""
    s, url = site.spec, site.post_url(post)
    magazine = s.theme == "magazine"
    t = post.published.astimezone(site.tz)
    image = site.url(f"/img/{post.id}.gif") if post.image else None
    title = post.title if magazine else f"{post.title} - {s.title}"
    h = "h3" if magazine or mobile else "h1"
    newer_older = ""
    i = st.pub_index[post.id]
    if i > 0:
        newer_older += (f"<span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='"
                        f"{_u(site, site.post_path(st.by_pub[i - 1]), mobile)}' id='Blog1_blog-pager-newer-link' "
                        f"title='Postingan Lebih Baru'>Postingan Lebih Baru</a></span>\n")
    if i + 1 < len(st.by_pub):
        newer_older += (f"<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='"
                        f"{_u(site, site.post_path(st.by_pub[i + 1]), mobile)}' id='Blog1_blog-pager-older-link' "
                        f"title='Postingan Lama'>Postingan Lama</a></span>\n")
    byline = (f"<span class='post-author vcard'>Diposting oleh <span class='fn' itemprop='author' itemscope='itemscope' "
              f"itemtype='http://schema.org/Person'><span itemprop='name'>{esc(post.author)}</span></span></span>\n"
              if post.author else "")
    shown_date = id_md_date(t) if magazine else f"{t:%H.%M}"
    labels = ", ".join(f"<a href='{_u(site, '/search/label/' + label_path(x), mobile)}' rel='tag'>{esc(x)}</a>"
                       for x in post.labels)
    enc_url, enc_title = quote(url, safe=""), quote(post.title, safe="")
    comments_feed = site.url(f"/feeds/{post.id}/comments/default")
    date_header = "" if magazine else \
        f"<h2 class='date-header'><span>{id_long_date(t)}</span></h2>\n"
    return "".join([
        _head(site, title, url, snippet(post, 150), image, "article", post.title),
        _top(site, st, mobile, item=True),
        "<div class='main-wrapper'><main class='main section' id='main'><div class='widget Blog' id='Blog1'>\n"
        "<div class='blog-posts hfeed'>\n<div class='date-outer'>\n", date_header,
        f"<div class='date-posts'><div class='post-outer'><div class='post hentry uncustomized-post-template' "
        f"itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>\n"
        f"<meta content='{image or ''}' itemprop='image_url'/><meta content='{site.blog_id}' itemprop='blogId'/>"
        f"<meta content='{post.id}' itemprop='postId'/>\n<a name='{post.id}'></a>\n"
        f"<{h} class='post-title entry-title' itemprop='name'>\n{esc(post.title)}\n</{h}>\n"
        f"<div class='post-header'><div class='post-header-line-1'>{byline}<span class='post-timestamp'>"
        f"{'' if magazine else 'pada '}<meta content='{url}' itemprop='url'/><a class='timestamp-link' href='{url}' "
        f"rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' "
        f"title='{post.published.isoformat(timespec='seconds')}'>{shown_date}</abbr></a></span></div></div>\n"
        f"<div class='post-body entry-content' id='post-body-{post.id}' itemprop='description articleBody'>\n",
        site.app.body(post, None if page == "all" else page), page_links(site, post, page, mobile),
        "\n<div style='clear: both;'></div>\n</div>\n<div class='post-footer'><div class='post-share-buttons "
        f"goog-inline-block'><span class='share-title'>Bagikan</span> <a class='share-button sb-facebook' href="
        f"'https://www.facebook.com/sharer.php?u={enc_url}' target='_blank'>Facebook</a> <a class='share-button "
        f"sb-twitter' href='https://twitter.com/intent/tweet?text={enc_title}&amp;url={enc_url}' target='_blank'>"
        f"Twitter</a> <a class='share-button sb-whatsapp' href='https://api.whatsapp.com/send?text={enc_title}%20"
        f"{enc_url}' target='_blank'>WhatsApp</a></div>\n<div class='post-footer-line post-footer-line-2'><span "
        f"class='post-labels'>Label:\n{labels}</span></div></div>\n</div></div></div>\n</div>\n</div>\n"
        f"<div class='blog-pager' id='blog-pager'>\n{newer_older}<a class='home-link' href='{_u(site, '/', mobile)}'>"
        f"Beranda</a>\n</div>\n<div class='clear'></div>\n<div class='post-feeds'><div class='feed-links'>\nLangganan:\n"
        f"<a class='feed-link' href='{comments_feed}' target='_blank' type='application/atom+xml'>Posting Komentar "
        f"(Atom)</a>\n</div></div>\n<div class='comments' id='comments'>\n<a name='comments'></a>\n"
        f"<h4>Belum ada Komentar untuk \"{esc(post.title)}\"</h4>\n<div id='Blog1_comments-block-wrapper'>"
        f"<dl class='avatar-comment-indent' id='comments-block'></dl></div>\n<div class='comment-form'>"
        f"<a name='comment-form'></a>\n<h4 id='comment-post-message'>Posting Komentar</h4>\n<p></p>\n<a href='"
        f"https://www.blogger.com/comment/frame/{site.blog_id}?po={post.id}&amp;hl=id' id='comment-editor-src'></a>"
        f"\n<iframe allowtransparency='true' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0'"
        f" height='410px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe>\n</div>\n</div>\n"
        "</div></main></div>\n",
        "" if mobile else _sidebar(site, st, post.id),
        _footer(site, mobile)])


def list_page(site: "MirrorSite", st: "State", heading: str | None, posts: list[Post], older: str | None,
              mobile: bool = False, home: bool = False) -> str:
    s = site.spec
    items = []
    for p in posts:
        t = p.published.astimezone(site.tz)
        items.append(f"<div class='post-outer'><div class='post hentry'><h2 class='post-title entry-title'><a href='"
                     f"{_u(site, site.post_path(p), mobile)}'>{esc(p.title)}</a></h2><div class='post-header'><abbr "
                     f"class='published' title='{p.published.isoformat(timespec='seconds')}'>{id_long_date(t)}</abbr>"
                     f"</div><div class='post-body entry-content'><div class='post-snippet'>{esc(snippet(p, 200))}"
                     f"</div></div><a class='read-more' href='{_u(site, site.post_path(p), mobile)}'>Baca selengkapnya"
                     f" &#187;</a></div></div>\n")
    status = f"<div class='status-msg-wrap'><div class='status-msg-body'>{esc(heading)}</div></div>\n" if heading else ""
    pager = "<div class='blog-pager' id='blog-pager'>"
    if older:
        pager += (f"<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{attr(site.url(older))}' "
                  f"title='Postingan Lama'>Postingan Lama</a></span>")
    if not home:
        pager += f"<a class='home-link' href='{_u(site, '/', mobile)}'>Beranda</a>"
    pager += "</div>\n"
    title = s.title if home else f"{s.title}: {heading or 'Arsip'}"
    return "".join([_head(site, title, site.url("/") if home else site.url("/search"), s.description, None, "website"),
                    _top(site, st, mobile, item=False),
                    "<div class='main-wrapper'><main class='main section' id='main'><div class='widget Blog' id='Blog1'>"
                    f"\n{status}<div class='blog-posts hfeed'>\n", "".join(items) or "<p>Tidak ada postingan.</p>",
                    f"</div>\n{pager}</div></main></div>\n", "" if mobile else _sidebar(site, st, None),
                    _footer(site, mobile)])


def not_found_page(site: "MirrorSite", st: "State") -> str:
    return "".join([_head(site, site.spec.title, site.url("/"), site.spec.description, None, "website"),
                    _top(site, st, False, item=False),
                    "<div class='main-wrapper'><main class='main section' id='main'><div class='status-msg-wrap'>"
                    "<div class='status-msg-body'>Maaf, halaman yang Anda cari di blog ini tidak ada.</div></div>"
                    f"<p><a href='{site.url('/')}'>Beranda</a></p></main></div>\n", _sidebar(site, st, None),
                    _footer(site, False)])


def static_page(site: "MirrorSite", st: "State", path: str) -> str:
    title, body = STATIC_PAGES[path]
    return "".join([_head(site, f"{title} - {site.spec.title}", site.url(path), title, None, "article"),
                    _top(site, st, False, item=True),
                    f"<div class='main-wrapper'><main class='main section' id='main'><div class='post hentry'>"
                    f"<h3 class='post-title entry-title'>{esc(title)}</h3><div class='post-body entry-content'>{body}"
                    f"</div></div></main></div>\n", _sidebar(site, st, None), _footer(site, False)])
