"""Source health: which sources need an operator's eye, judged from their run history.

Pure functions, no Scrapy and no database: :func:`assess` takes a source's recent
runs (newest first), what the archive holds of it and the time now, and returns
flags with stable codes:

``repeated_errors``
    the source failed (status ``failed`` or ``partial``) in each of its last
    ``error_runs`` runs (default 3); the message gives each run's reason.
``never_succeeded``
    the source has run, every finished run failed (``failed``, or ``partial`` without
    storing an article) and the archive holds none of its articles: a source added
    with a wrong URL or one that blocks the crawler is flagged from its first run.
``stale``
    the source was crawled at least ``stale_days`` (default 14) after its newest
    archived article was first seen (or, with no article at all, after its first
    recorded run): it is crawled but brings nothing new.
``template_changed``
    a field the extractor used to fill (``fill_from``, default ≥ 80% of the stored
    articles) is now rarely filled (``fill_to``, default ≤ 30%): the site's HTML
    template probably changed. Compared: the newest runs that stored articles
    (pooled, at most ``window_runs``, until ``min_articles``) against the up to
    ``baseline_runs`` runs before them (article-weighted), both ≥ ``min_articles``.
``domain_changed``
    the site now serves something else: the most common ``site_name`` differs from
    the established one *and* the share of articles mentioning the police fell
    from ≥ ``police_from`` (50%) to ≤ ``police_to`` (20%) — same samples as above;
    or at least ``offsite_share`` (50%) of the latest run's responses came from,
    or redirected to, another host than the configured one.
    Or the latest run skipped at least ``hijack_min_spam`` pages as gambling spam that had
    drifted from the source's learned template and from its language or police content
    (humascrawl.verdicts.drift).
``hijacked``
    the latest run skipped at least ``hijack_min_spam`` (3) article pages as gambling spam, making at least
    ``hijack_share`` (50%) of the article pages it fetched: the domain was re-registered or its pages injected
    (humascrawl.verdicts.spam). Judged on the latest run only: a clean run clears it.
``blocked``
    each of the last ``blocked_runs`` (2) runs was answered bot walls or soft blocks (failed ``blocked_*`` or
    ``discovery_blocked_*``: challenge, captcha, firewall, interstitial, rate limit): the site keeps the crawler out.

Information notes (``notes``, not counted by ``status --check``): ``template_changed`` when the latest
run kept pages in another template than the source's learned one, with its language and police content
(a redesign; humascrawl.verdicts.drift).

The crawl feeds this module through :func:`article_health_keys` (per stored
article, counted in Scrapy's stats) and :func:`run_signature` (per source run).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterable, Mapping

from humascrawl import defaults

# Fields whose fill rate is watched (the article fields an extractor can miss).
HEALTH_FIELDS = ("title", "published", "author", "editor", "source_credit", "dateline", "event_date",
                 "units", "persons", "text")
FAILING = ("failed", "partial")
# Words an Indonesian police PR article practically always contains; a casino or spam site does not.
POLICE_WORDS = re.compile(
    r"\b(?:polisi|kepolisian|polri|polda|polres\w*|polsek\w*|polsubsektor|kapol(?:ri|da|res\w*|sek)|"
    r"\w*humas|bhabinkamtibmas|kamtibmas|bhayangkara|brimob|sat(?:reskrim|lantas|narkoba|binmas|samapta|intelkam))\b",
    re.IGNORECASE,
)
_TEXT_SCAN = 20_000  # characters of text searched for police words (they come early)
# POLICE_WORDS.search(text) is not None, five times faster (0.08 instead of 0.43 ms on a 20,000-character text
# with none): the search opens on a class of the words' first letters (with the letters case folding gives them:
# ſ for s, the Kelvin sign for k), which the regex engine skips to, instead of trying every position; the
# letter is then read again under IGNORECASE. A word ending in `humas` is found by its end (`\w*humas\b` matches
# wherever `humas\b` does), `polres\w*` by its start. tests/test_health.py checks the two agree.
_POLICE_SCAN = re.compile(
    "[PpKkBbSsHh\u017f\u212a](?:(?<!\\w.)(?i:(?<=p)(?:olisi\\b|olri\\b|olda\\b|olsubsektor\\b|ol(?:res|sek))"
    r"|(?<=k)(?:epolisian\b|apol(?:ri|da|sek)\b|apolres|amtibmas\b)|(?<=b)(?:habinkamtibmas\b|hayangkara\b|rimob\b)"
    r"|(?<=s)at(?:reskrim|lantas|narkoba|binmas|samapta|intelkam)\b)|(?i:(?<=h)umas\b))")


# -- what the crawl records ----------------------------------------------------------------------


def article_health_keys(article: Mapping[str, Any]) -> list[str]:
    """Stat keys (below ``humascrawl/``) to count for one stored new or changed article."""
    keys = [f"fields/{name}" for name in HEALTH_FIELDS if article.get(name)]
    site_name = (article.get("site_name") or "").strip()
    keys.append(f"site_names/{site_name[:100] or '-'}")
    keys.append(f"languages/{article.get('language') or '-'}")
    # The text only: the title may come from the listing (feed hints), not from what the page served.
    if _POLICE_SCAN.search((article.get("text") or "")[:_TEXT_SCAN]):
        keys.append("police_mentions")
    return keys


def _top(counts: Mapping[str, Any], n: int = 5) -> dict[str, int]:
    return dict(Counter({k: int(v) for k, v in counts.items()}).most_common(n))


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def run_signature(stored: int, site_names: Mapping[str, Any], languages: Mapping[str, Any],
                  police_mentions: int, responses: int, offsite_responses: int,
                  offsite_hosts: Mapping[str, Any], drift: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A small summary of what a source served in one run (``crawl_run_sources.signature``); ``drift``: pages
    whose template departed from the source's, kept (``template_changed``) or spam (``spam``; ``caught``: spam
    only at the threshold drift lowers), see humascrawl.verdicts.drift."""
    names = {k: v for k, v in _top(site_names, 6).items() if k != "-"}
    langs = _top(languages)
    language = next((k for k in langs if k != "-"), None)
    return {
        "stored": int(stored),
        "site_name": next(iter(names), None),
        "site_names": dict(list(names.items())[:5]),
        "police_mentions": int(police_mentions),
        "police_share": _share(int(police_mentions), int(stored)),
        "language": language,
        "language_share": _share(int(langs.get(language, 0)), int(stored)) if language else None,
        "languages": langs,
        "responses": int(responses),
        "offsite_responses": int(offsite_responses),
        "offsite_hosts": _top(offsite_hosts),
        "drift": {k: int(v) for k, v in (drift or {}).items() if v},
    }


