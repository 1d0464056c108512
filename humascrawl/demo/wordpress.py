"""WordPress endpoints: post pages, archives, the REST API (wp/v2), core sitemaps and the RSS2 feed."""

from __future__ import annotations

import re
import zlib
from datetime import timezone
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, unquote, urlencode

from . import wordpress_html as H
from .common import (PIXEL_GIF, XML, Response, body_html, json_response, parse_time, rfc822, snippet,
                     text_response, xesc)
from .content import Post, slugify_wordpress

if TYPE_CHECKING:
    from .mirror import MirrorSite, State

WP_VERSION = "6.5.2"
SITEMAP_MAX = 2000
POST_RE = re.compile(r"^/(\d{4})/(\d{2})/(\d{2})/([^/]+?)(?:/(\d+))?(/|/amp/?)?$")  # /N/: page N (<!--nextpage-->)
TERM_RE = re.compile(r"^/(category|tag|author)/([^/]+)/(?:(feed)/?|page/(\d+)/?)?$")
ORDERBY = ("date", "modified", "id", "title", "slug")


class RestError(Exception):
    def __init__(self, status: int, code: str, message: str, params: dict | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.params = status, code, message, params

    def response(self) -> Response:
        data: dict = {"status": self.status}
        if self.params:
            data["params"] = self.params
            data["details"] = {k: {"code": "rest_out_of_bounds" if "between" in v else "rest_invalid_param",
                                   "message": v, "data": None} for k, v in self.params.items()}
        return json_response({"code": self.code, "message": self.message, "data": data}, self.status)


def _invalid(name: str, why: str) -> RestError:
    return RestError(400, "rest_invalid_param", f"Invalid parameter(s): {name}", {name: why})


def term_id(name: str) -> int:
    return 2 + zlib.crc32(name.encode()) % 9000


def user_id(name: str) -> int:
    return 2 + zlib.crc32(("user:" + name).encode()) % 97


def _wp_time(dt) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S")


class WordPressApp:
    def __init__(self, site: "MirrorSite"):
        self.site = site

    # -------------------------------------------------------------- URLs
    def post_path(self, post: Post) -> str:
        t = post.published.astimezone(self.site.tz)
        return f"/{t:%Y/%m/%d}/{post.slug}/"

    def image_url(self, post: Post) -> str:
        t = post.published.astimezone(self.site.tz)
        return self.site.url(f"/wp-content/uploads/{t:%Y/%m}/foto-{post.id}-1024x576.gif")

    def term_link(self, taxonomy: str, name: str) -> str:
        return self.site.url(f"/{'category' if taxonomy == 'category' else 'tag'}/{slugify_wordpress(name)}/")

    def default_robots(self) -> str:
        return ("User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
                f"Sitemap: {self.site.url('/wp-sitemap.xml')}\n")

    def page_url(self, post: Post, page: int) -> str:
        """Page ``page`` of a post split with ``<!--nextpage-->``: ``/YYYY/MM/DD/slug/N/`` (page 1 is the post URL)."""
        return self.site.post_url(post) + (f"{page}/" if page > 1 else "")

    def body(self, post: Post, page: int | None = None) -> str:
        """The post body HTML (REST ``content.rendered`` and the feed carry the whole post, ``page=None``)."""
        page = page if page is not None and post.pages > 1 else None
        key = ("wbody", post.id, post.version, page)
        hit = self.site.render_cache.get(key)
        if hit is None:
            ref = self.site.archived(post.baca_juga) if post.baca_juga else None
            baca = (ref.title, self.site.post_url(ref)) if ref else None
            hit = self.site.render_cache[key] = body_html(
                post, baca=baca, image_url=self.image_url(post) if post.image else None, wordpress=True, page=page)
        return hit

    # -------------------------------------------------------------- dispatch
    def handle(self, st: "State", path_q: str) -> Response:
        path, _, query = path_q.partition("?")
        if path == "/robots.txt":
            return text_response(self.site.robots_txt, content_type="text/plain; charset=UTF-8")
        if path.startswith("/wp-content/") or path == "/favicon.ico":
            return Response(200, PIXEL_GIF, "image/gif")
        return st.cached(path_q, lambda: self._route(st, unquote(path), dict(parse_qsl(query, True))))

    def _route(self, st: "State", path: str, q: dict[str, str]) -> Response:
        site = self.site
        try:
            if path.startswith("/wp-json"):
                return self._rest(st, path[len("/wp-json"):] or "/", q)
            if path == "/" and "rest_route" in q:
                return self._rest(st, q.pop("rest_route") or "/", q)
        except RestError as e:
            return e.response()
        if path == "/" and q.get("p", "").isdigit():
            post = st.by_id.get(int(q["p"]))
            return self._redirect(site.post_url(post)) if post else self._not_found(st)
        if path in ("/feed/", "/feed", "/feed/rss2/") or (path == "/" and q.get("feed") == "rss2"):
            return self._rss(st, st.by_pub, q, site.url("/feed/"))
        if path == "/" or re.fullmatch(r"/page/\d+/?", path):
            n = int(path.strip("/").split("/")[-1]) if path != "/" else int(q.get("paged", "1") or 1)
            posts = st.by_pub
            if q.get("s"):
                needle = q["s"].lower()
                posts = [p for p in posts if needle in p.title.lower() or needle in p.text.lower()]
            return self._listing(st, posts, n, "/", None if "s" not in q else f"Hasil Pencarian: {q['s']}")
        if m := POST_RE.match(path):
            post = st.by_path.get(f"/{m.group(1)}/{m.group(2)}/{m.group(3)}/{m.group(4)}/")
            if post is None:
                return self._not_found(st)
            page = int(m.group(5)) if m.group(5) else 1
            if not 1 <= page <= post.pages or (m.group(5) and page == 1):
                return self._redirect(site.post_url(post))  # as WordPress does for /slug/1/ and past the end
            if not m.group(6):
                return self._redirect(self.page_url(post, page))
            html = H.amp_page(site, st, post) if "amp" in m.group(6) else H.post_page(site, st, post, page)
            r = text_response(html, **self._link_header())
            r.last_modified = post.updated
            return r
        if m := TERM_RE.match(path):
            kind, slug = m.group(1), m.group(2)
            if kind == "author":
                posts = [p for p in st.by_pub if p.author and slugify_wordpress(p.author) == slug]
            else:
                posts = [p for p in st.by_pub
                         if any(slugify_wordpress(x) == slug for x in (p.categories if kind == "category" else p.tags))]
            if not posts:
                return self._not_found(st)
            if m.group(3):
                return self._rss(st, posts, q, site.url(path))
            names = (p.author for p in posts) if kind == "author" else (x for p in posts for x in p.labels)
            name = next((x for x in names if x and slugify_wordpress(x) == slug), slug)
            heading = {"category": "Kategori", "tag": "Tag", "author": "Penulis"}[kind] + f": {name}"
            return self._listing(st, posts, int(m.group(4) or 1), f"/{kind}/{slug}/", heading)
        if path.startswith("/wp-sitemap"):
            return self._sitemap(st, path)
        if path.rstrip("/") + "/" in H.STATIC_PAGES:
            return text_response(H.static_page(site, st, path.rstrip("/") + "/"), **self._link_header())
        return self._not_found(st)

    def _link_header(self) -> dict:
        return {"Link": f'<{self.site.url("/wp-json/")}>; rel="https://api.w.org/"'}

    def _redirect(self, url: str) -> Response:
        return Response(301, b"", "text/html; charset=UTF-8", {"Location": url, "X-Redirect-By": "WordPress"})

    def _not_found(self, st: "State") -> Response:
        return text_response(H.not_found_page(self.site, st), 404, **self._link_header())

    def _listing(self, st, posts, page: int, base: str, heading: str | None) -> Response:
        chunk = posts[(page - 1) * 10:page * 10]
        if not chunk and page > 1:
            return self._not_found(st)
        older = f"{base}page/{page + 1}/" if page * 10 < len(posts) else None
        newer = (base if page == 2 else f"{base}page/{page - 1}/") if page > 1 else None
        return text_response(H.list_page(self.site, st, heading, chunk, older, newer), **self._link_header())

    # -------------------------------------------------------------- REST API
    def _rest(self, st: "State", route: str, q: dict[str, str]) -> Response:
        route = "/" + route.strip("/")
        site = self.site
        if route in ("/", "/wp/v2"):
            return json_response({"name": site.spec.title, "description": site.spec.description,
                                  "url": site.url("/").rstrip("/"), "home": site.url("/").rstrip("/"),
                                  "gmt_offset": str(int(site.tz.utcoffset(None).total_seconds() // 3600)),
                                  "timezone_string": "Asia/Jakarta" if site.spec.tz == "+07:00" else "",
                                  "namespaces": ["oembed/1.0", "wp/v2", "wp-site-health/v1"],
                                  "authentication": [], "routes": {"/wp/v2/posts": {"methods": ["GET"]}}})
        if route == "/wp/v2/posts":
            return self._rest_posts(st, q)
        if m := re.fullmatch(r"/wp/v2/posts/(\d+)", route):
            post = st.by_id.get(int(m.group(1)))
            if post is None:
                raise RestError(404, "rest_post_invalid_id", "Invalid post ID.")
            return json_response(self._post_json(post, "_embed" in q))
        if route in ("/wp/v2/categories", "/wp/v2/tags"):
            tax = "category" if route.endswith("categories") else "post_tag"
            counts: dict[str, int] = {}
            for p in st.by_pub:
                for x in (p.categories if tax == "category" else p.tags):
                    counts[x] = counts.get(x, 0) + 1
            if tax == "category":
                counts.setdefault("Uncategorized", 0)
            terms = [self._term(tax, name, c) for name, c in sorted(counts.items())]
            return self._paged(terms, q, route)
        if route == "/wp/v2/users" or re.fullmatch(r"/wp/v2/users/\d+", route):
            users = {user_id(a): self._user(a) for a in sorted({p.author for p in st.by_pub if p.author})}
            if route == "/wp/v2/users":
                return self._paged(list(users.values()), q, route)
            uid = int(route.rsplit("/", 1)[1])
            if uid not in users:
                raise RestError(404, "rest_user_invalid_id", "Invalid user ID.")
            return json_response(users[uid])
        raise RestError(404, "rest_no_route", "No route was found matching the URL and request method.")

    def _int(self, q, name, default, lo, hi):
        raw = q.get(name, "")
        if raw == "":
            return default
        if not re.fullmatch(r"-?\d+", raw):
            raise _invalid(name, f"{name} is not of type integer.")
        v = int(raw)
        if v < lo or (hi is not None and v > hi):
            raise _invalid(name, f"{name} must be between {lo} (inclusive) and {hi} (inclusive)" if hi
                           else f"{name} must be greater than or equal to {lo}")
        return v

    def _paged(self, items: list, q: dict, route: str, render=lambda x: x) -> Response:
        page, per = self._int(q, "page", 1, 1, None), self._int(q, "per_page", 10, 1, 100)
        total = len(items)
        pages = -(-total // per)
        if page > pages and total > 0:
            raise RestError(400, "rest_post_invalid_page_number",
                            "The page number requested is larger than the number of pages available.")
        base = self.site.url("/wp-json" + route)
        links = []
        if page > 1:
            links.append(f'<{base}?{urlencode({**q, "page": page - 1})}>; rel="prev"')
        if page < pages:
            links.append(f'<{base}?{urlencode({**q, "page": page + 1})}>; rel="next"')
        headers = {"X-WP-Total": str(total), "X-WP-TotalPages": str(pages), "Allow": "GET",
                   "X-Robots-Tag": "noindex", "X-Content-Type-Options": "nosniff",
                   "Access-Control-Expose-Headers": "X-WP-Total, X-WP-TotalPages, Link"}
        if links:
            headers["Link"] = ", ".join(links)
        return json_response([render(x) for x in items[(page - 1) * per:page * per]], headers=headers)

    def _rest_posts(self, st: "State", q: dict[str, str]) -> Response:
        tz = self.site.tz
        orderby = q.get("orderby", "date")
        if orderby not in ORDERBY:
            raise _invalid("orderby", f"orderby is not one of {', '.join(ORDERBY)}.")
        order = q.get("order", "desc")
        if order not in ("asc", "desc"):
            raise _invalid("order", "order is not one of asc and desc.")
        posts = list(st.by_pub)

        def bound(name):
            try:
                return parse_time(q[name], tz)
            except ValueError:
                raise _invalid(name, "Invalid date.") from None

        sec = lambda dt: dt.replace(microsecond=0)  # noqa: E731 - WordPress stores whole seconds
        for name, attr_, cmp in (("after", "published", 1), ("before", "published", -1),
                                 ("modified_after", "updated", 1), ("modified_before", "updated", -1)):
            if q.get(name):
                b = bound(name)
                posts = [p for p in posts if (sec(getattr(p, attr_)) > b if cmp > 0 else sec(getattr(p, attr_)) < b)]
        for name, field in (("categories", "categories"), ("tags", "tags")):
            if q.get(name):
                ids = {int(x) for x in q[name].split(",") if x.strip().isdigit()}
                posts = [p for p in posts if ids & {term_id(x) for x in getattr(p, field)}]
        if q.get("include"):
            ids = {int(x) for x in q["include"].split(",") if x.strip().isdigit()}
            posts = [p for p in posts if p.id in ids]
        if q.get("slug"):
            slugs = set(q["slug"].split(","))
            posts = [p for p in posts if p.slug in slugs]
        if q.get("search"):
            needle = q["search"].lower()
            posts = [p for p in posts if needle in p.title.lower() or needle in p.text.lower()]
        key = {"date": lambda p: (p.published, p.id), "modified": lambda p: (p.updated, p.id),
               "id": lambda p: p.id, "title": lambda p: p.title.lower(), "slug": lambda p: p.slug}[orderby]
        posts.sort(key=key, reverse=order == "desc")
        embed = "_embed" in q
        keep = {f.split(".")[0] for f in q["_fields"].split(",")} if q.get("_fields") else None

        def render(p: Post) -> dict:
            d = self._post_json(p, embed)
            return {k: v for k, v in d.items() if k in keep} if keep else d

        return self._paged(posts, q, "/wp/v2/posts", render)

    def _term(self, tax: str, name: str, count: int | None = None) -> dict:
        """A term as ``/wp/v2/categories`` lists it (with ``count``) or as ``_embed`` embeds it (without)."""
        tid = 1 if name == "Uncategorized" else term_id(name)
        rest = "categories" if tax == "category" else "tags"
        d: dict = {"id": tid}
        if count is not None:
            d.update(count=count, description="")
        d.update(link=self.term_link(tax, name), name=name, slug=slugify_wordpress(name), taxonomy=tax)
        if count is not None:
            d.update({"parent": 0} if tax == "category" else {}, meta=[])
        d["_links"] = {"self": [{"href": self.site.url(f"/wp-json/wp/v2/{rest}/{tid}")}],
                       "collection": [{"href": self.site.url(f"/wp-json/wp/v2/{rest}")}]}
        return d

    def _user(self, name: str) -> dict:
        uid, slug = user_id(name), slugify_wordpress(name)
        avatar = f"https://secure.gravatar.com/avatar/{zlib.crc32(name.encode()):032x}"
        return {"id": uid, "name": name, "url": "", "description": "", "link": self.site.url(f"/author/{slug}/"),
                "slug": slug, "avatar_urls": {s: f"{avatar}?s={s}&d=mm&r=g" for s in ("24", "48", "96")},
                "_links": {"self": [{"href": self.site.url(f"/wp-json/wp/v2/users/{uid}")}],
                           "collection": [{"href": self.site.url("/wp-json/wp/v2/users")}]}}

    def _post_json(self, post: Post, embed: bool) -> dict:
        key = ("wjson", post.id, post.version, embed)
        hit = self.site.render_cache.get(key)
        if hit is not None:
            return hit
        site, tz, utc = self.site, self.site.tz, timezone.utc
        api = site.url(f"/wp-json/wp/v2/posts/{post.id}")
        uid = user_id(post.author or "admin")
        excerpt = snippet(post, 300).rstrip(".") + " [&hellip;]"
        title = post.title.replace("&", "&#038;")
        d = {"id": post.id, "date": _wp_time(post.published.astimezone(tz)),
             "date_gmt": _wp_time(post.published.astimezone(utc)), "guid": {"rendered": site.url(f"/?p={post.id}")},
             "modified": _wp_time(post.updated.astimezone(tz)), "modified_gmt": _wp_time(post.updated.astimezone(utc)),
             "slug": post.slug, "status": "publish", "type": "post", "link": site.post_url(post),
             "title": {"rendered": title}, "content": {"rendered": self.body(post), "protected": False},
             "excerpt": {"rendered": f"<p>{xesc(excerpt).replace('&amp;hellip;', '&hellip;')}</p>\n",
                         "protected": False},
             "author": uid, "featured_media": 0, "comment_status": "open", "ping_status": "open", "sticky": False,
             "template": "", "format": "standard", "meta": {"footnotes": ""},
             "categories": [term_id(c) for c in post.categories], "tags": [term_id(t) for t in post.tags],
             "class_list": [f"post-{post.id}", "post", "type-post", "status-publish", "format-standard", "hentry"]
             + [f"category-{slugify_wordpress(c)}" for c in post.categories]
             + [f"tag-{slugify_wordpress(t)}" for t in post.tags],
             "_links": {"self": [{"href": api}], "collection": [{"href": site.url("/wp-json/wp/v2/posts")}],
                        "about": [{"href": site.url("/wp-json/wp/v2/types/post")}],
                        "author": [{"embeddable": True, "href": site.url(f"/wp-json/wp/v2/users/{uid}")}],
                        "replies": [{"embeddable": True, "href": site.url(f"/wp-json/wp/v2/comments?post={post.id}")}],
                        "version-history": [{"count": post.version, "href": api + "/revisions"}],
                        "wp:attachment": [{"href": site.url(f"/wp-json/wp/v2/media?parent={post.id}")}],
                        "wp:term": [{"taxonomy": "category", "embeddable": True,
                                     "href": site.url(f"/wp-json/wp/v2/categories?post={post.id}")},
                                    {"taxonomy": "post_tag", "embeddable": True,
                                     "href": site.url(f"/wp-json/wp/v2/tags?post={post.id}")}],
                        "curies": [{"name": "wp", "href": "https://api.w.org/{rel}", "templated": True}]}}
        if embed:
            d["_embedded"] = {"author": [self._user(post.author or "admin")],
                              "wp:term": [[self._term("category", c) for c in post.categories],
                                          [self._term("post_tag", t) for t in post.tags]]}
        site.render_cache[key] = d
        return d

    # -------------------------------------------------------------- sitemaps and feed
    def _sitemap(self, st: "State", path: str) -> Response:
        site = self.site
        head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" '
                f'href="{site.url("/wp-sitemap-index.xsl" if path == "/wp-sitemap.xml" else "/wp-sitemap.xsl")}" ?>\n')
        by_id = sorted(st.by_pub, key=lambda p: p.id)
        n_posts = max(1, -(-len(by_id) // SITEMAP_MAX))
        if path == "/wp-sitemap.xml":
            names = [f"posts-post-{i}" for i in range(1, n_posts + 1)] + \
                ["posts-page-1", "taxonomies-category-1", "taxonomies-post_tag-1", "users-1"]
            maps = "".join(f"<sitemap><loc>{site.url(f'/wp-sitemap-{n}.xml')}</loc></sitemap>" for n in names)
            return text_response(f'{head}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{maps}'
                                 f"</sitemapindex>\n", content_type=XML)
        urls: list[tuple[str, str | None]] = []
        if m := re.fullmatch(r"/wp-sitemap-posts-post-(\d+)\.xml", path):
            i = int(m.group(1))
            if not 1 <= i <= n_posts:
                return self._not_found(st)
            urls = [(site.post_url(p), p.updated.astimezone(timezone.utc).isoformat(timespec="seconds"))
                    for p in by_id[(i - 1) * SITEMAP_MAX:i * SITEMAP_MAX]]
        elif path == "/wp-sitemap-posts-page-1.xml":
            urls = [(site.url("/"), None)] + [(site.url(p), None) for p in H.STATIC_PAGES]
        elif path in ("/wp-sitemap-taxonomies-category-1.xml", "/wp-sitemap-taxonomies-post_tag-1.xml"):
            tax = "category" if "category" in path else "post_tag"
            names = sorted({x for p in st.by_pub for x in (p.categories if tax == "category" else p.tags)})
            urls = [(self.term_link(tax, x), None) for x in names]
        elif path == "/wp-sitemap-users-1.xml":
            urls = [(site.url(f"/author/{slugify_wordpress(a)}/"), None)
                    for a in sorted({p.author for p in st.by_pub if p.author})]
        else:
            return self._not_found(st)
        body = "".join(f"<url><loc>{xesc(u)}</loc>" + (f"<lastmod>{lm}</lastmod>" if lm else "") + "</url>"
                       for u, lm in urls)
        return text_response(f'{head}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>\n',
                             content_type=XML)

    def _rss(self, st: "State", posts: list[Post], q: dict, self_url: str) -> Response:
        site = self.site
        page = int(q["paged"]) if q.get("paged", "").isdigit() and int(q["paged"]) > 0 else 1
        chunk = posts[(page - 1) * 10:page * 10]
        if not chunk and page > 1:
            return self._not_found(st)
        items = []
        for p in chunk:
            url = site.post_url(p)
            cats = "".join(f"\n\t\t<category><![CDATA[{x}]]></category>" for x in p.labels)
            items.append(
                f"\t<item>\n\t\t<title>{xesc(p.title)}</title>\n\t\t<link>{xesc(url)}</link>\n\t\t<comments>{xesc(url)}"
                f"#respond</comments>\n\t\t<dc:creator><![CDATA[{p.author or 'admin'}]]></dc:creator>\n\t\t<pubDate>"
                f"{rfc822(p.published)}</pubDate>{cats}\n\t\t<guid isPermaLink=\"false\">{xesc(site.url(f'/?p={p.id}'))}"
                f"</guid>\n\t\t<description><![CDATA[{snippet(p, 300)} [&#8230;]]]></description>\n\t\t"
                f"<content:encoded><![CDATA[{self.body(p)}]]></content:encoded>\n\t\t<wfw:commentRss>{xesc(url)}feed/"
                f"</wfw:commentRss>\n\t\t<slash:comments>0</slash:comments>\n\t</item>\n")
        last = max((p.updated for p in posts), default=site.generator.cfg.start)
        body = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/'
                f'modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/'
                f'elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/'
                f'modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n\t'
                f'<title>{xesc(site.spec.title)}</title>\n\t<atom:link href="{xesc(self_url)}" rel="self" type="'
                f'application/rss+xml" />\n\t<link>{site.url("/").rstrip("/")}</link>\n\t<description>'
                f'{xesc(site.spec.description)}</description>\n\t<lastBuildDate>{rfc822(last)}</lastBuildDate>\n\t'
                f'<language>id</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>'
                f'\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v={WP_VERSION}</generator>\n'
                f'{"".join(items)}</channel>\n</rss>\n')
        return text_response(body, content_type="application/rss+xml; charset=UTF-8")
