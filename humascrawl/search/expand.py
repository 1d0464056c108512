"""Query expansion: word forms (:mod:`humascrawl.search.stemmer`) and domain synonyms (``data/rules/synonyms.toml``).

A parsed query tree is rewritten before a backend sees it, so SQLite FTS5 and PostgreSQL receive the same
expanded query over the same surface index:

* a run of unquoted words equal to a synonym form becomes the OR of every form of its group (each form a phrase),
  next to the words as typed (``laka lantas`` -> ``(laka AND lantas) OR "kecelakaan lalu lintas" OR ...``), so
  an expanded search finds everything the surface search did;
* an unquoted single word becomes the OR of the archive's words sharing its root (``penangkapan`` ->
  ``penangkapan OR ditangkap OR menangkap ...``).

Quoted phrases, prefixes (``polr*``) and words under NOT are left as typed (a NOT expands only to its word forms,
so ``-ditangkap`` also drops ``menangkap``); ``exact=True`` leaves the whole query as typed.  Snippets highlight
whichever form matched, since every form is a term of the tree.
"""

from __future__ import annotations

import functools
import re

from humascrawl.extract.rules import load_rules_file
from humascrawl.search.query import And, Node, Not, Or, Term, tokens
from humascrawl.search.stemmer import Stemmer

MAX_SYNONYM_WORDS = 8
# A synonym rank form is used only when it is plain words (persons.toml forms are regexes).
_PLAIN_FORM = re.compile(r"[A-Za-z]+(?:\\s\+[A-Za-z]+)*")


@functools.lru_cache(maxsize=1)
def synonym_groups() -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Every synonym group, each a tuple of token tuples: synonyms.toml groups, then Polda names, then ranks."""
    groups: list[list[str]] = [list(g.get("forms", [])) for g in load_rules_file("synonyms").get("group", [])]
    for polda in load_rules_file("units").get("polda", []):
        groups.append([str(polda.get("abbr", ""))] + list(polda.get("names", [])))
    for rank in load_rules_file("persons").get("rank", []):
        plain = [f.replace("\\s+", " ") for f in rank.get("forms", []) if _PLAIN_FORM.fullmatch(f)]
        groups.append(plain)
    out = []
    for group in groups:
        forms = tuple(dict.fromkeys(t for t in (tuple(tokens(form)) for form in group) if t))
        if len(forms) > 1:
            out.append(forms)
    return tuple(out)


@functools.lru_cache(maxsize=1)
def synonym_index() -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Token tuple -> all the forms of its groups (a form in two groups gets the union)."""
    index: dict[tuple[str, ...], dict[tuple[str, ...], None]] = {}
    for group in synonym_groups():
        for form in group:
            if len(form) <= MAX_SYNONYM_WORDS:
                index.setdefault(form, {}).update(dict.fromkeys(group))
    return {form: tuple(forms) for form, forms in index.items()}


def synonyms_of(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The synonym forms of a run of folded words (itself included), or () when it is no synonym."""
    return synonym_index().get(tuple(words), ())


def expand(node: Node | None, stemmer: Stemmer | None) -> Node | None:
    """The query tree with synonyms and word forms; ``stemmer=None`` expands synonyms only."""
    if node is None:
        return None
    return _expand(node, stemmer)


def _is_word(node: Node) -> bool:
    """An unquoted word, not a prefix; ``anak-anak`` (the tokens anak anak) counts as the word ``anak``."""
    if not isinstance(node, Term) or node.prefix or node.exact:
        return False
    return len(node.tokens) == 1 or (len(node.tokens) == 2 and node.tokens[0] == node.tokens[1])


def _expand(node: Node, stemmer: Stemmer | None) -> Node:
    if isinstance(node, Term):
        return _expand_run([node], stemmer)[0]
    if isinstance(node, Not):
        return Not(_word_forms(node.child, stemmer) if _is_word(node.child) else node.child)
    if isinstance(node, Or):
        return _flat(Or, [_expand(child, stemmer) for child in node.children])
    return _flat(And, _expand_run(list(node.children), stemmer))


def _expand_run(children: list[Node], stemmer: Stemmer | None) -> list[Node]:
    """The children of an AND, runs of unquoted words that form a synonym replaced by the synonym's group."""
    out: list[Node] = []
    i = 0
    while i < len(children):
        matched = 0
        for size in range(min(MAX_SYNONYM_WORDS, len(children) - i), 0, -1):
            run = children[i:i + size]
            if all(_is_word(child) for child in run) and synonyms_of(tuple(c.tokens[0] for c in run)):
                matched = size
                break
        if not matched:
            child = children[i]
            out.append(_word_forms(child, stemmer) if isinstance(child, Term) else _expand(child, stemmer))
            i += 1
            continue
        run = children[i:i + matched]
        words = tuple(child.tokens[0] for child in run)
        alternatives: list[Node] = [_flat(And, [_word_forms(child, stemmer) for child in run])]
        for form in synonyms_of(words):
            if form == words:
                continue
            alternatives.append(_word_forms(Term(form), stemmer) if len(form) == 1 else Term(form))
        out.append(_flat(Or, alternatives))
        i += matched
    return out


def _word_forms(term: Term, stemmer: Stemmer | None) -> Node:
    if stemmer is None or not _is_word(term):
        return term
    word = term.tokens[0]
    forms = stemmer.forms(word) - {word}
    if not forms:
        return term
    return Or((term, *(Term((form,)) for form in sorted(forms) if (form,) != term.tokens)))


def _flat(kind, children: list[Node]) -> Node:
    flat: list[Node] = []
    for child in children:
        flat.extend(child.children if type(child) is kind else (child,))
    unique = list(dict.fromkeys(flat))
    return unique[0] if len(unique) == 1 else kind(tuple(unique))
