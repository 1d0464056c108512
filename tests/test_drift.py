"""The drift signal's pure functions (humascrawl.verdicts.drift): template sketches, their Jaccard estimate, the
language guess, police content, the baseline learned from honest pages and the drift-aided spam verdict."""

from __future__ import annotations

import random
import tomllib

import pytest

from humascrawl.extract.rules import RULES_DIR
from humascrawl.verdicts.drift import (NO_DRIFT, Baseline, Drift, Observation, drift, drift_rules, jaccard,
                                       language_guess, learn, merge, observe, parse_rules, police_content,
                                       similarity, spam_with_drift, template_sketch)

RELEASE = ("Kapolres Sambas AKBP Sugiarto mengatakan bahwa kegiatan patroli malam ini digelar untuk menjaga "
           "situasi kamtibmas di wilayah hukum Polres Sambas. Para personel juga berdialog dengan warga dan "
           "memberikan imbauan kepada masyarakat agar selalu waspada terhadap aksi pencurian kendaraan bermotor "
           "yang kerap terjadi pada malam hari, ujarnya kepada wartawan di Sambas.")
ENGLISH = ("Welcome to the best online casino of the year. Play all your favourite games with us and win more "
           "every day: our bonus is the biggest you can get, and we pay out in minutes. Join now and get your "
           "free spins for the weekend, with the best odds on the web for all the players of our club.")


def news_page(body: str, title: str = "Polres Sambas Gelar Patroli", n: int = 1) -> str:
    """An Indonesian news template (navigation, sidebar, footer) around ``body``."""
    menu = "".join(f'<li class="menu-item menu-item-{i}"><a href="/k/{i}">Kategori {i}</a></li>' for i in range(6))
    side = "".join(f'<li class="recent"><a href="/p/{n + i}">Berita {n + i}</a></li>' for i in range(5))
    paras = "".join(f"<p>{sentence}.</p>" for sentence in body.split(". "))
    return (f'<html lang="id"><head><title>{title}</title></head><body class="single postid-{n}">'
            f'<header class="site-header"><div class="brand"><a class="logo" href="/">Humas Polres Sambas</a></div>'
            f'<nav class="main-nav"><ul class="menu">{menu}</ul></nav></header>'
            f'<main class="content"><article class="post post-{n}"><h1 class="entry-title">{title}</h1>'
            f'<div class="entry-meta"><span class="date">1 Mei 2024</span></div>'
            f'<div class="entry-content">{paras}</div></article>'
            f'<aside class="sidebar"><section class="widget"><h3 class="widget-title">Terbaru</h3><ul>{side}</ul>'
            f'</section></aside></main><footer class="site-footer"><p class="copy">Polres Sambas</p></footer>'
            f'</body></html>')


def landing_page(body: str, title: str = "Best Casino") -> str:
    """Another template: a landing page with a hero, cards and a button row."""
    cards = "".join(f'<div class="card col-md-4"><img class="card-img" src="/{i}.png"><span class="badge">HOT'
                    f'</span><a class="btn btn-play" href="/go/{i}">Play</a></div>' for i in range(6))
    paras = "".join(f"<p>{sentence}.</p>" for sentence in body.split(". "))
    return (f'<html><head><title>{title}</title></head><body><div class="hero jumbotron"><h2 class="display-4">'
            f'{title}</h2><div class="cta"><a class="btn btn-lg">Login</a><a class="btn btn-lg">Daftar</a></div>'
            f'</div><div class="row games">{cards}</div><section class="seo-text">{paras}</section>'
            f'<div class="float-bar"><a class="wa">WA</a><a class="tg">TG</a><a class="lc">LC</a></div></body></html>')


# -- template sketches ----------------------------------------------------------------------------------------


def test_a_sketch_is_the_bottom_128_crc32_hashes_of_the_template():
    sketch = template_sketch(news_page(RELEASE))
    assert 0 < len(sketch) <= drift_rules().sketch == 128
    assert list(sketch) == sorted(set(sketch)) and all(0 <= h < 2 ** 32 for h in sketch)
    assert template_sketch("") == ()


def test_the_article_text_is_left_out_of_the_template():
    """Two posts of one site share their template whatever their text says and however long it is."""
    other = "Polsek Siantan mengamankan dua pelaku curanmor. Barang bukti disita. Keduanya ditahan di Mapolsek"
    assert template_sketch(news_page(RELEASE, n=3)) == template_sketch(news_page(other, "Lain", n=17))
    assert jaccard(template_sketch(news_page(RELEASE)), template_sketch(news_page(ENGLISH))) == 1.0


def test_another_template_is_told_apart():
    assert jaccard(template_sketch(news_page(RELEASE)), template_sketch(landing_page(RELEASE))) < 0.3


