"""Events in ACLED's vocabulary, one per event-bearing clause, with actors, places, date,
claimant and denials.

A sentence's event type is that of the first trigger entry (``lang/<code>/events.py``, most
specific kinds of violence first) with a term in it; a trigger right after a word of negation,
intent or appeal ("akan", "menyerukan", "called for") does not count. An attack whose weapon is
not named is shelling when it lands on settlements, an armed clash when on forces. Within an
article, reports of the same event (same type, actors, claimant) are merged, talks followed by
an agreement become one Agreement, and a denial is linked to the events it answers.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from warta.annotate.places import find_places
from warta.annotate.sentences import Span
from warta.annotate.timex import TimeMention
from warta.clean.metadata import territories
from warta.data.parties import UNKNOWN
from warta.extract.actors import actors as clause_actors
from warta.extract.actors import grammar
from warta.extract.attribution import Speech, claimant_for
from warta.extract.casualties import Context
from warta.lang import data
from warta.model import CasualtyClaim, DateValue, Event, Evidence, Place
from warta.patterns import alternation, word_pattern

NON_EVENT_WINDOW_WORDS = 3
# Talks are often only wished, offered or called for, a few words before the noun ("ingin
# menyelesaikan konflik melalui negosiasi", "offered to host talks"): their cues reach further,
# up to the clause's last comma.
TALKS_NON_EVENT_WINDOW_WORDS = 6
_TALKS = frozenset({"Other", "Agreement"})
# Talks and the agreement they reach are one event when this close (sentences).
AGREEMENT_REACH = 2
# A denial answers accusations made this many sentences before it.
DENIAL_REACH = 2

_WORD = re.compile(r"[\w'’-]+")
_OPEN_BRACKET = re.compile(r"\s*,?\s*\([^()]{0,25}")


@dataclass(frozen=True)
class Trigger:
    event_type: str
    sub_event_type: str
    pattern: re.Pattern[str]
    requires: dict[str, re.Pattern[str]]
    cues_ignored: frozenset[str] = frozenset()
    unarmed: tuple[str, str] | None = None  # the kind when no side bears arms
    armed_victims: tuple[str, str] | None = None  # the kind when the victims bear arms
    civilian_victims: tuple[str, str] | None = None  # the kind when only civilians fall
    reciprocal: frozenset[str] = frozenset()  # terms of a fight between two sides


@dataclass(frozen=True)
class Escalation:
    event_type: str
    sub_event_type: str
    pattern: re.Pattern[str]
    requires: re.Pattern[str] | None = None  # in the same sentence


@dataclass(frozen=True)
class Lexicon:
    triggers: tuple[Trigger, ...]
    any_trigger: re.Pattern[str]  # every term of every entry, to find candidates in one pass
    entry_of: dict[str, list[int]]  # term -> indexes of the entries that list it
    non_event: re.Pattern[str]
    generic_attack: re.Pattern[str]
    settlements: re.Pattern[str]
    forces: re.Pattern[str]
    civilians: re.Pattern[str]
    titles: frozenset[str]
    clause_break: re.Pattern[str]
    anaphora_before: re.Pattern[str] | None = None
    anaphora_after: re.Pattern[str] | None = None
    time_anchor: re.Pattern[str] | None = None
    vague: re.Pattern[str] | None = None
    vague_terms: frozenset[str] = frozenset()
    armed: re.Pattern[str] | None = None
    armed_victims: re.Pattern[str] | None = None
    crowd: re.Pattern[str] | None = None
    raiders: re.Pattern[str] | None = None
    not_violent: re.Pattern[str] | None = None  # sport, shows, games, illness
    agent: re.Pattern[str] | None = None  # "by", "oleh" right after a verb: it is passive
    escalation: tuple[Escalation, ...] = ()
    escalation_reach: int = 0
    arms_supply: re.Pattern[str] | None = None  # "supplied drones": a capability, no attack
    arms_supplied: re.Pattern[str] | None = None  # "rockets supplied by"
    coordinators: frozenset[str] = frozenset()  # "and", "dan"
    speech_setting: re.Pattern[str] | None = None  # "speaking at a meeting": a statement's setting
    return_fire: re.Pattern[str] | None = None  # an attack answered with fire: a clash
    incident_before: re.Pattern[str] | None = None  # "a", "sebuah": one incident introduced
    past_infinitive: re.Pattern[str] | None = None  # "claimed to have shelled": done, not meant
    literal: frozenset[str] = frozenset()  # triggers never used figuratively ("airstrikes")


def _optional(words: list[str] | None) -> re.Pattern[str] | None:
    return word_pattern(words) if words else None


@cache
def lexicon(code: str) -> Lexicon:
    e = data(code, "events")
    triggers = tuple(
        Trigger(t["type"], t["sub"], word_pattern(t["terms"]),
                {k.lower(): word_pattern(v) for k, v in t.get("requires_for", {}).items()},
                frozenset(t.get("cues_ignored", ())),
                tuple(t["unarmed"]) if "unarmed" in t else None,  # type: ignore[arg-type]
                tuple(t["armed_victims"]) if "armed_victims" in t else None,  # type: ignore[arg-type]
                tuple(t["civilian_victims"])  # type: ignore[arg-type]
                if "civilian_victims" in t else None,
                frozenset(x.lower() for x in t.get("reciprocal", ())))
        for t in e.TRIGGERS)
    vague = getattr(e, "VAGUE_VIOLENCE", [])
    victims = data(code, "casualties").VICTIMS["civilians"]
    entry_of: dict[str, list[int]] = {}
    for i, t in enumerate(e.TRIGGERS):
        for term in t["terms"]:
            entry_of.setdefault(term.lower(), []).append(i)
    suffixes = "|".join(re.escape(x) for x in e.WORD_SUFFIXES)
    any_trigger = re.compile(
        rf"(?<![\w-])(?:{alternation(list(entry_of))})(?:{suffixes})?(?![\w-])" if suffixes
        else word_pattern(list(entry_of)).pattern, re.I)
    return Lexicon(triggers, any_trigger, entry_of, word_pattern(e.NON_EVENT_CUES),
                   word_pattern(e.GENERIC_ATTACK_TERMS),
                   word_pattern(e.SETTLEMENT_WORDS), word_pattern(e.FORCE_WORDS),
                   word_pattern(victims),
                   frozenset(t.lower() for t in data(code, "attribution").TITLES),
                   re.compile("|".join(re.escape(b) for b in e.CLAUSE_BREAKS), re.I),
                   re.compile(rf"(?<![\w-])(?:{alternation(e.ANAPHORA_BEFORE)})\s+$", re.I)
                   if getattr(e, "ANAPHORA_BEFORE", None) else None,
                   re.compile(rf"^\s+(?:[\w-]+\s+)?(?:{alternation(e.ANAPHORA_AFTER)})(?![\w-])",
                              re.I)
                   if getattr(e, "ANAPHORA_AFTER", None) else None,
                   re.compile(rf"(?<![\w-])(?:{alternation(e.TIME_ANCHORS)})\s+$", re.I)
                   if getattr(e, "TIME_ANCHORS", None) else None,
                   _optional(vague), frozenset(v.lower() for v in vague),
                   _optional(getattr(e, "ARMED_WORDS", None)),
                   _optional(getattr(e, "ARMED_VICTIMS", None)),
                   _optional(getattr(e, "CROWD_WORDS", None)),
                   _optional(getattr(e, "RAIDERS", None)),
                   _optional(getattr(e, "NOT_VIOLENT_CONTEXT", None)),
                   re.compile(rf"\s+(?:{alternation(e.PASSIVE_AGENT)})\s", re.I)
                   if getattr(e, "PASSIVE_AGENT", None) else None,
                   tuple(Escalation(x["type"], x["sub"], word_pattern(x["terms"]),
                                    _optional(x.get("requires")))
                         for x in getattr(e, "PROTEST_ESCALATION", ())),
                   getattr(e, "ESCALATION_REACH", 0),
                   _optional(getattr(e, "ARMS_SUPPLY", None)),
                   _optional(getattr(e, "ARMS_SUPPLIED", None)),
                   frozenset(w.lower() for w in data(code, "actors").COORDINATORS),
                   _optional(getattr(e, "SPEECH_SETTING", None)),
                   _optional(getattr(e, "RETURN_FIRE", None)),
                   _optional(getattr(e, "INCIDENT_BEFORE", None)),
                   _optional(getattr(e, "PAST_INFINITIVE", None)),
                   frozenset(w.lower() for w in getattr(e, "LITERAL_TRIGGERS", ())))


def clauses(ctx: Context, span: Span) -> list[Span]:
    """The clauses of a sentence, split at the pack's clause breaks."""
    lex = lexicon(ctx.language)
    out, start = [], span.start
    for m in lex.clause_break.finditer(ctx.text, span.start, span.end):
        out.append(Span(start, m.start()))
        start = m.start() + 1
    out.append(Span(start, span.end))
    return [c for c in out if c.end > c.start]


