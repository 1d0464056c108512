"""`alerts run`: find each alert's new matches, write one digest, POST to webhooks; each match reported once.

How "once" holds:

* ``alert_matches`` has one row per (alert, article), inserted with insert-if-absent: an article found again —
  re-scanned, or changed into a new version (same article id) — is never a new match.
* A run holds the ``alerts`` lease in ``crawl_locks`` (the crawl's lock, another name), so two runs — on one
  machine or several sharing a PostgreSQL archive — take turns; the second waits for the first.
* A match is marked reported only after the digest files are written, and delivered only after the webhook
  answered 2xx: a failure leaves it pending, and the next run picks it up (webhook: sent again with the new ones).

New articles are found by id: each alert remembers the highest article id it scanned and the next run scans the
matches above it, minus a margin of :data:`LOOKBACK_IDS` so an article committed late by a concurrent writer
(ids are handed out before commit) is still seen; the unique row makes the overlap harmless.  Nothing at or below
the alert's ``baseline_id`` (the newest article when it was added, unless --backfill) is ever reported.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from humascrawl.alerts.digest import AlertSection, Digest, Entry, write_digest
from humascrawl.alerts.store import (
    AlertError,
    filter_of,
    get_alerts,
    redact_webhook,
)
from humascrawl.alerts.webhook import Delivery, post_json
from humascrawl.defaults import ALERTS_LOCK_WAIT, WEBHOOK_ATTEMPTS, WEBHOOK_TIMEOUT
from humascrawl.search import matching_ids
from humascrawl.search.query import QueryError, parse, positive_terms
from humascrawl.search.snippets import highlight, snippet
from humascrawl.storage.alerts import (
    alert_by_id,
    insert_matches_if_absent,
    mark_delivered,
    mark_reported,
    newest_article_id,
    pending_matches,
    recorded_matches,
    reported_clusters,
)
from humascrawl.storage.articles import articles_by_ids, outlet_names
from humascrawl.storage.clusters import cluster_sizes
from humascrawl.storage.locks import CrawlLease, LockHeld
from humascrawl.storage.models import Alert

LOOKBACK_IDS = 2000
LISTED_PER_ALERT = 500
LEASE_NAME = "alerts"


@dataclass
class AlertOutcome:
    name: str
    section: AlertSection | None
    webhook: str = "none"           # none | nothing to send | delivered | failed | skipped (dry run)
    webhook_sent: int = 0           # matches in the POST
    webhook_error: str | None = None
    error: str | None = None        # the alert could not run (e.g. its stored query no longer parses)


@dataclass
class RunReport:
    run_id: str | None
    dry_run: bool
    outcomes: list[AlertOutcome] = field(default_factory=list)
    markdown: Path | None = None
    html: Path | None = None

    @property
    def exit_code(self) -> int:
        return 1 if any(o.webhook == "failed" or o.error for o in self.outcomes) else 0

    def to_json(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id, "dry_run": self.dry_run,
            "digest": {"markdown": str(self.markdown) if self.markdown else None,
                       "html": str(self.html) if self.html else None},
            "alerts": [{**(o.section.to_json() if o.section else {"name": o.name}),
                        "webhook": o.webhook, "webhook_sent": o.webhook_sent, "webhook_error": o.webhook_error,
                        "error": o.error} for o in self.outcomes],
            "exit_code": self.exit_code,
        }


# ------------------------------------------------------------------ finding and recording matches

def find_new(session: Session, alert: Alert) -> tuple[list[int], int]:
    """(article ids matching the alert and not yet recorded for it, the newest article id scanned)."""
    newest = newest_article_id(session)
    floor = max(alert.baseline_id, alert.scanned_id - LOOKBACK_IDS)
    found = matching_ids(session, alert.query, filter_of(alert), floor, exact=alert.exact)
    known = recorded_matches(session, alert.id, found)
    return [article_id for article_id in found if article_id not in known], max(newest, alert.scanned_id)


def record_new(archive, alert_id: int, now: datetime) -> int:
    """Scan one alert and record its new matches as pending; returns how many were new."""
    with archive.session.begin() as session:
        alert = alert_by_id(session, alert_id)
        if alert is None:  # removed meanwhile
            return 0
        new, scanned = find_new(session, alert)
        insert_matches_if_absent(session, alert.id, new, now)
        alert.scanned_id, alert.last_run_at = scanned, now
    return len(new)


# ------------------------------------------------------------------ building a digest section

def build_section(session: Session, alert: Alert, article_ids: Iterable[int], *, fold: bool,
                  reported_in: dict[int, str | None] | None = None) -> tuple[AlertSection, list[int]]:
    """The digest section of these matches and the article ids folded into another entry (--collapse)."""
    articles = articles_by_ids(session, sorted(set(article_ids)))
    clusters = {a.cluster for a in articles.values() if a.cluster is not None}
    sizes = cluster_sizes(session, clusters)
    folded: list[int] = []
    listed = list(articles.values())
    if fold and alert.collapse:
        already = reported_clusters(session, alert.id, clusters)
        seen: set[int] = set()
        listed = []
        for art in sorted(articles.values(), key=lambda a: a.id):  # the first stored copy represents the release
            if art.cluster is not None and (art.cluster in already or art.cluster in seen):
                folded.append(art.id)
                continue
            if art.cluster is not None:
                seen.add(art.cluster)
            listed.append(art)
    # Newest first; SQLite hands back naive UTC datetimes, PostgreSQL aware ones: compare the UTC wall time.
    listed.sort(key=lambda a: (a.published_utc.replace(tzinfo=None) if a.published_utc else datetime.min, a.id),
                reverse=True)
    terms = positive_terms(parse(alert.query))
    entries = []
    unnamed = outlet_names(session, [a.site for a in listed[:LISTED_PER_ALERT] if not (a.site_name or "").strip()])
    for art in listed[:LISTED_PER_ALERT]:
        copies, outlets = sizes.get(art.cluster, (1, 1)) if art.cluster is not None else (1, 1)
        entries.append(Entry(
            article_id=art.id, url=art.url, canonical_url=art.canonical_url, site=art.site,
            site_name=art.site_name, title=art.title, title_segments=highlight(art.title or "", terms),
            published=art.published, snippet=snippet(art.text or "", terms), cluster=art.cluster,
            copies=copies, outlets=outlets,
            first_reported_in=(reported_in or {}).get(art.id), site_known_as=unnamed.get(art.site or "")))
    section = AlertSection(alert.name, alert.query, {k: v for k, v in (alert.filters or {}).items() if v},
                           alert.collapse, entries, matches=len(articles), unlisted=max(0, len(listed) - len(entries)))
    return section, folded


# ------------------------------------------------------------------ the run

def _run_id(now: datetime, out_dir: Path) -> str:
    base = now.strftime("%Y%m%dT%H%M%SZ")
    run_id, n = base, 1
    while (out_dir / f"alerts-{run_id}.md").exists() or (out_dir / f"alerts-{run_id}.html").exists():
        n += 1
        run_id = f"{base}-{n}"
    return run_id


def _acquire(lease: CrawlLease, wait: float) -> None:
    deadline = time.monotonic() + wait
    while True:
        try:
            lease.acquire()
            return
        except LockHeld:
            if time.monotonic() >= deadline:
                holder = lease.holder()
                who = f" (on {holder.host}, pid {holder.pid})" if holder else ""
                raise LockHeld(f"another `alerts run` is still running{who} after waiting {wait:g} s; "
                               "try again later") from None
            time.sleep(0.25)


def _usable(alerts: list[Alert]) -> tuple[list[Alert], list[AlertOutcome]]:
    good, bad = [], []
    for alert in alerts:
        try:
            parse(alert.query)
            filter_of(alert)
            good.append(alert)
        except (QueryError, AlertError) as exc:
            bad.append(AlertOutcome(alert.name, None, error=f"cannot run alert {alert.name!r}: {exc}"))
    return good, bad


def run_alerts(archive, out_dir: Path, *, only: tuple[str, ...] = (), dry_run: bool = False, wait: float = ALERTS_LOCK_WAIT,
               webhook_timeout: float = WEBHOOK_TIMEOUT, webhook_attempts: int = WEBHOOK_ATTEMPTS, webhook_backoff: float = 1.0,
               poster: Callable[..., Delivery] = post_json) -> RunReport:
    with archive.session() as session:
        alerts, broken = _usable(get_alerts(session, only))
    if dry_run:
        return _dry_run(archive, alerts, broken)
    report = RunReport(None, False, outcomes=[])
    if not alerts:
        report.outcomes = broken
        return report
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise AlertError(f"cannot write digests to {out_dir}: {exc.strerror or exc}") from None
    lease = CrawlLease(archive, name=LEASE_NAME)
    _acquire(lease, wait)
    try:
        now = datetime.now(UTC)
        report.run_id = _run_id(now, out_dir)
        for alert in alerts:
            record_new(archive, alert.id, now)
            lease.renew()
        sections, folded = [], {}
        with archive.session() as session:
            for alert in alerts:
                section, folded[alert.id] = build_section(session, alert, pending_matches(session, alert.id), fold=True)
                sections.append(section)
        report.markdown, report.html = write_digest(Digest(report.run_id, now, sections), out_dir)
        with archive.session.begin() as session:
            for alert in alerts:
                mark_reported(session, alert.id, folded[alert.id], now, report.run_id)
        report.outcomes = [AlertOutcome(alert.name, section) for alert, section in zip(alerts, sections)]
        for alert, outcome in zip(alerts, report.outcomes):
            if alert.webhook:
                lease.renew()
                _deliver(archive, alert, outcome, report.run_id, now,
                         lambda url, payload: poster(url, payload, timeout=webhook_timeout,
                                                     attempts=webhook_attempts, backoff=webhook_backoff))
        report.outcomes += broken
        return report
    finally:
        lease.release()


def _deliver(archive, alert: Alert, outcome: AlertOutcome, run_id: str, now: datetime,
             post: Callable[[str, dict], Delivery]) -> None:
    """POST every reported-but-undelivered match of the alert (this run's and earlier failed ones)."""
    with archive.session() as session:
        waiting = pending_matches(session, alert.id, undelivered=True)
        if not waiting:
            outcome.webhook = "nothing to send"
            return
        earlier = {article_id: rid for article_id, rid in waiting.items() if rid != run_id}
        section, _ = build_section(session, alert, waiting, fold=False, reported_in=earlier)
    payload = {"alert": alert.name, "query": alert.query, "filters": section.filters, "collapse": alert.collapse,
               "run_id": run_id, "generated_at": now.isoformat(timespec="seconds"),
               "total": section.matches, "unlisted": section.unlisted,
               "matches": [entry.to_json() for entry in section.entries]}
    delivery = post(alert.webhook, payload)
    outcome.webhook_sent = len(section.entries)
    if not delivery.ok:
        outcome.webhook = "failed"
        outcome.webhook_error = (f"webhook {redact_webhook(alert.webhook)} of alert {alert.name!r} failed after "
                                 f"{delivery.attempts} attempt{'s' if delivery.attempts != 1 else ''}: "
                                 f"{delivery.error}; {len(waiting)} {'match stays' if len(waiting) == 1 else 'matches stay'} "
                                 "pending for the next run")
        return
    outcome.webhook = "delivered"
    with archive.session.begin() as session:
        mark_delivered(session, alert.id, list(waiting), datetime.now(UTC))


def _dry_run(archive, alerts: list[Alert], broken: list[AlertOutcome]) -> RunReport:
    """What a run would report now; writes nothing (no state, no files, no POST)."""
    report = RunReport(None, True)
    with archive.session() as session:
        for alert in alerts:
            new, _ = find_new(session, alert)
            section, _ = build_section(session, alert, [*pending_matches(session, alert.id), *new], fold=True)
            report.outcomes.append(AlertOutcome(alert.name, section,
                                                webhook="skipped" if alert.webhook else "none"))
    report.outcomes += broken
    return report


__all__ = [
    "LISTED_PER_ALERT",
    "LOOKBACK_IDS",
    "AlertOutcome",
    "RunReport",
    "build_section",
    "find_new",
    "record_new",
    "run_alerts",
]