# -- the history judged ---------------------------------------------------------------------------


@dataclass
class Thresholds:
    error_runs: int = 3  # repeated_errors: failing in each of the last N runs
    stale_days: float = 14.0  # stale: crawled this long after the newest article, nothing new
    min_articles: int = 5  # template/domain: fewest stored articles in each compared sample
    fill_from: float = 0.8  # template_changed: a field filled in ≥ this share before ...
    fill_to: float = 0.3  # ... and in ≤ this share now
    police_from: float = 0.5  # domain_changed: police words in ≥ this share before ...
    police_to: float = 0.2  # ... and in ≤ this share now (with another site_name)
    offsite_share: float = 0.5  # domain_changed: share of the latest run's responses off the host
    window_runs: int = 3  # newest runs pooled into the "now" sample
    baseline_runs: int = 5  # runs before them forming the "before" sample
    hijack_share: float = defaults.HIJACK_SPAM_SHARE  # hijacked: spam share of the latest run's fetched pages ...
    hijack_min_spam: int = defaults.HIJACK_MIN_SPAM  # ... and at least this many spam pages
    blocked_runs: int = defaults.BLOCKED_RUNS  # blocked: block pages in each of the last N runs

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class SourceRun:
    """One source's record of one run (a ``crawl_run_sources`` row with its run's start)."""

    run_id: int
    status: str
    started_at: datetime | None = None
    error: str | None = None
    failed: dict[str, Any] = field(default_factory=dict)
    new: int = 0
    changed: int = 0
    field_counts: dict[str, Any] = field(default_factory=dict)
    signature: dict[str, Any] = field(default_factory=dict)
    skipped: dict[str, Any] = field(default_factory=dict)
    fetched: int = 0

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> "SourceRun":
        return cls(run_id=record["run_id"], status=record.get("status") or "ok",
                   started_at=_utc(record.get("started_at")), error=record.get("error"),
                   failed=dict(record.get("failed") or {}), new=int(record.get("new") or 0),
                   changed=int(record.get("changed") or 0), field_counts=dict(record.get("field_counts") or {}),
                   signature=dict(record.get("signature") or {}), skipped=dict(record.get("skipped") or {}),
                   fetched=int(record.get("fetched") or 0))

    @property
    def stored(self) -> int:
        return int(self.signature.get("stored", self.new + self.changed) or 0)

    @property
    def informative(self) -> bool:
        """Stored articles and measured them (runs before the health columns existed did not)."""
        return self.stored > 0 and bool(self.field_counts)

    def reason(self) -> str:
        if self.error:
            return self.error
        return ", ".join(f"{k}={v}" for k, v in sorted(self.failed.items())) or self.status


