"""Pure parsers for what discovery fetches: Blogger feeds, WordPress REST answers,
sitemaps, RSS/Atom feeds and home pages (an article's own pages: humascrawl.pagination). No Scrapy:
bytes in, entries out.

Every parser raises :class:`DiscoveryError` on input it cannot read, so a spider can
count the failure and fall back to another endpoint.
"""

from __future__ import annotations

import gzip
import html
import io
import json
import re
import zlib
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any

from lxml import etree

from humascrawl.errors import HumascrawlError
from humascrawl.urls import safe_http_url

_TAGS = re.compile(r"<[^>]+>")
# Blogger's stand-ins for a hidden profile are not authors.
_NO_AUTHOR = {"unknown", "anonymous", "anonim", "tanpa nama", "admin"}


class DiscoveryError(HumascrawlError, ValueError):
    """A discovery document that cannot be parsed."""

    reason = "malformed_listing"  # how a spider counts it: ``failed/discovery_<reason>``


class DocumentTooLarge(DiscoveryError):
    """A compressed discovery document that inflates past the cap (a gzip bomb, or a sitemap far too big)."""

    reason = "too_large"


# The sitemap protocol's own limit on an uncompressed sitemap (HUMASCRAWL_MAX_DECOMPRESSED_BYTES).
MAX_DECOMPRESSED_BYTES = 50 * 1024 * 1024


@dataclass
class Entry:
    """One post found by discovery, with what the listing said about it."""

    url: str
    title: str | None = None
    published: str | None = None
    modified: str | None = None
    labels: list[str] = field(default_factory=list)
    author: str | None = None
    content: str | None = None  # the full post HTML, when the listing carries it

    @property
    def stamp(self) -> str | None:
        """The listing's "last changed" stamp: how the next run tells the post is unchanged."""
        return self.modified or self.published

    def hints(self) -> dict[str, Any]:
        values = {"title": self.title, "published": self.published, "modified": self.modified,
                  "labels": self.labels, "author": self.author}
        return {k: v for k, v in values.items() if v}


def plain(rendered: str | None) -> str | None:
    return html.unescape(_TAGS.sub("", rendered)).strip() or None if rendered else None


def _author(name: str | None) -> str | None:
    name = (name or "").strip()
    return None if not name or name.lower() in _NO_AUTHOR else name


class Listing(list):
    """A listing page's usable entries; ``dropped`` counts those it had to leave out (no usable URL).

    The JSON listings are read defensively: a field of the wrong type is left empty, an entry without
    an http(s) URL is dropped and counted, and the rest of the page is kept.
    """

    def __init__(self, entries=(), dropped: int = 0):
        super().__init__(entries)
        self.dropped = dropped

    @property
    def listed(self) -> int:
        """How many entries the page held, usable or not (what paging must advance by)."""
        return len(self) + self.dropped


def _url(value: Any) -> str | None:
    """A usable post URL: an absolute http(s) URL given as a string."""
    return safe_http_url(value)


