"""The pages of one article split over several (``/2/``, ``?page=2``, "Tampilkan semua"), read from the
links of its first page. Pure: bytes in, URLs out."""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qsl, urljoin, urlsplit, urlunsplit

from humascrawl.urls import site_key

_TAGS = re.compile(r"<[^>]+>")

_ANCHOR = re.compile(rb"""<(a|link)\b([^>]*)>""", re.I)
_ATTR_HREF = re.compile(rb"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""", re.I)
_ANCHOR_END = re.compile(rb"</a\s*>", re.I)
_PAGE_QUERY_KEYS = ("page", "paged", "halaman", "hal")
_SINGLE_VIEW_QUERY = {("page", "all"), ("paged", "all"), ("halaman", "all"), ("view", "all"), ("showall", "1"),
                      ("show", "all"), ("showpage", "all"), ("all", "1"), ("single", "1"), ("full", "1")}
_SINGLE_VIEW_TEXT = re.compile(
    r"(?:(?:tampilkan|lihat|baca)\s+(?:semua|seluruh)(?:\s+halaman|\s+isi(?:\s+berita|\s+artikel)?)?"
    r"|(?:baca|tampilkan|lihat)\s+(?:dalam\s+)?(?:satu|1)\s+halaman(?:\s+penuh)?|(?:baca|tampilkan)\s+berita\s+utuh"
    r"|(?:view|show|read)\s+(?:all|as\s+(?:a\s+)?single\s+page|(?:the\s+)?full\s+article|on\s+one\s+page)"
    r"|single\s+page(?:\s+view)?)\s*[»›>.!:]*", re.I)
_SINGLE_VIEW_PATH = {"all", "full", "semua"}
_MAX_ARTICLE_PAGE = 100


def pagination_links(body: bytes, url: str, *, article_url: str | None = None) -> tuple[str | None, list[str]]:
    """The single-page view of an article split over pages, and its further pages in page order.

    ``(single-page URL or None, [URL of page 2, page 3, …])``, from the links of the page ``body``
    fetched from ``url``. Only links that belong to this article count: its own path followed by
    ``/N/`` (WordPress ``<!--nextpage-->``), or its own path with a ``page=N`` / ``paged=N`` query
    (N ≥ 2); a single-page view is its own path with ``page=all`` (``view=all``, ``showall=1``…), or
    a link to its own path labelled "Tampilkan semua", "Baca dalam satu halaman", "View all". Site
    pagers (``/page/2/``), the next and previous posts ("Postingan Lama", "Selanjutnya: …") and
    comment pages are other paths, so they never count. Meant for article pages: on a listing, the
    listing's own ``?paged=2`` would count (the home page always answers nothing).
    ``article_url``: the article's first page when ``body`` is a later one (links are still resolved
    against ``url``).
    """
    here = urlsplit(url)
    base = urlsplit(article_url) if article_url else here
    host = site_key(article_url or url)
    path = base.path or "/"
    stem = path.rstrip("/")
    if not stem:
        return None, []  # the home page is a listing: its pager pages the site, not an article
    slug = stem.rsplit("/", 1)[-1]
    pages: dict[int, str] = {}
    single: str | None = None
    for match in _ANCHOR.finditer(body):
        attrs = match.group(2)
        href_match = _ATTR_HREF.search(attrs)
        if not href_match:
            continue
        raw = href_match.group(href_match.lastindex)  # the one quoting style that matched
        href = raw.decode("utf-8", "replace")
        if b"&" in raw:  # most links have no entity: unescape() would hand them back as they are
            href = html.unescape(href)
        href = href.strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        if slug and slug not in href and not href.startswith(("?", "./", "../")) and not href[:1].isdigit():
            continue  # cheap: a link to this article names its slug (or is relative to it)
        target = urlsplit(urljoin(url, href))
        if target.scheme not in ("http", "https") or site_key(target.geturl()) != host:
            continue
        if target.path.rstrip("/") == here.path.rstrip("/") and target.query == here.query:
            continue  # the page itself (its canonical link, "Halaman 1" on page 1)
        query = parse_qsl(target.query, keep_blank_values=True)
        link = urlunsplit(target._replace(fragment=""))
        number = None
        if target.path == path or target.path.rstrip("/") == stem:
            pairs = {(k.lower(), v.lower()) for k, v in query}
            if pairs & _SINGLE_VIEW_QUERY:
                single = single or link
                continue
            number = next((int(v) for k, v in query if k.lower() in _PAGE_QUERY_KEYS and v.isdigit()), None)
            if number is None and match.group(1).lower() == b"a" and single is None:
                if _SINGLE_VIEW_TEXT.fullmatch(_anchor_text(body, match.end())):
                    single = link
                continue
        elif target.path.startswith(stem + "/"):
            rest = target.path[len(stem) + 1:].rstrip("/")
            if rest.lower() in _SINGLE_VIEW_PATH and not query:
                single = single or link
            elif rest.isdigit() and not any(k.lower() in _PAGE_QUERY_KEYS for k, _ in query):
                number = int(rest)
        if number is not None and 2 <= number <= _MAX_ARTICLE_PAGE:
            pages.setdefault(number, link)
    return single, [pages[n] for n in sorted(pages)]


def _anchor_text(body: bytes, start: int) -> str:
    end = _ANCHOR_END.search(body, start, start + 2000)
    inner = body[start:end.start()] if end else b""
    return " ".join(html.unescape(_TAGS.sub(" ", inner.decode("utf-8", "replace"))).split())
