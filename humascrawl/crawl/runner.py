"""Run a crawl of several sources in one Scrapy process and record it as one run."""

from __future__ import annotations

import logging
import signal
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from humascrawl.config import ConfigError, Source
from humascrawl.crawl import shared_archive
from humascrawl.crawl.bounds import abandon_downloads, note_error, validate_bounds
from humascrawl.crawl.politeness import validate_settings
from humascrawl.crawl.verdicts import drift_settings, verdict_limits
from humascrawl.errors import first_line
from humascrawl.extract.article import check_rules
from humascrawl.pipelines.extract import extract_limits
from humascrawl.storage.locks import CrawlLease, CrawlLeases
from humascrawl.spiders.blogger import BloggerSpider
from humascrawl.spiders.generic import AutoSpider, FeedSpider, SitemapSpider
from humascrawl.spiders.pages import ListingSpider, OdooSpider
from humascrawl.spiders.wordpress import WordPressSpider
from humascrawl.stat_keys import failed_total

RENEW_EVERY = 30.0  # seconds between renewals of the crawl lease (a lease lasts 2 minutes)
SPIDERS = {spider.platform: spider for spider in (BloggerSpider, WordPressSpider, OdooSpider, ListingSpider, SitemapSpider,
                                                  FeedSpider, AutoSpider)}


def spider_for(source: Source):
    try:
        return SPIDERS[source.platform]
    except KeyError:
        raise ConfigError(f"source {source.name!r}: platform {source.platform!r} has no spider yet "
                          f"(available: {', '.join(SPIDERS)})") from None


@dataclass
class SourceResult:
    name: str
    status: str
    stats: dict[str, Any]

    def counter(self, key: str) -> int:
        return int(self.stats.get("humascrawl/" + key, 0))

    @property
    def failures(self) -> int:
        return failed_total(self.stats)


@dataclass
class RunResult:
    run_id: int
    status: str
    duration: float
    sources: list[SourceResult] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 0 if self.status == "ok" else 1


def build_settings(db_url: str, overrides: dict[str, Any] | None = None) -> Settings:
    settings = Settings()
    settings.setmodule("humascrawl.settings", priority="project")
    settings.set("HUMASCRAWL_DB", db_url, priority="cmdline")
    # The CLI owns logging (one stderr handler); Scrapy must not add its own.
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    validate_settings(settings)  # a bad -s value is a configuration error (exit 2), not a crash mid-crawl
    extract_limits(settings.get)
    validate_bounds(settings)
    verdict_limits(settings)
    drift_settings(settings)
    return settings


def run_crawl(
    sources: list[Source],
    db_url: str,
    *,
    full: bool = False,
    overrides: dict[str, Any] | None = None,
    on_tick: Callable[[list[tuple[str, dict[str, Any]]]], None] | None = None,
    options: dict[str, Any] | None = None,
    per_host: bool | None = None,
) -> RunResult:
    """Crawl ``sources`` into the archive at ``db_url``; block until done.

    ``on_tick`` is called twice a second with each source's live Scrapy stats (for a
    progress display). Scrapy's reactor cannot restart, so call this once per process.
    ``per_host`` (default: on a PostgreSQL archive, which a fleet may share): take the crawl lock of each
    source's host (``crawl:HOST``) as the fleet's jobs do, and leave out, with the holder named, a source whose
    host another live run crawls; else the archive-wide ``crawl`` lock (one run at a time). LockHeld when
    nothing could be taken.
    """
    spiders = [(source, spider_for(source)) for source in sources]
    for source in sources:
        check_rules(source.rules, source.name)  # a bad rule stops here, before any run is recorded, not article by article
    build_settings(db_url, overrides)  # validates: a bad -s value stops here, before any run is recorded
    archive = shared_archive(db_url)
    if per_host is None:
        per_host = archive.engine.dialect.name == "postgresql"
    lease = CrawlLeases(archive, {s.name: s.url for s in sources}) if per_host else CrawlLease(archive)
    skipped = lease.acquire() or {}  # raises LockHeld while other live runs hold it (or every host)
    for name, reason in skipped.items():
        logging.getLogger(__name__).warning("skipped %s: %s", name, reason)
    try:
        # Only the sources whose hosts it holds: a worker crawling a skipped one writes that one (two inserts of a
        # new source's row at once would collide).
        archive.sync_sources([s for s in sources if s.name not in skipped])
        crawled = [s.name for s in sources if s.name not in skipped]
        run_id = archive.start_run({"sources": crawled, "full": full, **(options or {}),
                                    **({"skipped": skipped} if skipped else {})})
        lease.attach_run(run_id)
        spiders = [(source, spider) for source, spider in spiders if source.name not in skipped]
        return _run(archive, lease, run_id, spiders, db_url, full, overrides, on_tick, skipped)
    finally:
        lease.release()