def test_jaccard_estimate():
    assert jaccard((1, 2, 3), (1, 2, 3)) == 1.0
    assert jaccard((1, 2, 3), (4, 5, 6)) == 0.0
    assert jaccard((), (1,)) is None
    rng = random.Random(13)
    universe = rng.sample(range(2 ** 32), 3000)
    a, b = set(universe[:2000]), set(universe[1000:])  # true Jaccard 1000 / 3000
    estimate = jaccard(merge([a], 128), merge([b], 128), 128)
    assert abs(estimate - 1 / 3) < 0.12


def test_merge_is_the_sketch_of_the_union():
    rng = random.Random(5)
    a, b = set(rng.sample(range(10 ** 6), 500)), set(rng.sample(range(10 ** 6), 500))
    assert merge([merge([a], 128), merge([b], 128)], 128) == tuple(sorted(a | b)[:128])


# -- language and police content ----------------------------------------------------------------------------------


def test_language_guess():
    assert language_guess(RELEASE) == "id"
    assert language_guess(ENGLISH) == "other"
    assert language_guess("Polres Sambas") is None  # too few words to say


def test_police_content_names_a_unit_or_a_rank():
    assert police_content("Kapolres Sambas AKBP Sugiarto memimpin apel.")
    assert police_content("Personel Polda Kalbar berjaga di perbatasan.")
    assert not police_content(ENGLISH)
    assert not police_content("Situs slot gacor gampang maxwin, daftar sekarang dan dapatkan bonus new member.")


def test_observe_reads_the_article_text_not_the_police_menu_a_hijacker_kept():
    page = observe(news_page(RELEASE))
    assert (page.language, page.police) == ("id", True)
    hijack = observe(news_page(ENGLISH).replace("Humas Polres Sambas", "Humas Polres Sambas AKBP"))
    assert (hijack.language, hijack.police) == ("other", False)


# -- baseline and verdict ---------------------------------------------------------------------------------------------


def observations(html: str, n: int = 3) -> list[Observation]:
    return [observe(html) for _ in range(n)]


def test_no_drift_before_a_baseline_of_min_pages():
    page = observe(landing_page(ENGLISH))
    assert drift(page, None) is NO_DRIFT
    assert drift(page, learn(None, observations(news_page(RELEASE), 2))) is NO_DRIFT  # 2 < min_pages 3


def test_learn_replaces_the_template_after_a_redesign_and_widens_it_otherwise():
    old = learn(None, observations(news_page(RELEASE)))
    assert (old.pages, old.police_share, old.indonesian_share) == (3, 1.0, 1.0)
    redesigned = learn(old, observations(landing_page(RELEASE)))
    assert redesigned.sketches == (template_sketch(landing_page(RELEASE)),) and redesigned.pages == 3
    widened = learn(old, observations(landing_page(ENGLISH), 1))
    assert widened.pages == 4 and widened.indonesian_share == 0.75 and widened.police_share == 0.75
    assert widened.sketches == (template_sketch(news_page(RELEASE)), template_sketch(landing_page(ENGLISH)))
    assert learn(old, []) is old
    assert Baseline.from_dict(old.as_dict()) == old


def test_a_page_is_compared_with_each_exemplar_not_with_their_union():
    """A site serves pages of several layouts; a page of either is its site's, however many variants the
    baseline holds, and only the newest ``exemplars`` are kept."""
    rules = drift_rules()
    baseline = learn(None, [*observations(news_page(RELEASE), 2), *observations(landing_page(RELEASE), 2)])
    assert len(baseline.sketches) == 2
    assert similarity(template_sketch(news_page(ENGLISH)), baseline) == 1.0
    assert similarity(template_sketch(landing_page(ENGLISH)), baseline) == 1.0
    layouts = [observe(news_page(RELEASE).replace('<main class="content">', f'<main class="content"><div class="a{i}">'
                                                  + f'<div class="b{i}"><span class="c{i}"></span></div></div>' * 8))
               for i in "abcdefghijkl"]
    assert max(jaccard(a.sketch, b.sketch) for a in layouts for b in layouts if a is not b) < 0.9
    assert learn(None, layouts).sketches == tuple(o.sketch for o in layouts[-rules.exemplars:])  # the newest 8
    # near copies of one layout do not crowd out another: the gallery layout stays among the exemplars
    gallery = Observation(tuple(range(5000, 5128)), "id", True)
    base = list(range(128))
    copies = [Observation(tuple(sorted(base[:126] + [1000 + 2 * i, 1001 + 2 * i])), "id", True) for i in range(20)]
    assert jaccard(copies[0].sketch, copies[1].sketch) > 0.9
    assert learn(None, [gallery, *copies]).sketches == (gallery.sketch, copies[-1].sketch)


