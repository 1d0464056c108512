"""Step 3: the article's lines (paragraphs), before the line filter of :mod:`.boilerplate`.

On a private copy of the shared tree:

1. :func:`find_container` — the post body: a known class (``.post-body``, ``.entry-content``,
   ``[itemprop=articleBody]``…), else the element collecting the most paragraph text.
2. :func:`preclean` — drop comment widgets, share bars, related posts, "Baca Juga" blocks,
   sidebars, author boxes, view counters (``data/rules/boilerplate.toml``), never the post body
   or its ancestors.
3. :func:`trafilatura_lines` — trafilatura in precision mode without its fallback extractors
   (comments and tables off); only when that finds next to nothing and no post body stands out,
   trafilatura again with its fallbacks.
4. Reconcile with the post body's own lines (:func:`container_lines`), by which covers which
   (:func:`.reconcile.reconcile`): a marked post body that is a sliver of the page (a quoted post classed
   ``entry-content``) is no evidence, trafilatura runs on the whole page; a container that
   trafilatura's text dwarfs and mostly lies outside of is a fragment (an author's note), trafilatura
   wins; when trafilatura missed a good part of the container, the container's lines are used, less a
   repeat of the article in it; otherwise list items and short lines that trafilatura took from outside
   it are dropped (:func:`trim_edges`), and opening/closing lines it lost (a ``<br>`` dateline, a bold
   ``Sumber:``) are put back (:func:`restore_edges`).
"""

from __future__ import annotations

import re
from collections import Counter
from copy import copy, deepcopy

from lxml.etree import XPath
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.htmlprocessing import prune_unwanted_nodes
from trafilatura.settings import MANUALLY_CLEANED
from trafilatura.xml import xmltotxt
from trafilatura.xpaths import DISCARD_IMAGE_ELEMENTS, OVERALL_DISCARD_XPATH, TEASER_DISCARD_XPATH

from .document import empty_page
from .reconcile import reconcile, restore_edges, strip_marker, trim_edges
from .rules import Boilerplate
from .text import clean_line, words

__all__ = ["find_container", "preclean", "flatten_layout_tables", "container_lines", "trafilatura_lines", "trim_edges",
           "restore_edges", "extract_lines", "structural_lines"]

# post-body containers by class/id, best first (Blogger, WordPress, schema.org, common themes)
_CONTAINER_CLASSES = ("post-body", "entry-content", "post-content", "article-content", "article-body",
                      "td-post-content", "single-content", "entry-body", "post-entry", "content-detail")
_CONTAINER_CLASS_RE = re.compile("|".join(_CONTAINER_CLASSES))
_X_ATTRIBUTED = XPath("/descendant::*[@class or @id or @itemprop]")
_X_TEXT_CARRIERS = XPath("/descendant::p|/descendant::br|/descendant::div[text()[normalize-space()]]")
_X_LINK_TEXT = XPath(".//a/descendant::text()")
_PROTECTED_TAGS = {"html", "body", "main"}
# below this many words the quick trafilatura pass has failed: retry with its fallbacks
_RETRY_BELOW_WORDS = 50
# a marked post body under this many words, on a page with this many times its words, is a sliver (a quote)
_SLIVER_WORDS, _SLIVER_SHARE = 100, 10
# an article split into this many sibling blocks of one class is taken whole
_SPLIT_BLOCKS = 3
_SKIP_TAGS = {"script", "style", "noscript", "iframe", "form", "button", "select", "textarea", "svg",
              "figcaption", "template", "input", "object", "embed", "video", "audio", "canvas", "map"}
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
               "article", "figure", "pre", "tr", "dl", "dt", "dd", "hr", "header", "footer", "aside", "address", "center"}


def _text_len(el: HtmlElement) -> int:
    return len(" ".join(el.text_content().split()))


def _container_rank(el: HtmlElement) -> int | None:
    if "articleBody" in (el.get("itemprop") or "").split():
        return 2
    classes = (el.get("class") or "").split()
    for rank, name in enumerate(_CONTAINER_CLASSES):
        if name in classes:
            return rank if rank < 2 else rank + 1
    return None


def _link_density(el: HtmlElement, length: int) -> float:
    links = sum(len(t.strip()) for t in _X_LINK_TEXT(el))
    return links / length if length else 1.0