def _nwords(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end)) if end > start else 0


_CAPITALISED_NEIGHBOUR = re.compile(r"\s+[A-Z]")


def _proper(text: str, m: re.Match[str], sentence_start: int) -> bool:
    """A capitalised trigger next to another capitalised word is part of a name ("Demo Wire",
    "Operasi Damai Cartenz"), not the word itself; alone ("GOMA - Shelling killed") it is."""
    if not m.group(0)[0].isupper():
        return False
    before = text[max(sentence_start, m.start() - 30):m.start()]
    prev_cap = bool(re.search(r"(?:^|\s)[A-Z][\w'’.-]*\s+$", before)) and not re.search(
        r"[-–—:]\s+$", before)
    return prev_cap or bool(_CAPITALISED_NEIGHBOUR.match(text, m.end()))


def _base(term: str, lex: Lexicon) -> str:
    """A matched trigger without the ending it may carry ("nirawaknya" -> "nirawak")."""
    if term in lex.entry_of:
        return term
    for n in range(1, 4):
        if term[:-n] in lex.entry_of:
            return term[:-n]
    return term


def _find_trigger(ctx: Context, lex: Lexicon, span: Span
                  ) -> tuple[str, str, re.Match[str]] | None:
    text = ctx.text
    # candidate terms (found once per article), then tried entry by entry in the pack's order
    if ctx.triggers is None:
        ctx.triggers = list(lex.any_trigger.finditer(text))
        ctx.trigger_starts = [m.start() for m in ctx.triggers]
    lo = bisect.bisect_left(ctx.trigger_starts, span.start)
    hi = bisect.bisect_left(ctx.trigger_starts, span.end)
    found = [(i, m) for m in ctx.triggers[lo:hi] if m.end() <= span.end
             for i in lex.entry_of.get(_base(m.group(0).lower(), lex), ())]
    for index in sorted({i for i, _ in found}):
        trig = lex.triggers[index]
        for m in (m for i, m in found if i == index):
            if _proper(text, m, span.start):
                continue
            reach = (TALKS_NON_EVENT_WINDOW_WORDS if trig.sub_event_type in _TALKS
                     else NON_EVENT_WINDOW_WORDS)
            if _negated(text, lex, span, m, trig.cues_ignored, reach):
                continue
            if _capability_or_setting(text, lex, span, m, trig):
                continue
            need = trig.requires.get(m.group(0).lower())
            if need is not None and not need.search(text, span.start, span.end):
                continue
            if trig.event_type in _FIGHTS:
                riot = _crowd_fight(ctx, lex, span, m)
                if riot is not None:
                    return (*riot, m)
            if trig.armed_victims and _armed_victims(text, lex, span, m):
                return (*trig.armed_victims, m)
            if trig.unarmed and not _victims_before(text, span, m) and _unarmed(ctx, lex, span):
                return (*trig.unarmed, m)
            # a clash is fought by two armed sides: civilians killed in it died in the
            # crossfire of a battle, not in an attack on them (ACLED's rule too)
            if trig.civilian_victims and m.group(0).lower() not in trig.reciprocal and \
                    _civilian_victims(text, lex, span, m, no_forces=False):
                return (*trig.civilian_victims, m)
            if trig.event_type == "Strategic developments":
                # "residents attacked officers who had arrested a trader": the attack told
                # first is the clause's event, the arrest only says why
                attack = _generic_attack(ctx, lex, Span(span.start, m.start()))
                if attack is not None:
                    return attack
            return trig.event_type, trig.sub_event_type, m
    attack = _generic_attack(ctx, lex, span)
    if attack is not None:
        return attack
    if lex.vague is not None:
        for m in lex.vague.finditer(text, span.start, span.end):
            if not _negated(text, lex, span, m, frozenset()):
                # civilians named as the victims: an attack on them; else a kind read later
                # from the clause's meaning (see :func:`settle`)
                return "Violence against civilians", "Attack", m
    return None


