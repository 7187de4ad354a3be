"""Sources an article says it draws on: "dilansir The New Arab", "seperti dikutip oleh Anadolu",
"kantor berita Interfax melaporkan", "according to Reuters", "Aljazeera, 1/11."."""

from __future__ import annotations

import re
from functools import cache

from warta.data.media import AGENCIES, MEDIA_DOMAINS
from warta.lang import load_all
from warta.model import CitedSource

# Lower-case words allowed between a cue and the name ("dikutip oleh kantor berita negara X").
MAX_CONNECTORS = 3
_WORD = r"[A-Z][\w&'’/-]*(?:\.\w+)*"
_NAME = rf"(?P<name>(?:The |Al |Le |La |El )?{_WORD}(?:[ ](?:{_WORD}|of|de|al)){{0,4}})"
_TRAILING_SMALL = re.compile(r"(?:\s+(?:of|de|al))+$")
_LEADING_ATTRIBUTES = re.compile(r"^(?:The\s+)?(?:\S+-(?:run|backed|owned|based|affiliated)\s+)?"
                                 r"(?=\S)")


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    packs = load_all()
    strong = sorted({c for p in packs for c in p.citation_cues_before}, key=len, reverse=True)
    weak = sorted({c for p in packs for c in p.citation_cues_weak_before}, key=len, reverse=True)
    after = sorted({c for p in packs for c in p.citation_cues_after}, key=len, reverse=True)
    strong_after = sorted({c for p in packs for c in p.citation_cues_strong_after}, key=len,
                          reverse=True)
    alt = lambda xs: "|".join(re.escape(x) for x in xs)  # noqa: E731
    connectors = rf"(?:[a-z][\w-]*[ ]){{0,{MAX_CONNECTORS}}}"
    before_strong = re.compile(rf"(?i:\b(?P<cue>{alt(strong)}))[ ,:]+{connectors}{_NAME}")
    before_weak = re.compile(rf"(?i:\b(?P<cue>{alt(weak)}))[ ]+{_NAME}")
    after_weak = re.compile(rf"{_NAME}[ ]+(?i:(?P<cue>{alt(after)}))\b")
    after_strong = re.compile(rf"{_NAME}[ ]+(?i:(?P<cue>{alt(strong_after)}))\b"
                              if strong_after else r"(?!x)x")
    return before_strong, before_weak, after_weak, after_strong


@cache
def _cues() -> tuple[tuple[str, ...], ...]:
    packs = load_all()
    return (
        tuple({c for p in packs for c in p.citation_cues_before}),
        tuple({c for p in packs for c in p.citation_cues_weak_before}),
        tuple({c for p in packs for c in p.citation_cues_after}),
        tuple({c for p in packs for c in p.citation_cues_strong_after}),
    )


@cache
def _agencies() -> frozenset[str]:
    return frozenset(a.casefold() for a in AGENCIES)


def looks_like_media(name: str) -> bool:
    low = name.casefold()
    if low in _agencies() or low.removeprefix("the ") in _agencies():
        return True
    return any(re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", low) for w in _media_words())


@cache
def _media_words() -> tuple[str, ...]:
    return tuple(dict.fromkeys([*MEDIA_DOMAINS, *(w for p in load_all() for w in p.media_words)]))


def cited_sources(text: str, credits: list[tuple[str, int, int]] | None = None,
                  outlet: str | None = None) -> tuple[CitedSource, ...]:
    """Cited sources in order of first mention, each named once; never the article's own
    ``outlet``."""
    before_strong, before_weak, after_weak, after_strong = _patterns()
    found: list[CitedSource] = []
    low = text.lower()
    cues = _cues()
    # Each pattern runs only when one of its cues occurs at all (a substring test is cheap).
    if any(c in low for c in cues[0]):
        for m in before_strong.finditer(text):
            _add(found, m, strong=True)
    if any(c in low for c in cues[3]):
        for m in after_strong.finditer(text):
            # "Sudan's state news agency SUNA": a possessive names the owner, not the agency
            if not re.search(r"['’]s?$", m.group("name")):
                _add(found, m, strong=True)
    if any(c in low for c in cues[1]):
        for m in before_weak.finditer(text):
            _add(found, m, strong=False)
    if any(c in low for c in cues[2]):
        for m in after_weak.finditer(text):
            _add(found, m, strong=False)
    for name, start, end in credits or []:
        if not any(s.name.casefold() == name.casefold() for s in found):
            found.append(CitedSource(name, "credit line", start, end))
    own = _own_names(outlet)
    found = [s for s in found if s.name.casefold() not in own]
    found.sort(key=lambda s: s.start)
    return tuple(found)


def _own_names(outlet: str | None) -> set[str]:
    """"Antara", "antaranews.com" and "ANTARA News" name the same outlet."""
    if not outlet:
        return set()
    low = outlet.casefold()
    stem = re.split(r"[.\s]", low)[0]
    return {low, stem, stem + "news", stem + " news"}


def _add(found: list[CitedSource], m: re.Match[str], strong: bool) -> None:
    name = _TRAILING_SMALL.sub("", m.group("name")).rstrip(".,'’")
    # "The Houthi-run Saba news agency", "the state-run IRNA": the attribute is not the name
    name = _LEADING_ATTRIBUTES.sub("", name)
    if not name or (not strong and not looks_like_media(name)):
        return
    if any(s.name.casefold() == name.casefold() for s in found):
        return
    start = m.start("name")
    found.append(CitedSource(name, m.group("cue").lower(), start, start + len(name)))
