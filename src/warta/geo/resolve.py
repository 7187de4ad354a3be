"""Toponym resolution in context: which gazetteer entry a place named in an article is.

For each name, the candidates are the gazetteer's entries for it. They are narrowed by the word
that introduced the name (``kota``/``desa``/``town of`` want a populated place, never a country;
``wilayah``/``provinsi``/``region`` accept regions), then scored: inside a country the article is
about (its parties' countries and the countries of places already resolved), close to the other
places of the article, and, last, by population. Names with one plausible reading are resolved
first, and they anchor the rest. A name with no acceptable candidate stays unresolved; it never
removes the others.

"Martuni" in a Karabakh story is thus the Karabakh town (near Martakert and Shushi), not Martuni
in Armenia's Gegharkunik; "kota Madagaskar" is no island state.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from warta.annotate.places import capitalised_candidates
from warta.geo.gazetteer import Entry, Gazetteer
from warta.geo.names import normalise
from warta.lang import available, data
from warta.model import Event, Extraction, Place
from warta.patterns import alternation, lowercase_words

# Candidates within this distance of each other are one reading of a name.
SAME_PLACE_KM = 15.0
MAX_CANDIDATES = 40


@dataclass(frozen=True)
class _Cues:
    towns: frozenset[str]  # the name is a town or village
    regions: frozenset[str]  # the name is a district or region
    near: frozenset[str]  # the event is near the place, not in it
    many_towns: frozenset[str]  # towns of the place that follows ("desa-desa Iran")


@cache
def _cues() -> _Cues:
    towns: set[str] = set()
    regions: set[str] = set()
    near: set[str] = set()
    many: set[str] = set()
    for code in available():
        p = data(code, "places")
        towns.update(p.TOWN_CUES)
        regions.update(p.REGION_CUES)
        near.update(p.NEAR_CUES)
        many.update(p.MANY_TOWNS_CUES)
    return _Cues(frozenset(towns), frozenset(regions), frozenset(near), frozenset(many))


def _km(a: Entry, b: Entry) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _acceptable(entry: Entry, cue: str, cues: _Cues) -> bool:
    if cue in cues.towns:
        return entry.feature in ("city", "admin2")
    if cue in cues.regions:
        return entry.feature in ("city", "admin1", "admin2")
    return True


def _one_reading(cands: Sequence[Entry]) -> bool:
    return all(_km(cands[0], c) <= SAME_PLACE_KM for c in cands[1:])


def _score(entry: Entry, focus: set[str], anchors: Sequence[Entry]) -> float:
    score = 0.0
    if entry.country_code in focus:
        score += 3.0
    if anchors:
        nearest = min(_km(entry, a) for a in anchors)
        score += 3.0 if nearest <= 100 else 1.5 if nearest <= 300 else 0.0
    if entry.feature == "city":
        score += 0.5
        # a unit's population is its places' total (a ranking aid for the geoparser): an event
        # clause's bare name is the town before the district of the same name
        score += math.log10((entry.population or 0) + 1) / 4
    return score


# A small place far from everything else the article is about is a coincidence of names
# ("Ber" in Mali read as a Greek town): it must be in a country the article is about, near one
# of its places, or big.
NEAR_ANCHOR_KM = 500
BIG_PLACE = 200_000


def _plausible(entry: Entry, focus: set[str], anchors: Sequence[Entry]) -> bool:
    if not focus and not anchors:
        return True
    if entry.country_code in focus or entry.feature == "country":
        return True
    if (entry.population or 0) >= BIG_PLACE:
        return True
    # anchors include the focus countries themselves: a contested town just across a border
    # (Stepanakert in a story about Armenia) is still plausible
    return any(_km(entry, a) <= NEAR_ANCHOR_KM for a in anchors)


def precision(entry: Entry, cue: str) -> int:
    """ACLED's geo_precision: 1 the town itself, 2 near it or a district, 3 a province or more."""
    if entry.feature in ("country", "admin1"):
        return 3
    if entry.feature == "admin2" or cue in _cues().near:
        return 2
    return 1


def to_place(name: str, entry: Entry | None, cue: str = "") -> Place:
    if entry is None:
        return Place(name=name, cue=cue or None)
    return Place(name=name, canonical_name=entry.name, gazetteer_id=entry.id,
                 latitude=entry.latitude, longitude=entry.longitude,
                 country_code=entry.country_code, admin1=entry.admin1,
                 feature_class=entry.feature, precision=precision(entry, cue), cue=cue or None)


