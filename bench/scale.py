"""Benchmark: the crawl fleet's scaling with politeness as the bound, and the cores a big crawl needs.

Serves SOURCES mirror sites on loopback (each its own host), queues one crawl job per site into a fresh
PostgreSQL database and drains the queue with 1 worker, then (on another fresh database) with 2 workers, each
worker running one crawl (one Scrapy process) at a time, at a realistic per-host delay (DOWNLOAD_DELAY, one
request at a time per host). Prints pages/s and the CPU per page (workers and their crawl processes, from
getrusage; the mirror's own CPU is not counted), then the 2-worker incremental re-run (nothing new: the fixed
cost of one crawl job), and projects from these figures the cores a nightly crawl of many sources and a backfill
of many pages need. Politeness, not CPU, bounds a crawl of this kind: 2 workers should reach ~2x one.

    python bench/scale.py                                  # 30 sources x 20 posts, 0.5 s per host
    python bench/scale.py --sources 30 --posts 10 --delay 0.5 --pg postgresql+psycopg://postgres@127.0.0.1/test
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def fresh_database(admin_url: str) -> str:
    name = f"humascrawl_scale_{uuid.uuid4().hex[:8]}"
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine.dispose()
    return admin_url.rsplit("/", 1)[0] + f"/{name}"


def drop_database(admin_url: str, url: str) -> None:
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
    engine.dispose()


def cli(*args: str, **kwargs) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "HUMASCRAWL_DB"}
    return subprocess.Popen([sys.executable, "-m", "humascrawl.cli", *args], env=env, **kwargs)


def leg(db: str, sources: str, workers: int, delay: float, mirror, logdir: Path) -> dict:
    """Queue every source, drain the queue with ``workers`` workers; wall, CPU and pages fetched."""
    for name in mirror.names:
        mirror.site(name).clear_log()
    queued = cli("enqueue", "--db", db, "--sources", sources, stdout=subprocess.DEVNULL)
    if queued.wait() != 0:
        raise SystemExit("enqueue failed")
    settings = ["-s", "AUTOTHROTTLE_ENABLED=false", "-s", f"DOWNLOAD_DELAY={delay}", "-s",
                "RANDOMIZE_DOWNLOAD_DELAY=false", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1"]
    cpu0, started = children_cpu(), time.monotonic()
    procs = [cli("worker", "--db", db, "--sources", sources, "--until-empty", "--nightly", "off", "--poll", "1",
                 "--heartbeat", "2", "--stall-timeout", "60", *settings,
                 stdout=open(logdir / f"w{workers}-{i}.log", "wb"), stderr=subprocess.STDOUT)
             for i in range(workers)]
    codes = [p.wait() for p in procs]
    wall, cpu = time.monotonic() - started, children_cpu() - cpu0
    pages = sum(len(mirror.site(name).request_log) for name in mirror.names)
    return {"workers": workers, "codes": codes, "wall": wall, "cpu": cpu, "pages": pages}


def show(result: dict) -> None:
    print(f"  {result['workers']} worker(s): {result['pages']} pages in {result['wall']:.1f} s = "
          f"{result['pages'] / result['wall']:.2f} pages/s; CPU {result['cpu']:.1f} s = "
          f"{1000 * result['cpu'] / max(result['pages'], 1):.1f} ms a page; exit codes {result['codes']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sources", type=int, default=30)
    ap.add_argument("--posts", type=int, default=20, help="posts per mirror site")
    ap.add_argument("--delay", type=float, default=0.5, help="seconds between two requests to one host")
    ap.add_argument("--pg", default=os.environ.get("HUMASCRAWL_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test"),
                    help="a database on the server, used to create and drop the benchmark's own")
    ap.add_argument("--fleet-sources", type=int, default=5000, help="projection: sources of the nightly crawl")
    ap.add_argument("--nightly-pages", type=float, default=15.0,
                    help="projection: pages a source costs a night (listings, new and changed posts)")
    ap.add_argument("--window-hours", type=float, default=6.0, help="projection: the nightly window")
    ap.add_argument("--backfill-pages", type=float, default=10e6, help="projection: pages of the first backfill")
    args = ap.parse_args()

    from humascrawl.demo.server import MirrorServer

    counts = {f"s{i:03d}": ("blogger" if i % 2 else "wordpress", args.posts) for i in range(args.sources)}
    print(f"{args.sources} mirror sources x {args.posts} posts, {args.delay} s between requests to a host, "
          f"load average {os.getloadavg()[0]:.1f} at start")
    with MirrorServer.from_counts(counts) as mirror, tempfile.TemporaryDirectory() as tmp:
        for name in mirror.names:
            mirror.site(name).prerender()
        sources = Path(tmp) / "sources.toml"
        sources.write_text("\n".join(
            f'[[source]]\nname = "{n}"\nurl = "{mirror.base_url(n)}"\nplatform = "{mirror.site(n).platform}"\n'
            for n in mirror.names), encoding="utf-8")
        results = []
        for workers in (1, 2):
            db = fresh_database(args.pg)
            try:
                results.append(leg(db, str(sources), workers, args.delay, mirror, Path(tmp)))
                show(results[-1])
                if workers == 2:
                    rerun = leg(db, str(sources), workers, args.delay, mirror, Path(tmp))
                    print("  incremental re-run (nothing new):", end="")
                    show(rerun)
            finally:
                drop_database(args.pg, db)
        load = os.getloadavg()[0]
    one, two = results
    speedup = (two["pages"] / two["wall"]) / (one["pages"] / one["wall"])
    print(f"2 workers / 1 worker: {speedup:.2f}x pages/s (goal >= 1.8x); load average {load:.1f} at the end")

    per_page = (one["cpu"] + two["cpu"]) / (one["pages"] + two["pages"])  # CPU-seconds a page, job start included
    per_job = rerun["cpu"] / args.sources  # a crawl job with nothing new: process start, imports, listings
    # What a page costs beyond that: the same jobs over the same sites, with and without the pages to store.
    per_page_marginal = max((two["cpu"] - rerun["cpu"]) / max(two["pages"] - rerun["pages"], 1), 0.0)
    print(f"CPU: {1000 * per_page:.1f} ms a page all in; a crawl job with nothing new {per_job:.2f} s; "
          f"{1000 * per_page_marginal:.1f} ms a page beyond it")
    nightly_cpu = args.fleet_sources * (per_job + args.nightly_pages * per_page_marginal)
    window = args.window_hours * 3600
    nightly_slots = args.fleet_sources * (args.nightly_pages * args.delay) / window
    print(f"projection, {args.fleet_sources} sources nightly ({args.nightly_pages:g} pages each, "
          f"{args.window_hours:g} h window): {nightly_cpu / 3600:.1f} CPU-hours = {nightly_cpu / window:.2f} cores "
          f"busy; politeness needs {nightly_slots:.1f} crawls running at once -> "
          f"{max(1, round(nightly_slots / max(nightly_cpu / window, 1e-9)))} crawl(s) a core "
          f"(humascrawl worker --concurrency)")
    backfill_cpu = args.backfill_pages * per_page_marginal
    crawl_days = args.backfill_pages * args.delay / 86400  # one request per host per delay: crawl-days of waiting
    print(f"projection, backfill of {args.backfill_pages:,.0f} pages: {backfill_cpu / 3600:,.0f} CPU-hours = "
          f"{backfill_cpu / 86400 / 8:.1f} days on 8 cores; politeness: {crawl_days:,.0f} crawl-days, e.g. "
          f"{crawl_days / 2:,.0f} crawls at once (hosts permitting) for 2 days")
    print("The CPU figures come from this machine under its current load (CPU time, not wall); "
          "no threshold here was tuned on these sites.")


if __name__ == "__main__":
    main()
