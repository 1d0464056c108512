"""Saved searches in the archive: add, list, remove, and the query that finds an alert's matches.

State lives in the database (tables ``alerts`` and ``alert_matches``, migration 0004), so several machines sharing
one PostgreSQL archive see the same alerts and never report a match twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from humascrawl.errors import HumascrawlError
from humascrawl.filters import ArticleFilter, FilterError, filter_from_options
from humascrawl.search import matching_ids
from humascrawl.search.query import QueryError, parse
from humascrawl.storage.alerts import (
    alert_named,
    all_alerts,
    delete_alert,
    insert_alert,
    match_counts,
    newest_article_id,
)
from humascrawl.storage.models import Alert, utcnow
from humascrawl.urls import safe_http_url

NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


class AlertError(HumascrawlError, ValueError):
    """Bad alert input (malformed query, duplicate or unknown name, bad webhook); one line for the user."""


def validate_webhook(url: str | None) -> str | None:
    if url is None or not url.strip():
        return None
    url = url.strip()
    if safe_http_url(url) is None:
        raise AlertError(f"--webhook must be an http:// or https:// URL, got {url!r}")
    if any(ch.isspace() for ch in url):
        raise AlertError(f"--webhook must not contain spaces: {url!r}")
    return url


def validate(name: str, query: str, filters: ArticleFilter) -> None:
    if not NAME_PATTERN.fullmatch(name):
        raise AlertError(f"alert name {name!r}: use 1-100 letters, digits, '.', '_' or '-', starting with a "
                         "letter or digit")
    try:
        node = parse(query)
    except QueryError as exc:
        raise AlertError(f"bad query {query!r}: {exc}") from None
    if node is None and filters.is_empty():
        # Almost always a quoting mistake in a crontab or script; a filter states the intent.
        raise AlertError("an alert needs a query or at least one filter (it would match every new article)")


def filter_of(alert: Alert) -> ArticleFilter:
    try:
        return filter_from_options(**(alert.filters or {}))
    except FilterError as exc:  # edited by hand in the database
        raise AlertError(f"alert {alert.name!r} has unusable filters: {exc}") from None


@dataclass
class Added:
    alert: Alert
    existing_matches: int      # archived articles matching now (reported only with backfill)


def add_alert(archive, name: str, query: str, filters: ArticleFilter, *, webhook: str | None = None,
              collapse: bool = False, backfill: bool = False, exact: bool = False) -> Added:
    """``exact``: the query's words as typed, no word forms or synonyms (as `search --exact`)."""
    validate(name, query, filters)
    webhook = validate_webhook(webhook)
    with archive.session.begin() as session:
        if alert_named(session, name) is not None:
            raise AlertError(f"an alert named {name!r} already exists (remove it first)")
        newest = newest_article_id(session)
        existing = len(matching_ids(session, query, filters, 0, exact=exact))
        try:
            alert = insert_alert(session, name=name, query=query, filters=filters.describe(), webhook=webhook,
                                 collapse=collapse, exact=exact, baseline_id=0 if backfill else newest,
                                 scanned_id=0 if backfill else newest, created_at=utcnow())
        except IntegrityError:  # added by another process at the same moment
            raise AlertError(f"an alert named {name!r} already exists (remove it first)") from None
    return Added(alert, existing)


def get_alerts(session: Session, only: tuple[str, ...] | list[str] = ()) -> list[Alert]:
    alerts = all_alerts(session)
    if only:
        known = {a.name for a in alerts}
        unknown = [name for name in dict.fromkeys(only) if name not in known]
        if unknown:
            raise AlertError(f"no alert named {', '.join(map(repr, unknown))} (see `humascrawl alerts list`)")
        alerts = [a for a in alerts if a.name in set(only)]
    return alerts


def redact_webhook(url: str | None) -> str | None:
    """Scheme and host only: webhook paths often carry a secret token (Slack, Teams, Mattermost)."""
    if not url:
        return None
    parts = urlsplit(url)
    origin = f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1]}"
    return f"{origin}/…" if parts.path not in ("", "/") or parts.query or parts.fragment else origin


def list_alerts(archive) -> list[dict[str, Any]]:
    """Every alert with its counts: matches reported and matches waiting for the webhook."""
    with archive.session() as session:
        alerts = get_alerts(session)
        counts, undelivered = match_counts(session)
        return [{
            "name": a.name, "query": a.query, "filters": {k: v for k, v in (a.filters or {}).items() if v},
            "webhook": a.webhook, "collapse": a.collapse, "exact": a.exact, "backfill": a.baseline_id == 0,
            "created_at": a.created_at.isoformat(timespec="seconds") if a.created_at else None,
            "last_run_at": a.last_run_at.isoformat(timespec="seconds") if a.last_run_at else None,
            "reported": int(counts.get(a.id, 0)),
            "pending_webhook": int(undelivered.get(a.id, 0)) if a.webhook else 0,
        } for a in alerts]


def remove_alert(archive, name: str) -> int:
    """Delete an alert and its match records; returns how many matches it had recorded."""
    with archive.session.begin() as session:
        alert = alert_named(session, name)
        if alert is None:
            raise AlertError(f"no alert named {name!r} (see `humascrawl alerts list`)")
        return delete_alert(session, alert)
