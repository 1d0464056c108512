"""Benchmark: the nightly incremental crawl on a large local site.

Crawls a generated N-post site (Blogger or WordPress) on loopback with throttling
off, then adds NEW posts, edits CHANGED posts and crawls again. Prints pages/s of
the full crawl and, for the incremental one, requests per new-or-changed article
and the discovery requests it took.

    python bench/crawl_incremental.py                      # blogger, 5000 posts, 20 new, 5 changed
    python bench/crawl_incremental.py --platform wordpress
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from humascrawl.demo.server import MirrorServer

ROOT = Path(__file__).resolve().parent.parent
FAST = ["-s", "AUTOTHROTTLE_ENABLED=false", "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
        "-s", "CONCURRENT_REQUESTS=32"]


def crawl(db: str, sources: Path) -> tuple[float, dict]:
    env = {k: v for k, v in os.environ.items() if k != "HUMASCRAWL_DB"}
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "humascrawl.cli", "-q", "crawl", "--db", db, "--sources",
                             str(sources), "--no-progress", *FAST], cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.monotonic() - started
    if result.returncode != 0:
        sys.exit(f"crawl failed ({result.returncode}): {result.stderr[-2000:]}")
    status = subprocess.run([sys.executable, "-m", "humascrawl.cli", "status", "--db", db, "--json", "--limit", "1"],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    return elapsed, json.loads(status.stdout)["runs"][0]["sources"][0]


def single_core_extraction_rate(site, sample: int = 300) -> float:
    """Pages per second of extract_article in this one process, on pages of the same site."""
    import urllib.request

    from humascrawl.extract import extract_article

    posts = site.posts[:sample]
    bodies = [(urllib.request.urlopen(site.post_url(p)).read(), site.post_url(p)) for p in posts]
    extract_article(*bodies[0])  # warm up imports and caches
    started = time.perf_counter()
    for body, url in bodies:
        extract_article(body, url, hints={"tz": "+07:00"})
    return len(bodies) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--platform", choices=["blogger", "wordpress"], default="blogger")
    parser.add_argument("--posts", type=int, default=5000)
    parser.add_argument("--new", type=int, default=20)
    parser.add_argument("--changed", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp, MirrorServer.from_counts({"big": (args.platform, args.posts)}) as server:
        site = server.site("big")
        db = f"sqlite:///{tmp}/bench.sqlite3"
        sources = Path(tmp) / "sources.toml"
        sources.write_text(f'[[source]]\nname = "big"\nurl = "{server.base_url("big")}"\nplatform = "{args.platform}"\n')
        post_paths = lambda: {site.post_path(p) for p in site.posts}  # noqa: E731

        elapsed, first = crawl(db, sources)
        pages = [p for m, p, _ in site.request_log if m == "GET" and p.split("?")[0] in post_paths()]
        print(f"full crawl: {args.posts} {args.platform} posts, {first['new']} stored, {len(pages)} article pages "
              f"in {elapsed:.1f}s = {len(pages) / elapsed:.1f} pages/s (process start and migrations included)")

        rate = single_core_extraction_rate(site)
        print(f"single-core extraction on the same pages: {rate:.1f} pages/s; the crawl ran at "
              f"{len(pages) / elapsed / rate:.2f}x that (goal >= 1.6x on 2 cores)")

        site.add_posts(args.new)
        for post in site.posts[100:100 + args.changed]:
            site.modify_post(post.id)
        site.clear_log()
        elapsed, second = crawl(db, sources)
        paths = post_paths()
        article = [p for m, p, _ in site.request_log if m == "GET" and p.split("?")[0] in paths]
        discovery = [p for m, p, _ in site.request_log if m == "GET" and p.split("?")[0] not in paths]
        wanted = args.new + args.changed
        print(f"incremental crawl: {args.new} new + {args.changed} changed -> stored new={second['new']} "
              f"changed={second['changed']}; {len(article)} article requests = {len(article) / wanted:.2f} per "
              f"new-or-changed article; {len(discovery)} discovery requests ({', '.join(sorted(discovery))}); "
              f"{elapsed:.1f}s")


if __name__ == "__main__":
    main()
