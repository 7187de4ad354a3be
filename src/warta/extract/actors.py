"""Who did what to whom: an event's actor1 and target from the grammar of its clause.

The trigger of an event (a verb such as "menyerang", "shelled", or a noun such as "serangan",
"airstrikes") has a subject before it and an object after it; the pack's grammar words
(``lang/<code>/actors.py``) say which is which:

- the agent of a passive verb after its marker: "diserang oleh roket Azerbaijan", "attacked by
  RSF fighters" (only right after the verb, not in a later relative clause);
- the owner of a noun: after it where the language puts it there ("artileri Armenia",
  "Pembicaraan Menteri Luar Negeri AS"), else before it ("Azerbaijani drones");
- the subject of an active verb is actor1, that of a passive verb the target ("kota itu
  diserang", "a police post was attacked"); a coordinated subject ("para menteri Armenia dan
  Azerbaijan bertemu") or "between A and B" names both sides;
- the first other party after the trigger is the target.

A party name introduced as a town ("kota penting Madagaskar", "the town of Israel") is a place,
never a party. With no party in the clause, a speaker reporting its own operations ("operasi
dilanjutkan, kata kementerian") or its own forces ("pasukannya", "its forces") is the actor.
State forces named without their state ("police forces", "aparat keamanan") are the forces of
the country the event happened in: :func:`state_forces` fills them in once events are located.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from warta.data.parties import UNKNOWN, PartyMention
from warta.lang import data
from warta.model import Extraction
from warta.patterns import alternation, word_pattern

# How far after a passive marker its agent may be named (characters).
AGENT_WINDOW_CHARS = 60
# Words between a passive verb and its agent marker ("diserang pada Sabtu oleh").
AGENT_GAP_WORDS = 3
# How many words a noun's owner may follow it by ("Pembicaraan terjadwal Menteri Luar Negeri AS").
OWNER_WORDS = 6
# Words between a passive auxiliary and the trigger ("was reportedly attacked").
AUXILIARY_GAP_WORDS = 2
# How far into the sentence after a heading ("Arrests: On 4 May 2020, regime security forces
# ...") its subject may be named (words).
HEADING_SUBJECT_WORDS = 12

_WORD = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class Grammar:
    agent: re.Pattern[str]
    auxiliary: re.Pattern[str] | None
    passive_prefixes: tuple[str, ...]
    verb_prefixes: tuple[str, ...]
    owner_after_noun: bool
    phrase_ending_prefixes: tuple[str, ...]
    clause_opener: re.Pattern[str]
    preposition: re.Pattern[str]
    coordinator: re.Pattern[str]  # the text between two coordinated parties: " dan ", " and "
    coordinator_word: re.Pattern[str]
    between: re.Pattern[str]
    speaker_forces: re.Pattern[str]
    self_report: re.Pattern[str]
    state_forces: re.Pattern[str]
    town_cue: re.Pattern[str]


@cache
def grammar(code: str) -> Grammar:
    a = data(code, "actors")
    towns = data(code, "places").TOWN_CUES
    return Grammar(
        agent=re.compile(rf"(?<![\w-])(?:{alternation(a.AGENT_MARKERS)})\s+", re.I),
        auxiliary=re.compile(
            rf"(?<![\w-])(?:{alternation(a.PASSIVE_AUXILIARIES)})\s+(?:[\w-]+\s+){{0,"
            rf"{AUXILIARY_GAP_WORDS}}}$", re.I) if a.PASSIVE_AUXILIARIES else None,
        passive_prefixes=tuple(p.lower() for p in a.PASSIVE_PREFIXES),
        verb_prefixes=tuple(p.lower() for p in a.VERB_PREFIXES),
        owner_after_noun=bool(a.OWNER_AFTER_NOUN),
        phrase_ending_prefixes=tuple(p.lower() for p in a.PHRASE_ENDING_PREFIXES),
        clause_opener=word_pattern(a.CLAUSE_OPENERS),
        preposition=word_pattern(a.PREPOSITIONS),
        coordinator=re.compile(rf"\s*(?:[\w'’-]+\s+){{0,2}},?\s*(?:{alternation(a.COORDINATORS)})"
                               rf"\s+(?:[\w'’-]+\s+){{0,3}}", re.I),
        coordinator_word=word_pattern(a.COORDINATORS),
        between=word_pattern(a.BETWEEN),
        speaker_forces=word_pattern(a.SPEAKER_FORCES),
        self_report=word_pattern(a.SELF_REPORT_NOUNS),
        state_forces=word_pattern(a.STATE_FORCES),
        town_cue=re.compile(rf"(?<![\w-])(?:{alternation(towns)})\s+(?:[a-z][\w-]*\s+)?$",
                            re.I),
    )


def is_place(text: str, mention: PartyMention, language: str) -> bool:
    """A party's name written as a town's ("kota penting Madagaskar"): a place, not a party."""
    g = grammar(language)
    return bool(g.town_cue.search(text, max(0, mention.start - 30), mention.start))


def _passive(text: str, trigger: re.Match[str], clause_start: int, g: Grammar) -> bool:
    word = trigger.group(0).lower()
    if g.passive_prefixes and word.startswith(g.passive_prefixes) and _verb(word, g):
        return True
    return bool(g.auxiliary and g.auxiliary.search(text, clause_start, trigger.start()))


def _verb(word: str, g: Grammar) -> bool:
    return not g.verb_prefixes or word.startswith(g.verb_prefixes)


def _clause_start(text: str, start: int, end: int, g: Grammar) -> int:
    """Where the subject before ``end`` begins: after the last comma, semicolon or clause word."""
    begin = start
    for m in re.finditer(r"[,;:()]", text[start:end]):
        begin = start + m.end()
    for m in g.clause_opener.finditer(text, begin, end):
        begin = m.end()
    return begin


def actors(text: str, language: str, clause: tuple[int, int], trigger: re.Match[str],
           parties: Sequence[PartyMention], speaker_party: str | None = None
           ) -> tuple[str | None, str | None]:
    """actor1 and target of the event whose trigger is ``trigger`` in ``clause``, from the
    ``parties`` named in it (the speaker's own name left out); ``speaker_party`` is the side of
    whoever reports it."""
    g = grammar(language)
    start, end = clause
    usable = [p for p in parties if start <= p.start and p.end <= end
              and not is_place(text, p, language)]
    word = trigger.group(0).lower()
    if re.match(r"\s*:", text[trigger.end():end]):
        # a heading ("Arrests: On 5 May, police forces arrested ..."): the sentence after it
        # names the sides in its own order
        after = [p for p in usable if p.start >= trigger.end()]
        if after and g.state_forces.search(text, trigger.end(), after[0].start):
            # "Arrests: On 4 May, regime security forces, accompanied by Russian forces,
            # arrested ...": unnamed state forces act (see state_forces); a party after "by"
            # goes with them
            objects = [p for p in after if not _after_agent_marker(text, p, g)]
            return None, (objects[0].code if objects else None)
        first = after[0] if after else None
        second = next((p for p in after if first and p.code != first.code), None)
        return (first.code if first else None), (second.code if second else None)
    passive = _passive(text, trigger, start, g)
    actor1: str | None = None
    target: str | None = None
    taken: set[int] = set()  # mentions already given a role

    # 1. the agent right after a passive verb: "diserang oleh X", "attacked by X"
    after = text[trigger.end():end]
    marker = g.agent.search(after)
    if marker and len(_WORD.findall(after[:marker.start()])) <= AGENT_GAP_WORDS and not (
            g.clause_opener.search(after[:marker.start()]) or "," in after[:marker.start()]):
        agent_start = trigger.end() + marker.end()
        stop = g.clause_opener.search(text, agent_start, end)
        limit = min(agent_start + AGENT_WINDOW_CHARS, stop.start() if stop else end)
        agents = [p for p in usable if agent_start <= p.start < limit]
        if agents:
            actor1 = agents[0].code
            taken.add(agents[0].start)
            passive = True

    # 1b. Indonesian names a di- verb's agent right after it, without "oleh": "diserang KKB",
    # "ditembak kelompok kriminal bersenjata (KKB)"
    if actor1 is None and g.passive_prefixes and word.startswith(g.passive_prefixes) \
            and _verb(word, g):
        near = [p for p in usable if trigger.end() <= p.start < end
                and len(_WORD.findall(text, trigger.end(), p.start)) <= OWNER_WORDS
                and not g.preposition.search(text, trigger.end(), p.start)
                and not g.clause_opener.search(text, trigger.end(), p.start)]
        if near:
            actor1 = near[0].code
            taken.add(near[0].start)

    # 2. the owner of a noun trigger: "artileri Armenia", "Pembicaraan ... Menteri AS"
    if actor1 is None and g.owner_after_noun and not _verb(word, g):
        words = list(_WORD.finditer(text, trigger.end(), end))[:OWNER_WORDS]
        stop_at = end
        for w in words:
            low = w.group(0).lower()
            if g.preposition.fullmatch(low) or g.clause_opener.fullmatch(low) \
                    or g.coordinator_word.fullmatch(low) or (
                        w.group(0)[0].islower() and g.phrase_ending_prefixes
                        and low.startswith(g.phrase_ending_prefixes)):
                stop_at = w.start()
                break
        else:
            stop_at = words[-1].end() if words else trigger.end()
        owners = [p for p in usable if trigger.end() <= p.start < stop_at]
        if owners:
            actor1 = owners[0].code
            taken.add(owners[0].start)

    # 3. the subject before the trigger; "between A and B" after a noun names both sides
    subject_start = _clause_start(text, start, trigger.start(), g)
    subject = [p for p in usable if subject_start <= p.start and p.end <= trigger.start()]
    if actor1 is None:
        # "were wounded by a US drone strike": the agent stands between the marker and a noun
        # trigger, and what comes before the marker is the passive's subject
        markers = [mk for mk in g.agent.finditer(text, subject_start, trigger.start())
                   if len(_WORD.findall(text, mk.end(), trigger.start())) <= AGENT_GAP_WORDS + 1]
        if markers:
            by = markers[-1]
            agents = [p for p in subject if p.start >= by.end()]
            if agents:
                actor1 = agents[0].code
                taken.add(agents[0].start)
                subject = [p for p in subject if p.end <= by.start()]
                passive = True
    both = _between(text, trigger, usable, end, g)
    if both and actor1 is None:
        actor1, target = both[0].code, both[1].code
        taken.update({both[0].start, both[1].start})
    elif subject:
        first = subject[0]
        second = next((p for p in subject[1:] if p.code != first.code
                       and g.coordinator.fullmatch(text, first.end, p.start)), None)
        if passive:
            target = target or first.code
        elif actor1 is None:
            actor1 = first.code
            if second is not None:
                target = second.code
        taken.update(p.start for p in subject)

    # 4. the object: the first other party after the trigger
    if target is None:
        obj = [p for p in usable if trigger.end() <= p.start and p.start not in taken
               and p.code != actor1]
        if obj:
            target = obj[0].code
    if actor1 is None and not subject and not passive:
        # the antecedent of a relative clause: "Pasukan Azerbaijan, yang mengandalkan serangan"
        before = [p for p in usable if p.end <= trigger.start() and p.code != target]
        if before:
            actor1 = before[-1].code

    # 5. the speaker's own side: "operasi dilanjutkan, kata kementerian", "pasukannya"
    if actor1 is None and speaker_party and speaker_party != UNKNOWN:
        own = g.self_report.search(text, start, end) or g.speaker_forces.search(
            text, start, trigger.start())
        if own and not passive and speaker_party != target:
            actor1 = speaker_party
    return actor1, target


def _after_agent_marker(text: str, mention: PartyMention, g: Grammar) -> bool:
    """A party named after "by"/"oleh" a few words before it ("accompanied by Russian forces")."""
    before = text[max(0, mention.start - 40):mention.start]
    markers = list(g.agent.finditer(before))
    return bool(markers) and len(_WORD.findall(before[markers[-1].end():])) <= AGENT_GAP_WORDS


def _between(text: str, trigger: re.Match[str], usable: Sequence[PartyMention], end: int,
             g: Grammar) -> tuple[PartyMention, PartyMention] | None:
    """"clashes between A and B", "bentrokan antara pasukan A dan B": both sides."""
    after = [p for p in usable if p.start >= trigger.end()]
    if len(after) < 2:
        return None
    lead = text[trigger.end():after[0].start]
    m = g.between.search(lead)
    if not m or len(_WORD.findall(lead[m.end():])) > 3:
        return None
    second = next((p for p in after[1:] if p.code != after[0].code), None)
    if second is None or not g.coordinator.fullmatch(text, after[0].end, second.start):
        return None
    return after[0], second


def state_forces(extraction: Extraction, text: str, language: str) -> Extraction:
    """Events whose actor1 (or target) is state forces named without their state ("police
    forces clashed with ...", "aparat keamanan menembak ...") get the state of the country
    they were located in. Run after geocoding; an event not located is left as it is."""
    try:
        g = grammar(language)
    except Exception:  # no pack with a grammar for this language
        return extraction
    events = []
    changed = False
    # an event not located itself happened in the country its article's other places are in
    located = Counter(p.country_code for e in extraction.events for p in e.places
                      if p.country_code)
    article_country = _alpha3(located.most_common(1)[0][0]) if len(located) == 1 else None
    for event in extraction.events:
        own = [p.country_code for p in (event.location, *event.places)
               if p is not None and p.country_code]
        country = _alpha3(own[0]) if own else article_country
        if country is None or (event.actor1 and event.target) or not event.trigger:
            events.append(event)
            continue
        ev = event.evidence[0]
        at = text.find(event.trigger, ev.start, ev.end)
        if at < 0:
            events.append(event)
            continue
        actor1, target = event.actor1, event.target
        subject_start, subject_end = _clause_start(text, ev.start, at, g), at
        heading = re.match(r"\s*:", text[at + len(event.trigger):ev.end])
        if heading:
            # "Arrests: On 4 May, police forces arrested ...": the sentence after the heading
            subject_start = at + len(event.trigger) + heading.end()
            lead = list(_WORD.finditer(text, subject_start, ev.end))[:HEADING_SUBJECT_WORDS]
            subject_end = lead[-1].end() if lead else subject_start
        if actor1 is None and g.state_forces.search(text, subject_start, subject_end):
            actor1 = country
        elif target is None and actor1 != country and not heading and g.state_forces.search(
                text, at + len(event.trigger), ev.end):
            target = country
        if (actor1, target) != (event.actor1, event.target):
            changed = True
            event = dataclasses.replace(event, actor1=actor1, target=target)
        events.append(event)
    return dataclasses.replace(extraction, events=tuple(events)) if changed else extraction


@cache
def _alpha3(alpha2: str | None) -> str | None:
    if not alpha2:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2.upper())
    return country.alpha_3 if country else None
