"""Places as written: capitalised names after place cues ("kota Martakert", "near Goma"), and
the names listed with them ("Terter, Agdam dan Agjabedi"). Geocoding them is the gazetteer's
job (``warta.geo``); this hook only finds the names, so a name that no gazetteer knows is still
reported."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from warta.lang import data, load

_NAME = r"[A-Z][\w'’]*(?:-[A-Z\w][\w'’]*)*(?:\s+[A-Z][\w'’]*(?:-[A-Z\w][\w'’]*)*){0,2}"


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    name: str
    cue: str


@cache
def _not_names(code: str) -> tuple[frozenset[str], re.Pattern[str]]:
    """Capitalised words that are not place names (weekdays, months), and the admin words that
    may start a name as written ("Distrik Seradala", "Negara Bagian Rakhine")."""
    pack = load(code)
    p = data(code, "places")
    calendar = frozenset(w.lower() for w in (*pack.weekdays, *pack.months))
    admin = sorted({*p.TOWN_CUES, *p.REGION_CUES, *getattr(p, "ADMIN_WORDS", [])}, key=len,
                   reverse=True)
    return calendar, re.compile(r"^(?i:{})\s+(?=[A-Z])".format(
        "|".join(re.escape(w) for w in admin)))


def _clean_name(name: str, start: int, cue: str, code: str) -> tuple[str, int, str] | None:
    """The name without a leading admin word (which becomes the cue) or a possessive owner
    ("Russia's Belgorod" -> "Belgorod"); None for a word that is no place name."""
    calendar, admin = _not_names(code)
    m = admin.match(name)
    if m:
        cue, start, name = m.group(0).strip().lower(), start + m.end(), name[m.end():]
    owner = re.match(r"^.*?['’]s\s+(?=[A-Z])", name)
    if owner:
        start, name = start + owner.end(), name[owner.end():]
    name = re.sub(r"['’]s$", "", name)
    words = name.split()
    while len(words) > 1 and words[-1].lower() in calendar:
        words.pop()  # "Nagorno-Karabakh Jumat": the day follows the place
    name = " ".join(words) if len(words) != len(name.split()) else name
    if not name or name.lower() in calendar or (name.isupper() and len(name) > 3):
        return None
    return name, start, cue


@cache
def _pattern(code: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    p = data(code, "places")
    cues = "|".join(re.escape(c) for c in sorted(p.PLACE_CUES, key=len, reverse=True))
    joiners = "|".join(re.escape(j) for j in p.LIST_JOINERS if j != ",")
    first = re.compile(rf"(?<![\w])(?P<cue>(?i:{cues}))\s+(?P<name>{_NAME})")
    more = re.compile(rf"\s*(?:,\s*(?:(?:{joiners})\s+)?|\s+(?:{joiners})\s+)(?P<name>{_NAME})"
                      rf"(?![\w])")
    return first, more


def find_places(text: str, start: int, end: int, language: str,
                exclude: frozenset[str] = frozenset()) -> list[PlaceMention]:
    """Place names between ``start`` and ``end``; names in ``exclude`` (titles, parties that
    are not places) are skipped."""
    try:
        first, more = _pattern(language)
    except Exception:
        return []
    out: list[PlaceMention] = []
    pos = start
    while True:
        m = first.search(text, pos, end)
        if not m:
            break
        # the cue is a lower-case word; "Di Jakarta" at a sentence start is fine too
        cue = m.group("cue")
        if cue[0].isupper() and m.start() != start:
            pos = m.end("cue")
            continue
        names = [(m.start("name"), m.end("name"))]
        tail = m.end()
        while True:
            nxt = more.match(text, tail, end)
            if not nxt:
                break
            names.append((nxt.start("name"), nxt.end("name")))
            tail = nxt.end()
        for a, b in names:
            cleaned = _clean_name(text[a:b], a, cue.lower(), language)
            if cleaned is None:
                continue
            name, a2, place_cue = cleaned
            if name.lower() not in exclude and name not in exclude:
                out.append(PlaceMention(a2, a2 + len(name), name, place_cue))
        pos = tail
    return out


_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’]*(?:-[A-Z\w][\w'’]*)*"
                          r"(?:\s+[A-Z][\w'’]*(?:-[A-Z\w][\w'’]*)*){0,2}")


@cache
def _neighbours(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in data(code, "places").NOT_PLACE_NEIGHBOURS)


def capitalised_candidates(text: str, start: int, end: int, language: str,
                           exclude: frozenset[str] = frozenset()) -> list[PlaceMention]:
    """Capitalised names with no cue word, for the gazetteer to confirm ("Shelling hit
    Kharkiv"). Sentence-initial words, weekday and month names, stopwords, acronyms, and names
    next to organisation or person words ("Rapid Support Forces", "Pompeo said") are left out."""
    try:
        neighbours = _neighbours(language)
        from warta.clean.language import stoplist

        stop = stoplist(language)
    except Exception:
        return []
    out: list[PlaceMention] = []
    for m in _CAPITALISED.finditer(text, start, end):
        a = m.start()
        if a == start or re.search(r"[.!?“\"]\s*$", text[max(start, a - 3):a]):
            continue  # the first word of a sentence is capitalised anyway
        cleaned = _clean_name(m.group(0), a, "", language)
        if cleaned is None:
            continue
        name, a, _ = cleaned
        words = name.split()
        if any(w.lower() in stop for w in words) or name.lower() in exclude or name in exclude:
            continue
        letters = [c for c in name if c.isalpha()]
        if len(letters) < 2 or (len(letters) == 2 and not name.isupper()):
            continue  # "Al shabaab", "As Samwah": a particle, never a place alone
        prev_word = re.search(r"([\w'’-]+)\W*$", text[max(start, a - 30):a])
        next_word = re.match(r"\W*([\w'’-]+)", text[a + len(name):end])
        if (prev_word and prev_word.group(1).lower() in neighbours) or (
                next_word and next_word.group(1).lower() in neighbours):
            continue
        out.append(PlaceMention(a, a + len(name), name, ""))
    return out
