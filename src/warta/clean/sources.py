"""Sources an article says it draws on: "dilansir The New Arab", "seperti dikutip oleh Anadolu",
"kantor berita Interfax melaporkan", "according to Reuters", "Aljazeera, 1/11."."""

from __future__ import annotations

import re
from functools import cache

from warta.data.media import AGENCIES, MEDIA_WORDS
from warta.lang import load_all
from warta.model import CitedSource

# Lower-case words allowed between a cue and the name ("dikutip oleh kantor berita negara X").
MAX_CONNECTORS = 3
_WORD = r"[A-Z][\w&'’/-]*(?:\.\w+)*"
_NAME = rf"(?P<name>(?:The |Al |Le |La |El )?{_WORD}(?:[ ](?:{_WORD}|of|de|al)){{0,4}})"
_TRAILING_SMALL = re.compile(r"(?:\s+(?:of|de|al))+$")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    packs = load_all()
    strong = sorted({c for p in packs for c in p.citation_cues_before}, key=len, reverse=True)
    weak = sorted({c for p in packs for c in p.citation_cues_weak_before}, key=len, reverse=True)
    after = sorted({c for p in packs for c in p.citation_cues_after}, key=len, reverse=True)
    alt = lambda xs: "|".join(re.escape(x) for x in xs)  # noqa: E731
    connectors = rf"(?:[a-z][\w-]*[ ]){{0,{MAX_CONNECTORS}}}"
    before_strong = re.compile(rf"(?i:\b(?P<cue>{alt(strong)}))[ ,:]+{connectors}{_NAME}")
    before_weak = re.compile(rf"(?i:\b(?P<cue>{alt(weak)}))[ ]+{_NAME}")
    after_weak = re.compile(rf"{_NAME}[ ]+(?i:(?P<cue>{alt(after)}))\b")
    return before_strong, before_weak, after_weak


@cache
def _agencies() -> frozenset[str]:
    return frozenset(a.casefold() for a in AGENCIES)


def looks_like_media(name: str) -> bool:
    low = name.casefold()
    if low in _agencies() or low.removeprefix("the ") in _agencies():
        return True
    return any(re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", low) for w in MEDIA_WORDS)


def cited_sources(text: str, credits: list[tuple[str, int, int]] | None = None
                  ) -> tuple[CitedSource, ...]:
    """Cited sources in order of first mention, each named once."""
    before_strong, before_weak, after_weak = _patterns()
    found: list[CitedSource] = []
    for m in before_strong.finditer(text):
        _add(found, m, strong=True)
    for m in before_weak.finditer(text):
        _add(found, m, strong=False)
    for m in after_weak.finditer(text):
        _add(found, m, strong=False)
    for name, start, end in credits or []:
        if not any(s.name.casefold() == name.casefold() for s in found):
            found.append(CitedSource(name, "credit line", start, end))
    found.sort(key=lambda s: s.start)
    return tuple(found)


def _add(found: list[CitedSource], m: re.Match[str], strong: bool) -> None:
    name = _TRAILING_SMALL.sub("", m.group("name")).rstrip(".,'’")
    if not name or (not strong and not looks_like_media(name)):
        return
    if any(s.name.casefold() == name.casefold() for s in found):
        return
    start = m.start("name")
    found.append(CitedSource(name, m.group("cue").lower(), start, start + len(name)))
