"""The search query language and its translation to FTS5 MATCH strings and PostgreSQL tsqueries.

Syntax (documented in the README):

* words: ``narkoba polres`` — all must occur (implicit AND); case and accents never matter;
* phrases: ``"polres ketapang"``; prefixes: ``polr*`` (at least 3 letters), ``"kapolres ketap"*``;
* operators in capitals: ``AND``, ``OR``, ``NOT``, and ``-word`` for NOT; parentheses group;
  lower-case ``and``/``or``/``not`` are ordinary words.

The user's text never reaches the database's own query syntax: it is parsed here into a small tree whose leaves
are lists of plain alphanumeric tokens (split and folded the way FTS5's ``unicode61 remove_diacritics 2``
tokenizer does), and the backend query is written from the tree with every token quoted.  Malformed input
raises :class:`QueryError` with a one-line message.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterator, Union

from humascrawl.errors import HumascrawlError

MAX_QUERY_CHARS = 500
MAX_TERMS = 32
MAX_DEPTH = 16
MIN_PREFIX = 3
OPERATORS = {"AND", "OR", "NOT"}

_TOKEN = re.compile(r"[^\W_]+")


class QueryError(HumascrawlError, ValueError):
    """A malformed search query; str(exc) is a one-line message for users."""


def fold(text: str) -> str:
    """Lower case without diacritics: ``Polrés`` -> ``polres`` (what the indexes store)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def tokens(text: str) -> list[str]:
    """The index tokens of a text: runs of letters and digits, folded."""
    return _TOKEN.findall(fold(text))


def token_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """(folded token, start, end) of each token of ``text``, offsets into the original string."""
    if text.isascii():  # the common case, ten times faster
        for match in _TOKEN.finditer(text):
            yield match.group().lower(), match.start(), match.end()
        return
    for match in _TOKEN.finditer(text):
        for token in _TOKEN.findall(fold(match.group())):
            yield token, match.start(), match.end()


# ------------------------------------------------------------------ the tree

@dataclass(frozen=True)
class Term:
    """A word or phrase (several tokens in a row); ``prefix``: the last token is a prefix; ``exact``: typed in
    quotes, so never expanded to word forms or synonyms (:mod:`humascrawl.search.expand`)."""
    tokens: tuple[str, ...]
    prefix: bool = False
    exact: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class Not:
    child: "Node"


@dataclass(frozen=True)
class And:
    children: tuple["Node", ...]


@dataclass(frozen=True)
class Or:
    children: tuple["Node", ...]


Node = Union[Term, Not, And, Or]


# ------------------------------------------------------------------ lexing and parsing

@dataclass(frozen=True)
class _Lexeme:
    kind: str          # "term", "(", ")", "AND", "OR", "NOT", "-"
    term: Term | None = None
    text: str = ""


def _lex(query: str) -> list[_Lexeme]:
    out: list[_Lexeme] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            out.append(_Lexeme(ch, text=ch))
            i += 1
        elif ch == '"':
            end = query.find('"', i + 1)
            if end < 0:
                raise QueryError("unbalanced quote: a phrase opened with \" is never closed")
            prefix = end + 1 < n and query[end + 1] == "*"
            _add_term(out, query[i + 1:end], prefix, f'"{query[i + 1:end]}"', exact=True)
            i = end + 2 if prefix else end + 1
        else:
            j = i
            while j < n and not query[j].isspace() and query[j] not in '()"':
                j += 1
            word = query[i:j]
            i = j
            if word in OPERATORS:
                out.append(_Lexeme(word, text=word))
            elif word.startswith("-") and len(word) > 1:
                out.append(_Lexeme("-", text="-"))
                body = word.lstrip("-")
                _add_term(out, body.rstrip("*"), body.endswith("*"), word)
            else:
                _add_term(out, word.rstrip("*"), word.endswith("*"), word)
    return out


