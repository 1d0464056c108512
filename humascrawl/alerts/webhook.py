"""POST an alert's new matches as JSON to its webhook: timeout, retries with exponential backoff.

Standard library only (urllib): one small POST does not justify a dependency.  Redirects are not followed (a
302 would silently turn the POST into a GET), so any answer outside 2xx is a failure the caller keeps pending.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from humascrawl import __version__
from humascrawl.alerts.store import redact_webhook
from humascrawl.defaults import WEBHOOK_ATTEMPTS, WEBHOOK_TIMEOUT

log = logging.getLogger(__name__)

RETRYABLE = {408, 425, 429, 500, 502, 503, 504}
MAX_RETRY_AFTER = 30.0


@dataclass
class Delivery:
    ok: bool
    attempts: int
    status: int | None = None
    error: str | None = None


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None  # urllib then raises HTTPError with the 3xx status


_opener = urllib.request.build_opener(_NoRedirect)


def idempotency_key(payload: dict[str, Any]) -> str:
    """Same alert and same matches -> same key, so a receiver can drop a retried delivery it already has."""
    ids = ",".join(str(m["article_id"]) for m in payload.get("matches", []))
    return hashlib.sha256(f"{payload.get('alert')}|{ids}".encode()).hexdigest()[:32]


def _retry_after(error: urllib.error.HTTPError) -> float | None:
    value = error.headers.get("Retry-After") if error.headers else None
    try:
        return min(float(value), MAX_RETRY_AFTER) if value is not None else None
    except ValueError:
        return None  # an HTTP date: fall back to our own backoff


def post_json(url: str, payload: dict[str, Any], *, timeout: float = WEBHOOK_TIMEOUT, attempts: int = WEBHOOK_ATTEMPTS,
              backoff: float = 1.0, sleep: Callable[[float], None] = time.sleep) -> Delivery:
    """POST payload; retry connection errors, timeouts, 408/425/429/5xx after backoff, 2x, 4x ... seconds."""
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": f"humascrawl/{__version__}",
               "Idempotency-Key": idempotency_key(payload)}
    error, status = "not attempted", None
    for attempt in range(1, attempts + 1):
        wait = backoff * 2 ** (attempt - 1)
        try:
            request = urllib.request.Request(url, data=body, headers=headers, method="POST")
            with _opener.open(request, timeout=timeout) as response:
                response.read(65536)
                return Delivery(True, attempt, response.status)
        except urllib.error.HTTPError as exc:
            status, error = exc.code, f"HTTP {exc.code} {exc.reason}".strip()
            if exc.code not in RETRYABLE:
                return Delivery(False, attempt, status, error)
            wait = _retry_after(exc) or wait
        except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            status, error = None, f"{type(reason).__name__}: {reason}" if str(reason) else type(reason).__name__
        log.info("webhook %s: attempt %d of %d failed: %s", redact_webhook(url), attempt, attempts, error)
        if attempt < attempts:
            sleep(wait)
    return Delivery(False, attempts, status, error)
