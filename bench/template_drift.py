"""Precision and recall of the gambling-spam verdict with the drift signal (humascrawl.verdicts.drift) against
without it, on tests/corpus/gambling.

    python bench/template_drift.py [--show]

The corpus's pages stand alone, so each is given a source: the honest pages of the *tuning* half are grouped by
template (estimated Jaccard > 0.5; the corpus has five news templates) and each group's baseline is learned from
them (an honest tuning page's own group leaves it out). A page is then judged against a source's baseline:

* ``own``: the template nearest to the page (an honest page's own site; a hijacker's page that kept the site's
  template its site; for spam in a layout of its own the most similar template, the least drift: conservative);
* ``every``: each spam page once against each of the templates (the hijacked site could have been any of them);
  honest pages as in ``own``;
* ``redesign``: each honest page against the template least like its own (its site has just been redesigned);
  no spam page — it counts the honest pages a redesign would lose.

Then the 663 ordinary pages of ../shared/real-pages (bench/page_sets.py), every one judged at the lowered
threshold as if it had drifted: the worst case for false positives.

The figure to read is the **validation half** (bench/page_sets.py's seeded split): nothing of the drift rules
(data/rules/drift.toml: template_departs 0.3, spam_margin 1.0, the word lists) was chosen looking at this corpus;
the values were set before the first run and not changed after it. The spam rules' own history is in
bench/spam_detection.py.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from page_sets import HALVES, REAL, _read, half_of  # noqa: E402

from humascrawl.verdicts.drift import (drift, drift_rules, jaccard, learn, observe, similarity,  # noqa: E402
                                       spam_with_drift)
from humascrawl.verdicts.spam import spam_rules, spam_verdict  # noqa: E402

PAGES = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "gambling" / "pages"
SET = "gambling"


def load():
    pages = []
    for path in sorted(PAGES.glob("*.html")):
        body = path.read_bytes()
        verdict = spam_verdict(body, "https://example.id/" + path.name)
        pages.append({"name": path.name, "spam": path.name.startswith("spam-"), "half": half_of(SET, path.name),
                      "score": verdict.score, "observation": observe(body)})
    return pages


def templates(pages) -> list[list[dict]]:
    """The tuning half's honest pages grouped by template."""
    groups: list[list[dict]] = []
    for page in pages:
        if page["spam"] or page["half"] != "tuning":
            continue
        for group in groups:
            if jaccard(page["observation"].sketch, group[0]["observation"].sketch) > 0.5:
                group.append(page)
                break
        else:
            groups.append([page])
    return groups


def baselines_for(page, groups):
    """Each template's baseline as this page's source would have it (leaving the page itself out), with its
    similarity to the page, most similar first."""
    out = []
    for group in groups:
        baseline = learn(None, [p["observation"] for p in group if p is not page])
        if baseline is None:  # a template of this page alone: nothing to learn once it is left out
            continue
        out.append((similarity(page["observation"].sketch, baseline) or 0.0, baseline))
    return sorted(out, key=lambda pair: -pair[0])


def judged(pages, groups, scenario: str):
    """(page, truth, spam without drift, spam with drift, drift) for every judgement of the scenario."""
    threshold, rules = spam_rules().threshold, drift_rules()
    for page in pages:
        ranked = baselines_for(page, groups)
        if scenario == "redesign":
            if page["spam"]:
                continue
            chosen = [ranked[-1][1]]
        elif scenario == "every" and page["spam"]:
            chosen = [baseline for _, baseline in ranked]
        else:
            chosen = [ranked[0][1]]
        for baseline in chosen:
            page_drift = drift(page["observation"], baseline, rules)
            yield (page, page["spam"], page["score"] >= threshold,
                   spam_with_drift(page["score"], threshold, page_drift, rules), page_drift)


def scores(rows, which: int) -> tuple[int, int, int, int]:
    tp = sum(1 for r in rows if r[1] and r[which])
    fp = sum(1 for r in rows if not r[1] and r[which])
    fn = sum(1 for r in rows if r[1] and not r[which])
    return len(rows), tp, fp, fn


def ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every page whose verdict drift changes")
    args = parser.parse_args()
    started = time.process_time()
    pages = load()
    cpu = (time.process_time() - started) / len(pages) * 1000
    groups = templates(pages)
    print(f"gambling corpus: {len(pages)} pages ({sum(p['spam'] for p in pages)} spam); {len(groups)} templates "
          f"learned from the tuning half's honest pages ({', '.join(str(len(g)) for g in groups)} pages); "
          f"spam verdict + drift observation {cpu:.1f} ms CPU a page")
    print(f"spam at score >= {spam_rules().threshold:g}; with drift (template similarity < "
          f"{drift_rules().template_departs:g} and language or police content departing) >= "
          f"{spam_rules().threshold - drift_rules().spam_margin:g}\n")
    print(f"{'scenario':9} {'half':10} {'judged':>6} {'spam':>5} | {'without drift: P':>16} {'R':>6} {'FP':>3} "
          f"{'FN':>3} | {'with drift: P':>13} {'R':>6} {'FP':>3} {'FN':>3} | {'template departs':>16}")
    for scenario in ("own", "every", "redesign"):
        rows = list(judged(pages, groups, scenario))
        for half in HALVES:
            got = [r for r in rows if r[0]["half"] == half]
            n, tp0, fp0, fn0 = scores(got, 2)
            _, tp1, fp1, fn1 = scores(got, 3)
            departs = sum(1 for r in got if r[4].template)
            print(f"{scenario:9} {half:10} {n:6} {sum(r[1] for r in got):5} | {ratio(tp0, tp0 + fp0):16.3f} "
                  f"{ratio(tp0, tp0 + fn0):6.3f} {fp0:3} {fn0:3} | {ratio(tp1, tp1 + fp1):13.3f} "
                  f"{ratio(tp1, tp1 + fn1):6.3f} {fp1:3} {fn1:3} | {departs:16}")
            if args.show:
                for page, truth, before, after, page_drift in got:
                    if before != after:
                        print(f"    {page['name']:18} truth={'spam' if truth else 'honest'} score "
                              f"{page['score']:.1f} {page_drift.describe()}: {before} -> {after}")
    band(pages)
    real_pages()
    portals()


def band(pages) -> None:
    """The pages drift can change: those scoring in [threshold - spam_margin, threshold)."""
    high, low = spam_rules().threshold, spam_rules().threshold - drift_rules().spam_margin
    inside = [p for p in pages if low <= p["score"] < high]
    below = [p for p in pages if p["spam"] and p["score"] < low]
    print(f"\npages scoring in [{low:g}, {high:g}), the band drift can change: {len(inside)}"
          + "".join(f"\n    {p['name']} ({p['half']}, score {p['score']:.1f})" for p in inside))
    print(f"spam pages under {low:g} (missed with or without drift): "
          + (", ".join(f"{p['name']} ({p['half']}, score {p['score']:.1f})" for p in below) or "none"))


def real_pages() -> None:
    """Ordinary pages (none of them spam) judged at the lowered threshold, as if each were a page of a police
    site that had drifted in template and content — the worst case for false positives."""
    if not REAL.is_dir():
        print(f"\n{REAL} missing: no false-positive check on real pages")
        return
    paths = sorted(p for p in REAL.rglob("*") if p.suffix in (".html", ".htm", ".gz") and ".htm" in p.name)
    high, low = spam_rules().threshold, spam_rules().threshold - drift_rules().spam_margin
    bodies = [_read(path) for path in paths]
    started = time.process_time()
    for body in bodies:
        observe(body)
    cpu = (time.process_time() - started) / len(bodies) * 1000
    size = sum(len(body) for body in bodies) / len(bodies) / 1000
    print(f"\nreal-pages ({len(paths)} ordinary pages, {size:.0f} kB on average; observing one: {cpu:.1f} ms CPU), "
          f"every one judged as drifted (threshold {low:g}):")
    for half in HALVES:
        scored = [(path, spam_verdict(body, "https://example.com/").score) for path, body in zip(paths, bodies)
                  if half_of("real-pages", str(path.relative_to(REAL))) == half]
        print(f"  {half:12} {len(scored):4} pages, taken for spam: {sum(s >= high for _, s in scored)} without "
              f"drift, {sum(s >= low for _, s in scored)} with"
              + "".join(f"\n    {path.relative_to(REAL)}: score {s:.1f}" for path, s in scored if low <= s < high))


def portals() -> None:
    """Template similarity on real sites: each article page of ../shared/real-pages/id-portals (four Indonesian
    news portals) against a baseline learned from its site's other article pages, and against the other sites'."""
    root = REAL / "id-portals"
    if not root.is_dir():
        return
    sites = {d.name: [observe(_read(p)) for p in sorted(d.glob("*singlepage*"))] for d in sorted(root.iterdir())
             if d.is_dir()}
    same, other = [], []
    for name, pages in sites.items():
        for i, page in enumerate(pages):
            own = learn(None, pages[:i] + pages[i + 1:], drift_rules().replace(min_pages=1))
            same.append(similarity(page.sketch, own) or 0.0)
            other += [similarity(page.sketch, learn(None, theirs)) or 0.0 for site, theirs in sites.items()
                      if site != name]
    departs = drift_rules().template_departs
    print(f"\nid-portals ({', '.join(sites)}; {len(same)} article pages), template similarity to the nearest "
          f"exemplar: own site {' '.join(f'{v:.2f}' for v in sorted(same))} ({sum(v < departs for v in same)} "
          f"under {departs:g}); other sites: at most {max(other):.2f}")


if __name__ == "__main__":
    main()
