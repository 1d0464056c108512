"""The writer as the page shows it outside the text: author metadata, author/byline elements, a name printed
next to the date under the headline, and credit lines printed between the headline and the body."""

from __future__ import annotations

import re
from typing import Any

from lxml.etree import XPath
from lxml.html import HtmlElement

from .pagemeta import PageMeta
from .regions import after_headline, headline, in_widget
from .regions import key as _key
from .text import clean_inline

__all__ = ["find_byline", "header_lines", "clean_author"]

_X_BYLINE = XPath(
    "/descendant::*[@class][contains(@class,'author') or contains(@class,'byline')][not(contains(@class,'comment'))]"
    "|/descendant::a[@rel='author']"
)
_AUTHOR_PREFIX = re.compile(r"^(?:diposting|diposkan|ditulis|dipublikasikan|posted|written)?\s*(?:oleh|by)\s*:?\s*", re.I)


def clean_author(value: Any) -> str | None:
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


_DESK = re.compile(r"^(?:redaksi|tim\b|admin\b|desk\b|meja\s+redaksi)", re.I)


def _site_like(value: str, site_keys: set[str]) -> bool:
    """Does the value name the site itself ("mediaindonesia.com developer")? "Redaksi Suara Sanggau" (the
    site's news desk) is a byline."""
    if _DESK.match(value):
        return False
    key = _key(value)
    return any(k and k in key for k in site_keys)


def find_byline(tree: HtmlElement, meta: PageMeta, site_keys: set[str] | None = None,
                after: list[HtmlElement] | None = None) -> str | None:
    """The page's byline: ``author`` meta, JSON-LD author, Blogger/WordPress author elements, else a name next to
    the date under the headline (``after``: :func:`.regions.after_headline`, if already collected).

    Values naming the site itself ("mediaindonesia.com developer"; ``site_keys`` are the host and site
    name, lower-case alphanumerics) are not a byline; "Redaksi Kalimantanpost" is.
    """
    keys = {k for k in (site_keys or set()) if len(k) >= 4}
    for value in (meta.get("author", "article:author", "dc.creator"), meta.ld("author")):
        author = clean_author(value)
        if author and not _site_like(author, keys):
            return author
    memo: dict[HtmlElement, bool] = {}
    for el in _X_BYLINE(tree)[:20]:
        if _SHARE_CLASS.search(el.get("class") or "") or in_widget(el, memo):
            continue  # Blogger's Contempo classes its share bar "byline"
        names = el.xpath(".//*[contains(concat(' ', @class, ' '), ' fn ') or @itemprop='name']")
        author = clean_author((names[0] if names else el).text_content())
        if author and len(author.split()) <= 6 and not re.search(r"\d", author) and not _site_like(author, keys):
            return author
    return _meta_line_author(after_headline(headline(tree)) if after is None else after, keys)


_SHARE_CLASS = re.compile(r"shar(?:e|ing)|social|sosmed", re.I)
_DATE_LIKE = re.compile(
    r"\b\d{1,2}\s+(?:jan|feb|peb|mar|apr|mei|may|jun|jul|agu|ags|agt|aug|sep|okt|oct|nov|nop|des|dec)[a-z]*\.?,?\s+\d{4}\b"
    r"|\b(?:jan|feb|peb|mar|apr|mei|may|jun|jul|agu|aug|sep|okt|oct|nov|nop|des|dec)[a-z]*\.?\s+\d{1,2},\s*\d{4}\b"
    r"|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b",
    re.I,
)
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]{2,}|bin|binti|van|de|di|al|el)$")
_NOT_NAME = re.compile(r"\b(?:bagikan|share|berita|beranda|home|komentar|comments?|views?|dibaca|dilihat|kategori|"
                       r"category|tags?|label|baca|menit|jam|hari|minggu|bulan|tahun|ago|lalu|wib|wita|wit)\b", re.I)


# inline markup inside a header credit ("<span>Editor:</span> <a>Dewi Kartika</a>")
_INLINE = {"a", "b", "strong", "span", "em", "i", "small", "img", "font", "u"}
# a theme's credit label without its colon ("Editor Dewi Kartika", "REPORTER Hendra"): a colon is put in
_BARE_CREDIT = re.compile(r"^(?P<key>editor|redaktur|reporter|penulis|pewarta|wartawan|kontributor)\s*:?\s+(?=[A-Z])",
                          re.I)


def _header_text(el: HtmlElement) -> str | None:
    """A short element's text, if it is a leaf or holds only inline markup (a theme's meta item)."""
    if not len(el):
        return " ".join((el.text or "").split())
    if any(not isinstance(child.tag, str) or child.tag not in _INLINE or len(child) for child in el):
        return None
    text = " ".join(el.text_content().split())
    return text if len(text) <= 160 else None


def header_lines(after: list[HtmlElement]) -> list[str]:
    """Short texts printed between the headline and the post body ("Reporter: X | Editor: Y", the date line):
    the credit lines some CMSs put above the text instead of below it. ``after``: the elements after the
    headline (:func:`.regions.after_headline`); leaf elements and theme meta items (a label and a linked name,
    "<span>Editor:</span> <a>Dewi Kartika</a>") count."""
    lines: list[str] = []
    for el in after:
        if not len(el) and len(" ".join((el.text or "").split())) > 300:
            break  # the post body
        text = _header_text(el)
        if not text or len(text) > 160:
            continue
        text = _BARE_CREDIT.sub(lambda m: f"{m.group('key')}: ", text, count=1)
        if ":" in text and text not in lines:
            lines.append(text)
    return lines


def _meta_line_author(after: list[HtmlElement], keys: set[str]) -> str | None:
    """A name printed next to the date under the headline ("Humas Polri · 26 Agu 2024", "Senin, 4 November 2024 |
    10:30 WITA · Bidhumas Polda Kaltim") when no element is marked as the author: the short capitalised text in
    the date's own block."""
    date_el = next((el for el in after if el.text and _DATE_LIKE.search(el.text)), None)
    if date_el is None or date_el.getparent() is None:
        return None
    scope = date_el.getparent()
    if len(scope) < 2 and scope.getparent() is not None:
        scope = scope.getparent()
    if len(scope.text_content()) > 250:
        return None  # not a meta line: the date sits in the post's own block
    for el in scope.iter():
        if el is date_el or not isinstance(el.tag, str) or el.tag in ("a", "script", "style") and el.get("href", "").startswith("http"):
            continue
        value = clean_author(" ".join((el.text or "").split()).strip(" |·•-–—"))
        if not value or _NOT_NAME.search(value) or _DATE_LIKE.search(value) or re.search(r"\d", value):
            continue
        words = value.split()
        if 1 <= len(words) <= 5 and all(_NAME_WORD.match(w) for w in words) and not _site_like(value, keys):
            return value
    return None
