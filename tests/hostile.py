"""Small hostile sites on 127.0.0.1 for crawl tests: each answers from a function of the request path."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

# (status, content type, body[, headers]) for a path with its query; None: 404.
Route = Callable[[str], "tuple | None"]

PARAGRAPH = ("Kapolres Ketapang AKBP Umar Surya memimpin apel gabungan pengamanan di halaman Mapolres Ketapang pada "
             "hari Senin pagi, diikuti personel Polri, TNI dan instansi terkait. Dalam amanatnya Kapolres menegaskan "
             "pentingnya sinergi menjaga situasi kamtibmas tetap aman dan kondusif selama kegiatan berlangsung.")


def article_html(slug: str) -> bytes:
    title = f"Polres Ketapang Gelar Apel {slug}"
    body = "".join(f"<p>{PARAGRAPH} Bagian {i} dari berita {slug}.</p>" for i in range(5))
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<article><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div></article>'
            f'</body></html>').encode("utf-8")


def blogger_feed(base: str, slugs: list[str]) -> bytes:
    entries = [{"link": [{"rel": "alternate", "href": f"{base}2024/05/{slug}.html"}], "title": {"$t": slug},
                "published": {"$t": "2024-05-01T08:00:00+07:00"}, "updated": {"$t": "2024-05-01T08:00:00+07:00"}}
               for slug in slugs]
    return json.dumps({"feed": {"entry": entries, "openSearch$totalResults": {"$t": "100000"}}}).encode()


class HostileSite:
    """``with HostileSite(route) as site:`` serves ``route`` at ``site.url``; ``site.requests`` logs the paths."""

    def __init__(self, route: Route, delay: Callable[[str], float] = lambda path: 0.0):
        self.route, self.delay = route, delay
        self.requests: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                site.requests.append(self.path)
                if pause := site.delay(self.path):
                    time.sleep(pause)
                if self.path == "/robots.txt":
                    answer = site.route(self.path) or (200, "text/plain", b"User-agent: *\nAllow: /\n")
                else:
                    answer = site.route(self.path) or (404, "text/plain", b"not here")
                status, content_type, body, *headers = answer
                try:
                    self.send_response(status)
                    for name, value in {"Content-Type": content_type, **(headers[0] if headers else {})}.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"

    def __enter__(self) -> "HostileSite":
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def hits(self, prefix: str) -> list[str]:
        return [p for p in self.requests if p.startswith(prefix)]
