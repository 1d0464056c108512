"""Indonesian word forms for search: affixed words fold to a root the archive itself attests.

Why not an off-the-shelf stemmer.  PyStemmer's and PostgreSQL's ``indonesian`` snowball stemmers strip affixes
by rule alone: they give ``menangkap`` -> ``angkap`` but ``ditangkap`` -> ``tangkap`` (no nasal recovery), and
``pelaku`` -> ``pela``, ``personel`` -> ``sonel``.  Dictionary stemmers (Sastrawi, Nazief-Adriani) recover the
nasal but over-stem names (``Bekasi`` -> ``bekas``, ``Bali`` -> ``bal``), and their root lists (derived from
KBBI) carry non-commercial licences this project cannot ship.

What this module does instead.

* **Analysis** (:func:`candidate_roots`): every way of peeling a word -- particles ``-lah -kah -tah``, possessive
  ``-nya``, suffixes ``-kan -an -i``, prefixes ``di- ke- se- ter- ber- per-`` and the nasal prefixes ``meN-``
  / ``peN-`` with the root's first letter recovered (``menangkap`` -> ``tangkap``, ``memukul`` -> ``pukul``,
  ``menyita`` -> ``sita``, ``pengamanan`` -> ``aman``) -- gives candidate roots of at least 3 letters.
* **Generation** (:func:`word_forms`): the inverse -- every affixed form of a root, nasal assimilation applied.
* **Validation against the archive** (:meth:`Stemmer.root`): a candidate root is accepted only when the archive
  holds at least :data:`MIN_EVIDENCE` distinct *affixed* forms of it, the word itself included (``tangkap`` is
  attested by ``ditangkap`` + ``menangkap`` + ``penangkapan``; the bare root rarely occurs in news and a name
  such as ``Rita`` must not make ``berita`` its form).  So ``berita`` does not become ``ita`` or ``rita`` (no
  other affixed form exists), a made-up nasal reading (``memukul`` -> ``mukul``) loses to the one the archive
  attests, and the root lexicon is the archive's own vocabulary, not a licensed word list.  Among accepted
  candidates the best-attested wins, then the shorter one.
* **Protected words** (:func:`protected_words`): never peeled, and never produced as a form of another root --
  places and Polda names from ``data/rules/units.toml``, ranks, positions and name words from
  ``data/rules/persons.toml``, and the domain words of ``data/rules/synonyms.toml`` ``[stemmer] protected``.
  ``pelaku`` is protected although it *is* ``pe-`` + ``laku``: in police news it means the perpetrator, while
  ``laku``/``berlaku``/``kelakuan`` (sold / in force / behaviour) are other words, so folding them would flood a
  search for ``pelaku`` with "UU yang berlaku".  ``personel`` is a loan word, not ``per-`` + ``sonel``.
  Function words (``kepada`` would become ``pada``) are protected too.
* **Reduplication**: ``anak-anak`` (indexed as the tokens ``anak anak``) is the root of its first half.

The stemmer is used on the query side (:mod:`humascrawl.search.expand`): a query word becomes the OR of the
root's forms that occur in the archive, so the index stays a surface index (quoted phrases stay exact) and an
existing archive needs no rebuild.
"""

from __future__ import annotations

import functools
import re
from typing import Callable, Iterable

from humascrawl.extract.rules import load_rules_file

MIN_ROOT = 3
MIN_EVIDENCE = 2
VOWELS = frozenset("aeiou")

_PARTICLES = ("lah", "kah", "tah")
_POSSESSIVE = ("nya",)
_SUFFIXES = ("kan", "an", "i")
_PLAIN_PREFIXES = ("di", "ke", "se", "ter", "ber", "per")
# ber-/ter-/per- drop their r before a root starting with r: ber + renang -> berenang, ter + rekam -> terekam.
_R_DROPPED = ("be", "te", "pe")
_SUFFIX_COMBOS = ("", "kan", "i", "an", "nya", "kannya", "inya", "annya", "lah", "kah")


def _nasal_readings(rest: str) -> list[str]:
    """Roots behind the part of a word after ``me``/``pe`` (``nangkap`` -> ``tangkap``)."""
    out = []
    if rest.startswith("ny") and len(rest) > 2 and rest[2] in VOWELS:
        out.append("s" + rest[2:])                          # menyita -> sita
    elif rest.startswith("ng"):
        tail = rest[2:]
        if tail[:1] in VOWELS:
            out += [tail, "k" + tail]                       # mengamankan -> aman, mengejar -> kejar
        elif tail[:1] in ("g", "h", "k", "kh"):
            out.append(tail)                                # menggelar -> gelar, mengkonsumsi -> konsumsi
    elif rest.startswith("m"):
        tail = rest[1:]
        if tail[:1] in VOWELS:
            out.append("p" + tail)                          # memukul -> pukul
        elif tail[:1] in ("b", "f", "v", "p"):
            out.append(tail)                                # membakar -> bakar, memproses -> proses
    elif rest.startswith("n"):
        tail = rest[1:]
        if tail[:1] in VOWELS:
            out.append("t" + tail)                          # menangkap -> tangkap
        elif tail[:1] in ("d", "c", "j", "z", "s", "t"):
            out.append(tail)                                # mendata -> data, mencuri -> curi
    if rest[:1] in ("l", "r", "m", "n", "w", "y"):
        out.append(rest)                                    # melapor -> lapor, merampok -> rampok
    return out


