"""Benchmark: extraction quality and speed, ours against plain trafilatura, on every page set.

Sets (rows): the real pages under ``../shared/real-pages`` (id-portals, mediaindonesia, aeb-id-blogger,
readability, wcxb-dev) and the project's own Indonesian regional corpus (``tests/corpus``, multi-page
articles stitched with ``merge_pages``). Extractors (columns): ours (``extract_article``) and plain
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

Goals (checked at the end, each set and overall, "NOT MET" said plainly):

* quality     body F1 of ours ≥ the best of the three trafilatura settings, on every set; on the Indonesian
              corpus also no leak, every title, credit and publish day right
* cost        ours' time per page ≤ 1.3 × the cheapest trafilatura setting's, text only (the strictest
              baseline), on every set and over all sets

    python bench/extract_quality.py                 # every set, one table
    python bench/extract_quality.py --set corpus    # one set (repeat --set for more)
    python bench/extract_quality.py --runs 1        # quicker, noisier timing
"""

from __future__ import annotations

import argparse
import gzip
import html as htmllib
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "real-pages"
CORPUS = ROOT / "tests" / "corpus"
sys.path.insert(0, str(ROOT))

from trafilatura import bare_extraction  # noqa: E402

from humascrawl.extract import ExtractionError, extract_article  # noqa: E402
from humascrawl.extract.multipage import merge_pages  # noqa: E402

WIB = timezone(timedelta(hours=7))


@dataclass
class Page:
    name: str
    htmls: list[str]
    urls: list[str | None]
    text: str | None = None
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD, the outlet's local day
    author: str | None = None
    with_: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)
    leaks: list[str] | None = None
    credits: tuple[str | None, str | None, str | None] | None = None  # author, editor, source credit


@dataclass
class Result:
    text: str = ""
    title: str | None = None
    date: str | None = None
    author: str | None = None
    credits: tuple[str | None, str | None, str | None] | None = None


# ------------------------------------------------------------------ loading the sets