def _add_term(out: list[_Lexeme], text: str, prefix: bool, shown: str, exact: bool = False) -> None:
    found = tuple(tokens(text))
    if not found:
        if out and out[-1].kind == "-":
            out.pop()  # "-&": nothing to exclude
        return  # punctuation alone ("&", "—") is no search term, as the index sees it
    if prefix and len(found[-1]) < MIN_PREFIX:
        raise QueryError(f"a prefix needs at least {MIN_PREFIX} letters before the *: {shown!r}")
    out.append(_Lexeme("term", Term(found, prefix, exact), shown))


class _Parser:
    def __init__(self, lexemes: list[_Lexeme]):
        self.lexemes = lexemes
        self.pos = 0
        self.depth = 0

    def peek(self) -> _Lexeme | None:
        return self.lexemes[self.pos] if self.pos < len(self.lexemes) else None

    def take(self) -> _Lexeme:
        lexeme = self.lexemes[self.pos]
        self.pos += 1
        return lexeme

    def parse(self) -> Node:
        node = self.or_expr()
        if self.peek() is not None:
            raise QueryError("unbalanced parenthesis: ')' without '('")
        return node

    def or_expr(self) -> Node:
        children = [self.and_expr()]
        while (lexeme := self.peek()) is not None and lexeme.kind == "OR":
            self.take()
            children.append(self.and_expr())
        return children[0] if len(children) == 1 else Or(tuple(children))

    def and_expr(self) -> Node:
        children: list[Node] = []
        while True:
            lexeme = self.peek()
            if lexeme is None or lexeme.kind in (")", "OR"):
                break
            if lexeme.kind == "AND":
                if not children:
                    raise QueryError("AND needs a term on both sides")
                self.take()
                following = self.peek()
                if following is None or following.kind in (")", "OR", "AND"):
                    raise QueryError("AND needs a term on both sides")
                continue
            children.append(self.unary())
        if not children:
            following = self.peek()
            previous = self.lexemes[self.pos - 1] if self.pos else None
            if (following is not None and following.kind == "OR") or (previous is not None and previous.kind == "OR"):
                raise QueryError("OR needs a term on both sides")
            if following is not None and following.kind == ")":
                raise QueryError("unbalanced parenthesis: ')' without '('")
            raise QueryError("nothing to search for")
        return children[0] if len(children) == 1 else And(tuple(children))

    def unary(self) -> Node:
        lexeme = self.peek()
        if lexeme is not None and lexeme.kind in ("NOT", "-"):
            self.take()
            following = self.peek()
            if following is None or following.kind in (")", "OR", "AND"):
                raise QueryError("NOT needs a term after it")
            return Not(self.unary())
        return self.primary()

    def primary(self) -> Node:
        lexeme = self.take()
        if lexeme.kind == "term":
            return lexeme.term
        if lexeme.kind == "(":
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise QueryError(f"parentheses nested deeper than {MAX_DEPTH}")
            if self.peek() is not None and self.peek().kind == ")":
                raise QueryError("empty parentheses")
            node = self.or_expr()
            closing = self.peek()
            if closing is None or closing.kind != ")":
                raise QueryError("unbalanced parenthesis: '(' is never closed")
            self.take()
            self.depth -= 1
            return node
        raise QueryError(f"unexpected {lexeme.text!r}")


