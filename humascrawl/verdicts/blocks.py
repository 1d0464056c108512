"""Bot walls and soft blocks: is this response a challenge, captcha, firewall, interstitial or rate-limit page
instead of the page asked for? Rules are data (``data/rules/blocks.toml``); :func:`block_verdict` is pure.

It runs on every response of the crawl, so it stays cheap: the headers always; the body only when the status
is not 200 or the body is at most 64 KiB (walls are small pages; the news pages of these sites weigh 100 kB and
more, so a 200 page over 64 KiB is taken for the page itself), and then one union regex over the lower-cased
first 64 KiB (markers are written in lower case: a case-insensitive regex is several times slower). Only a page
with a marker has its visible text measured (a real article is longer than a wall, so an article quoting a
marker, or a comment form with a reCAPTCHA, is never taken for one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping

from humascrawl.extract.rules import load_rules_file

KINDS = ("challenge", "captcha", "waf", "interstitial", "rate_limit")
HEAD_BYTES = 64 * 1024
_DEFAULT_MAX_TEXT = 4000
_DEAD = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
_ESCAPE = re.compile(r"\\.")


@dataclass(frozen=True)
class BlockRule:
    name: str
    kind: str
    status: frozenset[int]
    headers: re.Pattern[str] | None
    markers: re.Pattern[str] | None
    max_text: int


@dataclass(frozen=True)
class Block:
    kind: str  # one of KINDS
    name: str  # the rule that matched ("cloudflare challenge")
    evidence: str  # what matched, shortened

    @property
    def reason(self) -> str:
        return f"blocked_{self.kind}"


def _union(patterns: list[str], where: str) -> re.Pattern[str] | None:
    """The patterns as one regex, matched on lower-cased text: each must be written in lower case."""
    if not patterns:
        return None
    for pattern in patterns:
        if _ESCAPE.sub("", pattern) != _ESCAPE.sub("", pattern).lower():
            raise RuntimeError(f"blocks.toml: {where} pattern {pattern!r} must be lower case (pages are lower-cased)")
        try:
            re.compile(pattern)
        except re.error as err:
            raise RuntimeError(f"blocks.toml: bad {where} pattern {pattern!r}: {err}") from None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.M)


@lru_cache(maxsize=1)
def block_rules() -> tuple[BlockRule, ...]:
    """``data/rules/blocks.toml`` compiled (once per process)."""
    rules = []
    for entry in load_rules_file("blocks").get("block", []):
        kind = entry.get("kind")
        if kind not in KINDS:
            raise RuntimeError(f"blocks.toml: {entry.get('name')!r}: kind must be one of {', '.join(KINDS)}")
        name = str(entry.get("name") or kind)
        rules.append(BlockRule(name, kind, frozenset(int(s) for s in entry.get("status", [])),
                               _union(list(entry.get("headers", [])), f"{name} headers"),
                               _union(list(entry.get("markers", [])), f"{name} markers"),
                               int(entry.get("max_text", _DEFAULT_MAX_TEXT))))
    return tuple(rules)


@lru_cache(maxsize=1)
def _any_marker() -> re.Pattern[str]:
    """Every rule's markers in one pattern: most pages are read once and found clean."""
    patterns = [r.markers.pattern for r in block_rules() if r.markers is not None]
    return re.compile("|".join(patterns) or r"(?!x)x", re.M)


def visible_text_length(head: str) -> int:
    return len(" ".join(_TAG.sub(" ", _DEAD.sub(" ", head)).split()))


def _header_lines(headers: Mapping[str, str] | None) -> str:
    return "\n".join(f"{k}: {v}".lower() for k, v in (headers or {}).items())


def block_verdict(status: int, headers: Mapping[str, str] | None, body: bytes | str) -> Block | None:
    """The block this response is, or None when it is (as far as the rules tell) the page itself."""
    lines = _header_lines(headers)
    if status == 200 and len(body) > HEAD_BYTES:
        head = ""
    else:
        head = body[:HEAD_BYTES]
        head = (head.decode("utf-8", "replace") if isinstance(head, bytes) else head).lower()
    marked = bool(head) and _any_marker().search(head) is not None
    text_length: int | None = None
    for rule in block_rules():
        if rule.status and status not in rule.status:
            continue
        if rule.headers is not None and lines:
            found = rule.headers.search(lines)
            if found:
                return Block(rule.kind, rule.name, found.group(0)[:80])
        if not marked or rule.markers is None:
            continue
        found = rule.markers.search(head)
        if found is None:
            continue
        if text_length is None:
            text_length = visible_text_length(head)
        if text_length <= rule.max_text:
            return Block(rule.kind, rule.name, found.group(0)[:80])
    return None
