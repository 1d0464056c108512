"""`humascrawl serve` under concurrent searches: latency, status counts and errors per level of concurrency.

    python bench/make_archive.py --db sqlite:////tmp/bench1m.sqlite3 --articles 1000000   # once
    python bench/serve_load.py --db sqlite:////tmp/bench1m.sqlite3

Starts `humascrawl serve --port 0` on the archive in a subprocess, then for each stage (default: 50, then 200
concurrent clients) every client sends --rounds requests one after the other (after a 503, once its Retry-After
has passed, unless --impatient) to /api/search (or the search page with --page), with the seeded query mix of
bench/search.py (1-3 words, phrases, OR, prefixes, each with one filter).  Prints per stage: requests, answers
by status, errors (transport failures and any 5xx but 503), and the median, p95 and max latency of all answers
and of the 200s; then one request after the load, to show recovery; at the end, how long serve took to stop on
SIGTERM.  The clients run in this process (asyncio + aiohttp), on the same machine as the server.  Also
prints the server's CPU time per answer (from /proc), which other jobs on a shared machine do not change.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import aiohttp
import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from search import make_queries, percentile  # noqa: E402

from humascrawl.storage.archive import Archive  # noqa: E402


def query_params(db: str, count: int, seed: int) -> list[dict[str, str]]:
    archive = Archive.open(db)
    with archive.session() as session:
        queries = make_queries(session, -(-count // 6), seed)
    archive.close()
    params = []
    for _, _, q, flt in queries:
        params.append({"q": q, **{name: value for name, value in flt.describe().items() if value}})
    # make_queries lists its queries kind by kind: unshuffled, a stage of 200 requests would send the one-word
    # queries only (the cheapest), and the larger stage the rest.
    random.Random(seed).shuffle(params)
    return params


def start_server(db: str, extra: list[str]) -> tuple[subprocess.Popen, str]:
    env = {k: v for k, v in os.environ.items() if k != "HUMASCRAWL_DB"}
    proc = subprocess.Popen([sys.executable, "-m", "humascrawl.cli", "-q", "serve", "--db", db, "--port", "0", *extra],
                            cwd=ROOT, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    line = proc.stderr.readline()
    match = re.search(r"at (http://\S+/) ", line)
    if not match:
        proc.kill()
        sys.exit(f"serve did not start: {line}{proc.stderr.read()}")
    return proc, match[1]


def server_cpu(pid: int) -> float | None:
    """CPU seconds (user + system) the server process has used so far; None where /proc is not there."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def run_stage(base: str, path: str, clients: int, rounds: int, params: list[dict[str, str]],
                    timeout: float, patient: bool) -> tuple[list[tuple[float, int | str]], float]:
    """(latency s, status or error name) of every request, and the stage's wall-clock time; ``patient``
    clients wait as long as a 503's Retry-After says before their next request.

    aiohttp, not httpx: at 200 connections httpx's own work in this process dwarfed the server's answers."""
    results: list[tuple[float, int | str]] = []
    connector = aiohttp.TCPConnector(limit=clients, keepalive_timeout=2)  # below the server's 5 s keep-alive
    async with aiohttp.ClientSession(base, connector=connector,
                                     timeout=aiohttp.ClientTimeout(total=timeout)) as session:
        async def one_client(number: int) -> None:
            for turn in range(rounds):
                query = params[(number * rounds + turn) % len(params)]
                started = time.perf_counter()
                try:
                    async with session.get(path, params=query) as response:
                        await response.read()
                        outcome: int | str = response.status
                        retry_after = response.headers.get("Retry-After", "0")
                except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                    outcome, retry_after = type(exc).__name__, "0"
                results.append((time.perf_counter() - started, outcome))
                if patient and outcome == 503:
                    await asyncio.sleep(min(float(retry_after), 30))

        started = time.perf_counter()
        await asyncio.gather(*(one_client(n) for n in range(clients)))
    return results, time.perf_counter() - started


