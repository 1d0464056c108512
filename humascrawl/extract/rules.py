"""Rule data for the extraction steps, loaded once from ``data/rules/*.toml``.

The lists (boilerplate lines, page containers to drop, ranks, positions, units) live in
TOML files next to the code's package so they can be reviewed and extended without
touching the steps. Per-source rules from the sources file extend them at call time:
``{"boilerplate": ["regex", ...], "tz": "+08:00"}``.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from humascrawl import defaults

from .errors import ExtractionError

__all__ = ["RULES_DIR", "Boilerplate", "load_rules_file", "base_boilerplate", "boilerplate_for"]

#: ``data/rules`` (package data, see humascrawl.defaults); ``HUMASCRAWL_RULES_DIR`` overrides it.
RULES_DIR = Path(os.environ.get("HUMASCRAWL_RULES_DIR") or defaults.RULES_DIR)


@lru_cache(maxsize=None)
def load_rules_file(name: str) -> dict[str, Any]:
    """Parse ``data/rules/<name>.toml`` (cached)."""
    path = RULES_DIR / f"{name}.toml"
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise RuntimeError(f"extraction rules missing: {path} (set HUMASCRAWL_RULES_DIR)") from None
    except tomllib.TOMLDecodeError as err:
        raise RuntimeError(f"extraction rules unreadable: {path}: {err}") from None


def _checked(patterns: Iterable[str], where: str) -> tuple[str, ...]:
    """The patterns, each compiled once on its own so a bad one is named in the error."""
    out = []
    for pattern in patterns:
        pattern = str(pattern)
        try:
            re.compile(pattern, re.I)
        except re.error as err:
            raise ExtractionError(f"bad {where} pattern {pattern!r}: {err}") from None
        out.append(pattern)
    return tuple(out)


def _union(patterns: Iterable[str], where: str) -> re.Pattern[str]:
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!x)x", re.I)
    except re.error as err:
        raise ExtractionError(f"bad {where} pattern: {err}") from None


@dataclass(frozen=True)
class Boilerplate:
    """Compiled boilerplate rules (see ``data/rules/boilerplate.toml``)."""

    line: re.Pattern[str]  # alternation of the whole-line patterns
    related: re.Pattern[str]
    stop: re.Pattern[str]
    tail: re.Pattern[str]
    container_class: re.Pattern[str]  # substrings of the lower-cased class attribute
    container_id: re.Pattern[str]
    block_prefix: tuple[str, ...]
    caption_class: tuple[str, ...] = ()  # lower-case class substrings of figure captions (see caption_texts)

    def is_line(self, line: str) -> bool:
        return self.line.fullmatch(line) is not None

    def is_related(self, line: str) -> bool:
        return self.related.fullmatch(line) is not None

    def is_stop(self, line: str) -> bool:
        return self.stop.fullmatch(line) is not None

    def cut_tail(self, line: str) -> str:
        match = self.tail.search(line)
        if match and match.start() > 0:
            return line[: match.start()].rstrip()
        return line


@lru_cache(maxsize=1)
def base_boilerplate() -> Boilerplate:
    data = load_rules_file("boilerplate")
    return Boilerplate(
        line=_union(_checked(data.get("line", ()), "boilerplate line"), "boilerplate line"),
        related=_union(_checked(data.get("related", ()), "boilerplate related"), "boilerplate related"),
        stop=_union(_checked(data.get("stop", ()), "boilerplate stop"), "boilerplate stop"),
        tail=_union(_checked(data.get("tail", ()), "boilerplate tail"), "boilerplate tail"),
        container_class=re.compile("|".join(re.escape(str(c).lower()) for c in data.get("container_class", ())) or r"(?!x)x"),
        container_id=_union(data.get("container_id", ()), "container id"),
        block_prefix=tuple(" ".join(str(p).lower().split()) for p in data.get("block_prefix", ()) if "'" not in str(p)),
        caption_class=tuple(str(c).lower() for c in data.get("caption_class", ()) if "'" not in str(c)),
    )


@lru_cache(maxsize=256)
def _extended(extra: tuple[str, ...]) -> Boilerplate:
    base = base_boilerplate()
    patterns = _checked(extra, "source boilerplate")
    return replace(base, line=_union([base.line.pattern, *patterns], "source boilerplate"))


def boilerplate_for(rules: dict[str, Any] | None) -> Boilerplate:
    """The base boilerplate plus a source's extra ``boilerplate`` line patterns."""
    extra = (rules or {}).get("boilerplate") or ()
    if isinstance(extra, str):
        extra = (extra,)
    if not extra:
        return base_boilerplate()
    return _extended(tuple(str(p) for p in extra))
