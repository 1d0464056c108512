"""Is a fetched page gambling spam (a hijacked domain's casino page) or a page to keep?

Pure and Scrapy-free: :func:`spam_verdict` reads the page's HTML once with lxml and weighs four signals from
``data/rules/spam.toml``:

* the gambling vocabulary of its visible text (title and headings counted again): words a casino uses to sell
  itself (`slot gacor`, `maxwin`, `bonus new member`, `link alternatif`) weigh more than words a crime report
  shares with it (`togel`, `deposit`);
* its link profile: links off the page's host to gambling hosts or with gambling anchors, by number and by
  share of the off-host links;
* cloaking: gambling links inside hidden blocks (``display:none``, pushed off-screen) and a meta refresh or a
  script sending browsers to a gambling host — what a page served only to crawlers looks like;
* counter-evidence, the police-news context of a release about gambling crime: case and legal words
  (`tersangka`, `diamankan`, `Pasal 303`, `KUHP`), units and ranks, each counted once, in the page's own text:
  not in the menus, sidebars, header and footer of its template (``[police] chrome``).

A release quoting a site's slogan (`'slot gacor gampang maxwin'`) keeps its police context and stays; a
hijacker's page keeps at most the police menu and "Berita Polri" widgets of the template it took over, and they
do not count.

An image is read as its alt text (a banner's words are the page's words, an image link's alt text is its anchor),
and a page with next to no text of its own (a banner grid, a link list, a stub served to crawlers) with what its
``<meta>`` descriptions and keywords and its JSON-LD say of it.

Words, link anchors and link targets are read with their disguises undone (`s1ot`, `g4cor`, look-alike letters of
another script, fullwidth letters, invisible characters inside a word: :mod:`humascrawl.verdicts.disguise`), and
adjacent blocks as separate lines. A link is off the page's site when its host is neither the one the page was
fetched from nor the one its canonical link names (unless that is a gambling host).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from humascrawl.extract.rules import load_rules_file
from humascrawl.verdicts import disguise
from humascrawl.verdicts.disguise import fold, folded_words

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|(?:left|top|text-indent)\s*:\s*-\d{3,}px|"
                           r"height\s*:\s*0[^;]*;\s*overflow\s*:\s*hidden|font-size\s*:\s*0", re.I)
_REFRESH_URL = re.compile(r"url\s*=\s*['\"]?([^'\";\s>]+)", re.I)
_SCRIPT_URL = re.compile(r"location(?:\.href)?\s*=\s*['\"]([^'\"]+)", re.I)
_SCAN_CHARS = 50_000  # visible text read; spam shows itself early and a 5 MB page must stay cheap
_ESCAPE = re.compile(r"\\.")
_ARTICLE = etree.XPath("(//article|//main|//h1)")
# elements whose text is a line of its own: a space after each keeps the words of adjacent ones apart (inline
# elements are left as they are, so `s<b>lot</b>` still reads `slot`)
_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "tr", "br", "title", "dt", "dd",
           "blockquote", "figcaption", "section", "article", "header", "footer", "nav", "aside", "ul", "ol", "table",
           "option", "main")
_TINY = 400  # characters of visible text under which a page is read with its <meta> and JSON-LD descriptions
_DESCRIBING = frozenset(("description", "keywords", "og:title", "og:description", "twitter:title",
                         "twitter:description"))
_LD_DESCRIBING = re.compile(r'"(keywords|description|headline|name)"\s*:\s*"((?:[^"\\]|\\.){0,2000})"')
_STEM = 4  # prefilter words sharing their first bytes (`slot `, `slot-`, `slot4`...) are looked for in one scan


@dataclass(frozen=True)
class SpamRules:
    threshold: float
    title_factor: float
    cap: int
    vocabulary: tuple[tuple[re.Pattern[str], float], ...]
    police: tuple[tuple[re.Pattern[str], float], ...]
    police_cap: float
    prefilter: tuple[bytes, ...]
    stems: tuple[tuple[bytes, tuple[bytes, ...]], ...]  # the prefilter's words by their first 4 bytes
    folded_stems: tuple[tuple[bytes, tuple[bytes, ...]], ...]  # the same, folded (disguise.BYTE_FOLD)
    link_hosts: re.Pattern[str]
    link_anchors: re.Pattern[str]
    links: dict[str, float]
    chrome: etree.XPath | None  # the template's parts where police context does not count
    content_only_from: float  # from this much evidence on, police context counts in the page's own text only


@dataclass
class SpamVerdict:
    spam: bool
    score: float
    signals: dict[str, float] = field(default_factory=dict)
    terms: list[str] = field(default_factory=list)  # the spam words found, most weighty first

    def reason(self) -> str:
        parts = ", ".join(f"{k} {v:+.1f}" for k, v in self.signals.items() if v)
        return f"score {self.score:.1f} ({parts}); words: {', '.join(self.terms[:5]) or '-'}"


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    """A pattern for lower-cased text (a case-insensitive regex is several times slower); matches count only where a
    word starts (:func:`_matches`), checked by hand: a leading ``\b`` or look-behind would cost the regex engine
    its fast scan for the pattern's first letters (2.5 ms instead of 0.05 ms on 50,000 characters)."""
    if _ESCAPE.sub("", pattern) != _ESCAPE.sub("", pattern).lower():
        raise RuntimeError(f"spam.toml: {where} pattern {pattern!r} must be lower case (the text is lower-cased)")
    try:
        return re.compile(pattern)
    except re.error as err:
        raise RuntimeError(f"spam.toml: bad {where} pattern {pattern!r}: {err}") from None