# A name of two parts joined by a hyphen, the first a name on its own.
_HYPHENATED = re.compile(r"^(\w[\w ]*\w{2})-\w")


def _found(gazetteer: Gazetteer, name: str, cue: str, cues: _Cues) -> list[Entry]:
    """The readings of ``name`` that its cue word accepts: populated places by population
    first, then the units (whose population is their places' total, a ranking aid for the
    geoparser, not a reason to prefer the district)."""
    return sorted((e for e in gazetteer.lookup(name)[:MAX_CANDIDATES] if _acceptable(e, cue, cues)),
                  key=lambda e: (e.feature != "city" or e.population is None,
                                 -(e.population or 0) if e.feature == "city" else 0))


def resolve_names(names: Iterable[tuple[str, str]], gazetteer: Gazetteer,
                  focus: Iterable[str] = ()) -> dict[tuple[str, str], Entry | None]:
    """Resolve (name, cue) pairs of one article together; ``focus`` are ISO 3166 alpha-2 codes
    of the countries the article is about."""
    cues = _cues()
    pairs = list(dict.fromkeys(names))
    candidates: dict[tuple[str, str], list[Entry]] = {}
    from warta.clean.metadata import territories

    countries_named = territories()
    focus_set = set(focus)
    for name, cue in pairs:
        if name.casefold() in countries_named and (cue in cues.many_towns or not cue):
            # "desa-desa Iran" (Iran's villages) and a country named without a cue word
            # ("etnis Armenia" in a story whose party Armenia is) are the country itself, not
            # a namesake town elsewhere (Armenia, Colombia)
            country = [e for e in gazetteer.lookup(name)[:MAX_CANDIDATES]
                       if e.feature == "country"
                       and (cue or e.country_code in focus_set)]
            if country:
                candidates[(name, cue)] = country[:1]
                continue
        if cue in cues.towns and name.casefold() in countries_named:
            candidates[(name, cue)] = []  # "kota Iran": an Iranian town, not a town named Iran
            continue
        found = _found(gazetteer, name, cue, cues)
        head = _HYPHENATED.match(name)
        if not found and head and not name[head.end() - 1].islower():
            # "Athens-Central Athens", "Belgrade-Stari Grad": a quarter the gazetteer lacks,
            # written after its town; "Dhaka-Chittagong" (a highway) starts at its first town
            # ("Taliban-planted", "Houthi-controlled" are no names)
            found = [e for e in _found(gazetteer, head.group(1), cue, cues)
                     if e.feature == "city"]
        if _acronym(name):
            # "BBM" (fuel), "DPR" (parliament): an acronym is a place only by its own name,
            # never through an alternate name (codes, abbreviations) of a faraway town
            found = [e for e in found if e.name.casefold() == name.casefold()]
        candidates[(name, cue)] = found
    countries = [c for c in (gazetteer.countries(cc) for cc in sorted(focus_set)) if c]
    resolved: dict[tuple[str, str], Entry | None] = {}
    for key, cands in candidates.items():
        if cands and _one_reading(cands) and _plausible(cands[0], focus_set, countries):
            resolved[key] = cands[0]
    focus_set |= {e.country_code for e in resolved.values() if e is not None}
    anchors = [e for e in resolved.values() if e is not None and e.feature != "country"]
    pending = [k for k in candidates if k not in resolved]
    for key in pending:
        others = [a for a in anchors if a.name.casefold() != key[0].casefold()]
        cands = [e for e in candidates[key] if _plausible(e, focus_set, others + countries)]
        if not cands:
            resolved[key] = None
            continue
        best = max(cands, key=lambda e: (_score(e, focus_set, others), e.id))
        resolved[key] = best
        if best.feature != "country":
            anchors.append(best)
    return resolved