def _speaker_zone(text: str, span: Span, speech: Speech | None) -> tuple[int, int] | None:
    """Where the speaker's name is written in the clause, if it is."""
    if speech is None or not speech.speaker:
        return None
    zone = text.find(speech.speaker, span.start, span.end)
    return (zone, zone + len(speech.speaker)) if zone >= 0 else None


def _generic_attack(ctx: Context, lex: Lexicon, span: Span
                    ) -> tuple[str, str, re.Match[str]] | None:
    """An attack whose weapon is not named ("attacked", "serangan"), by who made it and what
    it landed on."""
    for m in lex.generic_attack.finditer(ctx.text, span.start, span.end):
        if _negated(ctx.text, lex, span, m, frozenset()):
            continue
        kind = _crowd_fight(ctx, lex, span, m) or _attack_kind(ctx.text, lex, span, m)
        if kind is not None:
            return (*kind, m)
    return None


# Where the target of an attack is looked for after its verb ("attacked a convoy of ...").
TARGET_WINDOW_CHARS = 60
_SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
_CLASH = ("Battles", "Armed clash")
_ATTACK = ("Violence against civilians", "Attack")


def _attack_kind(text: str, lex: Lexicon, span: Span, m: re.Match[str]
                 ) -> tuple[str, str] | None:
    """An attack whose weapon is not named, by what it lands on: forces or positions (a
    clash), civilians (an attack on them), towns (shelling, or an attack on civilians when
    raiders on the ground made it)."""
    passive = lex.agent is not None and lex.agent.match(text, m.end()) is not None
    found = []
    for kind, pattern in (("settlement", lex.settlements), ("forces", lex.forces),
                          ("civilians", lex.civilians)):
        if passive:  # "kota Terter diserang oleh tentara ...": the target comes first
            hits = list(pattern.finditer(text, max(span.start, m.start() - TARGET_WINDOW_CHARS),
                                         m.start()))
            if hits:
                found.append((m.start() - hits[-1].start(), kind))
        else:
            hit = pattern.search(text, m.end(), min(span.end, m.end() + TARGET_WINDOW_CHARS))
            if hit:
                found.append((hit.start(), kind))
    kind = min(found)[1] if found else None
    if not passive and _armed_victims(text, lex, span, m):
        kind = "forces"  # "attacked two police agents"
    if kind is None:
        for name, pattern in (("settlement", lex.settlements), ("forces", lex.forces),
                              ("civilians", lex.civilians)):
            if pattern.search(text, span.start, span.end):
                kind = name
                break
    if kind == "forces":
        return _CLASH
    raiders = lex.raiders is not None and lex.raiders.search(text, span.start, m.start())
    if kind == "settlement":
        return _ATTACK if raiders else _SHELLING
    if kind is None and not passive and lex.raiders is not None and _right_before(
            lex.raiders, text, span.start, m.start()):
        # "militants attacked Napula": armed men attack a place or people the text only names
        # (they are the verb's subject: not "a militia spokesman condemned the attack")
        return _ATTACK
    return _ATTACK if kind == "civilians" else None  # "serangan" alone: a football attack too


def _right_before(pattern: re.Pattern[str], text: str, start: int, at: int) -> bool:
    """Whether ``pattern`` matches the words right before ``at`` (only spaces between)."""
    return any(text[h.end():at].strip() == "" for h in pattern.finditer(text, start, at))


def _negated(text: str, lex: Lexicon, span: Span, m: re.Match[str],
             ignored: frozenset[str], reach: int = NON_EVENT_WINDOW_WORDS) -> bool:
    """A trigger after a word of negation, intent or appeal (up to ``reach`` words before it),
    or after a time anchor ("sehari sebelum bentrokan": a time, not this clause's event)."""
    before = text[max(span.start, m.start() - 40):m.start()]
    cues = before
    if reach > NON_EVENT_WINDOW_WORDS:
        cues = text[max(span.start, m.start() - 15 * reach):m.start()]
        cues = cues[cues.rfind(",") + 1:]
    if lex.past_infinitive is not None:
        # "claimed to have ambushed", "said to have shelled": a deed reported, not an intent
        cues = lex.past_infinitive.sub(" ", cues)
    words_before = [w for w in _WORD.findall(cues)[-reach:]
                    if w.lower() not in ignored]
    if any(lex.non_event.fullmatch(w) for w in words_before) or lex.non_event.search(
            " ".join(words_before)):
        return True
    return lex.time_anchor is not None and lex.time_anchor.search(before) is not None


# How far back a supply cue reaches over a list of weapons ("memberinya drone serang serta roket").
SUPPLY_LIST_WORDS = 6
# How far after a weapon its supplier is named ("sistem roket jarak jauh yang dipasok oleh").
ARMS_SUPPLIED_CHARS = 30


