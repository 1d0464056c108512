"""Police units as sources declare them and as articles credit them, in one canonical spelling.

A source's ``unit`` (``Polda Kalimantan Barat``) and an article's credit (``Humas Polda Kalbar``,
``Sumber: Bidhumas Polda Kalbar``) name the same unit in different words; both are read with the extractor's
unit finder (:func:`humascrawl.extract.entities.find_units`, its tables in ``data/rules/units.toml``), so
``Polda Kalimantan Barat`` and ``Humas Polda Kalbar`` both become ``Polda Kalbar``.
"""

from __future__ import annotations

from functools import lru_cache

_HUMAS_PREFIXES = ("Bidhumas ", "Si Humas ", "Subbag Humas ", "Humas ")
# Mabes Polri's PR division speaks for the whole police: its portal is the national origin.
NATIONAL_UNITS = frozenset({"Divhumas Polri", "Mabes Polri"})


def canonical_units(text: str | None) -> list[str]:
    """The units named in ``text``, canonical, without their PR sections (``Bidhumas Polda Kalbar`` is
    ``Polda Kalbar``'s), in order of appearance."""
    from humascrawl.extract.entities import find_units

    if not text:
        return []
    found = []
    for unit in find_units(None, text):
        for prefix in _HUMAS_PREFIXES:
            unit = unit.removeprefix(prefix)
        if unit not in found:
            found.append(unit)
    return found


def canonical_unit(text: str | None) -> str | None:
    """The one unit ``text`` names (``Polda Kalimantan Barat`` → ``Polda Kalbar``); None when it names none
    or several."""
    units = canonical_units(text)
    return units[0] if len(units) == 1 else None


# Polda: the province a unit belongs to ------------------------------------------------------------------

_UNIT_TYPES = ("Polres", "Polresta", "Polrestabes")
_POLDA_WORDS = ("polda ", "kepolisian daerah ")


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


@lru_cache(maxsize=1)
def _polda_tables() -> tuple[dict[str, str], dict[str, str], dict[str, list[str]]]:
    """(every way to name a Polda → its abbr, every unit spelling (lower case) → its Polda's abbr, abbr → those
    unit spellings), from units.toml's [[polda]] and aliases and polda_places.toml."""
    from humascrawl.extract.rules import load_rules_file

    units, places = load_rules_file("units"), load_rules_file("polda_places")
    names: dict[str, str] = {}
    for row in units.get("polda", ()):
        for name in (row["abbr"], *row.get("names", ())):
            names[_norm(name)] = row["abbr"]
    spelled_as: dict[str, list[str]] = {}   # a place → its other spellings (units.toml aliases)
    for other, place in units.get("aliases", {}).items():
        spelled_as.setdefault(_norm(place), []).append(other)
    unit_polda: dict[str, str] = {}
    for abbr, row_places in places.get("polda", {}).items():
        if abbr not in names.values():
            raise RuntimeError(f"polda_places.toml: {abbr!r} is no Polda abbr of units.toml")
        spellings = [name for name, a in names.items() if a == abbr]
        for prefix in ("", *(p.lower() for p in _HUMAS_PREFIXES)):
            unit_polda.update((f"{prefix}polda {name}", abbr) for name in spellings)
        for place in row_places:
            for spelling in (place, *spelled_as.get(_norm(place), ())):
                unit_polda.update((f"{kind.lower()} {_norm(spelling)}", abbr) for kind in _UNIT_TYPES)
    by_polda: dict[str, list[str]] = {}
    for unit, abbr in unit_polda.items():
        by_polda.setdefault(abbr, []).append(unit)
    return names, unit_polda, by_polda


def polda_names() -> list[str]:
    """Every Polda as output shows it ("Polda Kalbar"), in units.toml's order."""
    from humascrawl.extract.rules import load_rules_file

    return [f"Polda {row['abbr']}" for row in load_rules_file("units").get("polda", ())]


def resolve_polda(name: str) -> str | None:
    """``Polda Kalbar``, ``Polda Kalimantan Barat``, ``Kepolisian Daerah Kalimantan Barat``, ``kalbar`` → ``Polda
    Kalbar``; None for a name no Polda has."""
    text = _norm(name)
    for word in _POLDA_WORDS:
        text = text.removeprefix(word)
    abbr = _polda_tables()[0].get(text)
    return f"Polda {abbr}" if abbr else None


def polda_of_unit(unit: str) -> str | None:
    """The Polda (``Polda Kalbar``) of a canonical unit: itself for a Polda, its Polda for a Polres / Polresta /
    Polrestabes of a known place; None for Polsek, national units and unknown or ambiguous places."""
    abbr = _polda_tables()[1].get(_norm(unit))
    return f"Polda {abbr}" if abbr else None


def units_of_polda(polda: str) -> list[str]:
    """The unit spellings (lower case, as the facet table's value_norm) that belong to ``polda`` (``Polda Kalbar``)."""
    return list(_polda_tables()[2].get(polda.removeprefix("Polda "), ()))



def unit_polda_map() -> dict[str, str]:
    """Every unit spelling (lower case) that belongs to a Polda → that Polda (``Polda Kalbar``)."""
    return {unit: f"Polda {abbr}" for unit, abbr in _polda_tables()[1].items()}