def geocode(extraction: Extraction, gazetteer: Gazetteer, focus: Iterable[str] = (),
            text: str | None = None, language: str | None = None) -> Extraction:
    """Fill in each event's places from the gazetteer and pick its location.

    With the article's ``text`` and ``language``, capitalised names in an event's clause that
    no cue word introduced are looked up too, and kept when the gazetteer resolves them.
    """
    if text is not None and language is not None:
        from warta.geo.geoparse import geoparse

        extraction = dataclasses.replace(extraction, places=geoparse(
            text, language, gazetteer, extraction.article_id, focus))
    extra: dict[int, list[Place]] = {}
    if text is not None and language is not None:
        from warta.data.parties import table

        parties = table()
        for i, event in enumerate(extraction.events):
            ev = event.evidence[0]
            known = {p.name for p in event.places}
            # party names in the clause are its actors, not its places
            actors = frozenset(p.text for p in parties.find(text[ev.start:ev.end]))
            found = capitalised_candidates(text, ev.start, ev.end, language, actors)
            extra[i] = [Place(name=c.name) for c in found if c.name not in known]
    names = [(p.name, _cue_of(p)) for i, e in enumerate(extraction.events)
             for p in (*e.places, *extra.get(i, []))]
    if not names:
        return _at_seats(_tie_to_article(extraction, gazetteer, text, language), gazetteer)
    if text is not None and language is not None:
        # a name no cue word introduced that is a common word of the article is no place
        lower = lowercase_words(text)
        names = [(n, c) for n, c in names if c or not _common_word(n, lower, language)]
    resolved = resolve_names(names, gazetteer, focus)
    events = []
    for i, event in enumerate(extraction.events):
        places = tuple(to_place(p.name, resolved.get((p.name, _cue_of(p))), _cue_of(p))
                       for p in event.places)
        # a name found without a place word counts only as a town or district: a country or a
        # province named in passing is context ("kota penting Madagaskar" is no island state)
        places += tuple(to_place(p.name, resolved[(p.name, "")]) for p in extra.get(i, [])
                        if resolved.get((p.name, "")) is not None
                        and resolved[(p.name, "")].feature in ("city", "admin2")
                        and p.name not in {q.name for q in places})
        if any(p.feature_class in ("city", "admin2") for p in places):
            # beside towns, a region or country that is also a party's name ("di Nagorno-
            # Karabakh", "di Azerbaijan") says whose towns they are, not where else it happened
            places = tuple(p for p in places if not (
                p.feature_class in ("admin1", "country") and _is_party(p.name)))
        located = [p for p in places if p.latitude is not None]
        location = min(located, key=lambda p: (p.precision or 9)) if located else None
        events.append(dataclasses.replace(event, places=places, location=location))
    return _at_seats(_tie_to_article(dataclasses.replace(extraction, events=tuple(events)),
                                     gazetteer, text, language), gazetteer)


def _at_seats(extraction: Extraction, gazetteer: Gazetteer) -> Extraction:
    """An event the text places only in a province is put at the province's seat, as ACLED's
    codebook does ("the provincial capital is used if no other information is available"): the
    location keeps the province's name, id and precision 3, with the seat's coordinates. The
    province's own point (the mean of its towns, or GeoNames' point) can lie in empty country
    a hundred kilometres from anywhere its news happens."""
    events = []
    for event in extraction.events:
        loc = event.location
        if loc is not None and loc.feature_class == "admin1" and loc.gazetteer_id:
            unit = gazetteer.get(loc.gazetteer_id)
            seat = gazetteer.seat(unit) if unit is not None else None
            if seat is not None:
                event = dataclasses.replace(event, location=dataclasses.replace(
                    loc, latitude=seat.latitude, longitude=seat.longitude))
        events.append(event)
    return dataclasses.replace(extraction, events=tuple(events))