def _strip_prefixes(word: str, depth: int = 2) -> set[str]:
    """Every reading of ``word`` with up to ``depth`` prefixes removed (the word itself included)."""
    found = {word}
    if depth == 0:
        return found
    rests: list[str] = []
    for prefix in _PLAIN_PREFIXES:
        if word.startswith(prefix):
            rests.append(word[len(prefix):])
    for short in _R_DROPPED:
        if word.startswith(short + "r"):
            rests.append(word[len(short):])                 # berenang -> renang (be + renang)
    for nasal in ("me", "pe"):
        if word.startswith(nasal):
            rests += _nasal_readings(word[2:])
    for rest in rests:
        if len(rest) >= MIN_ROOT:
            found |= _strip_prefixes(rest, depth - 1)
    return found


def _strip_suffixes(word: str) -> set[str]:
    found = {word}
    for particle in _PARTICLES + _POSSESSIVE:
        if word.endswith(particle) and len(word) - len(particle) >= MIN_ROOT + 1:
            found.add(word[:-len(particle)])
    for stem in list(found):
        for suffix in _SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= MIN_ROOT:
                found.add(stem[:-len(suffix)])
    return found


def candidate_roots(word: str) -> set[str]:
    """Every root ``word`` could be a form of (itself included), by affix rules alone."""
    found = set()
    for stem in _strip_suffixes(word):
        found |= _strip_prefixes(stem)
    return {root for root in found if len(root) >= MIN_ROOT}


def _nasal_prefix(root: str, base: str) -> list[str]:
    """``me``/``pe`` + root with the nasal assimilated: tangkap -> menangkap, sita -> menyita, aman -> mengaman."""
    first, second = root[0], root[1:2]
    if first in VOWELS:
        return [base + "ng" + root]
    if first == "k":
        return [base + "ng" + root[1:], base + "ng" + root] if second in VOWELS else [base + "ng" + root]
    if first in ("g", "h"):
        return [base + "ng" + root]
    if first == "t":
        return [base + "n" + root[1:], base + "n" + root] if second in VOWELS else [base + "n" + root]
    if first == "s":
        return [base + "ny" + root[1:], base + "n" + root] if second in VOWELS else [base + "n" + root]
    if first == "p":
        return [base + "m" + root[1:], base + "m" + root] if second in VOWELS else [base + "m" + root]
    if first in ("b", "f", "v"):
        return [base + "m" + root]
    if first in ("d", "c", "j", "z"):
        return [base + "n" + root]
    return [base + root]                                     # l, r, m, n, w, y


@functools.lru_cache(maxsize=4096)
def word_forms(root: str) -> frozenset[str]:
    """Every affixed form of ``root`` the rules of :func:`candidate_roots` can peel (the root included)."""
    starts = [root, "di" + root, "ke" + root, "se" + root, "ter" + root, "ber" + root, "per" + root,
              "memper" + root, "diper" + root]
    if root.startswith("r"):
        starts += ["be" + root, "te" + root, "pe" + root]
    starts += _nasal_prefix(root, "me") + _nasal_prefix(root, "pe")
    return frozenset(start + suffix for start in starts for suffix in _SUFFIX_COMBOS)


_WORD = re.compile(r"[a-z]+")


@functools.lru_cache(maxsize=1)
def protected_words() -> frozenset[str]:
    """Words never peeled nor produced as forms: places, units, ranks, positions, name words, domain words."""
    words: set[str] = set()
    units = load_rules_file("units")
    for place in units.get("places", []):
        words.update(_WORD.findall(place.lower()))
    for polda in units.get("polda", []):
        words.update(_WORD.findall(str(polda.get("abbr", "")).lower()))
        for name in polda.get("names", []):
            words.update(_WORD.findall(name.lower()))
    persons = load_rules_file("persons")
    for rank in persons.get("rank", []):
        words.update(_WORD.findall(str(rank.get("name", "")).lower()))
    name_rules = persons.get("name", {})
    words.update(w.lower() for w in name_rules.get("stopwords", []) if w.isalpha())
    stemmer_rules = load_rules_file("synonyms").get("stemmer", {})
    words.update(w.lower() for w in stemmer_rules.get("protected", []))
    return frozenset(words)


Attested = Callable[[set[str]], set[str]]


class Stemmer:
    """Roots and forms checked against a vocabulary: ``attested(words)`` returns those the archive holds."""

    def __init__(self, attested: Attested, protected: Iterable[str] | None = None):
        self._attested = attested
        self.protected = frozenset(protected) if protected is not None else protected_words()

    def root(self, word: str) -> str:
        """The root of one folded word (``anak-anak`` -> ``anak``); the word itself when nothing is attested."""
        word = _unreduplicated(word)
        if word in self.protected or not word.isalpha():
            return word
        candidates = sorted(candidate_roots(word) - {word} - self.protected)
        if not candidates:
            return word
        forms = {c: self._forms_of(c) for c in candidates}
        seen = self._attested(set().union(*forms.values()) | {word})
        best, best_evidence = word, MIN_EVIDENCE - 1
        for candidate in candidates:
            evidence = len((forms[candidate] - {candidate}) & seen)
            if word not in forms[candidate]:
                continue
            if evidence > best_evidence or (evidence == best_evidence and best != word
                                             and len(candidate) < len(best)):
                best, best_evidence = candidate, evidence
        return best

    def forms(self, word: str) -> set[str]:
        """The attested words sharing ``word``'s root (always including ``word`` itself)."""
        root = self.root(word)
        if root == word and word in self.protected:
            return {word}
        return self._attested(self._forms_of(root)) | {_unreduplicated(word)}

    def _forms_of(self, root: str) -> set[str]:
        return {form for form in word_forms(root) if form == root or form not in self.protected}


def _unreduplicated(word: str) -> str:
    half, dash, other = word.partition("-")
    return half if dash and half == other else word