def _capability_or_setting(text: str, lex: Lexicon, span: Span, m: re.Match[str],
                           trig: Trigger) -> bool:
    """A weapon that is given, sold or relied on ("memberinya drone serang", "supplied
    rockets to") is a capability, not an attack; a meeting that a speaker speaks at ("speaking
    at a meeting with ...") is where a statement was made, not an event of its own."""
    words = _WORD.findall(text[max(span.start, m.start() - 80):m.start()])
    before = " ".join(words[-NON_EVENT_WINDOW_WORDS:])
    if trig.event_type == "Explosions/Remote violence":
        if lex.arms_supply is not None and lex.arms_supply.search(before):
            return True
        # the last of weapons listed after the cue ("memberinya drone serang serta roket")
        listed = words[-SUPPLY_LIST_WORDS:]
        cue = next((i for i in range(len(listed) - 1, -1, -1) if lex.arms_supply is not None
                    and lex.arms_supply.search(" ".join(listed[i:i + 2]))), None)
        if cue is not None and lex.coordinators & {w.lower() for w in listed[cue + 1:]}:
            return True
        after = text[m.end():min(span.end, m.end() + ARMS_SUPPLIED_CHARS)]
        if lex.arms_supplied is not None and lex.arms_supplied.search(after):
            return True
    return (trig.sub_event_type in _TALKS and lex.speech_setting is not None
            and lex.speech_setting.search(before) is not None)


# How far from a killing verb its victims are named ("shot dead a soldier", "a soldier was
# shot dead").
VICTIM_WINDOW_CHARS = 50
_PASSIVE = re.compile(r"\b(?:was|were|been|is|are|di\w*)\s+(?:\w+\s+)?$", re.I)


def _armed_victims(text: str, lex: Lexicon, span: Span, m: re.Match[str]) -> bool:
    if lex.armed_victims is None:
        return False
    by = lex.agent is not None and lex.agent.match(text, m.end()) is not None
    # "assaulted by a police officer": who follows "by" made the attack, not suffered it
    if not by and lex.armed_victims.search(text, m.end(),
                                           min(span.end, m.end() + VICTIM_WINDOW_CHARS)):
        return True
    before = text[max(span.start, m.start() - VICTIM_WINDOW_CHARS):m.start()]
    return bool(_PASSIVE.search(before)) and lex.armed_victims.search(before) is not None


def _victims_before(text: str, span: Span, m: re.Match[str]) -> bool:
    """The verb is passive ("were shot", "was attacked"): who is named before it suffered it."""
    before = text[max(span.start, m.start() - VICTIM_WINDOW_CHARS):m.start()]
    return bool(_PASSIVE.search(before))


_FIGHTS = frozenset({"Battles", "Violence against civilians"})
_PROTEST_KINDS = frozenset({"Peaceful protest", "Protest with intervention",
                            "Excessive force against protesters", "Violent demonstration"})


def _crowd_fight(ctx: Context, lex: Lexicon, span: Span, m: re.Match[str]
                 ) -> tuple[str, str] | None:
    """A fight or attack started by a crowd that bears no arms ("residents attacked police
    officers", "two groups of villagers clashed") is a riot: a violent demonstration when the
    clause tells of a protest, else mob violence."""
    if lex.crowd is None or lex.armed is None:
        return None
    text = ctx.text
    subject = (span.start, m.start())
    if _victims_before(text, span, m):
        return None  # "seven people were shot dead": the people named are the victims
    if not lex.crowd.search(text, *subject) or lex.armed.search(text, *subject) or any(
            subject[0] <= p.start < subject[1] for p in ctx.party_mentions):
        return None
    protest = any(t.sub_event_type in _PROTEST_KINDS
                  and t.pattern.search(text, span.start, span.end) for t in lex.triggers)
    return ("Riots", "Violent demonstration") if protest else ("Riots", "Mob violence")


def _civilian_victims(text: str, lex: Lexicon, span: Span, m: re.Match[str],
                      no_forces: bool = True) -> bool:
    """Civilians named as the first victims after the verb ("stormed the town ..., killing
    nine civilians"), and no force anywhere in the clause, unless (without ``no_forces``) the
    civilians follow the verb closely ("opened fire on a civilian near the base")."""
    hit = lex.civilians.search(text, m.end(), span.end)
    if hit is None:
        return False
    near = hit.start() - m.end() <= VICTIM_WINDOW_CHARS
    if (no_forces or not near) and lex.forces.search(text, span.start, span.end):
        return False
    return not (lex.armed_victims is not None
                and lex.armed_victims.search(text, m.end(), hit.start()))


def _unarmed(ctx: Context, lex: Lexicon, span: Span) -> bool:
    """No side named in the clause bears arms, and a crowd is named ("two groups of
    villagers clashed")."""
    if lex.armed is None or lex.crowd is None:
        return False
    text = ctx.text
    if lex.armed.search(text, span.start, span.end) or any(
            span.start <= p.start < span.end for p in ctx.party_mentions):
        return False
    return lex.crowd.search(text, span.start, span.end) is not None


def _actors(ctx: Context, span: Span, m: re.Match[str], speech: Speech | None,
            claimant: str | None) -> tuple[str | None, str | None]:
    text = ctx.text
    in_sentence = [p for p in ctx.party_mentions if span.start <= p.start and p.end <= span.end]
    speaker_zone = _speaker_zone(text, span, speech) or (-1, -1)
    usable = [p for p in in_sentence if not (speaker_zone[0] <= p.start < speaker_zone[1])]
    belligerents = sorted(ctx.belligerents)
    actor1, target = clause_actors(text, ctx.language, (span.start, span.end), m, usable,
                                   claimant)
    if target is None and actor1 in belligerents and len(belligerents) == 2:
        target = next(b for b in belligerents if b != actor1)
    if target is None and claimant and claimant not in (UNKNOWN, actor1):
        target = claimant
    if actor1 is None and target in belligerents and len(belligerents) == 2:
        actor1 = next(b for b in belligerents if b != target)
    return actor1, target