def _tie_to_article(extraction: Extraction, gazetteer: Gazetteer | None = None,
                    text: str | None = None, language: str | None = None) -> Extraction:
    """Each event's location against the article's geoparsed places: the most specific place
    below the country level inside the event's own words wins ("in Panjwai district of Kandahar
    province"); else the event's own resolved place; an event whose words name no place takes
    the most specific place written nearest to it (ACLED's geo_precision: a province's centroid
    is precision 3)."""
    article = [p for p in extraction.places if p.latitude is not None and p.evidence is not None
               and p.feature_class not in ("continent",)]
    if not article or not extraction.events:
        return extraction
    events = []
    every = article
    for event in extraction.events:
        article = _without_fragments(every, event, text, gazetteer)
        if not article:
            events.append(event)
            continue
        spans = [(v.start, v.end) for v in event.evidence]
        inside = [p for p in article if p.evidence is not None
                  and any(a <= p.evidence.start < b for a, b in spans)]
        location = event.location
        own = [p for p in event.places if p.latitude is not None]
        below = _together(_consistent([p for p in inside if p.feature_class != "country"],
                                      article, own, gazetteer))
        quarters = _quarter_names(inside, text, language)
        towns = [p for p in (*below, *own) if p.feature_class == "city"
                 and p.name.casefold() not in quarters]
        below = [p for p in below if not _stray_quarter(p, quarters, towns)]
        if below:
            # the geoparser read the whole text, hierarchy and all ("in Pipri, Kaushambi"): its
            # most specific place in the event's words, the first of equals, is the location
            location = min(below, key=lambda p: (p.precision or 9, p.evidence.start))  # type: ignore[union-attr]
            mine = event.location
            if (mine is not None and mine.feature_class == "city"
                    and location.feature_class == "admin1"
                    and mine.name.casefold() != location.name.casefold()
                    and all(p.feature_class == "admin1" for p in below)
                    and mine.country_code == location.country_code
                    and mine.admin1 is not None and mine.admin1 == location.admin1):
                # the event's words named a town of that very unit, which the whole-text
                # reading missed ("in the Municipality of Coalcoman, Michoacan"): the town
                location = mine
        elif inside and location is None:
            location = inside[0]
        if location is not None and _stray_quarter(location, quarters, towns):
            location = towns[0]
        coded = _coded_at(inside or article, text, language)
        if coded is not None:
            location = coded
        if location is None and spans:
            at = spans[0][0]
            best = min(article, key=lambda p: (p.precision or 9,
                                               abs(p.evidence.start - at)))  # type: ignore[union-attr]
            location = best
        if location is not None and gazetteer is not None and text is not None:
            location = _town_of_unit(location, gazetteer, text, language)
        events.append(dataclasses.replace(event, location=location)
                      if location is not event.location else event)
    return dataclasses.replace(extraction, events=tuple(events))


def _without_fragments(article: list[Place], event: Event, text: str | None,
                       gazetteer: Gazetteer | None = None) -> list[Place]:
    """The article's places without a name written as the first word of a longer name the
    event's words read and the gazetteer lacks, in a country none of the other places is in:
    "Bar" of "from Bar Ujeed village (Ceel Buur, Galgaduud)" is not Montenegro's, "Jang" of
    "outside Jang Building in Karachi" (and of "Jang/Geo Group" after it) not China's; "Donetsk"
    of "Donetsk Airport" stays (its country agrees), and so does a big city (``BIG_PLACE``)."""
    longer = [p.name.casefold() for p in event.places if p.latitude is None]
    if not longer or text is None:
        return article

    def written_inside(p: Place) -> bool:
        at = p.evidence.start if p.evidence is not None else -1
        return at >= 0 and any(n.startswith(p.name.casefold() + " ")
                               and text[at:at + len(n)].casefold() == n for n in longer)

    names = {p.name.casefold() for p in article if written_inside(p)}
    if not names:
        return article
    fragments = [p for p in article if p.name.casefold() in names and not _big(p, gazetteer)]
    others = {p.country_code for p in article if p not in fragments and p.country_code}
    return [p for p in article if p not in fragments or not others or p.country_code in others]


# A quarter of a town ("Colonia Buena Vista", "Barangay Santo Nino", "the Vale Verde
# neighborhood") read farther than this from every town the event names is a namesake elsewhere.
QUARTER_KM = 25.0


@dataclass(frozen=True)
class _QuarterWords:
    before: re.Pattern[str] | None  # "Colonia", "Barangay": then the quarter's name
    after: re.Pattern[str] | None  # "neighborhood", "park"


# the words of a quarter's name between its quarter word and the name the gazetteer read
# ("Colonia Bosques de San Miguel"): capitalised words, numbers and the particles of names
_NAME_WORDS = r"(?:[\s,]+(?:[A-Z0-9][\w.'’-]*|de|del|la|las|los|el|do|da|dos|das|di|du))*\s+$"


def _pack_words(language: str, name: str) -> set[str]:
    """The optional word list ``name`` of the language's places pack (every pack's when the
    language has none)."""
    codes = [language] if language in available() else list(available())
    return {w for code in codes for w in getattr(data(code, "places"), name, ())}


@cache
def _quarter_words(language: str) -> _QuarterWords:
    before, after = _pack_words(language, "QUARTER_BEFORE"), _pack_words(language, "QUARTER_AFTER")
    return _QuarterWords(
        re.compile(rf"(?<!\w)(?i:{alternation(before)})(?:(?<=\.)|(?!\w)){_NAME_WORDS}")
        if before else None,
        re.compile(rf"\s+(?i:{alternation(after)})(?!\w)") if after else None)