def _text(value: Any) -> str | None:
    """A text field: a string, or a number a site printed where a string belongs (a title "2024")."""
    if isinstance(value, str):
        return value
    return str(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _string(value: Any) -> str | None:
    """A string field (a date, HTML); anything else is left empty."""
    return value if isinstance(value, str) and value.strip() else None


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def _json(body: bytes, what: str) -> Any:
    try:
        return json.loads(body)
    except (ValueError, RecursionError):  # RecursionError: nesting deeper than Python's stack
        raise DiscoveryError(f"{what} is not JSON") from None


# -- Blogger ---------------------------------------------------------------------

def parse_blogger_feed(body: bytes) -> tuple[Listing, int | None]:
    """Entries of a Blogger ``alt=json`` feed page, and the feed's stated total (may lie)."""
    doc = _json(body, "Blogger feed")
    feed = doc.get("feed") if isinstance(doc, dict) else None
    if not isinstance(feed, dict):
        raise DiscoveryError("not a Blogger JSON feed")
    raw_entries = feed.get("entry") or []
    if isinstance(raw_entries, dict):
        raw_entries = [raw_entries]
    if not isinstance(raw_entries, list):
        raise DiscoveryError("Blogger feed 'entry' is not a list")
    total = None
    try:
        total = int(feed["openSearch$totalResults"]["$t"])
    except (KeyError, TypeError, ValueError, OverflowError):
        pass
    entries = [_blogger_entry(raw) for raw in raw_entries]
    usable = [entry for entry in entries if entry is not None]
    return Listing(usable, len(entries) - len(usable)), total


def _blogger_entry(raw: Any) -> Entry | None:
    if not isinstance(raw, dict):
        return None
    link = next((_url(l.get("href")) for l in _list(raw.get("link"))
                 if isinstance(l, dict) and l.get("rel") == "alternate" and _url(l.get("href"))), None)
    if not link:
        return None
    author = raw.get("author")
    author = author[0] if isinstance(author, list) and author else author
    return Entry(
        url=link, title=_text(_t(raw.get("title"))), published=_string(_t(raw.get("published"))),
        modified=_string(_t(raw.get("updated"))),
        labels=[term for c in _list(raw.get("category")) if isinstance(c, dict) if (term := _text(c.get("term")))],
        author=_author(_text(_t(author.get("name")) if isinstance(author, dict) else author)),
        content=_string(_t(raw.get("content"))),
    )


def _t(node: Any) -> Any:
    return node.get("$t") if isinstance(node, dict) else None


# -- WordPress -------------------------------------------------------------------

def parse_wp_posts(body: bytes) -> Listing:
    """Entries of a ``/wp-json/wp/v2/posts`` answer (with or without ``_embed``)."""
    posts = _json(body, "WordPress REST answer")
    if not isinstance(posts, list):
        raise DiscoveryError("WordPress REST answer is not a list of posts")
    entries = [_wp_entry(post) for post in posts]
    usable = [entry for entry in entries if entry is not None]
    return Listing(usable, len(entries) - len(usable))


def _wp_entry(post: Any) -> Entry | None:
    if not isinstance(post, dict) or not (link := _url(post.get("link"))):
        return None
    embedded = post.get("_embedded")
    embedded = embedded if isinstance(embedded, dict) else {}
    terms = [t for group in _list(embedded.get("wp:term")) for t in _list(group) if isinstance(t, dict)]
    return Entry(
        url=link,
        title=plain(_text(_rendered(post.get("title")))),
        published=_gmt(post.get("date_gmt")) or _string(post.get("date")),
        modified=_gmt(post.get("modified_gmt")) or _string(post.get("modified")),
        labels=[html.unescape(name) for t in terms if (name := _text(t.get("name")))],
        author=_author(next((_text(a.get("name")) for a in _list(embedded.get("author")) if isinstance(a, dict)),
                            None)),
        content=_string(_rendered(post.get("content"))),
    )


def _rendered(field: Any) -> Any:
    """WordPress's ``{"rendered": …}``, or the value itself when a plugin flattened it."""
    return field.get("rendered") if isinstance(field, dict) else field


def _gmt(value: str | None) -> str | None:
    """WordPress's ``*_gmt`` fields carry no offset; they are UTC."""
    return f"{value}+00:00" if isinstance(value, str) and len(value) == 19 else None


# -- XML: sitemaps and feeds ----------------------------------------------------------

def gunzip(body: bytes, max_bytes: int = MAX_DECOMPRESSED_BYTES) -> bytes:
    """Inflate a gzip file (every member) in chunks, never holding more than ``max_bytes`` of output."""
    out = bytearray()
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as stream:
            while chunk := stream.read(min(_GUNZIP_CHUNK, max_bytes + 1 - len(out))):
                out += chunk
                if len(out) > max_bytes:
                    raise DocumentTooLarge(f"gzip of {len(body):,} bytes inflates past {max_bytes:,} bytes")
    except (OSError, EOFError, zlib.error):
        raise DiscoveryError("broken gzip") from None
    return bytes(out)


_GUNZIP_CHUNK = 1 << 20


def _xml_root(body: bytes, max_bytes: int = MAX_DECOMPRESSED_BYTES) -> tuple[etree._Element, str | None]:
    """The parsed root, and the syntax error when the XML was broken and only recovered."""
    if body[:2] == b"\x1f\x8b":
        body = gunzip(body, max_bytes)
    body = body.strip()
    try:
        return etree.fromstring(body, parser=_STRICT), None
    except etree.XMLSyntaxError as exc:
        error = str(exc)
    try:
        root = etree.fromstring(body, parser=_RECOVER)
    except etree.XMLSyntaxError:
        root = None
    if root is None:
        raise DiscoveryError(f"not XML ({error})")
    return root, error


_STRICT = etree.XMLParser(resolve_entities=False, no_network=True)
_RECOVER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)


def _recovered(entries: list, error: str | None) -> list:
    """Broken XML that recovery could read is used; broken XML that gave nothing is an error."""
    if error and not entries:
        raise DiscoveryError(f"malformed XML: {error}")
    return entries


def _local(tag: Any) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _child_text(elem: etree._Element, *names: str) -> str | None:
    for child in elem.iter():
        if _local(child.tag) in names and child.text and child.text.strip():
            return child.text.strip()
    return None