def _by_stem(words) -> tuple[tuple[bytes, tuple[bytes, ...]], ...]:
    stems: dict[bytes, list[bytes]] = {}
    for word in words:
        stems.setdefault(word[:_STEM], []).append(word)
    return tuple((stem, tuple(found)) for stem, found in stems.items())


@lru_cache(maxsize=1)
def spam_rules() -> SpamRules:
    """``data/rules/spam.toml`` compiled (once per process)."""
    data = load_rules_file("spam")
    vocabulary = tuple(sorted(((_compile(p, "vocabulary"), float(group["weight"]))
                              for group in data.get("vocabulary", []) for p in group["patterns"]),
                             key=lambda pw: (-pw[1], -len(pw[0].pattern))))
    police = data.get("police", {})
    terms = tuple((_compile(p, "police"), float(group["weight"]))
                  for group in police.get("terms", []) for p in group["patterns"])
    links = dict(data.get("links", {}))
    prefilter = tuple(str(word).lower().encode() for word in data["prefilter"])
    return SpamRules(threshold=float(data["threshold"]), title_factor=float(data.get("title_factor", 1.0)),
                     cap=int(data.get("cap", 3)), vocabulary=vocabulary, police=terms,
                     police_cap=float(police.get("cap", 10.0)), prefilter=prefilter,
                     stems=_by_stem(prefilter), folded_stems=_by_stem(folded_words(prefilter)),
                     link_hosts=re.compile(links.pop("hosts"), re.I),
                     link_anchors=re.compile(links.pop("anchors"), re.I),
                     links={k: float(v) for k, v in links.items()},
                     chrome=etree.XPath(police["chrome"]) if police.get("chrome") else None,
                     content_only_from=float(police.get("content_only_from", 0.0)))


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").removeprefix("www.")
    except ValueError:
        return ""


def _gambling_target(href: str, rules: SpamRules) -> bool:
    """A link to a gambling host or path (disguised ones too: `s1otg4cor.click`, `cutt.ly/t0gel-vip`)."""
    try:
        parts = urlsplit(href) if "://" in href else None
    except ValueError:
        return False
    return bool(parts and rules.link_hosts.search(fold(f"{parts.hostname or ''}{parts.path}")))


def _homes(root, url: str, rules: SpamRules) -> set[str]:
    """The hosts of the page's own site: the one it was fetched from, and the one its canonical link or og:url
    names, unless that is a gambling host (an AMP spam page names its casino). A page judged away from its own
    host (a mirror, a copy, an archive) then still tells its own menus from its links out."""
    homes = {_host(url)}
    named = [link.get("href") or "" for link in root.iter("link") if (link.get("rel") or "").lower() == "canonical"]
    named += [meta.get("content") or "" for meta in root.iter("meta") if meta.get("property") == "og:url"]
    for href in named:
        href = href.strip()
        if "://" in href and not _gambling_target(href, rules):
            homes.add(_host(href))
    return homes - {""}


