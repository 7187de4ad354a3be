"""Regular expressions built from word lists (the language packs' data)."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """``a|b|c`` of the escaped words, longest first so that a regex prefers the longest."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Any of ``words`` as whole words (not inside a longer word or a hyphenated one), any case."""
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w-])", re.I)


_TOKEN = re.compile(r"[\w-]+")


def lowercase_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case ("polisi menangkap", not "Polisi"): a word found
    here is a common word of the text, whatever else it may be capitalised as."""
    return frozenset(t for t in _TOKEN.findall(text) if t.islower())