def find_container(tree: HtmlElement, attributed: list[HtmlElement] | None = None) -> HtmlElement | None:
    """The element that holds the post body, or None.

    First a known post-body class (``.post-body``, ``.entry-content``, ``[itemprop=articleBody]``…),
    else the element collecting the most paragraph, ``<br>``-line and text-``<div>`` text
    (its children count fully, its grandchildren half), if it is not a link list.
    ``attributed``: the tree's elements with a class, id or itemprop, if already collected.
    """
    best: tuple[int, int, HtmlElement] | None = None
    for el in _X_ATTRIBUTED(tree) if attributed is None else attributed:
        if "articleBody" not in (el.get("itemprop") or "") and not _CONTAINER_CLASS_RE.search(el.get("class") or ""):
            continue
        rank = _container_rank(el)
        if rank is None:
            continue
        length = _text_len(el)
        if length >= 150 and (best is None or (rank, -length) < (best[0], -best[1])):
            best = (rank, length, el)
    if best is not None:
        return best[2]
    scores: Counter[HtmlElement] = Counter()
    for el in _X_TEXT_CARRIERS(tree):
        if el.tag == "p":
            length = len(" ".join(el.text_content().split()))
        elif el.tag == "br":
            length = len((el.tail or "").strip())
        else:
            length = len((el.text or "").strip()) + sum(len((c.tail or "").strip()) for c in el)
        if length < 25:
            continue
        parent = el.getparent()
        if parent is None:
            continue
        scores[parent] += length
        grandparent = parent.getparent()
        if grandparent is not None:
            scores[grandparent] += length // 2
    for el, score in scores.most_common(3):
        if score < 400 or el.tag in _PROTECTED_TAGS:
            continue
        if _link_density(el, _text_len(el)) < 0.25:
            return _whole_of_split(el)
    return None


def _whole_of_split(el: HtmlElement) -> HtmlElement:
    """The element holding an article split into sibling blocks of one class (``article__block`` between ads and
    embeds) when ``el`` is the biggest of them, else ``el``: one block is a fraction of the report."""
    for block in (el, el.getparent()):
        holder = block.getparent() if block is not None else None
        cls = block.get("class") if block is not None else None
        if holder is None or not cls or holder.tag in _PROTECTED_TAGS:
            continue
        alike = [sibling for sibling in holder if sibling.get("class") == cls]
        if len(alike) < _SPLIT_BLOCKS:
            continue
        whole = _text_len(holder)
        if whole >= 2 * _text_len(block) and _link_density(holder, whole) < 0.25:
            return holder
    return el


def _drop(el: HtmlElement) -> None:
    """Remove an element but keep its tail text (lxml's ``drop_tree``)."""
    if el.getparent() is not None:
        el.drop_tree()


_BLOCK_TAGS_FOR_PREFIX = {"p", "li", "div", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "dd"}


def _prefix_blocks(tree: HtmlElement, rules: Boilerplate) -> list[HtmlElement]:
    """Short blocks (≤ 300 characters) under ``tree`` whose text starts with a "Baca Juga"-like prefix."""
    prefixes = rules.block_prefix
    found = []
    if not prefixes:
        return found
    for node in tree.iter():
        for text, is_tail in ((node.text, False), (node.tail, True)):
            if not text or not text.lstrip()[:40].lower().startswith(prefixes):
                continue
            el = node.getparent() if is_tail else node
            while el is not None and el.tag not in _BLOCK_TAGS_FOR_PREFIX and el.tag not in _PROTECTED_TAGS:
                el = el.getparent()
            if el is None or el.tag in _PROTECTED_TAGS:
                continue
            block = " ".join(el.text_content().split()).lower()
            if len(block) <= 300 and block.startswith(prefixes):
                found.append(el)
    return found


def preclean(
    tree: HtmlElement,
    rules: Boilerplate,
    container: HtmlElement | None,
    attributed: list[HtmlElement] | None = None,
) -> HtmlElement:
    """Remove page furniture in place (call it on a copy). Returns ``tree``.

    Elements are dropped by class/id anywhere; "Baca Juga" blocks inside the post body (the
    whole page when no post body was found). ``attributed``: the tree's elements with a class,
    id or itemprop, if already collected.
    """
    protected = set(container.iterancestors()) if container is not None else set()
    if container is not None:
        protected.add(container)
    doomed = []
    furniture: dict[str, bool] = {}  # class attribute → matches; a page repeats the same few classes
    for el in _X_ATTRIBUTED(tree) if attributed is None else attributed:
        if el.tag in _PROTECTED_TAGS or el in protected:
            continue
        ident = el.get("id")
        if ident and rules.container_id.fullmatch(ident.lower()):
            doomed.append(el)
            continue
        cls = el.get("class")
        if cls:
            known = furniture.get(cls)
            if known is None:
                known = furniture[cls] = rules.container_class.search(cls.lower()) is not None
            if known:
                doomed.append(el)
    doomed.extend(el for el in _prefix_blocks(tree if container is None else container, rules) if el not in protected)
    for el in doomed:
        _drop(el)
    return tree


