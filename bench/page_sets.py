"""The page sets of ``bench/extract_quality.py``: each set's pages with their ground truth, and the fixed split of
every set into a tuning half and a validation half.

Real pages are read from ``../shared/real-pages`` (see its README for each set's truth format); the project's own
Indonesian corpus from ``tests/corpus``.
"""

from __future__ import annotations

import gzip
import hashlib
import html as htmllib
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "real-pages"
CORPUS = ROOT / "tests" / "corpus"

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


def load_fundus() -> list[Page]:
    """fundus's news pages: the body is the publisher parser's summary, section headlines and paragraphs, from the
    parser version that was valid on the page's crawl date (``page-index.json``)."""
    base = REAL / "fundus"
    pages = []
    for file, row in json.loads((base / "page-index.json").read_text(encoding="utf-8")).items():
        truth = json.loads((base / row["json"]).read_text(encoding="utf-8"))[row["version"]]
        body = truth.get("body") or {}
        paragraphs = list(body.get("summary") or [])
        for section in body.get("sections") or []:
            paragraphs += list(section.get("headline") or []) + list(section.get("paragraphs") or [])
        published = truth.get("publishing_date")
        pages.append(Page(file.removesuffix(".html.gz"), [_read(base / file)], [row["url"]],
                          text="\n\n".join(paragraphs), title=truth.get("title"),
                          date=str(published)[:10] if published else None,
                          author=(truth.get("authors") or [None])[0]))
    return pages


def load_readability_tests() -> list[Page]:
    """Readability's test pages: the body is Readability's expected output (their pages carry no URL; Readability's
    tests use this one)."""
    base = REAL / "readability-test-pages"
    return [Page(case.name, [_read(case / "source.html")], ["http://fakehost/test/page.html"],
                 text=_html_to_text(_read(case / "expected.html")))
            for case in sorted(base.iterdir()) if (case / "expected.html").exists()]


SETS: dict[str, tuple[Callable[[], list[Page]], Path]] = {
    "id-portals": (load_id_portals, REAL / "id-portals" / "ground-truth.json"),
    "mediaindonesia": (load_mediaindonesia, REAL / "mediaindonesia" / "MediaIndonesia.json"),
    "aeb-id-blogger": (load_aeb, REAL / "aeb-id-blogger" / "ground-truth.json"),
    "readability": (load_readability, REAL / "readability" / "blogger" / "source.html"),
    "wcxb-dev": (load_wcxb, REAL / "wcxb-dev" / "index.json"),
    "corpus": (load_corpus, CORPUS / "truth.json"),
    "fundus": (load_fundus, REAL / "fundus" / "page-index.json"),
    "readability-test-pages": (load_readability_tests, REAL / "readability-test-pages" / "001" / "expected.html"),
}

# Every set is split into a tuning half and a validation half by this seed: extraction rules are chosen on tuning
# pages only, and the validation half says whether they hold on pages they were not chosen on.
SPLIT_SEED = "humascrawl-issue-12"
HALVES = ("tuning", "validation")


def half_of(set_name: str, page_name: str) -> str:
    """"tuning" or "validation": the parity of sha256(seed/set/page), so a page keeps its half when pages are
    added to the set (the halves are about, not exactly, equal)."""
    digest = hashlib.sha256(f"{SPLIT_SEED}/{set_name}/{page_name}".encode()).digest()
    return HALVES[digest[0] % 2]
