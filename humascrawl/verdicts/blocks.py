"""Bot walls and soft blocks: is this response a challenge, captcha, firewall, interstitial or rate-limit page
instead of the page asked for? Rules are data (``data/rules/blocks.toml``); :func:`block_verdict` is pure.

It runs on every response of the crawl, so it stays cheap: the headers always; the body only when the status
is not 200 or the body is at most 64 KiB (walls are small pages; the news pages of these sites weigh 100 kB and
more, so a 200 page over 64 KiB is taken for the page itself), and then over the lower-cased first 64 KiB
(markers are written in lower case). A marker's regex runs only where the literal text every match of it must
contain (:func:`required_literal`) is in the page — a substring test, microseconds — since a few dozen regexes
tried at every position of a page cost milliseconds. Only a page with a marker has its visible text measured (a
real article is longer than a wall, so an article quoting a marker, or a comment form with a reCAPTCHA, is never
taken for one).
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
    markers: tuple[tuple[str, re.Pattern[str]], ...]  # (required literal, regex)
    max_text: int

    def marker_in(self, head: str) -> re.Match[str] | None:
        for literal, pattern in self.markers:
            if literal in head:
                found = pattern.search(head)
                if found:
                    return found
        return None


_QUANTIFIERS = "?*+{"


def required_literal(pattern: str) -> str:
    """The longest run of plain text every match of ``pattern`` contains ("" when there is none to rely on):
    top-level characters only, outside groups and classes, not made optional or repeated by a quantifier."""
    if _top_level_alternation(pattern):
        return ""
    runs, run, depth, i = [], "", 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            piece, i = (nxt, i + 2) if not nxt.isalnum() else (None, i + 2)
        elif char == "[":
            end = pattern.find("]", i + 2)
            piece, i = None, (end + 1 if end > 0 else len(pattern))
        elif char in "()":
            depth += 1 if char == "(" else -1
            piece, i = None, i + 1
        elif char in ".^$|?*+":  # a quantifier itself: what it applies to was dealt with below
            piece, i = None, i + 1
        elif char == "{":
            end = pattern.find("}", i)
            piece, i = None, (end + 1 if end > 0 else len(pattern))
        else:
            piece, i = char, i + 1
        quantified = i < len(pattern) and pattern[i] in _QUANTIFIERS
        if piece is None or depth or quantified:
            if piece is not None and quantified and not depth and pattern[i] == "+":
                run += piece  # one or more: the character is there at least once
            runs.append(run)
            run = ""
        else:
            run += piece
    runs.append(run)
    return max(runs, key=len)


def _top_level_alternation(pattern: str) -> bool:
    depth, i = 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            end = pattern.find("]", i + 2)
            i = end + 1 if end > 0 else len(pattern)
            continue
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            return True
        i += 1
    return False


@dataclass(frozen=True)
class Block:
    kind: str  # one of KINDS
    name: str  # the rule that matched ("cloudflare challenge")
    evidence: str  # what matched, shortened

    @property
    def reason(self) -> str:
        return f"blocked_{self.kind}"


def _compiled(patterns: list[str], where: str) -> list[re.Pattern[str]]:
    """The patterns, for lower-cased text: each must be written in lower case."""
    out = []
    for pattern in patterns:
        if _ESCAPE.sub("", pattern) != _ESCAPE.sub("", pattern).lower():
            raise RuntimeError(f"blocks.toml: {where} pattern {pattern!r} must be lower case (pages are lower-cased)")
        try:
            out.append(re.compile(pattern, re.M))
        except re.error as err:
            raise RuntimeError(f"blocks.toml: bad {where} pattern {pattern!r}: {err}") from None
    return out


@lru_cache(maxsize=1)
def block_rules() -> tuple[BlockRule, ...]:
    """``data/rules/blocks.toml`` compiled (once per process)."""
    rules = []
    for entry in load_rules_file("blocks").get("block", []):
        kind = entry.get("kind")
        if kind not in KINDS:
            raise RuntimeError(f"blocks.toml: {entry.get('name')!r}: kind must be one of {', '.join(KINDS)}")
        name = str(entry.get("name") or kind)
        headers = _compiled(list(entry.get("headers", [])), f"{name} headers")
        markers = _compiled(list(entry.get("markers", [])), f"{name} markers")
        rules.append(BlockRule(name, kind, frozenset(int(s) for s in entry.get("status", [])),
                               re.compile("|".join(f"(?:{h.pattern})" for h in headers), re.M) if headers else None,
                               tuple((required_literal(m.pattern), m) for m in markers),
                               int(entry.get("max_text", _DEFAULT_MAX_TEXT))))
    return tuple(rules)


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
    text_length: int | None = None
    for rule in block_rules():
        if rule.status and status not in rule.status:
            continue
        if rule.headers is not None and lines:
            found = rule.headers.search(lines)
            if found:
                return Block(rule.kind, rule.name, found.group(0)[:80])
        found = rule.marker_in(head) if head else None
        if found is None:
            continue
        if text_length is None:
            text_length = visible_text_length(head)
        if text_length <= rule.max_text:
            return Block(rule.kind, rule.name, found.group(0)[:80])
    return None
