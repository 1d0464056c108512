"""Demo site definitions (``data/demo/sites.toml``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from datetime import datetime
from pathlib import Path

from humascrawl import defaults

from .content import DEFAULT_START, GenConfig, parse_tz

PLATFORMS = ("blogger", "wordpress", "odoo", "listing")
THEMES = {"blogger": ("news", "magazine"), "wordpress": ("newsmag",), "odoo": ("website_blog",), "listing": ("portal",)}


def default_sites_path() -> Path:
    return defaults.DEMO_SITES


@dataclass
class SiteSpec:
    name: str
    platform: str  # blogger | wordpress | odoo | listing
    title: str  # site title, og:site_name
    outlet: str  # the name printed in datelines
    tz: str = "+07:00"
    posts: int = 30
    seed: int = 0
    theme: str = ""  # blogger: news | magazine; wordpress: newsmag
    description: str = ""
    focus: list[str] = field(default_factory=list)  # Polda abbreviations most posts come from
    start: str | None = None  # publish time of the first post (ISO); default 2024-05-15T14:02:00+07:00
    include_seed: bool | None = None  # the seed article as post 0 (default: only for "kalimantanpost")
    share_from: str | None = None  # another site whose releases this one republishes ...
    share_every: int = 0  # ... as every n-th post
    gap_hours: float = 5.0  # mean time between posts
    host: str = ""  # the real host the site imitates (informational)
    datelines: list[str] = field(default_factory=list)  # formats with {Place} {PLACE} {outlet}
    multipage_every: int = 0  # every n-th post (with 3+ paragraphs a page) split over 2-3 pages; 0 = none
    unit: str = ""  # the police unit whose own site this is (an official portal); "" for a news outlet

    def __post_init__(self) -> None:
        if self.platform not in PLATFORMS:
            raise ValueError(f"site {self.name!r}: platform must be one of {PLATFORMS}, not {self.platform!r}")
        self.theme = self.theme or THEMES[self.platform][0]
        if self.theme not in THEMES[self.platform]:
            raise ValueError(f"site {self.name!r}: theme {self.theme!r} is not one of {THEMES[self.platform]}")
        if self.posts < 0:
            raise ValueError(f"site {self.name!r}: posts must be >= 0")
        if self.multipage_every < 0:
            raise ValueError(f"site {self.name!r}: multipage_every must be >= 0")
        parse_tz(self.tz)

    def gen_config(self) -> GenConfig:
        tz = parse_tz(self.tz)
        start = datetime.fromisoformat(self.start) if self.start else DEFAULT_START
        if start.tzinfo is None:
            start = start.replace(tzinfo=tz)
        seed_default = self.name == "kalimantanpost"
        return GenConfig(self.name, self.outlet, self.seed, start, tz, tuple(self.focus), self.platform,
                         seed_default if self.include_seed is None else self.include_seed, self.gap_hours,
                         tuple(self.datelines), self.multipage_every)


def load_demo_sites(path: str | Path | None = None) -> list[SiteSpec]:
    """Read ``[[site]]`` tables from a TOML file (default: the repository's ``data/demo/sites.toml``)."""
    p = Path(path) if path is not None else default_sites_path()
    with open(p, "rb") as fh:
        data = tomllib.load(fh)
    known = {f.name for f in fields(SiteSpec)}
    specs = []
    for i, raw in enumerate(data.get("site", [])):
        unknown = set(raw) - known
        if unknown:
            raise ValueError(f"{p}: site #{i + 1}: unknown keys {sorted(unknown)}")
        try:
            specs.append(SiteSpec(**raw))
        except TypeError as e:  # a required key is missing
            raise ValueError(f"{p}: site #{i + 1}: {e}") from None
    names = [s.name for s in specs]
    if len(set(names)) != len(names):
        raise ValueError(f"{p}: duplicate site names")
    for s in specs:
        if s.share_from is not None and s.share_from not in names:
            raise ValueError(f"{p}: site {s.name!r} shares from unknown site {s.share_from!r}")
    return specs
