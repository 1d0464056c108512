"""The extraction core: one saved page in, one :class:`~humascrawl.items.Article` out.

Pure functions, no Scrapy and no database::

    from humascrawl.extract import extract_article, ExtractionError, EXTRACTOR_VERSION
    article = extract_article(html, url, hints={...}, rules={...})

The steps live in their own modules (document, metadata, body, boilerplate, credits,
dateline, dates, entities) and are composed in :mod:`.article`.

Their XPaths over the whole page say ``/descendant::x`` where ``//x`` would do: libxml2 evaluates ``//x`` as
``descendant-or-self::node()/child::x``, 20-45 % slower on real pages, and the two select the same nodes as
long as no predicate on that step is positional (``[1]``, ``position()``, ``last()``).
"""

from .errors import ExtractionError
from .article import EXTRACTED_FIELDS, EXTRACTOR_VERSION, extract_article

__all__ = ["extract_article", "ExtractionError", "EXTRACTOR_VERSION", "EXTRACTED_FIELDS"]
