"""The near-duplicate index in the archive (``article_signatures``, ``lsh_buckets``), the ``cluster`` column
it maintains, and the clusters read back: one cluster's members, the largest clusters.

The similarity itself (shingles, MinHash signatures, LSH buckets, the facts two copies agree on) is the pure
core in :mod:`humascrawl.clusters`; its docstring says how an article is clustered.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, Iterable

import numpy as np
from sqlalchemy import TextClause, delete, func, select, text, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from humascrawl.clusters import (ORIGIN_REASONS, PARAMS, Facts, Params, accepted, buckets, facts, origin_tier,
                                 signature, to_bytes)
from humascrawl.storage.articles import stored_article
from humascrawl.storage.models import Article, ArticleSignature, LshBucket, SourceRow
from humascrawl.units import canonical_units

_CHUNK = 5000  # ids per IN (...): far below SQLite's 32766 bound parameters
_SIGNATURES, _BUCKETS = ArticleSignature.__table__, LshBucket.__table__


@lru_cache(maxsize=8)
def _candidate_query(bands: int) -> TextClause:
    # Plain SQL, built once: constructing and compiling a 32-way OR per article cost more than running it.
    terms = " OR ".join(f"(band = :b{i} AND bucket = :h{i})" for i in range(bands))
    return text(f"SELECT DISTINCT article_id FROM lsh_buckets WHERE {terms}")


def candidates(session: Session, bucket_list: list[tuple[int, int]], exclude: int | None = None) -> list[int]:
    """Ids of archived articles sharing at least one (band, bucket) with ``bucket_list``."""
    if not bucket_list:
        return []
    bound = {}
    for i, (band, bucket) in enumerate(bucket_list):
        bound[f"b{i}"], bound[f"h{i}"] = band, bucket
    ids = session.execute(_candidate_query(len(bucket_list)), bound).scalars().all()
    return [i for i in ids if i != exclude]


def verify(session: Session, sig: np.ndarray, ids: list[int], params: Params = PARAMS) -> dict[int, float]:
    """The candidates whose stored signature estimates a Jaccard similarity of at least ``threshold``, with
    that similarity."""
    out: dict[int, float] = {}
    for start in range(0, len(ids), _CHUNK):
        rows = session.execute(select(_SIGNATURES.c.article_id, _SIGNATURES.c.signature)
                               .where(_SIGNATURES.c.article_id.in_(ids[start:start + _CHUNK]))).all()
        rows = [(i, blob) for i, blob in rows if len(blob) == 4 * len(sig)]  # other parameters: not comparable
        if not rows:
            continue
        matrix = np.frombuffer(b"".join(blob for _, blob in rows), dtype="<u4").reshape(len(rows), len(sig))
        similarity = (matrix == sig).mean(axis=1)
        out.update((i, float(sim)) for (i, _), sim in zip(rows, similarity) if sim >= params.threshold)
    return out


def index_signature(session: Session, article_id: int, sig: np.ndarray | None, own: Facts = (frozenset(), None),
                    cluster: int | None = None, *, replace: bool = False, params: Params = PARAMS,
                    stats: dict[str, int] | None = None) -> int | None:
    """Index one article (signature and buckets) and cluster it with its matches; return its cluster.

    ``cluster`` is the article's current cluster (a changed article keeps its cluster and may join more);
    ``replace`` drops the article's old signature and buckets first.  Clusters the article bridges merge into
    the oldest: a cluster's id is always the smallest (first archived) id among its members.  ``stats``, when
    given, counts ``candidates`` and ``matches``.
    """
    if replace:
        session.execute(delete(LshBucket).where(LshBucket.article_id == article_id))
        session.execute(delete(ArticleSignature).where(ArticleSignature.article_id == article_id))
    if sig is None:  # too short to cluster: an empty signature records that the article was seen
        session.execute(_SIGNATURES.insert(), [{"article_id": article_id, "signature": b""}])
        return cluster
    bucket_list = buckets(sig, params)
    found_ids = candidates(session, bucket_list, exclude=article_id)
    matches = verify(session, sig, found_ids, params)
    if stats is not None:
        stats["candidates"] = stats.get("candidates", 0) + len(found_ids)
        stats["matches"] = stats.get("matches", 0) + len(matches)
    session.execute(_SIGNATURES.insert(), [{"article_id": article_id, "signature": to_bytes(sig)}])
    session.execute(_BUCKETS.insert(), [{"band": band, "bucket": bucket, "article_id": article_id}
                                        for band, bucket in bucket_list])
    if not matches:
        return cluster
    found, match_ids = [], list(matches)
    for start in range(0, len(match_ids), _CHUNK):
        found += session.execute(select(Article.id, Article.cluster, Article.units, Article.event_date)
                                 .where(Article.id.in_(match_ids[start:start + _CHUNK]))).all()
    found = [r for r in found if accepted(own, facts(r.units, r.event_date), matches[r.id], params)]
    if not found:
        return cluster
    clusters = {r.cluster for r in found if r.cluster is not None} | ({cluster} if cluster is not None else set())
    target = min(clusters | {r.id for r in found} | {article_id})
    if clusters - {target}:
        session.execute(update(Article).where(Article.cluster.in_(sorted(clusters - {target})))
                        .values(cluster=target))
    loose = [r.id for r in found if r.cluster is None] + ([article_id] if cluster != target else [])
    if loose:
        session.execute(update(Article).where(Article.id.in_(loose)).values(cluster=target))
    return target


def recluster(session: Session, row: Article, params: Params = PARAMS) -> int | None:
    """Cluster a flushed article afresh after its text or facts were rewritten in place (re-extraction):
    unlike a new version, which keeps its cluster, it leaves its cluster and joins whatever it matches now.

    The members left behind stay together under the smallest of their ids (they were copies of one
    another, or matched through this article); a member left alone is no cluster any more."""
    old = row.cluster
    if old is not None:
        session.execute(update(Article).where(Article.id == row.id).values(cluster=None))
        rest = session.scalars(select(Article.id).where(Article.cluster == old)).all()
        if len(rest) < 2 or min(rest) != old:
            session.execute(update(Article).where(Article.cluster == old)
                            .values(cluster=min(rest) if len(rest) >= 2 else None))
    target = index_signature(session, row.id, signature(row.text or "", params), facts(row.units, row.event_date),
                             None, replace=True, params=params)
    set_committed_value(row, "cluster", target)
    return target


def cluster_members(session: Session, cluster: int) -> list[Article]:
    """The articles of one cluster, origin first (:func:`origin_order`)."""
    rows = session.scalars(select(Article).where(Article.cluster == cluster)).all()
    return origin_order(rows, site_units(session, rows))[0]


def site_units(session: Session, members: Iterable[Article]) -> dict[int, str | None]:
    """Article id → the police unit whose own site it was crawled from (the source's ``unit``, as the last
    crawl recorded it), or None for an outlet."""
    members = list(members)
    source_ids = sorted({m.source_id for m in members if m.source_id is not None})
    configs = dict(session.execute(select(SourceRow.id, SourceRow.config).where(SourceRow.id.in_(source_ids))).all()) \
        if source_ids else {}
    return {m.id: (configs.get(m.source_id) or {}).get("unit") for m in members}


def origin_order(members: Iterable[Article], units: dict[int, str | None]) -> tuple[list[Article], str]:
    """The members origin first, and why the first is the origin (one of ``ORIGIN_REASONS``).

    The origin is the copy on the site of the unit that issued the release (the unit its copies credit:
    ``Sumber: Humas Polres Ketapang``), else on the site of a unit the copies name, else on another official
    site (a source with a ``unit``), else the earliest published: the earliest ``published`` (a bare date
    counts as its midnight WIB, after an exact time of the same instant), then the first archived. Within a
    rank, the earliest published comes first."""
    members = list(members)
    credited = {u for m in members for u in canonical_units(m.source_credit)}
    named = {u for m in members for text in (m.units or ()) if isinstance(text, str) for u in canonical_units(text)}
    ranked = sorted(members, key=lambda m: (origin_tier(units.get(m.id), credited, named), *_published_key(m)))
    tier = origin_tier(units.get(ranked[0].id), credited, named) if ranked else 3
    return ranked, ORIGIN_REASONS[tier]


_WIB = timezone(timedelta(hours=7))
_NEVER = datetime.max.replace(tzinfo=timezone.utc)


def _published_key(row: Article) -> tuple:
    instant, exact = row.published_utc, True
    if instant is not None and instant.tzinfo is None:  # SQLite hands back naive UTC
        instant = instant.replace(tzinfo=timezone.utc)
    if instant is None:
        exact = False
        try:
            instant = datetime.fromisoformat((row.published or "")[:10]).replace(tzinfo=_WIB)
        except ValueError:
            instant = _NEVER
    return (instant, not exact, row.id)


def index_missing(session: Session, params: Params = PARAMS, limit: int = 1000) -> int:
    """Index up to ``limit`` archived articles that have no signature yet (archived before clustering
    existed), oldest first; return how many were indexed."""
    missing = session.scalars(select(Article).where(~Article.id.in_(select(ArticleSignature.article_id)))
                              .order_by(Article.id).limit(limit)).all()
    for row in missing:
        target = index_signature(session, row.id, signature(row.text or "", params),
                                 facts(row.units, row.event_date), row.cluster, params=params)
        if row.cluster != target:
            set_committed_value(row, "cluster", target)
    return len(missing)


# ---------------------------------------------------------------- clusters read back

SUMMARY_FIELDS = ("title", "site", "site_name", "published", "url", "canonical_url")


def outlet(row: Article) -> str:
    return row.site_name or row.site or "?"


def cluster_record(cluster: int | None, members: list[Article], units: dict[int, str | None] | None = None
                   ) -> dict[str, Any]:
    """One cluster as every interface shows it: ``{"cluster", "origin", "origin_reason", "members"}``, the
    members origin first (:func:`origin_order`), each with every article field, ``article_id`` (also ``id``,
    as ``/api/articles/{id}`` names it), ``unit`` (the police unit whose site carried it, None for an
    outlet) and ``origin`` (whether it is the origin).  ``cluster`` is None for an article with no archived
    copy, shown alone."""
    units = units or {}
    members, reason = origin_order(members, units)
    rows = [{"id": m.id, "article_id": m.id, "origin": i == 0, "unit": units.get(m.id),
             **stored_article(m).to_json()}
            for i, m in enumerate(members)]
    return {"cluster": cluster, "origin": rows[0], "origin_reason": reason, "members": rows}


def cluster_view(session: Session, cluster: int) -> dict[str, Any] | None:
    """:func:`cluster_record` of one cluster id; None for an unknown id."""
    members = session.scalars(select(Article).where(Article.cluster == cluster)).all()
    return cluster_record(cluster, members, site_units(session, members)) if members else None


def cluster_sizes(session: Session, clusters: Iterable[int]) -> dict[int, tuple[int, int]]:
    """Cluster id → (copies archived, distinct sites among them)."""
    wanted, sizes = sorted(clusters), {}
    for start in range(0, len(wanted), 500):
        sizes.update({cluster: (int(n), int(sites)) for cluster, n, sites in session.execute(
            select(Article.cluster, func.count(), func.count(Article.site.distinct()))
            .where(Article.cluster.in_(wanted[start:start + 500])).group_by(Article.cluster))})
    return sizes


def largest_clusters(session: Session, limit: int) -> dict[str, Any]:
    """The ``limit`` clusters with the most copies (ties: the newest cluster first), each with its origin
    and outlets, and the archive's totals."""
    copies = func.count(Article.id).label("copies")
    top = session.execute(select(Article.cluster, copies).where(Article.cluster.is_not(None))
                          .group_by(Article.cluster).order_by(copies.desc(), Article.cluster.desc())
                          .limit(limit)).all()
    totals = session.execute(select(func.count(func.distinct(Article.cluster)), func.count(Article.id))
                             .where(Article.cluster.is_not(None))).one()
    listed = []
    for cluster, count in top:
        rows = session.scalars(select(Article).where(Article.cluster == cluster)).all()
        units = site_units(session, rows)
        members, reason = origin_order(rows, units)
        origin = members[0]
        listed.append({
            "cluster": cluster, "copies": count,
            "outlets": list(dict.fromkeys(outlet(m) for m in members)),
            "origin": {"article_id": origin.id, **{name: getattr(origin, name) for name in SUMMARY_FIELDS},
                       "unit": units.get(origin.id)},
            "origin_reason": reason,
        })
    return {"clusters_total": totals[0], "clustered_articles": totals[1], "clusters": listed}
