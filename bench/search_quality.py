"""Judged search quality: surface-word search (--exact) against word forms + synonyms, on SQLite and PostgreSQL.

    python bench/search_quality.py [--pg postgresql+psycopg://postgres@127.0.0.1:5432/test] [--size 600]

Builds the judged corpus of tests/search_quality (generated releases with known topic, unit and officers), stores
it in a fresh SQLite archive and a fresh PostgreSQL database, runs every judged query both ways and prints
recall@20 (of min(relevant, 20)), nDCG@10 and precision@10 per half of the queries: ``tune`` (looked at while
writing the synonyms and stemmer) and ``validation`` (never tuned on).  Then the share of queries whose top 10
agree between the backends (same set of releases) and their mean overlap.
Goals (issue 14): recall@20 >= 0.9; nDCG@10 >= surface + 0.15; precision@10 >= surface - 0.05; agreement >= 90 %.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import sqlalchemy  # noqa: E402

from search_quality.corpus import DEFAULT_SIZE, SEED, make_corpus  # noqa: E402
from search_quality.judge import build_archive, run  # noqa: E402
from search_quality.queries import QUERIES  # noqa: E402

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _postgres_database(admin_url: str):
    admin = sqlalchemy.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"humascrawl_quality_{uuid.uuid4().hex[:8]}"
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    except Exception as exc:  # noqa: BLE001 - no server: the bench reports SQLite alone
        print(f"PostgreSQL not reachable at {admin_url}: {str(exc).splitlines()[0]} -- SQLite only")
        admin.dispose()
        return None, None
    return admin, name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", default=DEFAULT_PG, help="PostgreSQL admin URL (a database is created and dropped)")
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE, help="releases in the corpus")
    parser.add_argument("--seed", type=int, default=SEED, help="the corpus generator's seed")
    parser.add_argument("--verbose", action="store_true", help="print every query's figures")
    args = parser.parse_args()
    releases = make_corpus(args.size, args.seed)
    print(f"corpus: {len(releases)} releases (seed {args.seed}), {len(QUERIES)} judged queries "
          f"({sum(q.half == 'tune' for q in QUERIES)} tune, {sum(q.half == 'validation' for q in QUERIES)} "
          f"validation -- the validation half was never used to tune synonyms or the stemmer)")
    backends = {}
    tmp = tempfile.TemporaryDirectory()
    backends["sqlite"] = build_archive(f"sqlite:///{tmp.name}/judged.sqlite3", releases)
    admin, name = _postgres_database(args.pg)
    if admin is not None:
        backends["postgresql"] = build_archive(args.pg.rsplit("/", 1)[0] + f"/{name}", releases)
    try:
        results = {(backend, exact): [run(archive, numbers, releases, q, exact) for q in QUERIES]
                   for backend, (archive, numbers) in backends.items() for exact in (True, False)}
    finally:
        for archive, _ in backends.values():
            archive.close()
        if admin is not None:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.dispose()
        tmp.cleanup()

    if args.verbose:
        for i, q in enumerate(QUERIES):
            row = "  ".join(f"{b[:6]}/{'exact' if e else 'new'} r{s[i].recall:.2f} n{s[i].ndcg:.2f}"
                            for (b, e), s in results.items())
            print(f"{q.half[:3]} {q.query[:40]:40} {row}")
    print(f"\n{'backend':10} {'half':10} {'recall@20':>20} {'nDCG@10':>20} {'precision@10':>20}")
    print(f"{'':21} {'surface -> new':>20} {'surface -> new':>20} {'surface -> new':>20}")
    for backend in backends:
        for half in ("tune", "validation", "all"):
            picked = [i for i, q in enumerate(QUERIES) if half in ("all", q.half)]
            cells = []
            for metric in ("recall", "ndcg", "precision"):
                old = statistics.mean(getattr(results[backend, True][i], metric) for i in picked)
                new = statistics.mean(getattr(results[backend, False][i], metric) for i in picked)
                cells.append(f"{old:.3f} -> {new:.3f} ({new - old:+.3f})")
            print(f"{backend:10} {half:10} " + " ".join(f"{c:>20}" for c in cells))
    if len(backends) == 2:
        for exact in (True, False):
            same = overlap = 0
            for a, b in zip(results["sqlite", exact], results["postgresql", exact]):
                same += set(a.top) == set(b.top)
                union = set(a.top) | set(b.top)
                overlap += len(set(a.top) & set(b.top)) / len(union) if union else 1.0
            print(f"top-10 agreement SQLite vs PostgreSQL ({'surface' if exact else 'new'}): "
                  f"{same}/{len(QUERIES)} queries with the same top-10 set ({same / len(QUERIES):.0%}), "
                  f"mean Jaccard {overlap / len(QUERIES):.2f}")


if __name__ == "__main__":
    main()