def _date(ctx: Context, span: Span, m: re.Match[str], speeches: Sequence[Speech]
          ) -> DateValue | None:
    text = ctx.text
    times = [t for t in ctx.times if span.start <= t.start < span.end and t.value
             and not t.since and t.precision == "day"]
    speech_dated = {t.start for sp in speeches for t in times
                    if t.start >= sp.verb_end and _nwords(text, sp.verb_end, t.start) <= 2}
    # "Around 30 April 2020 (between 27 April- 4 May)": the bracket qualifies the date before it
    qualifying = {t.start for t in times for t0 in times
                  if t0.end <= t.start and _OPEN_BRACKET.fullmatch(text, t0.end, t.start)}
    own = [t for t in times if t.start not in speech_dated and t.start not in qualifying]
    # "... held a stand with two activists who had been detained 10 days ago": a date in a
    # clause opened after the trigger dates that clause's verb
    opener = grammar(ctx.language).clause_opener
    main = [t for t in own if t.start < m.start() or not opener.search(text, m.end(), t.start)]
    pool = main or own or times
    if pool:
        t = min(pool, key=lambda t: abs(t.start - m.start()))
        return DateValue(t.value, "day", t.text, "clause")  # type: ignore[arg-type]
    # "pekan lalu", "last week": the clause says which week, not which day
    weeks = [t for t in ctx.times if span.start <= t.start < span.end and t.value
             and not t.since and t.precision == "week"]
    if weeks:
        t = min(weeks, key=lambda t: abs(t.start - m.start()))
        return DateValue(t.value, "week", t.text, "clause")  # type: ignore[arg-type]
    if ctx.news_day:
        return DateValue(ctx.news_day, "day", "", "news day")
    return None


def events_in_sentence(ctx: Context, index: int, sentence: Span, speeches: Sequence[Speech],
                       claims: Sequence[CasualtyClaim]) -> list[Event]:
    out = []
    for clause in clauses(ctx, sentence):
        event = _event(ctx, clause, speeches, claims)
        if event is not None:
            out.append(event)
    return out


def _event(ctx: Context, span: Span, speeches: Sequence[Speech],
           claims: Sequence[CasualtyClaim]) -> Event | None:
    lex = lexicon(ctx.language)
    found = _find_trigger(ctx, lex, span)
    if found is None:
        # "military forces killed 14 civilians in a village": killing civilians is an attack
        killed = [c for c in claims if c.kind in ("killed", "captured") and c.victims ==
                  "civilians" and span.start <= c.evidence.start < span.end and not c.cumulative]
        if not killed:
            return None
        ev = killed[0].evidence
        m = re.compile(re.escape(ev.text)).search(ctx.text, ev.start)
        if m is None:
            return None
        found = ("Violence against civilians", "Attack", m)
    event_type, sub_type, m = found
    if _background(ctx, span) or (_running_total(ctx, span, claims, speeches)
                                   and not _one_incident(ctx.text, lex, span, m)):
        return None
    speech = claimant_for(speeches, m.start(), m.end())
    claimant = speech.party if speech else None
    if speech is None and any(s.kind == "speech" for s in speeches):
        claimant = next(s.party for s in speeches if s.kind == "speech")
    actor1, target = _actors(ctx, span, m, speech, claimant)
    exclude = frozenset(lex.titles)
    # a country named beside the towns ("Terter ... di Azerbaijan") is their country
    countries = territories()
    party_names = {p.text for p in ctx.party_mentions if span.start <= p.start < span.end
                   and p.text.casefold() in countries}
    places = find_places(ctx.text, span.start, span.end, ctx.language, exclude)
    # "Pihak berwenang di Nagorno-Karabakh mengatakan ...": a place in the speaker's name says
    # who speaks, not where the event happened
    zone = _speaker_zone(ctx.text, span, speech)
    if zone is not None:
        places = [p for p in places if not (zone[0] <= p.start < zone[1])]
    # a country named beside the towns is their country, not another place of the event
    if any(p.name not in party_names for p in places):
        places = [p for p in places if p.name not in party_names]
    cue_of = {}
    for p in places:
        cue_of.setdefault(p.name, p.cue)
    incident_killed = [c.value for c in claims if c.kind == "killed" and not c.cumulative]
    text = ctx.text
    return Event(
        event_type=event_type, sub_event_type=sub_type,
        evidence=(Evidence(ctx.article_id, span.start, span.end, text[span.start:span.end]),),
        actor1=actor1, target=target,
        places=tuple(Place(name=n, cue=c) for n, c in cue_of.items()),
        date=_date(ctx, span, m, speeches), fatalities=min(incident_killed) if incident_killed
        else None, claimant=claimant or None, claimant_text=speech.speaker if speech else None,
        trigger=m.group(0), article_ids=(ctx.article_id,),
    )


# A day written this close to a speech verb ("said Thursday", "mengatakan Kamis") dates the
# statement, not what it tells.
SPEECH_DAY_CHARS = 4


def _running_total(ctx: Context, span: Span, claims: Sequence[CasualtyClaim],
                   speeches: Sequence[Speech] = ()) -> bool:
    """A clause that states a war's running toll ("pertempuran itu telah menewaskan sedikitnya
    91 warga sipil", "19 civilians killed so far in the shelling") sums events up, and tells
    none of its own, unless it names the day of one (not the day it was said)."""
    if not any(c.cumulative and span.start <= c.evidence.start < span.end for c in claims):
        return False

    def said_on(t: TimeMention) -> bool:
        return any(0 <= t.start - s.verb_end <= SPEECH_DAY_CHARS
                   or 0 <= s.verb_start - t.end <= SPEECH_DAY_CHARS for s in speeches)

    return not any(span.start <= t.start < span.end and t.value and t.precision == "day"
                   and not said_on(t) for t in ctx.times)


# How many words may stand between an indefinite article and the trigger it introduces ("a
# Russian missile strike").
INCIDENT_WORDS = 3


def _one_incident(text: str, lex: Lexicon, span: Span, m: re.Match[str]) -> bool:
    """A toll of one incident the clause introduces ("the death toll from a Russian missile
    strike on a bus station has risen to nine"): the clause tells that incident, whatever its
    toll sums up."""
    if lex.incident_before is None:
        return False
    words = _WORD.findall(text[max(span.start, m.start() - 60):m.start()])[-INCIDENT_WORDS:]
    return any(lex.incident_before.fullmatch(w) for w in words)


