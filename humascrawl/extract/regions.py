"""Page regions shared by the metadata steps: the post headline, and the page parts (sidebars, menus,
related-post lists, comments) that list OTHER posts, so their titles, labels and names are not this post's."""

from __future__ import annotations

import re

from lxml.etree import Element, XPath
from lxml.html import HtmlElement

__all__ = ["X_HEADLINE", "X_H1", "NOT_POST", "NOT_POST_LENIENT", "is_widget", "in_widget", "headline",
           "headline_ancestors", "after_headline", "key"]

X_HEADLINE = XPath(
    "/descendant::h1[contains(@class,'entry-title') or contains(@class,'post-title') or contains(@class,'article-title')"
    " or @itemprop='headline']"
    "|/descendant::h2[contains(@class,'entry-title') or contains(@class,'post-title')]"
    "|/descendant::h3[contains(@class,'post-title') or contains(@class,'entry-title')]"
)
X_H1 = XPath("/descendant::h1")
_NOT_SHOWN = ("script", "style", "noscript")
# class/id tokens of page parts that list OTHER posts (their titles and labels are not this post's)
_NOT_POST_PARTS = (
    r"(?!(?:.*[-_])?(?:has|no|with|left|right|both|two|one)[-_]sidebars?$)(?:.*[-_])?sidebar(?:[-_].*)?|widget-area"
    r"|(?:.*[-_])?related(?:[-_].*)?"
    r"|popular.*|recent.*|footer-widgets?|trending|terkini|populer|secondary"
    r"|comments?|(?:.*[-_])?comments?(?:[-_].*)?|respond|commentlist"
)
NOT_POST = re.compile(_NOT_POST_PARTS + r"|(?:.*[-_])?(?:menu|nav)(?:[-_].*)?|navbar", re.I)
# for links that are label archives by their address, a "nav" class is a tag list (detik's "detail__body-tag
# > div.nav"), not a menu
NOT_POST_LENIENT = re.compile(_NOT_POST_PARTS, re.I)
_BLOGGER_WIDGET_ID = re.compile(r"(?:label|popularposts|html|featuredpost|blogarchive|linklist|pagelist)\d+", re.I)


def key(value: str | None) -> str:
    """Lower-case alphanumerics only: ``Kalimantanpost.online`` → ``kalimantanpostonline``."""
    return re.sub(r"[^a-z0-9]", "", (value or "").lower())


def is_widget(el: HtmlElement, pattern: re.Pattern[str] = NOT_POST) -> bool:
    if el.tag in ("aside", "nav"):
        return True
    ident = el.get("id") or ""
    if ident and (pattern.fullmatch(ident) or _BLOGGER_WIDGET_ID.fullmatch(ident)):
        return True
    return any(pattern.fullmatch(token) for token in (el.get("class") or "").split())


def in_widget(el: HtmlElement, memo: dict[HtmlElement, bool] | None = None,
              pattern: re.Pattern[str] = NOT_POST) -> bool:
    """Is ``el`` inside a sidebar/related/menu block (which lists OTHER posts)? ``memo`` may hold elements
    known not to be widgets (the headline's ancestors: a page wrapper classed ``penci_sidebar`` holds the post)."""
    memo = {} if memo is None else memo
    for anc in el.iterancestors():
        if anc.tag in ("body", "html"):
            return False
        known = memo.get(anc)
        if known is None:
            known = memo[anc] = is_widget(anc, pattern)
        if known:
            return True
    return False


def headline_ancestors(head: HtmlElement | None) -> dict[HtmlElement, bool]:
    """The post headline's ancestors, marked "not a widget" (a memo for :func:`in_widget`)."""
    return {anc: False for anc in head.iterancestors()} if head is not None else {}


def headline(tree: HtmlElement, marked: list[HtmlElement] | None = None) -> HtmlElement | None:
    """The post's headline element: an ``<h1>`` marked as the post title, else the first ``<h1>``.
    ``marked``: ``X_HEADLINE(tree)`` if already evaluated."""
    marked = X_HEADLINE(tree) if marked is None else marked
    heads = [el for el in marked[:3] if el.tag == "h1"] or X_H1(tree)[:1]
    return heads[0] if heads else None


def after_headline(head: HtmlElement | None, limit: int = 16) -> list[HtmlElement]:
    """The first ``limit`` elements after the headline in document order (meta line, credits, the body's start),
    scripts and styles left out: XPath's ``following::*[…][position() <= 16]``, which libxml2 evaluates by
    collecting every element to the end of the page first (0.7 ms a page)."""
    found: list[HtmlElement] = []
    node = head
    while node is not None:
        for sibling in node.itersiblings():
            for el in sibling.iter(Element):
                if el.tag not in _NOT_SHOWN:
                    found.append(el)
                    if len(found) == limit:
                        return found
        node = node.getparent()
    return found