@dataclass
class Flag:
    code: str
    message: str
    details: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "details": self.details}


def _utc(value: datetime | None) -> datetime | None:
    """Aware UTC (SQLite gives naive datetimes, stored as UTC)."""
    if value is None:
        return None
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def _pct(share: float | None) -> str:
    return "-" if share is None else f"{share:.0%}"


def repeated_errors(runs: list[SourceRun], t: Thresholds) -> Flag | None:
    done = [r for r in runs if r.status != "running"][: t.error_runs]
    if len(done) < t.error_runs or any(r.status not in FAILING for r in done):
        return None
    reasons = [{"run_id": r.run_id, "status": r.status, "reason": r.reason()} for r in done]
    return Flag("repeated_errors",
                f"failed in each of the last {len(done)} runs: "
                + "; ".join(f"run {r['run_id']} {r['status']}: {r['reason']}" for r in reasons),
                {"runs": reasons})


def never_succeeded(runs: list[SourceRun], latest_article: datetime | None) -> Flag | None:
    done = [r for r in runs if r.status != "running"]
    if latest_article is not None or not done:
        return None
    if any(r.status not in FAILING or r.stored > 0 for r in done):
        return None
    first = min((r.started_at for r in done if r.started_at is not None), default=None)
    last = done[0]
    since = f" since {first.date().isoformat()}" if first else ""
    return Flag("never_succeeded",
                f"no run has succeeded and no article is archived ({len(done)} run{'s' if len(done) > 1 else ''}"
                f"{since}; last: run {last.run_id} {last.status}: {last.reason()})",
                {"runs": len(done), "first_run": first.isoformat(timespec="seconds") if first else None,
                 "last_run": {"run_id": last.run_id, "status": last.status, "reason": last.reason()}})


def stale(runs: list[SourceRun], latest_article: datetime | None, t: Thresholds, now: datetime) -> Flag | None:
    dated = [r for r in runs if r.started_at is not None]
    if not dated:
        return None
    latest_article = _utc(latest_article)
    reference = latest_article or min(r.started_at for r in dated)
    last_crawl = max(r.started_at for r in dated)
    if (last_crawl - reference).total_seconds() < t.stale_days * 86400:
        return None
    since = sum(1 for r in dated if r.started_at > reference)
    days = (_utc(now) - reference).days
    details = {"latest_article": reference.isoformat(timespec="seconds") if latest_article else None,
               "days": days, "runs_since": since, "last_crawl": last_crawl.isoformat(timespec="seconds")}
    if latest_article is None:
        message = (f"no article archived although crawled {since + 1} times since "
                   f"{reference.date().isoformat()} ({days} days)")
    else:
        message = (f"no new article for {days} days (last one first seen {reference.date().isoformat()}) "
                   f"although crawled {since} times since")
    return Flag("stale", message, details)


def samples(runs: list[SourceRun], t: Thresholds) -> tuple[list[SourceRun], list[SourceRun]] | None:
    """The "now" and "before" samples of runs that stored articles, or None when too few articles."""
    useful = [r for r in runs if r.informative]
    now: list[SourceRun] = []
    for run in useful[: t.window_runs]:
        now.append(run)
        if sum(r.stored for r in now) >= t.min_articles:
            break
    before = useful[len(now): len(now) + t.baseline_runs]
    if sum(r.stored for r in now) < max(t.min_articles, 1) or sum(r.stored for r in before) < max(t.min_articles, 1):
        return None
    return now, before


def _fill_rates(runs: list[SourceRun]) -> dict[str, float]:
    stored = sum(r.stored for r in runs)
    return {name: sum(int(r.field_counts.get(name, 0) or 0) for r in runs) / stored for name in HEALTH_FIELDS}


