"""Scrapy settings: the one place where crawl behaviour is configured.

`scrapy.cfg` points here, so `scrapy list` / `scrapy crawl` use the same settings as
`humascrawl crawl`. Values named HUMASCRAWL_* are ours; environment variables of the
same name override them (see humascrawl.crawl.runner).
"""

import os

from humascrawl import __version__
from humascrawl.defaults import (BLOCK_BACKOFF_AFTER, DB_ENV, DEFAULT_DB_URL, HIJACK_MIN_SPAM,
                                 HIJACK_SPAM_SHARE)

BOT_NAME = "humascrawl"
SPIDER_MODULES = ["humascrawl.spiders"]
NEWSPIDER_MODULE = "humascrawl.spiders"

# -- ours ------------------------------------------------------------------------
HUMASCRAWL_DB = os.environ.get(DB_ENV, DEFAULT_DB_URL)
HUMASCRAWL_SOURCES = os.environ.get("HUMASCRAWL_SOURCES", "")  # empty: data/sources.toml
HUMASCRAWL_CONTACT = os.environ.get("HUMASCRAWL_CONTACT", "https://github.com/humascrawl/humascrawl")
HUMASCRAWL_STORE_BATCH = 50  # articles per transaction
HUMASCRAWL_FULL = False  # True: fetch every discovered page again (--full)
HUMASCRAWL_FEED_PAGE_SIZE = 150  # Blogger's own cap for max-results
HUMASCRAWL_RUN_ID = None  # set by `humascrawl crawl`; `scrapy crawl` records a run of its own
# Extraction (pipelines/extract.py): worker processes (0: one per core; 1: in this process), seconds
# one page may take before its worker is killed (in-process: an alarm; the page fails as
# extract_timeout; 0: no limit), and the largest page extracted, in bytes (a larger one fails as
# too_large; `humascrawl extract` refuses it). A 50 MB page once took 300 s and 1.5 GB to extract.
HUMASCRAWL_EXTRACT_WORKERS = 0
HUMASCRAWL_EXTRACT_TIMEOUT = os.environ.get("HUMASCRAWL_EXTRACT_TIMEOUT", 30.0)
HUMASCRAWL_MAX_PAGE_BYTES = os.environ.get("HUMASCRAWL_MAX_PAGE_BYTES", 5 * 1024 * 1024)

# -- bounds (humascrawl.crawl.bounds) ------------------------------------------------
# A gzip sitemap or feed inflating past this many bytes is not read (failed/discovery_too_large):
# the sitemap protocol's own limit on an uncompressed sitemap. Raw responses are capped by
# DOWNLOAD_MAXSIZE, gzip Content-Encoding by Scrapy's DOWNLOAD_MAXSIZE check while decompressing.
HUMASCRAWL_MAX_DECOMPRESSED_BYTES = os.environ.get("HUMASCRAWL_MAX_DECOMPRESSED_BYTES", 50 * 1024 * 1024)
# Per source and run: listing pages requested (feed/API/sitemap pages, robots.txt, link-following
# pages) and wall time. A source that hits one stops listing (failed/capped_pages) or is closed
# (failed/capped_time), keeps what it fetched and is recorded `partial` with the reason. 0 = no cap;
# a source overrides them with `max_listing_pages` / `max_seconds` in the sources file.
HUMASCRAWL_MAX_LISTING_PAGES = os.environ.get("HUMASCRAWL_MAX_LISTING_PAGES", 1000)
HUMASCRAWL_MAX_SOURCE_SECONDS = os.environ.get("HUMASCRAWL_MAX_SOURCE_SECONDS", 4 * 3600)

# -- page verdicts (humascrawl.verdicts; defaults and meaning: humascrawl/defaults.py) ----------
# Gambling spam is skipped (`spam`); a run where it dominates is `partial` and the source `hijacked`. A host
# answering this many block pages in a run is sent nothing more in that run (the rest: failed/blocked_backoff).
HUMASCRAWL_HIJACK_SPAM_SHARE = os.environ.get("HUMASCRAWL_HIJACK_SPAM_SHARE", HIJACK_SPAM_SHARE)
HUMASCRAWL_HIJACK_MIN_SPAM = os.environ.get("HUMASCRAWL_HIJACK_MIN_SPAM", HIJACK_MIN_SPAM)
HUMASCRAWL_BLOCK_BACKOFF_AFTER = os.environ.get("HUMASCRAWL_BLOCK_BACKOFF_AFTER", BLOCK_BACKOFF_AFTER)
# Drift (humascrawl.verdicts.drift, data/rules/drift.toml): a page whose template departs from its source's learned
# one (estimated Jaccard below HUMASCRAWL_DRIFT_TEMPLATE_DEPARTS) and whose language or police content departs too
# is spam at the spam threshold minus HUMASCRAWL_DRIFT_SPAM_MARGIN; a source's template is used once learned from
# HUMASCRAWL_DRIFT_MIN_PAGES honest pages. Empty: drift.toml's value. HUMASCRAWL_DRIFT=false turns it off.
HUMASCRAWL_DRIFT = os.environ.get("HUMASCRAWL_DRIFT", True)
HUMASCRAWL_DRIFT_TEMPLATE_DEPARTS = os.environ.get("HUMASCRAWL_DRIFT_TEMPLATE_DEPARTS", "")
HUMASCRAWL_DRIFT_SPAM_MARGIN = os.environ.get("HUMASCRAWL_DRIFT_SPAM_MARGIN", "")
HUMASCRAWL_DRIFT_MIN_PAGES = os.environ.get("HUMASCRAWL_DRIFT_MIN_PAGES", "")