def _parse(html: str | bytes):
    try:
        return lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def _is_hidden(element) -> bool:
    return element.get("hidden") is not None or bool(_HIDDEN_STYLE.search(element.get("style") or ""))


def _matches(pattern: re.Pattern[str], text: str, claimed: bytearray | None = None):
    """The pattern's matches that start a word (and, with ``claimed``, overlap no match counted before: the
    words of `situs slot gacor` count once, for the weightiest pattern, not for `gacor` and `slot gacor` again)."""
    for found in pattern.finditer(text):
        start, end = found.span()
        if start and text[start - 1].isalnum():
            continue
        if claimed is not None:
            if any(claimed[start:end]):
                continue
            claimed[start:end] = b"\x01" * (end - start)
        yield found.group(0)


def _vocabulary(text: str, headline: str, rules: SpamRules) -> tuple[float, list[str]]:
    score, found = 0.0, {}
    claimed, claimed_headline = bytearray(len(text)), bytearray(len(headline))
    for pattern, weight in rules.vocabulary:  # weightiest and longest first (spam_rules)
        in_text = list(_matches(pattern, text, claimed))[: rules.cap]
        in_headline = list(_matches(pattern, headline, claimed_headline))
        # The headline weighs what it says, not how often: a release headlined "Tangkap Admin Situs Slot Gacor"
        # must not be outweighed by its own title repeating the words.
        hits = len(in_text) + rules.title_factor * bool(in_headline)
        if hits:
            score += weight * hits
            word = (in_text or in_headline)[0]
            found[word] = found.get(word, 0.0) + weight * hits
    return score, sorted(found, key=found.get, reverse=True)


def _police(text: str, rules: SpamRules) -> float:
    found = sum(weight for pattern, weight in rules.police if next(_matches(pattern, text), None) is not None)
    return min(found, rules.police_cap)


def _has_word(low: bytes, stems: tuple[tuple[bytes, tuple[bytes, ...]], ...]) -> bool:
    # ``any(word in low for word in words)``, with one scan of the page per stem instead of one per word:
    # every place a word occurs starts with its stem, so the stem's occurrences are the only places to look
    for stem, words in stems:
        if len(words) == 1:  # a word alone on its stem: one search for the word itself, no stop at each stem
            if words[0] in low:
                return True
            continue
        at = low.find(stem)
        while at != -1:
            if any(low.startswith(word, at) for word in words):
                return True
            at = low.find(stem, at + 1)
    return False


def might_be_spam(html: str | bytes) -> bool:
    """False when the page has none of the gambling words of the prefilter as written (:func:`might_be_disguised`
    looks for them in disguise)."""
    low = (html.encode("utf-8", "replace") if isinstance(html, str) else html).lower()
    return _has_word(low, spam_rules().stems)


def might_be_disguised(html: str | bytes) -> bool:
    """Whether the page has a word of the prefilter, written plainly or in disguise (`s1ot`, `gаcor` with a
    Cyrillic `а`, `s` zero-width space `lot`: humascrawl.verdicts.disguise): False, and the page is not spam. One
    scan of the folded page answers for both spellings; it lets through a few pages more than :func:`might_be_spam`
    (`siot`, `5lot`)."""
    body = html.encode("utf-8", "replace") if isinstance(html, str) else html
    stems = spam_rules().folded_stems
    return disguise.might_be_disguised(body, lambda folded: _has_word(folded, stems))