_CELL_TAGS = {"td", "th"}
_TABLE_STRUCTURE = {"table", "thead", "tbody", "tfoot", "tr"}
# trafilatura's Markdown table rows ("| a | b |") and their head separator ("|---|---|")
_TABLE_RULE = re.compile(r"\|?(?:\s*-{3,}\s*\|)+")


def _join_cells(cells: list[str]) -> str:
    """A table row's cells as one line: `` | `` between them, but a key/value row reads ``Editor : X``."""
    out = ""
    for cell in cells:
        if cell:
            out = cell if not out else f"{out} {cell}" if cell[0] == ":" else f"{out} | {cell}"
    return out


def _table_row(line: str) -> str:
    """A Markdown table row as one line of cells (the container's rows read the same)."""
    if line.startswith("|") and line.endswith("|"):
        return _join_cells([part.strip().replace("\\|", "|") for part in line[1:-1].split(" | ")])
    return line


_X_TABLES = XPath("/descendant::table")
_TABLE_PARTS = {"table": "div", "thead": "div", "tbody": "div", "tfoot": "div", "tr": "div", "td": "div", "th": "div",
                "caption": "div"}


def flatten_layout_tables(tree: HtmlElement, container: HtmlElement | None) -> None:
    """Turn layout tables into plain blocks, in place, so that only data tables read as tables.

    A layout table holds the post body, another table or paragraphs in a cell (a page laid out in table cells);
    a data table (prices, a schedule, an image with its caption) holds none of them.
    """
    holders = set(container.iterancestors()) if container is not None else set()
    for table in _X_TABLES(tree):
        if (table in holders or table is container or next(table.iterdescendants("table"), None) is not None
                or _holds_prose(table)):
            _flatten(table, container)


def _holds_prose(table: HtmlElement) -> bool:
    """Does a cell hold paragraphs (two or more ``<p>``/``<br>`` breaks in over 200 characters)?"""
    for cell in table.iterdescendants("td", "th"):
        if sum(1 for _ in cell.iterdescendants("p", "br")) >= 2 and _text_len(cell) > 200:
            return True
    return False


def _flatten(el: HtmlElement, container: HtmlElement | None) -> None:
    """Retag one table's own rows and cells as blocks; tables inside it and the post body are left alone."""
    el.tag = _TABLE_PARTS[el.tag]
    for child in el:
        if child.tag in _TABLE_PARTS and child.tag != "table":
            if child is container:  # a cell holding the post body: a block, its contents untouched
                child.tag = _TABLE_PARTS[child.tag]
            else:
                _flatten(child, container)


