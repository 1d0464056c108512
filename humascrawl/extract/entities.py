"""Step 8: police units and ranked officers named in the article.

Units are normalised: ``Polda Kalimantan Barat`` → ``Polda Kalbar``; ``Polres``/``Polresta``/
``Polrestabes``/``Polsek`` + place (the place ends at a lower-case word, punctuation, another
unit, a rank or a position; in Title Case headlines only known places count); ``Bidhumas Polda
X``; ``Si Humas Polres X``; ``Subbag Humas Polres X``; ``Divhumas Polri``; ``Mabes Polri``. A
chief's title names his unit too (``Kapolres Ketapang`` → ``Polres Ketapang``).

Persons are ``{"name", "rank", "position"}``: a rank (any spelling in ``data/rules/persons.toml``)
followed by a capitalised name that ends at a comma, a degree or a lower-case word; honorifics
are dropped; the position is the jabatan and unit written just before the rank (or after
``selaku``/``sebagai``). Deduplicated by name, keeping the richest position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .rules import load_rules_file
from .text import word_starts

__all__ = ["find_units", "find_persons", "polda_zone", "normalise_polda_names"]

_UNIT_KW = {"polrestabes": "Polrestabes", "polresta": "Polresta", "polres": "Polres", "polsekta": "Polsekta",
            "polsek": "Polsek", "polda": "Polda"}
_UNIT_RE = re.compile(r"(?i)(?P<kw>pol(?:restabes|resta|res|sekta|sek|da))\b")
_UNIT_PREFIXES = ("", "ka", "waka", "ma", "wa")
_HUMAS_RE = re.compile(r"(?i)(?:humas|hubungan\s+masyarakat)\s+(?=(?:polda|polres|polresta|polrestabes|polri)\b)")
# the word(s) before "Humas": Bid Humas, Bidang Humas, Si Humas, Seksi Humas, Subbag Humas, Div Humas (+ Ka/Waka)
_HUMAS_KIND = re.compile(r"(?i)(?:^|(?<=[^\w]))(?:waka|ka)?(?P<kind>bidang|bid|seksi|si|subbagian|sub\s*bag|divisi|div)\s*-?\s*$")
_MABES_RE = re.compile(r"\b(?i:mabes\s+polri)\b")
_TOKEN = re.compile(r"[^\s,;:()\[\]\"“”!?]+|[,;:()\[\]\"“”!?]")
_PLACE_STOP = {
    "dan", "yang", "di", "ke", "dari", "untuk", "dalam", "pada", "jajaran", "beserta", "bersama", "serta", "melalui",
    "saat", "ketika", "tahun", "se", "setempat", "sekitar", "selaku", "sebagai", "bagian", "wilayah", "hukum",
}


@dataclass(frozen=True)
class _Tables:
    polda_re: re.Pattern[str]
    polda_abbr: dict[str, str]
    polda_tz: dict[str, str]
    places: dict[str, str]
    aliases: dict[str, str]
    stop_words: frozenset[str]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    data = load_rules_file("units")
    abbr: dict[str, str] = {}
    tz: dict[str, str] = {}
    for row in data.get("polda", ()):
        tz[row["abbr"]] = row.get("tz", "WIB")
        for name in [row["abbr"], *row.get("names", ())]:
            abbr[" ".join(name.lower().split())] = row["abbr"]
    names = sorted(abbr, key=len, reverse=True)
    polda_re = re.compile(r"\s+(?P<name>" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")\b", re.I)
    places = {" ".join(p.lower().split()): p for p in data.get("places", ())}
    aliases = {" ".join(k.lower().split()): v for k, v in data.get("aliases", {}).items()}
    persons = load_rules_file("persons")
    stops = {w.lower() for w in persons.get("name", {}).get("stopwords", ())}
    return _Tables(polda_re, abbr, tz, places, aliases, frozenset(stops | _PLACE_STOP))


def compile_rule_files() -> None:
    """Read and compile units.toml and persons.toml now (raising what a bad entry raises), not at the first page."""
    _tables()
    _person_rules()


def _title_case(word: str) -> str:
    return word.capitalize() if word.isupper() and len(word) > 3 else word


def _polda_at(text: str, pos: int) -> tuple[str, int] | None:
    match = _tables().polda_re.match(text, pos)
    if not match:
        return None
    return _tables().polda_abbr[" ".join(match.group("name").lower().split())], match.end()


def _place_at(text: str, pos: int, strict: bool, known: set[str], gazetteer: bool = True) -> tuple[str, int] | None:
    """The place name starting after ``pos`` (Polres/Polsek), with its end offset.

    ``strict`` (headlines): only a known place counts. ``gazetteer``: the Polres place list
    applies (not for Polsek, which are named after sub-districts).
    """
    tables = _tables()
    words: list[tuple[str, int]] = []
    for match in _TOKEN.finditer(text, pos, min(len(text), pos + 90)):
        token = match.group()
        bare = token.rstrip(".")
        low = bare.lower()
        if not bare or not bare[0].isupper() or low in tables.stop_words or _UNIT_RE.fullmatch(bare) or _RANK_WORD.fullmatch(bare):
            break
        if words and " ".join(low.split()) in tables.polda_abbr and low not in tables.places:
            break
        words.append((bare, match.end() if token == bare else match.start() + len(bare)))
        if token != bare or len(words) == 5:
            break
    if not words:
        return None
    for size in range(len(words), 0, -1):
        key = " ".join(w.lower() for w, _ in words[:size])
        if key in tables.aliases and (gazetteer or strict):
            return tables.aliases[key], words[size - 1][1]
        if (gazetteer and key in tables.places) or (strict and key in known):
            name = " ".join(w for w, _ in words[:size])
            return " ".join(_title_case(w) for w in name.split()), words[size - 1][1]
    if strict:
        return None
    words = words[:3]
    key = " ".join(w.lower() for w, _ in words)
    if key in tables.aliases:
        return tables.aliases[key], words[-1][1]
    return " ".join(_title_case(w) for w, _ in words), words[-1][1]


def _word_start(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1].isalpha():
        pos -= 1
    return pos


def _units_in(text: str, strict: bool, known: set[str]) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for match in _UNIT_RE.finditer(text):
        start = _word_start(text, match.start())
        if text[start:match.start()].lower() not in _UNIT_PREFIXES:
            continue
        kw = _UNIT_KW[match.group("kw").lower()]
        if kw == "Polda":
            polda = _polda_at(text, match.end())
            if polda:
                found.append((start, f"Polda {polda[0]}"))
        else:
            place = _place_at(text, match.end(), strict, known, gazetteer=not kw.startswith("Polsek"))
            if place:
                found.append((start, f"{kw} {place[0]}"))
                known.add(place[0].lower())
    lowered = text.lower()
    has_humas = "humas" in lowered or "hubungan masyarakat" in lowered
    for match in _HUMAS_RE.finditer(text) if has_humas else ():
        kind_match = _HUMAS_KIND.search(text, max(0, match.start() - 16), match.start())
        if kind_match is None:
            continue
        kind = re.sub(r"\s+", " ", kind_match.group("kind").lower())
        start, after = kind_match.start(), match.end()
        if kind.startswith("bid"):
            polda = _polda_at(text, after + len("Polda")) if text[after:after + 5].lower() == "polda" else None
            if polda:
                found.append((start, f"Bidhumas Polda {polda[0]}"))
        elif kind.startswith("div"):
            if text[after:after + 5].lower() == "polri":
                found.append((start, "Divhumas Polri"))
        else:
            unit = _UNIT_RE.match(text, after)
            if unit and unit.group("kw").lower() != "polda":
                place = _place_at(text, unit.end(), strict, known)
                if place:
                    label = "Subbag Humas" if kind.startswith("sub") else "Si Humas"
                    found.append((start, f"{label} {_UNIT_KW[unit.group('kw').lower()]} {place[0]}"))
    for match in _MABES_RE.finditer(text) if "mabes" in lowered else ():
        found.append((match.start(), "Mabes Polri"))
    found.sort(key=lambda pair: pair[0])
    return found


# "Kepala Seksi Hubungan Masyarakat (Kasi Humas) Polres Donggala", "Kepolisian Resor (Polres) Donggala": the
# abbreviation in brackets is the title or unit that goes with the following unit name; the brackets go
_PAREN_ABBR = re.compile(
    r"\(\s*((?:Wa)?Ka[a-z]*(?:\s+[A-Z][A-Za-z]*){0,2}|Pol(?:da|res(?:ta(?:bes)?)?|sek(?:ta)?))\s*\)\s+"
    r"(?=(?:Pol(?:da|res|resta|restabes|sek|sekta|ri)|[A-Z][a-z]+\s+Pol(?:da|res|sek)\w*|[A-Z][a-z]{2,})\b)"
)


def unbracket(text: str) -> str:
    """Drop the brackets around a position or unit abbreviation written after its long form, and a short place
    alias between a position and the rank ("Kapolres Kotawaringin Timur (Kotim) AKBP Sarpani")."""
    if "(" not in text:
        return text
    return _PAREN_ALIAS.sub("", _PAREN_ABBR.sub(r"\1 ", text))


def find_units(title: str | None, text: str) -> list[str]:
    """Normalised units named in the headline and the text, in order of first mention."""
    known: set[str] = set()
    text = unbracket(text or "")
    body = _units_in(text or "", False, known)
    head = _units_in(title or "", True, known)
    out: list[str] = []
    for _, unit in head + body:
        if unit not in out:
            out.append(unit)
    return out


def polda_zone(units: list[str]) -> str | None:
    """WIB/WITA/WIT of the first Polda among ``units``."""
    for unit in units:
        if unit.startswith("Polda "):
            return _tables().polda_tz.get(unit[len("Polda "):])
    for unit in units:
        if " Polda " in unit:
            return _tables().polda_tz.get(unit.split(" Polda ", 1)[1])
    return None


def normalise_polda_names(text: str) -> str:
    """``Polda Kalimantan Barat`` → ``Polda Kalbar`` inside a phrase (positions)."""
    out, pos = [], 0
    for match in re.finditer(r"\b(?i:(waka|ka|ma)?polda)\b", text):
        polda = _polda_at(text, match.end())
        if polda:
            out.append(text[pos:match.end()] + f" {polda[0]}")
            pos = polda[1]
    out.append(text[pos:])
    return "".join(out)


# ---------------------------------------------------------------- persons

@dataclass(frozen=True)
class _PersonRules:
    rank_re: re.Pattern[str]
    rank_keys: tuple[str, ...]
    rank_names: list[str]
    needs_context: list[bool]
    position_tail: re.Pattern[str]
    position_after: re.Pattern[str]
    honorifics: frozenset[str]
    abbreviations: frozenset[str]
    degrees: frozenset[str]
    stop_words: frozenset[str]


_POL = r"(?:\.?\s*\(\s*Pol(?:isi)?\.?\s*\)|\.?\s*Pol(?:isi)?\b\.?)?"
_HAS_POL = re.compile(r"(?i:\bpol(?:isi)?\b\.?\)?\s*$|\(\s*pol)")
_RANK_WORD = re.compile(
    r"(?i:jenderal|komjen\w*|irjen\w*|brigjen\w*|kombes\w*|akbp|kompol|akp|iptu|ipda|aiptu|aipda|bripka|briptu|bripda|"
    r"brigpol|brigadir|abrip\w*|bharaka|bharatu|bharada)"
)


_PAREN_ALIAS = re.compile(rf"\s*\(\s*[A-Z][A-Za-z]{{1,12}}\s*\)(?=\s*,?\s*{_RANK_WORD.pattern}\b)")


@lru_cache(maxsize=1)
def _person_rules() -> _PersonRules:
    data = load_rules_file("persons")
    parts, names, context, keys = [], [], [], set()
    for index, rank in enumerate(data.get("rank", ())):
        forms = "|".join(rank["forms"])
        for form in rank["forms"]:
            lead = re.match(r"[A-Za-z]+", form)
            if not lead:
                raise RuntimeError(f"persons.toml: rank form {form!r} must start with letters")
            keys.add(lead.group().lower()[:3])
        parts.append(f"(?P<r{index}>(?:{forms}){_POL if rank.get('pol') else ''})")
        names.append(rank["name"])
        context.append(bool(rank.get("needs_context")))
    rank_re = re.compile(r"\b(?i:" + "|".join(parts) + r")\.?(?:\s*\(\s*(?i:purn)\.?\s*\))?(?=[\s,(]|$)")
    heads = "|".join(data.get("position", {}).get("heads", ()))
    # a word of the unit after a position head: capitalised, Roman numeral or number; never a rank, and
    # never ending in a full stop (that would run across a sentence end)
    unit_token = rf"(?!{_RANK_WORD.pattern}\b)(?:[A-Z][\w'’/&-]*(?:\.[\w'’/&-]+)*|[IVX]+|\d+|(?i:se)-\w+)"
    position = rf"(?P<pos>\b(?i:{heads})\b(?:\s+{unit_token}){{0,8}})"
    tail = re.compile(r"(?:^|(?<=[\s,(“\"]))" + position + r"\s*,?\s*$")
    after = re.compile(r"\s*,?\s*(?i:selaku|sebagai|yang\s+merupakan|yang\s+menjabat(?:\s+sebagai)?)\s+" + position)
    names_cfg = data.get("name", {})
    return _PersonRules(
        rank_re=rank_re, rank_keys=tuple(sorted(keys)), rank_names=names, needs_context=context, position_tail=tail, position_after=after,
        honorifics=frozenset(names_cfg.get("honorifics", ())),
        abbreviations=frozenset(a.lower() for a in names_cfg.get("abbreviations", ())),
        degrees=frozenset(d.lower() for d in names_cfg.get("degrees", ())),
        stop_words=frozenset(w.lower() for w in names_cfg.get("stopwords", ())),
    )


def _read_name(text: str, start: int, rules: _PersonRules) -> tuple[list[str], int]:
    """Name words after a rank, and the offset after the name (and its degrees)."""
    name: list[str] = []
    tokens = list(_TOKEN.finditer(text, start, min(len(text), start + 160)))
    last = None
    i = 0
    while i < len(tokens):
        token = tokens[i].group()
        bare = token.rstrip(".")
        low = re.sub(r"[^a-z]", "", bare.lower())
        if token == "(" and i + 2 < len(tokens) and tokens[i + 1].group().lower().startswith("purn"):
            i += 3
            continue
        if not name and bare in rules.honorifics:
            i += 1
            continue
        if not bare or low in rules.degrees or low in rules.stop_words or not bare[0].isupper():
            break
        if _RANK_WORD.fullmatch(bare) or _UNIT_RE.fullmatch(bare):
            break
        name.append(token if len(bare) == 1 or low in rules.abbreviations else bare)
        last = i
        if (token.endswith(".") and len(bare) > 2 and low not in rules.abbreviations) or len(name) == 5:
            break
        i += 1
    if last is None:
        return [], start
    end = tokens[last].end()
    # skip the commas and degrees after the name so a following "selaku ..." can be read
    j = last + 1
    while j < len(tokens) and (tokens[j].group() == "," or re.sub(r"[^a-z]", "", tokens[j].group().lower()) in rules.degrees):
        end = tokens[j].end()
        j += 1
    return name, end


def _clean_name(words: list[str]) -> str:
    return " ".join(_title_case(w) if len(w) > 2 else w for w in words)


def _clean_position(value: str) -> str:
    return normalise_polda_names(" ".join(value.split()).strip(" ,"))


def find_persons(text: str) -> list[dict[str, str | None]]:
    """Officers named with a rank: ``[{"name", "rank", "position"}]``, deduplicated by name."""
    rules = _person_rules()
    people: dict[str, dict[str, str | None]] = {}
    text = unbracket(text or "")
    last_end = 0
    for pos in word_starts(text.lower(), rules.rank_keys):
        if pos < last_end:
            continue
        match = rules.rank_re.match(text, pos)
        if match is None:
            continue
        last_end = match.end()
        index = int(next(k for k, v in match.groupdict().items() if v is not None)[1:])
        before = text[max(0, match.start() - 140): match.start()]
        if re.search(r"(?i:\bjl\.?|\bjln\.?|\bjalan)\s*$", before):
            continue
        name_words, end = _read_name(text, match.end(), rules)
        if not name_words:
            continue
        tail = rules.position_tail.search(before)
        position = _clean_position(tail.group("pos")) if tail else None
        if position is None:
            after = rules.position_after.match(text, end)
            position = _clean_position(after.group("pos")) if after else None
        if rules.needs_context[index] and position is None and not _HAS_POL.search(match.group()):
            continue
        name = _clean_name(name_words)
        key = re.sub(r"[^a-z]", "", name.lower())
        if not key:
            continue
        rank = rules.rank_names[index]
        person = people.get(key) or _same_person(people.values(), name, rank)
        if person is None:
            people[key] = {"name": name, "rank": rank, "position": position}
            continue
        if len(name) > len(person["name"]):
            person["name"] = name  # "AKBP Bayu" first, "AKBP Bayu Lubis" later
        if position and len(position) > len(person["position"] or ""):
            person["position"] = position
    return list(people.values())


def _same_person(people, name: str, rank: str) -> dict | None:
    """An officer already found with the same rank whose name starts with this one, or the reverse."""
    words = name.lower().split()
    for person in people:
        other = person["name"].lower().split()
        if person["rank"] == rank and (other[: len(words)] == words or words[: len(other)] == other):
            return person
    return None
