"""Precision and recall of the gambling-spam classifier (humascrawl.verdicts.spam) on tests/corpus/gambling,
and its false positives on the ordinary news pages of ../shared/real-pages.

    python bench/spam_detection.py [--show]

Every set is split into a tuning half and a validation half by the seed of bench/page_sets.py. The rules of
data/rules/spam.toml were chosen looking at tuning pages only; the goal (precision and recall >= 0.98) is judged
on the validation half. History, so the figures can be read honestly:

1. rules written, tuned on the gambling tuning half; the first validation run found one false positive
   (honest-32, a release headlined "Prediksi Togel"), and the police-context cap was raised for it. From then on
   the gambling validation half was no longer untouched;
2. so a second batch (``*-b2-*``, 24 pages) was written; its pages in the validation half have never been looked
   at while choosing a rule, and are printed on their own line ("fresh b2") as the held-out figure;
3. the real-pages check (663 ordinary pages in 24 languages, none about gambling) then found generic words
   (`member`, `promo`, `withdraw`) making English news pages spam on its tuning half; they were dropped;
4. a hand-made short release headlined "Polres Sambas Tangkap Admin Situs Slot Gacor" (tests/test_verdicts.py)
   came out spam: one phrase counted for three overlapping patterns, and the headline twice (title and h1). Now a
   span of text counts for its weightiest pattern only and the headline once. After that change the validation
   half lost one spam page (spam-26, a short spam page posing as news: score 4.9): reported as it is, not fixed,
   since fixing it would be tuning on the validation half.
5. a third batch (``*-b3-*``: 43 spam, 45 honest pages, in new layouts: hijacked WordPress posts, spam posing as
   news, Blogger, AMP, very short pages, obfuscated spellings like ``s1ot``/``g4cor``, English) was written blind,
   by someone who had not seen the rules. Its first run, before any change: precision 1.000 (no honest page
   taken), recall 36/43 = 0.84 (tuning half 16/22, validation half 20/21). The rules were then revised on the
   b3 tuning misses only; from then on validation pages are printed in totals only (``--show-validation``
   prints them, and whoever reads them can no longer tune blind).
6. the six b3 tuning misses showed gambling words in disguise (``s1ot``, ``t0gel``, ``g4cor`` in the text and in
   link targets, so that no prefilter word was left), short spam posts whose hijacked template's police menu and
   "Berita Polri" widgets outweighed them, a page's own menu links counted as links off the site (the bench judges
   every page at example.id), an ``<h1>`` and the ``<p>`` after it read as one word, and a page selling Higgs
   Domino chips. Changed, in general terms: disguised spellings are undone before matching, in the prefilter too
   (a digit between letters, look-alike letters of another script inside a Latin word, fullwidth and mathematical
   letters, invisible characters: humascrawl/verdicts/disguise.py); police context counts in the page's own text,
   not in its nav/aside/header/footer/menus/sidebars, once the other signals reach 3; the host a page's canonical
   link names is its own (unless a gambling host); adjacent blocks are read apart; a few words (``link slot
   resmi``, slot demos and "servers", the domino chip trade, ``sportsbook``; ``domino`` in the prefilter). One run
   after, 2026-12-04: tuning 46/46 (precision 1.000, recall 1.000, margin 9.0 / 4.0); validation precision 1.000,
   recall 41/42 = 0.976 (was 40/42; the page still missed scores 5.5, lowest spam was -0.2), fresh b2 1.000 / 1.000,
   blind b3 20/21 as before (all of b3: precision 1.000, recall 42/43 = 0.977); real pages 0 of 350 taken on the
   tuning half, 1 of 313 on the validation half as before (highest score 8.5, was 11.4). CPU 0.8 ms a corpus page
   (was 0.5), 4.2 ms a real page (was 3.7). The goal (0.98 on validation) is still missed by one page, and the
   rules were not changed after this run: that would be tuning on the validation half.
7. a fourth batch (``*-b4-*``: 47 spam, 46 honest, in layouts used by both classes -- a regional JNews-style
   theme, school/university and village (OpenSID) CMSs, comment sections, Polda tribratanews, institutions -- and
   new kinds: cock-fight betting, toto macau result tables, RTP tables, payment-method casinos, fake arisan,
   banner-only and meta-stuffed pages, Javanese/Sundanese/English) was written blind after item 6. Its first run,
   2026-12-04, before any change: precision 1.000 (no honest page taken), recall 38/47 = 0.81 (tuning half 22/26,
   validation half 16/21); the whole validation half (b1-b4) 57/63 = 0.905. The rules held on the b3 kinds they
   were revised for and missed kinds they had not met: the classifier's recall on spam of an unseen kind is the
   figure to watch, not the latest validation number.
8. the four b4 tuning misses were a cock-fight odds page and a banner-only page with no prefilter word at all, a
   live-casino (sic bo, dragon tiger) post and a "licensed casino" post posing as news, on a hijacked news template.
   Changed, in general terms: vocabulary for the kinds of gambling page b4 introduced -- cock-fight betting sold
   online (arena brands, the two corners' odds), toto result sheets and number bets, RTP tables, live-casino
   tables, casinos selling their licence (PAGCOR...), their payment methods (deposit via e-wallet) and their payouts,
   "anti blokir/nawala" links -- with the games a raid release also names (``sabung ayam``, ``sic bo``, ``rtp``)
   at the lower weight; ``sabung``, ``rtp `` and ``paito`` in the prefilter (a word alone on its stem is now
   searched for once, which pays for them); new link host and anchor words (``rtp``, arena brands, ``scatter``,
   ``link alternatif``), and ``bandar`` as an anchor only with what is dealt (it took links to ``bandara`` --
   airport -- and Bandar Lampung news for gambling links); an image is read as its alt text (a banner's words, an
   image link's anchor), and a page with under 400 characters of text with its <meta> and JSON-LD descriptions and
   keywords. Words a release uses as much as a casino (``taruhan``, ``odds``, ``tanpa potongan``) were tried and
   dropped on the tuning half (an honest page of b3 rose from 2.5 to 4.5; a hand-made test release came out spam).
   One run after, 2026-12-04: tuning 72/72 spam, 0 of 69 honest taken (margin 8.8 / 4.0); **validation half
   precision 0.984, recall 61/63 = 0.968** (was 1.000 / 0.905): b4 validation 20/21 spam caught (was 16/21) but
   **one honest b4 page taken for spam** (score 7.5) -- the first false positive on the validation half since
   item 1; blind b3 20/21 and fresh b2 1.000 / 1.000 as before. The goal (0.98 both) is met for precision, missed
   for recall by one page. Real pages: 0 of 350 taken on the tuning half (highest 4.6), 1 of 313 on the
   validation half as before (highest score 10.5, was 8.5). CPU 0.8 ms a corpus page, 4.6 ms a real page (was
   4.2; measured 4.3-4.6 on the tuning half in repeated runs on a shared machine). The rules were not changed
   after this run.

CPU time per page is printed too.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from page_sets import HALVES, REAL, _read, half_of  # noqa: E402

from humascrawl.verdicts.spam import spam_rules, spam_verdict  # noqa: E402

PAGES = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "gambling" / "pages"
SET = "gambling"


def corpus() -> list[tuple[str, bool, str]]:
    """(page name, is spam, half) for every page of the corpus."""
    return [(path.name, path.name.startswith("spam-"), half_of(SET, path.name))
            for path in sorted(PAGES.glob("*.html"))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every tuning page's score")
    parser.add_argument("--show-validation", action="store_true",
                        help="also print the validation pages (whoever reads them can no longer tune blind)")
    args = parser.parse_args()
    rows = corpus()
    results = {half: [] for half in HALVES}
    started = time.process_time()
    for name, truth, half in rows:
        verdict = spam_verdict((PAGES / name).read_bytes(), "https://example.id/" + name)
        results[half].append((name, truth, verdict))
        if half == "validation" and not args.show_validation:
            continue  # validation pages are judged in the totals only, never read page by page
        if args.show or verdict.spam != truth:
            mark = "  " if verdict.spam == truth else "✗ "
            print(f"{mark}{half:10} {name:16} spam={verdict.spam!s:5} {verdict.reason()}")
    cpu = (time.process_time() - started) / max(len(rows), 1) * 1000
    print(f"\ngambling corpus: {len(rows)} pages ({sum(t for _, t, _ in rows)} spam, "
          f"{sum(not t for _, t, _ in rows)} honest releases about gambling crime); {cpu:.1f} ms CPU per page")
    print("rules chosen on tuning pages; validation results changed two things since (see the docstring), so\n"
          "'fresh b2' and 'blind b3' = the validation pages of batches written later, seen only in these totals\n")
    print(f"{'half':12} {'pages':>5} {'spam':>5} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>7} "
          f"{'margin: min spam / max kept score':>36}")
    groups = {half: results[half] for half in HALVES}
    groups["fresh b2"] = [row for row in results["validation"] if "-b2-" in row[0]]
    groups["blind b3"] = [row for row in results["validation"] if "-b3-" in row[0]]
    for half in HALVES:
        groups[f"b4 {half}"] = [row for row in results[half] if "-b4-" in row[0]]
    for half, got in groups.items():
        tp = sum(1 for _, t, v in got if t and v.spam)
        fp = sum(1 for _, t, v in got if not t and v.spam)
        fn = sum(1 for _, t, v in got if t and not v.spam)
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        lowest_spam = min((v.score for _, t, v in got if t), default=0)
        highest_kept = max((v.score for _, t, v in got if not t), default=0)
        print(f"{half:12} {len(got):5} {sum(t for _, t, _ in got):5} {tp:4} {fp:4} {fn:4} {precision:10.3f} "
              f"{recall:7.3f} {lowest_spam:>21.1f} / {highest_kept:.1f}")
    print(f"\ngoal: precision and recall >= 0.98 on the validation half; spam at score >= {spam_rules().threshold:g}")
    real_pages(args.show_validation)


def real_pages(show_validation: bool) -> None:
    """False positives on ordinary pages (none of them gambling spam)."""
    if not REAL.is_dir():
        print(f"\n{REAL} missing: no false-positive check on real pages")
        return
    paths = sorted(p for p in REAL.rglob("*") if p.suffix in (".html", ".htm", ".gz") and ".htm" in p.name)
    flagged = {half: [] for half in HALVES}
    totals = {half: 0 for half in HALVES}
    highest = {half: float("-inf") for half in HALVES}
    started = time.process_time()
    for path in paths:
        half = half_of("real-pages", str(path.relative_to(REAL)))
        verdict = spam_verdict(_read(path), "https://example.com/")
        totals[half] += 1
        highest[half] = max(highest[half], verdict.score)
        if verdict.spam:
            flagged[half].append((path.relative_to(REAL), verdict))
    cpu = (time.process_time() - started) / max(len(paths), 1) * 1000
    print(f"\nreal-pages ({len(paths)} ordinary pages, no gambling spam among them; {cpu:.1f} ms CPU per page):")
    for half in HALVES:
        print(f"  {half:12} {totals[half]:4} pages, {len(flagged[half])} taken for spam, highest score "
              f"{highest[half]:.1f}")
        for rel, verdict in flagged[half] if half == "tuning" or show_validation else []:
            print(f"    {rel}: {verdict.reason()}")


if __name__ == "__main__":
    main()
