"""Turn fetched pages into articles with humascrawl.extract, on all cores; gambling spam (a hijacked domain's pages,
humascrawl.verdicts.spam) is judged first, in the same workers, and skipped as ``spam``: never extracted nor stored.
The verdict is aided by drift (humascrawl.verdicts.hijack): a page whose template and language or police content
departed from what its source served before is spam at a lower score; the pages kept teach the source's template
(stored in the archive, humascrawl.storage.templates)."""

from __future__ import annotations

import logging
from typing import Any, Callable

from scrapy.exceptions import DropItem

from humascrawl.crawl.workers import ProcessPool, TaskTimeout, WorkerDied, time_limit
from humascrawl.config import ConfigError
from humascrawl.defaults import extraction_workers
from humascrawl.extract import EXTRACTOR_VERSION, ExtractionError
from humascrawl.extract.dates import warm_up_htmldate
from humascrawl.extract.multipage import extract_archived
from humascrawl.items import Article, FetchedPage
from humascrawl.crawl import shared_archive
from humascrawl.crawl.verdicts import drift_settings
from humascrawl.storage.archive import prepare_page
from humascrawl.storage.templates import load_baseline, save_baseline
from humascrawl.verdicts.drift import Drift, Observation, drift_rules
from humascrawl.verdicts.hijack import SourceDrift, judge_page
from humascrawl.verdicts.spam import spam_rules


class SpamPage(Exception):
    """The page is gambling spam (humascrawl.verdicts.spam): skipped, never extracted nor stored; the message
    says why. ``departed``: its template and language or police content had changed (humascrawl.verdicts.drift);
    ``by_drift``: it was spam only at the threshold lowered for such a page."""

    def __init__(self, message: str, departed: bool = False, by_drift: bool = False):
        super().__init__(message, departed, by_drift)
        self.message, self.departed, self.by_drift = message, departed, by_drift

    def __str__(self) -> str:
        return self.message


def extract_judged(body: bytes, url: str, hints: dict[str, Any], rules: dict[str, Any],
                   drift_context: dict[str, Any] | None = None
                   ) -> tuple[Article, dict[str, Any], tuple[Observation | None, Drift]]:
    """What a worker does per page: judge it (spam, aided by its source's ``drift_context``), extract it, and
    compute what storing it needs (compressed body, digest, MinHash signature), so the crawl's main process only
    moves rows into the database; with the page's drift observation, for the source's template.

    Neither verdict travels in the result: a spam page raises :class:`SpamPage`, a page with no article
    :class:`ExtractionError`, and the pool hands either back to the awaiting pipeline as the exception it is."""
    judgement = judge_page(body, url, drift_context)
    if judgement.spam:
        raise SpamPage(judgement.reason, judgement.departed, judgement.caught_by_drift)
    article = extract_archived(body, url, hints, rules)
    return article, prepare_page(body, article), (judgement.observation, judgement.drift)


def extract_and_prepare(body: bytes, url: str, hints: dict[str, Any], rules: dict[str, Any]
                        ) -> tuple[Article, dict[str, Any]]:
    """:func:`extract_judged` without drift: the article and what storing it needs."""
    article, prepared, _ = extract_judged(body, url, hints, rules)
    return article, prepared


def warm_up_workers() -> None:
    """Run by the pool's forking process before it forks the workers (see humascrawl.crawl.workers)."""
    warm_up_htmldate()
    spam_rules()
    drift_rules()


def extract_limits(setting: Callable[[str], Any]) -> tuple[float | None, int]:
    """(seconds a page may take, None for no limit; bytes a page may have) from the settings
    ``HUMASCRAWL_EXTRACT_TIMEOUT`` and ``HUMASCRAWL_MAX_PAGE_BYTES``; ConfigError naming a bad one."""
    seconds = _number(setting, "HUMASCRAWL_EXTRACT_TIMEOUT", float, 0, "a number of seconds >= 0")
    max_bytes = _number(setting, "HUMASCRAWL_MAX_PAGE_BYTES", int, 1, "a number of bytes > 0")
    return seconds or None, max_bytes


def _number(setting: Callable[[str], Any], name: str, kind: type, least: float, what: str) -> Any:
    raw = setting(name)
    try:
        value = kind(raw)
        if value >= least:  # False for NaN too
            return value
    except (TypeError, ValueError):
        pass
    raise ConfigError(f"setting {name} must be {what}, got {raw!r}")


class _SharedPools:
    """One pool per process for all the sources crawled at once (`humascrawl crawl` runs every source's
    spider in one process): hundreds of sources must not each start a pool of one worker per core."""

    def __init__(self):
        self.pools: dict[tuple[int, float | None], tuple[ProcessPool, int]] = {}

    def acquire(self, workers: int, time_limit: float | None) -> ProcessPool:
        pool, users = self.pools.get((workers, time_limit)) or (
            ProcessPool(f"{__name__}:extract_judged", workers, time_limit=time_limit), 0)
        self.pools[workers, time_limit] = (pool, users + 1)
        return pool

    def release(self, pool: ProcessPool) -> None:
        """Close the pool when its last user is done with it."""
        key = (pool.size, pool.time_limit)
        _, users = self.pools[key]
        if users > 1:
            self.pools[key] = (pool, users - 1)
        else:
            del self.pools[key]
            pool.close()


