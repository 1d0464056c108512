"""`humascrawl history URL`: an article's versions and what changed between them."""

from __future__ import annotations

import difflib
from typing import Any

from sqlalchemy import select

from humascrawl.storage.archive import Archive, article_to_dict
from humascrawl.storage.models import Article, ArticleAlias, ArticleVersion
from humascrawl.urls import canonicalize


def article_history(archive: Archive, url: str) -> dict[str, Any] | None:
    """Every version of the article at ``url`` (or at an alias of it), oldest first, each with a text diff."""
    key = canonicalize(url)
    with archive.session() as session:
        row = session.scalars(select(Article).where(Article.canonical_url == key)).one_or_none()
        if row is None:
            alias = session.scalars(select(ArticleAlias).where(ArticleAlias.canonical_url == key)).one_or_none()
            row = session.get(Article, alias.article_id) if alias else None
        if row is None:
            return None
        old = session.scalars(select(ArticleVersion).where(ArticleVersion.article_id == row.id)
                              .order_by(ArticleVersion.version)).all()
        versions = [
            {"version": v.version, "stored_at": v.stored_at.isoformat(timespec="seconds"), "text": v.text,
             "fields": v.fields}
            for v in old
        ]
        current = article_to_dict(row)
        versions.append({"version": row.version, "stored_at": row.last_seen.isoformat(timespec="seconds"),
                         "text": row.text, "fields": {k: v for k, v in current.items() if k != "text"}})
    for before, after in zip(versions, versions[1:]):
        after["changed_fields"] = sorted(
            k for k in set(before["fields"]) | set(after["fields"])
            if k not in ("content_hash",) and before["fields"].get(k) != after["fields"].get(k))
        after["diff"] = "".join(difflib.unified_diff(
            _lines(before["text"]), _lines(after["text"]),
            fromfile=f"version {before['version']}", tofile=f"version {after['version']}"))
    return {"url": current["url"], "canonical_url": current["canonical_url"], "title": current["title"],
            "versions": versions}


def _lines(text: str) -> list[str]:
    return [paragraph + "\n" for paragraph in (text or "").split("\n\n")]
