"""Running the read-only web search page and JSON API (`humascrawl serve`, humascrawl.commands.serve)."""

from __future__ import annotations

import ipaddress
import logging
import os
import socket
import sys
import threading
from typing import TYPE_CHECKING

from humascrawl.config import resolve_db_url
from humascrawl.errors import UserError

if TYPE_CHECKING:
    from humascrawl.web.admission import ServeLimits


def listening_socket(host: str, port: int) -> socket.socket:
    """Bind before starting the server, so a busy port is a one-line error and --port 0 picks a free one."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise UserError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    family, kind, proto, _name, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        raise UserError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.listen(2048)  # uvicorn's own default: a burst of connections waits to be accepted, not refused
    sock.set_inheritable(True)
    return sock


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def server_limits(workers: int | None, queue: int | None) -> tuple[ServeLimits, float]:
    """The admission limits and the shutdown grace period, checked (a bad one is a one-line error)."""
    from humascrawl import settings
    from humascrawl.web.admission import ServeLimits

    try:
        limits = ServeLimits.from_settings(workers=workers, queue=queue)
        grace = float(settings.HUMASCRAWL_WEB_SHUTDOWN_GRACE)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    if not 0 <= grace <= 60:
        raise UserError(f"HUMASCRAWL_WEB_SHUTDOWN_GRACE must be 0 to 60 seconds, got {grace:g}")
    return limits, grace


def run_server(db: str | None, host: str, port: int, workers: int | None = None, queue: int | None = None) -> None:
    import uvicorn

    from humascrawl.web.admission import StoppingServer
    from humascrawl.web.app import create_app
    from humascrawl.web.readonly import prepare_archive

    limits, grace = server_limits(workers, queue)
    url = resolve_db_url(db)
    prepare_archive(url)
    app = create_app(url, limits)
    sock = listening_socket(host, port)
    bound_host, bound_port = sock.getsockname()[:2]
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    print(f"humascrawl: serving {app.state.db_label} at http://{shown}:{bound_port}/ (Ctrl-C stops)", file=sys.stderr,
          flush=True)
    if not is_loopback(bound_host):
        print("humascrawl: note: listening beyond this machine; the page has no login", file=sys.stderr, flush=True)
    quiet = logging.getLogger("humascrawl").getEffectiveLevel() > logging.INFO
    # After a stop signal, requests still running get `grace` seconds, then are cancelled: without a bound,
    # one slow request kept a SIGTERMed server alive for minutes.
    config = uvicorn.Config(app, log_level="warning" if quiet else "info", access_log=not quiet,
                            server_header=False, lifespan="off", timeout_graceful_shutdown=grace)
    try:
        StoppingServer(config).run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn re-raises the Ctrl-C it handled; stopping is the normal end
        pass
    finally:
        sock.close()
        app.state.archive.close()
    _leave_running_requests()


def _leave_running_requests() -> None:
    """End the process even if a worker thread is still inside a cancelled request (a long database query):
    Python would otherwise wait for it at exit.  The archive is read-only, so nothing is lost."""
    if any(thread.is_alive() and not thread.daemon and thread is not threading.main_thread()
           for thread in threading.enumerate()):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)
