"""The crawl's failure counters in Scrapy's stats, ``humascrawl/failed/<reason>``, read back in one place."""

from __future__ import annotations

from typing import Any

FAILED_PREFIX = "humascrawl/failed/"


def failed_by_reason(stats: dict[str, Any]) -> dict[str, int]:
    """Reason → pages (or listings) lost for it, in the order of ``stats``."""
    return {key[len(FAILED_PREFIX):]: int(value) for key, value in stats.items() if key.startswith(FAILED_PREFIX)}


def failed_total(stats: dict[str, Any]) -> int:
    return sum(failed_by_reason(stats).values())
