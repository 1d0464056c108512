"""The JSON API under /api (described at /api/openapi.json, browsable at /api/docs)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from humascrawl.search import facets, per_day, search
from humascrawl.storage.articles import outlet_names
from humascrawl.web.app import get_session
from humascrawl.web.params import Exact, Filters, SearchQuery
from humascrawl.web.queries import (
    article_detail,
    article_versions,
    cluster_detail,
    raw_body,
)

router = APIRouter(prefix="/api")
DbSession = Annotated[Session, Depends(get_session)]
ArticleId = Annotated[int, Path(description="The article's id in the archive", ge=1)]


class ErrorBody(BaseModel):
    error: str
    message: str


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Malformed query or parameter"},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorBody, "description": "No such article"}}


class FacetValue(BaseModel):
    value: str       # what the filter of the same name takes (a host for "site")
    label: str       # what to show: the outlet's name for "site", else the value
    count: int


class FacetsBody(BaseModel):
    query: str
    filters: dict[str, Any]
    facets: dict[str, list[FacetValue]]


class DayCount(BaseModel):
    date: str
    count: int


class PerDayBody(BaseModel):
    query: str
    filters: dict[str, Any]
    days: list[DayCount]


class SearchBody(BaseModel):
    query: str
    filters: dict[str, Any]
    total: int
    capped: bool = Field(description="Same as total_is_lower_bound (older name)")
    total_is_lower_bound: bool = Field(description="More articles match than total: only the newest "
                                                   "1,000 matches are counted and ranked")
    limit: int
    offset: int
    collapse: bool
    order: str
    exact: bool
    hits: list[dict[str, Any]]


def hit_json(hit) -> dict[str, Any]:
    """A hit as the search module renders it, plus links to its page and its JSON."""
    return {**hit.to_json(),
            "links": {"page": f"/articles/{hit.article_id}", "api": f"/api/articles/{hit.article_id}"}}


@router.get("/search", response_model=SearchBody, responses=ERRORS, summary="Full-text search")
def api_search(
    session: DbSession,
    filters: Filters,
    q: SearchQuery = "",
    limit: Annotated[int, Query(ge=1, le=100, description="Hits per page")] = 20,
    offset: Annotated[int, Query(ge=0, le=100_000, description="Hits to skip")] = 0,
    collapse: Annotated[bool, Query(description="One hit per release (cluster), with its number of copies")] = False,
    order: Annotated[Literal["rank", "newest"], Query(description="rank (relevance) or newest first")] = "rank",
    exact: Exact = False,
) -> dict[str, Any]:
    result = search(session, q, filters, limit=limit, offset=offset, collapse=collapse, order=order, exact=exact)
    return {"query": q, "filters": filters.describe(), "total": result.total, "capped": result.capped,
            "total_is_lower_bound": result.capped,
            "limit": limit, "offset": offset,
            "collapse": collapse, "order": order, "exact": exact, "hits": [hit_json(hit) for hit in result.hits]}


@router.get("/facets", response_model=FacetsBody, responses=ERRORS,
            summary="Counts per outlet, Polda, unit and month")
def api_facets(
    session: DbSession,
    filters: Filters,
    q: SearchQuery = "",
    size: Annotated[int, Query(ge=1, le=100, description="Values per facet")] = 10,
    exact: Exact = False,
) -> dict[str, Any]:
    found = facets(session, q, filters, size=size, exact=exact)
    names = outlet_names(session, [value for value, _ in found["site"]])
    return {"query": q, "filters": filters.describe(),
            "facets": {name: [{"value": value, "label": names.get(value, value) if name == "site" else value,
                               "count": count} for value, count in values]
                       for name, values in found.items()}}


@router.get("/per-day", response_model=PerDayBody, responses=ERRORS, summary="Matching articles per day")
def api_per_day(session: DbSession, filters: Filters, q: SearchQuery = "", exact: Exact = False) -> dict[str, Any]:
    days = per_day(session, q, filters, exact=exact)
    return {"query": q, "filters": filters.describe(), "days": [{"date": d, "count": n} for d, n in days]}


@router.get("/articles/{article_id}", responses=NOT_FOUND,
            summary="One article: its fields, copies in other outlets, versions and raw page")
def api_article(session: DbSession, article_id: ArticleId) -> dict[str, Any]:
    return article_detail(session, article_id)


@router.get("/articles/{article_id}/versions", responses=NOT_FOUND,
            summary="Every stored version of an article, with changed fields and a text diff")
def api_versions(session: DbSession, article_id: ArticleId) -> dict[str, Any]:
    return article_versions(session, article_id)


@router.get("/articles/{article_id}/raw", responses={**NOT_FOUND, 200: {
    "content": {"text/plain": {}}, "description": "The stored page, as plain text (never rendered as HTML)"}},
    response_class=Response, summary="The raw page the article was extracted from")
def api_raw(
    session: DbSession,
    article_id: ArticleId,
    version: Annotated[int | None, Query(ge=1, description="An older version's page (default: current)")] = None,
) -> Response:
    raw = raw_body(session, article_id, version)
    # Sandboxed plain text: a scraped page never runs as HTML on this origin, even if sniffed.
    return Response(raw.body, media_type=f"text/plain; charset={raw.charset}", headers={
        "Content-Security-Policy": "sandbox; default-src 'none'",
        "Content-Disposition": f'inline; filename="article-{article_id}-raw.txt"',
    })


@router.get("/clusters/{cluster}", responses={404: {"model": ErrorBody, "description": "No such cluster"}},
            summary="A release's copies across outlets, origin first")
def api_cluster(session: DbSession, cluster: Annotated[int, Path(description="Cluster id")]) -> dict[str, Any]:
    return cluster_detail(session, cluster)
