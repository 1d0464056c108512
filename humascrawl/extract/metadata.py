"""Step 2: page metadata — title, site name, canonical URL, site, labels, declared language, byline.

All functions read the shared parsed tree; none of them changes it. The head metadata is read by
:mod:`.pagemeta`, the page regions (headline, widgets) by :mod:`.regions`, the byline by :mod:`.byline`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lxml.etree import XPath
from lxml.html import HtmlElement

from humascrawl.urls import site_key

from .byline import find_byline, header_lines
from .pagemeta import PageMeta, collect_page_meta
from .regions import NOT_POST_LENIENT as _NOT_POST_LENIENT
from .regions import X_H1 as _X_H1
from .regions import X_HEADLINE as _X_HEADLINE
from .regions import after_headline, headline
from .regions import headline_ancestors as _headline_ancestors
from .regions import in_widget as _in_widget
from .regions import key as _key
from .text import clean_inline

__all__ = ["PageMeta", "Metadata", "collect_page_meta", "read_metadata", "find_title", "strip_site_suffix",
           "find_site_name", "find_canonical", "host_of", "find_labels", "declared_language", "find_byline",
           "guess_language", "choose_language"]

_X_TITLE = XPath("/descendant::head/title|/descendant::title")
_X_CANONICAL = XPath("/descendant::link[contains(concat(' ', normalize-space(@rel), ' '), ' canonical ')]/@href")
_X_SITE_TITLE = XPath(
    "/descendant::*[@id='Header1']/descendant::*[self::h1 or self::h2 or self::p][normalize-space()]"
    "|/descendant::*[contains(@class,'titlewrapper')]/descendant::*[contains(@class,'title')][normalize-space()]"
    "|/descendant::*[contains(concat(' ', @class, ' '), ' site-title ')][normalize-space()]"
    "|/descendant::*[@id='Header1']/descendant::img[@alt]"
)
# links marked rel=tag/category, and label and tag archive links (Blogger /search/label/X, most CMSs /tag/x/)
_X_LABEL_LINKS = XPath("/descendant::a[@rel or contains(@href,'/tag/') or contains(@href,'/search/label/')]")
_X_LABEL_BOXES = XPath("/descendant::*[@class][contains(@class,'post-labels') or contains(@class,'tags')"
                       " or contains(@class,'cat-links')]")
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|\-–—:»·•]|::)\s+")


def host_of(url: str | None) -> str | None:
    """The site ``url`` belongs to (:func:`humascrawl.urls.site_key`), None when it has no host."""
    return site_key(url) or None


def strip_site_suffix(title: str, site_name: str | None, host: str | None) -> str:
    """Drop a trailing `` - Site`` / `` | Site`` (or a leading ``Site: ``) from a title."""
    title = clean_inline(title)
    keys = {_key(site_name), _key(host)} - {""}
    if host:
        keys.add(_key(host.split(".")[0]))
    prefix = re.match(r"^([^:|]{2,40}?)\s*[:|]\s+(?=\S)", title)
    if prefix and _key(prefix.group(1)) in keys:
        title = title[prefix.end():]
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) >= 2:
        if _names_site(parts[-1], keys):
            return clean_inline(title[: title.rfind(parts[-1])].rstrip(" |-–—:»·•"))
        if _names_site(parts[0], keys):
            return clean_inline(title[len(parts[0]):].lstrip(" |-–—:»·•"))
        # "Headline | Section" with a pipe is a suffix even when the site name is unknown
        sep = re.search(r"\s+([|»•·]|::)\s+[^|»•·]*$", title)
        if sep and len(parts[-1].split()) <= 5:
            return clean_inline(title[: sep.start()])
    return title


def _names_site(part: str, keys: set[str]) -> bool:
    """Is this part of a ``<title>`` the site's name? (``Kompas.com`` for kompas.com; not a headline that merely
    contains the host's name, like "Kapolres Labuhanbatu Pimpin …" on polreslabuhanbatu.id)."""
    key = _key(part)
    if not key:
        return False
    short = len(part.split()) <= 4
    return any(k and (key == k or (len(key) >= 3 and key in k) or (short and k in key)) for k in keys)


