"""An article's versions: the superseded ones kept in ``article_versions`` and the current row, with what
changed between them (`humascrawl history URL`, the article page and ``/api/articles/{id}/versions``)."""

from __future__ import annotations

import difflib
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from humascrawl.storage.articles import article_by_url, version_fields
from humascrawl.storage.models import Article, ArticleVersion

if TYPE_CHECKING:
    from humascrawl.storage.archive import Archive


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def article_history(archive: Archive, url: str) -> dict[str, Any] | None:
    """Every version of the article at ``url`` (or at an alias of it), oldest first, each with a text diff."""
    with archive.session() as session:
        row = article_by_url(session, url)
        if row is None:
            return None
        return history_of(session, row)


def history_of(session: Session, row: Article) -> dict[str, Any]:
    """The article's identity and :func:`versions_with_changes`."""
    return {"url": row.url, "canonical_url": row.canonical_url, "title": row.title,
            "versions": versions_with_changes(session, row)}


def versions_with_changes(session: Session, row: Article) -> list[dict[str, Any]]:
    """Every version, oldest first: its number, when stored, text and other fields, and (all but the first)
    the fields that changed and a diff of the text."""
    old = session.scalars(select(ArticleVersion).where(ArticleVersion.article_id == row.id)
                          .order_by(ArticleVersion.version)).all()
    versions = [{"version": v.version, "stored_at": _iso(v.stored_at), "text": v.text, "fields": v.fields}
                for v in old]
    current = version_fields(row)
    versions.append({"version": row.version, "stored_at": _iso(row.last_seen), "text": row.text, "fields": current})
    for before, after in zip(versions, versions[1:]):
        after["changed_fields"] = sorted(
            k for k in set(before["fields"]) | set(after["fields"])
            if k not in ("content_hash",) and before["fields"].get(k) != after["fields"].get(k))
        after["diff"] = "".join(difflib.unified_diff(
            _lines(before["text"]), _lines(after["text"]),
            fromfile=f"version {before['version']}", tofile=f"version {after['version']}"))
    return versions


def _lines(text: str) -> list[str]:
    return [paragraph + "\n" for paragraph in (text or "").split("\n\n")]


def version_list(session: Session, row: Article) -> list[dict[str, Any]]:
    """Each version's number and when it was stored, oldest first, the current one last."""
    old = session.execute(select(ArticleVersion.version, ArticleVersion.stored_at)
                          .where(ArticleVersion.article_id == row.id).order_by(ArticleVersion.version)).all()
    return [*({"version": v, "stored_at": _iso(at)} for v, at in old),
            {"version": row.version, "stored_at": _iso(row.last_seen)}]


def raw_page_ids(session: Session, row: Article) -> dict[int, int | None]:
    """Version number → the id of the raw page it was extracted from, the current version included."""
    found = dict(session.execute(select(ArticleVersion.version, ArticleVersion.raw_page_id)
                                 .where(ArticleVersion.article_id == row.id)).all())
    found[row.version] = row.raw_page_id
    return found
