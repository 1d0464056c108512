"""What the article page and the article API read: one article, its copies, versions and raw page."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from datetime import datetime
from email.message import Message
from typing import Any

from sqlalchemy.orm import Session

from humascrawl.storage.articles import (
    article_by_id,
    decompress,
    raw_page_by_id,
    stored_article,
)
from humascrawl.storage.clusters import cluster_members, cluster_view
from humascrawl.storage.history import history_of, raw_page_ids, version_list
from humascrawl.storage.models import Article
from humascrawl.urls import safe_http_url

# The largest id either database stores (a signed 64-bit integer): a larger one names nothing, and the
# database drivers refuse to even send it (OverflowError).
MAX_ID = 2**63 - 1


class NotFound(LookupError):
    """No such article, version, cluster or raw page; the message says which."""


def storable(number: int) -> bool:
    """Whether ``number`` fits the databases' 64-bit integers (anything else cannot be stored)."""
    return -MAX_ID <= number <= MAX_ID


def safe_href(url: str | None) -> str | None:
    """``url`` when it is an http(s) URL fit to link to, else None (scraped URLs may be ``javascript:``)."""
    return safe_http_url(url)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def get_row(session: Session, article_id: int) -> Article:
    row = article_by_id(session, article_id) if storable(article_id) else None
    if row is None:
        raise NotFound(f"no article with id {article_id}")
    return row


def article_summary(row: Article) -> dict[str, Any]:
    """The few fields a list of articles shows."""
    return {"id": row.id, "site": row.site, "site_name": row.site_name, "title": row.title,
            "published": row.published, "url": row.url, "source_credit": row.source_credit}


def copies_of(session: Session, row: Article) -> list[dict[str, Any]]:
    """The other articles of the same release (same cluster), origin first (the issuing unit's own copy, else
    the earliest published: :func:`humascrawl.storage.clusters.origin_order`)."""
    if row.cluster is None:
        return []
    members = cluster_members(session, row.cluster)
    origin_id = members[0].id if members else None
    return [{**article_summary(m), "origin": m.id == origin_id} for m in members if m.id != row.id]


def raw_page_info(session: Session, raw_page_id: int | None) -> dict[str, Any] | None:
    if raw_page_id is None:
        return None
    raw = raw_page_by_id(session, raw_page_id)
    if raw is None:
        return None
    return {"url": raw.url, "status": raw.status, "content_type": raw.content_type, "body_size": raw.body_size,
            "body_sha256": raw.body_sha256, "fetched_at": _iso(raw.fetched_at)}


def article_detail(session: Session, article_id: int) -> dict[str, Any]:
    """An article in the public field names plus its archive bookkeeping, copies and version list."""
    row = get_row(session, article_id)
    return {
        "id": row.id,
        **stored_article(row).to_json(),
        "source": row.source.name if row.source else None,
        "version": row.version,
        "first_seen": _iso(row.first_seen),
        "last_seen": _iso(row.last_seen),
        "fetched_via": row.fetched_via,
        "extractor_version": row.extractor_version,
        "raw_page": raw_page_info(session, row.raw_page_id),
        "copies": copies_of(session, row),
        "versions": version_list(session, row),
    }


def article_versions(session: Session, article_id: int) -> dict[str, Any]:
    """Every version of an article, oldest first, each with the fields that changed and a text diff."""
    row = get_row(session, article_id)
    found = history_of(session, row)
    raw_ids = raw_page_ids(session, row)
    for version in found["versions"]:
        version["raw_page"] = raw_page_info(session, raw_ids.get(version["version"]))
    return {"id": row.id, **found}


@dataclass
class RawBody:
    body: bytes
    charset: str
    content_type: str | None
    url: str


def raw_body(session: Session, article_id: int, version: int | None = None) -> RawBody:
    """The stored page an article (or one of its old versions) was extracted from."""
    row = get_row(session, article_id)
    if version is None or version == row.version:
        raw_page_id = row.raw_page_id
    else:
        raw_ids = raw_page_ids(session, row) if storable(version) else {}
        if version not in raw_ids:
            raise NotFound(f"article {article_id} has no version {version}")
        raw_page_id = raw_ids[version]
    raw = raw_page_by_id(session, raw_page_id) if raw_page_id is not None else None
    if raw is None:
        raise NotFound(f"no stored page for article {article_id}")
    return RawBody(decompress(raw.body), charset_of(raw.content_type), raw.content_type, raw.url)


def charset_of(content_type: str | None) -> str:
    """The charset a stored Content-Type declares, when Python knows it; UTF-8 otherwise."""
    if content_type:
        message = Message()
        message["content-type"] = content_type
        charset = message.get_param("charset")
        if isinstance(charset, str) and re.fullmatch(r"[A-Za-z0-9._-]{1,40}", charset):
            try:
                codecs.lookup(charset)
            except LookupError:
                return "utf-8"
            return charset.lower()
    return "utf-8"


def cluster_detail(session: Session, cluster: int) -> dict[str, Any]:
    """A release's copies across outlets: the origin (earliest published) and every member."""
    found = cluster_view(session, cluster) if storable(cluster) else None
    if found is None:
        raise NotFound(f"no cluster with id {cluster}")
    return found
