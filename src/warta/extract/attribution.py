"""Who asserts what: speech, accusation and denial clauses, and direct quotes.

For each sentence, the clauses that attribute its content: "Menurut X, ...", "X mengatakan
(bahwa) ...", "..., kata X", "..., the army said", "Dikatakan ..." (the previous speaker goes
on), "dilaporkan ..." (nobody named), "X membantah ...", "..., yang dibantah oleh X". A speaker
that is a pronoun or an anaphor ("mereka", "kementerian tersebut", "they") is the previous
named speaker. Every speaker is mapped to a party through the party tables.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from warta.annotate.sentences import Span
from warta.data.parties import UNKNOWN, PartyMention, PartyTable
from warta.lang import data
from warta.model import Evidence, Quote
from warta.patterns import WordScan, alternation, word_pattern

Kind = Literal["speech", "according", "inverted", "continuation", "impersonal", "denial",
               "accusation"]

# How far a speaker's name reaches (words).
MAX_SPEAKER_WORDS = 12


@dataclass(frozen=True, slots=True)
class Speech:
    kind: Kind
    verb_start: int
    verb_end: int
    speaker: str
    party: str | None
    scope_start: int
    scope_end: int

    def covers(self, start: int, end: int) -> bool:
        return self.scope_start <= start and end <= self.scope_end


@dataclass(frozen=True)
class _Lexicon:
    speech: re.Pattern[str]
    inverted: re.Pattern[str]
    according: re.Pattern[str]
    continuation: re.Pattern[str]
    impersonal: re.Pattern[str]
    denial: re.Pattern[str]
    accusation: re.Pattern[str]
    cues: WordScan  # the six cue lists above, found in one pass over a text
    pronouns: frozenset[str]
    titles: frozenset[str]
    subject_boundary: re.Pattern[str]  # where a speaker's noun phrase before its verb begins
    speaker_end: re.Pattern[str]  # where a speaker after its verb ends
    passive_agent: re.Pattern[str]  # "yang dibantah oleh X", "denied by X"
    passive_prefixes: tuple[str, ...]  # "dibantah": a passive denial
    tail: re.Pattern[str]  # "..., the army said in a statement"
    enclitics: tuple[str, ...]  # "katanya": the last speaker
    determiner: re.Pattern[str] | None  # "no reports", "the claims": the verb is a noun
    adverbs: frozenset[str] = frozenset()  # "Ia juga menuding": no part of the speaker's name
    relative: re.Pattern[str] | None = None  # "OCHA, yang menyebut": the speaker is before it
    connectors: frozenset[str] = frozenset()  # "Kantor PBB untuk Koordinasi": inside a name


@cache
def lexicon(code: str) -> _Lexicon:
    a = data(code, "attribution")

    return _Lexicon(
        speech=word_pattern(a.SPEECH_VERBS),
        inverted=word_pattern(a.SPEECH_VERBS_INVERTED),
        according=word_pattern(a.ACCORDING_TO),
        continuation=re.compile(rf"[\W_]*(?:{alternation(a.CONTINUATION)})(?![\w-])", re.I),
        impersonal=word_pattern(a.IMPERSONAL),
        denial=word_pattern(a.DENIAL_VERBS),
        accusation=word_pattern(a.ACCUSATION_VERBS),
        pronouns=frozenset(p.lower() for p in a.PRONOUNS),
        titles=frozenset(t.lower() for t in a.TITLES),
        subject_boundary=re.compile(
            rf"(?:^|[,;:“”\"(]|\s(?:{alternation(a.SUBJECT_BOUNDARIES)})\s)", re.I),
        speaker_end=re.compile(rf"[,.;:“”\"()]|\s(?:{alternation(a.SPEAKER_ENDS)})\s", re.I),
        passive_agent=re.compile(rf"\s*(?:{alternation(a.PASSIVE_AGENTS)})\s+", re.I),
        passive_prefixes=tuple(p.lower() for p in data(code, "actors").PASSIVE_PREFIXES),
        tail=re.compile(rf"\s*(?:,|(?:{alternation(a.TAIL_WORDS)})\b)", re.I),
        enclitics=tuple(e.lower() for e in a.ENCLITIC_PRONOUNS),
        determiner=re.compile(rf"(?<![\w-])(?:{alternation(a.NOUN_DETERMINERS)})\s+$", re.I)
        if a.NOUN_DETERMINERS else None,
        adverbs=frozenset(w.lower() for w in getattr(a, "SPEAKER_ADVERBS", ())),
        relative=re.compile(rf"[\s,]*(?<![\w-])(?:{alternation(a.RELATIVE_PRONOUNS)})\s*$",
                            re.I) if getattr(a, "RELATIVE_PRONOUNS", None) else None,
        connectors=frozenset(w.lower() for w in getattr(a, "NAME_CONNECTORS", ())),
        cues=WordScan({"according": a.ACCORDING_TO, "speech": a.SPEECH_VERBS,
                       "accusation": a.ACCUSATION_VERBS, "denial": a.DENIAL_VERBS,
                       "inverted": a.SPEECH_VERBS_INVERTED, "impersonal": a.IMPERSONAL}),
    )


_WORD = re.compile(r"[\w'’.-]+")
_NAME_TOKEN = re.compile(r"\([^()]{1,80}\)|[\w'’.-]+")


def _trailing_name(text: str, start: int, end: int, lex: _Lexicon) -> tuple[int, int] | None:
    """The name ``text[start:end]`` ends with: its run of capitalised words (and a bracketed
    acronym, and the pack's connectors inside it: "Kantor PBB untuk Koordinasi Urusan
    Kemanusiaan (OCHA)"), unbroken by punctuation; None when it ends with no such word."""
    tokens = list(_NAME_TOKEN.finditer(text, start, end))
    kept: list[re.Match[str]] = []
    for token in reversed(tokens):
        if kept and text[token.end():kept[-1].start()].strip():
            break  # a comma or a dash between: the name ended there
        word = token.group(0)
        if word[:1].isupper() or word.startswith("(") or (
                kept and word.lower() in lex.connectors):
            kept.append(token)
            if len(kept) >= MAX_SPEAKER_WORDS:
                break
            continue
        break
    while kept and (kept[-1].group(0).lower() in lex.connectors
                    or kept[-1].group(0).startswith("(")):
        kept.pop()  # "of the UN": the name begins at its first capitalised word
    if not kept or not any(t.group(0)[:1].isupper() for t in kept):
        return None
    return kept[-1].start(), kept[0].end()


def _speaker_after(text: str, start: int, end: int, lex: _Lexicon) -> tuple[int, int]:
    m = lex.speaker_end.search(text, start, end)
    stop = m.start() if m else end
    words = list(_WORD.finditer(text, start, stop))[:MAX_SPEAKER_WORDS]
    if not words:
        return start, start
    return words[0].start(), words[-1].end()


def _speaker_before(text: str, sentence_start: int, verb_start: int, lex: _Lexicon
                    ) -> tuple[int, int]:
    head = text[sentence_start:verb_start]
    relative = lex.relative.search(head) if lex.relative is not None else None
    if relative is not None:  # "... (OCHA), yang menyebut": the speaker is what it refers to
        name = _trailing_name(text, sentence_start, sentence_start + relative.start(), lex)
        if name is not None:
            return name
        verb_start = sentence_start + relative.start()  # "the official who said"
        head = text[sentence_start:verb_start]
    boundaries = [m.end() for m in lex.subject_boundary.finditer(head)]
    begin = sentence_start + (boundaries[-1] if boundaries else 0)
    words = list(_WORD.finditer(text, begin, verb_start))[-MAX_SPEAKER_WORDS:]
    while words and words[-1].group(0).lower() in lex.adverbs:
        words.pop()  # "Ia juga menuding", "The army also said": the speaker is "Ia", "The army"
    while words and words[0].group(0).lower() in lex.adverbs:
        words.pop(0)
    if not words:
        return verb_start, verb_start
    return words[0].start(), words[-1].end()


class Attributor:
    """Speeches of an article's sentences, in order, remembering the last named speaker."""

    def __init__(self, text: str, language: str, parties: PartyTable,
                 mentions: Sequence[PartyMention] | None = None) -> None:
        self.text = text
        self.lex = lexicon(language)
        self.parties = parties
        # the article's party names, found once; a speaker's party is looked up among them
        self.mentions = list(mentions) if mentions is not None else parties.find(text)
        self.last_party: str | None = None
        self.last_speaker: str = ""
        # every cue of every kind, found once for the whole text
        self._cues: dict[str, list[re.Match[str]]] = self.lex.cues.finditer(text)
        self._starts = {name: [m.start() for m in ms] for name, ms in self._cues.items()}

    def _in(self, name: str, start: int, end: int) -> list[re.Match[str]]:
        starts = self._starts[name]
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        return [m for m in self._cues[name][lo:hi] if m.end() <= end]

    def _code_in(self, start: int, end: int) -> str | None:
        for p in self.mentions:
            if p.start >= start and p.end <= end:
                return p.code
            if p.start >= end:
                break
        return None

    def _pronoun(self, start: int, end: int) -> bool:
        low = self.text[start:end].lower().strip()
        return bool(low) and (low in self.lex.pronouns or any(
            low.endswith(" " + p) or low == p for p in self.lex.pronouns) or bool(
            self.lex.enclitics and low.endswith(self.lex.enclitics)))

    def _party(self, start: int, end: int) -> str | None:
        if not self.text[start:end].strip() or self._pronoun(start, end):
            return self.last_party
        return self._code_in(start, end)

    def _remember(self, speech: Speech) -> Speech:
        if speech.party and speech.party != UNKNOWN:
            self.last_party, self.last_speaker = speech.party, speech.speaker
        return speech

    def sentence(self, span: Span) -> list[Speech]:
        text, lex = self.text, self.lex
        s, e = span.start, span.end
        found: list[Speech] = []
        m = lex.continuation.match(text, s, e)
        if m:
            found.append(Speech("continuation", m.start(), m.end(), self.last_speaker,
                                self.last_party, m.end(), e))
        for m in self._in("according", s, e):
            a, b = _speaker_after(text, m.end(), e, lex)
            speaker = text[a:b]
            comma = text.find(",", m.end(), e)
            scope_start = comma + 1 if 0 <= comma < b + 2 else b
            found.append(self._remember(Speech(
                "according", m.start(), m.end(), speaker, self._party(a, b), scope_start, e)))
            # an "according to" late in the sentence also covers what came before it
            if m.start() - s > 3:
                found.append(Speech("according", m.start(), m.end(), speaker,
                                    found[-1].party, s, m.start()))
        verbs = sorted(((m, kind) for kind in ("speech", "accusation", "denial")
                        for m in self._in(kind, s, e)), key=lambda x: x[0].start())
        for m, kind in verbs:
            if any(f.verb_start <= m.start() < f.verb_end for f in found):
                continue
            if lex.determiner is not None and lex.determiner.search(text, s, m.start()):
                continue  # "with no reports on fatalities": a noun, not a speech verb
            a, b = _speaker_before(text, s, m.start(), lex)
            speaker = text[a:b]
            # a passive denial names its agent after it: "yang dibantah oleh X"
            passive = lex.passive_agent.match(text[m.end():e])
            if kind == "denial" and (passive or (
                    lex.passive_prefixes and m.group(0).lower().startswith(lex.passive_prefixes))):
                a2, b2 = _speaker_after(text, m.end() + (passive.end() if passive else 0), e,
                                        lex)
                speaker = text[a2:b2]
                found.append(self._remember(Speech(kind, m.start(), m.end(), speaker,
                                                   self._party(a2, b2), s, m.start())))
                continue
            party = self._party(a, b) if speaker.strip() else None
            if party is not None and self.last_speaker and self._pronoun(a, b):
                speaker = self.last_speaker  # "Ia juga menuding": the last speaker, as written
            # a speaker named by name ("regional governor Oleksandr Marchenko said") is that
            # person, of the party in their own words if any, not the sentence's subject
            named = any(w[:1].isupper() for w in _WORD.findall(speaker))
            if party is None:
                # "Azerbaijan belum mengungkapkan ..., tetapi mengatakan ...", "X,
                # sebaliknya, menolak tuduhan": the subject of the sentence speaks
                subject = self._code_in(a, b) if named else self._code_in(s, m.start())
                if subject:
                    party = subject
                    if not named:
                        speaker = text[s:m.start()].strip(" ,")
                elif not speaker.strip():
                    party, speaker = self.last_party, self.last_speaker
            after = text[m.end():e]
            tail_only = len(_WORD.findall(after)) <= 4 or lex.tail.match(after)
            if tail_only and a > s and text[s:a].rstrip().endswith((",", "”", "\"")):
                scope = (s, a)  # "..., the army said in a statement"
            else:
                scope = (m.end(), e)
            found.append(self._remember(Speech(kind, m.start(), m.end(), speaker, party,
                                               *scope)))
        for m in self._in("inverted", s, e):
            if any(f.verb_start <= m.start() < f.verb_end for f in found):
                continue
            word = m.group(0).lower()
            if lex.enclitics and word.endswith(lex.enclitics):
                speaker, party = self.last_speaker, self.last_party
            else:
                a, b = _speaker_after(text, m.end(), e, lex)
                speaker = text[a:b]
                party = self._party(a, b)
            if not speaker and party is None:
                continue
            found.append(self._remember(Speech("inverted", m.start(), m.end(), speaker, party,
                                               s, m.start())))
        for m in self._in("impersonal", s, e):
            if not any(f.verb_start <= m.start() < f.verb_end for f in found):
                found.append(Speech("impersonal", m.start(), m.end(), "", UNKNOWN, m.end(), e))
        return sorted(found, key=lambda f: f.verb_start)


def claimant_for(speeches: Sequence[Speech], start: int, end: int) -> Speech | None:
    """The speech whose scope holds ``start``-``end``: the nearest one before it, else after."""
    covering = [s for s in speeches if s.covers(start, end) and s.kind != "denial"]
    if not covering:
        return None
    before = [s for s in covering if s.verb_end <= start]
    if before:
        return max(before, key=lambda s: s.verb_end)
    return min(covering, key=lambda s: s.verb_start)


_QUOTE = re.compile(r"[“\"]\s*([^”\"]{3,}?)\s*[”\"]")


def quotes(text: str, article_id: str, attributor: Attributor,
           sentence_speeches: dict[int, list[Speech]], spans: Sequence[Span]) -> list[Quote]:
    """Direct speech with the speaker of the clause it sits in."""
    out: list[Quote] = []
    for i, span in enumerate(spans):
        for m in _QUOTE.finditer(text, span.start, span.end):
            speech = None
            for s in sentence_speeches.get(i, []):
                if s.kind in ("inverted", "speech", "continuation") and (
                        s.verb_start >= m.end() - 2 or s.verb_end <= m.start()):
                    speech = s
                    break
            out.append(Quote(m.group(1), Evidence(article_id, m.start(), m.end(), m.group(0)),
                             speech.speaker if speech else None,
                             speech.party if speech else None))
    return out
