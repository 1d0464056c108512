"""Police units as sources declare them and as articles credit them, in one canonical spelling.

A source's ``unit`` (``Polda Kalimantan Barat``) and an article's credit (``Humas Polda Kalbar``,
``Sumber: Bidhumas Polda Kalbar``) name the same unit in different words; both are read with the extractor's
unit finder (:func:`humascrawl.extract.entities.find_units`, its tables in ``data/rules/units.toml``), so
``Polda Kalimantan Barat`` and ``Humas Polda Kalbar`` both become ``Polda Kalbar``.
"""

from __future__ import annotations

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
