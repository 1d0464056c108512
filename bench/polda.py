"""The cost of the Polda facet and of --polda on a large archive (CPU time by default: the machine is shared).

    python bench/make_archive.py --db sqlite:////tmp/bench1m.sqlite3 --articles 1000000   # once
    python bench/polda.py --db sqlite:////tmp/bench1m.sqlite3

Prints, per query, the median and p95 CPU ms of: search() with --polda against the same search with --unit of
the Polda itself (the --polda filter is an OR of the Polda's unit tokens in the index), and facets() (which
adds one statement for the Polda counts over the same window).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from humascrawl.filters import ArticleFilter  # noqa: E402
from humascrawl.search import facets, search  # noqa: E402
from humascrawl.storage.archive import Archive  # noqa: E402

QUERIES = ("", "sabu", "polres personel", "kecelakaan lalu lintas", "pontianak")
POLDAS = ("Kalbar", "Jatim", "Papua", "Metro Jaya")


def cpu_ms(call, repeat: int, clock=time.process_time) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = clock()
        call()
        times.append((clock() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(0.95 * len(times)))]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="sqlite:////tmp/bench1m.sqlite3", help="archive URL (default %(default)s)")
    parser.add_argument("--repeat", type=int, default=7, help="runs per measurement (default %(default)s)")
    parser.add_argument("--wall", action="store_true",
                        help="wall-clock time instead of this process's CPU time (PostgreSQL works in its server)")
    args = parser.parse_args(argv)
    clock = time.perf_counter if args.wall else time.process_time
    print(f"{'wall' if args.wall else 'CPU'} ms, {args.repeat} runs each")
    archive = Archive.open(args.db, create=False)
    print(f"{'query':<26} {'polda':<11} {'--polda med/p95':>16} {'--unit med/p95':>16} {'facets med/p95':>16}")
    try:
        with archive.session() as session:
            for query in QUERIES:
                for polda in POLDAS:
                    by_polda = ArticleFilter(polda=polda)
                    by_unit = ArticleFilter(unit=by_polda.polda)
                    p = cpu_ms(lambda: search(session, query, by_polda), args.repeat, clock)
                    u = cpu_ms(lambda: search(session, query, by_unit), args.repeat, clock)
                    f = cpu_ms(lambda: facets(session, query), args.repeat, clock) if polda == POLDAS[0] else None
                    facet_text = f"{f[0]:7.1f}/{f[1]:7.1f}" if f else ""
                    print(f"{query!r:<26} {polda:<11} {p[0]:7.1f}/{p[1]:7.1f} {u[0]:7.1f}/{u[1]:7.1f} {facet_text:>16}")
    finally:
        archive.close()


if __name__ == "__main__":
    main()
