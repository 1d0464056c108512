"""Every default the package reads, declared once (as Scrapy's ``default_settings``).

Run-time data (the sources list, the demo sites, the extraction rules) is the repository's top-level ``data/``
folder, installed as package data ``humascrawl/data`` (pyproject.toml maps it there): a wheel has no checkout
to reach back into. The archives are not package data: their default URLs are relative to the working
directory, never inside site-packages.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
# An installed wheel holds the data inside the package; a checkout (and an editable install) holds it beside.
DATA_DIR = _PACKAGE / "data" if (_PACKAGE / "data").is_dir() else _PACKAGE.parent / "data"
DEFAULT_SOURCES = DATA_DIR / "sources.toml"
RULES_DIR = DATA_DIR / "rules"
DEMO_SITES = DATA_DIR / "demo" / "sites.toml"