def _describe(now: list[SourceRun], before: list[SourceRun]) -> str:
    n_now, n_before = sum(r.stored for r in now), sum(r.stored for r in before)
    return (f"{n_now} articles in the last {'run' if len(now) == 1 else f'{len(now)} runs'} "
            f"vs {n_before} in the {len(before)} before")


def template_changed(runs: list[SourceRun], t: Thresholds) -> Flag | None:
    split = samples(runs, t)
    if split is None:
        return None
    now, before = split
    rate_now, rate_before = _fill_rates(now), _fill_rates(before)
    dropped = {name: {"before": round(rate_before[name], 3), "now": round(rate_now[name], 3)}
               for name in HEALTH_FIELDS if rate_before[name] >= t.fill_from and rate_now[name] <= t.fill_to}
    if not dropped:
        return None
    listed = ", ".join(f"{name} {_pct(v['before'])} → {_pct(v['now'])}" for name, v in dropped.items())
    return Flag("template_changed",
                f"fields no longer extracted: {listed} ({_describe(now, before)}); "
                "the site's template may have changed",
                {"fields": dropped, "articles_now": sum(r.stored for r in now),
                 "articles_before": sum(r.stored for r in before), "runs_now": [r.run_id for r in now]})


def _pooled(runs: list[SourceRun], key: str) -> Counter:
    total: Counter = Counter()
    for run in runs:
        total.update({k: int(v) for k, v in (run.signature.get(key) or {}).items()})
    return total


def _site_name(runs: list[SourceRun]) -> str | None:
    names = _pooled(runs, "site_names")
    names.pop("-", None)
    return names.most_common(1)[0][0] if names else None


def _police_share(runs: list[SourceRun]) -> float:
    return sum(int(r.signature.get("police_mentions") or 0) for r in runs) / sum(r.stored for r in runs)


def domain_changed(runs: list[SourceRun], t: Thresholds) -> Flag | None:
    messages: list[str] = []
    details: dict[str, Any] = {}
    split = samples(runs, t)
    if split is not None:
        now, before = split
        name_now, name_before = _site_name(now), _site_name(before)
        police_now, police_before = _police_share(now), _police_share(before)
        if (name_before and name_now and name_now.casefold().strip() != name_before.casefold().strip()
                and police_before >= t.police_from and police_now <= t.police_to):
            lang_now, lang_before = _pooled(now, "languages"), _pooled(before, "languages")
            details["content"] = {"site_name": {"before": name_before, "now": name_now},
                                  "police_share": {"before": round(police_before, 3), "now": round(police_now, 3)},
                                  "language": {"before": _main(lang_before), "now": _main(lang_now)}}
            messages.append(f"the site now calls itself {name_now!r} (was {name_before!r}) and "
                            f"{_pct(police_now)} of its new articles mention the police (was {_pct(police_before)}; "
                            f"{_describe(now, before)})")
    latest = next((r for r in runs if r.status != "running"), None)
    if latest is not None:
        responses = int(latest.signature.get("responses") or 0)
        offsite = int(latest.signature.get("offsite_responses") or 0)
        if responses and offsite and offsite / responses >= t.offsite_share:
            hosts = dict(latest.signature.get("offsite_hosts") or {})
            details["offsite"] = {"run_id": latest.run_id, "responses": responses, "offsite_responses": offsite,
                                  "hosts": hosts}
            messages.append(f"{offsite} of {responses} responses in run {latest.run_id} came from or redirected to "
                            f"another host ({', '.join(hosts) or '?'})")
        drifted = int((latest.signature.get("drift") or {}).get("spam") or 0)
        if drifted >= t.hijack_min_spam:
            caught = int(latest.signature["drift"].get("caught") or 0)
            details["drift"] = {"run_id": latest.run_id, "spam": drifted, "caught_by_drift": caught}
            messages.append(f"{drifted} pages in run {latest.run_id} came in another template than the source's, "
                            f"in another language or without its police content, and were gambling spam "
                            f"({caught} caught thanks to the change)")
    if not messages:
        return None
    return Flag("domain_changed", "; ".join(messages) + " — the domain may have changed hands", details)


def hijacked_run(spam: int, fetched: int, share: float, min_spam: int) -> bool:
    """Whether a run's spam skips dominate it (also used by the crawl to record the run ``partial``)."""
    return spam >= min_spam and spam >= share * max(fetched, spam)


