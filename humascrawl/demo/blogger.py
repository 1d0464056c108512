"""Blogger endpoints: post pages, listings, the GData feeds (Atom / JSON / JSON-in-script / RSS), sitemaps."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, unquote, urlencode

from . import blogger_html as H
from .common import (PIXEL_GIF, XML, Response, body_html, iso_ms, iso_utc, json_response, parse_time, rfc822,
                     snippet, text_response, xesc)
from .content import Post, _u64

if TYPE_CHECKING:
    from .mirror import MirrorSite, State

ATOM = "application/atom+xml; charset=UTF-8"
NS = {"xmlns": "http://www.w3.org/2005/Atom", "xmlns$openSearch": "http://a9.com/-/spec/opensearchrss/1.0/",
      "xmlns$blogger": "http://schemas.google.com/blogger/2008", "xmlns$georss": "http://www.georss.org/georss",
      "xmlns$gd": "http://schemas.google.com/g/2005", "xmlns$thr": "http://purl.org/syndication/thread/1.0"}
SITEMAP_PAGE = 150
MAX_RESULTS = 150
CALLBACK_RE = re.compile(r"^[A-Za-z_$][\w$.]{0,99}$")
POST_RE = re.compile(r"^/(\d{4})/(\d{2})/([^/]+)\.html$")
MONTH_RE = re.compile(r"^/(\d{4})/(?:(\d{2})/?)?$|^/(\d{4})_(\d{2})_01_archive\.html$")
FEED_RE = re.compile(r"^/feeds/posts/(default|summary)(?:/-/(.+?))?/?$")
COMMENTS_RE = re.compile(r"^/feeds/(?:(\d+)/)?comments/(default|summary)/?$")


class BadRequest(Exception):
    pass


def to_xml(name: str, node: dict) -> str:
    """Blogger's JSON feed is a mechanical copy of the Atom XML; this turns it back into XML."""
    attrs, children, text = [], [], None
    for k, v in node.items():
        if k == "$t":
            text = v
        elif isinstance(v, str):
            attrs.append(f" {k.replace('$', ':')}='{xesc(v)}'")
        elif isinstance(v, list):
            children += [to_xml(k, x) for x in v]
        elif isinstance(v, dict):
            children.append(to_xml(k, v))
    tag = name.replace("$", ":")
    inner = (xesc(text) if text is not None else "") + "".join(children)
    return f"<{tag}{''.join(attrs)}>{inner}</{tag}>" if inner else f"<{tag}{''.join(attrs)}/>"


