"""One source's crawl as a fleet job runs it: ``python -m humascrawl.fleet.child --db URL --source NAME``.

A child process of the worker, so each crawl gets a fresh Twisted reactor. It takes the crawl lock of the
source's host (``crawl:HOST``: humascrawl.storage.locks.CrawlLeases, as a crawl by hand of a PostgreSQL archive
does), so workers crawl different hosts at once and never one host with anyone else. The last line on stdout is
the outcome as JSON; the exit code says what the worker should do with the job.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys

from humascrawl.errors import ArchiveUnavailable, HumascrawlError

EXIT_OK = 0
EXIT_FAILED = 1  # the crawl ran and failed (or partly), or the archive was unreachable: retry later
EXIT_CONFIG = 2  # bad configuration: retrying cannot help
EXIT_BUSY = 3  # another crawl of this host holds its lock: retry later

# What a fleet crawl differs in from `humascrawl crawl` (a worker's -s settings win): the worker keeps only the
# tail of a child's stderr (for a failed attempt's error), so warnings and worse; and pages are extracted in the
# crawl's own process, since a fleet runs a crawl per core already (a pool per crawl doubled its CPU).
FLEET_CRAWL_SETTINGS = {"LOG_LEVEL": "WARNING", "HUMASCRAWL_EXTRACT_WORKERS": 1}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m humascrawl.fleet.child")
    parser.add_argument("--db", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--sources", default=None, help="sources file (default: the package's)")
    parser.add_argument("--full", action="store_true")
    parser.add_argument("--job", type=int, default=None, help="the queue's job id, recorded with the run")
    parser.add_argument("--set", dest="overrides", action="append", default=[], metavar="NAME=VALUE")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    from humascrawl.commands.crawl import parse_overrides
    from humascrawl.config import load_sources, select_sources
    from humascrawl.crawl.runner import run_crawl
    from humascrawl.storage.db import is_unavailable, unavailable
    from humascrawl.storage.locks import LockHeld

    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        (source,) = select_sources(load_sources(args.sources), [args.source])
        result = run_crawl([source], args.db, full=args.full, overrides=FLEET_CRAWL_SETTINGS | parse_overrides(tuple(args.overrides)),
                           options={"only": [source.name], "fleet_job": args.job}, per_host=True)
    except LockHeld as exc:
        return _report({"status": "busy", "error": str(exc)}, EXIT_BUSY)
    except ArchiveUnavailable as exc:  # the database refused or dropped the connection: retry later
        return _report({"status": "failed", "error": str(unavailable(exc))}, EXIT_FAILED)
    except HumascrawlError as exc:
        return _report({"status": "config_error", "error": str(exc)}, EXIT_CONFIG)
    except Exception as exc:
        if not is_unavailable(exc):
            raise
        return _report({"status": "failed", "error": str(unavailable(exc))}, EXIT_FAILED)
    sources = [{"name": s.name, "status": s.status, "fetched": s.counter("fetched"), "new": s.counter("new"),
                "failures": s.failures, "error": s.stats.get("humascrawl/error")} for s in result.sources]
    errors = [s["error"] for s in sources if s["error"]]
    return _report({"status": result.status, "run_id": result.run_id, "sources": sources,
                    "error": errors[0] if errors else None}, EXIT_OK if result.status == "ok" else EXIT_FAILED)


def _report(outcome: dict, code: int) -> int:
    print(json.dumps(outcome, ensure_ascii=False, default=str), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
