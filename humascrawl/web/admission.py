"""Admission control: how many requests read the archive at once, how many wait, and 503 beyond.

Each request that reads the archive runs in a worker thread with its own database connections.  Without a bound,
a burst of searches took every thread and every pooled connection, waited 30 s for one and answered 500; now at
most ``workers`` requests run, up to ``queue`` more wait their turn (first come, first served) for at most
``queue_wait`` seconds, and every other one -- also one that would wait longer than that at the pace of the
last requests -- is answered at once with 503 and ``Retry-After``.  Nothing is kept
from a burst: the next request after it is served as usual.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from dataclasses import dataclass

import uvicorn
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# These answer without touching the archive, so a busy server still serves them.
UNLIMITED_PATHS = frozenset({"/api", "/api/docs", "/api/openapi.json"})
UNLIMITED_PREFIXES = ("/static/",)
MAX_WORKERS = 32  # below the 40 threads the server runs blocking work in, so static files always get one


@dataclass(frozen=True)
class ServeLimits:
    """The bounds of :class:`AdmissionControl`; the defaults are the HUMASCRAWL_WEB_* settings."""
    workers: int
    queue: int
    queue_wait: float
    retry_after: int

    def __post_init__(self) -> None:
        if not 1 <= self.workers <= MAX_WORKERS:
            raise ValueError(f"workers must be 1 to {MAX_WORKERS}, got {self.workers}")
        if self.queue < 0:
            raise ValueError(f"the queue must be 0 or more, got {self.queue}")
        if not 0 < self.queue_wait <= 600:
            raise ValueError(f"the queue wait must be above 0 and at most 600 seconds, got {self.queue_wait}")
        if not 1 <= self.retry_after <= 3600:
            raise ValueError(f"Retry-After must be 1 to 3600 seconds, got {self.retry_after}")

    @classmethod
    def from_settings(cls, **overrides) -> ServeLimits:
        """The limits in :mod:`humascrawl.settings` (environment variables of the same names override them),
        with ``overrides`` that are not None applied; ValueError names the bad one."""
        from humascrawl import settings

        values = {"workers": settings.HUMASCRAWL_WEB_WORKERS, "queue": settings.HUMASCRAWL_WEB_QUEUE,
                  "queue_wait": settings.HUMASCRAWL_WEB_QUEUE_WAIT, "retry_after": settings.HUMASCRAWL_WEB_RETRY_AFTER}
        values.update({name: value for name, value in overrides.items() if value is not None})
        kinds = {"workers": int, "queue": int, "queue_wait": float, "retry_after": int}
        for name, value in values.items():
            try:
                values[name] = kinds[name](value)
            except (TypeError, ValueError):
                raise ValueError(f"web server limit {name} (HUMASCRAWL_WEB_{name.upper()}) must be a number, "
                                 f"got {value!r}") from None
        return cls(**values)

    @property
    def connections(self) -> int:
        """Database connections to pool: a request holds at most two (the article page reads its history
        through a second session)."""
        return 2 * self.workers


class Gate:
    """At most ``slots`` holders; up to ``queue`` more wait in arrival order.  One event loop only.

    A request that would not get a slot within its wait at the recent pace is turned away at once rather than
    after waiting in vain: the queue is as long as can be served in time, up to ``queue``."""

    SMOOTHING = 0.1  # weight of the newest holding time in the running average

    def __init__(self, slots: int, queue: int):
        self.slots = slots
        self.free = slots
        self.queue = queue
        self.waiters: deque[asyncio.Future] = deque()
        self.holding = 0.0  # running average of how long a holder keeps its slot, seconds

    def expected_wait(self) -> float:
        """How long a request arriving now would wait for a slot, at the recent pace."""
        return (len(self.waiters) + 1) * self.holding / self.slots

    async def enter(self, wait: float) -> bool:
        """Take a slot, waiting at most ``wait`` seconds; False when the queue is full, the wait would run out
        at the recent pace, or ran out."""
        if self.free and not self.waiters:
            self.free -= 1
            return True
        if len(self.waiters) >= self.queue or self.expected_wait() > wait:
            return False
        turn = asyncio.get_running_loop().create_future()
        self.waiters.append(turn)
        try:
            async with asyncio.timeout(wait):
                await turn
            return True
        except TimeoutError:
            if turn.done() and not turn.cancelled():
                return True  # the slot was handed over as the wait ran out: use it
            return False
        except BaseException:  # cancelled (the server stops): pass on a slot handed over meanwhile
            if turn.done() and not turn.cancelled():
                self.leave()
            raise
        finally:
            if turn in self.waiters:
                self.waiters.remove(turn)

    def leave(self, held: float | None = None) -> None:
        """Give the slot to the longest waiter still waiting, else free it; ``held``: for how long (seconds)."""
        if held is not None:
            self.holding += self.SMOOTHING * (held - self.holding)
        while self.waiters:
            turn = self.waiters.popleft()
            if not turn.done():
                turn.set_result(None)
                return
        self.free += 1


class AdmissionControl:
    """ASGI middleware applying :class:`ServeLimits` to every request that may read the archive."""

    def __init__(self, app: ASGIApp, limits: ServeLimits):
        self.app = app
        self.limits = limits
        self.gate = Gate(limits.workers, limits.queue)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or path in UNLIMITED_PATHS or path.startswith(UNLIMITED_PREFIXES):
            await self.app(scope, receive, send)
            return
        if not await self.gate.enter(self.limits.queue_wait):
            await self.busy(scope, receive, send, "the server is busy")
            return
        admitted = time.monotonic()
        started = False

        async def watched_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watched_send)
        except asyncio.CancelledError:
            # The server is stopping and gave up waiting for this request: say so rather than the bare 500
            # the server itself would send.
            if not started:
                await self.busy(scope, receive, send, "the server is stopping")
            raise
        finally:
            self.gate.leave(time.monotonic() - admitted)

    async def busy(self, scope: Scope, receive: Receive, send: Send, why: str) -> None:
        from humascrawl.web.app import error_response

        seconds = self.limits.retry_after
        response = error_response(Request(scope, receive), 503, "busy", f"{why}; try again in {seconds} s",
                                  headers={"Retry-After": str(seconds)})
        await response(scope, receive, send)


class StoppingServer(uvicorn.Server):
    """uvicorn's server, letting the requests it cancels at the end of the shutdown grace period answer their 503
    (:meth:`AdmissionControl.__call__`) before the process ends: on SIGTERM it ends at once, cutting them off."""

    async def shutdown(self, sockets=None) -> None:
        await super().shutdown(sockets)
        await asyncio.sleep(0.2)
