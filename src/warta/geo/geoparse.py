"""The whole-text geoparser: every toponym of an article as a :class:`~warta.model.Place` with its
span, kind, coordinates, gazetteer id and admin path.

Finding: runs of capitalised words (with the connectors a name may hold, "Bosnia and
Herzegovina") are matched against the gazetteer longest first. A match is dropped when it is a
common word of the article (written in lower case elsewhere, or a stopword), an acronym that is
no country, next to a word that marks a person or an organisation ("Henry said", "Police"), or
the tail of a longer capitalised name the gazetteer does not know ("Chiquita Raquel Henry": a
person, and then "Henry" is that person everywhere in the article). An admin word before or
after the name ("Kabupaten Nduga", "Kandahar province") is kept as its cue and asks for a unit
of that level; demonyms ("Turkish") are names of their country in the gazetteer.

Resolving, for each distinct name of the article (one sense per article):
  1. the hierarchy written next to it: in "Distrik Mugi, Kabupaten Nduga, Papua Pegunungan" or
     "Kismaayo, Lower Juba" each name keeps only the readings that lie inside a reading of the
     name after it (and that one only the readings that contain one);
  2. names with a single reading (within SAME_PLACE_KM), and the countries named, anchor the
     rest: a reading in a country the article names, or near its other places, wins;
  3. then the reading's rank: a country, a first-level unit, a capital, population.
A name no reading of which is plausible stays unresolved (reported, without coordinates): it
never removes the others.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from warta.geo.gazetteer import Entry, Gazetteer, country_neighbours
from warta.geo.names import normalise as _normalise
from warta.geo.names import skeleton
from warta.lang import LanguagePackError, available, data
from warta.model import Evidence, Place

normalise = lru_cache(maxsize=200_000)(_normalise)

SAME_PLACE_KM = 15.0
NEAR_KM = 100.0
MAX_WORDS = 5
MAX_READINGS = 60
# A small place far from everything else the article is about is a coincidence of names.
NEAR_ANCHOR_KM = 500.0
BIG_PLACE = 200_000
# A reading this near a province's point may lie in it though the gazetteer files it elsewhere.
UNIT_NEAR_KM = 150.0
CAPITAL_BONUS = 0.5  # a capital over a province of its country of the same name
LOCAL_NAMESAKE_KM = 60.0  # a country's namesake town this near a place of a local story is meant
# A place this big is known by its name alone; a smaller one needs evidence (see _evidenced).
WELL_KNOWN = 100_000

# What a reading's kind is worth before any context (countries and provinces are named far more
# often than the villages that share their names).
_RANK = {"continent": 3.0, "country": 3.0, "admin1": 2.0, "admin2": 1.0, "admin3": 0.3, "city": 0.0}
_FCODE_RANK = {"PPLC": 2.0, "PPLA": 1.2, "PPLA2": 0.6, "PPLG": 1.6, "PPLA3": 0.2}

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][\w’']*(?:[-‐][\w’']+)*|[a-z]+")
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    name: str
    cue: str
    level: int | None  # the admin level an admin word next to it asks for
    chained_to: int | None = None  # index of the mention written after it (", Nduga")
    loose: bool = False  # looked up with romanisation variants and bare unit names
    query: str | None = None  # the name looked up when it is not the text ("W.Va.")
    country: str | None = None  # the country an abbreviation belongs to
    partial: bool = False  # the first word of a longer unknown name ("Tall" of "Tall Sakhr")
    listed: bool = False  # one of an enumeration of places ("Laos, Burma, Thailand and Vietnam")
    within: int | None = None  # index of a mention it is said to lie in ("Karak in Dar'a")
    # chained, but the run goes on with "and" ("Crockett, Palestine and Houston"): perhaps a
    # list, so a hierarchy it does not fit says nothing
    open_chain: bool = False
    # chained by a bare comma or a parenthesis ("Pipri, Kaushambi", "Binga (Lisala, Mongala)",
    # "Bansure town (Alwar"), not a comma and words ("Salisbury, members of Kent's board")
    tight: bool = False

    @property
    def key(self) -> str:
        return normalise(self.query or self.name)


@dataclass(frozen=True)
class _Pack:
    stop: frozenset[str]
    connectors: frozenset[str]
    particles: frozenset[str]
    modifiers: frozenset[str]
    suffixes: dict[str, int]
    levels: dict[str, int]
    cues: frozenset[str]
    neighbours: frozenset[str]
    calendar: frozenset[str]
    towns: frozenset[str]
    abbreviated: frozenset[str]
    regions: re.Pattern[str] | None
    region_names: dict[str, tuple[str, str]]
    within: re.Pattern[str] | None  # lower-case words saying one place lies in the next
    towns_after: frozenset[str]  # words after a name that make it a town ("Kirkuk city")
    ways: frozenset[str]  # words after a name that make it a road's ("Murree road")
    currencies: frozenset[str]  # "US dollar", "dolar AS": a currency's, not a place
    named_after: frozenset[str] = frozenset()  # "Molotov cocktails", "Gulf Clan"
    area_words: frozenset[str] = frozenset()  # "sector area" before "(Poonch district"
    waters_after: frozenset[str] = frozenset()  # "Indian Ocean", "South China Sea"
    waters_before: frozenset[str] = frozenset()  # "Gulf of Mexico", "Laut Cina Selatan"
    plurals: re.Pattern[str] | None = None  # "(and Jackson) counties" after a name
    list_end: re.Pattern[str] = re.compile(r"(?!)")  # "Barrow and " before the list's last
    plural_levels: dict[str, str] = dataclasses.field(default_factory=dict)  # -> singular


@cache
def _pack(code: str) -> _Pack:
    from warta.clean.language import stoplist
    from warta.lang import load

    codes = [code] if code in available() else list(available())
    stop: set[str] = set(stoplist(code))
    connectors: set[str] = set()
    particles: set[str] = set()
    modifiers: set[str] = set()
    suffixes: dict[str, int] = {}
    levels: dict[str, int] = {}
    cues: set[str] = set()
    neighbours: set[str] = set()
    calendar: set[str] = set()
    towns: set[str] = set()
    abbreviated: set[str] = set()
    region_names: dict[str, tuple[str, str]] = {}
    within: set[str] = set()
    towns_after: set[str] = set()
    ways: set[str] = set()
    currencies: set[str] = set()
    named_after: set[str] = set()
    waters_after: set[str] = set()
    waters_before: set[str] = set()
    plural_levels: dict[str, str] = {}
    joiners: set[str] = set()
    area_words: set[str] = set()
    for c in codes:
        p = data(c, "places")
        pack = load(c)
        connectors.update(getattr(p, "NAME_CONNECTORS", ()))
        particles.update(getattr(p, "NAME_PARTICLES", ()))
        modifiers.update(getattr(p, "PLACE_MODIFIERS", ()))
        suffixes.update(getattr(p, "ADMIN_SUFFIXES", {}))
        levels.update(getattr(p, "ADMIN_LEVELS", {}))
        cues.update(w.lower() for w in p.PLACE_CUES)
        neighbours.update(w.lower() for w in p.NOT_PLACE_NEIGHBOURS)
        calendar.update(w.lower() for w in (*pack.weekdays, *pack.months))
        towns.update(p.TOWN_CUES)
        abbreviated.update(getattr(p, "NAME_ABBREVIATIONS", ()))
        region_names.update(getattr(p, "REGION_ABBREVIATIONS", {}))
        within.update(getattr(p, "WITHIN_WORDS", ()))
        towns_after.update(getattr(p, "TOWN_SUFFIXES", ()))
        ways.update(getattr(p, "WAY_SUFFIXES", ()))
        named_after.update(w.lower() for w in getattr(p, "NAMED_AFTER_PLACE", ()))
        waters_after.update(w.lower() for w in getattr(p, "WATERS_AFTER", ()))
        waters_before.update(w.lower() for w in getattr(p, "WATERS_BEFORE", ()))
        plural_levels.update(getattr(p, "ADMIN_PLURALS", {}))
        joiners.update(w for w in getattr(p, "LIST_JOINERS", ()) if w != ",")
        area_words.update(w.lower() for w in getattr(p, "AREA_WORDS", ()))
        # the currency names the numbers reader knows, written as one word
        with contextlib.suppress(LanguagePackError, AttributeError):
            currencies.update(w for w in data(c, "numbers").CURRENCY_AFTER if " " not in w)
    alternatives = "|".join(re.escape(a) for a in sorted(region_names, key=len, reverse=True))
    regions = re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])") if region_names else None
    # "Karak in Dar'a", "Karama town in eastern Ar-Raqqa", "Daman in the eastern countryside
    # of Deir-ez-Zor": perhaps a word for the place, the word, up to four more
    words = "|".join(sorted(within))
    inside = (re.compile(rf"\s+(?:[a-z]+\s+)?(?:{words})\s+(?:[a-z-]+\s+){{0,4}}")
              if within else None)
    # "Barrow and Jackson counties", "Idlib, Hama and Latakia provinces": capitalised names
    # joined by the pack's list joiners, then the plural admin word
    plurals = None
    list_end = re.compile(r"(?!)")
    if plural_levels:
        join = "|".join(re.escape(w) for w in sorted(joiners))
        item = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
        link = rf"(?:\s*,\s*(?:(?:{join})\s+)?|\s+(?:{join})\s+)" if join else r"\s*,\s*"
        words = "|".join(sorted(plural_levels, key=len, reverse=True))
        plurals = re.compile(rf"(?:{link}{item})*\s+({words})\b")
        list_end = re.compile(rf"[A-Z][\w'’.-]*{link}$")
    return _Pack(frozenset(stop), frozenset(connectors), frozenset(particles),
                 frozenset(modifiers), suffixes, levels, frozenset(cues), frozenset(neighbours),
                 frozenset(calendar), frozenset(towns),
                 frozenset(abbreviated), regions, region_names, inside, frozenset(towns_after),
                 frozenset(ways), frozenset(currencies), frozenset(named_after),
                 frozenset(area_words), frozenset(waters_after), frozenset(waters_before),
                 plurals, list_end, plural_levels)


def _km(a: Entry, b: Entry) -> float:
    """Distance, equirectangular: within a percent of the great circle at the few hundred
    kilometres the thresholds here are about, and several times cheaper."""
    dlat = a.latitude - b.latitude
    if dlat > 20 or dlat < -20:
        return 2222.0 + abs(dlat)  # far: beyond every threshold used
    dlon = abs(a.longitude - b.longitude)
    if dlon > 180:
        dlon = 360 - dlon
    x = dlon * math.cos(math.radians((a.latitude + b.latitude) / 2))
    return 111.195 * math.sqrt(x * x + dlat * dlat)


# -- finding --------------------------------------------------------------------------------------


def _sentence_start(text: str, at: int) -> bool:
    before = text[max(0, at - 4):at]
    return at == 0 or bool(re.search(r"(?:[.!?:;“\"‘(\n]|^)\s*$", before))


def find_mentions(text: str, language: str, gazetteer: Gazetteer) -> list[Mention]:
    """The toponym mentions of ``text`` that the gazetteer knows, in text order."""
    pack = _pack(language)
    lower = frozenset(m.group(0) for m in re.finditer(r"\b[a-z][a-z'’-]+\b", text))
    tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    out: list[Mention] = []
    rejected: set[str] = set()
    i = 0
    while i < len(tokens):
        if not tokens[i][2][0].isupper():
            i += 1
            continue
        # a run: capitalised tokens joined by single spaces or hyphens, connectors inside
        j = i + 1
        while j < len(tokens):
            gap = text[tokens[j - 1][1]:tokens[j][0]]
            if gap == ". " and tokens[j - 1][2] in pack.abbreviated:
                pass  # "St. Petersburg"
            elif gap not in (" ", "-") or tokens[j - 1][2].endswith(("'s", "’s")):
                break
            word = tokens[j][2]
            if not word[0].isupper() and word not in pack.connectors:
                break
            if word.lower() in pack.calendar and tokens[j - 1][2] in pack.connectors:
                break  # "in Pangandaran on Tuesday": a date after the name, not more of it
            j += 1
        while j > i + 1 and not tokens[j - 1][2][0].isupper():
            j -= 1  # a run never ends on a connector
        out.extend(_match_run(text, tokens, i, j, pack, lower, gazetteer, rejected,
                              out[-1].end if out else -1))
        i = j
    for m in out:
        if (_INITIAL_AFTER.match(text, m.end, min(len(text), m.end + 12))
                or _INITIAL_BEFORE.search(text, max(0, m.start - 40), m.start)):
            # a person's name around an initial: "Michael J. Dillon", "Tyrise M. Bell"
            rejected.add(normalise(m.name))
    if rejected:
        # a surname elsewhere, unless the text also writes it as a place ("in Henry")
        rejected -= {normalise(m.name) for m in out if m.cue or m.level is not None}
        out = [m for m in out if normalise(m.name) not in rejected]
    # the first word of a longer name the gazetteer does not know ("Tall Sakhr", "Abu Salim" has
    # it last) is a place only if the article also writes it alone, or it is well known
    alone = {m.key for m in out if not m.partial}
    out = [m for m in out if not m.partial or m.key in alone or any(
        e.feature in ("continent", "country", "admin1") or (e.population or 0) >= WELL_KNOWN
        for e in _lookup(gazetteer, m.name, m.loose))]
    if pack.regions is not None:
        abbreviations = [Mention(m.start(), m.end(), m.group(0), "", 1, None, False,
                                 *pack.region_names[m.group(0)])
                         for m in pack.regions.finditer(text)]
        if abbreviations:
            out = [m for m in out if not any(a.start < m.end and m.start < a.end
                                             for a in abbreviations)]
            out = sorted(out + abbreviations, key=lambda m: m.start)
    return _chain(text, out, pack)


# Populated places this small named exactly like a province's short name do not hide it.
HAMLET = 5000


def _lookup(gazetteer: Gazetteer, name: str, loose: bool = False) -> list[Entry]:
    """The places of that exact name; with ``loose``, through variants only when none has it
    ("in Sudan" is Sudan, not Sedan)."""
    exact = gazetteer.lookup(name, exact=True)
    if exact and all(e.feature == "city" and (e.population or 0) < HAMLET for e in exact):
        # a province written by its short name ("Michoacan" of "Michoacán de Ocampo") is the
        # province as much as the hamlets of that very name are places
        key = _normalise(name) + " "
        exact = exact + [e for e in gazetteer.lookup(name)
                         if e.feature == "admin1" and _normalise(e.name).startswith(key)]
    return exact if exact or not loose else gazetteer.lookup(name)


def _known(gazetteer: Gazetteer, name: str, cued: Callable[[], bool]) -> bool | None:
    """Whether the gazetteer knows ``name``: False when under that very name, True when only
    loosely (another romanisation, a unit without its admin word), which counts where the
    words before it make it a place (``cued``); None when not at all."""
    if gazetteer.lookup(name, exact=True):
        return False
    if cued() and gazetteer.lookup(name):
        return True
    return None


def _cued(text: str, tokens: list[tuple[int, int, str]], k: int, pack: _Pack,
          last: int) -> bool:
    """Whether the words before token ``k`` make it a place however spelt."""
    # after a place cue or an admin word ("di Nduga", "Kabupaten Nduga") a name may be
    # written loosely: another romanisation, a unit without its admin word
    before = text[max(0, tokens[k][0] - 40):tokens[k][0]].lower().split()
    while len(before) > 1 and before[-1] in pack.modifiers:
        before.pop()  # "in eastern Ar-Raqqa", "di Papua bagian barat"
    if before and (before[-1] in pack.cues or before[-1] in pack.levels
                   or " ".join(before[-2:]) in pack.levels):
        return True
    # inside the parentheses after a place, a name is a place too, however spelt:
    # "Awdheegle village (Afgooye, Lower Shabelle)", "Buleda (Kech, Balochistan)"
    if _IN_PARENTHESES.search(text, max(0, tokens[k][0] - 41), tokens[k][0]):
        return True
    # after a place and a comma, the place it lies in, however spelt: "Kut city, Wassit
    # province", "Kismaayo, Lower Juba"
    return 0 <= last < tokens[k][0] and bool(_AFTER_PLACE.fullmatch(text, last, tokens[k][0]))


class _Cued:
    """``_cued`` for one token, read on the first call and remembered (far cheaper to make per
    token than ``functools.cache`` over a partial)."""

    __slots__ = ("args", "value")

    def __init__(self, *args: object) -> None:
        self.args: tuple[object, ...] | None = args
        self.value = False

    def __call__(self) -> bool:
        if self.args is not None:
            self.value = _cued(*self.args)  # type: ignore[arg-type]
            self.args = None
        return self.value


def _match_run(text: str, tokens: list[tuple[int, int, str]], i: int, j: int, pack: _Pack,
               lower: frozenset[str], gazetteer: Gazetteer,
               rejected: set[str], prior_end: int = -1) -> list[Mention]:
    out: list[Mention] = []
    k = i
    unknown_before = False  # a capitalised word of this run that is neither place nor modifier
    partial_end = -1  # the token after a word that began a longer name the gazetteer lacks
    while k < j:
        found = None
        # whether the words before make it a place however spelt: read only when a name is
        # found loosely alone
        is_cued = _Cued(text, tokens, k, pack, out[-1].end if out else prior_end)
        for end in range(min(j, k + MAX_WORDS), k, -1):
            if not tokens[end - 1][2][0].isupper() or not tokens[k][2][0].isupper():
                continue
            start_char, end_char = tokens[k][0], tokens[end - 1][1]
            name = _POSSESSIVE.sub("", text[start_char:end_char])
            level = None
            words = name.split()
            known = _known(gazetteer, name, is_cued)
            if (len(words) > 1 and words[-1].lower() in pack.suffixes and known is None):
                # "Nduga Regency": the unit, when the gazetteer lacks the whole phrase
                level = pack.suffixes[words[-1].lower()]
                name = " ".join(words[:-1])
                known = _known(gazetteer, name, lambda: True) if name else None
            if known is None and name and level is None:
                # "Clarke and Oconee counties": a name the gazetteer has only with the admin word
                singular = _listed_units(text, start_char, start_char + len(name), pack)
                if singular is not None and gazetteer.lookup(f"{name} {singular}", exact=True):
                    known = False
            if not name or known is None:
                continue
            found = (k, end, start_char, start_char + len(name), name, level, known)
            break
        if found is not None and found[5] is None and found[4].lower() in pack.modifiers:
            found = None  # "South" alone is no place
        if found is None:
            word = tokens[k][2].lower()
            if tokens[k][2][0].isupper() and word not in pack.modifiers and (
                    word not in pack.levels and word not in pack.stop and word not in lower):
                unknown_before = True  # "Raquel" in "Chiquita Raquel Henry"; not "Another"
            k += 1
            continue
        k0, end, a, b, name, level, loose = found
        single = end - k0 == 1 or (level is not None and end - k0 == 2)
        if unknown_before and single and end == j and not any(
                e.feature in ("country", "continent") for e in _lookup(gazetteer, name, loose)):
            rejected.add(normalise(name))  # a surname: "Chiquita Raquel Henry"
            k = end
            continue
        mention = _keep(text, tokens, k0, end, a, b, name, level, loose, pack, lower, gazetteer,
                        unknown_before and single, end < j)
        if mention is None:
            # a name that is no place here; a stopword ("A Danbury mason") begins no name
            if not (end - k0 == 1 and tokens[k0][2].lower() in pack.stop):
                unknown_before = True
        else:
            if single and ((end < j and (tokens[end][2][0].isupper()
                                         or tokens[end][2] in pack.particles))
                           or k0 == partial_end):
                # the first word of a longer name, or the word right after it ("Salim" of
                # "Abu Salim"; not "Bethel" of "Spencer Lewis of Bethel")
                mention = dataclasses.replace(mention, partial=True)
                word = tokens[k0][2].lower()
                if word not in pack.levels and word not in pack.cues:
                    partial_end = end  # ("Desa Adirejo": an admin word begins no name)
            out.append(mention)
        k = end
    return out


def _listed_units(text: str, a: int, b: int, pack: _Pack) -> str | None:
    """The admin word (singular, one of the pack's ADMIN_SUFFIXES) that a plural after a list
    of two or more names asks of the name at ``a:b`` ("Barrow and Jackson counties":
    ``county`` for Barrow and for Jackson); None for a name alone before one ("the four metro
    Athens counties")."""
    listed = pack.plurals.match(text, b, min(len(text), b + 200)) if pack.plurals else None
    if listed is None:
        return None
    if listed.group(0).lstrip() == listed.group(1) and not pack.list_end.search(
            text, max(0, a - 60), a):
        return None
    singular = pack.plural_levels.get(listed.group(1))
    return singular if singular in pack.suffixes else None


def _keep(text: str, tokens: list[tuple[int, int, str]], k: int, end: int, a: int, b: int,
          name: str, level: int | None, loose: bool, pack: _Pack, lower: frozenset[str],
          gazetteer: Gazetteer, unknown_before: bool, more_after: bool) -> Mention | None:
    entries = _lookup(gazetteer, name, loose)
    words = name.split()
    low = name.lower()
    is_country = any(e.feature in ("country", "continent") for e in entries)
    # a country, a province or a capital stands for its government ("Tbilisi says")
    metonym = is_country or any(e.feature == "admin1" or e.fcode == "PPLC" for e in entries)
    if unknown_before and not is_country:
        return None  # inside another name ("Sheriff Tom Alexandria", "Mount Pleasant Bank")
    if low in pack.calendar:
        return None
    if low in pack.stop and _sentence_start(text, a) and not is_country and not any(
            e.feature == "admin1" or (e.population or 0) >= WELL_KNOWN for e in entries):
        return None  # "This", "Will" opening a sentence (jusText's stoplists hold "london")
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2 or (len(letters) == 2 and not all(c.isupper() for c in letters)):
        return None  # "A", "I", "As", "Al", "No": words and particles, never a place here
    if len(letters) > 1 and all(c.isupper() for c in letters):
        # acronyms: a country's ("US", "UAE"), else a place only under its own name
        if not is_country and not any(e.name.casefold() == name.casefold() for e in entries):
            return None
        if len(letters) > 5 and not any(e.name.casefold() == name.casefold() for e in entries):
            return None  # a dateline's "CHARLESTON" is Charleston; "SHERIFF" is nothing
    elif len(words) == 1 and (low in lower or low.rstrip("s") in lower) and not is_country:
        return None  # a common word of this article: "Police", "Fire", "Both"
    if len(words) == 1 and low in pack.neighbours and not is_country:
        return None  # a word that names an organisation is none: "Military Police", "Front"
    prev = re.search(r"([\w'’-]+)\W{0,2}$", text[max(0, a - 40):a])
    nxt = re.match(r"\W{0,2}([\w'’-]+)", text[b:b + 40])
    prev_word = prev.group(1).lower() if prev else ""
    next_word = nxt.group(1).lower() if nxt else ""
    if next_word in pack.neighbours and not metonym:
        return None  # "Henry said", "Kharkiv Police" (but "Syria said" is metonymy: a place)
    if next_word in pack.named_after and not is_country:
        return None  # "Molotov cocktails", "the Gulf Clan": named after a place, not in it
    two = re.search(r"(\w+\s+\w+)\s+$", text[max(0, a - 40):a])
    two_before = two.group(1).lower() if two else ""
    if (next_word in pack.waters_after and text[b:b + 1] == " ") or (
            prev_word in pack.waters_before or f"{low} {next_word}" in pack.waters_before
            or two_before in pack.waters_before):
        # "the Indian Ocean", "the Gulf of Mexico": a sea named after a place ("Gulf" itself
        # is Papua New Guinea's Gulf province)
        return None
    if next_word in pack.currencies or (prev_word in pack.currencies
                                        and text[a - 1:a] == " "):
        return None  # "the US dollar", "Syrian lira", "dolar AS": a currency's name
    if nxt and nxt.group(1) in pack.ways and not metonym:  # not "Florida Highway Patrol"
        return None  # "Murree road", "Saadnayel highway": a road named after a town
    if (prev_word in pack.neighbours and prev and not text[a - 1].isspace()) is True:
        return None
    cue = ""
    for candidate in ((two_before,) if two_before else ()) + (prev_word,):
        if candidate in pack.cues or candidate in pack.levels:
            cue = candidate
            break
    if level is None and cue in pack.levels:
        level = pack.levels[cue]
    if level is None and more_after:
        after = tokens[end][2].lower() if end < len(tokens) else ""
        level = pack.suffixes.get(after)
    query = None
    singular = _listed_units(text, a, b, pack) if level is None and not is_country else None
    if singular is not None:  # (not "30 US states": a country's own states)
        # "Barrow and Jackson counties": Barrow County, whose name alone is Alaska's Barrow
        level = pack.suffixes[singular]
        if _lookup(gazetteer, f"{name} {singular}"):
            query = f"{name} {singular}"
    after_next = (re.match(r"\s+\S+\s+(\w+)", text[b:b + 40])
                  if level is None and text[b:b + 1] == " " else None)
    if (level is None and text[b:b + 1] == " "
            and not (after_next and after_next.group(1) in pack.particles)):
        # (not "the Hunan city of Yueyang": the city of another name)
        # "Diyala province", "Kirkuk city": a unit, or the town and not the province; after a
        # country's name only a unit that is not the country ("Somali region" of Ethiopia)
        wanted = pack.suffixes.get(next_word) or (
            4 if next_word in pack.towns_after and not is_country else None)
        if wanted is not None and (not is_country or any(
                e.feature in ("admin1", "admin2") for e in entries)):
            level = wanted
    return Mention(a, b, name, cue, level, loose=loose, query=query)


# A single capital with a full stop between two capitalised words: a person's middle initial
# ("Michael J. Dillon"); not "D.C." (two capitals) nor "St." (a word).
_INITIAL_AFTER = re.compile(r"\s+[A-Z]\.\s+[A-Z][a-z]")
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z]+\s+[A-Z]\.\s+$")
_AFTER_PLACE = re.compile(r"(?:\s+[a-z]+){0,2},\s*")
_IN_PARENTHESES = re.compile(r"\w\s*\([^()]{0,40}$")
_ENUMERATION = re.compile(r",?\s+(?:and|or|dan|atau|serta)\s+")



def _before_parenthesis(gap: str, pack: _Pack) -> bool:
    """Whether ``gap`` leads from a name into the parentheses naming where it lies: at most
    one word ("Kisumu town ("), or two words for a place ("Qasbah sector area ("; not "Bakhmut
    late yesterday (Kyiv time)")."""
    m = re.fullmatch(r"\s*((?:[a-z]+\s+){0,2})\(\s*", gap)
    if m is None:
        return False
    words = m.group(1).split()
    return len(words) <= 1 or all(w in pack.area_words or w in pack.suffixes
                                  or w in pack.towns_after for w in words)


def _chain(text: str, mentions: list[Mention], pack: _Pack) -> list[Mention]:
    """Link each mention to the one right after it when only a comma (and perhaps an admin
    word) lies between: "Distrik Mugi, Kabupaten Nduga", "Pandi, Bulacan"."""
    out = list(mentions)
    comma = [False] * len(out)
    for n in range(len(out) - 1):
        gap = text[out[n].end:out[n + 1].start]
        if _ENUMERATION.fullmatch(gap):
            continue
        if re.fullmatch(r"\s*(?:[A-Za-z]+\s*)?,\s*(?:[A-Za-z]+\s+){0,2}", gap) and len(gap) < 30:
            comma[n] = True
        elif _before_parenthesis(gap, pack):
            # "Kisumu town (Kisumu)", "Qasbah sector area (Poonch district, J&K)"
            out[n] = dataclasses.replace(out[n], chained_to=n + 1, tight=True)
        elif pack.within is not None and pack.within.fullmatch(gap):
            # "the town of Karak in Dar'a", "Daman in the eastern countryside of Deir-ez-Zor"
            out[n] = dataclasses.replace(out[n], within=n + 1)
    n = 0
    while n < len(out):
        if not comma[n]:
            n += 1
            continue
        last = n
        while last < len(out) - 1 and comma[last]:
            last += 1
        # mentions n..last joined by commas: a hierarchy, unless the run is three names or more
        # and goes on with "and" or "or" to one more ("Cambodia, Laos, Burma and Vietnam"), or
        # has a comma before that "and" ("Cairo, Giza, and Al-Minya"): an enumeration
        after = text[out[last].end:out[last + 1].start] if last + 1 < len(out) else ""
        listed = _ENUMERATION.fullmatch(after) is not None and (
            last - n >= 2 or (after.startswith(",")
                              and all(out[k].level is None for k in range(n, last + 1))))
        if not listed:
            for k in range(n, last):
                bare = text[out[k].end:out[k + 1].start].strip() == ","
                out[k] = dataclasses.replace(out[k], chained_to=k + 1, tight=bare,
                                             open_chain=_ENUMERATION.fullmatch(after) is not None)
        else:
            for k in range(n, last + 2):
                out[k] = dataclasses.replace(out[k], listed=True)
        n = last + 1
    return out


# -- resolving ------------------------------------------------------------------------------------


def _inside(entry: Entry, container: Entry) -> bool:
    if container.feature == "country":
        return entry.country_code == container.country_code and entry.feature != "country"
    if container.id in entry.ancestors:
        return True
    key = normalise(container.name)
    return entry.country_code == container.country_code and any(
        normalise(p) == key for p in entry.path[1:])


def _level_ok(entry: Entry, level: int | None) -> bool:
    if level is None:
        return True
    if level == 4:
        return entry.feature in ("city", "admin2", "admin3")
    return entry.feature in ("admin1", "admin2", "admin3", "city")


def _prior(entry: Entry, name: str, level: int | None) -> float:
    score = _RANK.get(entry.feature, 0.0) + _FCODE_RANK.get(entry.fcode or "", 0.0)
    score += math.log10((entry.population or 0) + 1) / 3
    if skeleton(normalise(entry.name)) == skeleton(normalise(name)):
        score += 2.0  # its own name, not an alternate one ("Kut" is Al-Kut's)
    if entry.feature == "city" and _names_its_unit(entry, name):
        score += 0.5  # the town a district is named after: its centre, most often
    if level is not None:
        wanted = {1: "admin1", 2: "admin2", 3: "admin3", 4: "city"}[level]
        if entry.feature == wanted:
            score += 3.0
    return score


def _names_its_unit(entry: Entry, name: str) -> bool:
    """Whether a unit the place lies in bears its name ("Pangandaran" in Kecamatan
    Pangandaran, Kabupaten Pangandaran)."""
    key = normalise(name)
    bare = skeleton(key)
    return any(skeleton(normalise(p)) == bare or normalise(p).endswith(" " + key)
               for p in entry.path[1:])


def _nested(inner: Sequence[Entry], outer: Sequence[Entry]) -> tuple[list[Entry], list[Entry]]:
    """The readings of a name inside one of its container's, and those containers."""
    ins = [e for e in inner if any(_inside(e, c) for c in outer)]
    return ins, [c for c in outer if any(_inside(e, c) for e in ins)]


def _with_units(gazetteer: Gazetteer, mention: Mention, readings: list[Entry]) -> list[Entry]:
    """``readings`` and the provinces the name loosely reads as ("Michoacan": Michoacán de
    Ocampo). Not districts: "Hamilton, Madison" is no town of a Madison County."""
    seen = {e.id for e in readings}
    units = [e for e in gazetteer.lookup(mention.query or mention.name)[:MAX_READINGS]
             if e.feature == "admin1" and e.id not in seen
             and _level_ok(e, mention.level)
             and (mention.country is None or e.country_code == mention.country)]
    return readings + units


def _container(gazetteer: Gazetteer, mention: Mention, readings: list[Entry]) -> list[Entry]:
    """The readings of a mention another is said to lie in, as a container: a province the
    text asks for (``level`` 1) also by its loose readings, and when the gazetteer reads that
    spelling only as a town ("the town of Bennsh in Idleb province": Idlib province is known
    under another spelling), the country of that town."""
    if mention.level != 1:
        return readings
    wider = _with_units(gazetteer, mention, readings)
    if any(c.feature in ("country", "admin1") for c in wider):
        return wider
    return [c for c in (gazetteer.countries(cc) for cc in sorted(
        {e.country_code for e in readings if e.country_code})) if c]


def _one_reading(cands: Sequence[Entry]) -> bool:
    return all(_km(cands[0], c) <= SAME_PLACE_KM for c in cands[1:])


def resolve(mentions: Sequence[Mention], gazetteer: Gazetteer,
            focus: Iterable[str] = ()) -> list[Entry | None]:
    """One entry (or None) per mention; the same name gets the same entry throughout."""
    readings: list[list[Entry]] = []
    for m in mentions:
        # "the eastern region of Chad": a unit of the place named, or the place itself
        of_country = m.cue.endswith(" of")
        found = [e for e in _lookup(gazetteer, m.query or m.name, m.loose)
                 if (_level_ok(e, m.level) or (of_country and e.feature == "country"))
                 and (m.country is None or e.country_code == m.country)]
        readings.append(found[:MAX_READINGS])
    # 1. the hierarchy written next to a name, or said ("Karak in Dar'a")
    for n in range(len(mentions) - 1, -1, -1):
        after = mentions[n].chained_to
        if after is None and not any(e.feature in ("country", "continent") for e in readings[n]):
            after = mentions[n].within  # a country lies in no other place: "Russia in U.S. ..."
        if after is None:
            continue
        inner, outer = _nested(readings[n], readings[after])
        if not inner:
            # a province written by its short name ("Uruapan, Michoacan" is in Michoacán de
            # Ocampo): its loose readings count when the hierarchy holds for them
            inner, outer = _nested(readings[n], _with_units(gazetteer, mentions[after],
                                                            readings[after]))
        if not inner:
            # the name itself spelt another way: "Kut city, Wassit province" is Al-Kut, though
            # a Ukrainian village is called Kut exactly
            m = mentions[n]
            loose = [e for e in gazetteer.lookup(m.query or m.name)[:MAX_READINGS]
                     if _level_ok(e, m.level)
                     and (m.country is None or e.country_code == m.country)]
            inner, outer = _nested(loose, readings[after])
        if inner and any(e.feature == "country" for e in readings[n]) and all(
                c.feature == "country" for c in outer):
            continue  # two countries side by side ("in Russia, U.S. officials said")
        if inner:
            readings[n] = inner
            readings[after] = outer
            continue
        wider = _container(gazetteer, mentions[after], readings[after])
        if not mentions[n].open_chain and any(
                c.feature in ("country", "admin1") for c in wider):
            # said to lie in, or written before, a province or country none of its readings
            # lies in: its readings in that country, else none of the small ones (the Karama in
            # Australia is not the one "in eastern Ar-Raqqa", the Polish Żary not the "Zari
            # district center, Balkh"); a well-known place keeps its reading ("from Aleppo in
            # Damascus"). Before a province, a reading elsewhere in its country is a namesake
            # too unless it lies near the province (a town just over its border, or one the
            # gazetteer files under a neighbour): the Novotroitske of Kherson is not the one
            # "near Novotroitske, Donetsk", which the gazetteer lacks
            if any(c.feature == "country" for c in wider):
                there = {c.country_code for c in wider if c.feature in ("country", "admin1")}
                near = [e for e in readings[n] if e.country_code in there]
            else:
                units = [c for c in wider if c.feature == "admin1"]
                near = [e for e in readings[n] if any(_km(e, u) <= UNIT_NEAR_KM for u in units)]
            readings[n] = near or [
                e for e in readings[n] if e.feature in ("country", "admin1", "continent")
                or (e.population or 0) >= BIG_PLACE]
        elif (mentions[n].within == after and readings[after] and readings[n]
              and all(c.feature == "city" for c in readings[after])
              and not {e.country_code for e in readings[n]}
              & {c.country_code for c in readings[after]}):
            # said to lie in a town of another country than any of its readings: a namesake
            # abroad ("the town of Foah in the countryside of Idleb" is no Indonesian village);
            # a well-known place keeps its reading
            readings[n] = [e for e in readings[n] if e.feature in ("country", "admin1",
                                                                    "continent")
                           or (e.population or 0) >= BIG_PLACE]
        elif _district_after(mentions, readings, n, after) and not any(
                _km(e, u) <= UNIT_NEAR_KM for e in readings[n] for u in readings[after]):
            # a town right before a district none of its readings lies near is a namesake far
            # off ("Pipri, Kaushambi" is no Pipri of Maharashtra): the district says where it
            # is. A reading near it is left to the rest of the text to confirm (a person's name
            # before a county's: "Mason, Devon and the driver")
            readings[n] = []
    by_name: dict[str, list[int]] = {}
    for n, m in enumerate(mentions):
        by_name.setdefault(m.key, []).append(n)
    merged = {key: _merged(readings, ns) for key, ns in by_name.items()}
    # the parties' countries are a hint only: a party is often named after a place of the text
    # ("Georgia" read as the country's party in a story about Gainesville, Georgia)
    hints = set(focus)
    focus_set: set[str] = set()
    chosen: dict[str, Entry | None] = {}
    # 2. countries named, and names with one reading, anchor the rest
    for key, cands in merged.items():
        # a country under its own name, unless another country's province shares it (Georgia)
        if (cands and cands[0].feature in ("country", "continent")
                and normalise(cands[0].name) == key
                and not any(e.feature == "admin1" and e.country_code != cands[0].country_code
                            for e in cands[1:])):
            chosen[key] = cands[0]
    focus_set |= {e.country_code for e in chosen.values() if e is not None and e.country_code}
    countries = [c for c in (gazetteer.countries(cc) for cc in sorted(focus_set)) if c]
    for key, ns in by_name.items():
        if key in chosen:
            continue
        cands = merged[key]
        if (cands and _one_reading(cands) and _plausible(cands[0], focus_set, countries)
                and _anchors_well(mentions, ns, cands[0])):
            chosen[key] = cands[0]
    focus_set |= {e.country_code for e in chosen.values() if e is not None and e.country_code}
    anchors = [e for e in chosen.values()
               if e is not None and e.feature not in ("country", "continent")]
    # the countries most names of the article can be read in: a local story names no country
    # ("Paris" and "Henry County" and "Gainesville": Tennessee's Paris)
    focus_set |= _voted_countries(merged, chosen)
    # 3. the rest, most constrained first; a country's name that is also a province abroad
    # (Georgia) last, once the article's other places can say which ("Clarke and Oconee
    # counties ... in Georgia")
    pending = sorted((k for k in by_name if k not in chosen),
                     key=lambda k: (_country_or_province(merged[k]), len(merged[k])))
    support = _Support({k: merged[k] for k in pending})
    for key in pending:
        ns = by_name[key]
        level = next((mentions[n].level for n in ns if mentions[n].level is not None), None)
        every = merged[key]
        cands = [e for e in every if _plausible(e, focus_set, anchors + countries)]
        if not cands and (focus_set or anchors):
            # nothing near: a reading in a country the article is about is still the best guess,
            # else a well-known one
            around = focus_set | {a.country_code for a in anchors}
            cands = [e for e in every if e.country_code in around] or [
                e for e in every if e.feature in ("country", "admin1", "continent")
                or (e.population or 0) >= WELL_KNOWN] or every
        if not cands:
            chosen[key] = None
            continue
        name = mentions[ns[0]].query or mentions[ns[0]].name
        mentioned = {e.id: len(by_name[k]) for k, e in chosen.items() if e is not None}
        # a national capital named like a province of its country is the capital: the news's
        # "Washington" is the city, "Washington state" the state (its word asks for a unit)
        capitals = ({e.country_code for e in cands if e.fcode == "PPLC"}
                    & {e.country_code for e in cands if e.feature == "admin1"})
        best = max(cands, key=lambda e: (_score(e, name, level, focus_set, anchors, mentioned)
                                         + (1.0 if e.country_code in hints else 0.0)
                                         + (CAPITAL_BONUS if e.fcode == "PPLC" and level is None
                                            and e.country_code in capitals else 0.0)
                                         + support.bonus(key, e), e.id))
        chosen[key] = best
        support.settle(key, best)
        if best.feature not in ("country", "continent"):
            anchors.append(best)
    _local_namesakes(chosen, merged)
    return [chosen.get(m.key) for m in mentions]


def _local_namesakes(chosen: dict[str, Entry | None], readings: dict[str, list[Entry]]) -> None:
    """A country's name read as a town of the local story it sits in: "Jordan" beside Shakopee
    is Jordan, Minnesota, "Lebanon" beside Zionsville and Boone County Lebanon, Indiana. Only
    where no place of the article lies in that country, and the town lies within
    ``LOCAL_NAMESAKE_KM`` of a place of the article in the town's own country."""
    places = [e for e in chosen.values()
              if e is not None and e.feature not in ("country", "continent")]
    countries = {e.country_code for e in chosen.values()
                 if e is not None and e.feature == "country"}
    for key, entry in list(chosen.items()):
        if entry is None or entry.feature != "country":
            continue
        if any(p.country_code == entry.country_code for p in places):
            continue
        # another foreign country beside it makes it the country ("from Jordan and Syria")
        others = countries - {entry.country_code}
        near = [(min(_km(e, p) for p in places if p.country_code == e.country_code), e)
                for e in readings.get(key, ())
                if e.feature not in ("country", "continent")
                and e.country_code != entry.country_code and others <= {e.country_code}
                and any(p.country_code == e.country_code for p in places)]
        near = [(d, e) for d, e in near if d <= LOCAL_NAMESAKE_KM]
        if near:
            chosen[key] = min(near, key=lambda de: (de[0], de[1].id))[1]


def _country_or_province(cands: Sequence[Entry]) -> bool:
    """Whether a name is a country's and a province's of another country (Georgia)."""
    countries = {e.country_code for e in cands if e.feature == "country"}
    return bool(countries) and any(e.feature == "admin1" and e.country_code not in countries
                                   for e in cands)


def _district_after(mentions: Sequence[Mention], readings: list[list[Entry]], n: int,
                    after: int) -> bool:
    """Whether mention ``after`` is written as the district mention ``n`` lies in: right after it
    (a bare comma or a parenthesis between), another name, whole, and a district ``n``, a town,
    may lie in ("Pipri, Kaushambi"; not "Kati, Kati Commune")."""
    outer = mentions[after]
    if (not mentions[n].tight or mentions[n].chained_to != after or mentions[n].open_chain
            or outer.partial or outer.key == mentions[n].key):
        return False
    if not all(e.feature == "city" for e in readings[n]):
        return False  # a district itself: "McLean County, Louisville" is no hierarchy
    return any(c.feature in ("admin2", "admin3") for c in readings[after])


class _Support:
    """How much the names still to be resolved back a reading: a name some reading of which lies
    near it ("Paris and Henry County": the Henry County of Tennessee holds a Paris, Georgia's
    none), the more so the fewer readings that name has (a "Paris" backs any of its 23 places
    less than a name with two readings backs either). Readings are kept in cells of a degree,
    so a reading is compared with the nearby readings only."""

    CELL = 1.0  # degrees
    WEIGHT = 2.0
    CAP = 3.0
    SHARE = 4  # a name with up to this many readings backs with its whole weight
    CLOSE_KM = 30.0  # a reading this near backs fully; up to NEAR_KM, with FAR_SHARE
    FAR_SHARE = 0.5

    def __init__(self, readings: dict[str, list[Entry]]) -> None:
        self._cells: dict[tuple[int, int], list[tuple[str, Entry]]] = {}
        self._weight: dict[str, float] = {}
        for key, cands in readings.items():
            if not cands:
                continue
            self._weight[key] = min(1.0, self.SHARE / len(cands))
            for e in cands:
                if e.feature in ("country", "continent", "admin1"):
                    continue  # too large to be near anything in particular
                self._cells.setdefault(self._cell(e), []).append((key, e))

    def _cell(self, e: Entry) -> tuple[int, int]:
        return math.floor(e.latitude / self.CELL), math.floor(e.longitude / self.CELL)

    def settle(self, key: str, entry: Entry) -> None:
        """A name resolved backs nothing more: it is an anchor from now on."""
        self._weight.pop(key, None)

    def bonus(self, key: str, entry: Entry) -> float:
        if entry.feature in ("country", "continent", "admin1") or len(self._weight) < 2:
            return 0.0
        lat, lon = self._cell(entry)
        backers: dict[str, float] = {}
        for dlat in (-1, 0, 1):
            for dlon in (-2, -1, 0, 1, 2):
                for other, e in self._cells.get((lat + dlat, lon + dlon), ()):
                    if other == key or other not in self._weight:
                        continue
                    d = _km(entry, e)
                    if d <= NEAR_KM:
                        near = 1.0 if d <= self.CLOSE_KM else self.FAR_SHARE
                        backers[other] = max(backers.get(other, 0.0), near)
        return min(self.CAP, self.WEIGHT * sum(self._weight[k] * v for k, v in backers.items()))


def _voted_countries(readings: dict[str, list[Entry]],
                     chosen: dict[str, Entry | None]) -> set[str]:
    """Countries that at least two names of the article, and a third of them, vote for. A name
    votes for each country its readings lie in, in proportion to its most populous reading
    there (Paris votes for France, hardly for Tennessee; Henry County only for the United
    States); a name already resolved votes for its country alone."""
    votes: Counter[str] = Counter()
    names = 0
    for key, cands in readings.items():
        entry = chosen.get(key)
        if entry is not None:
            if entry.country_code:
                votes[entry.country_code] += 1.0
                names += 1
            continue
        best: dict[str, int] = {}
        for e in cands:
            if e.country_code:
                best[e.country_code] = max(best.get(e.country_code, 0), (e.population or 0) + 100)
        total = sum(best.values())
        if total:
            names += 1
            for cc, weight in best.items():
                votes[cc] += weight / total
    return {cc for cc, v in votes.items() if v >= 2.0 and v >= names / 3}


def _anchors_well(mentions: Sequence[Mention], ns: list[int], entry: Entry) -> bool:
    """Whether a name with one reading may anchor the others: written as a place (a cue, an
    admin word, a hierarchy, several words) or well known. A lone capitalised word with one
    small namesake somewhere ("Station", a Swiss hamlet) must not pull the article abroad."""
    if entry.feature in ("continent", "country", "admin1") or (
            entry.population or 0) >= WELL_KNOWN:
        return True
    return any(mentions[n].cue or mentions[n].level is not None
               or mentions[n].chained_to is not None or mentions[n].listed
               or " " in mentions[n].name for n in ns)


def _merged(readings: list[list[Entry]], ns: list[int]) -> list[Entry]:
    """The readings of a name over its mentions: those a hierarchy narrowed, if any did."""
    lists = [readings[n] for n in ns if readings[n]]
    if not lists:
        return []
    shortest = min(lists, key=len)
    return shortest


def _score(entry: Entry, name: str, level: int | None, focus: set[str],
           anchors: Sequence[Entry], mentioned: dict[str, int] | None = None) -> float:
    score = _prior(entry, name, level)
    if entry.country_code in focus:
        score += 3.0
    elif focus and any(entry.country_code in country_neighbours().get(cc, ()) for cc in focus):
        score += 1.5  # next door to a country the article is about: Gaza beside Israel
    others = [a for a in anchors if a.id != entry.id]
    # a province's centre says little of where its places are: it is near what lies inside it
    points = [a for a in others if a.feature != "admin1"]
    if others:
        nearest = min((_km(entry, a) for a in points), default=math.inf)
        if entry.feature == "admin1" and any(_inside(a, entry) for a in others):
            nearest = 0.0  # a unit holding the article's other places is as near as they are
        if entry.feature == "admin1" and any(
                a.feature == "admin1" and a.country_code == entry.country_code for a in others):
            nearest = min(nearest, 200.0)  # a state named beside other states of its country
        score += 3.0 if nearest <= NEAR_KM else 1.5 if nearest <= 300 else 0.0
        units = [a for a in others if a.feature in ("admin1", "admin2") and _inside(entry, a)]
        if units:
            # inside a unit the article names; the more often it names it, the surer ("Boone
            # County" in a story naming Indiana six times and Kentucky once)
            times = max((mentioned or {}).get(a.id, 1) for a in units)
            score += 1.5 + 0.5 * min(times - 1, 3)
    return score


def _plausible(entry: Entry, focus: set[str], anchors: Sequence[Entry]) -> bool:
    if not focus and not anchors:
        return True
    if entry.country_code in focus or entry.feature in ("country", "admin1"):
        return True
    if (entry.population or 0) >= BIG_PLACE:
        return True
    return any(_km(entry, a) <= NEAR_ANCHOR_KM for a in anchors)


# -- the records ----------------------------------------------------------------------------------


def precision(entry: Entry) -> int:
    """ACLED's geo_precision: 1 a town or village, 2 a district, 3 a province or a country."""
    if entry.feature in ("continent", "country", "admin1"):
        return 3
    if entry.feature in ("admin2", "admin3"):
        return 2
    return 1


def place(mention: Mention, entry: Entry | None, article_id: str, text: str) -> Place:
    evidence = Evidence(article_id, mention.start, mention.end, text[mention.start:mention.end])
    if entry is None:
        return Place(name=mention.name, evidence=evidence, cue=mention.cue or None)
    return Place(name=mention.name, canonical_name=entry.name, gazetteer_id=entry.id,
                 latitude=entry.latitude, longitude=entry.longitude,
                 country_code=entry.country_code, admin1=entry.admin1,
                 feature_class=entry.feature, precision=precision(entry), evidence=evidence,
                 cue=mention.cue or None, admin_path=entry.path)


def geoparse(text: str, language: str, gazetteer: Gazetteer, article_id: str = "",
             focus: Iterable[str] = ()) -> tuple[Place, ...]:
    """Every toponym mention of ``text``, resolved in the article's context. ``focus``: ISO
    3166 alpha-2 codes of countries the article is about (its parties')."""
    mentions = find_mentions(text, language, gazetteer)
    if not mentions:
        return ()
    entries = resolve(mentions, gazetteer, focus)
    keep = _evidenced(mentions, entries)
    return tuple(place(m, e, article_id, text)
                 for m, e, k in zip(mentions, entries, keep, strict=True) if k)


def _evidenced(mentions: Sequence[Mention], entries: Sequence[Entry | None]) -> list[bool]:
    """Whether each mention has evidence enough to be a place. A single capitalised word with
    no cue, no admin word and no hierarchy next to it, read as a small place, is a person or a
    common word ("Linda", "Steele") unless the article has other places near it."""
    chained = {m.chained_to for m in mentions if m.chained_to is not None}
    keyed = [m.key for m in mentions]
    supported = {k for k, m in zip(keyed, mentions, strict=True)
                 if m.cue or m.level is not None or m.chained_to is not None or m.listed}
    supported |= {keyed[n] for n in chained}
    # a name has one entry throughout (resolve's rule), so each name is weighed once against
    # the other names' entries: linear in the mentions, not quadratic ("Ocean" 20,000 times)
    by_key: dict[str, Entry] = {}
    for key, e in zip(keyed, entries, strict=True):
        if e is not None:
            by_key.setdefault(key, e)
    near: dict[str, bool] = {}
    out = []
    for n, (m, e) in enumerate(zip(mentions, entries, strict=True)):
        if keyed[n] in supported or " " in m.name or e is None:
            out.append(e is not None or keyed[n] in supported)
            continue
        if e.feature in ("continent", "country", "admin1") or (e.population or 0) >= WELL_KNOWN:
            out.append(True)
            continue
        if keyed[n] not in near:
            near[keyed[n]] = any(key != keyed[n] and _km(e, other) <= NEAR_KM * 1.5
                                 for key, other in by_key.items())
        out.append(near[keyed[n]])
    return out


def most_common_country(places: Iterable[Place]) -> str | None:
    counts = Counter(p.country_code for p in places if p.country_code)
    return counts.most_common(1)[0][0] if counts else None


__all__ = ["Mention", "find_mentions", "geoparse", "most_common_country", "place", "precision",
           "resolve"]
