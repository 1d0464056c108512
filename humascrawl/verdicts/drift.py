"""Has a source's page changed overnight? Its template, its language, its police content — against the baseline of
the pages the source delivered as honest articles (the drift signal of issue 13's hijacked domains).

Pure and Scrapy-free; the rules (word lists, thresholds) are ``data/rules/drift.toml``:

* :func:`template_sketch`: the page's tag/class structure *outside its article text* (the block holding most of its
  paragraph text is left out, so two posts of one site share their template whatever they say), cut into shingles
  of consecutive elements, each hashed with CRC-32; the ``sketch`` smallest hashes are a bottom-k min-hash sketch.
  :func:`jaccard` estimates the similarity of two sketches, :func:`merge` is the sketch of a union of pages;
  :func:`similarity` compares a page with the exemplars of its source's baseline.
* :func:`language_guess`: ``"id"`` (Indonesian), ``"other"`` or None (too few words), from function words.
* :func:`police_content`: the article text names a police unit or a rank (the extractor's unit and rank tables).
* :func:`observe` reads all three from one page; :func:`learn` folds the observations of accepted pages into a
  source's :class:`Baseline`; :func:`drift` compares a page with it; :func:`spam_with_drift` lowers the spam
  threshold by ``spam_margin`` for a page that departs in template *and* in language or police content.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any, Iterable, Mapping

from lxml import etree

from humascrawl.extract.rules import load_rules_file

_DEAD = ("script", "style", "noscript", "template")
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"[a-zà-ÿ]+")
_WORDS_READ = 2000
_TEXT_READ = 20_000


@dataclass(frozen=True)
class DriftRules:
    shingle: int
    sketch: int
    template_departs: float
    spam_margin: float
    min_pages: int
    police_always: float
    sample_pages: int
    exemplars: int
    min_words: int
    min_share: float
    indonesian: frozenset[str]
    other: frozenset[str]

    def replace(self, **changes: Any) -> "DriftRules":
        return DriftRules(**{**asdict(self), **{k: v for k, v in changes.items() if v is not None}})


def _number(data: Mapping[str, Any], key: str, kind: type, low: float, high: float | None = None) -> Any:
    value = data.get(key)
    try:
        number = kind(value)
    except (TypeError, ValueError):
        number = None
    if number is None or isinstance(value, bool) or number < low or (high is not None and number > high):
        span = f"between {low:g} and {high:g}" if high is not None else f"at least {low:g}"
        raise RuntimeError(f"drift.toml: {key} must be a number {span}, got {value!r}")
    return number


def _words(data: Mapping[str, Any], key: str) -> frozenset[str]:
    words = data.get(key)
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and _WORD.fullmatch(w) for w in words):
        raise RuntimeError(f"drift.toml: language.{key} must be a list of lower-case words")
    return frozenset(words)


def parse_rules(data: Mapping[str, Any]) -> DriftRules:
    """``drift.toml`` checked (RuntimeError naming the bad entry, like the other rules files)."""
    language = data.get("language")
    if not isinstance(language, dict):
        raise RuntimeError("drift.toml: a [language] table is required")
    return DriftRules(shingle=_number(data, "shingle", int, 1, 16), sketch=_number(data, "sketch", int, 8, 4096),
                      template_departs=_number(data, "template_departs", float, 0, 1),
                      spam_margin=_number(data, "spam_margin", float, 0),
                      min_pages=_number(data, "min_pages", int, 1),
                      police_always=_number(data, "police_always", float, 0, 1),
                      sample_pages=_number(data, "sample_pages", int, 0),
                      exemplars=_number(data, "exemplars", int, 1, 64),
                      min_words=_number(language, "min_words", int, 1),
                      min_share=_number(language, "min_share", float, 0, 1),
                      indonesian=_words(language, "indonesian"), other=_words(language, "other"))


@lru_cache(maxsize=1)
def drift_rules() -> DriftRules:
    """``data/rules/drift.toml`` checked and compiled (once per process)."""
    return parse_rules(load_rules_file("drift"))


# -- reading one page --------------------------------------------------------------------------------------------


# lxml.etree's plain elements: lxml.html's element classes cost a class lookup per element visited (a third of
# the time on a 200 kB page)
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True)


def _parse(html: str | bytes):
    try:
        root = etree.fromstring(html.encode("utf-8") if isinstance(html, str) else html, _PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    return root if root is not None and isinstance(root.tag, str) else None


def _text_of(element) -> str:
    return "".join(element.itertext())


def _content_block(root):
    """The element holding most article text — its paragraphs' text and its own running text (Blogger writes posts
    as text and <br>) — or, when that is the page's <body> (a bare page: leaving the body out would leave no
    template), its paragraphs themselves."""
    totals: dict[Any, int] = {}
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in _DEAD:
            continue
        own = len((element.text or "").strip()) + sum(len((c.tail or "").strip()) for c in element)
        if element.tag == "p":
            parent = element.getparent()
            if parent is not None:
                totals[parent] = totals.get(parent, 0) + len(_text_of(element))
        elif own:
            totals[element] = totals.get(element, 0) + own
    if not totals:
        return None, ()
    block = max(totals, key=totals.get)
    if block.tag in ("body", "html"):
        return None, tuple(p for p in block if p.tag == "p")
    return block, ()


def _token(element, depth: int) -> str:
    classes = " ".join(sorted(_DIGITS.sub("", c) for c in (element.get("class") or "").split()))
    ident = _DIGITS.sub("", element.get("id") or "")
    return f"{depth}:{element.tag}.{classes}#{ident}"


def _structure(root, block, skipped: tuple) -> list[str]:
    leave_out = set(skipped)
    tokens: list[str] = []

    def walk(element, depth: int) -> None:
        for child in element:
            if not isinstance(child.tag, str):  # comments, processing instructions
                continue
            if child is block or child in leave_out:
                tokens.append(f"{depth}:<article text>")
                continue
            tokens.append(_token(child, depth))
            if child.tag not in _DEAD:
                walk(child, depth + 1)

    tokens.append(_token(root, 0))
    walk(root, 1)
    return tokens


def _bottom(hashes: Iterable[int], size: int) -> tuple[int, ...]:
    return tuple(sorted(set(hashes))[:size])


def template_sketch(html: str | bytes, rules: DriftRules | None = None) -> tuple[int, ...]:
    """The bottom-k min-hash sketch (sorted CRC-32 values) of the page's template; () for an unreadable page."""
    rules = rules or drift_rules()
    root = _parse(html)
    if root is None:
        return ()
    block, skipped = _content_block(root)
    return _sketch_of(_structure(root, block, skipped), rules)


