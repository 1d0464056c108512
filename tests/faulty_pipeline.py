"""A test-only item pipeline that raises for the article pages whose URL holds ``HUMASCRAWL_TEST_FAIL_URL``:
a bug, a bad rules file or a database error met while processing one item (tests/test_lost_pages.py)."""

from __future__ import annotations

from typing import Any

SECRET = "isi halaman rahasia "  # a message quoting page text: it must never reach the log


class FailingPipeline:
    def __init__(self, needle: str):
        self.needle = needle

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("HUMASCRAWL_TEST_FAIL_URL", ""))

    def process_item(self, item: Any, spider=None) -> Any:
        if self.needle and self.needle in getattr(item, "url", ""):
            raise ValueError("cannot process item\n" + SECRET * 2000)
        return item
