"""Search latency on a large archive: a fixed, seeded mix of 1-3 word queries, each with one filter.

    python bench/make_archive.py --db sqlite:////tmp/bench1m.sqlite3 --articles 1000000   # once
    python bench/search.py --db sqlite:////tmp/bench1m.sqlite3

Each query goes through :func:`humascrawl.search.search` exactly as ``humascrawl search`` runs it (parse, index,
rank, fetch the page of 20 hits, snippets).  Words come from the generator's vocabulary: police and place words,
the most frequent words of the archive (which match most of it) and rarer ones; the filter is one of site, source,
unit, person, label or a 90-day --since/--until window, with values taken from the archive.  Prints median, p95 and
max per query kind and per filter, and overall; with --facets also the cost of facets() and per_day().
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import text  # noqa: E402

from humascrawl.filters import ArticleFilter  # noqa: E402
from humascrawl.search import facets, per_day, search  # noqa: E402
from humascrawl.search.vocabulary import PART_COUNTS, VOCABULARY  # noqa: E402
from humascrawl.storage.archive import Archive  # noqa: E402
from make_archive import POLICE, START, DAYS  # noqa: E402

FILTERS = ("site", "source", "unit", "person", "label", "dates")
KINDS = ("1 word", "2 words", "3 words", "phrase", "OR", "prefix", "common prefix")
COMMON_PREFIXES = ("yang*", "pol*")   # the prefixes of the most frequent words: the dearest to expand


def word_pools(session) -> dict[str, list[str]]:
    """Query words: police words, the archive's most frequent words, and mid-frequency ones."""
    frequent = [w for w in "yang dan di polres personel kegiatan masyarakat wilayah polda hari".split()]
    places = [r[0].split(" ", 1)[1].lower() for r in session.execute(text(
        "SELECT min(value) FROM article_facets WHERE kind = 'unit' AND value LIKE 'Polres %' GROUP BY value_norm"))]
    return {"police": POLICE, "frequent": frequent, "places": places or ["ketapang"]}


def filter_values(session, rng: random.Random) -> dict[str, list[str]]:
    values = {}
    for kind in ("site", "unit", "person", "label"):
        rows = session.execute(text("SELECT min(value) FROM article_facets WHERE kind = :k GROUP BY value_norm "
                                    "LIMIT 5000"), {"k": kind}).scalars().all()
        values[kind] = rng.sample(rows, min(len(rows), 200))
    values["source"] = session.execute(text("SELECT name FROM sources")).scalars().all()
    return values


def make_queries(session, n: int, seed: int) -> list[tuple[str, str, str, ArticleFilter]]:
    rng = random.Random(seed)
    pools = word_pools(session)
    values = filter_values(session, rng)

    def word() -> str:
        pool = rng.choices(["police", "frequent", "places"], weights=[5, 3, 2])[0]
        return rng.choice(pools[pool])

    queries = []
    for kind in KINDS:
        for i in range(n):
            if kind == "phrase":
                q = f'"{word()} {word()}"'
            elif kind == "OR":
                q = f"{word()} OR {word()}"
            elif kind == "prefix":
                q = f"{next(w for w in iter(word, None) if len(w) >= 4)[:4]}*"
            elif kind == "common prefix":
                q = COMMON_PREFIXES[i % len(COMMON_PREFIXES)]
            else:
                q = " ".join(word() for _ in range(int(kind[0])))
            name = FILTERS[(i + KINDS.index(kind)) % len(FILTERS)]
            if name == "dates":
                since = START.date() + timedelta(days=rng.randrange(DAYS - 90))
                flt = ArticleFilter(since=since, until=since + timedelta(days=90))
            else:
                flt = ArticleFilter(**{name: rng.choice(values[name])})
            queries.append((kind, name, q, flt))
    return queries


def index_size(session) -> int:
    """Bytes of the full-text index: FTS5's tables (SQLite), search_documents with its indexes (PostgreSQL)."""
    if session.get_bind().dialect.name == "sqlite":
        return session.execute(text("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search_fts%'")).scalar() or 0
    return session.execute(text("SELECT pg_total_relation_size('search_documents')")).scalar() or 0


