"""Benchmark: extraction quality and speed, ours against plain trafilatura, on every page set.

Sets (rows): the real pages under ``../shared/real-pages`` (id-portals, mediaindonesia, aeb-id-blogger,
readability, wcxb-dev, fundus, readability-test-pages) and the project's own Indonesian regional corpus
(``tests/corpus``, multi-page articles stitched with ``merge_pages``); loaders in ``bench/page_sets.py``.
Every set is split into a tuning half and a validation half, fixed by ``SPLIT_SEED`` (the parity of
sha256(seed/set/page)); rules are chosen on tuning pages only, and each half is reported on its own. Extractors (columns): ours (``extract_article``) and plain
trafilatura ``bare_extraction(with_metadata=True)`` in three settings: its defaults (comments included),
``include_comments=False``, and ``include_comments=False, favor_precision=True``.

Metrics, where the set's ground truth has them:

* body F1     mean token F1 of the body text against the ground truth (``\\w+`` tokens, lower case)
* title       headline exactly right (whitespace normalised)
* date        publish date right to the day (the outlet's local day)
* author      author right (case and whitespace normalised)
* with / w/o  WCXB snippets: share of ``with`` snippets found in the body / of ``without`` snippets absent
* clean       corpus: pages whose body holds none of the page's boilerplate strings (leak list)
* credits     corpus: author, editor and source credit all exactly right (ours only: trafilatura has no credits)
* pages/s     pages per CPU-second on one core (process time of each page, best of 3 rounds, summed; the
              extractors take turns on each page so load from other processes hits them alike)
* cost        ours' time per page / this trafilatura setting's time per page; ours extracts metadata, dates,
              credits and entities too, so the fair baseline is trafilatura with ``with_metadata=True``;
              the "text only" rows give trafilatura without metadata as well

Goals (checked at the end, each set and half and overall, "NOT MET" said plainly):

* quality     body F1 of ours ≥ the best of the three trafilatura settings + 0.01, on every set and half; no page
              more than 0.2 below plain trafilatura (default settings); on the Indonesian corpus also no leak,
              every title, credit and publish day right
* cost        ours' time per page ≤ 1.3 × the cheapest trafilatura setting's, text only (the strictest
              baseline), on every set and over all sets

    python bench/extract_quality.py                 # every set, one table
    python bench/extract_quality.py --set corpus    # one set (repeat --set for more)
    python bench/extract_quality.py --runs 1        # quicker, noisier timing
    python bench/extract_quality.py --half validation   # only the validation halves

After the table: the ten pages where ours is furthest below plain trafilatura, with their body F1s.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from trafilatura import bare_extraction  # noqa: E402

from humascrawl.extract import ExtractionError, extract_article  # noqa: E402
from humascrawl.extract.multipage import merge_pages  # noqa: E402
from page_sets import HALVES, SETS, SPLIT_SEED, Page, half_of  # noqa: E402


@dataclass
class Result:
    text: str = ""
    title: str | None = None
    date: str | None = None
    author: str | None = None
    credits: tuple[str | None, str | None, str | None] | None = None


# ------------------------------------------------------------------ extractors

def ours(page: Page) -> Result:
    articles = []
    for html, url in zip(page.htmls, page.urls):
        try:
            articles.append(extract_article(html, url))
        except ExtractionError:
            continue
    if not articles:
        return Result()
    article = merge_pages(articles) if len(articles) > 1 else articles[0]
    return Result(article.text or "", article.title, (article.published or "")[:10] or None, article.author,
                  (article.author, article.editor, article.source_credit))


def trafilatura_with(metadata: bool = True, **options: Any) -> Callable[[Page], Result]:
    def run(page: Page) -> Result:
        texts, first = [], None
        for html, url in zip(page.htmls, page.urls):
            doc = bare_extraction(html, url=url, with_metadata=metadata, **options)
            if doc is None:
                continue
            first = first or doc
            if doc.text:
                texts.append(doc.text)
        if first is None:
            return Result()
        return Result("\n".join(texts), first.title, (first.date or "")[:10] or None, first.author)
    return run


EXTRACTORS: dict[str, Callable[[Page], Result]] = {
    "ours": ours,
    "traf default": trafilatura_with(),
    "traf comments=False": trafilatura_with(include_comments=False),
    "traf +favor_precision": trafilatura_with(include_comments=False, favor_precision=True),
}
# the same trafilatura settings without metadata extraction (text only): timed, for the cost rows
TEXT_ONLY: dict[str, Callable[[Page], Result]] = {
    "traf default": trafilatura_with(metadata=False),
    "traf comments=False": trafilatura_with(metadata=False, include_comments=False),
    "traf +favor_precision": trafilatura_with(metadata=False, include_comments=False, favor_precision=True),
}


# ------------------------------------------------------------------ scoring

def tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", (text or "").lower()))


def f1(got: str, want: str) -> float:
    a, b = tokens(got), tokens(want)
    overlap = sum((a & b).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(a.values()), overlap / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def norm(value: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", value or "").split())


def snippet_in(snippet: str, text: str) -> bool:
    return norm(snippet).lower() in text


def score(pages: list[Page], results: list[Result]) -> dict[str, tuple[float, int]]:
    """metric → (value, number of pages it was measured on)."""
    sums: dict[str, list[float]] = {}

    def add(metric: str, value: float) -> None:
        sums.setdefault(metric, []).append(value)

    for page, got in zip(pages, results):
        flat = norm(got.text).lower()
        if page.text is not None:
            add("body F1", f1(got.text, page.text))
        if page.title:
            add("title", float(norm(got.title) == norm(page.title)))
        if page.date:
            add("date", float(got.date == page.date))
        if page.author:
            add("author", float(norm(got.author).lower() == norm(page.author).lower()))
        if page.with_:
            add("with", sum(snippet_in(s, flat) for s in page.with_) / len(page.with_))
        if page.without:
            add("w/o", sum(not snippet_in(s, flat) for s in page.without) / len(page.without))
        if page.leaks is not None:
            add("clean", float(not any(snippet_in(s, flat) for s in page.leaks)))
        if page.credits is not None and got.credits is not None:
            add("credits", float(tuple(map(norm, got.credits)) == tuple(map(norm, page.credits))))
    return {metric: (sum(values) / len(values), len(values)) for metric, values in sums.items()}


def timed(runners: dict[str, Callable[[Page], Result]], pages: list[Page], runs: int
          ) -> tuple[dict[str, list[Result]], dict[str, float]]:
    """Each runner's results (first run) and its process time over the set: per page the best of ``runs`` rounds,
    summed. The runners take turns on each page, so load from other processes on the machine hits them alike, and
    a page slowed down by it in one round counts at its undisturbed time from another."""
    for run in runners.values():
        for page in pages[:8]:
            run(page)  # warm caches (rule files, lazy imports, regexes compiled on first use)
    results: dict[str, list[Result]] = {name: [] for name in runners}
    best = {name: [float("inf")] * len(pages) for name in runners}
    for round_ in range(runs):
        for index, page in enumerate(pages):
            for name, run in runners.items():
                started = time.process_time()
                out = run(page)
                best[name][index] = min(best[name][index], time.process_time() - started)
                if round_ == 0:
                    results[name].append(out)
    return results, {name: sum(times) for name, times in best.items()}


ORDER = ("body F1", "title", "date", "author", "with", "w/o", "clean", "credits")
COST_GOAL = 1.3
MARGIN_GOAL = 0.01  # ours' mean body F1 ≥ trafilatura's + this, on every set and half
CATASTROPHE = 0.2  # no page's body F1 this far below plain trafilatura's
PLAIN = "traf default"
PRECISION = "traf +favor_precision"


def _cell(metric: str, value: float, count: int) -> str:
    if metric == "body F1":
        return f"{value:.3f}"
    if metric in ("with", "w/o"):
        return f"{100 * value:.1f}%"
    return f"{round(value * count)}/{count}"


def _cheapest_text_only(seconds: dict[str, float]) -> tuple[str, float]:
    """The cheapest trafilatura setting without metadata, and its time."""
    name = min(TEXT_ONLY, key=lambda column: seconds[f"{column} (text only)"])
    return name, seconds[f"{name} (text only)"]


@dataclass
class Half:
    """One half of one set: its pages, each extractor's scores and per-page body F1."""
    pages: list[Page]
    scores: dict[str, dict[str, tuple[float, int]]]
    page_f1: dict[str, list[float]]

    def below(self, column: str) -> list[int]:
        """Indexes of the pages where ours' body F1 is more than ``CATASTROPHE`` below ``column``'s."""
        return [i for i, (a, b) in enumerate(zip(self.page_f1["ours"], self.page_f1[column])) if a < b - CATASTROPHE]


