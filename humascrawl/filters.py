"""The article filters shared by search, export, the web API and alerts.

``--site --source --unit --polda --person --since --until --label`` select articles the same way everywhere:
:func:`humascrawl.storage.articles.filter_conditions` gives SQLAlchemy WHERE conditions on articles (site, unit,
person and label go through the indexed ``article_facets`` table, never a JSON scan; a Polda is any of the unit
values that belong to it, :func:`humascrawl.units.units_of_polda`), and the search backends push the same filters
into their full-text index.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any

from humascrawl.errors import HumascrawlError
from humascrawl.units import polda_names, resolve_polda
from humascrawl.urls import site_key

# Filter name -> article_facets.kind for the filters the facet table answers.
FACET_KINDS = {"site": "site", "unit": "unit", "person": "person", "label": "label"}


class FilterError(HumascrawlError, ValueError):
    """A filter value that cannot be used; str(exc) is one line for the user."""


def normalise_site(site: str) -> str:
    """A host, or a URL, as the archive keys its site (:func:`humascrawl.urls.site_key`): lower case, no
    scheme, path, ``www.`` or ``m.``."""
    site = site.strip()
    return site_key(site if "://" in site else f"http://{site}") or site.lower()


@dataclass(frozen=True)
class ArticleFilter:
    site: str | None = None      # host, www.-insensitive, e.g. "kalimantanpost.online"
    source: str | None = None    # source name from sources.toml
    unit: str | None = None      # normalised unit, case-insensitive: "Polres Ketapang"
    polda: str | None = None     # a Polda in any spelling ("Kalbar", "Polda Kalimantan Barat"), kept as "Polda Kalbar"
    person: str | None = None    # officer name, case-insensitive (matches persons[].name)
    since: date | None = None    # published on/after (outlet-local date)
    until: date | None = None    # published on/before (inclusive)
    label: str | None = None     # Blogger label / WP category or tag, case-insensitive

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise FilterError(f"--since {self.since} is after --until {self.until}")
        if self.polda is not None:
            object.__setattr__(self, "polda", polda_name(self.polda))

    def facet_values(self) -> dict[str, str]:
        """kind -> value for the filters answered by the facet table (site normalised)."""
        values = {"site": normalise_site(self.site) if self.site else None,
                  "unit": self.unit, "person": self.person, "label": self.label}
        return {FACET_KINDS[name]: value.strip() for name, value in values.items() if value and value.strip()}

    def describe(self) -> dict[str, str | None]:
        """The filters as JSON-able values (dates ISO), for manifests and digests."""
        return {name: (value.isoformat() if isinstance(value, date) else value)
                for name, value in asdict(self).items()}

    def is_empty(self) -> bool:
        return not any(asdict(self).values())


def polda_name(value: str) -> str:
    """A Polda as output shows it ("Polda Kalbar"), from any of its names; FilterError for an unknown one."""
    found = resolve_polda(value)
    if found is None:
        raise FilterError(f"--polda: no Polda is called {value.strip()!r}; use a name such as 'Polda Kalbar', "
                          f"'Polda Kalimantan Barat' or 'Kalbar' (known: "
                          f"{', '.join(name.removeprefix('Polda ') for name in polda_names())})")
    return found


def parse_date(value: str | date | None, option: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise FilterError(f"{option}: not a date (YYYY-MM-DD): {value!r}") from None


def filter_from_options(**kwargs: Any) -> ArticleFilter:
    """An ArticleFilter from option values (strings or dates; unknown keys ignored, so a command may pass
    all its options). Raises FilterError (a ValueError) with a one-line message for a bad value."""
    def text(name: str) -> str | None:
        value = kwargs.get(name)
        return (str(value).strip() or None) if value is not None else None

    return ArticleFilter(
        site=text("site"), source=text("source"), unit=text("unit"), polda=text("polda"), person=text("person"),
        label=text("label"),
        since=parse_date(kwargs.get("since"), "--since"), until=parse_date(kwargs.get("until"), "--until"),
    )


# The filters by option name (--site ... --label), in the order the commands list them.
FILTER_NAMES = tuple(f.name for f in fields(ArticleFilter))


def pop_filters(kwargs: dict[str, Any]) -> ArticleFilter:
    """Remove the filter options from a command's kwargs and build the filter from them."""
    return filter_from_options(**{name: kwargs.pop(name, None) for name in FILTER_NAMES})


__all__ = ["ArticleFilter", "FilterError", "filter_from_options", "pop_filters",
           "normalise_site", "FILTER_NAMES"]