def _walk(el: HtmlElement, out: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _SKIP_TAGS:
        return
    block = tag in _BLOCK_TAGS
    if block:
        out.append("\n")
    if tag in _CELL_TAGS and el.getprevious() is not None:
        following = "".join(el.itertext()).lstrip()
        out.append(" " if following.startswith(":") else " | ")
    if el.text and tag != "br" and tag not in _TABLE_STRUCTURE:
        out.append(el.text)
    for child in el:
        _walk(child, out)
        if child.tail and tag not in _TABLE_STRUCTURE:  # only layout whitespace between rows and cells
            out.append(child.tail)
    if block:
        out.append("\n")


def container_lines(container: HtmlElement) -> list[str]:
    """The container's text as lines: block elements and ``<br>`` break lines, a table row per line."""
    out: list[str] = []
    _walk(container, out)
    lines = (clean_line(part) for part in "".join(out).split("\n") if part and not part.isspace())
    return [line.strip(" |") if "|" in line else line for line in lines if line and line != "|"]


def trafilatura_lines(tree: HtmlElement, url: str | None, *, quick: bool = True) -> list[str]:
    """trafilatura's main text as lines (list items keep their ``- `` marker).

    ``quick``: precision mode without the readability/jusText comparison (the hot path);
    otherwise trafilatura's default balanced mode with its fallbacks (the retry).
    """
    options = {"favor_precision": True, "fast": True} if quick else {}
    result = bare_extraction(
        tree, url=url, include_comments=False, include_tables=True, include_images=False,
        include_links=False, with_metadata=False, deduplicate=False, **options,
    )
    if result is None or result.body is None:
        return []
    text = xmltotxt(result.body, False) or ""
    lines = (clean_line(part) for part in text.split("\n"))
    return [_table_row(line) for line in lines if line and not _TABLE_RULE.fullmatch(line)]


def _trafilatura_on_post_body(container: HtmlElement, url: str | None) -> list[str]:
    """:func:`trafilatura_lines` on a page holding only the marked post body: the same lines as on the whole
    (pre-cleaned) page, at a fraction of the cost. The container goes back to its place afterwards."""
    parent, tail = container.getparent(), container.tail
    index = parent.index(container) if parent is not None else 0
    page = empty_page()
    page[0].append(container)
    container.tail = None
    try:
        return trafilatura_lines(page, url)
    finally:
        if parent is not None:
            parent.insert(index, container)
            container.tail = tail


# what trafilatura's own structure rules call boilerplate: its cleaned tags (figures, asides, footers...), its
# discard, teaser and caption classes (collapsed boxes, hidden blocks, "more on this" teasers)
_STRUCTURAL_TAGS = tuple(MANUALLY_CLEANED)
_STRUCTURAL_DISCARDS = (OVERALL_DISCARD_XPATH, TEASER_DISCARD_XPATH, DISCARD_IMAGE_ELEMENTS)


def structural_lines(container: HtmlElement) -> list[str]:
    """:func:`container_lines` of a copy of the container without what trafilatura's structure rules discard.

    The evidence for a container line trafilatura left out: dropped by a rule about the page's structure
    (a caption, a collapsed box, a teaser), it is boilerplate; dropped by its scoring alone, it may be
    the article. trafilatura's guard holds too: the discard rules prune nothing when they would remove
    six sevenths of the text."""
    page = empty_page()
    box = deepcopy(container)
    box.tail = None
    page[0].append(box)
    for el in list(box.iter(*_STRUCTURAL_TAGS)):
        if el is not box:
            _drop(el)
    for discards in _STRUCTURAL_DISCARDS:
        prune_unwanted_nodes(page, discards, with_backup=True)
    return container_lines(box)


def _page_words(tree: HtmlElement) -> int:
    return len(tree.text_content().split())


def _dwarfed(own_words: int, tree: HtmlElement) -> bool:
    """Is a marked post body only a sliver of the page (a quoted post or a teaser classed ``entry-content`` while
    the article itself is elsewhere)? Then it is no evidence for where the article is."""
    return own_words < _SLIVER_WORDS and _page_words(tree) > _SLIVER_SHARE * max(own_words, 1)


def extract_lines(tree: HtmlElement, url: str | None, rules: Boilerplate, *, in_place: bool = False) -> list[str]:
    """The article's lines before the boilerplate filter. ``in_place``: work on ``tree`` itself (it is left
    pruned) instead of a copy — for a caller that reads nothing more from it."""
    work = tree if in_place else copy(tree)
    attributed = _X_ATTRIBUTED(work)
    container = find_container(work, attributed)
    preclean(work, rules, container, attributed)
    flatten_layout_tables(work, container)
    own = container_lines(container) if container is not None else []
    own_tokens = Counter(words(" ".join(own)))
    own_words = sum(own_tokens.values())
    marked = container is not None and _container_rank(container) is not None and not _dwarfed(own_words, work)
    lines = _trafilatura_on_post_body(container, url) if marked else trafilatura_lines(work, url)
    got_tokens = Counter(words(" ".join(lines)))
    got = sum(got_tokens.values())
    if got < _RETRY_BELOW_WORDS and own_words < max(_RETRY_BELOW_WORDS, _page_words(work) * 0.15):
        # the quick pass failed and no post body stands out: trafilatura with its fallbacks
        retry = trafilatura_lines(work, url, quick=False)
        retry_tokens = Counter(words(" ".join(retry)))
        if sum(retry_tokens.values()) > got:
            lines, got_tokens = retry, retry_tokens
    if container is not None:
        lines = reconcile(lines, own, got_tokens, own_tokens, marked,
                           balanced=lambda: trafilatura_lines(work, url, quick=False),
                           structural=lambda: structural_lines(container))
    return [strip_marker(line) for line in lines]