def hijacked(runs: list[SourceRun], t: Thresholds) -> Flag | None:
    latest = next((r for r in runs if r.status != "running"), None)
    if latest is None:
        return None
    spam = int(latest.skipped.get("spam") or 0)
    if not hijacked_run(spam, latest.fetched, t.hijack_share, t.hijack_min_spam):
        return None
    return Flag("hijacked", f"{spam} of the {max(latest.fetched, spam)} article pages fetched in run {latest.run_id} "
                            "were gambling spam (skipped, not stored): the domain or its pages have been hijacked",
                {"run_id": latest.run_id, "spam": spam, "fetched": latest.fetched})


def template_note(runs: list[SourceRun]) -> Flag | None:
    """An information note, not a flag (``--check`` ignores it): the latest run kept pages whose template departed
    from the source's learned one (humascrawl.verdicts.drift), not spam even at the lowered threshold — a redesign;
    the source's template is learned anew from them."""
    latest = next((r for r in runs if r.status != "running"), None)
    changed = int(((latest.signature.get("drift") or {}) if latest else {}).get("template_changed") or 0)
    if not changed:
        return None
    return Flag("template_changed", f"{changed} page{'s' if changed > 1 else ''} kept in run {latest.run_id} came in "
                                    "another template than the source's and were no spam: the site was probably "
                                    "redesigned (its template is learned anew)",
                {"run_id": latest.run_id, "pages": changed})


def block_failures(run: SourceRun) -> dict[str, int]:
    return {k: int(v) for k, v in run.failed.items() if k.startswith(("blocked_", "discovery_blocked_"))}


def blocked(runs: list[SourceRun], t: Thresholds) -> Flag | None:
    done = [r for r in runs if r.status != "running"][: t.blocked_runs]
    if len(done) < t.blocked_runs or not all(block_failures(r) for r in done):
        return None
    latest = block_failures(done[0])
    return Flag("blocked", f"answered bot walls or blocks in each of the last {len(done)} runs (run {done[0].run_id}: "
                           + ", ".join(f"{k}={v}" for k, v in sorted(latest.items())) + ")",
                {"runs": [{"run_id": r.run_id, "blocks": block_failures(r)} for r in done]})


def _main(counts: Counter) -> str | None:
    counts = Counter({k: v for k, v in counts.items() if k != "-"})
    return counts.most_common(1)[0][0] if counts else None


def assess(runs: Iterable[SourceRun | Mapping[str, Any]], latest_article: datetime | None = None,
           thresholds: Thresholds | None = None, now: datetime | None = None) -> list[Flag]:
    """Every flag a source raises. ``runs``: its records, newest first (SourceRun or archive dicts)."""
    t = thresholds or Thresholds()
    history = [r if isinstance(r, SourceRun) else SourceRun.from_record(r) for r in runs]
    history.sort(key=lambda r: r.run_id, reverse=True)
    now = _utc(now) or datetime.now(timezone.utc)
    checks = (repeated_errors(history, t), never_succeeded(history, latest_article),
              stale(history, latest_article, t, now),
              template_changed(history, t), domain_changed(history, t), hijacked(history, t), blocked(history, t))
    return [flag for flag in checks if flag is not None]


def source_health(name: str, runs: list[Mapping[str, Any]], articles: int = 0, latest_article: datetime | None = None,
                  thresholds: Thresholds | None = None, now: datetime | None = None) -> dict[str, Any]:
    """One source's health as plain data (for ``status --json`` and the table)."""
    flags = assess(runs, latest_article, thresholds, now)
    history = sorted((SourceRun.from_record(r) for r in runs), key=lambda r: r.run_id, reverse=True)
    notes = [note.as_dict() for note in (template_note(history),) if note is not None]
    last = history[0] if history else None
    latest_article = _utc(latest_article)
    return {
        "source": name,
        "healthy": not flags,
        "flags": [f.as_dict() for f in flags],
        "notes": notes,  # information, not counted by `status --check`
        "runs": len(history),
        "last_run": None if last is None else {
            "id": last.run_id, "status": last.status, "error": last.error,
            "started_at": last.started_at.isoformat(timespec="seconds") if last.started_at else None},
        "articles": int(articles),
        "latest_article": latest_article.isoformat(timespec="seconds") if latest_article else None,
        "signature": last.signature if last else {},
    }
