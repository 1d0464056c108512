"""Configuration: where the archive lives and which sources to crawl.

The sources file is TOML with one ``[[source]]`` table per site (see the README).
Every problem in it is reported as a :class:`ConfigError` naming the file and the
source, so the CLI can print one line and exit 2.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from humascrawl.defaults import DB_ENV, DEFAULT_DB_URL, DEFAULT_SOURCES
from humascrawl.errors import HumascrawlError
from humascrawl.urls import safe_http_url, site_key

PLATFORMS = ("blogger", "wordpress", "odoo", "listing", "sitemap", "feed", "auto")
_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
_KNOWN_KEYS = {
    "name", "url", "platform", "labels", "keywords", "since", "tz", "enabled",
    "rules", "notes", "full_content", "article_pattern", "max_pages", "max_depth", "follow_domain",
    "max_listing_pages", "max_seconds", "unit", "listing",
}
_LISTING_KEYS = {"pages", "article_pattern", "first_page", "max_pages"}
_CAPS = ("max_listing_pages", "max_seconds")  # this source's own bounds per run (humascrawl.crawl.bounds)
_ZONES = {"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00"}


class ConfigError(HumascrawlError, ValueError):
    """A configuration problem the user must fix; the message is one line."""


@dataclass(frozen=True)
class Source:
    """One site to crawl, as declared in the sources file."""

    name: str
    url: str
    platform: str = "auto"
    labels: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    since: date | None = None
    tz: str = "+07:00"
    enabled: bool = True
    rules: dict[str, Any] = field(default_factory=dict)
    # Fetch articles redirected to, or listed on, another host (the outlet moved domains); else they fail as
    # offsite_redirect / offsite_entry.
    follow_domain: bool = False
    # The police unit whose own site this is (``Polda Kalbar``, canonical): its copy of a release the unit
    # issued is the cluster's origin. None: a news outlet.
    unit: str | None = None

    @property
    def host(self) -> str:
        """The host name alone, as Scrapy's allowed_domains wants it."""
        return (urlsplit(self.url).hostname or "").lower()

    @property
    def site(self) -> str:
        """The site the source's URLs belong to (:func:`humascrawl.urls.site_key`)."""
        return site_key(self.url)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "url": self.url, "platform": self.platform,
            "labels": list(self.labels), "keywords": list(self.keywords),
            "since": self.since.isoformat() if self.since else None,
            "tz": self.tz, "enabled": self.enabled, "rules": dict(self.rules), "follow_domain": self.follow_domain,
            "unit": self.unit,
        }


def resolve_db_url(cli_value: str | None = None) -> str:
    """The archive URL: ``--db``, else ``$HUMASCRAWL_DB``, else the SQLite default."""
    return cli_value or os.environ.get(DB_ENV) or DEFAULT_DB_URL


def normalise_tz(value: str, where: str = "tz") -> str:
    """Accept ``WIB``/``WITA``/``WIT`` or ``+HH:MM``; return ``+HH:MM``."""
    text = str(value).strip()
    if text.upper() in _ZONES:
        return _ZONES[text.upper()]
    if re.fullmatch(r"[+-]\d{2}:\d{2}", text):
        return text
    raise ConfigError(f"{where}: {value!r} is not WIB, WITA, WIT or an offset like +07:00")


