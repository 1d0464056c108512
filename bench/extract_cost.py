"""Benchmark: where a crawl worker's CPU goes per page, and a check that a speed-up changed no output.

Runs what an extraction worker does for each page (``pipelines.extract.extract_and_prepare``:
``extract_archived`` → ``extract_article``, then the compressed raw page, its digest and the MinHash
signature) over every saved page under ``../shared/real-pages`` (``*.htm*``, gzipped or not), with the
hints a sitemap source gives (``modified`` from ``lastmod``), and prints the process time per page of
each step (best of ``--runs`` rounds; CPU time, so other jobs on the machine disturb it little).

``--save FILE`` writes every page's output (article fields, failure message, signature, sizes) as JSON;
``--compare FILE`` diffs this run's outputs against such a file and exits 1 on any difference: run
``--save`` on the code before a change and ``--compare`` after it.

    python bench/extract_cost.py --save /tmp/before.json
    python bench/extract_cost.py --compare /tmp/before.json
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import defaultdict
from functools import wraps
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
REAL_PAGES = ROOT.parent / "shared" / "real-pages"
sys.path.insert(0, str(ROOT))

import humascrawl.extract.article as pipeline  # noqa: E402
import humascrawl.storage.writer as writer  # noqa: E402
from humascrawl.clusters import to_bytes  # noqa: E402
from humascrawl.extract import ExtractionError  # noqa: E402
from humascrawl.items import Article  # noqa: E402
from humascrawl.pipelines import extract as worker  # noqa: E402
from humascrawl.storage.articles import decompress  # noqa: E402

HINTS = {"modified": "2026-11-01", "tz": None}  # what a sitemap source hands the worker
# the steps timed: (module, function name) as the worker calls them
STEPS = [(pipeline, name) for name in (
    "parse_document", "collect_page_meta", "read_metadata", "page_dates", "caption_texts", "extract_lines",
    "filter_lines", "drop_title_echo", "drop_captions", "choose_language", "split_credits", "split_dateline",
    "find_units", "find_persons", "infer_tz", "find_event_date", "content_hash")] + [
    (writer, "compress"), (writer, "signature")]


def pages() -> list[tuple[str, bytes]]:
    found = []
    for path in sorted(REAL_PAGES.glob("**/*.htm*")):
        body = path.read_bytes()
        found.append((str(path.relative_to(REAL_PAGES)), gzip.decompress(body) if path.suffix == ".gz" else body))
    return found


def timed(spent: dict[str, float], name: str, function: Callable) -> Callable:
    @wraps(function)
    def wrapper(*args, **kwargs):
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - started
    return wrapper


def output(article: Article, prepared: dict[str, Any]) -> dict[str, Any]:
    sig = prepared["signature"]
    return {**article.to_json(),
            "_prepared": {"body_size": prepared["body_size"], "body_sha256": prepared["body_sha256"],
                          "body_roundtrip": decompress(prepared["body"]) is not None,
                          "signature": None if sig is None else to_bytes(sig).hex()}}


def run(corpus: list[tuple[str, bytes]], rounds: int) -> tuple[dict[str, Any], dict[str, float], float]:
    """(outputs by page, best seconds per step over the rounds, best total seconds)."""
    best: dict[str, float] = {}
    best_total = float("inf")
    outputs: dict[str, Any] = {}
    for _ in range(max(rounds, 1)):
        spent: dict[str, float] = defaultdict(float)
        originals = [(module, name, getattr(module, name)) for module, name in STEPS]
        for module, name, function in originals:
            setattr(module, name, timed(spent, name, function))
        try:
            started = time.process_time()
            for name, body in corpus:
                try:
                    outputs[name] = output(*worker.extract_and_prepare(body, f"http://127.0.0.1/{name}",
                                                                       dict(HINTS), {}))
                except ExtractionError as exc:  # saved as before, so --compare reads older outputs
                    outputs[name] = {"_error": str(exc)}
                except worker.SpamPage as exc:
                    outputs[name] = {"_spam": str(exc)}
            total = time.process_time() - started
        finally:
            for module, name, function in originals:
                setattr(module, name, function)
        best_total = min(best_total, total)
        for name, seconds in spent.items():
            best[name] = min(best.get(name, seconds), seconds)
    return outputs, best, best_total


def diff(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    problems = []
    for page in sorted(set(before) | set(after)):
        old, new = before.get(page), after.get(page)
        if old is None or new is None:
            problems.append(f"{page}: only {'before' if new is None else 'after'}")
            continue
        for field in sorted(set(old) | set(new)):
            if old.get(field) != new.get(field):
                problems.append(f"{page}: {field}: {str(old.get(field))[:80]!r} -> {str(new.get(field))[:80]!r}")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="rounds; the best time of each step is kept")
    parser.add_argument("--limit", type=int, help="only the first N pages")
    parser.add_argument("--save", type=Path, help="write the outputs to this JSON file")
    parser.add_argument("--compare", type=Path, help="diff the outputs against this JSON file (exit 1 on change)")
    args = parser.parse_args()
    corpus = pages()[:args.limit]
    worker.extract_and_prepare(corpus[0][1], "http://127.0.0.1/warm-up", dict(HINTS), {})  # imports, rule files
    outputs, steps, total = run(corpus, args.runs)
    n = len(corpus)
    failed = sum("_error" in out for out in outputs.values())
    print(f"{n} pages ({failed} without an article), process time {total / n * 1000:.2f} ms/page in all")
    for name, seconds in sorted(steps.items(), key=lambda item: -item[1]):
        print(f"  {name:>18}: {seconds / n * 1000:6.2f} ms/page")
    accounted = sum(steps.values())
    print(f"  {'the rest':>18}: {(total - accounted) / n * 1000:6.2f} ms/page (hand-over, rules, merging)")
    if args.save:
        args.save.write_text(json.dumps(outputs, ensure_ascii=False, sort_keys=True, default=str))
    if args.compare:
        problems = diff(json.loads(args.compare.read_text()), json.loads(json.dumps(outputs, default=str)))
        print(f"compared with {args.compare}: {len(problems)} differences")
        for line in problems[:40]:
            print("  " + line)
        if problems:
            sys.exit(1)


if __name__ == "__main__":
    main()
