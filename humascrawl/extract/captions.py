"""Figure captions kept in the post body, found once on the whole page and dropped from the lines later, when the
page's language says whether a caption belongs to the text (on Indonesian pages the news photo's caption is not the
release's)."""

from __future__ import annotations

from functools import lru_cache

from lxml.etree import XPath
from lxml.html import HtmlElement

from .rules import Boilerplate

__all__ = ["caption_texts", "drop_captions"]


@lru_cache(maxsize=8)
def _caption_xpath(classes: tuple[str, ...]) -> XPath:
    return XPath("|".join(f"/descendant::*[contains(@class,'{name}')]" for name in classes))


def _caption_key(text: str) -> str:
    return " ".join(text.lower().split())


_X_IMAGE_TABLES = XPath("/descendant::table[.//img][not(.//table)]")


def _image_table_caption(table: HtmlElement) -> str | None:
    """The caption of a table that is an image with a line of text under or over it (Blogger's caption table
    without its classes), else None."""
    rows = [row for row in table.iter("tr")]
    if not 2 <= len(rows) <= 3:
        return None
    texts = [" ".join(row.text_content().split()) for row in rows]
    pictures = [i for i, row in enumerate(rows) if next(row.iter("img"), None) is not None]
    if len(pictures) != 1 or texts[pictures[0]]:
        return None
    caption = " ".join(text for text in texts if text)
    return caption if 0 < len(caption) <= 300 else None


def caption_texts(tree: HtmlElement, rules: Boilerplate) -> frozenset[str]:
    """The texts of the post's figure captions that :func:`preclean` keeps (``caption_class``, and tables that
    are an image over a line of text), normalised, for :func:`drop_captions` once the page's language is known."""
    found = [el.text_content() for el in _caption_xpath(rules.caption_class)(tree)] if rules.caption_class else []
    found.extend(caption for table in _X_IMAGE_TABLES(tree) if (caption := _image_table_caption(table)))
    return frozenset(key for key in map(_caption_key, found) if key)


def drop_captions(lines: list[str], captions: frozenset[str]) -> list[str]:
    """The lines that are not one of ``captions`` (:func:`caption_texts`)."""
    return [line for line in lines if _caption_key(line) not in captions] if captions else lines