def _sketch_of(tokens: list[str], rules: DriftRules) -> tuple[int, ...]:
    k = rules.shingle
    shingles = ("\x1f".join(tokens[i:i + k]) for i in range(max(len(tokens) - k + 1, 1)))
    return _bottom((zlib.crc32(s.encode()) for s in shingles), rules.sketch)


def jaccard(a: Iterable[int], b: Iterable[int], size: int | None = None) -> float | None:
    """The Jaccard similarity of the two pages' shingle sets, estimated from their bottom-k sketches: the share of
    the union's ``size`` smallest hashes found in both. None when either sketch is empty."""
    a, b = set(a), set(b)
    if not a or not b:
        return None
    size = size or max(len(a), len(b))
    union = sorted(a | b)[:size]
    return sum(1 for h in union if h in a and h in b) / len(union)


def merge(sketches: Iterable[Iterable[int]], size: int) -> tuple[int, ...]:
    """The sketch of the union of the pages (the bottom-k of a union is the bottom-k of their sketches' union)."""
    return _bottom((h for sketch in sketches for h in sketch), size)


def _text(root, block, skipped: tuple) -> str:
    parts = [block] if block is not None else list(skipped)
    if not parts:
        parts = [root]
    text = " ".join(" ".join(_text_of(part).split()) for part in parts)
    return text[:_TEXT_READ]


def language_guess(text: str, rules: DriftRules | None = None) -> str | None:
    """``"id"`` when Indonesian function words make ``min_share`` of the first words and outnumber the other
    languages'; ``"other"``; None under ``min_words`` words."""
    rules = rules or drift_rules()
    words = _WORD.findall(text.lower())[:_WORDS_READ]
    if len(words) < rules.min_words:
        return None
    indonesian = sum(1 for w in words if w in rules.indonesian)
    other = sum(1 for w in words if w in rules.other)
    return "id" if indonesian >= rules.min_share * len(words) and indonesian > other else "other"


def police_content(text: str) -> bool:
    """The text names a police unit (``Polres Sambas``, ``Polda Kalbar``) or a rank (``AKBP``, ``Bripka``)."""
    from humascrawl.extract.entities import _person_rules, find_units

    return bool(_person_rules().rank_re.search(text)) or bool(find_units(None, text))


@dataclass(frozen=True)
class Observation:
    """What one page shows of its source: template sketch, language guess, police content."""

    sketch: tuple[int, ...]
    language: str | None
    police: bool

    def as_dict(self) -> dict[str, Any]:
        return {"sketch": list(self.sketch), "language": self.language, "police": self.police}


def observe(html: str | bytes, rules: DriftRules | None = None) -> Observation:
    rules = rules or drift_rules()
    root = _parse(html)
    if root is None:
        return Observation((), None, False)
    for dead in root.xpath("//script|//style|//noscript|//template"):
        dead.text = None  # their text is no article; the elements stay in the template
    block, skipped = _content_block(root)
    text = _text(root, block, skipped)
    return Observation(_sketch_of(_structure(root, block, skipped), rules), language_guess(text, rules),
                       police_content(text))