_SHARED_POOLS = _SharedPools()


class ExtractPipeline:
    """Extract each page in a process pool (``HUMASCRAWL_EXTRACT_WORKERS``, read by
    ``defaults.extraction_workers``), at most ``HUMASCRAWL_MAX_PAGE_BYTES`` a page and
    ``HUMASCRAWL_EXTRACT_TIMEOUT`` seconds a page (in-process: an alarm interrupts the extraction)."""

    def __init__(self, crawler, workers: int, time_limit: float | None, max_bytes: int,
                 drift_overrides: dict[str, Any] | None = None):
        self.crawler = crawler
        self.workers = workers
        self.time_limit = time_limit
        self.max_bytes = max_bytes
        self.drift_overrides = drift_overrides  # None: HUMASCRAWL_DRIFT off
        self.drift: SourceDrift | None = None  # the crawled source's, when it has one and drift is on
        self.pool: ProcessPool | None = None
        self.spam_logged = self.redesign_logged = False

    @classmethod
    def from_crawler(cls, crawler):
        workers = extraction_workers(crawler.settings.getint("HUMASCRAWL_EXTRACT_WORKERS"))
        return cls(crawler, workers, *extract_limits(crawler.settings.get), drift_settings(crawler.settings))

    def open_spider(self, spider=None) -> None:
        if self.workers > 1:
            self.pool = _SHARED_POOLS.acquire(self.workers, self.time_limit)
        source = getattr(spider or self.crawler.spider, "source", None)
        if source is not None and self.drift_overrides is not None:
            archive = shared_archive(self.crawler.settings.get("HUMASCRAWL_DB"))
            self.drift = SourceDrift(load_baseline(archive, source.name), self.drift_overrides)

    def close_spider(self, spider=None) -> None:
        if self.pool is not None:
            _SHARED_POOLS.release(self.pool)
            self.pool = None
        source = getattr(spider or self.crawler.spider, "source", None)
        learned = self.drift.learned() if self.drift is not None and source is not None else None
        if learned is not None:
            save_baseline(shared_archive(self.crawler.settings.get("HUMASCRAWL_DB")), source.name, learned,
                          self.crawler.settings.getint("HUMASCRAWL_RUN_ID") or None)

    async def process_item(self, item: Any, spider=None) -> Any:
        if not isinstance(item, FetchedPage) or item.article is not None:
            return item
        if len(item.body) > self.max_bytes:
            self._fail(item, "too_large", f"{len(item.body)} bytes, over HUMASCRAWL_MAX_PAGE_BYTES={self.max_bytes}")
        spider = spider or self.crawler.spider
        rules = dict(getattr(getattr(spider, "source", None), "rules", {}) or {})
        args = (item.body, item.url, item.hints, rules, self.drift.context() if self.drift else None)
        try:
            if self.pool is None:
                with time_limit(self.time_limit, lambda: TaskTimeout(
                        f"extraction took longer than {self.time_limit:g} s")):
                    article, prepared, (observation, page_drift) = extract_judged(*args)
            else:
                article, prepared, (observation, page_drift) = await self.pool.run(*args)
        except TaskTimeout as exc:
            self._fail(item, "extract_timeout", str(exc))
        except SpamPage as exc:
            self._skip_spam(item, exc, spider)
        except (ExtractionError, WorkerDied) as exc:  # a page that killed its worker fails alone: the others go on
            self._fail(item, "extraction", str(exc))
        if self.drift is not None:
            self.drift.accept(observation)
            if page_drift.template:
                self._note_redesign(item, page_drift, spider)
        item.article = article
        item.extractor_version = EXTRACTOR_VERSION
        item.prepared = prepared
        return item

    def _note_redesign(self, item: FetchedPage, page_drift: Drift, spider) -> None:
        """A page in another template, kept: its language and police content stayed (a redesign), or it was no
        spam even at the lowered threshold. Counted for `status` (a note, not a flag)."""
        self.crawler.stats.inc_value("humascrawl/drift/template_changed")
        level = "DEBUG" if self.redesign_logged else "INFO"
        self.redesign_logged = True
        spider.logger.log(getattr(logging, level), "%s: page in another template than the source's, kept: %s (%s)",
                          getattr(getattr(spider, "source", None), "name", spider.name), item.url,
                          page_drift.describe())

    def _skip_spam(self, item: FetchedPage, exc: SpamPage, spider) -> None:
        why = str(exc)
        self.crawler.stats.inc_value("humascrawl/skipped/spam")
        if exc.departed:
            self.crawler.stats.inc_value("humascrawl/drift/spam")
        if exc.by_drift:
            self.crawler.stats.inc_value("humascrawl/drift/caught")
        # The first spam page of a source is worth a warning; a hijacked site's hundreds more are counted.
        level = "INFO" if self.spam_logged else "WARNING"
        self.spam_logged = True
        spider.logger.log(getattr(logging, level), "%s: gambling spam skipped, not stored: %s (%s)",
                          getattr(getattr(spider, "source", None), "name", spider.name), item.url, why)
        raise DropItem(f"gambling spam: {item.url}", log_level="INFO")

    def _fail(self, item: FetchedPage, reason: str, detail: str) -> None:
        self.crawler.stats.inc_value(f"humascrawl/failed/{reason}")
        raise DropItem(f"extraction failed for {item.url}: {detail}")
