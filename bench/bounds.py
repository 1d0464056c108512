"""Benchmark: a crawl stays bounded on hostile input and stops promptly on SIGTERM.

- gzip bomb: a site whose sitemap is a ~4 MB ``.gz`` inflating to 4 GB (before the cap: 8.6 GB of
  RSS). Prints the crawl process's peak RSS, its exit code and the source's failures.
- SIGTERM: a Blogger mirror of N posts, each page answered after a delay, crawled with a crawl delay
  so the downloader holds a queue; SIGTERM once some articles are stored. Prints the seconds from
  the signal to the exit (before: 20 s and more), the exit code, the run's status and what was stored.

    python bench/bounds.py                      # both
    python bench/bounds.py --only sigterm --posts 500 --page-delay 1 --workers 1
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from hostile import HostileSite, article_html  # noqa: E402
from humascrawl.demo.mirror import Fault  # noqa: E402
from humascrawl.demo.server import MirrorServer  # noqa: E402
from humascrawl.storage.archive import Archive  # noqa: E402

ENV = {k: v for k, v in os.environ.items() if k != "HUMASCRAWL_DB"}


def crawl_args(db: str, sources: Path, *settings: str) -> list[str]:
    return [sys.executable, "-m", "humascrawl.cli", "crawl", "--db", db, "--sources", str(sources), "--no-progress",
            "-s", "AUTOTHROTTLE_ENABLED=false", *settings]


def status(db: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "humascrawl.cli", "status", "--db", db, "--json"], cwd=ROOT, env=ENV,
                         capture_output=True, check=True).stdout
    return json.loads(out)["runs"][0]


def gzip_bomb(inflated_mb: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    parts = [packer.compress(b'<?xml version="1.0"?><urlset><url><loc>')]
    block = bytes(1 << 20)
    parts += [packer.compress(block) for _ in range(inflated_mb)]
    return b"".join(parts) + packer.flush()


def bench_bomb(tmp: Path, inflated_mb: int) -> None:
    bomb = gzip_bomb(inflated_mb)

    def route(path: str):
        if path == "/robots.txt":
            return 200, "text/plain", b"Sitemap: /sitemap.xml.gz\n"
        if path == "/sitemap.xml.gz":
            return 200, "application/x-gzip", bomb
        return (200, "text/html", article_html("x")) if path.endswith(".html") else None

    db = f"sqlite:///{tmp / 'bomb.sqlite3'}"
    sources = tmp / "bomb.toml"
    with HostileSite(route) as site:
        sources.write_text(f'[[source]]\nname = "bomb"\nurl = "{site.url}"\nplatform = "sitemap"\n')
        started = time.monotonic()
        proc = subprocess.Popen(crawl_args(db, sources, "-s", "DOWNLOAD_DELAY=0"), cwd=ROOT, env=ENV,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, code, usage = os.wait4(proc.pid, 0)
        elapsed = time.monotonic() - started
    record = status(db)["sources"][0]
    print(f"gzip bomb: {len(bomb) / 1e6:.1f} MB .gz inflating to {inflated_mb / 1024:.1f} GB: "
          f"peak RSS {usage.ru_maxrss / 1024:.0f} MB, exit {os.waitstatus_to_exitcode(code)}, {elapsed:.1f} s, "
          f"status {record['status']}, failed {record['failed']}")


def bench_sigterm(tmp: Path, posts: int, page_delay: float, crawl_delay: float, stored_first: int,
                  workers: int) -> None:
    db = f"sqlite:///{tmp / 'sigterm.sqlite3'}"
    sources = tmp / "sigterm.toml"
    with MirrorServer.from_counts({"blog": ("blogger", posts)}) as server:
        server.site("blog").set_faults(Fault(pattern=r"^/\d{4}/\d{2}/", delay=page_delay))
        sources.write_text(f'[[source]]\nname = "blog"\nurl = "{server.base_url("blog")}"\nplatform = "blogger"\n')
        proc = subprocess.Popen(crawl_args(db, sources, "-s", f"DOWNLOAD_DELAY={crawl_delay}",
                                           "-s", "HUMASCRAWL_STORE_BATCH=5",
                                           *(["-s", f"HUMASCRAWL_EXTRACT_WORKERS={workers}"] if workers else [])),
                                cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        archive = Archive.open(db)
        while proc.poll() is None and archive.count_articles() < stored_first:
            time.sleep(0.1)
        before = archive.count_articles()
        signalled = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        code = proc.wait()
        elapsed = time.monotonic() - signalled
    run = status(db)
    print(f"SIGTERM: {posts} posts, pages answered after {page_delay:g} s, DOWNLOAD_DELAY={crawl_delay:g}, "
          f"{workers or 'all cores as'} extraction workers: "
          f"exited {elapsed:.1f} s after the signal with code {code}; run {run['status']}, "
          f"{before} articles stored at the signal, {archive.count_articles()} after; "
          f"skipped {run['sources'][0]['skipped']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=("bomb", "sigterm"))
    parser.add_argument("--inflated-mb", type=int, default=4096)
    parser.add_argument("--posts", type=int, default=300)
    parser.add_argument("--page-delay", type=float, default=0.5)
    parser.add_argument("--crawl-delay", type=float, default=1.0)
    parser.add_argument("--stored-first", type=int, default=5)
    parser.add_argument("--workers", type=int, default=0, help="HUMASCRAWL_EXTRACT_WORKERS (default: all cores)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.only in (None, "bomb"):
            bench_bomb(Path(tmp), args.inflated_mb)
        if args.only in (None, "sigterm"):
            bench_sigterm(Path(tmp), args.posts, args.page_delay, args.crawl_delay, args.stored_first, args.workers)


if __name__ == "__main__":
    main()