class _PromptCrawlerProcess(CrawlerProcess):
    """Scrapy's process, stopping promptly on the first SIGTERM/SIGINT.

    Scrapy's graceful stop waits for every request already handed to the downloader: with a long
    queue, the crawl delay and a slow site, that took 20 s and more. Here those requests are
    abandoned (counted ``skipped/interrupted``), the pages fetched before are still extracted and
    stored, and the run is recorded ``interrupted``. A second signal stops at once (Scrapy's own).
    """

    interrupted_by: str | None = None

    def _signal_shutdown(self, signum: int, frame: Any) -> None:
        from twisted.internet import reactor

        self.interrupted_by = signal.Signals(signum).name
        super()._signal_shutdown(signum, frame)  # schedules the graceful stop, arms the second signal
        reactor.callFromThread(self._abandon_downloads)

    def _abandon_downloads(self) -> None:
        for crawler in list(self.crawlers):
            note_error(crawler, f"interrupted by {self.interrupted_by}")
            abandon_downloads(crawler, f"interrupted by {self.interrupted_by}")


def _run(archive, lease, run_id, spiders, db_url, full, overrides, on_tick, skipped) -> RunResult:
    from twisted.internet import task

    settings = build_settings(db_url, {**(overrides or {}), "HUMASCRAWL_RUN_ID": run_id, "HUMASCRAWL_FULL": full})
    process = _PromptCrawlerProcess(settings)
    # Scrapy's logging set-up resets its loggers to DEBUG; keep the level asked for.
    logging.getLogger("scrapy").setLevel(settings.get("LOG_LEVEL"))
    crawlers = []
    for source, spider_cls in spiders:
        crawler = process.create_crawler(spider_cls)
        crawlers.append((source.name, crawler))
        process.crawl(crawler, source=source)
    started = time.monotonic()
    ticker = None
    if on_tick is not None:
        ticker = task.LoopingCall(lambda: on_tick(_live_stats(crawlers)))
        ticker.start(0.5, now=False)
    heartbeat = keep_renewing(lease)
    status = "interrupted"
    try:
        process.start()
        results = [
            SourceResult(name, c.stats.get_value("humascrawl/status", "failed"), dict(c.stats.get_stats()))
            for name, c in crawlers
        ]
        status = "interrupted" if process.interrupted_by else (
            "ok" if all(r.status == "ok" for r in results) and not skipped else
            "failed" if all(r.status == "failed" for r in results) else "partial")
        # A source left out because another run crawls its host: in the result with why, the run partial at best.
        results += [SourceResult(name, "skipped", {"humascrawl/error": reason}) for name, reason in skipped.items()]
    finally:
        for loop in (ticker, heartbeat):
            if loop is not None and loop.running:
                loop.stop()
        archive.finish_run(run_id, status)
        logging.getLogger(__name__).info("run %s finished: %s", run_id, status)
    if on_tick is not None:
        on_tick(_live_stats(crawlers))
    return RunResult(run_id, status, time.monotonic() - started, results)


def keep_renewing(lease, period: float = RENEW_EVERY, clock=None):
    """A started loop renewing ``lease`` every ``period`` s. A renewal that fails (the database gone a moment) is
    logged and tried again next period: it never ends the loop, which would let the lease run out under a live
    crawl and another crawl take its host. A lease found taken over is logged as an error."""
    from twisted.internet import task

    def renew() -> None:
        try:
            renewed = lease.renew()
        except Exception as exc:  # noqa: BLE001 - any failure: the next period tries again
            logging.getLogger(__name__).warning("could not renew the crawl lease (again in %g s): %s", period,
                                                first_line(exc, name=False))
            return
        if renewed is False:  # it ran out (the database gone too long) and another run took it over
            logging.getLogger(__name__).error("this crawl lost its crawl lease: another crawl may now crawl its host")

    loop = task.LoopingCall(renew)
    if clock is not None:
        loop.clock = clock
    loop.start(period, now=False)
    return loop


def _live_stats(crawlers) -> list[tuple[str, dict[str, Any]]]:
    return [(name, c.stats.get_stats() if c.stats else {}) for name, c in crawlers]
