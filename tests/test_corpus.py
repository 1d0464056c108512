"""Every page of the Indonesian regional corpus (``tests/corpus``) against its ground truth, field by field.

The corpus is independent of the demo mirror: its own sites, templates (Blogger classic and magazine themes,
WordPress news themes, police portals on WordPress / Odoo / Next.js / PHP, AMP pages, home-made CMSs, multi-page
articles), datelines, trailers and widget wording (``tests/corpus/build.py``). Multi-page articles are extracted
page by page and stitched with ``merge_pages``.

Checked per article: URL, canonical URL, site, site name, title (exact), published (to the day), modified (to the
day, where the page states it), author / editor / source credit (exact), dateline, event date (exact), labels,
units and persons (as sets), language, text token F1 >= ``F1_BAR``, and no boilerplate: neither the strings the
page's own furniture printed (its leak list) nor the generic ones below.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from humascrawl.extract import extract_article
from humascrawl.extract.multipage import merge_pages
from humascrawl.items import Article

CORPUS = Path(__file__).parent / "corpus"
ENTRIES = json.loads((CORPUS / "truth.json").read_text(encoding="utf-8"))
F1_BAR = 0.97
# boilerplate that must never reach the text of any page, whatever the site
GENERIC_LEAKS = [
    r"Posting(an)? Komentar", r"Poskan Komentar", r"Baca Juga", r"Simak Juga", r"Lihat Juga", r"Berita Terkait",
    r"Artikel Terkait", r"(Belum|Tidak) ada Komentar", r"Tinggalkan (Balasan|Komentar)", r"Leave a (Reply|Comment)",
    r"Sumber\s*(Berita\s*)?:", r"Editor\s*:", r"Penulis\s*:", r"Reporter\s*:", r"Pewarta\s*:", r"Redaktur\s*:",
    r"Kontributor\s*:", r"Laporan\s*:", r"Rilis\s*:", r"Publish\s*:", r"Diposkan oleh", r"Diposting oleh",
    r"Posting(an)? (Lama|Lebih Baru)", r"Langganan", r"(Bagikan|Share|Sebarkan)\s*(ini|ke)?\s*:", r"Label\s*:",
    r"Tags?\s*:", r"\(\*/Hms\)", r"\(red\)", r"\(Adv/", r"\(rls/", r"ADVERTISEMENT", r"SCROLL TO CONTINUE",
    r"Google News", r"Post Views", r"Dilihat\s*:", r"Halaman (Selanjutnya|\d)", r"Tampilkan Semua", r"Disqus",
    r"Copyright", r"©", r"Alamat email", r"Foto\s*:",
]


def tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", (text or "").lower()))


def f1(got: str, want: str) -> float:
    a, b = tokens(got), tokens(want)
    overlap = sum((a & b).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(a.values()), overlap / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def extract(entry: dict) -> Article:
    articles = [extract_article((CORPUS / name).read_bytes(), url) for name, url in zip(entry["files"], entry["urls"])]
    return merge_pages(articles) if len(articles) > 1 else articles[0]


def leaks_in(text: str, entry: dict) -> list[str]:
    found = [s for s in entry["leaks"] if re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text, re.I)]
    found += [p for p in GENERIC_LEAKS if re.search(rf"(?<!\w){p}", text, re.I)]
    return found


def person_set(persons: list[dict]) -> set[tuple]:
    return {(p["name"], p["rank"], p["position"]) for p in persons}


def mismatches(got: Article, truth: dict, entry: dict) -> list[str]:
    bad = []

    def check(name: str, ok: bool, have, want) -> None:
        if not ok:
            bad.append(f"{name}: got {have!r}, want {want!r}")

    for name in ("url", "canonical_url", "site", "site_name", "title", "author", "editor", "source_credit", "dateline",
                 "event_date", "language"):
        check(name, getattr(got, name) == truth[name], getattr(got, name), truth[name])
    check("published", (got.published or "")[:10] == truth["published"][:10], got.published, truth["published"])
    if truth["modified"]:
        check("modified", (got.modified or "")[:10] == truth["modified"][:10], got.modified, truth["modified"])
    check("labels", {x.lower() for x in got.labels} == {x.lower() for x in truth["labels"]}, got.labels,
          truth["labels"])
    check("units", set(got.units) == set(truth["units"]), sorted(got.units), sorted(truth["units"]))
    have, want = person_set(got.persons), person_set(truth["persons"])
    check("persons", have == want, sorted(have - want, key=str), sorted(want - have, key=str))
    score = f1(got.text, truth["text"])
    check("text F1", score >= F1_BAR, round(score, 3), f">= {F1_BAR}")
    leaked = leaks_in(got.text, entry)
    check("boilerplate", not leaked, leaked, [])
    return bad


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["id"] for e in ENTRIES])
def test_corpus_article(entry):
    got = extract(entry)
    bad = mismatches(got, entry["truth"], entry)
    assert not bad, f"{entry['id']} ({entry['template']}):\n  " + "\n  ".join(bad)


def test_the_corpus_is_large_and_varied():
    assert len(ENTRIES) >= 40, len(ENTRIES)
    families = Counter(e["family"] for e in ENTRIES)
    assert len(families) >= 6, families
    assert all(count >= 3 for count in families.values()), families
    assert len({e["template"] for e in ENTRIES}) >= 15
    assert sum(len(e["files"]) > 1 for e in ENTRIES) >= 3  # multi-page articles
    assert len({e["truth"]["site"] for e in ENTRIES}) >= 35  # one site per article, nearly
    for entry in ENTRIES:
        assert set(entry["truth"]) >= {"title", "published", "author", "editor", "source_credit", "dateline",
                                       "event_date", "text", "labels", "units", "persons"}, entry["id"]
        for name in entry["files"]:
            assert (CORPUS / name).is_file(), name


_ATTRS = re.compile(r"""\s(?:class|id)=(['"])[^'"]*\1""")


def test_the_generic_path_without_any_class_or_id():
    """Every corpus page with all its class and id attributes removed — an unknown site whose markup names
    nothing. Text, title and credits still come out right; the site name, labels and some dates need markup."""
    scores, leaky, wrong = [], [], Counter()
    for entry in ENTRIES:
        articles = [extract_article(_ATTRS.sub("", (CORPUS / name).read_text(encoding="utf-8")), url)
                    for name, url in zip(entry["files"], entry["urls"])]
        got, truth = (merge_pages(articles) if len(articles) > 1 else articles[0]), entry["truth"]
        scores.append(f1(got.text, truth["text"]))
        if leaks_in(got.text, entry):
            leaky.append(entry["id"])
        for name in ("title", "source_credit", "editor", "dateline", "event_date"):
            wrong[name] += getattr(got, name) != truth[name]
    assert min(scores) >= 0.95 and sum(scores) / len(scores) >= 0.99, scores
    assert len(leaky) <= 2, leaky  # a caption with no markup at all reads like a paragraph
    assert wrong["title"] == wrong["source_credit"] == wrong["editor"] == wrong["event_date"] == 0, wrong
    assert wrong["dateline"] <= 2, wrong