def parse_source(raw: dict[str, Any], where: str) -> Source:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: each [[source]] must be a table")
    unknown = set(raw) - _KNOWN_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    name = raw.get("name")
    if not isinstance(name, str) or not _NAME_RE.match(name):
        raise ConfigError(f"{where}: 'name' must be lowercase letters, digits, '-', '_' or '.' (got {name!r})")
    where = f"{where} ({name})"
    url = safe_http_url(raw.get("url"))
    if url is None:
        raise ConfigError(f"{where}: 'url' must be an http(s) URL (got {raw.get('url')!r})")
    parts = urlsplit(url)
    url = url if url.endswith("/") or parts.path not in ("", "/") else url.rstrip("/") + "/"
    platform = raw.get("platform", "auto")
    if platform not in PLATFORMS:
        raise ConfigError(f"{where}: 'platform' must be one of {', '.join(PLATFORMS)} (got {platform!r})")
    since = raw.get("since")
    if isinstance(since, str):
        try:
            since = date.fromisoformat(since)
        except ValueError:
            raise ConfigError(f"{where}: 'since' must be a date YYYY-MM-DD (got {since!r})") from None
    elif since is not None and not isinstance(since, date):
        raise ConfigError(f"{where}: 'since' must be a date YYYY-MM-DD (got {since!r})")
    rules = raw.get("rules", {})
    if not isinstance(rules, dict):
        raise ConfigError(f"{where}: 'rules' must be a table")
    follow_domain = raw.get("follow_domain", False)
    if not isinstance(follow_domain, bool):
        raise ConfigError(f"{where}: 'follow_domain' must be true or false (got {follow_domain!r})")
    extra = {k: raw[k] for k in ("full_content", "article_pattern", "max_pages", "max_depth", *_CAPS) if k in raw}
    rules = check_rules({**rules, **extra}, where)
    if "listing" in raw:
        if platform != "listing":
            raise ConfigError(f"{where}: [source.listing] is only read with platform = \"listing\" (got {platform!r})")
        rules["listing"] = check_listing(raw["listing"], url, where)
    elif platform == "listing":
        raise ConfigError(f"{where}: platform \"listing\" needs a [source.listing] table with article_pattern and "
                          "pages (the listing page URL with {n} for the page number)")
    return Source(
        name=name,
        url=url,
        platform=platform,
        labels=tuple(_string_list(raw.get("labels", []), f"{where}: 'labels'")),
        keywords=tuple(k.lower() for k in _string_list(raw.get("keywords", []), f"{where}: 'keywords'")),
        since=since,
        tz=normalise_tz(raw.get("tz", "+07:00"), f"{where}: 'tz'"),
        enabled=bool(raw.get("enabled", True)),
        rules=rules,
        follow_domain=follow_domain,
        unit=_unit(raw["unit"], where) if "unit" in raw else None,
    )


def _unit(value: Any, where: str) -> str:
    from humascrawl.units import canonical_unit

    unit = canonical_unit(value) if isinstance(value, str) else None
    if unit is None:
        raise ConfigError(f"{where}: 'unit' must name one police unit, e.g. \"Polda Kalimantan Barat\", "
                          f"\"Polres Ketapang\" or \"Divisi Humas Polri\" (got {value!r})")
    return unit


def check_listing(value: Any, home: str, where: str) -> dict[str, Any]:
    """A ``[source.listing]`` table: ``pages`` (the listing page URL, absolute or relative to the home page,
    with ``{n}`` for the page number), ``article_pattern`` (a regular expression matching article URLs and
    not the listing pages), optional ``first_page`` (the number of the first page, default 1) and
    ``max_pages`` (at most this many listing pages a run, default 50)."""
    where = f"{where}: listing"
    if not isinstance(value, dict):
        raise ConfigError(f"{where} must be a table ([source.listing])")
    unknown = sorted(set(value) - _LISTING_KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)} (known: {', '.join(sorted(_LISTING_KEYS))})")
    for key in ("pages", "article_pattern"):
        if key not in value:
            raise ConfigError(f"{where}: '{key}' is required")
    pattern = _regex(value["article_pattern"], f"{where}.article_pattern")
    pages = value["pages"]
    if not isinstance(pages, str) or pages.count("{n}") != 1 or re.search(r"\{(?!n\})|(?<!\{n)\}", pages):
        raise ConfigError(f"{where}.pages must be a URL with {{n}} once for the page number, e.g. "
                          f"\"https://example.go.id/news/all?page={{n}}\" (got {pages!r})")
    first = urljoin(home, pages.replace("{n}", "1"))
    if safe_http_url(first) is None:
        raise ConfigError(f"{where}.pages must be an http(s) URL or a path on the site (got {pages!r})")
    if site_key(first) != site_key(home):
        raise ConfigError(f"{where}.pages must be on the source's own site {site_key(home)} (got {pages!r})")
    if re.search(pattern, first):
        raise ConfigError(f"{where}.article_pattern {pattern!r} also matches the listing page {first}: "
                          "make it match article URLs only")
    checked = {"pages": urljoin(home, pages.replace("{n}", "\x00")).replace("\x00", "{n}"),
               "article_pattern": pattern,
               "first_page": _count(value.get("first_page", 1), f"{where}.first_page")}
    max_pages = value.get("max_pages", 50)
    if _count(max_pages, f"{where}.max_pages") < 1:
        raise ConfigError(f"{where}.max_pages must be 1 or more (got {max_pages!r})")
    checked["max_pages"] = max_pages
    return checked