def _site_name_from_title(tree: HtmlElement, host: str) -> str | None:
    """The part of ``<title>`` that names the host (``Harian Banua - Headline`` on harianbanua.com)."""
    titles = _X_TITLE(tree)
    if not titles:
        return None
    parts = _TITLE_SEPARATORS.split(clean_inline(titles[0].text_content()))
    if len(parts) < 2:
        return None
    keys = {_key(host), _key(host.split(".")[0])} - {""}
    for part in (parts[-1], parts[0]):
        key = _key(part)
        if len(part.split()) <= 5 and key and any(key == k or (len(key) >= 4 and key in k) for k in keys):
            return part.strip()
    return None


def find_title(tree: HtmlElement, meta: PageMeta, site_name: str | None = None, host: str | None = None,
               marked: list[HtmlElement] | None = None) -> str | None:
    """The headline: ``og:title``, JSON-LD headline, a marked-up post title, ``<title>``, ``<h1>`` — the first that
    is left after stripping the site's name. ``marked``: ``X_HEADLINE(tree)`` if already evaluated."""

    def candidates() -> Iterator[str]:  # lazily: most pages stop at the first
        og = meta.get("og:title", "twitter:title")
        if og:
            yield og
        headline = meta.ld("headline") or meta.ld("name")
        if isinstance(headline, str):
            yield headline
        for el in _X_HEADLINE(tree) if marked is None else marked:
            if not _in_widget(el):
                yield el.text_content()
                break
        titles = _X_TITLE(tree)
        if titles:
            yield titles[0].text_content()
        h1 = _X_H1(tree)
        if h1:
            yield h1[0].text_content()

    for value in candidates():
        value = strip_site_suffix(value, site_name, host)
        if value and len(value) > 2:
            return value
    return None


def find_site_name(tree: HtmlElement, meta: PageMeta, host: str | None) -> str | None:
    name = meta.get("og:site_name", "application-name", "twitter:site:name")
    if not name:
        publisher = meta.ld("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            name = publisher["name"]
    if not name:
        for el in _X_SITE_TITLE(tree):
            value = el.get("alt") if el.tag == "img" else el.text_content()
            value = clean_inline(value or "")
            if 1 < len(value) <= 80:
                name = value
                break
    if not name and host:
        name = _site_name_from_title(tree, host) or host[:1].upper() + host[1:]
    return clean_inline(name) if name else None


def _drop_mobile_param(url: str) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not (k == "m" and v in ("0", "1"))]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def find_canonical(tree: HtmlElement, meta: PageMeta, url: str | None) -> str | None:
    """``rel=canonical`` (else ``og:url``) when it is on the same site as ``url``; else ``url``."""
    for href in list(_X_CANONICAL(tree)) + [meta.get("og:url") or ""]:
        href = (href or "").strip()
        if not href:
            continue
        absolute = urljoin(url or "", href)
        if not absolute.startswith(("http://", "https://")):
            continue
        if url is None or host_of(absolute) == host_of(url):
            return _drop_mobile_param(absolute)
    return _drop_mobile_param(url) if url else None


def find_labels(tree: HtmlElement, meta: PageMeta, head: HtmlElement | None = None) -> list[str]:
    """Blogger labels, WordPress categories and tags, ``article:tag``/``article:section``: links marked
    ``rel=tag``/``category``, links in label and tag boxes, links to label archives (``/search/label/``, ``/tag/``),
    all outside sidebars, menus and related-post lists. ``head``: the headline element, if already found."""
    labels: list[str] = []
    seen: set[str] = set()

    def add(values: Iterable[str]) -> None:
        for value in values:
            value = clean_inline(value).strip(" ,#")
            if value and len(value) <= 80 and value.lower() not in seen:
                seen.add(value.lower())
                labels.append(value)

    add(v for k, v in meta.meta.items() if k in ("article:section",))
    add(meta.tags)
    anchors = _X_LABEL_LINKS(tree)
    links = [a for a in anchors if {"tag", "category"} & set((a.get("rel") or "").lower().split())]
    for box in _X_LABEL_BOXES(tree):
        links.extend(box.iter("a"))
    memo = _headline_ancestors(headline(tree) if head is None else head)
    add(a.text_content() for a in links[:60] if not _in_widget(a, memo))
    archive = [a for a in anchors if "/search/label/" in (a.get("href") or "") or "/tag/" in (a.get("href") or "")]
    lenient = dict(memo)
    add(a.text_content() for a in archive[:60] if not _in_widget(a, lenient, _NOT_POST_LENIENT))
    return labels


