"""Sentences and clauses, by punctuation, with each pack's abbreviations kept whole."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from warta.lang import available, data


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


# A sentence ends at . ! ? … (and closing quotes/brackets after them) before whitespace and an
# upper-case letter, digit or opening quote; a line break always ends one.
_BOUNDARY = re.compile(r"""[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9À-Ý])|\n+""")
_TOKEN_BEFORE = re.compile(r"(\S+)$")


@cache
def _abbreviations() -> frozenset[str]:
    words: set[str] = set()
    for code in available():
        try:
            words.update(data(code, "time").SENTENCE_ABBREVIATIONS)
        except Exception:
            continue
    return frozenset(words)


def sentences(text: str) -> list[Span]:
    """Sentence spans of ``text``, whitespace trimmed, in order."""
    spans: list[Span] = []
    start = 0
    abbreviations = _abbreviations()
    for m in _BOUNDARY.finditer(text):
        if m.group(0)[0] == ".":
            window = max(0, m.start() - 40)
            token = _TOKEN_BEFORE.search(text, window, m.start() + 1)
            word = token.group(1).lower() if token else ""
            # "Jl." "U.S." "Gen." and initials ("J. Smith") do not end a sentence.
            if word in abbreviations or re.fullmatch(r"[a-z]\.", word):
                continue
        _add(spans, text, start, m.end())
        start = m.end()
    _add(spans, text, start, len(text))
    return spans


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))


# Clause boundaries inside a sentence: semicolons, and a comma or conjunction before a new
# reporting or accusing clause is left to the extractors; here only hard breaks.
_CLAUSE = re.compile(r";|\s[–—]\s|:\s(?=[“\"])")


def clauses(text: str, sentence: Span) -> list[Span]:
    out: list[Span] = []
    start = sentence.start
    for m in _CLAUSE.finditer(text, sentence.start, sentence.end):
        _add(out, text, start, m.start())
        start = m.end()
    _add(out, text, start, sentence.end)
    return out