def _quarter_names(places: Sequence[Place], text: str | None, language: str | None
                   ) -> frozenset[str]:
    """The names among ``places`` that the text writes as a town's quarter: after a quarter
    word and the quarter's name ("in Colonia El Ranchito", "Barangay Santo Nino Norte"), or
    before a quarter noun ("the Vale Verde neighborhood", "Calderon park")."""
    if text is None or language is None:
        return frozenset()
    words = _quarter_words(language)
    out = set()
    for p in places:
        ev = p.evidence
        if ev is None:
            continue
        first = normalise(p.name).split()[:1]
        after_word = words.before is not None and (
            words.before.search(text[max(0, ev.start - 60):ev.start])
            or (first and words.before.fullmatch(first[0] + " ")))
        before_noun = words.after is not None and words.after.match(text, ev.end)
        if after_word or before_noun:
            out.add(p.name.casefold())
    return frozenset(out)


@cache
def _coded_words(language: str) -> re.Pattern[str] | None:
    words = _pack_words(language, "CODED_AT")
    return re.compile(rf"(?<!\w)(?i:{alternation(words)})\s+$") if words else None


def _coded_at(places: Sequence[Place], text: str | None, language: str | None) -> Place | None:
    """The place a coder's note says the event was coded to ("[coded to Athens-Central
    Athens]"), the most specific if several are: the coder chose it."""
    if text is None or language is None:
        return None
    words = _coded_words(language)
    if words is None:
        return None
    coded = [p for p in places if p.evidence is not None
             and words.search(text, max(0, p.evidence.start - 20), p.evidence.start)]
    return min(coded, key=lambda p: (p.precision or 9)) if coded else None


def _stray_quarter(place: Place, quarters: frozenset[str], towns: Sequence[Place]) -> bool:
    """A quarter read farther than QUARTER_KM from every town the event names: a namesake."""
    return (bool(towns) and place.name.casefold() in quarters
            and place.latitude is not None
            and all(_place_km(place, t) > QUARTER_KM for t in towns))


def _big(place: Place, gazetteer: Gazetteer | None) -> bool:
    entry = gazetteer.get(place.gazetteer_id) if gazetteer is not None and place.gazetteer_id \
        else None
    return entry is not None and (entry.population or 0) >= BIG_PLACE


def _town_of_unit(place: Place, gazetteer: Gazetteer, text: str, language: str | None) -> Place:
    """A district or province written without its admin word, whose own town of the same name
    lies in it, is that town: "in Sikasso (Sikasso)", "in Kunduz city" are the towns, "in
    Sikasso region" the region."""
    if place.feature_class not in ("admin1", "admin2") or place.evidence is None:
        return place
    words: set[str] = set()
    before: set[str] = set()
    for code in ([language] if language in available() else list(available())):
        words.update(getattr(data(code, "places"), "ADMIN_SUFFIXES", {}))
        before.update(w for w, level in getattr(data(code, "places"), "ADMIN_LEVELS",
                                                {}).items() if level < 4)
    written = set(normalise(place.name).split())
    if written & (words | {w.split()[0] for w in before}):
        return place  # a unit named with its admin word in it ("Kabupaten Nduga")
    if (place.cue or "").lower() in before:
        return place  # "province of X"
    after = text[place.evidence.end:place.evidence.end + 30].split()
    if after and after[0].strip(".,;:()").lower() in words:
        return place
    # the town must lie in this very unit: Jalisco's Atoyac is no town of Veracruz's Atoyac
    towns = [e for e in gazetteer.lookup(place.name, exact=True)
             if e.feature == "city" and e.country_code == place.country_code
             and place.gazetteer_id in e.ancestors]
    if not towns:
        return place
    return dataclasses.replace(to_place(place.name, towns[0]), evidence=place.evidence,
                               admin_path=towns[0].path)