def parse(query: str) -> Node | None:
    """The tree of a query; None for an empty query (all articles). Raises QueryError."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"query longer than {MAX_QUERY_CHARS} characters")
    if not query.strip():
        return None
    lexemes = _lex(query)
    if not lexemes:
        raise QueryError(f"no words to search for in {query.strip()!r}")
    if sum(1 for lexeme in lexemes if lexeme.kind == "term") > MAX_TERMS:
        raise QueryError(f"more than {MAX_TERMS} search terms")
    return _simplify(_Parser(lexemes).parse())


def _simplify(node: Node) -> Node:
    """Flatten nested AND/OR of the same kind."""
    if isinstance(node, (And, Or)):
        flat: list[Node] = []
        for child in map(_simplify, node.children):
            flat.extend(child.children if type(child) is type(node) else (child,))
        return type(node)(tuple(flat))
    if isinstance(node, Not):
        return Not(_simplify(node.child))
    return node


def positive_terms(node: Node | None, negated: bool = False) -> list[Term]:
    """The terms a matching article contains (not those under NOT): what snippets highlight."""
    if node is None:
        return []
    if isinstance(node, Term):
        return [] if negated else [node]
    if isinstance(node, Not):
        return positive_terms(node.child, not negated)
    return [t for child in node.children for t in positive_terms(child, negated)]


# ------------------------------------------------------------------ backends

FTS_TEXT_COLUMNS = "{title text meta}"
ALL_TOKEN = "xall"   # in every article's facets column: the base set a pure NOT subtracts from


# The shapes of the tokens the facets column holds (migration 0003: s/u/p/l + hex, o + source id, xall), and of
# the prefixes that could expand to one.  Only a query word of such a shape needs the {title text meta} filter to
# keep it out of that column; without the filter FTS5 reads no position lists to match a word (~40 % less CPU).
FACET_TOKEN = re.compile(r"xall|o[0-9]+|[supl][0-9a-f]+")
_FACET_PREFIX = re.compile(r"xall?|o[0-9]*|[supl][0-9a-f]*")


def could_meet_facets(node: Node) -> bool:
    """Whether any term of the query, negated or not, could match a token of the facets column."""
    if isinstance(node, Term):
        *whole, last = node.tokens
        return any(FACET_TOKEN.fullmatch(token) for token in whole) or bool(
            (_FACET_PREFIX if node.prefix else FACET_TOKEN).fullmatch(last))
    if isinstance(node, Not):
        return could_meet_facets(node.child)
    return any(could_meet_facets(child) for child in node.children)


def to_fts5(node: Node, column_filter: bool = True) -> str:
    """An FTS5 MATCH expression; every token double-quoted (tokens are alphanumeric, so quoting is total).
    ``column_filter=False`` leaves out {title text meta}, for a query that cannot meet the facets column."""
    if isinstance(node, Term):
        phrase = '"' + " ".join(node.tokens) + '"'
        columns = f"{FTS_TEXT_COLUMNS} : " if column_filter else ""
        return columns + phrase + (" *" if node.prefix else "")
    if isinstance(node, Not):
        return f'(facets : "{ALL_TOKEN}" NOT {_fts5_group(node.child, column_filter)})'
    if isinstance(node, Or):
        return "(" + " OR ".join(_fts5_group(child, column_filter) for child in node.children) + ")"
    positives = [c for c in node.children if not isinstance(c, Not)]
    negatives = [c.child for c in node.children if isinstance(c, Not)]
    if not positives:
        base = f'facets : "{ALL_TOKEN}"'
    else:
        base = " AND ".join(_fts5_group(child, column_filter) for child in positives)
    if not negatives:
        return f"({base})"
    return f"(({base}) NOT ({' OR '.join(_fts5_group(child, column_filter) for child in negatives)}))"


def _fts5_group(node: Node, column_filter: bool = True) -> str:
    return f"({to_fts5(node, column_filter)})"


def to_tsquery(node: Node) -> str:
    """A PostgreSQL tsquery (for ``to_tsquery('simple', ...)``); lexemes quoted.  A word shaped like a filter
    token is restricted to the weights of title (A), text (B) and meta (C), so the facet tokens (D) never answer
    it; any other word is not: a weight restriction makes the GIN index recheck every match against its
    document (read and decompressed), and only filter tokens carry weight D."""
    if isinstance(node, Term):
        parts = []
        for i, token in enumerate(node.tokens):
            prefix = node.prefix and i == len(node.tokens) - 1
            weights = "ABC" if (_FACET_PREFIX if prefix else FACET_TOKEN).fullmatch(token) else ""
            parts.append(f"'{token}'" + (f":*{weights}" if prefix else f":{weights}" if weights else ""))
        return "(" + " <-> ".join(parts) + ")"
    if isinstance(node, Not):
        return f"!{to_tsquery(node.child)}"
    joiner = " & " if isinstance(node, And) else " | "
    return "(" + joiner.join(map(to_tsquery, node.children)) + ")"
