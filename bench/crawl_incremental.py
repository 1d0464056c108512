"""Benchmark: crawl speed on all cores against single-core extraction, and the nightly incremental crawl.

For each platform (Blogger and WordPress by default) it serves a generated N-post site from a
separate process on loopback (pages rendered and gzipped before the clock starts), then prints,
in one run and on the same pages:

- the single-core extraction rate: the crawl's own extractor (the function its process pool runs)
  on the site's article pages, in this one process;
- the crawl rate with throttling off (``humascrawl crawl`` in a subprocess, process start and
  migrations included) and its ratio to the single-core rate (goal: >= 1.6 on 2 cores);
- where the CPU went: CPU-seconds per page in the crawl's main process (Scrapy, storage), in its
  extraction workers and in the mirror server, and the ratio those figures allow on 2 idle cores
  (2 / CPU per page, against 1 / extraction CPU per page), which a busy machine does not disturb.

It then adds NEW posts, edits CHANGED posts and crawls again: requests per new-or-changed article and
the discovery requests it took.

    python bench/crawl_incremental.py                          # both platforms, 5000 posts, 20 new, 5 changed
    python bench/crawl_incremental.py --platform wordpress --posts 2000
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FAST = ["-s", "AUTOTHROTTLE_ENABLED=false", "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
        "-s", "CONCURRENT_REQUESTS=32"]
TICK = os.sysconf("SC_CLK_TCK")


# ---------------------------------------------------------------- the mirror, in a process of its own

def _serve(conn, platform: str, posts: int) -> None:
    from humascrawl.demo.server import MirrorServer

    server = MirrorServer.from_counts({"big": (platform, posts)}).start()
    site = server.site("big")
    site.prerender()
    conn.send(server.base_url("big"))
    while True:
        command, arg = conn.recv()
        if command == "stop":
            server.stop()
            conn.send(None)
            return
        if command == "post_paths":
            conn.send([site.post_path(p) for p in site.posts])
        elif command == "add_posts":
            site.add_posts(arg)
            conn.send(None)
        elif command == "modify":
            for post in site.posts[arg[0]:arg[1]]:
                site.modify_post(post.id)
            site.prerender()
            conn.send(None)
        elif command == "clear_log":
            site.clear_log()
            conn.send(None)
        elif command == "log":
            conn.send(list(site.request_log))


class Mirror:
    """A MirrorServer of one site in a child process, driven over a pipe."""

    def __init__(self, platform: str, posts: int):
        ctx = multiprocessing.get_context("fork")
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, platform, posts), daemon=True)
        self.process.start()
        self.base_url = self.conn.recv()

    def __call__(self, command: str, arg=None):
        self.conn.send((command, arg))
        return self.conn.recv()

    def close(self) -> None:
        self("stop")
        self.process.join(10)


# ---------------------------------------------------------------- CPU accounting

def _cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(p) for p in f.read().split()]
    except OSError:
        return []


class CpuWatch:
    """CPU-seconds of a process and its descendants, polled until they exit (the last reading counts)."""

    def __init__(self, root: int):
        self.root = root
        self.seen: dict[int, tuple[int, float]] = {}  # pid -> (depth below root, cpu seconds)
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._poll, daemon=True)
        self.thread.start()

    def _poll(self) -> None:
        while not self.done.is_set():
            stack = [(self.root, 0)]
            while stack:
                pid, depth = stack.pop()
                try:
                    self.seen[pid] = (depth, _cpu_seconds(pid))
                except OSError:
                    continue
                stack.extend((child, depth + 1) for child in _children(pid))
            time.sleep(0.1)

    def stop(self) -> dict[str, float]:
        self.done.set()
        self.thread.join()
        main = sum(cpu for depth, cpu in self.seen.values() if depth == 0)
        # depth 1: the forkserver (it only forks); depth 2: the extraction workers
        workers = sum(cpu for depth, cpu in self.seen.values() if depth >= 1)
        return {"main": main, "workers": workers}


def crawl(db: str, sources: Path) -> tuple[float, dict, dict[str, float]]:
    env = {k: v for k, v in os.environ.items() if k != "HUMASCRAWL_DB"}
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, "-m", "humascrawl.cli", "-q", "crawl", "--db", db, "--sources",
                                str(sources), "--no-progress", *FAST], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watch = CpuWatch(process.pid)
    _, stderr = process.communicate()
    elapsed = time.monotonic() - started
    cpu = watch.stop()
    if process.returncode != 0:
        sys.exit(f"crawl failed ({process.returncode}): {stderr[-2000:]}")
    status = subprocess.run([sys.executable, "-m", "humascrawl.cli", "status", "--db", db, "--json", "--limit", "1"],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    return elapsed, json.loads(status.stdout)["runs"][0]["sources"][0], cpu


# ---------------------------------------------------------------- extraction on one core

def single_core_extraction(base_url: str, paths: list[str], sample: int) -> tuple[float, float]:
    """(pages/s, CPU-seconds per page) of the extraction the crawl pool runs, in this one process."""
    from humascrawl.extract.multipage import extract_archived as _extract

    step = max(1, len(paths) // sample)
    urls = [base_url.rstrip("/") + p for p in paths[::step][:sample]]
    bodies = [(urllib.request.urlopen(url).read(), url) for url in urls]
    hints = {"tz": "+07:00"}
    _extract(bodies[0][0], bodies[0][1], hints, {})  # warm up imports and caches
    started, cpu = time.perf_counter(), time.process_time()
    for body, url in bodies:
        _extract(body, url, hints, {})
    return len(bodies) / (time.perf_counter() - started), (time.process_time() - cpu) / len(bodies)


# ---------------------------------------------------------------- one platform

def bench(platform: str, args) -> None:
    mirror = Mirror(platform, args.posts)
    server_pid = mirror.process.pid
    try:
        with tempfile.TemporaryDirectory() as tmp:
            db = f"sqlite:///{tmp}/bench.sqlite3"
            sources = Path(tmp) / "sources.toml"
            sources.write_text(f'[[source]]\nname = "big"\nurl = "{mirror.base_url}"\nplatform = "{platform}"\n')
            post_paths = set(mirror("post_paths"))

            server_cpu = _cpu_seconds(server_pid)
            elapsed, first, cpu = crawl(db, sources)
            cpu["server"] = _cpu_seconds(server_pid) - server_cpu
            log = mirror("log")
            pages = [p for m, p, _ in log if m == "GET" and p.split("?")[0] in post_paths]
            n = len(pages)
            rate = n / elapsed
            print(f"[{platform}] full crawl: {args.posts} posts, {first['new']} stored, {n} article pages "
                  f"in {elapsed:.1f}s = {rate:.1f} pages/s (process start and migrations included)")

            extract_rate, extract_cpu = single_core_extraction(mirror.base_url, sorted(post_paths), args.sample)
            print(f"[{platform}] single-core extraction on {args.sample} of the same pages: {extract_rate:.1f} pages/s "
                  f"({extract_cpu * 1000:.2f} ms CPU per page)")
            print(f"[{platform}] ratio crawl / single-core extraction: {rate / extract_rate:.2f}x (goal >= 1.6x)")
            per_page = {k: v / n * 1000 for k, v in cpu.items()}
            total = sum(per_page.values())
            print(f"[{platform}] CPU per page: main {per_page['main']:.2f} ms, extraction workers "
                  f"{per_page['workers']:.2f} ms, mirror server {per_page['server']:.2f} ms; total {total:.2f} ms "
                  f"-> on 2 idle cores at most {2000 / total:.0f} pages/s = "
                  f"{2 * extract_cpu * 1000 / total:.2f}x single-core extraction")

            if args.new or args.changed:
                mirror("add_posts", args.new)
                mirror("modify", (100, 100 + args.changed))
                mirror("clear_log")
                paths = set(mirror("post_paths"))
                elapsed, second, _ = crawl(db, sources)
                log = mirror("log")
                article = [p for m, p, _ in log if m == "GET" and p.split("?")[0] in paths]
                discovery = [p for m, p, _ in log if m == "GET" and p.split("?")[0] not in paths]
                wanted = args.new + args.changed
                print(f"[{platform}] incremental crawl: {args.new} new + {args.changed} changed -> stored "
                      f"new={second['new']} changed={second['changed']}; {len(article)} article requests = "
                      f"{len(article) / wanted:.2f} per new-or-changed article; {len(discovery)} discovery "
                      f"requests ({', '.join(sorted(discovery))}); {elapsed:.1f}s")
    finally:
        mirror.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--platform", choices=["blogger", "wordpress", "both"], default="both")
    parser.add_argument("--posts", type=int, default=5000)
    parser.add_argument("--new", type=int, default=20)
    parser.add_argument("--changed", type=int, default=5)
    parser.add_argument("--sample", type=int, default=500, help="pages timed for the single-core extraction rate")
    args = parser.parse_args()
    for platform in (["blogger", "wordpress"] if args.platform == "both" else [args.platform]):
        bench(platform, args)


if __name__ == "__main__":
    main()
