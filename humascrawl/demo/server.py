"""Local HTTP mirror of the demo news sites (for the demo, crawl tests and benchmarks).

    with MirrorServer() as server:                       # sites from data/demo/sites.toml
        url = server.base_url("kalimantanpost")          # "http://127.0.0.1:PORT/"
        server.site("kalimantanpost").add_posts(3)

    python -m humascrawl.demo.server [--sites FILE] [--posts N] [--host H] [--port P]
"""

from __future__ import annotations

import argparse
import queue
import signal
import socket
import sys
import threading
import time
import traceback
from collections.abc import Mapping
from dataclasses import replace
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .common import Response, http_date
from .mirror import Fault, MirrorSite, serving_agent
from .sites import SiteSpec, load_demo_sites

__all__ = ["MirrorServer", "MirrorSite", "Fault", "SiteSpec", "main"]

_COMPRESSIBLE = ("text/", "application/json", "application/xml", "application/atom+xml", "application/rss+xml")


class _Server(ThreadingHTTPServer):
    """Connections are handled by a pool of daemon worker threads (grown on demand up to ``max_workers``):
    starting a thread per connection halves the throughput when clients do not keep connections alive."""

    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    request_queue_size = 256
    max_workers = 128
    site: MirrorSite

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._pool_lock = threading.Lock()
        self._workers = 0
        self._idle = 0
        self._active: set = set()

    def process_request(self, request, client_address) -> None:
        with self._pool_lock:  # every queued connection has a worker of its own: an idle one, or a new one
            if self._idle > 0:
                self._idle -= 1
            elif self._workers < self.max_workers:
                self._workers += 1
                threading.Thread(target=self._work, name=f"mirror-{self.site.name}-worker", daemon=True).start()
        self._jobs.put((request, client_address))

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            request, addr = job
            self._active.add(request)
            try:
                self.process_request_thread(request, addr)
            finally:
                self._active.discard(request)
                with self._pool_lock:
                    self._idle += 1

    def close_all(self) -> None:
        """Stop the workers and cut open (kept-alive) connections."""
        for request in list(self._active):
            try:
                request.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for _ in range(self._workers):
            self._jobs.put(None)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in separate writes; avoid the delayed-ACK stall
    timeout = 15  # seconds an idle kept-alive connection may hold a worker
    server: _Server

    def version_string(self) -> str:
        return "GSE" if self.server.site.platform == "blogger" else "nginx"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - silence stderr logging
        pass

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def _not_allowed(self) -> None:
        self.server.site.log(self.command, self.path, 405)
        self._write(405, b"Method Not Allowed", "text/plain; charset=UTF-8", {"Allow": "GET, HEAD"}, True)

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _not_allowed

    def _serve(self, send_body: bool) -> None:
        site = self.server.site
        path_q = self.path
        if path_q.startswith(("http://", "https://")):  # absolute-form request target
            path_q = "/" + path_q.split("/", 3)[3] if path_q.count("/") >= 3 else "/"
        serving_agent(self.headers.get("User-Agent", ""))
        fault = site.match_fault(path_q)
        extra: dict[str, str] = {}
        if fault is not None:
            if fault.delay:
                time.sleep(fault.delay)
            if fault.drop:
                site.log(self.command, path_q, 0, self.headers.get("User-Agent", ""))
                self.close_connection = True
                return
            if fault.status is not None or fault.body is not None:
                status = fault.status or 200
                body = fault.body if fault.body is not None else \
                    f"{status} {self.responses.get(status, ('',))[0]}".encode()
                headers = {"Content-Type": "text/plain; charset=UTF-8", **fault.headers}
                ctype = headers.pop("Content-Type")
                site.log(self.command, path_q, status, self.headers.get("User-Agent", ""))
                self._write(status, body, ctype, headers, send_body)
                return
            extra = fault.headers
        try:
            resp = site.handle(path_q)
        except Exception:  # a bug in the mirror must not kill the connection silently
            traceback.print_exc()
            resp = Response(500, b"Internal Server Error", "text/plain; charset=UTF-8")
        status, body = resp.status, resp.body
        headers = dict(resp.headers)
        if resp.last_modified is not None:
            headers["Last-Modified"] = http_date(resp.last_modified)
        if status == 200:
            headers["ETag"] = resp.etag
            if self._not_modified(resp):
                status, body = 304, b""
            elif len(body) > 512 and resp.content_type.startswith(_COMPRESSIBLE) \
                    and "gzip" in self.headers.get("Accept-Encoding", ""):
                body = resp.gzipped()
                headers["Content-Encoding"] = "gzip"
            if resp.content_type.startswith(_COMPRESSIBLE):
                headers["Vary"] = "Accept-Encoding"
        headers.update(extra)
        ctype = headers.pop("Content-Type", resp.content_type)
        site.log(self.command, path_q, status, self.headers.get("User-Agent", ""))
        self._write(status, body, ctype, headers, send_body)

    def _not_modified(self, resp: Response) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm:
            return resp.etag in [x.strip() for x in inm.split(",")] or inm.strip() == "*"
        ims = self.headers.get("If-Modified-Since")
        if ims and resp.last_modified is not None:
            try:
                return resp.last_modified.replace(microsecond=0) <= parsedate_to_datetime(ims)
            except (TypeError, ValueError):
                return False
        return False

    def _write(self, status: int, body: bytes, ctype: str, headers: dict[str, str], send_body: bool) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()
            if send_body and status != 304 and body:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True