def _background(ctx: Context, span: Span) -> bool:
    """A clause dated only by a past year ("pernah terlibat bentrokan serupa pada 2012", "has
    fought the government since 2007") tells the story's background, not its news."""
    if ctx.news_day is None:
        return False
    if any(span.start <= t.start < span.end and t.value and t.precision == "day"
           for t in ctx.times):
        return False
    return any(span.start <= n.start < span.end and n.kind == "year"
               and n.value < ctx.news_day.year for n in ctx.numbers)


@dataclass
class _Slot:
    sentence: int
    event: Event


def refers_back(event: Event, text: str, language: str) -> bool:
    """The event's trigger is a noun pointing back at an event already told ("in the
    fighting", "pertempuran itu")."""
    lex = lexicon(language)
    ev = event.evidence[0]
    if not event.trigger:
        return False
    at = text.find(event.trigger, ev.start, ev.end)
    if at < 0:
        return False
    before = lex.anaphora_before is not None and lex.anaphora_before.search(
        text, max(ev.start, at - 20), at) is not None
    after = lex.anaphora_after is not None and lex.anaphora_after.match(
        text[at + len(event.trigger):min(ev.end, at + len(event.trigger) + 30)]) is not None
    return before or after


def _loosely_same(prev: Event, event: Event) -> bool:
    """Two reports of one kind of event in one article whose actors, targets and days do not
    contradict each other (one may leave them unsaid): one event told twice, whoever tells
    it."""
    if prev.sub_event_type != event.sub_event_type and _lead_kind(prev, event) is None:
        return False
    if not _same_sides(prev, event):
        return False
    if event.date is not None and event.date.basis == "clause" and (
            prev.date is None or prev.date.value != event.date.value
            or None in (prev.actor1, event.actor1)):
        # a day of its own: another event of the kind (unless the same side is told doing it
        # on the same day)
        return False
    if prev.sub_event_type != event.sub_event_type and {
            prev.sub_event_type, event.sub_event_type} & _TERRITORY:
        return True  # the ground taken is where the battle was fought, or what it won
    # places of its own make it another event of the kind, elsewhere (unless the first account
    # named no place: the second only says where it was)
    return not prev.places or not [
        p for p in event.places if p.name not in {q.name for q in prev.places}]


_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def _lead_kind(prev: Event, event: Event) -> Event | None:
    """Of two accounts of different sub-types that can tell one event, the one whose kind the
    event takes: a battle that changed who holds ground is that territorial change (ACLED's
    rule), and an unplaced report of remote violence by the same side on the same day is the
    strike whose place another account gives."""
    if prev.event_type == "Battles" == event.event_type:
        subs = {prev.sub_event_type, event.sub_event_type}
        if "Armed clash" in subs and subs & _TERRITORY:
            return prev if prev.sub_event_type in _TERRITORY else event
    if prev.event_type == "Explosions/Remote violence" == event.event_type and (
            None not in (prev.actor1, event.actor1)):
        placed = [e for e in (prev, event) if e.places]
        unplaced = [e for e in (prev, event) if not e.places]
        if len(placed) == 1 and (unplaced[0].date is None
                                 or unplaced[0].date.basis != "clause"):
            return placed[0]
    return None


def _same_sides(prev: Event, event: Event) -> bool:
    """The two accounts' sides do not contradict each other. A battle has two sides and no
    attacker: "A's forces repelled an attack by B" and "B attacked A" are one battle."""
    if prev.event_type == "Battles" == event.event_type and None not in (
            prev.actor1, prev.target, event.actor1, event.target):
        return {prev.actor1, prev.target} == {event.actor1, event.target}
    if prev.actor1 is not None and event.actor1 is not None and prev.actor1 != event.actor1:
        return False
    return not (prev.target and event.target and prev.target != event.target)


def _joined(prev: Event, event: Event, keep: Event) -> Event:
    """``prev`` and the later ``event`` as one event: both accounts' evidence (``keep``'s
    first) and places, and ``keep``'s kind, actors, date, denial and toll (the other's where
    ``keep`` has none)."""
    other = event if keep is prev else prev
    # the kept account's clause leads: it is the one that tells the event
    return dataclasses.replace(
        keep, evidence=keep.evidence + other.evidence,
        places=prev.places + tuple(p for p in event.places if p not in prev.places),
        denied_by=keep.denied_by or other.denied_by,
        fatalities=keep.fatalities if keep.fatalities is not None else other.fatalities)


# An outcome ("two soldiers were killed") is told up to this many sentences after its event.
OUTCOME_REACH = 2


def _outcome_of(slots: list[_Slot], index: int, event: Event, text: str,
                language: str | None) -> _Slot | None:
    """The violent event told just before whose outcome the event's clause tells: its trigger
    only says that people died or were hurt ("were killed", "died") or points back at an
    event ("the clashes"), it names no day, no place and no side of its own."""
    if language is None or not slots or event.event_type not in _VIOLENT_TYPES:
        return None
    home = slots[-1]
    prev = home.event
    if prev.event_type not in _VIOLENT_TYPES or not 0 < index - home.sentence <= OUTCOME_REACH:
        return None
    if event.date is not None and event.date.basis == "clause":
        return None
    if (event.trigger or "").lower() not in lexicon(language).vague_terms and not (
            refers_back(event, text, language)):
        return None
    sides = {prev.actor1, prev.target, None}
    if event.actor1 not in sides or event.target not in sides:
        return None
    known = {p.name for p in prev.places}
    return home if all(p.name in known for p in event.places) else None


