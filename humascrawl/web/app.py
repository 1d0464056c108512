"""The FastAPI application: read-only archive, security headers, GET/HEAD only, polite errors.

Everything shown comes from scraped pages and is untrusted: templates autoescape,
only http(s) URLs become links, and the raw page is served as sandboxed plain text.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Iterator

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy.engine import make_url
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from humascrawl import __version__
from humascrawl.filters import FilterError
from humascrawl.search import QueryError
from humascrawl.web.admission import AdmissionControl, ServeLimits
from humascrawl.web.params import BadRequest
from humascrawl.web.queries import NotFound, safe_href
from humascrawl.web.readonly import read_only_archive

HERE = Path(__file__).resolve().parent
CSP = ("default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}
READ_METHODS = ("GET", "HEAD")


class ReadOnlyHttp:
    """Refuse every method but GET and HEAD, answer HEAD as GET without a body, add the security headers.

    A handler may set a stricter Content-Security-Policy itself (the raw page does); it is kept.
    """

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method = scope["method"]
        if method not in READ_METHODS:
            response = JSONResponse({"error": "method_not_allowed",
                                     "message": f"{method} is not allowed: this server is read-only"},
                                    status_code=405, headers={"Allow": ", ".join(READ_METHODS)})
            await response(scope, receive, self._secured(send))
            return
        if method == "HEAD":
            scope = {**scope, "method": "GET"}
            await self.app(scope, receive, self._secured(send, drop_body=True))
            return
        await self.app(scope, receive, self._secured(send))

    @staticmethod
    def _secured(send: Send, drop_body: bool = False) -> Send:
        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(name.encode(), value.encode()) for name, value in SECURITY_HEADERS.items()
                         if name.encode() not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            elif message["type"] == "http.response.body" and drop_body:
                if message.get("more_body"):
                    return
                message = {**message, "body": b""}
            await send(message)
        return wrapped


def template_environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["safe_href"] = safe_href
    env.globals["version"] = __version__
    return env


def wants_json(request: Request) -> bool:
    return request.url.path == "/api" or request.url.path.startswith("/api/")


def create_app(db_url: str, limits: ServeLimits | None = None) -> FastAPI:
    """The web application over the (already migrated) archive at ``db_url``, read-only; ``limits`` bound the
    requests served at once (default: the HUMASCRAWL_WEB_* settings)."""
    from humascrawl.web import api, pages

    app = FastAPI(
        title="humascrawl archive API",
        version=__version__,
        description="Read-only search over the archive of Indonesian police PR articles. All endpoints take GET; "
                    "errors are JSON objects {\"error\": code, \"message\": text}.",
        openapi_url="/api/openapi.json", docs_url=None, redoc_url=None,
    )
    limits = limits or ServeLimits.from_settings()
    archive = read_only_archive(db_url, pool_size=limits.connections, pool_timeout=limits.queue_wait)
    app.state.archive = archive
    app.state.limits = limits
    app.state.sessions = sessionmaker(archive.engine)
    app.state.templates = Jinja2Templates(env=template_environment())
    app.state.db_label = make_url(db_url).render_as_string(hide_password=True)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    _install_error_handlers(app)
    app.add_middleware(AdmissionControl, limits=limits)
    app.add_middleware(ReadOnlyHttp)  # the outermost: it also secures the 503s of AdmissionControl
    app.openapi = functools.partial(_openapi_without_422, app)
    return app


def _openapi_without_422(app: FastAPI) -> dict:
    """FastAPI's schema, less the 422 answers it documents by default: invalid parameters get 400 here."""
    if app.openapi_schema is None:
        schema = FastAPI.openapi(app)
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                operation.get("responses", {}).pop("422", None)
        schemas = schema.get("components", {}).get("schemas", {})
        for name in ("HTTPValidationError", "ValidationError"):
            schemas.pop(name, None)
        app.openapi_schema = schema
    return app.openapi_schema


def error_response(request: Request, status: int, code: str, message: str, headers: dict[str, str] | None = None):
    """The documented error: ``{"error": code, "message": message}`` under /api, the error page elsewhere."""
    if wants_json(request):
        return JSONResponse({"error": code, "message": message}, status_code=status, headers=headers)
    return request.app.state.templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message, "q": request.query_params.get("q", "")},
        status_code=status, headers=headers)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(QueryError)
    async def bad_query(request: Request, exc: QueryError):
        return error_response(request, 400, "bad_query", str(exc))

    @app.exception_handler(BadRequest)
    @app.exception_handler(FilterError)
    async def bad_parameter(request: Request, exc: ValueError):
        return error_response(request, 400, "bad_request", str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        messages = []
        for problem in exc.errors():
            where = ".".join(str(part) for part in problem.get("loc", ())[1:]) or "request"
            messages.append(f"{where}: {problem.get('msg', 'invalid')}")
        return error_response(request, 400, "bad_request", "; ".join(messages) or "invalid request")

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound):
        return error_response(request, 404, "not_found", str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def httperror_response(request: Request, exc: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        message = "no such page" if exc.status_code == 404 else str(exc.detail)
        return error_response(request, exc.status_code, code, message)

    @app.exception_handler(PoolTimeout)
    async def no_connection(request: Request, exc: PoolTimeout):
        seconds = request.app.state.limits.retry_after
        return error_response(request, 503, "busy", f"the server is busy; try again in {seconds} s",
                              headers={"Retry-After": str(seconds)})

    @app.exception_handler(Exception)
    async def internalerror_response(request: Request, exc: Exception):
        # Starlette logs the traceback; the client gets the documented error shape and no internals.
        return error_response(request, 500, "internal_error", "the server failed to answer this request")


def get_session(request: Request) -> Iterator[Session]:
    with request.app.state.sessions() as session:
        yield session
