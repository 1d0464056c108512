"""Step 2: page metadata — title, site name, canonical URL, site, labels, declared language, byline.

All functions read the shared parsed tree; none of them changes it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Iterable
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lxml.etree import XPath
from lxml.html import HtmlElement

from .text import clean_inline

__all__ = ["PageMeta", "Metadata", "collect_page_meta", "read_metadata", "find_title", "strip_site_suffix",
           "find_site_name", "find_canonical", "host_of", "find_labels", "declared_language", "find_byline",
           "guess_language", "choose_language"]

_ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                  "opinionnewsarticle", "webpage", "posting", "socialmediaposting", "liveblogposting"}

_X_META = XPath("//meta")
_X_JSONLD = XPath("//script[@type='application/ld+json']")
_X_TITLE = XPath("//head/title|//title")
_X_HEADLINE = XPath(
    "//h1[contains(@class,'entry-title') or contains(@class,'post-title') or contains(@class,'article-title')"
    " or @itemprop='headline']"
    "|//h2[contains(@class,'entry-title') or contains(@class,'post-title')]"
    "|//h3[contains(@class,'post-title') or contains(@class,'entry-title')]"
)
_X_H1 = XPath("//h1")
_X_CANONICAL = XPath("//link[contains(concat(' ', normalize-space(@rel), ' '), ' canonical ')]/@href")
_X_SITE_TITLE = XPath(
    "//*[@id='Header1']//*[self::h1 or self::h2 or self::p][normalize-space()]"
    "|//*[contains(@class,'titlewrapper')]//*[contains(@class,'title')][normalize-space()]"
    "|//*[contains(concat(' ', @class, ' '), ' site-title ')][normalize-space()]"
    "|//*[@id='Header1']//img[@alt]"
)
_X_REL_LINKS = XPath("//a[@rel]")
_X_LABEL_BOXES = XPath("//*[@class][contains(@class,'post-labels') or contains(@class,'post-tags')"
                       " or contains(@class,'cat-links') or contains(@class,'tags-links')]")
_X_BYLINE = XPath(
    "//*[@class][contains(@class,'author') or contains(@class,'byline')][not(contains(@class,'comment'))]"
    "|//a[@rel='author']"
)
# class/id tokens of page parts that list OTHER posts (their titles and labels are not this post's)
_NOT_POST = re.compile(
    r"(?!(?:has|no|with|left|right)-sidebar$)(?:.*[-_])?sidebar(?:[-_].*)?|widget-area|(?:.*[-_])?related(?:[-_].*)?"
    r"|popular.*|recent.*|footer-widgets?|menu|nav|navbar|trending|terkini|populer|secondary"
    r"|comments?|(?:.*[-_])?comments?(?:[-_].*)?|respond|commentlist",
    re.I,
)
_BLOGGER_WIDGET_ID = re.compile(r"(?:label|popularposts|html|featuredpost|blogarchive|linklist|pagelist)\d+", re.I)
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|\-–—:»·•]|::)\s+")
_AUTHOR_PREFIX = re.compile(r"^(?:diposting|diposkan|ditulis|dipublikasikan|posted|written)?\s*(?:oleh|by)\s*:?\s*", re.I)


@dataclass(frozen=True)
class PageMeta:
    """Raw head metadata read once: ``<meta>`` contents and article-like JSON-LD objects."""

    meta: dict[str, str] = field(default_factory=dict)
    jsonld: tuple[dict[str, Any], ...] = ()

    def get(self, *keys: str) -> str | None:
        for key in keys:
            value = self.meta.get(key)
            if value:
                return value
        return None

    def ld(self, key: str) -> Any:
        for obj in self.jsonld:
            value = obj.get(key)
            if value:
                return value
        return None


def _flatten_ld(node: Any, out: list[dict[str, Any]]) -> None:
    if isinstance(node, list):
        for item in node:
            _flatten_ld(item, out)
    elif isinstance(node, dict):
        if "@graph" in node:
            _flatten_ld(node["@graph"], out)
        kind = node.get("@type")
        kinds = {str(k).lower() for k in (kind if isinstance(kind, list) else [kind])}
        if kinds & _ARTICLE_TYPES:
            out.append(node)


def collect_page_meta(tree: HtmlElement) -> PageMeta:
    """Read every ``<meta>`` (first value per key wins) and article-like JSON-LD."""
    meta: dict[str, str] = {}
    for el in _X_META(tree):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        content = el.get("content")
        if key and content and content.strip():
            meta.setdefault(key.strip().lower(), content.strip())
    found: list[dict[str, Any]] = []
    for script in _X_JSONLD(tree):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            _flatten_ld(json.loads(raw, strict=False), found)
        except ValueError:
            continue
    # articles before generic web pages
    found.sort(key=lambda o: 1 if "webpage" in str(o.get("@type", "")).lower() else 0)
    return PageMeta(meta=meta, jsonld=tuple(found))


def host_of(url: str | None) -> str | None:
    """Host without ``www.`` (and without Blogger's mobile ``m.``), lower-case.

    A non-default port stays (``127.0.0.1:8001``): two sites served from one address are two sites.
    """
    if not url:
        return None
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().rstrip(".")
    for prefix in ("www.", "m."):
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix):]
    try:
        port = parts.port
    except ValueError:
        port = None
    if host and port and port not in (80, 443):
        host = f"{host}:{port}"
    return host or None


def _is_widget(el: HtmlElement) -> bool:
    if el.tag in ("aside", "nav"):
        return True
    ident = el.get("id") or ""
    if ident and (_NOT_POST.fullmatch(ident) or _BLOGGER_WIDGET_ID.fullmatch(ident)):
        return True
    return any(_NOT_POST.fullmatch(token) for token in (el.get("class") or "").split())


def _in_widget(el: HtmlElement, memo: dict[HtmlElement, bool] | None = None) -> bool:
    """Is ``el`` inside a sidebar/related/menu block (which lists OTHER posts)?"""
    memo = {} if memo is None else memo
    for anc in el.iterancestors():
        if anc.tag in ("body", "html"):
            return False
        known = memo.get(anc)
        if known is None:
            known = memo[anc] = _is_widget(anc)
        if known:
            return True
    return False


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
        last, first = _key(parts[-1]), _key(parts[0])
        if last and any(k and (last == k or k in last or last in k) for k in keys):
            return clean_inline(title[: title.rfind(parts[-1])].rstrip(" |-–—:»·•"))
        if first and any(k and (first == k or k in first) for k in keys):
            return clean_inline(title[len(parts[0]):].lstrip(" |-–—:»·•"))
        # "Headline | Section" with a pipe is a suffix even when the site name is unknown
        sep = re.search(r"\s+([|»•·]|::)\s+[^|»•·]*$", title)
        if sep and len(parts[-1].split()) <= 5:
            return clean_inline(title[: sep.start()])
    return title


def _key(value: str | None) -> str:
    return re.sub(r"[^a-z0-9]", "", (value or "").lower())


def find_title(tree: HtmlElement, meta: PageMeta, site_name: str | None = None, host: str | None = None) -> str | None:
    candidates: list[str] = []
    og = meta.get("og:title", "twitter:title")
    if og:
        candidates.append(og)
    headline = meta.ld("headline") or meta.ld("name")
    if isinstance(headline, str):
        candidates.append(headline)
    for el in _X_HEADLINE(tree):
        if not _in_widget(el):
            candidates.append(el.text_content())
            break
    titles = _X_TITLE(tree)
    if titles:
        candidates.append(titles[0].text_content())
    h1 = _X_H1(tree)
    if h1:
        candidates.append(h1[0].text_content())
    for value in candidates:
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
        name = host[:1].upper() + host[1:]
    return clean_inline(name) if name else None


def _drop_mobile_param(url: str) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "m"]
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


def find_labels(tree: HtmlElement, meta: PageMeta) -> list[str]:
    """Blogger labels, WordPress categories and tags, ``article:tag``/``article:section``."""
    labels: list[str] = []
    seen: set[str] = set()

    def add(values: Iterable[str]) -> None:
        for value in values:
            value = clean_inline(value).strip(" ,#")
            if value and len(value) <= 80 and value.lower() not in seen:
                seen.add(value.lower())
                labels.append(value)

    add(v for k, v in meta.meta.items() if k in ("article:section",))
    add(el.get("content", "") for el in _X_META(tree) if (el.get("property") or el.get("name")) == "article:tag")
    links = [a for a in _X_REL_LINKS(tree) if {"tag", "category"} & set((a.get("rel") or "").lower().split())]
    for box in _X_LABEL_BOXES(tree):
        links.extend(box.iter("a"))
    memo: dict[HtmlElement, bool] = {}
    add(a.text_content() for a in links[:60] if not _in_widget(a, memo))
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


def _clean_author(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    if not isinstance(value, str):
        return None
    value = _AUTHOR_PREFIX.sub("", clean_inline(value)).strip(" ,:")
    if not value or "://" in value or value.startswith("@") or len(value) > 80:
        return None
    return value


def _site_like(value: str, site_keys: set[str]) -> bool:
    key = _key(value)
    return any(k and k in key for k in site_keys)


def find_byline(tree: HtmlElement, meta: PageMeta, site_keys: set[str] | None = None) -> str | None:
    """The page's byline: ``author`` meta, JSON-LD author, Blogger/WordPress author elements.

    Values naming the site itself ("mediaindonesia.com developer"; ``site_keys`` are the host and site
    name, lower-case alphanumerics) are not a byline; "Redaksi Kalimantanpost" is.
    """
    keys = {k for k in (site_keys or set()) if len(k) >= 4}
    for value in (meta.get("author", "article:author", "dc.creator"), meta.ld("author")):
        author = _clean_author(value)
        if author and not _site_like(author, keys):
            return author
    memo: dict[HtmlElement, bool] = {}
    for el in _X_BYLINE(tree)[:20]:
        if _in_widget(el, memo):
            continue
        names = el.xpath(".//*[contains(concat(' ', @class, ' '), ' fn ') or @itemprop='name']")
        author = _clean_author((names[0] if names else el).text_content())
        if author and len(author.split()) <= 6 and not re.search(r"\d", author) and not _site_like(author, keys):
            return author
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


def read_metadata(tree: HtmlElement, meta: PageMeta, url: str | None, hints: dict[str, Any]) -> Metadata:
    """All metadata fields; ``hints`` (feed/API values) win where given."""
    canonical = find_canonical(tree, meta, url)
    site = host_of(url) or host_of(canonical)
    site_name = hints.get("site_name") or find_site_name(tree, meta, site)
    title = clean_inline(hints["title"]) if hints.get("title") else find_title(tree, meta, site_name, site)
    labels = [clean_inline(str(v)) for v in hints["labels"] if str(v).strip()] if hints.get("labels") else find_labels(tree, meta)
    return Metadata(
        url=url or canonical,
        canonical_url=canonical,
        site=site,
        site_name=site_name,
        title=title,
        labels=labels,
        declared_language=declared_language(tree, meta),
        byline=find_byline(tree, meta, {_key(site_name), _key(site)}),
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
