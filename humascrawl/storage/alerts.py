"""Saved searches in the archive (``alerts``, ``alert_matches``, migration 0004): the rows and the queries
:mod:`humascrawl.alerts` runs on them.  Each function works in the caller's session, so a run's steps keep
their transactions."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from humascrawl.storage.models import Alert, AlertMatch, Article

_CHUNK = 500


def _chunks(values: list[int], size: int = _CHUNK) -> Iterable[list[int]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


# ------------------------------------------------------------------ the alerts

def newest_article_id(session: Session) -> int:
    return int(session.scalar(select(func.max(Article.id))) or 0)


def alert_named(session: Session, name: str) -> Alert | None:
    return session.scalars(select(Alert).where(Alert.name == name)).one_or_none()


def alert_by_id(session: Session, alert_id: int) -> Alert | None:
    return session.get(Alert, alert_id)


def all_alerts(session: Session) -> list[Alert]:
    return list(session.scalars(select(Alert).order_by(Alert.name)))


def insert_alert(session: Session, **values: Any) -> Alert:
    """Add an alert and flush it (an IntegrityError then means another process added the name)."""
    alert = Alert(**values)
    session.add(alert)
    session.flush()
    return alert


def delete_alert(session: Session, alert: Alert) -> int:
    """Delete an alert and its match records; return how many matches it had recorded."""
    # Explicit rather than relying on ON DELETE CASCADE, which SQLite honours only with foreign_keys=ON.
    removed = session.execute(delete(AlertMatch).where(AlertMatch.alert_id == alert.id)).rowcount
    session.delete(alert)
    return int(removed or 0)


def match_counts(session: Session) -> tuple[dict[int, int], dict[int, int]]:
    """Per alert id: the matches reported in a digest, and those the webhook has not accepted yet (copies
    folded into another entry count in neither)."""
    def per_alert(*conditions) -> dict[int, int]:
        return {alert_id: int(n) for alert_id, n in session.execute(
            select(AlertMatch.alert_id, func.count()).where(*conditions, AlertMatch.folded.is_(False))
            .group_by(AlertMatch.alert_id))}
    return per_alert(AlertMatch.reported_at.is_not(None)), per_alert(AlertMatch.delivered_at.is_(None))


# ------------------------------------------------------------------ their matches

def recorded_matches(session: Session, alert_id: int, article_ids: list[int]) -> set[int]:
    """Which of ``article_ids`` the alert has recorded already."""
    known: set[int] = set()
    for chunk in _chunks(article_ids, 5000):
        known.update(session.scalars(select(AlertMatch.article_id).where(
            AlertMatch.alert_id == alert_id, AlertMatch.article_id.in_(chunk))))
    return known


def insert_matches_if_absent(session: Session, alert_id: int, article_ids: list[int], now: datetime) -> None:
    """Record the alert's matches as pending; a match recorded already (by this or a concurrent run) stays
    as it is."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    for chunk in _chunks(article_ids):
        rows = [{"alert_id": alert_id, "article_id": article_id, "found_at": now, "folded": False}
                for article_id in chunk]
        session.execute(insert(AlertMatch).values(rows)
                        .on_conflict_do_nothing(index_elements=["alert_id", "article_id"]))


def pending_matches(session: Session, alert_id: int, *, undelivered: bool = False) -> dict[int, str | None]:
    """article id -> run id that reported it, of the matches not yet in a digest (or not yet delivered)."""
    query = select(AlertMatch.article_id, AlertMatch.run_id).where(AlertMatch.alert_id == alert_id)
    if undelivered:
        query = query.where(AlertMatch.reported_at.is_not(None), AlertMatch.delivered_at.is_(None),
                            AlertMatch.folded.is_(False))
    else:
        query = query.where(AlertMatch.reported_at.is_(None))
    return dict(session.execute(query).all())


def reported_clusters(session: Session, alert_id: int, clusters: set[int]) -> set[int]:
    """Which of ``clusters`` already had a copy in one of the alert's digests."""
    if not clusters:
        return set()
    return set(session.scalars(
        select(Article.cluster).join(AlertMatch, AlertMatch.article_id == Article.id)
        .where(AlertMatch.alert_id == alert_id, AlertMatch.reported_at.is_not(None),
               AlertMatch.folded.is_(False), Article.cluster.in_(sorted(clusters))).distinct()))


def mark_reported(session: Session, alert_id: int, folded: list[int], now: datetime, run_id: str) -> None:
    """The pending matches are in the digest of ``run_id`` now; ``folded`` ones as copies of an entry."""
    for chunk in _chunks(folded):
        session.execute(update(AlertMatch).where(AlertMatch.alert_id == alert_id, AlertMatch.article_id.in_(chunk))
                        .values(folded=True))
    session.execute(update(AlertMatch).where(AlertMatch.alert_id == alert_id, AlertMatch.reported_at.is_(None))
                    .values(reported_at=now, run_id=run_id))


def mark_delivered(session: Session, alert_id: int, article_ids: list[int], now: datetime) -> None:
    for chunk in _chunks(sorted(article_ids)):
        session.execute(update(AlertMatch).where(AlertMatch.alert_id == alert_id, AlertMatch.article_id.in_(chunk),
                                                 AlertMatch.delivered_at.is_(None))
                        .values(delivered_at=now))