def _read(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


def _html_to_text(fragment: str) -> str:
    fragment = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", fragment)
    fragment = re.sub(r"(?i)<(br|/p|/div|/h\d|/li)\b[^>]*>", "\n", fragment)
    return htmllib.unescape(re.sub(r"<[^>]+>", " ", fragment))


def load_id_portals() -> list[Page]:
    base = REAL / "id-portals"
    truth = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for name, row in truth.items():
        day = datetime.fromisoformat(row["date_iso_utc"].replace("Z", "+00:00")).astimezone(WIB).date().isoformat()
        pages.append(Page(name, [_read(base / name)], [row["url"]], text=row["content"], title=row["title"], date=day))
    return pages


def load_mediaindonesia() -> list[Page]:
    base = REAL / "mediaindonesia"
    truth = json.loads((base / "MediaIndonesia.json").read_text(encoding="utf-8"))["V1"]
    meta = json.loads((base / "meta.info").read_text(encoding="utf-8"))
    name, info = next(iter(meta.items()))
    body = truth["body"]
    paragraphs = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        paragraphs += list(section.get("headline") or []) + list(section.get("paragraphs") or [])
    return [Page(name, [_read(base / name)], [info["url"]], text="\n\n".join(paragraphs), title=truth["title"],
                 date=truth["publishing_date"][:10], author=(truth.get("authors") or [None])[0])]


def load_aeb() -> list[Page]:
    base = REAL / "aeb-id-blogger"
    truth = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    return [Page(digest[:12], [_read(base / f"{digest}.html.gz")], [row["url"]], text=row["articleBody"])
            for digest, row in truth.items()]


def load_readability() -> list[Page]:
    base = REAL / "readability"
    urls = {"blogger": "http://example.blogspot.com/2016/05/open-verilog-flow.html",
            "wordpress": "https://wptavern.com/stack-overflow-jobs-data-shows-reactjs-skills-in-high-demand"}
    pages = []
    for name in ("blogger", "wordpress"):
        meta = json.loads((base / name / "expected-metadata.json").read_text(encoding="utf-8"))
        published = meta.get("publishedTime")
        pages.append(Page(name, [_read(base / name / "source.html")], [urls[name]],
                          text=_html_to_text(_read(base / name / "expected.html")), title=meta.get("title"),
                          date=published[:10] if published else None))
    return pages


def load_wcxb() -> list[Page]:
    base = REAL / "wcxb-dev"
    pages = []
    for row in json.loads((base / "index.json").read_text(encoding="utf-8")):
        truth = json.loads((base / "ground-truth" / f"{row['fid']}.json").read_text(encoding="utf-8"))["ground_truth"]
        date = truth.get("publish_date")
        pages.append(Page(row["fid"], [_read(base / "html" / f"{row['fid']}.html.gz")], [row["url"]],
                          text=truth.get("main_content"), title=truth.get("title"),
                          date=str(date)[:10] if date else None, author=truth.get("author") or None,
                          with_=list(truth.get("with") or []), without=list(truth.get("without") or [])))
    return pages


def load_corpus() -> list[Page]:
    pages = []
    for entry in json.loads((CORPUS / "truth.json").read_text(encoding="utf-8")):
        truth = entry["truth"]
        pages.append(Page(entry["id"], [_read(CORPUS / f) for f in entry["files"]], list(entry["urls"]),
                          text=truth["text"], title=truth["title"], date=(truth["published"] or "")[:10] or None,
                          author=truth["author"], leaks=list(entry["leaks"]),
                          credits=(truth["author"], truth["editor"], truth["source_credit"])))
    return pages


SETS: dict[str, tuple[Callable[[], list[Page]], Path]] = {
    "id-portals": (load_id_portals, REAL / "id-portals" / "ground-truth.json"),
    "mediaindonesia": (load_mediaindonesia, REAL / "mediaindonesia" / "MediaIndonesia.json"),
    "aeb-id-blogger": (load_aeb, REAL / "aeb-id-blogger" / "ground-truth.json"),
    "readability": (load_readability, REAL / "readability" / "blogger" / "source.html"),
    "wcxb-dev": (load_wcxb, REAL / "wcxb-dev" / "index.json"),
    "corpus": (load_corpus, CORPUS / "truth.json"),
}


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
    return Result(article["text"] or "", article["title"], (article["published"] or "")[:10] or None, article["author"],
                  (article["author"], article["editor"], article["source_credit"]))


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


def goals(report: dict[str, Any]) -> list[str]:
    """One line per goal and set: what was measured and whether it is met."""
    out = []
    ok = lambda met: "met" if met else "NOT MET"  # noqa: E731
    for name, r in report.items():
        ours_f1 = r["scores"]["ours"]["body F1"][0]
        best_name, best_f1 = max(((c, r["scores"][c]["body F1"][0]) for c in EXTRACTORS if c != "ours"),
                                 key=lambda item: item[1])
        out.append(f"{name}: body F1 {ours_f1:.4f} vs best trafilatura {best_f1:.4f} ({best_name}): "
                   f"{ok(ours_f1 >= best_f1)}")
        scores = r["scores"]["ours"]
        if "clean" in scores:
            for metric in ("clean", "title", "credits", "date"):
                value, count = scores[metric]
                out.append(f"{name}: {metric} {round(value * count)}/{count}: {ok(value == 1.0)}")
        base, base_seconds = _cheapest_text_only(r["seconds"])
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", choices=sorted(SETS), dest="sets",
                        help="run only this set (repeatable); default: every set that is available")
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
        pages = loader()
        runners = dict(EXTRACTORS) | {f"{column} (text only)": run for column, run in TEXT_ONLY.items()}
        results, seconds = timed(runners, pages, max(1, args.runs))
        scores = {column: score(pages, results[column]) for column in EXTRACTORS}
        html_pages = sum(len(page.htmls) for page in pages)  # a multi-page article is several pages
        label = f"{name} ({len(pages)})" if html_pages == len(pages) else f"{name} ({len(pages)}; {html_pages} pages)"
        for metric in ORDER:
            if metric not in scores["ours"]:
                continue
            cells = [_cell(metric, *scores[c][metric]) if metric in scores[c] else "–" for c in columns]
            lines.append(f"| {label} | {metric} | " + " | ".join(cells) + " |")
            label = ""
        lines.extend(_speed_rows(label, html_pages, seconds, columns))
        report[name] = {"pages": len(pages), "html_pages": html_pages, "scores": scores, "seconds": seconds}
        print(f"done: {name}", file=sys.stderr)
    if len(report) > 1:
        total = sum(r["html_pages"] for r in report.values())
        seconds = {c: sum(r["seconds"][c] for r in report.values()) for c in report[next(iter(report))]["seconds"]}
        lines.extend(_speed_rows(f"all sets ({total})", total, seconds, columns))
    print("\n".join(lines))
    verdicts = goals(report)
    print("\nGoals:")
    print("\n".join(f"  {line}" for line in verdicts))
    unmet = sum("NOT MET" in line for line in verdicts)
    print(f"\n{unmet} goal(s) NOT MET" if unmet else "\nevery goal met")
    if args.json:
        print(json.dumps(report, indent=1, default=list))
    return 0


def _speed_rows(label: str, pages: int, seconds: dict[str, float], columns: list[str]) -> list[str]:
    speed = [f"{pages / seconds[c]:.1f}" if seconds[c] > 0 else "∞" for c in columns]
    rows = [f"| {label} | pages/s/core | " + " | ".join(speed) + " |"]
    cost = ["1.00"] + [f"{seconds['ours'] / seconds[c]:.2f}×" if seconds[c] > 0 else "–" for c in columns[1:]]
    rows.append("|  | cost (ours ÷) | " + " | ".join(cost) + " |")
    plain = [f"{pages / seconds[f'{c} (text only)']:.1f}" for c in columns[1:]]
    rows.append("|  | pages/s/core, text only | – | " + " | ".join(plain) + " |")
    cost = [f"{seconds['ours'] / seconds[f'{c} (text only)']:.2f}×" for c in columns[1:]]
    rows.append("|  | cost (ours ÷ text only) | – | " + " | ".join(cost) + " |")
    return rows


if __name__ == "__main__":
    sys.exit(main())