def spam_verdict(html: str | bytes, url: str = "") -> SpamVerdict:
    """Whether ``html`` (served at ``url``) is gambling spam, with its score and the signals behind it."""
    rules = spam_rules()
    if not might_be_disguised(html):
        return SpamVerdict(False, 0.0)
    root = _parse(html)
    if root is None:
        return SpamVerdict(False, 0.0)
    homes = _homes(root, url, rules)
    redirect = 0.0
    described: list[str] = []  # what the page says of itself to search engines and link previews
    for meta in root.iter("meta"):
        if (meta.get("http-equiv") or "").lower() == "refresh":
            found = _REFRESH_URL.search(meta.get("content") or "")
            if found and _gambling_target(found.group(1), rules):
                redirect = rules.links.get("redirect", 0.0)
        elif (meta.get("name") or meta.get("property") or "").lower() in _DESCRIBING:
            described.append(meta.get("content") or "")
    for script in root.iter("script"):
        if any(_gambling_target(target, rules) for target in _SCRIPT_URL.findall(script.text or "")):
            redirect = rules.links.get("redirect", 0.0)
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            described += (value for _, value in _LD_DESCRIBING.findall(script.text[:_SCAN_CHARS]))
    # An image says what its alt text says: a banner's words are read with the page's text, and an image link's
    # alt text is its anchor.
    for image in root.iter("img"):
        if alt := (image.get("alt") or "").strip():
            image.tail = f" {alt} {image.tail or ''}"
    offsite = gambling = hidden = 0
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if "://" not in href or (host := _host(href)) in homes or not host:
            continue
        offsite += 1
        if _gambling_target(href, rules) or rules.link_anchors.search(fold(anchor.text_content() or "")):
            gambling += 1
            if any(_is_hidden(el) for el in anchor.iterancestors()) or _is_hidden(anchor):
                hidden += 1
    for dead in root.xpath("//script|//style|//noscript|//template"):
        dead.drop_tree()
    for block in root.iter(_BLOCKS):  # `<h1>link slot</h1><p>link slot resmi` is two lines, not `slotlink`
        block.tail = " " + block.tail if block.tail else " "
    # the page's headline once: its first <h1> (else <title>), which most templates repeat
    heading = root.xpath("//h1") or root.xpath("//title")
    headline = fold(" ".join(heading[0].text_content().split())) if heading else ""
    text = fold(" ".join(root.text_content().split())[:_SCAN_CHARS])
    if len(text) < _TINY and described:
        # A page with next to no text of its own (a banner, a link list, a stub served to crawlers) is read with what
        # its <meta> tags and JSON-LD say of it: the words it wants search engines to find it by.
        text += " " + fold(" ".join(" ".join(described).split())[:_SCAN_CHARS])
    vocabulary, terms = _vocabulary(text, headline, rules)
    links = rules.links
    signals = {
        "vocabulary": round(vocabulary, 2),
        "links": round(links.get("per_link", 0.0) * min(gambling, links.get("cap", 10))
                       + links.get("share_weight", 0.0) * (gambling / offsite if offsite else 0.0), 2),
        "hidden_links": links.get("hidden_per_link", 0.0) * min(hidden, links.get("hidden_cap", 10)),
        "redirect": redirect,
        "police": 0.0,
    }
    police = _police(text, rules)
    if police and sum(signals.values()) >= rules.content_only_from:
        # Where the gambling evidence is worth weighing, the police context of the page's own text only. Elsewhere
        # the whole page's (as much or more): the page stays far from spam either way, and a big page does not pay
        # for finding its template's parts.
        police = _police(_content_text(root, rules), rules)
    signals["police"] = -round(police, 2)
    score = round(sum(signals.values()), 2)
    return SpamVerdict(score >= rules.threshold, score, signals, terms)


def _content_text(root, rules: SpamRules) -> str:
    """The page's text without its template's menus, sidebars, header and footer (``[police] chrome``), unless
    one holds the article or its headline: where police-news context counts. A hijacker keeps the police menus and
    "Berita Polri" widgets of the site it took over; a release has its case and its units in its own text."""
    if rules.chrome is not None:
        # the elements holding the article or the headline (lxml returns the same proxy for a node while one is
        # referenced: the set holds them)
        holders = {el for found in _ARTICLE(root) for el in (found, *found.iterancestors())}
        for element in rules.chrome(root):
            if element not in holders:
                element.drop_tree()
    return fold(" ".join(root.text_content().split())[:_SCAN_CHARS])


def describe(verdict: SpamVerdict) -> dict[str, Any]:
    """The verdict as plain data (logs, JSON)."""
    return {"spam": verdict.spam, "score": verdict.score, "signals": verdict.signals, "terms": verdict.terms[:8]}
