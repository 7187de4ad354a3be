"""Title and dateline: what an article says about itself in its first lines.

A dateline names the place the report was filed from and often the outlet and the date:
"KARABAKH (Arrahmah.com) –", "Baku, Gatra.com-", "Konfirmasitimes.com-Jakarta (04/10/2020).",
"WASHINGTON, Oct 23 (Reuters) -", "STEPANAKERT:". Its shapes are typographic, not lexical, so the
patterns below hold for any language written in Latin script.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from warta.clean.furniture import Vocabulary, furniture_reason, words

_CAP = r"[A-Z][\w'’]*(?:[-.][\w][\w'’]*)*"
_PLACE = rf"{_CAP}(?:[ ]{_CAP}){{0,3}}"
_ALLCAPS = r"[A-Z][A-Z'’.]*(?:-[A-Z][A-Z'’.]*)*(?:[ ][A-Z][A-Z'’.]*(?:-[A-Z]+)*){0,2}"
_DASH = r"(?:[-–—]+)"
_DOMAIN = (r"[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\."
           r"(?i:com|id|net|org|co|news|tv|info|me|io|my|uk|au|in|ph|sg|de|fr|ru|tr|az|am)"
           r"(?![\w])")
_OUTLET_WORDS = r"[A-Z0-9][\w.&'’]*(?:[ ][A-Z0-9][\w.&'’]*){0,3}"

DATELINES: tuple[re.Pattern[str], ...] = (
    # Konfirmasitimes.com-Jakarta (04/10/2020).   /   Penapembaharu.com -Baku-
    # (the place must be closed by a date or punctuation: "Suara.com - Polisi menangkap" has none)
    re.compile(rf"^(?P<outlet>{_DOMAIN})\s*{_DASH}\s*(?P<place>{_PLACE})"
               rf"(?:\s*\((?P<date>[^()\n]{{3,30}})\)\s*[-–—.:,]*|\s*[-–—.:,]+)\s*"),
    # Liputan6.com, Jakarta -   /   TEMPO.CO, Jakarta -   /   Bisnis.com, JAKARTA (12/3) -
    re.compile(rf"^(?P<outlet>{_DOMAIN}),\s*(?P<place>{_PLACE})\s*"
               rf"(?:\((?P<date>[^()\n]{{3,30}})\))?\s*(?:{_DASH}|:)\s*"),
    # KARABAKH (Arrahmah.com) –   /   WASHINGTON, Oct 23 (Reuters) -
    re.compile(rf"^(?P<place>{_PLACE})\s*(?:,\s*(?P<date>[^()\n]{{3,30}}?)\s*)?"
               rf"\((?P<outlet>[A-Za-z][^()\n]{{1,40}}|{_DOMAIN})\)\s*(?:{_DASH}|:)\s*"),
    # DEKAI, KABARPEGUNUNGAN.com, Rabu (8/5/2024) -
    re.compile(rf"^(?P<place>{_PLACE}),\s*(?P<outlet>{_DOMAIN}),\s*(?P<date>[^\n–—-]{{3,30}}?)"
               rf"\s*{_DASH}\s*"),
    # Baku, Gatra.com-   /   JAKARTA, KabarNusantara.com --   /   Jayapura, Warta Timur -
    # (MANILA, Philippines — : a country after the comma is part of the place, see _outlet)
    re.compile(rf"^(?P<place>{_PLACE}),\s*(?P<outlet>{_DOMAIN}|{_OUTLET_WORDS})"
               rf"(?:\s*{_DASH}\s+|\s+{_DASH}\s*|{_DASH}(?=[A-Z])|\s*:\s)"),
    # Suara.com -   /   Hidayatullah.com—Pasukan (an outlet and no place)
    re.compile(rf"^(?P<outlet>{_DOMAIN})\s*(?:{_DASH}|:)(?:\s+|(?=[A-Z]))"),
    # Jakarta - Ribuan buruh ...  (detik style: a place in title case and a spaced dash)
    re.compile(rf"^(?P<place>{_CAP}(?:[ ]{_CAP}){{0,2}})\s+{_DASH}\s+(?=[A-Z])"),
    # STEPANAKERT:   /   GOMA, 12 March -
    re.compile(rf"^(?P<place>{_ALLCAPS})(?:,\s*(?P<date>[^\n:–—-]{{3,30}}?))?\s*(?::|{_DASH})\s+"),
)

MAX_TITLE_CHARS = 250
MASTHEAD_MAX_WORDS = 5
# "BNPB: Korban meninggal gempa Cianjur bertambah" looks like a dateline but is a headline; a
# dateline is followed by a whole sentence.
TITLE_MAX_WORDS_WITH_DATELINE = 20


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str | None
    outlet: str | None
    date: str | None
    end: int  # offset in the line where the article text starts


def normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def find_dateline(line: str) -> Dateline | None:
    for pattern in DATELINES:
        m = pattern.match(line)
        if not m:
            continue
        groups = m.groupdict()
        place = _place(groups.get("place"))
        outlet = _outlet(groups.get("outlet"))
        date = (groups.get("date") or "").strip() or None
        if place is None and outlet is None:
            continue
        return Dateline(place, outlet, date, m.end())
    return None


@cache
def territories() -> frozenset[str]:
    """Country and territory names in every installed pack's language (Babel's CLDR data)."""
    from babel import Locale

    from warta.lang import available

    names: set[str] = set()
    for code in available():
        try:
            names.update(n.casefold() for n in Locale.parse(code).territories.values())
        except Exception:  # a pack whose code CLDR does not know
            continue
    return frozenset(names)


def _outlet(text: str | None) -> str | None:
    """The outlet part of a dateline, unless it is a country ("MANILA, Philippines —") or a
    region abbreviation ("PARADISE, Calif. —"), which belong to the place."""
    text = (text or "").strip()
    if not text:
        return None
    if text.endswith(".") or text.casefold() in territories():
        return None
    return text


def _place(text: str | None) -> str | None:
    if not text:
        return None
    text = text.strip(" .,-–—:")
    if text.isupper():
        text = " ".join("-".join(p.capitalize() for p in w.split("-")) for w in text.split())
    return text or None


# A full stop closing a sentence inside the line ("... of meals. The protesters ... [size=15]"):
# a headline is one sentence, so such a line is the lead, whatever it ends with.
_SENTENCE_INSIDE = re.compile(r"[a-z0-9)\]]\.\s+[A-Z][a-z]+\s+\w+")


def find_title(lines: Sequence[tuple[int, str]], vocab: Vocabulary,
               hint: str | None = None) -> tuple[str | None, frozenset[int]]:
    """The title and the numbers of the lines that state it.

    With a ``hint`` (the page's or record's own title) the lines equal to it are the title.
    Otherwise the first line that is neither furniture nor a dateline and is shaped like a
    headline (no sentence-final full stop, not too long) is the title; its repeats are too.
    """
    if hint:
        key = normalise(hint)
        numbers = frozenset(no for no, text in lines if normalise(text) == key)
        return hint.strip(), numbers
    for _no, text in lines:
        tokens = words(text)
        if furniture_reason(text, tokens, vocab):
            continue
        if len(tokens) < 2 or (text.isupper() and len(tokens) <= MASTHEAD_MAX_WORDS):
            continue  # a section label, a tag, or the site's masthead ("WARTA TIMUR")
        if ((len(tokens) > TITLE_MAX_WORDS_WITH_DATELINE and find_dateline(text))
                or len(text) > MAX_TITLE_CHARS
                or text.rstrip().endswith(".") or _SENTENCE_INSIDE.search(text)
                or not (text[0].isupper() or text[0].isdigit() or text[0] in "\"“'‘")):
            return None, frozenset()
        key = normalise(text)
        return text.strip(), frozenset(n for n, t in lines if normalise(t) == key)
    return None, frozenset()


# -- masthead lines: "Caribbean Monitor | Updated 18:20 EDT, Tuesday, October 22, 2024",
# "Nusa Papua Pos, Timika — Kamis, 12 September 2024", "Palangka Raya, 27 Oktober 2024 —
# BORNEORAYA.id": the outlet, perhaps the place, and the date on one line of their own.
_MASTHEAD_SPLIT = re.compile(r"\s*(?:\||[–—]+|\s-{1,2}\s)\s*")
_NAME_SEGMENT = re.compile(rf"^(?:{_DOMAIN}|{_OUTLET_WORDS})$")
MASTHEAD_SEARCH_LINES = 3
MASTHEAD_MAX_CHARS = 120


@cache
def _calendar_words() -> frozenset[str]:
    """Weekday and month names of every installed pack ("Senin, 20 Januari" names no place)."""
    from warta.lang import load_all

    return frozenset(w.casefold() for p in load_all() for w in (*p.weekdays, *p.months))


@dataclass(frozen=True, slots=True)
class Masthead:
    outlet: str | None
    place: str | None
    date: str  # the segment with the date, as written
    line: int


def find_masthead(lines: Sequence[tuple[int, str]]) -> Masthead | None:
    """The first of the first lines that splits (at ``|`` or a dash) into a segment with a full
    date and a segment that is a name: the outlet, or "outlet, place"; a "place, date" segment
    gives the place. A segment in capitals alone is a place ("GUSAU — Tuesday, 3 September")."""
    from warta.clean.dates import full_dates

    for no, text in lines[:MASTHEAD_SEARCH_LINES]:
        if len(text) > MASTHEAD_MAX_CHARS:
            continue
        segments = [s.strip(" ,.") for s in _MASTHEAD_SPLIT.split(text) if s.strip(" ,.")]
        if len(segments) < 2:
            continue
        has_date = {s: bool(full_dates(s)) for s in segments}
        dated = [s for s in segments if has_date[s]]
        names = [s for s in segments if (not has_date[s] and not re.search(r"\d", s))
                 or re.fullmatch(_DOMAIN, s)]
        if len(dated) != 1 or not names or len(segments) - len(names) != 1:
            continue
        outlet = place = None
        for name in names:
            head, _, tail = name.partition(",")
            head, tail = head.strip(), tail.strip()
            if tail and _NAME_SEGMENT.match(head) and re.fullmatch(_PLACE, tail):
                outlet, place = outlet or _outlet(head), place or _place(tail)
            elif _NAME_SEGMENT.match(name):
                if name.isupper() and not re.fullmatch(_DOMAIN, name):
                    place = place or _place(name)
                else:
                    outlet = outlet or _outlet(name)
        before, comma, _rest = dated[0].partition(",")
        if (comma and re.fullmatch(_PLACE, before.strip()) and not full_dates(before)
                and before.strip().casefold() not in _calendar_words()):
            place = place or _place(before.strip())
        if outlet or place:
            return Masthead(outlet, place, dated[0], no)
    return None
