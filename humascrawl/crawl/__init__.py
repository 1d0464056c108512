"""The Scrapy-facing layer: run orchestration, middlewares and extensions.

Domain logic (extraction, storage, configuration) lives elsewhere and knows
nothing of Scrapy; this package wires it into Scrapy's documented hooks.
"""

from __future__ import annotations

from functools import lru_cache

from humascrawl.storage.archive import Archive


@lru_cache(maxsize=None)
def shared_archive(db_url: str) -> Archive:
    """One migrated Archive per database URL and process, shared by all components."""
    return Archive.open(db_url)
