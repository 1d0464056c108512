"""Benchmark: `humascrawl crawl` against what a user would otherwise write, on real pages.

Builds N unique pages (default 2,000) from ../shared/real-pages (fundus, readability-test-pages,
wcxb-dev, id-portals, ...: cycled, each copy given a unique title, a unique word in every
paragraph and no canonical link, so no dedupe step collapses them), serves them gzipped behind
robots.txt and a sitemap from a threaded HTTP server in its own process on 127.0.0.1, and crawls
them, each leg in a process of its own, with the same politeness settings (robots.txt obeyed,
AutoThrottle off, DOWNLOAD_DELAY 0, 16 concurrent requests per domain):

1. fetch-only: a Scrapy SitemapSpider whose callback does nothing;
2. naive: the same spider calling ``trafilatura.extract`` inline and inserting url, title and
   text into SQLite (committed every 100 rows);
3. humascrawl: ``humascrawl crawl`` of a ``sitemap`` source pointing at the server.

It prints pages/s (wall time of the whole process: start-up, imports and migrations included),
CPU-seconds per page of the leg (its process and every child it waited for: humascrawl's
extraction workers) and of the server, and humascrawl's ratios against the goals (>= 2x naive,
>= 0.3x fetch-only), measured and as the CPU per page allows on 2 idle cores (a Scrapy leg is one
process: one core; humascrawl and the server share both). CPU per page is the figure a loaded
machine disturbs least.

    python bench/crawl_real.py                   # 2,000 pages, all three legs
    python bench/crawl_real.py --pages 1000 --legs humascrawl
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from crawl_incremental import CpuWatch  # noqa: E402 - bench/ is on sys.path when run as a script

ROOT = Path(__file__).resolve().parent.parent
REAL_PAGES = ROOT.parent / "shared" / "real-pages"
SETTINGS = {"AUTOTHROTTLE_ENABLED": "false", "DOWNLOAD_DELAY": "0", "ROBOTSTXT_OBEY": "true",
            "CONCURRENT_REQUESTS": "32", "CONCURRENT_REQUESTS_PER_DOMAIN": "16"}
TICK = os.sysconf("SC_CLK_TCK")
GOALS = {"naive": 2.0, "fetch-only": 0.3}


# ---------------------------------------------------------------- the pages

def real_pages() -> list[bytes]:
    """Every saved article page, as bytes (listing pages and tiny hand-written fixtures left out)."""
    pages = []
    for path in sorted(REAL_PAGES.glob("**/*.htm*")):
        if "mainpage" in path.name or path.name.startswith("expected") or "platform-samples" in path.parts:
            continue
        page = path.read_bytes()
        pages.append(gzip.decompress(page) if path.suffix == ".gz" else page)
    return [page for page in pages if len(page) >= 5000]


_CANONICAL = re.compile(rb"<link[^>]*rel=[\"']?canonical[^>]*>|<meta[^>]*og:url[^>]*>", re.I)
_TITLE = re.compile(rb"<title[^>]*>", re.I)
_PARAGRAPH_END = re.compile(rb"</p>", re.I)
_BLOCK_END = re.compile(rb"</div>", re.I)


def unique_copy(page: bytes, n: int) -> bytes:
    """The page made unique: no canonical link to its origin, a numbered title, a numbered word in
    every paragraph (so its extracted text, content hash and MinHash differ from every other copy)."""
    page = _CANONICAL.sub(b"", page)
    page = _TITLE.sub(lambda m: m.group(0) + b"No %d " % n, page, count=1)
    marked, paragraphs = _PARAGRAPH_END.subn(b" copy%dmark</p>" % n, page)
    return marked if paragraphs >= 3 else _BLOCK_END.sub(b" copy%dmark</div>" % n, page)  # text in <div>s


def build_site(count: int) -> dict[str, bytes]:
    """Path -> gzipped body: ``count`` article pages, robots.txt and the sitemap (filled in by the server)."""
    sources = real_pages()
    return {f"/article/{n}.html": gzip.compress(unique_copy(sources[n % len(sources)], n), 5) for n in range(count)}


# ---------------------------------------------------------------- the server, in its own process

def _serve(conn, count: int) -> None:
    pages = build_site(count)
    hits = {"articles": 0}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):  # noqa: N802 - the http.server API
            path = self.path.split("?")[0]
            status, encoding = 200, None
            if path in pages:
                hits["articles"] += 1
                body, ctype, encoding = pages[path], "text/html", "gzip"
            elif path == "/robots.txt":
                body, ctype = f"User-agent: *\nAllow: /\nSitemap: {base}sitemap.xml\n".encode(), "text/plain"
            elif path == "/sitemap.xml":
                body, ctype = sitemap, "application/xml"
            else:
                status, body, ctype = 404, b"not found", "text/plain"
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            if encoding:
                self.send_header("Content-Encoding", encoding)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    base = f"http://127.0.0.1:{server.server_port}/"
    sitemap = ("<?xml version='1.0' encoding='UTF-8'?>\n<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>\n"
               + "".join(f"<url><loc>{base.rstrip('/')}{p}</loc><lastmod>2026-11-01</lastmod></url>\n" for p in pages)
               + "</urlset>\n").encode()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    conn.send(base)
    while True:
        command = conn.recv()
        if command == "hits":
            conn.send(hits["articles"])
            hits["articles"] = 0
        elif command == "stop":
            server.shutdown()
            conn.send(None)
            return


class Server:
    def __init__(self, count: int):
        ctx = multiprocessing.get_context("fork")
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, count), daemon=True)
        self.process.start()
        self.base_url = self.conn.recv()

    def __call__(self, command: str):
        self.conn.send(command)
        return self.conn.recv()

    def cpu_seconds(self) -> float:
        with open(f"/proc/{self.process.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICK

    def close(self) -> None:
        self("stop")
        self.process.join(10)


# ---------------------------------------------------------------- the Scrapy legs (run in a child process)

def scrapy_leg(kind: str, base_url: str, db_path: str) -> None:
    import sqlite3

    import scrapy
    from scrapy.crawler import CrawlerProcess
    from scrapy.spiders import SitemapSpider

    class FetchOnly(SitemapSpider):
        name = "fetch_only"
        sitemap_urls = [base_url + "robots.txt"]

        def parse(self, response):
            return None

    class Naive(SitemapSpider):
        name = "naive"
        sitemap_urls = [base_url + "robots.txt"]

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            import trafilatura

            self.extract = trafilatura.extract
            self.db = sqlite3.connect(db_path)
            self.db.execute("CREATE TABLE IF NOT EXISTS pages (url TEXT PRIMARY KEY, title TEXT, text TEXT)")
            self.rows = 0

        def parse(self, response):
            text = self.extract(response.text, url=response.url)
            title = response.css("title::text").get()
            self.db.execute("INSERT OR REPLACE INTO pages VALUES (?, ?, ?)", (response.url, title, text))
            self.rows += 1
            if self.rows % 100 == 0:
                self.db.commit()

        def closed(self, reason):
            self.db.commit()
            self.db.close()

    settings = {**{k: (v == "true" if v in ("true", "false") else int(v)) for k, v in SETTINGS.items()},
                "LOG_LEVEL": "WARNING", "TELNETCONSOLE_ENABLED": False, "USER_AGENT": "bench (+local)"}
    process = CrawlerProcess(settings)
    process.crawl(FetchOnly if kind == "fetch-only" else Naive)
    process.start()
    del scrapy


# ---------------------------------------------------------------- running and measuring a leg

def run_leg(kind: str, base_url: str, tmp: Path) -> tuple[float, float, dict[str, float], str]:
    """(wall seconds, CPU seconds of the leg's process and every child it waited for, that CPU split
    into its main process and the rest as last seen in /proc, humascrawl's stored/failed counts)."""
    db = f"sqlite:///{tmp}/humascrawl.sqlite3"
    if kind == "humascrawl":
        sources = tmp / "sources.toml"
        sources.write_text(f'[[source]]\nname = "real"\nurl = "{base_url}"\nplatform = "sitemap"\n')
        overrides = [arg for name, value in SETTINGS.items() for arg in ("-s", f"{name}={value}")]
        command = [sys.executable, "-m", "humascrawl.cli", "-q", "crawl", "--db", db, "--sources", str(sources),
                   "--no-progress", *overrides]
    else:
        command = [sys.executable, __file__, "--leg", kind, "--url", base_url, "--db", str(tmp / "naive.sqlite3")]
    env = {k: v for k, v in os.environ.items() if k != "HUMASCRAWL_DB"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watch = CpuWatch(process.pid)
    stdout, stderr = process.communicate()
    elapsed = time.monotonic() - started
    split = watch.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode not in (0, 1):  # 1: humascrawl stored the run but some pages failed (printed)
        sys.exit(f"{kind} leg failed ({process.returncode}): {stderr[-2000:]}{stdout[-2000:]}")
    outcome = ""
    if kind == "humascrawl":
        status = subprocess.run([sys.executable, "-m", "humascrawl.cli", "status", "--db", db, "--json"], cwd=ROOT,
                                env=env, capture_output=True, text=True)
        source = json.loads(status.stdout)["runs"][0]["sources"][0]
        outcome = f"; stored {source['new']}, failed {source['failed']}, skipped {source['skipped']}"
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu, split, outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--legs", default="fetch-only,naive,humascrawl")
    parser.add_argument("--leg", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.leg:
        scrapy_leg(args.leg, args.url, args.db)
        return

    server = Server(args.pages)
    rates: dict[str, float] = {}
    idle: dict[str, float] = {}  # the most each leg can do on 2 idle cores, from its CPU per page
    try:
        print(f"{args.pages} pages from {len(real_pages())} real pages; load average {os.getloadavg()[0]:.1f} "
              f"on {os.cpu_count()} cores")
        with tempfile.TemporaryDirectory() as tmp:
            for kind in args.legs.split(","):
                server_cpu = server.cpu_seconds()
                elapsed, cpu, split, outcome = run_leg(kind, server.base_url, Path(tmp))
                pages = server("hits")
                server_cpu = server.cpu_seconds() - server_cpu
                rates[kind] = pages / elapsed
                # a Scrapy leg is one process (one core; the server has the other), humascrawl uses both cores
                idle[kind] = (2 / (cpu + server_cpu) if kind == "humascrawl" else 1 / cpu) * pages
                print(f"{kind:>11}: {pages} pages in {elapsed:.1f} s = {rates[kind]:.1f} pages/s; CPU per page "
                      f"{cpu / pages * 1000:.2f} ms (main process {split['main'] / pages * 1000:.2f}, children "
                      f"{split['workers'] / pages * 1000:.2f}; + server {server_cpu / pages * 1000:.2f} ms){outcome}",
                      flush=True)
    finally:
        server.close()
    if "humascrawl" in rates:
        for kind, goal in GOALS.items():
            if kind in rates:
                ratio, at_most = rates["humascrawl"] / rates[kind], idle["humascrawl"] / idle[kind]
                print(f"humascrawl / {kind}: {ratio:.2f}x (goal >= {goal}x: {'met' if ratio >= goal else 'NOT met'}); "
                      f"on 2 idle cores at most {idle['humascrawl']:.0f} / {idle[kind]:.0f} pages/s = {at_most:.2f}x")


if __name__ == "__main__":
    main()