def split_halves(set_name: str, pages: list[Page], results: dict[str, list[Result]]) -> dict[str, Half]:
    halves = {}
    for half in HALVES:
        picked = [i for i, page in enumerate(pages) if half_of(set_name, page.name) == half]
        if not picked:
            continue
        sub = [pages[i] for i in picked]
        columns = {column: [results[column][i] for i in picked] for column in EXTRACTORS}
        page_f1 = {column: [f1(got.text, page.text) for page, got in zip(sub, got_list)] if sub[0].text is not None
                   else [] for column, got_list in columns.items()}
        halves[half] = Half(sub, {column: score(sub, got) for column, got in columns.items()}, page_f1)
    return halves


def goals(report: dict[str, Any]) -> list[str]:
    """One line per goal and set (and half): what was measured and whether it is met."""
    out = []
    ok = lambda met: "met" if met else "NOT MET"  # noqa: E731
    for name, r in report.items():
        for half_name, half in r["halves"].items():
            where = f"{name} {half_name} ({len(half.pages)})"
            ours_f1 = half.scores["ours"]["body F1"][0]
            best_name, best_f1 = max(((c, half.scores[c]["body F1"][0]) for c in EXTRACTORS if c != "ours"),
                                     key=lambda item: item[1])
            out.append(f"{where}: body F1 {ours_f1:.4f} vs best trafilatura {best_f1:.4f} ({best_name}) + "
                       f"{MARGIN_GOAL}: {ok(ours_f1 >= best_f1 + MARGIN_GOAL)}")
            lost = half.below(PLAIN)
            out.append(f"{where}: pages > {CATASTROPHE} below plain trafilatura: {len(lost)}: {ok(not lost)}")
            scores = half.scores["ours"]
            if "clean" in scores:
                for metric in ("clean", "title", "credits", "date"):
                    value, count = scores[metric]
                    out.append(f"{where}: {metric} {round(value * count)}/{count}: {ok(value == 1.0)}")
        base, base_seconds = _cheapest_text_only(r["seconds"])
        if base_seconds <= 0:  # too small a set to time
            continue
        ratio = r["seconds"]["ours"] / base_seconds
        out.append(f"{name}: cost {ratio:.2f}x the cheapest trafilatura ({base}, text only), goal <= {COST_GOAL}x: "
                   f"{ok(ratio <= COST_GOAL)}")
    if len(report) > 1:
        total = {c: sum(r["seconds"][c] for r in report.values()) for c in next(iter(report.values()))["seconds"]}
        base, base_seconds = _cheapest_text_only(total)
        ratio = total["ours"] / base_seconds
        out.append(f"all sets: cost {ratio:.2f}x the cheapest trafilatura ({base}, text only), goal <= {COST_GOAL}x: "
                   f"{ok(ratio <= COST_GOAL)}")
    return out


