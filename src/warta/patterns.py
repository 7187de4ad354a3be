"""Regular expressions built from word lists (the language packs' data).

A list of hundreds of words as a flat alternation (``a|b|c``) makes the regex engine try every
word at every position of the text. :func:`alternation` writes the same words as a trie
(``ab(?:c|d)``): at each position only the words sharing the text's first characters are
tried, and it matches exactly what the flat alternation matches. At any position, the words
that can match are prefixes of the text there, so they lie on one path of the trie; trying
the deeper branches of that path first is trying the longer words first, as the flat,
longest-first alternation does. Where two branches of a node could both match one character
(``A`` and ``a`` under ``re.I``), the branches are merged and each word is checked where it
ends, which keeps the order exact (see :func:`trie`).
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from functools import lru_cache

# A word as (character, case-insensitive here) tokens.
_Token = tuple[str, bool]


class _Node:
    __slots__ = ("children", "ends", "impure", "tokens")

    def __init__(self, impure: bool) -> None:
        self.children: dict[object, _Node] = {}
        self.tokens: dict[object, set[_Token]] = {}  # the tokens each child's edge stands for
        self.ends: list[tuple[_Token, ...]] = []  # the words that end here
        self.impure = impure  # an edge above stands for several tokens


def alternation(words: Iterable[str]) -> str:
    """Any of ``words``, preferring the longest (as ``a|b|c`` of the escaped words, longest
    first), written as a trie; the case flags are those of the pattern it goes into."""
    return trie((w, False) for w in words)


def trie(words: Iterable[tuple[str, bool]]) -> str:
    """Like :func:`alternation` for ``(word, ignore_case)`` pairs: a word with ``ignore_case``
    matches in any case (``(?i:...)``) even in a case-sensitive pattern.

    The trie's edges are case classes ("i" for ``I``, ``i`` and ``(?i:i)``), so that one
    character of text can follow one edge only; an edge that stands for several tokens matches
    any of them, and a word under such an edge is checked whole where it ends (a lookbehind).
    Characters whose case class is unclear (non-ASCII letters other than the few ``re.I``
    equates with ASCII ones) are never merged: sibling edges of those are written flat,
    longest first."""
    root = _Node(False)
    for word, fold in set(words):
        tokens = tuple((ch, fold) for ch in word)
        node = root
        for token in tokens:
            key = _key(token)
            child = node.children.get(key)
            if child is None:
                child = node.children[key] = _Node(node.impure)
                node.tokens[key] = set()
            node.tokens[key].add(token)
            if len(node.tokens[key]) > 1:
                _taint(child)
            node = child
        node.ends.append(tokens)
    if not root.children and not root.ends:
        return ""
    return _emit(root, 0)


def _key(token: _Token) -> object:
    klass = _case_class(token[0])
    return token if klass == "*" else klass


def _taint(node: _Node) -> None:
    if not node.impure:
        node.impure = True
        for child in node.children.values():
            _taint(child)


def _emit(node: _Node, depth: int) -> str:
    options = []
    odd = [k for k in node.children if isinstance(k, tuple)]
    for key, child in node.children.items():
        if isinstance(key, tuple) and len(odd) > 1:
            continue
        tokens = sorted(node.tokens[key])
        edge = _render(tokens[:1]) if len(tokens) == 1 else (
            "(?:" + "|".join(_render([t]) for t in tokens) + ")")
        options.append(edge + _emit(child, depth + 1))
    if len(odd) > 1:
        # branches one character of text may both follow: their words flat, longest first
        words = sorted((w for k in odd for w in _words(node.children[k])), key=len,
                       reverse=True)
        options.extend(_check(w, node.impure, depth) for w in words)
    if node.ends:
        if node.impure:
            options.append("(?:" + "|".join(f"(?<={_render(list(w))})" for w in node.ends)
                           + ")")
        else:
            options.append("")
    if len(options) == 1:
        return options[0]
    return "(?:" + "|".join(options) + ")"


def _words(node: _Node) -> list[tuple[_Token, ...]]:
    out = list(node.ends)
    for child in node.children.values():
        out.extend(_words(child))
    return out


def _check(word: tuple[_Token, ...], impure: bool, depth: int) -> str:
    """The rest of ``word`` from ``depth``, checked whole when the path here was merged."""
    rest = _render(list(word[depth:]))
    return rest + (f"(?<={_render(list(word))})" if impure else "")


def _render(tokens: list[_Token]) -> str:
    out = []
    for ch, fold in tokens:
        out.append(f"(?i:{re.escape(ch)})" if fold else re.escape(ch))
    return "".join(out)


@lru_cache(maxsize=4096)
def _case_class(ch: str) -> str:
    """A key shared by every two characters ``re.I`` may match with each other: an ASCII
    character's lower case; for any other, the ASCII letter it matches ("K", the Kelvin sign,
    matches "k"), else ``*`` (all alike, to be safe)."""
    if ch.isascii():
        return ch.lower()
    for letter in string.ascii_lowercase:
        if re.fullmatch(re.escape(ch), letter, re.I):
            return letter
    return "*"


def word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Any of ``words`` as whole words (not inside a longer word or a hyphenated one), any case."""
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w-])", re.I)


_TOKEN = re.compile(r"[\w-]+")


def lowercase_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case ("polisi menangkap", not "Polisi"): a word found
    here is a common word of the text, whatever else it may be capitalised as."""
    return frozenset(t for t in _TOKEN.findall(text) if t.islower())


class WordScan:
    """Several word lists found in one pass over a text.

    Each pattern's own ``finditer`` over a 2 KB article costs what the regex engine spends at
    every position (~0.05 ms), whatever the words. One pass of a zero-width look-ahead over the
    union of every list finds each position where any of them matches; each list's pattern is
    then tried only there, skipping positions inside its own previous match, which is exactly
    what its ``finditer`` returns. The lists are whole words (:func:`word_pattern`) unless
    ``left`` and ``right`` say otherwise (``right=""``: a word may go on, as a prefix)."""

    def __init__(self, lists: dict[str, Iterable[str]], left: str = r"(?<![\w-])",
                 right: str = r"(?![\w-])") -> None:
        words = {name: tuple(ws) for name, ws in lists.items()}
        self.patterns = {name: re.compile(rf"{left}(?:{alternation(ws)}){right}", re.I)
                         for name, ws in words.items() if ws}
        every = [w for ws in words.values() for w in ws]
        self._names = tuple(words)
        self._union = re.compile(rf"{left}(?=(?:{alternation(every)}){right})", re.I) \
            if every else None

    def finditer(self, text: str) -> dict[str, list[re.Match[str]]]:
        """Each list's matches in ``text``, in order, as its own pattern's ``finditer``."""
        out: dict[str, list[re.Match[str]]] = {name: [] for name in self._names}
        if self._union is None:
            return out
        ends = dict.fromkeys(self.patterns, 0)
        items = list(self.patterns.items())
        for hit in self._union.finditer(text):
            at = hit.start()
            for name, pattern in items:
                if at < ends[name]:
                    continue
                m = pattern.match(text, at)
                if m is not None:
                    out[name].append(m)
                    ends[name] = m.end()
        return out

    def present(self, text: str) -> frozenset[str]:
        """The lists with at least one match in ``text``."""
        found: set[str] = set()
        if self._union is None:
            return frozenset()
        for hit in self._union.finditer(text):
            at = hit.start()
            for name, pattern in self.patterns.items():
                if name not in found and pattern.match(text, at):
                    found.add(name)
            if len(found) == len(self.patterns):
                break
        return frozenset(found)