def report(label: str, results: list[tuple[float, int | str]], wall: float) -> None:
    statuses = Counter(outcome for _, outcome in results)
    errors = sum(n for outcome, n in statuses.items() if not isinstance(outcome, int) or
                 (outcome >= 500 and outcome != 503))
    every = [seconds * 1000 for seconds, _ in results]
    ok = [seconds * 1000 for seconds, outcome in results if outcome == 200]

    def figures(values: list[float]) -> str:
        if not values:
            return f"{'-':>8} {'-':>8} {'-':>8}"
        return f"{statistics.median(values):>8.0f} {percentile(values, 0.95):>8.0f} {max(values):>8.0f}"

    shown = ", ".join(f"{outcome}: {n}" for outcome, n in sorted(statuses.items(), key=lambda kv: str(kv[0])))
    print(f"{label:<16} {len(results):>6} {len(results) / wall:>7.1f} {errors:>6}   {figures(every)}   "
          f"{figures(ok)}   {shown}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="sqlite:////tmp/bench1m.sqlite3", help="archive URL (default %(default)s)")
    parser.add_argument("--stages", default="50,200", help="concurrent clients per stage (default %(default)s)")
    parser.add_argument("--rounds", type=int, default=4, help="requests per client per stage (default %(default)s)")
    parser.add_argument("--page", action="store_true", help="load the HTML search page (search, facets and "
                                                            "chart) instead of /api/search")
    parser.add_argument("--workers", type=int, help="serve --workers (default: the server's)")
    parser.add_argument("--queue", type=int, help="serve --queue (default: the server's)")
    parser.add_argument("--impatient", action="store_true",
                        help="after a 503, ask again at once instead of waiting for its Retry-After")
    parser.add_argument("--timeout", type=float, default=120, help="client timeout, s (default %(default)s)")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    stages = [int(n) for n in args.stages.split(",")]

    params = query_params(args.db, max(stages) * args.rounds, args.seed)
    extra = [*(["--workers", str(args.workers)] if args.workers else []),
             *(["--queue", str(args.queue)] if args.queue is not None else [])]
    proc, base = start_server(args.db, extra)
    path = "/" if args.page else "/api/search"
    try:
        for query in params[:20]:  # warm the page cache a little, as a running archive would be
            httpx.get(base.rstrip("/") + path, params=query, timeout=args.timeout)
        print(f"{path} on {args.db}, serve {' '.join(extra) or '(default limits)'}, {args.rounds} requests per "
              f"client{', at once after a 503' if args.impatient else ', each after the last 503s Retry-After'}")
        print(f"{'':<16} {'':>6} {'':>7} {'':>6}   {'all answers, ms':^26}   {'200 answers, ms':^26}")
        print(f"{'stage':<16} {'reqs':>6} {'req/s':>7} {'errors':>6}   {'median':>8} {'p95':>8} {'max':>8}   "
              f"{'median':>8} {'p95':>8} {'max':>8}   statuses")
        for clients in stages:
            cpu_before = server_cpu(proc.pid)
            results, wall = asyncio.run(run_stage(base, path, clients, args.rounds, params, args.timeout,
                                                  not args.impatient))
            report(f"{clients} concurrent", results, wall)
            cpu_after = server_cpu(proc.pid)
            if cpu_before is not None and cpu_after is not None:
                used = cpu_after - cpu_before
                served = sum(1 for _, outcome in results if outcome == 200)
                print(f"  server CPU {used:.1f} s, {1000 * used / max(served, 1):.1f} ms per 200 answer")
            after, _ = asyncio.run(run_stage(base, path, 1, 1, params[-1:], args.timeout, False))
            report("  then 1 alone", after, after[0][0])
    finally:
        stopping = time.perf_counter()
        proc.terminate()
        try:
            proc.wait(30)
            print(f"serve stopped {time.perf_counter() - stopping:.1f} s after SIGTERM")
        except subprocess.TimeoutExpired:
            proc.kill()
            print("serve did not stop within 30 s of SIGTERM: killed")


if __name__ == "__main__":
    main()
