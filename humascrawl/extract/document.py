"""Step 1: decode the input and parse it once.

Every later step reads the same :class:`Document`; none of them re-parses the HTML.
Steps that need to change the tree (the body step) work on their own copy, so the
shared tree is never mutated.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from .errors import ExtractionError

__all__ = ["Document", "decode_html", "parse_document", "empty_page"]

# trafilatura's own parser settings (comments and processing instructions are noise for every step), but every
# element an ``HtmlElement`` looked up in C: lxml.html's default lookup calls Python for each element proxy made,
# a measurable share of the extraction's cost (we use no form-element classes)
_PARSER = lxml.etree.HTMLParser(collect_ids=False, default_doctype=False, remove_comments=True, remove_pis=True)
_PARSER.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity))

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_FAULTY_HTML = re.compile(r"(<html[^>]*?)\s*/>", re.I)
# characters libxml2 refuses (C0 controls except tab/newline/carriage return, and non-characters)
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# the same as bytes, to count or rule them out with ``bytes.translate`` (a regex scan of a whole page costs more)
_INVALID_BYTES = bytes(range(0x00, 0x09)) + b"\x0b\x0c" + bytes(range(0x0e, 0x20))
_CONTROL_BYTES = bytes(range(0x00, 0x09)) + bytes(range(0x0e, 0x20))
# any real markup: an HTML tag name we know, a doctype, or a closing tag
_MARKUP = re.compile(
    r"<\s*(?:!doctype|html|head|body|div|p|article|section|main|span|a|h[1-6]|title|meta|br|table|ul|ol|li|img|script)\b"
    r"|</\s*[a-z][a-z0-9]*\s*>",
    re.I,
)
_FEED_ROOT = re.compile(r"<\s*(?:rss|feed|urlset|sitemapindex|rdf:RDF)\b", re.I)
_LATIN_CHARSETS = {"iso8859-1", "cp1252", "ascii", "latin-1", "iso8859-15"}
# magic numbers of common binary formats a crawler may hand over by mistake
_MAGIC = {
    b"\x1f\x8b": "gzip data",
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"PK\x03\x04": "a ZIP archive",
    b"RIFF": "a RIFF (WebP/AVI) file",
}


@dataclass(frozen=True)
class Document:
    """A decoded, parsed page. ``tree`` is the ``<html>`` root; treat it as read-only."""

    html: str
    tree: HtmlElement
    url: str | None = None


def _charset_from_bytes(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").strip().lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(data: str | bytes) -> str:
    """Bytes → str: BOM, else ``<meta charset>``/``http-equiv``, else UTF-8 with replacement.

    Raises :class:`ExtractionError` for empty or binary input.
    """
    if data is None:
        raise ExtractionError("empty input: no HTML given")
    if isinstance(data, (bytes, bytearray, memoryview)):
        data = bytes(data)
        if not data.strip():
            raise ExtractionError("empty input: no HTML given")
        for magic, what in _MAGIC.items():
            if data.startswith(magic):
                raise ExtractionError(f"binary input: looks like {what}, not HTML")
        for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
            if data.startswith(bom):
                text = data.decode(codec, errors="replace")
                break
        else:
            if b"\x00" in data[:65536]:
                raise ExtractionError("binary input: contains NUL bytes")
            charset = _charset_from_bytes(data)
            text = None
            if charset in _LATIN_CHARSETS:
                # pages that declare Latin-1 but are UTF-8 (common): valid UTF-8 wins, no mojibake
                try:
                    text = data.decode("utf-8")
                except UnicodeDecodeError:
                    text = data.decode(charset, errors="replace")
            elif charset and charset not in ("utf-8", "utf-16", "utf-32"):
                text = data.decode(charset, errors="replace")
            if text is None:
                try:
                    text = data.decode("utf-8")
                except UnicodeDecodeError:
                    text = data.decode("utf-8", errors="replace")
                    sample = text[:20000]
                    if sample.count("\ufffd") > max(20, len(sample) // 20):
                        raise ExtractionError("binary input: not decodable as text") from None
    elif isinstance(data, str):
        text = data
    else:
        raise ExtractionError(f"unsupported input type {type(data).__name__}: expected str or bytes")
    if not text.strip():
        raise ExtractionError("empty input: no HTML given")
    sample = text[:65536]
    if "\x00" in sample or _count_controls(sample) > max(8, len(sample) // 100):
        raise ExtractionError("binary input: contains control characters")
    return text


def _count_controls(text: str) -> int:
    raw = text.encode("utf-8", "surrogatepass")
    return len(raw) - len(raw.translate(None, _CONTROL_BYTES))


def _has_invalid_xml(text: str) -> bool:
    if "\ufffe" in text or "\uffff" in text:
        return True
    raw = text.encode("utf-8", "surrogatepass")
    return len(raw.translate(None, _INVALID_BYTES)) != len(raw)


def _root_start(text: str) -> str:
    """The text from the first tag that is not an XML declaration, doctype or comment."""
    head = _XML_DECL.sub("", text[:4096], count=1).lstrip()
    while head.startswith("<!"):
        end = head.find("-->") + 3 if head.startswith("<!--") else head.find(">") + 1
        if end <= 0:
            break
        head = head[end:].lstrip()
    return head


def _check_markup(text: str) -> None:
    head = text.lstrip()[:1]
    if head and head in "{[":
        raise ExtractionError("not HTML: the input looks like JSON")
    if _FEED_ROOT.match(_root_start(text)):
        raise ExtractionError("not HTML: the input is an XML feed or sitemap, not an article page")
    if not _MARKUP.search(text[:200000]):
        raise ExtractionError("not HTML: the input has no markup")


def parse_document(data: str | bytes, url: str | None = None) -> Document:
    """Decode, validate and parse a page into a :class:`Document`."""
    text = decode_html(data)
    _check_markup(text)
    cleaned = _XML_DECL.sub("", text, count=1)
    if _has_invalid_xml(cleaned):
        cleaned = _INVALID_XML.sub("", cleaned)
    head = cleaned[:4096]
    if "<html" in head.lower() and _FAULTY_HTML.search(head):
        cleaned = _FAULTY_HTML.sub(r"\1>", cleaned, count=1)
    try:
        tree = lxml.html.document_fromstring(cleaned, parser=_PARSER)
    except (ValueError, lxml.etree.ParserError) as err:
        try:
            tree = lxml.html.document_fromstring(cleaned.encode("utf-8", "surrogatepass"), parser=_PARSER)
        except Exception:  # noqa: BLE001 - lxml raises several types here
            raise ExtractionError(f"not HTML: the parser rejected the input ({err})") from None
    if tree is None or len(tree) == 0:
        raise ExtractionError("no article text found: the document is empty")
    return Document(html=text, tree=tree, url=url or None)


def empty_page() -> HtmlElement:
    """A new ``<html><body></body></html>`` tree from the same parser (a shell to move a part of a page into)."""
    return lxml.html.document_fromstring("<html><body></body></html>", parser=_PARSER)
