"""An article fetched whole: one split over pages (``/2/``, ``?page=2``) is archived as one page whose
body joins its pages with PAGE_BREAK, or from its single-page view when page 1 links one."""

from __future__ import annotations

from typing import Any, Iterator
from urllib.parse import urlsplit

import scrapy
from humascrawl.spiders.failures import loss_reason
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from humascrawl.items import PAGE_BREAK, FetchedPage
from humascrawl.pagination import pagination_links
from humascrawl.urls import site_key


class ArticlePages:
    """The article-page callbacks of :class:`~humascrawl.spiders.base.SourceSpider`."""

    # An article split over pages (``/2/``, ``?page=2``) is fetched whole: its single-page view when
    # page 1 links one, else its pages in order; the pages travel in the requests' meta and become one
    # FetchedPage whose body joins them with PAGE_BREAK. At most this many pages per article.
    max_article_pages = 20

    def parse_page(self, response: Response) -> Iterator[FetchedPage | scrapy.Request]:
        self.count("fetched")
        page = FetchedPage(
            source=self.source.name, url=response.url, status=response.status, body=response.body,
            headers=_headers(response), hints=response.meta.get("hints", {}),
            feed_updated=response.meta.get("feed_updated"),
        )
        single, more = pagination_links(response.body, response.url) if isinstance(response, TextResponse) \
            else (None, [])
        if not single and not more:
            yield page
            return
        state = {"page": page, "bodies": [response.body], "urls": [response.url], "queue": list(more),
                 "seen": {_page_key(response.url), *map(_page_key, more)}}
        if single:
            yield scrapy.Request(single, callback=self.parse_single_view, errback=self.single_view_failed,
                                 dont_filter=True, priority=1, meta={"multipage": state})
        else:
            yield from self.next_article_page(state)

    def next_article_page(self, state: dict[str, Any]) -> Iterator[FetchedPage | scrapy.Request]:
        """Request the article's next page, or, when none is left, yield the article with all its pages."""
        if state["queue"] and len(state["urls"]) < self.max_article_pages:
            yield scrapy.Request(state["queue"].pop(0), callback=self.parse_continuation,
                                 errback=self.continuation_failed, dont_filter=True, priority=1,
                                 meta={"multipage": state})
            return
        page: FetchedPage = state["page"]
        if len(state["bodies"]) > 1:
            self.count("multipage")
            page.body = PAGE_BREAK.join(state["bodies"])
            page.page_urls = list(state["urls"])
            page.headers["X-Humascrawl-Pages"] = " ".join(state["urls"])
        yield page

    def parse_continuation(self, response: Response) -> Iterator[FetchedPage | scrapy.Request]:
        state = response.meta["multipage"]
        # A site that ignores the page parameter answers page 1 again: nothing to add.
        if response.body not in state["bodies"]:
            state["bodies"].append(response.body)
            state["urls"].append(response.url)
            # Pagers that link only the next page ("Selanjutnya »") reveal the rest one page at a time.
            _, more = pagination_links(response.body, response.url, article_url=state["page"].url) \
                if isinstance(response, TextResponse) else (None, [])
            for url in more:
                if _page_key(url) not in state["seen"]:
                    state["seen"].add(_page_key(url))
                    state["queue"].append(url)
        yield from self.next_article_page(state)

    def continuation_failed(self, failure: Failure) -> Iterator[FetchedPage]:
        """A later page failed: archive the pages fetched before it (the article's text up to the gap)."""
        if self.stopping(failure):
            return  # not archived with part of its pages: the next run fetches the article whole
        state = failure.request.meta["multipage"]
        reason = loss_reason(failure)
        self.count_failure(f"continuation_{reason}")
        self.logger.warning("%s: page %d of %s failed (%s): %s; keeping the %d page(s) before it",
                            self.source.name, len(state["urls"]) + 1, state["page"].url, reason,
                            failure.request.url, len(state["urls"]))
        state["queue"].clear()
        yield from self.next_article_page(state)

    def parse_single_view(self, response: Response) -> Iterator[FetchedPage]:
        """The article's single-page view, archived under the article's own URL."""
        state = response.meta["multipage"]
        page: FetchedPage = state["page"]
        self.count("multipage")
        page.status, page.body = response.status, response.body
        page.headers = {**_headers(response), "X-Humascrawl-Pages": response.url}
        page.page_urls = [response.url]
        yield page

    def single_view_failed(self, failure: Failure) -> Iterator[FetchedPage | scrapy.Request]:
        """No single-page view after all: fetch the numbered pages instead, or keep page 1 when there are none."""
        if self.stopping(failure):
            return
        state = failure.request.meta["multipage"]
        reason = loss_reason(failure)
        if state["queue"]:
            self.logger.info("%s: single-page view of %s failed (%s); fetching its pages",
                             self.source.name, state["page"].url, reason)
        else:
            self.count_failure(f"continuation_{reason}")
            self.logger.warning("%s: single-page view of %s failed (%s): %s; keeping page 1",
                                self.source.name, state["page"].url, reason, failure.request.url)
        yield from self.next_article_page(state)


def _headers(response: Response) -> dict[str, str]:
    return {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}


def _page_key(url: str) -> str:
    """One key for the spellings of a page URL (``/slug/2`` and ``/slug/2/``)."""
    parts = urlsplit(url)
    return f"{site_key(url)}{parts.path.rstrip('/')}?{parts.query}"