def _lede_of(slot: _Slot, event: Event, lead: int | None) -> bool:
    """The lede's summary of a battle ("Clashes broke out between A and B in R"), dated only
    by the news day, and the body's account of it on the day it names: one battle."""
    prev = slot.event
    if lead is None or slot.sentence != lead or prev.sub_event_type != event.sub_event_type:
        return False
    if prev.event_type != "Battles" or not _same_sides(prev, event):
        return False
    if prev.date is None or prev.date.basis == "clause" or event.date is None \
            or event.date.basis != "clause":
        return False
    if prev.date.value is not None and event.date.value is not None and not (
            0 <= (prev.date.value - event.date.value).days <= LEDE_DAYS):
        return False
    return not prev.places or bool({p.name for p in prev.places}
                                   & {p.name for p in event.places})


# A lede's battle dated by the news day is the body's battle of up to this many days before.
LEDE_DAYS = 2


def link(events: list[tuple[int, Event]], denials: list[tuple[int, Speech, Span]],
         text: str, article_id: str, language: str | None = None,
         lead: int | None = None) -> list[Event]:
    """Merge reports of one event within an article, talks with their agreement, and attach
    denials to the events they answer. ``lead`` is the index of the article's first sentence
    after its title."""
    slots: list[_Slot] = []
    for index, event in events:
        merged = False
        home = _outcome_of(slots, index, event, text, language)
        if home is not None:
            # "Clashes erupted between ... Three soldiers were killed.": the deaths are the
            # clashes' toll, not another event of a kind guessed from the word "killed"
            home.event = _joined(home.event, event, keep=home.event)
            continue
        # another account of an event told before ("tewas dalam pertempuran itu")
        again = language is not None and refers_back(event, text, language) and (
            event.date is None or event.date.basis != "clause")
        for slot in reversed(slots) if again else slots:
            prev = slot.event
            same = (prev.sub_event_type == event.sub_event_type and prev.actor1 == event.actor1
                    and prev.target == event.target and prev.claimant == event.claimant
                    and event.actor1 is not None) or (
                again and prev.event_type == event.event_type)
            own_date = event.date is not None and event.date.basis == "clause"
            talks = (prev.sub_event_type == "Other" and event.sub_event_type == "Agreement"
                     and index - slot.sentence <= AGREEMENT_REACH and not own_date)
            if not (same or talks) and _lede_of(slot, event, lead):
                # the body's account names the day and the places: it describes the event
                slot.event = _joined(prev, event, keep=event)
                merged = True
                break
            loose = not (same or talks) and _loosely_same(prev, event)
            if loose and prev.actor1 is None and event.actor1 is not None:
                # the vaguer account ("penembakan di daerah pemukiman") joins the one that
                # names who did it: that one's actors, date and claimant describe the event
                slot.event = _joined(prev, event, keep=event)
                merged = True
                break
            if same or talks or loose:
                lead = _lead_kind(prev, event) if loose else None
                slot.event = _joined(prev, event, keep=lead or prev)
                if talks:
                    slot.event = dataclasses.replace(slot.event, event_type=event.event_type,
                                                     sub_event_type=event.sub_event_type)
                merged = True
                break
        if not merged:
            slots.append(_Slot(index, event))
    for index, speech, span in denials:
        denier = speech.party
        if not denier or denier == UNKNOWN:
            continue
        evidence = Evidence(article_id, span.start, span.end, text[span.start:span.end])
        same_sentence = speech.scope_end <= speech.verb_start  # "..., yang dibantah oleh X"
        for slot in slots:
            e = slot.event
            if e.denied_by or e.claimant == denier:
                continue
            sentences = {slot.sentence}
            in_reach = (index in sentences) if same_sentence else (
                0 < index - slot.sentence <= DENIAL_REACH)
            if in_reach and (e.actor1 in (denier, None) or e.target != denier):
                slot.event = dataclasses.replace(e, denied_by=denier, denial=evidence)
    return [slot.event for slot in slots]


def news_day(times: Sequence, reference: dt.date | None, window: int | None = 6
             ) -> dt.date | None:
    """The day the article's news happened: the latest day it names in the ``window`` days up
    to the reference date (any day before it when the reference is borrowed from another
    article), else the reference date itself."""
    if reference is None:
        return None
    earliest = reference - dt.timedelta(days=window) if window is not None else dt.date.min
    days = [t.value for t in times if t.value and t.precision == "day" and not t.since
            and t.kind in ("absolute", "partial", "weekday") and earliest <= t.value <= reference]
    if window is None:
        days = [t.value for t in times if t.value and t.precision == "day" and not t.since
                and t.kind in ("absolute", "partial") and earliest <= t.value <= reference] or days
    return max(days) if days else reference


# A clause is no violent event when it is this much closer to the packs' non-events (sport,
# metaphor, appeals, history) than to any kind of event.
NOT_EVENT_MARGIN = 0.03
# The kinds a clause whose trigger only says that violence happened ("killed", "an attack")
# may be read as.
# (no weapon is named: had one been, its trigger would have told the kind)
VIOLENT_KINDS = ("Armed clash", "Attack", "Mob violence", "Excessive force against protesters",
                 "Violent demonstration")
_VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence",
                            "Violence against civilians", "Riots"})