class MirrorServer:
    """Serves each site on its own loopback port (ephemeral by default), one threading HTTP server per site."""

    def __init__(self, specs: list[SiteSpec] | None = None, host: str = "127.0.0.1",
                 ports: Mapping[str, int] | None = None):
        specs = load_demo_sites() if specs is None else list(specs)
        configs = {s.name: s.gen_config() for s in specs}
        self.host = host
        self.sites: dict[str, MirrorSite] = {
            s.name: MirrorSite(s, configs.get(s.share_from) if s.share_from else None) for s in specs}
        self._ports = dict(ports or {})
        self._servers: dict[str, _Server] = {}
        self._threads: list[threading.Thread] = []

    @classmethod
    def from_counts(cls, counts: Mapping[str, tuple[str, int] | int], *, seed: int = 0, host: str = "127.0.0.1",
                    tz: str = "+07:00", focus: tuple[str, ...] = ("Kalbar",),
                    multipage_every: int = 0) -> "MirrorServer":
        """Sites with explicit post counts: ``{"bigblog": ("blogger", 5000), "bigwp": ("wordpress", 2000)}``.

        ``multipage_every=7``: every 7th post (with 3 or more paragraphs a page) is split over 2-3 pages."""
        specs = []
        for i, (name, value) in enumerate(counts.items()):
            platform, n = value if isinstance(value, tuple) else ("blogger", value)
            outlet = f"{name.capitalize()}.{'com' if platform == 'blogger' else 'id'}"
            specs.append(SiteSpec(name=name, platform=platform, title=outlet, outlet=outlet, tz=tz, posts=n,
                                  seed=seed + i, description=f"Berita {outlet}", focus=list(focus),
                                  multipage_every=multipage_every))
        return cls(specs, host=host)

    # ------------------------------------------------------------ lifecycle
    def start(self) -> "MirrorServer":
        if self._servers:
            return self
        for name, site in self.sites.items():
            srv = _Server((self.host, self._ports.get(name, 0)), _Handler)
            srv.site = site
            site.base_url = f"http://{self.host}:{srv.server_address[1]}/"
            site.reset_caches()
            th = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.1},
                                  name=f"mirror-{name}", daemon=True)
            th.start()
            self._servers[name] = srv
            self._threads.append(th)
        return self

    def stop(self) -> None:
        for srv in self._servers.values():
            srv.shutdown()
            srv.server_close()
            srv.close_all()
        for th in self._threads:
            th.join(timeout=5)
        self._servers.clear()
        self._threads.clear()

    def __enter__(self) -> "MirrorServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return bool(self._servers)

    # ------------------------------------------------------------ access
    @property
    def names(self) -> list[str]:
        return list(self.sites)

    def site(self, name: str) -> MirrorSite:
        return self.sites[name]

    def base_url(self, name: str) -> str:
        if name not in self._servers:
            raise RuntimeError(f"site {name!r} is not being served (call start() first)")
        return self.sites[name].base_url


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m humascrawl.demo.server",
                                 description="Serve the demo Blogger/WordPress news sites on 127.0.0.1.")
    ap.add_argument("--sites", type=Path, help="sites TOML file (default: data/demo/sites.toml)")
    ap.add_argument("--posts", type=int, help="override every site's post count")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=0, help="first port (sites get consecutive ports; 0 = any free)")
    args = ap.parse_args(argv)
    try:
        specs = load_demo_sites(args.sites)
    except (OSError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.posts is not None:
        if args.posts < 0:
            print("error: --posts must be >= 0", file=sys.stderr)
            return 2
        specs = [replace(s, posts=args.posts) for s in specs]
    ports = {s.name: args.port + i for i, s in enumerate(specs)} if args.port else None
    t0 = time.perf_counter()
    try:
        server = MirrorServer(specs, host=args.host, ports=ports).start()
    except OSError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    for name, site in server.sites.items():
        print(f"{name:<20} {site.platform:<10} {len(site.posts):>6} posts  {site.base_url}", flush=True)
    print(f"ready in {time.perf_counter() - t0:.2f}s; Ctrl-C to stop", flush=True)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
