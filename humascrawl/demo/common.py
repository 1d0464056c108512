"""Helpers shared by the Blogger and WordPress renderers: responses, dates, escaping, post bodies."""

from __future__ import annotations

import gzip
import hashlib
import html
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import format_datetime
from urllib.parse import quote

from .content import Post
from .vocab import DAYS, MONTHS

#: a 1x1 transparent GIF (served for every post image)
PIXEL_GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,"
             b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")

HTML = "text/html; charset=UTF-8"
XML = "application/xml; charset=UTF-8"
JSON = "application/json; charset=UTF-8"


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    content_type: str = HTML
    headers: dict[str, str] = field(default_factory=dict)
    last_modified: datetime | None = None
    _etag: str | None = None
    _gz: bytes | None = None

    @property
    def etag(self) -> str:
        if self._etag is None:
            self._etag = '"' + hashlib.blake2b(self.body, digest_size=10).hexdigest() + '"'
        return self._etag

    def gzipped(self) -> bytes:
        if self._gz is None:
            self._gz = gzip.compress(self.body, compresslevel=5, mtime=0)
        return self._gz


def text_response(body: str, status: int = 200, content_type: str = HTML, **headers: str) -> Response:
    return Response(status, body.encode("utf-8"), content_type, dict(headers))


def json_response(obj, status: int = 200, headers: dict | None = None, blogger_style: bool = False) -> Response:
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    if blogger_style:  # Blogger escapes like this: \u003C ... \/
        s = s.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026").replace("/", "\\/")
    return Response(status, s.encode("utf-8"), JSON, dict(headers or {}))


def esc(s: str) -> str:
    """Escape for HTML text (quotes kept as typed, as Blogger's editor does)."""
    return html.escape(s, quote=False)


def attr(s: str) -> str:
    return html.escape(s, quote=True)


def xesc(s: str) -> str:
    return html.escape(s, quote=True).replace("&#x27;", "&apos;")


def iso_ms(dt: datetime) -> str:
    """``2024-05-15T14:02:00.000+07:00`` (Blogger's feed timestamps)."""
    return dt.isoformat(timespec="milliseconds")


def iso_utc(dt: datetime) -> str:
    """``2024-05-15T07:02:00Z`` (sitemap lastmod)."""
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def rfc822(dt: datetime) -> str:
    return format_datetime(dt.astimezone(timezone.utc).replace(microsecond=0))


def http_date(dt: datetime) -> str:
    return format_datetime(dt.astimezone(timezone.utc).replace(microsecond=0), usegmt=True)


def id_long_date(dt: datetime) -> str:
    """``Rabu, 15 Mei 2024`` (Blogger's Indonesian date header)."""
    return f"{DAYS[dt.weekday()]}, {dt.day} {MONTHS[dt.month - 1]} {dt.year}"


def id_md_date(dt: datetime) -> str:
    """``Mei 15, 2024`` (WordPress ``F j, Y`` in id_ID)."""
    return f"{MONTHS[dt.month - 1]} {dt.day}, {dt.year}"


def parse_time(value: str, tz: timezone) -> datetime:
    """RFC 3339 / ISO 8601 query value; a '+' turned into ' ' by form decoding is put back; naive -> ``tz``."""
    v = value.strip().replace(" ", "+")
    if v.endswith(("Z", "z")):
        v = v[:-1] + "+00:00"
    dt = datetime.fromisoformat(v)
    return dt if dt.tzinfo else dt.replace(tzinfo=tz)


def label_path(label: str) -> str:
    return quote(label, safe="")


def snippet(post: Post, n: int = 160) -> str:
    text = f"{post.lead} {post.text}".replace("\n\n", " ")
    if len(text) <= n:
        return text
    return text[:n].rsplit(" ", 1)[0] + "..."


def body_html(post: Post, *, baca: tuple[str, str] | None, image_url: str | None, wordpress: bool,
              page: int | None = None) -> str:
    """The article body as the outlet's editor produced it: dateline, paragraphs, "Baca Juga", credit lines.

    ``page``: only what page ``page`` of a multi-page post shows (the image and dateline on the first page,
    the credit lines on the last); ``None`` is the whole post, as feeds and APIs carry it.
    """
    items = [esc(p) for p in post.paragraphs]
    owner = list(range(len(items)))  # the paragraph each item belongs to (decides its page)
    lead = esc(post.lead)
    if wordpress and post.id % 2:
        lead = f"<strong>{lead}</strong>"
    items[0] = f"{lead}<br />{items[0]}" if post.lead_break else f"{lead} {items[0]}"
    trailer = [esc(t) for t in post.trailer]
    if post.trailer_inline and trailer:
        items[-1] = f"{items[-1]} {trailer.pop()}"
    if baca:
        tag = "strong" if wordpress else "b"
        link = f'<{tag}>Baca Juga: <a href="{attr(baca[1])}">{esc(baca[0])}</a></{tag}>'
        at = min(post.baca_juga_at, len(items))
        items.insert(at, link)
        owner.insert(at, at - 1)
    first = last = True
    if page is not None and post.pages > 1:
        ranges = post.page_ranges()
        shown = ranges[min(max(page, 1), len(ranges)) - 1]
        items = [x for x, o in zip(items, owner) if o in shown]
        first, last = shown is ranges[0], shown is ranges[-1]
    if not last:
        trailer = []
    out = []
    if image_url and first:
        if wordpress:
            out.append(f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="576"'
                       f' src="{attr(image_url)}" alt="" class="wp-image-{post.id + 1}"/></figure>\n')
        else:
            out.append(f'<div class="separator" style="clear: both; text-align: center;"><a href="{attr(image_url)}"'
                       f' style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="720"'
                       f' data-original-width="1280" height="360" src="{attr(image_url)}" width="640" /></a></div>')
    if wordpress:
        out += [f"<p>{x}</p>\n" for x in items]
        if trailer:
            out.append("<p>" + "<br>\n".join(trailer) + "</p>\n")
        return "".join(out)
    style = post.body_style
    if style == "br":
        out.append("<br />\n<br />\n".join(items))
        if trailer:
            out.append("<br />\n<br />\n" + "<br />\n".join(trailer))
    elif style == "div":
        j = '<div style="text-align: justify;">'
        out += [f'{j}{x}</div>{j}<br /></div>' for x in items]
        out += [f"<div>{t}</div>" for t in trailer]
    else:
        out += [f'<p style="text-align: justify;">{x}</p>' for x in items]
        if trailer:
            out.append("<p>" + "<br />".join(trailer) + "</p>")
    return "".join(out)