def declared_language(tree: HtmlElement, meta: PageMeta) -> str | None:
    for value in (tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
                  meta.get("og:locale", "content-language", "language", "dc.language")):
        if value:
            code = re.split(r"[-_]", value.strip().lower())[0]
            if code == "in":  # the old ISO 639 code for Indonesian
                code = "id"
            if re.fullmatch(r"[a-z]{2}", code):
                return code
    return None


@dataclass(frozen=True)
class Metadata:
    url: str | None
    canonical_url: str | None
    site: str | None
    site_name: str | None
    title: str | None
    labels: list[str]
    declared_language: str | None
    byline: str | None
    header: tuple[str, ...] = ()  # short "Key: value" texts between the headline and the body


def read_metadata(tree: HtmlElement, meta: PageMeta, url: str | None, hints: dict[str, Any]) -> Metadata:
    """All metadata fields; ``hints`` (feed/API values) win where given."""
    canonical = find_canonical(tree, meta, url)
    site = host_of(url) or host_of(canonical)
    site_name = hints.get("site_name") or find_site_name(tree, meta, site)
    marked = _X_HEADLINE(tree)
    head = headline(tree, marked)
    after = after_headline(head)
    title = clean_inline(hints["title"]) if hints.get("title") else find_title(tree, meta, site_name, site, marked)
    labels = [clean_inline(str(v)) for v in hints["labels"] if str(v).strip()] if hints.get("labels") \
        else find_labels(tree, meta, head)
    return Metadata(
        url=url or canonical,
        canonical_url=canonical,
        site=site,
        site_name=site_name,
        title=title,
        labels=labels,
        declared_language=declared_language(tree, meta),
        byline=find_byline(tree, meta, {_key(site_name), _key(site)}, after),
        header=tuple(header_lines(after)),
    )


_STOPWORDS = {
    "id": frozenset("yang dan di dengan untuk ini itu dalam pada tidak dari ke akan juga oleh kepada telah sudah "
                    "bahwa karena atau serta agar bagi para adalah tersebut dapat saat ada kami kita mereka".split()),
    "en": frozenset("the and of to in is that for with on as was are by this be at from it an have has were which "
                    "not but or their they its will".split()),
    "ms": frozenset("yang dan di dengan untuk ini itu dalam pada tidak dari ke akan juga oleh kepada telah sudah "
                    "bahawa kerana atau serta agar bagi para adalah tersebut boleh kerajaan".split()),
}
_WORDS = re.compile(r"[a-z]+")


def guess_language(text: str) -> str | None:
    """``id``/``en`` from stopword counts over the first words of the text; None when unsure."""
    tokens = _WORDS.findall((text or "")[:5000].lower())
    if len(tokens) < 20:
        return None
    scores = {code: sum(1 for t in tokens if t in words) for code, words in _STOPWORDS.items() if code != "ms"}
    best = max(scores, key=scores.get)
    if scores[best] < 5 or scores[best] < 2 * min(scores.values()):
        return None
    return best


def choose_language(declared: str | None, text: str) -> str | None:
    """The declared language unless the text clearly says otherwise (themes often hard-code ``en``)."""
    guessed = guess_language(text)
    if guessed and declared != guessed and not (declared == "ms" and guessed == "id"):
        return guessed
    return declared or guessed