def _regex_list(value: Any, where: str) -> list[str]:
    patterns = [value] if isinstance(value, str) else _string_list(value, where)
    for pattern in patterns:
        _regex(pattern, where, re.I)  # as the extractor compiles boilerplate lines
    return patterns


def _regex(value: Any, where: str, flags: int = 0) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"{where} must be a regular expression (a string)")
    try:
        re.compile(value, flags)
    except re.error as exc:
        raise ConfigError(f"{where}: invalid regular expression {value!r}: {exc}") from None
    return value


def _url(value: Any, where: str) -> str:
    if safe_http_url(value) is None:
        raise ConfigError(f"{where} must be an http(s) URL (got {value!r})")
    return value


def _zone(value: Any, where: str) -> str:
    from humascrawl.extract.dates import parse_tz  # what reads it: WIB/WITA/WIT, an offset or an IANA name

    if not isinstance(value, str) or parse_tz(value) is None:
        raise ConfigError(f"{where}: {value!r} is not WIB, WITA, WIT, an offset like +07:00 or a zone name")
    return value


def _flag(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{where} must be true or false (got {value!r})")
    return value


def _count(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigError(f"{where} must be a whole number, 0 or more (got {value!r})")
    return value


def _seconds(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value >= 0:
        raise ConfigError(f"{where} must be a number of seconds, 0 or more (got {value!r})")
    return value


# Each rule a source may set (in [source.rules], or the six also allowed at the top of a source) and its check.
RULE_CHECKS = {
    "boilerplate": _regex_list,       # extra whole-line boilerplate patterns (humascrawl.extract.rules)
    "article_pattern": _regex,        # URLs of articles, searched in each discovered URL (spiders)
    "tz": _zone,
    "sitemap_url": _url,
    "feed_url": _url,
    "feed_paging": _flag,
    "full_content": _flag,
    "max_pages": _count,
    "max_depth": _count,
    "max_listing_pages": _count,  # 0: no cap; default HUMASCRAWL_MAX_LISTING_PAGES
    "max_seconds": _seconds,  # 0: no cap; default HUMASCRAWL_MAX_SOURCE_SECONDS
}


def check_rules(rules: dict[str, Any], where: str) -> dict[str, Any]:
    """A source's rules, each checked (regular expressions compiled); a ConfigError names the source and the key."""
    unknown = sorted(set(rules) - set(RULE_CHECKS))
    if unknown:
        raise ConfigError(f"{where}: unknown rule(s) {', '.join(unknown)} (known: {', '.join(RULE_CHECKS)})")
    return {key: RULE_CHECKS[key](value, f"{where}: rules.{key}") for key, value in rules.items()}


def _string_list(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where} must be a list of strings")
    return value


def load_sources(path: str | os.PathLike | None = None) -> list[Source]:
    """Read and validate a sources file; raise ConfigError on any problem."""
    path = Path(path) if path else DEFAULT_SOURCES
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"sources file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read sources file {path}: {exc}") from None
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    raw_sources = doc.get("source", [])
    if not isinstance(raw_sources, list) or not raw_sources:
        raise ConfigError(f"{path}: no [[source]] tables found")
    sources = [parse_source(raw, f"{path}: source #{i + 1}") for i, raw in enumerate(raw_sources)]
    seen: set[str] = set()
    for src in sources:
        if src.name in seen:
            raise ConfigError(f"{path}: duplicate source name {src.name!r}")
        seen.add(src.name)
    return sources


def select_sources(sources: list[Source], only: tuple[str, ...] | list[str] = ()) -> list[Source]:
    """Keep the sources named in ``only`` (all enabled ones when empty)."""
    if not only:
        return [s for s in sources if s.enabled]
    by_name = {s.name: s for s in sources}
    missing = [n for n in only if n not in by_name]
    if missing:
        raise ConfigError(f"unknown source(s): {', '.join(missing)} (known: {', '.join(sorted(by_name))})")
    return [by_name[n] for n in only]