def server_cpu(session):
    """A function giving the CPU seconds used so far by this session's PostgreSQL backend (from
    /proc/PID/schedstat: the server must run on this machine), or one giving 0.0 (SQLite runs in this process)."""
    if session.get_bind().dialect.name != "postgresql":
        return lambda: 0.0
    path = Path(f"/proc/{session.execute(text('SELECT pg_backend_pid()')).scalar()}/schedstat")
    if not path.exists():
        return lambda: 0.0
    return lambda: int(path.read_text().split()[0]) / 1e9


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def row(label: str, times: list[tuple[float, float]]) -> str:
    """Wall-clock median, p95, max, then the same for the CPU time of this process and, on PostgreSQL, of its
    server backend (SQLite runs in this process), so on a busy machine the CPU figures show what the query costs
    without waiting for a core."""
    wall = [t[0] * 1000 for t in times]
    cpu = [t[1] * 1000 for t in times]
    return (f"{label:<22} {len(wall):>5} {statistics.median(wall):>9.1f} {percentile(wall, 0.95):>9.1f} "
            f"{max(wall):>9.1f}   {statistics.median(cpu):>9.1f} {percentile(cpu, 0.95):>9.1f} {max(cpu):>9.1f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="sqlite:////tmp/bench1m.sqlite3", help="archive URL (default %(default)s)")
    parser.add_argument("--per-kind", type=int, default=60, help="queries per kind (default %(default)s)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--collapse", action="store_true", help="search with collapse=True")
    parser.add_argument("--exact", action="store_true", help="surface words only: no word forms or synonyms")
    parser.add_argument("--facets", action="store_true", help="also time facets() and per_day() per query")
    parser.add_argument("--cold", action="store_true",
                        help="forget the remembered vocabulary and part counts before each query (search.vocabulary),"
                             " as a one-shot `humascrawl search` runs; by default they stay, as in `serve`")
    args = parser.parse_args(argv)

    archive = Archive.open(args.db)
    with archive.session() as session:
        articles = session.execute(text("SELECT count(*) FROM articles")).scalar()
        size = index_size(session)
        queries = make_queries(session, args.per_kind, args.seed)
        for _, _, q, flt in queries[:20]:  # warm the page cache a little, as a running archive would be
            search(session, q, flt, exact=args.exact)
        by_kind: dict[str, list[tuple[float, float]]] = {}
        by_filter: dict[str, list[tuple[float, float]]] = {}
        extra: dict[str, list[tuple[float, float]]] = {"facets()": [], "per_day()": []}
        slowest = []
        server = server_cpu(session)
        for kind, name, q, flt in queries:
            if args.cold:
                VOCABULARY.forget(archive.engine)
                PART_COUNTS.forget(archive.engine)
            started, started_cpu = time.perf_counter(), time.process_time() + server()
            result = search(session, q, flt, limit=20, collapse=args.collapse, exact=args.exact)
            elapsed = (time.perf_counter() - started, time.process_time() + server() - started_cpu)
            by_kind.setdefault(kind, []).append(elapsed)
            by_filter.setdefault(name, []).append(elapsed)
            slowest.append((elapsed[0], q, flt.describe(), result.total_text))
            if args.facets:
                for label, function in (("facets()", facets), ("per_day()", per_day)):
                    started, started_cpu = time.perf_counter(), time.process_time()
                    function(session, q, flt, exact=args.exact)
                    extra[label].append((time.perf_counter() - started, time.process_time() - started_cpu))
    archive.close()

    print(f"{articles:,} articles, {args.db}, {len(queries)} queries (20 hits each, snippets included"
          f"{', collapse' if args.collapse else ''}{', cold: nothing remembered between queries' if args.cold else ''}{', exact' if args.exact else ', word forms + synonyms'})")
    print(f"full-text index: {size / 2**20:,.0f} MB (the build time: make_archive.py, or migration 0008's rebuild)")
    print(f"{'':<22} {'':>5} {'wall-clock':^29}   {'CPU time':^29}")
    print(f"{'':<22} {'n':>5} {'median ms':>9} {'p95 ms':>9} {'max ms':>9}   {'median ms':>9} {'p95 ms':>9} "
          f"{'max ms':>9}")
    for kind in KINDS:
        print(row(kind, by_kind[kind]))
    for name in FILTERS:
        print(row(f"filter {name}", by_filter[name]))
    core = [t for kind in ("1 word", "2 words", "3 words") for t in by_kind[kind]]
    print(row("1-3 words (target)", core))
    print(row("all", [t for ts in by_kind.values() for t in ts]))
    if args.facets:
        for label, times in extra.items():
            print(row(label, times))
    print("slowest:")
    for elapsed, q, flt, total in sorted(slowest, key=lambda s: s[0], reverse=True)[:5]:
        active = {k: v for k, v in flt.items() if v}
        print(f"  {elapsed * 1000:8.1f} ms  {q!r} {active} -> {total} matches")


if __name__ == "__main__":
    main()
