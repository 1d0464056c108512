"""WARC export: each article's archived pages as WARC records, and reading them back.

Per article, in order:

* one ``response`` record per archived page, rebuilt from the stored raw page (status, headers, body),
  WARC-Target-URI the URL that served the bytes and WARC-Date the fetch time; a post archived straight
  from a full-content feed (no page was fetched) is a ``resource`` record instead, since no HTTP exchange
  happened for it. A multi-page article (pages joined by PAGE_BREAK in the archive) gets one record per page.
* one ``metadata`` record (``application/json``) with the extracted fields, what re-extraction needs
  (discovery hints, the source's rules) and the page records' ids in page order; WARC-Concurrent-To names
  them.

The file starts with a ``warcinfo`` record and is gzipped per record (``.warc.gz``), so ``warcio check``,
``warcio index`` and replay tools (pywb) read it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from typing import IO, Any, Iterator, Sequence

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders, StatusAndHeadersParser
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

from humascrawl import __version__
from humascrawl.items import PAGE_BREAK, Article
from humascrawl.storage.archive import decompress
# The body is stored decoded and whole: headers that described the bytes on the wire would now lie (a
# reader would gunzip plain HTML or parse chunk sizes), so they are kept under X-Archive-Orig-* instead.
_WIRE_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}
# Headers the crawler added to the stored page (not sent by the server): their facts go to the metadata.
_OWN_HEADER_PREFIX = "x-humascrawl-"
METADATA_PROFILE = "humascrawl-article/1"


def _warc_date(value: datetime | None) -> str:
    if value is None:
        value = datetime.now(timezone.utc)
    elif value.tzinfo is not None:
        value = value.astimezone(timezone.utc)
    return datetime_to_iso_date(value.replace(tzinfo=None))


def _status_line(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"{status} Unknown"


def _http_headers(status: int, stored: dict[str, Any], body_length: int) -> StatusAndHeaders:
    headers: list[tuple[str, str]] = []
    for name, value in (stored or {}).items():
        lowered = name.lower()
        if lowered.startswith(_OWN_HEADER_PREFIX):
            continue
        headers.append((f"X-Archive-Orig-{name}" if lowered in _WIRE_HEADERS else name, str(value)))
    headers.append(("Content-Length", str(body_length)))
    return StatusAndHeaders(_status_line(status), headers, protocol="HTTP/1.1")


def page_urls(raw_url: str, headers: dict[str, Any], parts: int) -> list[str]:
    """The URL of each stored page: the crawler notes them in X-Humascrawl-Pages for a multi-page article or
    a single-page view; otherwise the one page came from the raw page's URL."""
    noted = next((str(v).split() for k, v in (headers or {}).items() if k.lower() == "x-humascrawl-pages"), [])
    if len(noted) == parts:
        return noted
    return [raw_url] * parts


def _is_feed_copy(headers: dict[str, Any]) -> bool:
    return any(k.lower() == "x-humascrawl-origin" and str(v).lower() == "feed" for k, v in (headers or {}).items())