def parse_sitemap(body: bytes, max_bytes: int = MAX_DECOMPRESSED_BYTES) -> tuple[str, list[Entry]]:
    """``("index", child sitemaps)`` or ``("urlset", pages)``; gzip, news and image sitemaps included.

    A gzip body inflating past ``max_bytes`` raises :class:`DocumentTooLarge`."""
    root, error = _xml_root(body, max_bytes)
    kind = _local(root.tag)
    if kind == "sitemapindex":
        return "index", _recovered([Entry(url=loc) for sm in root if _local(sm.tag) == "sitemap"
                                    if (loc := _child_text(sm, "loc"))], error)
    if kind != "urlset":
        raise DiscoveryError(f"not a sitemap (root element {kind or '?'})")
    entries = []
    for url in root:
        if _local(url.tag) != "url":
            continue
        loc = next((c.text.strip() for c in url if _local(c.tag) == "loc" and c.text), None)
        if not loc:
            continue
        entries.append(Entry(url=loc, modified=_child_text(url, "lastmod"),
                             published=_child_text(url, "publication_date"), title=_child_text(url, "title")))
    return "urlset", _recovered(entries, error)


def parse_feed(body: bytes, max_bytes: int = MAX_DECOMPRESSED_BYTES) -> list[Entry]:
    """Items of an RSS 2.0 or Atom feed (gzip too, up to ``max_bytes`` inflated)."""
    root, error = _xml_root(body, max_bytes)
    kind = _local(root.tag)
    if kind == "rss":
        items = [i for i in root.iter() if _local(i.tag) == "item"]
        return _recovered([entry for item in items if (entry := _rss_item(item))], error)
    if kind == "feed":
        return _recovered([entry for item in root if _local(item.tag) == "entry" if (entry := _atom_entry(item))],
                          error)
    raise DiscoveryError(f"not an RSS or Atom feed (root element {kind or '?'})")


def _rss_item(item: etree._Element) -> Entry | None:
    link = next((c.text.strip() for c in item if _local(c.tag) == "link" and c.text), None)
    if not link:
        return None
    pub = _child_text(item, "pubDate")
    return Entry(
        url=link, title=_child_text(item, "title"), published=_rfc822(pub) if pub else None,
        labels=[c.text.strip() for c in item if _local(c.tag) == "category" and c.text],
        author=_author(_child_text(item, "creator", "author")),
        content=_child_text(item, "encoded"),
    )


def _atom_entry(item: etree._Element) -> Entry | None:
    link = next((c.get("href") for c in item if _local(c.tag) == "link" and c.get("rel", "alternate") == "alternate"),
                None)
    if not link:
        return None
    content = next((c for c in item if _local(c.tag) == "content"), None)
    return Entry(
        url=link, title=_child_text(item, "title"), published=_child_text(item, "published"),
        modified=_child_text(item, "updated"),
        labels=[c.get("term") for c in item if _local(c.tag) == "category" and c.get("term")],
        author=_author(_child_text(item, "name")),
        content=content.text if content is not None and content.get("type") in ("html", "xhtml") else None,
    )


def _rfc822(value: str) -> str | None:
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError):
        return None


# -- home pages -------------------------------------------------------------------

_BLOGGER_MARKS = (b"content='blogger'", b'content="blogger"', b"/feeds/posts/default", b"www.blogger.com/static")
_WORDPRESS_MARKS = (b'content="WordPress', b"content='WordPress", b"/wp-content/", b"/wp-json/", b"api.w.org")
# Odoo's website layout: its generator meta and its asset bundles (/web/assets/…), the blog's classes.
_ODOO_MARKS = (b'name="generator" content="Odoo"', b"name='generator' content='Odoo'", b'src="/web/assets/',
               b'href="/web/assets/', b'data-oe-model="blog.post"', b'class="o_wblog_')
_FEED_LINK = re.compile(rb"""<link[^>]+type=["']application/(?:rss|atom)\+xml["'][^>]*>""", re.I)
_HREF = re.compile(rb"""href=["']([^"']+)["']""", re.I)


def detect_platform(body: bytes) -> tuple[str, str | None]:
    """Guess a site's platform from its home page: (platform, feed URL or None)."""
    head = body[:200_000]
    if any(mark in head for mark in _BLOGGER_MARKS):
        return "blogger", None
    if any(mark in head for mark in _WORDPRESS_MARKS):
        return "wordpress", None
    if any(mark in head for mark in _ODOO_MARKS):
        return "odoo", None
    link = _FEED_LINK.search(head)
    if link and (href := _HREF.search(link.group(0))):
        return "feed", html.unescape(href.group(1).decode("utf-8", "replace"))
    return "sitemap", None
