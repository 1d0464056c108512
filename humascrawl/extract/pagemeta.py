"""Raw head metadata, read once per page: every ``<meta>`` and the article-like JSON-LD objects."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from lxml.etree import XPath
from lxml.html import HtmlElement

__all__ = ["PageMeta", "collect_page_meta"]

_ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                  "opinionnewsarticle", "webpage", "posting", "socialmediaposting", "liveblogposting"}

_X_META = XPath("/descendant::meta")
_X_JSONLD = XPath("/descendant::script[@type='application/ld+json']")


@dataclass(frozen=True)
class PageMeta:
    """Raw head metadata read once: ``<meta>`` contents and article-like JSON-LD objects."""

    meta: dict[str, str] = field(default_factory=dict)
    jsonld: tuple[dict[str, Any], ...] = ()
    tags: tuple[str, ...] = ()  # every ``article:tag`` (a key that repeats)

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
    tags: list[str] = []
    for el in _X_META(tree):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        content = el.get("content")
        if key and content and content.strip():
            meta.setdefault(key.strip().lower(), content.strip())
            if key == "article:tag":
                tags.append(content)
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
    return PageMeta(meta=meta, jsonld=tuple(found), tags=tuple(tags))
