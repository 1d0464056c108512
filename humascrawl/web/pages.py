"""The HTML pages: search with facets and chart, one article, the API's documentation."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy.orm import Session

from humascrawl.filters import FilterError
from humascrawl.search import QueryError, facets, per_day, search
from humascrawl.web.app import get_session
from humascrawl.web.chart import day_chart
from humascrawl.web.params import BadRequest, article_filter
from humascrawl.storage.articles import outlet_names
from humascrawl.web.queries import article_detail, article_versions

router = APIRouter(include_in_schema=False)
DbSession = Annotated[Session, Depends(get_session)]
PAGE_SIZE = 20
# The query-string parameters the search page keeps from one request to the next.
KEPT = ("q", "site", "source", "unit", "polda", "person", "label", "since", "until", "month", "order", "collapse",
        "exact")
FILTERS = KEPT[1:-3]
FACET_TITLES = {"site": "Outlet", "polda": "Polda", "unit": "Unit", "month": "Month"}


def page_link(params: dict[str, str], **changes: Any) -> str:
    """``/?…`` for the current search with some parameters changed (None or "" drops one)."""
    merged = {**params, **{k: ("" if v is None else str(v)) for k, v in changes.items()}}
    if "offset" not in changes:
        merged.pop("offset", None)  # a new filter starts at the first page
    query = urlencode([(k, v) for k, v in merged.items() if v not in ("", None)])
    return f"/?{query}" if query else "/"


@router.get("/", response_class=HTMLResponse)
def search_page(
    request: Request,
    session: DbSession,
    q: Annotated[str, Query(max_length=500)] = "",
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
    order: str = "rank",
    collapse: str = "",
    exact: str = "",
):
    params = {name: request.query_params.get(name, "").strip() for name in KEPT}
    params["order"] = order if order in ("rank", "newest") else "rank"
    collapsed = collapse.lower() in ("1", "on", "true", "yes")
    params["collapse"] = "1" if collapsed else ""
    as_typed = exact.lower() in ("1", "on", "true", "yes")
    params["exact"] = "1" if as_typed else ""
    context: dict[str, Any] = {
        "q": q, "params": params, "error": None, "result": None, "facets": {}, "outlet_names": {}, "chart": None,
        "offset": offset, "page_size": PAGE_SIZE, "facet_titles": FACET_TITLES,
        "link": lambda **changes: page_link(params, **changes),
        "active": [(name, params[name]) for name in FILTERS if params[name]],
    }
    status = 200
    try:
        filters = article_filter(**{name: params[name] for name in FILTERS})
        if filters.polda:  # as the Polda facet names it ("kalbar" is "Polda Kalbar"), so its value shows selected
            params["polda"] = filters.polda
            context["active"] = [(name, params[name]) for name in FILTERS if params[name]]
        context["result"] = search(session, q, filters, limit=PAGE_SIZE, offset=offset, collapse=collapsed,
                                   order=params["order"], exact=as_typed)
        context["facets"] = facets(session, q, filters, size=10, exact=as_typed)
        context["outlet_names"] = outlet_names(session, [host for host, _ in context["facets"]["site"]])
        context["chart"] = day_chart(per_day(session, q, filters, exact=as_typed))
    except (QueryError, BadRequest, FilterError) as exc:
        context["error"], status = str(exc), 400
    return request.app.state.templates.TemplateResponse(request, "search.html", context, status_code=status)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, session: DbSession, article_id: Annotated[int, Path(ge=1)]):
    article = article_detail(session, article_id)
    history = article_versions(session, article_id)
    paragraphs = [p for p in (article["text"] or "").split("\n\n") if p.strip()]
    return request.app.state.templates.TemplateResponse(request, "article.html", {
        "q": request.query_params.get("q", ""), "article": article, "paragraphs": paragraphs,
        "versions": list(reversed(history["versions"])),
    })


@router.get("/api")
def api_root():
    return RedirectResponse("/api/docs", status_code=307)


@router.get("/api/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    """The API's reference, rendered here from the OpenAPI schema (no script from elsewhere needed)."""
    schema = request.app.openapi()
    endpoints = []
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            endpoints.append({
                "method": method.upper(), "path": path, "summary": operation.get("summary", ""),
                "parameters": [{
                    "name": p["name"], "in": p["in"], "required": p.get("required", False),
                    "description": p.get("description", ""), "type": _type_name(p.get("schema", {})),
                } for p in operation.get("parameters", [])],
                "responses": sorted(operation.get("responses", {})),
            })
    return request.app.state.templates.TemplateResponse(request, "api_docs.html", {
        "q": "", "info": schema.get("info", {}), "endpoints": endpoints})


def _type_name(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " | ".join(_type_name(s) for s in schema["anyOf"])
    if "enum" in schema:
        return " | ".join(map(str, schema["enum"]))
    return str(schema.get("type", "any"))