class WarcWriter:
    """Writes articles (rows of :func:`humascrawl.storage.export_queries.article_query` with raw pages) as WARC."""

    shape = "warc"

    def __init__(self, path: Path, info: dict[str, Any]):
        self._file: IO[bytes] = open(path, "wb")
        self._writer = WARCWriter(self._file, gzip=True)
        self.records = 0
        self.pages = 0
        self.without_raw_page = 0
        fields = {"software": f"humascrawl/{__version__}", "format": "WARC File Format 1.0",
                  "conformsTo": "http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf",
                  **{k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v)
                     for k, v in info.items()}}
        self._write(self._writer.create_warcinfo_record(path.name, fields))

    def _write(self, record) -> None:
        self._writer.write_record(record)
        self.records += 1

    def write(self, rows: Sequence[Any]) -> None:
        for row in rows:
            self._write_article(row)

    def _write_article(self, row: Any) -> None:
        article = Article.from_fields(row)
        date = _warc_date(row.raw_fetched_at)
        pages: list[dict[str, str]] = []
        if row.raw_body is None:
            self.without_raw_page += 1
        else:
            parts = decompress(row.raw_body).split(PAGE_BREAK)
            urls = page_urls(row.raw_url, row.raw_headers, len(parts))
            feed_copy = _is_feed_copy(row.raw_headers)
            for index, (url, body) in enumerate(zip(urls, parts)):
                record = self._page_record(url, date, body, row.raw_status, row.raw_headers if index == 0 else
                                           _content_type_only(row.raw_headers), feed_copy)
                self._write(record)
                self.pages += 1
                pages.append({"url": url, "record_id": record.rec_headers.get_header("WARC-Record-ID")})
        metadata = {
            "profile": METADATA_PROFILE,
            "article": article.to_json(),
            "archive": {"article_id": row.id, "source": row.source_name, "version": row.version,
                        "fetched_via": row.fetched_via, "extractor_version": row.extractor_version,
                        "raw_page_id": row.raw_page_id, "body_sha256": row.raw_sha256,
                        "status": row.raw_status, "fetched_at": date},
            "hints": row.raw_hints or {},
            "rules": dict(((row.source_config or {}).get("rules")) or {}),
            "pages": pages,
        }
        payload = json.dumps(metadata, ensure_ascii=False, default=str).encode("utf-8")
        warc_headers = StatusAndHeaders("", [("WARC-Date", date)], protocol="WARC/1.0")
        warc_headers.add_header("WARC-Type", "metadata")
        warc_headers.add_header("WARC-Record-ID", StatusAndHeadersParser.make_warc_id())
        warc_headers.add_header("WARC-Target-URI", article.url)
        for page in pages:
            warc_headers.add_header("WARC-Concurrent-To", page["record_id"])
        self._write(self._writer.create_warc_record(
            article.url, "metadata", payload=BytesIO(payload), length=len(payload),
            warc_content_type="application/json", warc_headers=warc_headers))

    def _page_record(self, url: str, date: str, body: bytes, status: int, headers: dict[str, Any],
                     feed_copy: bool):
        if feed_copy:
            content_type = _content_type_only(headers).get("Content-Type", "text/html")
            return self._writer.create_warc_record(
                url, "resource", payload=BytesIO(body), length=len(body), warc_content_type=content_type,
                warc_headers_dict={"WARC-Date": date})
        return self._writer.create_warc_record(
            url, "response", payload=BytesIO(body), length=len(body), warc_headers_dict={"WARC-Date": date},
            http_headers=_http_headers(status, headers, len(body)))

    def close(self) -> None:
        self._file.close()


def _content_type_only(headers: dict[str, Any]) -> dict[str, str]:
    """A later page of a multi-page article: only its type is known (the crawler kept page 1's headers)."""
    found = next((str(v) for k, v in (headers or {}).items() if k.lower() == "content-type"), None)
    return {"Content-Type": found} if found else {}


@dataclass
class WarcArticle:
    """One article read back from an exported WARC: its metadata record and its pages' bodies in order."""

    metadata: dict[str, Any]
    bodies: list[bytes]

    @property
    def article(self) -> Article:
        return Article.from_json(self.metadata["article"])

    def archived_body(self) -> bytes:
        """The body as the archive keeps it (pages joined by PAGE_BREAK), ready for extract_archived."""
        return PAGE_BREAK.join(self.bodies)

    def reextract(self) -> Article:
        """Run the current extractor on the pages, as ``humascrawl reextract`` does on the archive."""
        from humascrawl.extract.multipage import extract_archived

        return extract_archived(self.archived_body(), self.article.url, self.metadata.get("hints") or {},
                                self.metadata.get("rules") or {})


def read_warc_articles(stream: IO[bytes]) -> Iterator[WarcArticle]:
    """The articles of a WARC written by :class:`WarcWriter`, in file order, holding one article at a time."""
    pending: dict[str, bytes] = {}
    for record in ArchiveIterator(stream):
        record_id = record.rec_headers.get_header("WARC-Record-ID")
        if record.rec_type in ("response", "resource"):
            pending[record_id] = record.content_stream().read()
        elif record.rec_type == "metadata":
            metadata = json.loads(record.content_stream().read())
            if metadata.get("profile") != METADATA_PROFILE:
                continue
            bodies = [pending.pop(page["record_id"]) for page in metadata["pages"]]
            yield WarcArticle(metadata, bodies)
