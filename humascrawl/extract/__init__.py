"""The extraction core: one saved page in, one article dict out.

Pure functions, no Scrapy and no database::

    from humascrawl.extract import extract_article, ExtractionError, EXTRACTOR_VERSION
    article = extract_article(html, url, hints={...}, rules={...})

The steps live in their own modules (document, metadata, body, boilerplate, credits,
dateline, dates, entities) and are composed in :mod:`.pipeline`.
"""

from .errors import ExtractionError
from .pipeline import ARTICLE_FIELDS, EXTRACTOR_VERSION, extract_article

__all__ = ["extract_article", "ExtractionError", "EXTRACTOR_VERSION", "ARTICLE_FIELDS"]