def settle(events: list[tuple[int, Event]], text: str, language: str,
           spans: Sequence[Span], claims: Sequence[CasualtyClaim] = ()
           ) -> list[tuple[int, Event]]:
    """The kinds of an article's events, settled over the whole report: a protest that the
    next sentences tell was dispersed or turned violent takes that kind; a clause that reads
    as sport, metaphor or an appeal rather than violence is dropped; a clause whose trigger
    only says that violence happened takes the kind its meaning is closest to."""
    from warta.extract import eventkind

    lex = lexicon(language)
    events = [(i, _answered(_escalated(e, i, text, lex, spans), i, text, lex, spans))
              for i, e in events]
    kinds = eventkind.default()
    if kinds is None or not events:
        return events
    vague = [_vague(e, text, lex) for _, e in events]
    # Only violent clauses are read: nothing else is dropped or retyped by its meaning. A clause
    # that counts its victims (dead, wounded, taken) reports violence whatever its words, so
    # only a vague one of those needs its kind read.
    counted = [c.evidence.start for c in claims]
    checked = {k for k, (_, e) in enumerate(events)
               if vague[k] or (e.event_type in _VIOLENT_TYPES and not e.fatalities
                               and not _counts_victims(e, counted))}
    # a word never used figuratively needs no reading unless its kind is to be read
    read = [k for k in sorted(checked)
            if vague[k] or (events[k][1].trigger or "").lower() not in lex.literal]
    readings = dict(zip(read, kinds.read([_near_trigger(events[k][1]) for k in read]),
                        strict=True))
    out = []
    for k, (i, e) in enumerate(events):
        reading = readings.get(k)
        if reading is None:
            if not (k in checked and lex.not_violent is not None
                    and lex.not_violent.search(e.evidence[0].text)):
                out.append((i, e))
            continue
        _, best = reading.best()
        # (a word never used figuratively tells violence, whatever the encoder reads)
        figurative = reading.not_event > best + NOT_EVENT_MARGIN and (
            (e.trigger or "").lower() not in lex.literal)
        if figurative or (
                lex.not_violent is not None and lex.not_violent.search(e.evidence[0].text)):
            continue
        if vague[k] and _armed_victims_of(e, text, lex):
            e = dataclasses.replace(e, event_type="Battles", sub_event_type="Armed clash")
        elif vague[k]:
            sub, _ = reading.best(VIOLENT_KINDS)
            e = dataclasses.replace(e, event_type=eventkind.SUB_TO_TYPE[sub],
                                    sub_event_type=sub)
        out.append((i, e))
    return out


def _counts_victims(event: Event, counted: Sequence[int]) -> bool:
    ev = event.evidence[0]
    return any(ev.start <= at < ev.end for at in counted)


# Words on each side of the trigger that the encoder reads: what a violent word means is told
# by its neighbours ("menggempur pertahanan", "bermain menyerang"), and a long clause's far end
# only blurs it (and costs the encoder time in proportion to its length).
NEAR_TRIGGER_WORDS = 10


def _near_trigger(event: Event) -> str:
    """The event's main clause cut to ``NEAR_TRIGGER_WORDS`` words either side of its trigger."""
    text = event.evidence[0].text
    at = text.find(event.trigger) if event.trigger else -1
    if at < 0:
        return text
    before, after = text[:at].split(), text[at:].split()
    if len(before) <= NEAR_TRIGGER_WORDS and len(after) <= NEAR_TRIGGER_WORDS + 1:
        return text
    return " ".join(before[-NEAR_TRIGGER_WORDS:] + after[:NEAR_TRIGGER_WORDS + 1])


def _armed_victims_of(event: Event, text: str, lex: Lexicon) -> bool:
    """The victims named at the event's trigger bear arms ("killed eight militants")."""
    ev = event.evidence[0]
    at = text.find(event.trigger or "", ev.start, ev.end)
    m = re.compile(re.escape(event.trigger or "")).match(text, at) if at >= 0 else None
    return m is not None and _armed_victims(text, lex, Span(ev.start, ev.end), m)


def _vague(event: Event, text: str, lex: Lexicon) -> bool:
    """The event's trigger only says that violence happened, and no civilians are named as
    its victims (then it is an attack on them)."""
    if (event.trigger or "").lower() not in lex.vague_terms:
        return False
    ev = event.evidence[0]
    at = text.find(event.trigger or "", ev.start, ev.end)
    if at < 0:
        return True
    m = re.compile(re.escape(event.trigger or "")).match(text, at)
    return m is None or not _civilian_victims(text, lex, Span(ev.start, ev.end), m,
                                              no_forces=False)


def _escalated(event: Event, index: int, text: str, lex: Lexicon, spans: Sequence[Span]
               ) -> Event:
    if event.sub_event_type != "Peaceful protest" or not lex.escalation:
        return event
    start = event.evidence[0].start
    last = min(len(spans) - 1, index + lex.escalation_reach)
    end = spans[last].end if spans else event.evidence[0].end
    for kind in lex.escalation:
        for m in kind.pattern.finditer(text, start, end):
            span = next((s for s in spans if s.start <= m.start() < s.end), Span(start, end))
            if kind.requires is not None and not kind.requires.search(text, span.start,
                                                                      span.end):
                continue
            if kind.event_type == "Riots" and _not_done_by_them(text, lex, m):
                continue
            if not _negated(text, lex, span, m, frozenset()):
                return dataclasses.replace(event, event_type=kind.event_type,
                                           sub_event_type=kind.sub_event_type)
    return event


# Attacks that become an armed clash when their target fires back.
_ANSWERABLE = frozenset({"Shelling/artillery/missile attack", "Grenade", "Attack"})


def _answered(event: Event, index: int, text: str, lex: Lexicon, spans: Sequence[Span]
              ) -> Event:
    """An attack whose target returned fire, in its sentence or the next ones: an armed clash."""
    if event.sub_event_type not in _ANSWERABLE or lex.return_fire is None:
        return event
    start = event.evidence[0].start
    last = min(len(spans) - 1, index + lex.escalation_reach)
    end = spans[last].end if spans else event.evidence[0].end
    for m in lex.return_fire.finditer(text, start, end):
        span = next((s for s in spans if s.start <= m.start() < s.end), Span(start, end))
        if not _negated(text, lex, span, m, frozenset()):
            return dataclasses.replace(event, event_type="Battles", sub_event_type="Armed clash")
    return event


_NOMINAL_BEFORE = re.compile(r"(?<![\w-])(?:the|of|involved in|during|recent|past|earlier|"
                             r"was|were|been|being)\s+$", re.I)


def _not_done_by_them(text: str, lex: Lexicon, m: re.Match[str]) -> bool:
    """A word of violence that does not tell the protesters acted: a noun or a participle
    ("the looted funds", "involved in riots") or a passive ("crops were destroyed by hail")."""
    if _NOMINAL_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return True
    return lex.agent is not None and lex.agent.match(text, m.end()) is not None