def _consistent(places: list[Place], article: Sequence[Place],
                own: Sequence[Place] = (), gazetteer: Gazetteer | None = None) -> list[Place]:
    """``places`` without the ones in a country no other place of the article or of the event
    (``own``, as the event's clause resolved them) is in, when the others do share one:
    "Buleda (Kech, Balochistan)" is in Pakistan, so a Kech in Germany is a namesake, and so are
    a "Molotov" cocktail in Russia or "Taliban" in Turkey. When every place would go, those the
    event's clause read the same way ("Ayn Zarah (Tripoli)": Libya's Tripoli, not Yemen's
    Al Ayn), else those it did not read elsewhere ("Santa Rosa, Laguna" is the Philippine one,
    not Guatemala's department), else the country most of the article's places are in."""
    def same(p: Place, q: Place) -> bool:
        return q.name.casefold() == p.name.casefold()

    kept = []
    for p in places:
        others = {q.country_code for q in article if not same(p, q) and q.country_code}
        others |= {q.country_code for q in own if not same(p, q) and q.country_code}
        if not others or p.country_code in others:
            kept.append(p)
    if kept:
        return kept
    units = {p.country_code for p in places if p.feature_class == "admin1"
             and not any(q.name.casefold() == p.name.casefold() and q.feature_class == "city"
                         for q in places)}
    towns = [p for p in places if p.country_code not in units]

    def written_in_unit(p: Place) -> bool:  # "Castilla, Piura", "Castilla (Piura)"
        return any(q.name == p.name and q.evidence is not None and any(
            u.feature_class == "admin1" and u.country_code in units and u.evidence is not None
            and 0 < u.evidence.start - q.evidence.end <= 2 for u in places) for q in places)

    if len(units) == 1 and towns and all(
            p.feature_class == "city" and not _big(p, gazetteer) and written_in_unit(p)
            for p in towns):
        # a town written before a province, each in a country of its own ("in Castilla,
        # Piura": Spain's Castilla, Peru's Piura): a province's name is the rarer, and the
        # town is a namesake of one in the province the gazetteer lacks
        return [p for p in places if p.country_code in units]
    agreed = [p for p in places if any(same(p, q) and q.country_code == p.country_code
                                       for q in own)]
    if agreed:
        return agreed
    places = [p for p in places if not any(same(p, q) and q.country_code != p.country_code
                                           for q in own)]
    if not places:
        return []  # the event's own reading of them stands
    # each in a country of its own ("Hodeidah Red Sea port city (Al Hali, Al Hudaydah)": Sudan's
    # Red Sea state, Yemen's Al Hudaydah): the country most of the article's places are in
    ranked = Counter(q.country_code for q in article if q.country_code).most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return [p for p in places if p.country_code == ranked[0][0]] or places
    return places


# A place of an event's words farther than this from every other place of them is a namesake
# ("in Tijuana, Baja California, ... in Colonia Buena Vista" is not the Colonia in Oaxaca).
TOGETHER_KM = 400.0


def _place_km(a: Place, b: Place) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude or 0.0, a.longitude or 0.0,
                                                b.latitude or 0.0, b.longitude or 0.0))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _together(places: list[Place]) -> list[Place]:
    """``places`` (an event's own, resolved) without the ones far from all the others, when the
    others lie together; all of them when none is near another."""
    if len({p.name.casefold() for p in places}) < 3:
        return places
    kept = [p for p in places
            if any(q.name.casefold() != p.name.casefold() and _place_km(p, q) <= TOGETHER_KM
                   for q in places)]
    return kept or places


def _acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return 1 < len(letters) <= 5 and all(c.isupper() for c in letters)


def _common_word(name: str, lower: frozenset[str], language: str) -> bool:
    """A word that marks an organisation ("Polisi", "Army"), or a frequent word of the language
    that the article also writes in lower case (``lower``): a sentence start, not a place."""
    from warta.clean.language import stoplist

    low = name.casefold()
    if low in getattr(data(language, "places"), "NOT_PLACE_NEIGHBOURS", ()):
        return True  # "Polisi", "Army": the words that mark an organisation are none
    return " " not in low and low in stoplist(language) and low in lower


def _is_party(name: str) -> bool:
    from warta.data.parties import table

    return table().code_of(name) is not None


def _cue_of(place: Place) -> str:
    return (place.cue or "").lower()


def focus_countries(codes: Iterable[str]) -> set[str]:
    """ISO alpha-2 codes of party codes that are ISO alpha-3 country codes."""
    import pycountry

    out = set()
    for code in codes:
        country = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
        if country is not None:
            out.add(country.alpha_2)
    return out


__all__ = ["focus_countries", "geocode", "precision", "resolve_names", "to_place"]