def _half_rows(label: str, half: Half, columns: list[str]) -> list[str]:
    rows = []
    for metric in ORDER:
        if metric not in half.scores["ours"]:
            continue
        cells = [_cell(metric, *half.scores[c][metric]) if metric in half.scores[c] else "–" for c in columns]
        rows.append(f"| {label} | {metric} | " + " | ".join(cells) + " |")
        label = ""
    if half.page_f1["ours"]:
        cells = ["–"] + [str(len(half.below(c))) for c in columns[1:]]
        rows.append(f"|  | pages > {CATASTROPHE} F1 below it | " + " | ".join(cells) + " |")
    return rows


def worst_pages(report: dict[str, Any], count: int = 10) -> list[str]:
    """The ``count`` pages where ours' body F1 is furthest below plain trafilatura's."""
    rows = []
    for name, r in report.items():
        for half_name, half in r["halves"].items():
            for i, page in enumerate(half.pages if half.page_f1["ours"] else []):
                ours_f1, plain, precise = (half.page_f1[c][i] for c in ("ours", PLAIN, PRECISION))
                rows.append((ours_f1 - plain, f"| {name} | {half_name} | {page.name} | {ours_f1:.3f} | {plain:.3f} | "
                                              f"{precise:.3f} |"))
    rows.sort(key=lambda row: row[0])
    return (["| set | half | page | ours | traf default | traf +favor_precision |", "|---|---|---|---|---|---|"]
            + [line for gap, line in rows[:count] if gap < 0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", choices=sorted(SETS), dest="sets",
                        help="run only this set (repeatable); default: every set that is available")
    parser.add_argument("--half", choices=(*HALVES, "both"), default="both",
                        help=f"run only this half of each set (split by seed {SPLIT_SEED!r}); default: both")
    parser.add_argument("--runs", type=int, default=3, help="timing runs per set and extractor (best is kept)")
    parser.add_argument("--json", action="store_true", help="also print the numbers as JSON")
    args = parser.parse_args(argv)

    names = args.sets or list(SETS)
    columns = list(EXTRACTORS)
    lines = ["| set | metric | " + " | ".join(columns) + " |", "|---|---|" + "---|" * len(columns)]
    report: dict[str, Any] = {}
    for name in names:
        loader, marker = SETS[name]
        if not marker.exists():
            print(f"skipping {name}: {marker} not found", file=sys.stderr)
            continue
        pages = [page for page in loader() if args.half == "both" or half_of(name, page.name) == args.half]
        runners = dict(EXTRACTORS) | {f"{column} (text only)": run for column, run in TEXT_ONLY.items()}
        results, seconds = timed(runners, pages, max(1, args.runs))
        halves = split_halves(name, pages, results)
        for half_name, half in halves.items():
            lines.extend(_half_rows(f"{name} {half_name} ({len(half.pages)})", half, columns))
        html_pages = sum(len(page.htmls) for page in pages)  # a multi-page article is several pages
        lines.extend(_speed_rows(f"{name} ({html_pages} pages)", html_pages, seconds, columns))
        report[name] = {"pages": len(pages), "html_pages": html_pages, "halves": halves, "seconds": seconds}
        print(f"done: {name}", file=sys.stderr)
    if len(report) > 1:
        total = sum(r["html_pages"] for r in report.values())
        seconds = {c: sum(r["seconds"][c] for r in report.values()) for c in report[next(iter(report))]["seconds"]}
        lines.extend(_speed_rows(f"all sets ({total})", total, seconds, columns))
    print(f"halves: sha256 of {SPLIT_SEED!r}/set/page, parity\n")
    print("\n".join(lines))
    print("\nThe ten pages where ours is furthest below plain trafilatura (body F1):")
    print("\n".join(worst_pages(report)))
    verdicts = goals(report)
    print("\nGoals:")
    print("\n".join(f"  {line}" for line in verdicts))
    unmet = sum("NOT MET" in line for line in verdicts)
    print(f"\n{unmet} goal(s) NOT MET" if unmet else "\nevery goal met")
    if args.json:
        print(json.dumps({name: {"pages": r["pages"], "seconds": r["seconds"],
                                 "halves": {h: {"scores": half.scores, "page_f1": half.page_f1,
                                                "pages": [page.name for page in half.pages]}
                                            for h, half in r["halves"].items()}}
                          for name, r in report.items()}, indent=1))
    return 0


def _speed_rows(label: str, pages: int, seconds: dict[str, float], columns: list[str]) -> list[str]:
    speed = [f"{pages / seconds[c]:.1f}" if seconds[c] > 0 else "∞" for c in columns]
    rows = [f"| {label} | pages/s/core | " + " | ".join(speed) + " |"]
    cost = ["1.00"] + [f"{seconds['ours'] / seconds[c]:.2f}×" if seconds[c] > 0 else "–" for c in columns[1:]]
    rows.append("|  | cost (ours ÷) | " + " | ".join(cost) + " |")
    # a set of one or two tiny pages can take under the process clock's resolution
    plain = [f"{pages / seconds[f'{c} (text only)']:.1f}" if seconds[f"{c} (text only)"] > 0 else "∞"
             for c in columns[1:]]
    rows.append("|  | pages/s/core, text only | – | " + " | ".join(plain) + " |")
    cost = [f"{seconds['ours'] / seconds[f'{c} (text only)']:.2f}×" if seconds[f"{c} (text only)"] > 0 else "–"
            for c in columns[1:]]
    rows.append("|  | cost (ours ÷ text only) | – | " + " | ".join(cost) + " |")
    return rows


if __name__ == "__main__":
    sys.exit(main())