class BloggerApp:
    def __init__(self, site: "MirrorSite"):
        self.site = site

    # -------------------------------------------------------------- URLs
    def post_path(self, post: Post) -> str:
        t = post.published.astimezone(self.site.tz)
        return f"/{t:%Y}/{t:%m}/{post.slug}.html"

    def default_robots(self) -> str:
        return ("User-agent: Mediapartners-Google\nDisallow: \n\nUser-agent: *\nDisallow: /search\nAllow: /\n\n"
                f"Sitemap: {self.site.url('/sitemap.xml')}\n")

    def body(self, post: Post, page: int | None = None) -> str:
        """The post body HTML, cached per post version: the whole post (what the feed's ``content`` carries)
        or, with ``page``, what page ``page`` of a multi-page post shows."""
        page = page if page is not None and post.pages > 1 else None
        key = ("bbody", post.id, post.version, page)
        hit = self.site.render_cache.get(key)
        if hit is None:
            ref = self.site.archived(post.baca_juga) if post.baca_juga else None
            baca = (ref.title, self.site.post_url(ref)) if ref else None
            image = self.site.url(f"/img/{post.id}.gif") if post.image else None
            hit = self.site.render_cache[key] = body_html(post, baca=baca, image_url=image, wordpress=False,
                                                          page=page)
        return hit

    # -------------------------------------------------------------- dispatch
    def handle(self, st: "State", path_q: str) -> Response:
        path, _, query = path_q.partition("?")
        if path == "/robots.txt":
            return text_response(self.site.robots_txt, content_type="text/plain; charset=UTF-8")
        if path.startswith("/img/") or path == "/favicon.ico":
            return Response(200, PIXEL_GIF, "image/gif")
        return st.cached(path_q, lambda: self._route(st, unquote(path), dict(parse_qsl(query, True))))

    def _route(self, st: "State", path: str, q: dict[str, str]) -> Response:
        site = self.site
        mobile = q.get("m") == "1"
        try:
            if path in ("/", "/index.html"):
                return self._listing(st, st.by_pub, q, None, mobile, home=True)
            if m := POST_RE.match(path):
                post = st.by_path.get(path)
                if post is None:
                    return self._not_found(st)
                # Blogger has no paging of its own: outlets link ?page=N (and ?page=all) by hand; any other
                # value of page is ignored, as Blogger ignores unknown parameters.
                view = q.get("page", "")
                page: int | str = "all" if view == "all" and post.pages > 1 else \
                    int(view) if view.isdigit() and 1 <= int(view) <= post.pages else 1
                r = text_response(H.post_page(site, st, post, mobile, page))
                r.last_modified = post.updated
                return r
            if m := MONTH_RE.match(path):
                y, mo = (m.group(1), m.group(2) or "") if m.group(1) else (m.group(3), m.group(4))
                fmt = "%Y%m" if mo else "%Y"
                posts = [p for p in st.by_pub if p.published.astimezone(site.tz).strftime(fmt) == y + mo]
                title = f"Arsip {H.month_name(int(mo))} {y}" if mo else f"Arsip {y}"
                return self._listing(st, posts, q, title, mobile) if posts else self._not_found(st)
            if path.startswith("/search/label/"):
                label = path[len("/search/label/"):].rstrip("/")
                posts = [p for p in st.by_pub if label in p.labels]
                return self._listing(st, posts, q, f"Menampilkan postingan dengan label {label}", mobile,
                                     label=label)
            if path in ("/search", "/search/"):
                posts = st.by_pub
                if q.get("q"):
                    needle = q["q"].lower()
                    posts = [p for p in posts if needle in p.title.lower() or needle in p.text.lower()]
                return self._listing(st, posts, q, f"Hasil penelusuran untuk {q['q']}" if q.get("q") else None,
                                     mobile)
            if m := FEED_RE.match(path):
                return self._feed(st, q, summary=m.group(1) == "summary", label=m.group(2), path=path)
            if path in ("/atom.xml", "/rss.xml"):
                q.setdefault("alt", "rss" if path == "/rss.xml" else "atom")
                return self._feed(st, q, summary=False, label=None, path="/feeds/posts/default")
            if m := COMMENTS_RE.match(path):
                if m.group(1) and int(m.group(1)) not in st.by_id:
                    return text_response("Not Found", 404, "text/plain; charset=UTF-8")
                return self._comments_feed(st, q, path)
            if path == "/sitemap.xml":
                return self._sitemap(st, q)
            if path == "/sitemap-pages.xml":
                urls = "".join(f"<url><loc>{xesc(site.url(p))}</loc><lastmod>{iso_utc(site.generator.cfg.start)}"
                               f"</lastmod></url>" for p in H.STATIC_PAGES)
                return text_response(f"<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org"
                                     f"/schemas/sitemap/0.9'>{urls}</urlset>", content_type=XML)
            if path in H.STATIC_PAGES:
                return text_response(H.static_page(site, st, path))
            return self._not_found(st)
        except BadRequest as e:
            return text_response(str(e), 400, "text/plain; charset=UTF-8")

    def _not_found(self, st: "State") -> Response:
        return text_response(H.not_found_page(self.site, st), 404)

    # -------------------------------------------------------------- HTML listings
    def _listing(self, st, posts, q, heading, mobile, home=False, label=None) -> Response:
        n = _int(q, "max-results", 7 if home or label is None else 20, 1, 500)
        if "updated-max" in q:
            before = _time(q["updated-max"], self.site.tz)
            posts = [p for p in posts if p.published < before]
        page = posts[:n]
        older = None
        if len(posts) > n:
            base = f"/search/label/{label}" if label else "/search"
            older = f"{base}?updated-max={page[-1].published.isoformat(timespec='seconds')}&max-results={n}"
        return text_response(H.list_page(self.site, st, heading, page, older, mobile, home=home))

    # -------------------------------------------------------------- feeds
    def _filter(self, st, q, label):
        orderby = q.get("orderby", "published")
        if orderby not in ("published", "updated"):
            raise BadRequest(f"Invalid orderby value: {orderby}")
        posts = st.by_upd if orderby == "updated" else st.by_pub
        if label:
            wanted = label.lower()
            posts = [p for p in posts if any(x.lower() == wanted for x in p.labels)]
        tz = self.site.tz
        if "published-min" in q:
            lo = _time(q["published-min"], tz)
            posts = [p for p in posts if p.published >= lo]
        if "published-max" in q:
            hi = _time(q["published-max"], tz)
            posts = [p for p in posts if p.published < hi]
        if orderby == "updated":  # Blogger ignores updated-min/-max unless orderby=updated
            if "updated-min" in q:
                lo = _time(q["updated-min"], tz)
                posts = [p for p in posts if p.updated >= lo]
            if "updated-max" in q:
                hi = _time(q["updated-max"], tz)
                posts = [p for p in posts if p.updated < hi]
        if q.get("q"):
            needle = q["q"].lower()
            posts = [p for p in posts if needle in p.title.lower() or needle in p.text.lower()]
        return posts

    def _feed(self, st, q, *, summary: bool, label: str | None, path: str) -> Response:
        alt = q.get("alt", "atom")
        if alt not in ("atom", "json", "json-in-script", "rss"):
            raise BadRequest(f"Invalid alt parameter: {alt}")
        posts = self._filter(st, q, label)
        start = _int(q, "start-index", 1, 1, None)
        n = min(_int(q, "max-results", 25, 0, None), MAX_RESULTS)
        page = posts[start - 1:start - 1 + n]
        site = self.site
        links = [{"rel": "http://schemas.google.com/g/2005#feed", "type": "application/atom+xml",
                  "href": site.url("/feeds/posts/default")},
                 {"rel": "self", "type": "application/atom+xml", "href": site.url(path) + _qs(q)},
                 {"rel": "alternate", "type": "text/html",
                  "href": site.url(f"/search/label/{label}" if label else "/")},
                 {"rel": "hub", "href": "http://pubsubhubbub.appspot.com/"}]
        if start - 1 + n < len(posts) and n:
            links.append({"rel": "next", "type": "application/atom+xml",
                          "href": site.url(path) + _qs({**q, "start-index": str(start + n), "max-results": str(n)})})
        feed = {**NS, "id": {"$t": f"tag:blogger.com,1999:blog-{site.blog_id}"},
                "updated": {"$t": iso_ms(st.by_upd[0].updated if st.by_upd else site.generator.cfg.start)},
                "category": [{"term": t} for t in sorted(st.labels)],
                "title": {"type": "text", "$t": site.spec.title},
                "subtitle": {"type": "html", "$t": site.spec.description},
                "link": links, "author": [self._author(None)],
                "generator": {"version": "7.00", "uri": "http://www.blogger.com", "$t": "Blogger"},
                "openSearch$totalResults": {"$t": str(len(posts))},
                "openSearch$startIndex": {"$t": str(start)},
                "openSearch$itemsPerPage": {"$t": str(n)}}
        if page:
            feed["entry"] = [self._entry(p, summary) for p in page]
        if alt == "rss":
            return self._rss(feed, page)
        if alt == "atom":
            return text_response("<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet href=\"https://www.blogger"
                                 ".com/styles/atom.css\" type=\"text/css\"?>" + to_xml("feed", feed), content_type=ATOM)
        doc = {"version": "1.0", "encoding": "UTF-8", "feed": feed}
        if alt == "json":
            return json_response(doc, blogger_style=True)
        cb = q.get("callback") or "gdata.io.handleScriptLoaded"
        if not CALLBACK_RE.match(cb):
            raise BadRequest("Invalid callback parameter")
        body = json_response(doc, blogger_style=True).body
        return Response(200, b"// API callback\n" + cb.encode() + b"(" + body + b");",
                        "text/javascript; charset=UTF-8")

    def _author(self, name: str | None) -> dict:
        if name is None:
            return {"name": {"$t": "Unknown"}, "email": {"$t": "noreply@blogger.com"},
                    "gd$image": {"rel": "http://schemas.google.com/g/2005#thumbnail", "width": "16", "height": "16",
                                 "src": "https://img1.blogblog.com/img/b16-rounded.gif"}}
        pid = f"{_u64('profile', name, self.site.blog_id) % 10 ** 20:020d}"
        return {"name": {"$t": name}, "uri": {"$t": f"http://www.blogger.com/profile/{pid}"},
                "email": {"$t": "noreply@blogger.com"},
                "gd$image": {"rel": "http://schemas.google.com/g/2005#thumbnail", "width": "16", "height": "16",
                             "src": "https://img1.blogblog.com/img/b16-rounded.gif"}}

    def _entry(self, post: Post, summary: bool) -> dict:
        key = ("bentry", post.id, post.version, summary)
        hit = self.site.render_cache.get(key)
        if hit is not None:
            return hit
        site, url = self.site, self.site.post_url(post)
        api = f"https://www.blogger.com/feeds/{site.blog_id}/posts/default/{post.id}"
        e = {"id": {"$t": f"tag:blogger.com,1999:blog-{site.blog_id}.post-{post.id}"},
             "published": {"$t": iso_ms(post.published)}, "updated": {"$t": iso_ms(post.updated)},
             "category": [{"scheme": "http://www.blogger.com/atom/ns#", "term": t} for t in post.labels],
             "title": {"type": "text", "$t": post.title}}
        if summary:
            e["summary"] = {"type": "text", "$t": snippet(post, 400)}
        else:
            e["content"] = {"type": "html", "$t": self.body(post)}
        e["link"] = [{"rel": "replies", "type": "application/atom+xml",
                      "href": site.url(f"/feeds/{post.id}/comments/default"), "title": "Posting Komentar"},
                     {"rel": "replies", "type": "text/html", "href": url + "#comment-form", "title": "0 Komentar"},
                     {"rel": "edit", "type": "application/atom+xml", "href": api},
                     {"rel": "self", "type": "application/atom+xml", "href": api},
                     {"rel": "alternate", "type": "text/html", "href": url, "title": post.title}]
        e["author"] = [self._author(post.author)]
        if post.image:
            e["media$thumbnail"] = {"xmlns$media": "http://search.yahoo.com/mrss/",
                                    "url": site.url(f"/img/{post.id}.gif"), "height": "72", "width": "72"}
        e["thr$total"] = {"$t": "0"}
        site.render_cache[key] = e
        return e

    def _rss(self, feed: dict, page: list[Post]) -> Response:
        site = self.site
        items = []
        for p, e in zip(page, feed.get("entry", [])):
            cats = "".join(f"<category domain='http://www.blogger.com/atom/ns#'>{xesc(c['term'])}</category>"
                           for c in e["category"])
            desc = e["content"]["$t"] if "content" in e else e["summary"]["$t"]
            items.append(f"<item><guid isPermaLink='false'>{e['id']['$t']}</guid><pubDate>{rfc822(p.published)}"
                         f"</pubDate><atom:updated>{e['updated']['$t']}</atom:updated>{cats}<title>{xesc(p.title)}"
                         f"</title><description>{xesc(desc)}</description><link>{xesc(site.post_url(p))}</link>"
                         f"<author>noreply@blogger.com ({xesc(p.author or 'Unknown')})</author>"
                         f"<thr:total>0</thr:total></item>")
        os_ = "".join(f"<openSearch:{k}>{feed['openSearch$' + k]['$t']}</openSearch:{k}>"
                      for k in ("totalResults", "startIndex", "itemsPerPage"))
        body = (f"<?xml version='1.0' encoding='UTF-8'?><rss xmlns:atom='http://www.w3.org/2005/Atom' "
                f"xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com"
                f"/blogger/2008' xmlns:georss='http://www.georss.org/georss' xmlns:gd='http://schemas.google.com/g/2005'"
                f" xmlns:thr='http://purl.org/syndication/thread/1.0' version='2.0'><channel><atom:id>{feed['id']['$t']}"
                f"</atom:id><lastBuildDate>{rfc822(parse_time(feed['updated']['$t'], site.tz))}</lastBuildDate>"
                f"<title>{xesc(site.spec.title)}</title><description>{xesc(site.spec.description)}</description>"
                f"<link>{xesc(site.url('/'))}</link><managingEditor>noreply@blogger.com (Unknown)</managingEditor>"
                f"<generator>Blogger</generator>{os_}{''.join(items)}</channel></rss>")
        return text_response(body, content_type="application/rss+xml; charset=UTF-8")

    def _comments_feed(self, st, q, path) -> Response:
        feed = {**NS, "id": {"$t": f"tag:blogger.com,1999:blog-{self.site.blog_id}.comments"},
                "updated": {"$t": iso_ms(st.by_upd[0].updated if st.by_upd else self.site.generator.cfg.start)},
                "title": {"type": "text", "$t": self.site.spec.title},
                "link": [{"rel": "self", "type": "application/atom+xml", "href": self.site.url(path) + _qs(q)}],
                "author": [self._author(None)],
                "generator": {"version": "7.00", "uri": "http://www.blogger.com", "$t": "Blogger"},
                "openSearch$totalResults": {"$t": "0"}, "openSearch$startIndex": {"$t": "1"},
                "openSearch$itemsPerPage": {"$t": "25"}}
        if q.get("alt") in ("json", "json-in-script"):
            doc = json_response({"version": "1.0", "encoding": "UTF-8", "feed": feed}, blogger_style=True)
            if q["alt"] == "json":
                return doc
            cb = q.get("callback") or "gdata.io.handleScriptLoaded"
            if not CALLBACK_RE.match(cb):
                raise BadRequest("Invalid callback parameter")
            return Response(200, b"// API callback\n" + cb.encode() + b"(" + doc.body + b");",
                            "text/javascript; charset=UTF-8")
        return text_response("<?xml version='1.0' encoding='UTF-8'?>" + to_xml("feed", feed), content_type=ATOM)

    # -------------------------------------------------------------- sitemaps
    def _sitemap(self, st, q) -> Response:
        site, posts = self.site, st.by_pub
        pages = max(1, -(-len(posts) // SITEMAP_PAGE))
        head = "<?xml version='1.0' encoding='UTF-8'?>"
        if "page" not in q:
            maps = "".join(f"<sitemap><loc>{xesc(site.url(f'/sitemap.xml?page={i}'))}</loc></sitemap>"
                           for i in range(1, pages + 1))
            return text_response(f"{head}<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{maps}"
                                 f"</sitemapindex>", content_type=XML)
        n = _int(q, "page", 1, 1, None)
        chunk = posts[(n - 1) * SITEMAP_PAGE:n * SITEMAP_PAGE]
        urls = "".join(f"<url><loc>{xesc(site.post_url(p))}</loc><lastmod>{iso_utc(p.updated)}</lastmod></url>"
                       for p in chunk)
        return text_response(f"{head}<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{urls}</urlset>",
                             content_type=XML)


def _int(q: dict, name: str, default: int, lo: int, hi: int | None) -> int:
    if name not in q or q[name] == "":
        return default
    try:
        v = int(q[name])
    except ValueError:
        raise BadRequest(f"Invalid {name} value: {q[name]}") from None
    if v < lo:
        raise BadRequest(f"{name} must be >= {lo}")
    return min(v, hi) if hi is not None else v


def _time(value: str, tz):
    try:
        return parse_time(value, tz)
    except ValueError:
        raise BadRequest(f"Invalid date/time value: {value}") from None


def _qs(q: dict) -> str:
    return "?" + urlencode(q) if q else ""

