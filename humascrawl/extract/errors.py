"""The one exception the extraction core raises."""

from __future__ import annotations

from humascrawl.errors import HumascrawlError


class ExtractionError(HumascrawlError, ValueError):
    """The input cannot yield an article (empty, binary, not HTML, or no article text).

    The message is one line, fit for a CLI error or a crawl log.
    """