# -- a source's baseline -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Baseline:
    """A source's template and content as learned from the pages it delivered as honest articles: the sketches of
    up to ``exemplars`` of them (a site's pages vary — sections, galleries — so a page is compared with each, not
    with their union, which grows with every variant), and the shares in Indonesian and naming a police unit."""

    sketches: tuple[tuple[int, ...], ...]
    pages: int
    police_share: float
    indonesian_share: float

    def as_dict(self) -> dict[str, Any]:
        return {"sketches": [list(s) for s in self.sketches], "pages": self.pages,
                "police_share": self.police_share, "indonesian_share": self.indonesian_share}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> "Baseline | None":
        if not data:
            return None
        return cls(tuple(tuple(int(h) for h in sketch) for sketch in data.get("sketches") or ()),
                   int(data.get("pages") or 0), float(data.get("police_share") or 0.0),
                   float(data.get("indonesian_share") or 0.0))


_NEAR = 0.9  # a sketch this similar to a kept exemplar adds nothing: the exemplars keep the site's layouts apart


def _exemplars(sketches: Iterable[tuple[int, ...]], rules: DriftRules) -> tuple[tuple[int, ...], ...]:
    """Up to ``exemplars`` sketches, newest first chosen, each unlike those chosen before (a site's main layout does
    not crowd out its gallery's); returned oldest first."""
    kept: list[tuple[int, ...]] = []
    for sketch in reversed(list(sketches)):
        if len(kept) == rules.exemplars:
            break
        if all((jaccard(sketch, other, rules.sketch) or 0.0) < _NEAR for other in kept):
            kept.append(sketch)
    return tuple(reversed(kept))


def learn(previous: Baseline | None, observed: list[Observation], rules: DriftRules | None = None
          ) -> Baseline | None:
    """The baseline after a run that accepted ``observed`` pages: the run's own when it has ``min_pages`` of them
    (a redesigned site's new template replaces the old one), else the previous one widened by them."""
    rules = rules or drift_rules()
    observed = [o for o in observed if o.sketch]
    if not observed:
        return previous
    n = len(observed)
    police = sum(o.police for o in observed) / n
    indonesian = sum(o.language == "id" for o in observed) / n
    sketches = [o.sketch for o in observed]
    if previous is None or n >= rules.min_pages:
        return Baseline(_exemplars(sketches, rules), n, round(police, 3), round(indonesian, 3))
    total = previous.pages + n
    return Baseline(_exemplars([*previous.sketches, *sketches], rules), total,
                    round((previous.police_share * previous.pages + police * n) / total, 3),
                    round((previous.indonesian_share * previous.pages + indonesian * n) / total, 3))


def similarity(sketch: tuple[int, ...], baseline: Baseline, rules: DriftRules | None = None) -> float | None:
    """The page's template similarity to its source's: the highest estimated Jaccard with an exemplar."""
    size = (rules or drift_rules()).sketch
    found = [j for j in (jaccard(sketch, exemplar, size) for exemplar in baseline.sketches) if j is not None]
    return max(found) if found else None


@dataclass(frozen=True)
class Drift:
    """How a page departs from its source's baseline."""

    similarity: float | None  # estimated Jaccard with the nearest exemplar; None without a usable baseline
    template: bool  # the template departs (similarity below template_departs)
    language: bool  # the source's pages were Indonesian, this one is not
    police: bool  # the source always had police content, this page has none

    @property
    def content(self) -> bool:
        return self.language or self.police

    def describe(self) -> str:
        what = [w for w, on in (("template", self.template), ("language", self.language),
                                ("police content", self.police)) if on]
        similarity = "-" if self.similarity is None else f"{self.similarity:.2f}"
        return f"drift: {', '.join(what) or 'none'} (template similarity {similarity})"


NO_DRIFT = Drift(None, False, False, False)


def drift(page: Observation, baseline: Baseline | None, rules: DriftRules | None = None) -> Drift:
    """How ``page`` departs from ``baseline`` (NO_DRIFT when the baseline has fewer than ``min_pages`` pages)."""
    rules = rules or drift_rules()
    if baseline is None or baseline.pages < rules.min_pages:
        return NO_DRIFT
    nearest = similarity(page.sketch, baseline, rules)
    if nearest is None:
        return NO_DRIFT
    return Drift(round(nearest, 3), nearest < rules.template_departs,
                 baseline.indonesian_share >= 0.5 and page.language == "other",
                 baseline.police_share >= rules.police_always and not page.police)


def spam_with_drift(score: float, threshold: float, page_drift: Drift, rules: DriftRules | None = None) -> bool:
    """Spam at ``threshold``, or at ``threshold - spam_margin`` for a page that departs from its source's template
    and in language or police content (a hijacker's page); an honest redesign keeps language and police."""
    rules = rules or drift_rules()
    if page_drift.template and page_drift.content:
        threshold -= rules.spam_margin
    return score >= threshold
