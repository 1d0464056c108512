"""The spam verdict aided by drift: is a fetched page a hijacker's, judged on its own (humascrawl.verdicts.spam)
and against what its source served before (humascrawl.verdicts.drift)?

:func:`judge_page` is what an extraction worker runs per page; :class:`SourceDrift` is a source's side of it in
the crawl (its baseline loaded before, the pages it delivered as honest articles learned after). Pure: the
archive is read and written by the caller (humascrawl.storage.templates), the ``HUMASCRAWL_DRIFT_*`` settings read by
humascrawl.crawl.verdicts.drift_settings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from humascrawl.verdicts.drift import (NO_DRIFT, Baseline, Drift, Observation, drift, drift_rules, learn, observe,
                                       spam_with_drift)
from humascrawl.verdicts.spam import spam_rules, spam_verdict


@dataclass
class Judgement:
    spam: bool
    reason: str
    observation: Observation | None = None
    drift: Drift = NO_DRIFT
    caught_by_drift: bool = False  # spam only at the lowered threshold

    @property
    def departed(self) -> bool:
        """The page departs from its source's template and in language or police content."""
        return self.drift.template and self.drift.content


def judge_page(body: bytes | str, url: str, context: dict[str, Any] | None = None) -> Judgement:
    """The page's spam verdict; with a drift ``context`` (:meth:`SourceDrift.context`: the source's baseline, the
    rules' overrides, whether to observe the page) also its observation and drift, and the threshold lowered for a
    drifted page. A page is observed when asked (a sample, for learning) or when drift could change its verdict."""
    verdict = spam_verdict(body, url)
    if context is None:
        return Judgement(verdict.spam, verdict.reason())
    # Most pages are neither sampled nor in the band: they cost no copy of the rules nor of the baseline.
    overrides = context.get("overrides")
    rules = drift_rules().replace(**overrides) if overrides else drift_rules()
    plain_baseline = context.get("baseline")
    threshold = spam_rules().threshold
    in_band = bool(plain_baseline) and threshold - rules.spam_margin <= verdict.score < threshold
    if not (context.get("observe") or in_band):
        return Judgement(verdict.spam, verdict.reason())
    baseline = Baseline.from_dict(plain_baseline)
    observation = observe(body, rules)
    page_drift = drift(observation, baseline, rules)
    spam = spam_with_drift(verdict.score, threshold, page_drift, rules)
    reason = verdict.reason() + (f"; {page_drift.describe()}" if page_drift.template else "")
    return Judgement(spam, reason, observation, page_drift, spam and not verdict.spam)


@dataclass
class SourceDrift:
    """One source's drift state in a crawl: its baseline as loaded, and the pages accepted as honest articles."""

    baseline: Baseline | None
    overrides: dict[str, Any] = field(default_factory=dict)
    accepted: list[Observation] = field(default_factory=list)
    asked: int = 0  # pages sent to be observed (the first ``sample_pages`` of the run)

    def __post_init__(self) -> None:
        self.sample = drift_rules().replace(**self.overrides).sample_pages
        self.plain_baseline = self.baseline.as_dict() if self.baseline else None

    def context(self) -> dict[str, Any]:
        """What a worker needs to judge the next page of this source (plain data: it is pickled)."""
        self.asked += 1
        return {"baseline": self.plain_baseline, "overrides": self.overrides, "observe": self.asked <= self.sample}

    def accept(self, observation: Observation | None) -> None:
        if observation is not None:
            self.accepted.append(observation)

    def learned(self) -> Baseline | None:
        """The baseline to store after the run, or None when it did not change."""
        new = learn(self.baseline, self.accepted, drift_rules().replace(**self.overrides))
        return None if new is None or new == self.baseline else new