def test_drift_of_a_hijack_and_of_a_redesign():
    baseline = learn(None, observations(news_page(RELEASE)))
    same = drift(observe(news_page(RELEASE, n=9)), baseline)
    assert same.similarity == 1.0 and not same.template and not same.content
    hijack = drift(observe(landing_page(ENGLISH)), baseline)
    assert hijack.template and hijack.language and hijack.police
    redesign = drift(observe(landing_page(RELEASE)), baseline)
    assert redesign.template and not redesign.content
    assert "template, language, police content" in hijack.describe()


def test_the_spam_threshold_is_lowered_only_for_a_page_departing_in_template_and_content():
    threshold, margin = 6.0, drift_rules().spam_margin
    borderline = threshold - margin / 2
    assert spam_with_drift(borderline, threshold, Drift(0.05, True, True, False))
    assert spam_with_drift(borderline, threshold, Drift(0.05, True, False, True))
    assert not spam_with_drift(borderline, threshold, Drift(0.05, True, False, False))  # an honest redesign
    assert not spam_with_drift(borderline, threshold, Drift(0.9, False, True, True))  # same template
    assert not spam_with_drift(borderline, threshold, NO_DRIFT)
    assert not spam_with_drift(threshold - margin - 0.1, threshold, Drift(0.0, True, True, True))
    assert spam_with_drift(threshold, threshold, NO_DRIFT)


# -- the rules file ----------------------------------------------------------------------------------------------------


def shipped() -> dict:
    return tomllib.loads((RULES_DIR / "drift.toml").read_text(encoding="utf-8"))


def test_the_shipped_rules_parse():
    rules = parse_rules(shipped())
    assert rules.template_departs == 0.3 and rules.spam_margin == 1.0 and "yang" in rules.indonesian


@pytest.mark.parametrize("change, message", [
    ({"template_departs": 1.5}, "template_departs must be a number between 0 and 1"),
    ({"sketch": "many"}, "sketch must be a number"),
    ({"spam_margin": -1}, "spam_margin must be a number at least 0"),
    ({"language": {"min_words": 10, "min_share": 0.1, "indonesian": ["yang"], "other": ["The"]}},
     "language.other must be a list of lower-case words"),
    ({"language": None}, "a [language] table is required"),
])
def test_a_bad_rules_file_is_named_in_one_line(change, message):
    data = {**shipped(), **change}
    if data["language"] is None:
        del data["language"]
    with pytest.raises(RuntimeError, match=message.replace("[", r"\[")):
        parse_rules(data)


# -- the verdict a worker gives (humascrawl.verdicts.hijack) ---------------------------------------------------------


def test_judge_page_lowers_the_threshold_for_a_drifted_page_only():
    from humascrawl.demo.walls import casino_page
    from humascrawl.verdicts.hijack import SourceDrift, judge_page

    source = SourceDrift(learn(None, observations(news_page(RELEASE))))
    casino = casino_page(1)  # spam score 5.5: under the threshold on its own
    assert not judge_page(casino, "https://x.id/a.html").spam
    judged = judge_page(casino, "https://x.id/a.html", source.context())
    assert judged.spam and judged.caught_by_drift and judged.departed
    assert "drift: template, language, police content" in judged.reason
    honest = judge_page(news_page(RELEASE, n=8), "https://x.id/b.html", source.context())
    assert not honest.spam and not honest.drift.template
    source.accept(honest.observation)
    widened = source.learned()  # one more page of the same template: the same sketch, one page more
    assert widened.sketches == source.baseline.sketches and widened.pages == 4
    assert SourceDrift(source.baseline).learned() is None  # nothing accepted: nothing to store
    for _ in range(3):
        source.accept(observe(landing_page(RELEASE)))
    assert source.learned().sketches == (template_sketch(news_page(RELEASE)), template_sketch(landing_page(RELEASE)))


def test_only_a_sample_of_pages_is_observed_and_every_page_drift_could_change():
    from humascrawl.demo.walls import casino_page
    from humascrawl.verdicts.hijack import SourceDrift, judge_page

    source = SourceDrift(learn(None, observations(news_page(RELEASE))), {"sample_pages": 2})
    contexts = [source.context() for _ in range(3)]
    assert [c["observe"] for c in contexts] == [True, True, False]
    assert judge_page(news_page(RELEASE), "https://x.id/a.html", contexts[0]).observation is not None
    assert judge_page(news_page(RELEASE), "https://x.id/a.html", contexts[2]).observation is None  # score 0
    in_band = judge_page(casino_page(2), "https://x.id/b.html", contexts[2])  # score 5.5: drift decides
    assert in_band.observation is not None and in_band.spam