# -- politeness ------------------------------------------------------------------
USER_AGENT = f"humascrawl/{__version__} (+{HUMASCRAWL_CONTACT})"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024  # a larger page, or one that inflates past it, fails as too_large
REDIRECT_MAX_TIMES = 10  # a longer chain fails as too_many_redirects
# robots.txt Crawl-delay and 429/503 Retry-After (humascrawl.crawl.politeness): a site's Crawl-delay
# above this many seconds is capped (with a warning); a Retry-After above this gives the request up
# (counted as failed http_429 / http_503) instead of pausing the site that long.
HUMASCRAWL_MAX_CRAWL_DELAY = os.environ.get("HUMASCRAWL_MAX_CRAWL_DELAY", 60.0)
HUMASCRAWL_MAX_RETRY_AFTER = os.environ.get("HUMASCRAWL_MAX_RETRY_AFTER", 300.0)

# -- web server (humascrawl serve; humascrawl.web.admission) ---------------------------------------------
# At most HUMASCRAWL_WEB_WORKERS requests read the archive at once (1-32; each holds up to two pooled database
# connections; twice the CPU cores served best on a 2-core machine, bench/serve_load.py); up to
# HUMASCRAWL_WEB_QUEUE more wait their turn, each at most HUMASCRAWL_WEB_QUEUE_WAIT seconds; any other, and one
# that would wait longer at the pace of the last requests, is answered at once with 503 and
# Retry-After: HUMASCRAWL_WEB_RETRY_AFTER seconds.  On SIGTERM or Ctrl-C the server stops
# taking requests and gives the running ones HUMASCRAWL_WEB_SHUTDOWN_GRACE seconds to finish.
HUMASCRAWL_WEB_WORKERS = os.environ.get("HUMASCRAWL_WEB_WORKERS", min(32, 2 * (os.cpu_count() or 2)))
HUMASCRAWL_WEB_QUEUE = os.environ.get("HUMASCRAWL_WEB_QUEUE", 256)
HUMASCRAWL_WEB_QUEUE_WAIT = os.environ.get("HUMASCRAWL_WEB_QUEUE_WAIT", 5.0)
HUMASCRAWL_WEB_RETRY_AFTER = os.environ.get("HUMASCRAWL_WEB_RETRY_AFTER", 2)
HUMASCRAWL_WEB_SHUTDOWN_GRACE = os.environ.get("HUMASCRAWL_WEB_SHUTDOWN_GRACE", 3.0)

# -- components ------------------------------------------------------------------
DOWNLOADER_MIDDLEWARES = {
    "humascrawl.crawl.middlewares.IncrementalMiddleware": 50,
    # Scrapy's, in its place, logging one line per host (humascrawl.crawl.logs)
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "humascrawl.crawl.logs.QuietRobotsTxtMiddleware": 100,
    # nearer the downloader than RetryMiddleware (550): it sees a 429/503 before RetryMiddleware does
    "humascrawl.crawl.politeness.PolitenessMiddleware": 560,
    # Scrapy's, with each lost page failing with its own reason (redirect_loop, too_many_redirects,
    # offsite_redirect, too_large) instead of being dropped or passed off as a robots.txt skip.
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "humascrawl.crawl.middlewares.BoundedCompressionMiddleware": 590,
    # challenge, captcha, firewall and rate-limit pages fail as blocked_<kind>; a host that keeps answering
    # them is sent nothing more in the run (humascrawl.crawl.verdicts)
    "humascrawl.crawl.verdicts.BlockWallMiddleware": 585,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "humascrawl.crawl.middlewares.BoundedRedirectMiddleware": 600,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "humascrawl.crawl.middlewares.BoundedMetaRefreshMiddleware": 580,
}
ITEM_PIPELINES = {
    "humascrawl.pipelines.extract.ExtractPipeline": 100,
    "humascrawl.pipelines.focus.FocusPipeline": 150,
    "humascrawl.pipelines.dedupe.DedupePipeline": 200,
    "humascrawl.pipelines.store.StorePipeline": 300,
}
EXTENSIONS = {
    "humascrawl.crawl.extensions.RunRecorder": 100,
    "humascrawl.crawl.bounds.SourceTimeCap": 110,
}

# -- throughput (bench/crawl_incremental.py) ----------------------------------------
# Scrapy runs each callback's output through CONCURRENT_ITEMS asyncio tasks, made anew per response:
# 100 tasks for the one item an article page yields cost more than the rest of Scrapy's work on it.
CONCURRENT_ITEMS = 8
# Keep every connection alive (see KeepAliveHTTPHandler).
DOWNLOAD_HANDLERS = {
    "http": "humascrawl.crawl.handlers.KeepAliveHTTPHandler",
    "https": "humascrawl.crawl.handlers.KeepAliveHTTPHandler",
}
# Each spider middleware wraps every callback's output in one more async generator. Not needed here:
# Referer (nothing reads it, and working out the referrer policy per request is not free), Depth (link
# following counts its own depth, rules.max_depth; no DEPTH_LIMIT is set) and MetaCopyDetection (a
# warning for spider authors).
SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.referer.RefererMiddleware": None,
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
    "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware": None,
}

LOG_LEVEL = "INFO"  # `humascrawl` sets its -v/-q level for each crawl (humascrawl.commands.crawl)
# Item messages name the item by URL: Scrapy's print the item, and a fetched page carries its body.
LOG_FORMATTER = "humascrawl.crawl.logs.ItemLogFormatter"
# A request given up after its retries is logged (with its reason) and counted by the spider's errback;
# Scrapy's own ERROR line said the same again. -v shows it.
RETRY_GIVE_UP_LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
