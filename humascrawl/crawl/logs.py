"""What the crawl writes to the log: one line per event, a URL and a reason, never a page body.

Scrapy's own messages carry an item's repr (``Dropped: ...`` and ``Scraped from ...``:
a FetchedPage holds the page's bytes, so a crawl whose items were all dropped logged
every page body) and, when robots.txt cannot be fetched, a traceback per host naming
the request that waited for it rather than robots.txt. These components replace them.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.downloadermiddlewares.robotstxt import logger as robots_logger
from scrapy.logformatter import LogFormatter

MAX_REASON = 300  # characters of an exception's message kept in a log line


def item_label(item: Any) -> str:
    """What names an item in the log: its URL (every item the spiders yield has one)."""
    url = getattr(item, "url", None)
    if url is None and isinstance(item, dict):
        url = item.get("url")
    return str(url) if url else type(item).__name__


def one_line(value: Any, limit: int = MAX_REASON) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


class ItemLogFormatter(LogFormatter):
    """Scrapy's messages about items, naming the item by its URL instead of printing it (``LOG_FORMATTER``)."""

    def scraped(self, item, response, spider):
        return {"level": logging.DEBUG, "msg": "Scraped %(item)s", "args": {"item": item_label(item)}}

    def dropped(self, item, exception, response, spider):
        entry = super().dropped(item, exception, response, spider)
        if entry is None:
            return None
        return {"level": entry["level"], "msg": "Dropped: %(exception)s",
                "args": {"exception": one_line(exception)}}

    def item_error(self, item, exception, response, spider):
        # With the traceback (Scrapy attaches it), so at DEBUG: the ERROR line is RunRecorder.item_error's.
        return {"level": logging.DEBUG, "msg": "Error processing %(item)s", "args": {"item": item_label(item)}}


class RobotsTxtFailure(logging.Filter):
    """Scrapy's robots.txt download failure as one warning line: which host, why, and that the crawl goes on
    without it (Scrapy then allows every URL of the host). The traceback is left out: the cause is the network."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args if isinstance(record.args, dict) else {}
        if record.levelno >= logging.ERROR and "f_exception" in args:
            error = args["f_exception"]
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            record.msg = "%s: cannot fetch robots.txt (%s); crawling the host without it"
            record.args = (urlsplit(getattr(args.get("request"), "url", "")).netloc or "?",
                           one_line(f"{type(error).__name__}: {error}"))
            record.exc_info = record.exc_text = None
        return True


_ROBOTS_FILTER = RobotsTxtFailure()


class QuietRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's ``RobotsTxtMiddleware`` whose download failures log as :class:`RobotsTxtFailure` lines."""

    @classmethod
    def from_crawler(cls, crawler):
        if _ROBOTS_FILTER not in robots_logger.filters:
            robots_logger.addFilter(_ROBOTS_FILTER)
        return super().from_crawler(crawler)
