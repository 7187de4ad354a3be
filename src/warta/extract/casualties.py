"""Casualty figures: which numbers count the killed, wounded, missing or captured, and how.

For each number that can count people (``cardinal`` or ``vague``), in its sentence:

1. what follows it must be a victim noun ("927 pasukan", "5.000 orang"), a casualty term
   ("292 luka-luka", "18 wounded"), a linking word ("telah", "were") or nothing; any other noun
   makes it a count of something else ("19 permukimannya", "tujuh desa", "30 tahun");
2. an increment ("bertambah sebanyak 36 orang menjadi 963") is dropped, and the new figure after
   it takes its kind from the toll named earlier in the sentence;
3. the kind comes from the nearest casualty term: a stative one after the number ("... telah
   tewas") or an active verb or toll noun before it ("menewaskan sedikitnya 91",
   "jumlah korban tewas ... mendekati 5.000");
4. victims, victim side, claimant, cumulative-or-incident and the as-of date follow from the
   words around it (see the functions below).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import islice

from warta.annotate.sentences import Span
from warta.annotate.timex import TimeMention
from warta.data.parties import UNKNOWN, PartyTable
from warta.extract.attribution import Speech, claimant_for
from warta.lang import data
from warta.model import CasualtyClaim, DateValue, Evidence, NumberMention
from warta.patterns import alternation, word_pattern

# Windows, in words.
AFTER_NEAR = 4
BEFORE_NEAR = 6
AFTER_FAR = 9
BEFORE_FAR = 10
SPEECH_DATE_WORDS = 3

_WORD = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class Lexicon:
    before: re.Pattern[str]
    after: re.Pattern[str]
    kind_of: dict[str, str]  # term -> kind, for both lists
    victims: re.Pattern[str]
    victim_class: dict[str, str]
    own_side: re.Pattern[str]
    hedges: re.Pattern[str]
    increment: re.Pattern[str]
    result: re.Pattern[str]
    cumulative: re.Pattern[str]
    incident: re.Pattern[str]
    combined: re.Pattern[str]
    aux: re.Pattern[str]
    toll: re.Pattern[str]
    victims_after_modifiers: re.Pattern[str]
    rise_to: re.Pattern[str]
    split: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]
    kind_nouns: dict[str, str]
    negated: re.Pattern[str] | None = None


@cache
def lexicon(code: str) -> Lexicon:
    c = data(code, "casualties")
    kind_of: dict[str, str] = {}
    before: list[str] = []
    after: list[str] = []
    for kind, terms in c.KINDS.items():
        for t in terms["before"]:
            before.append(t)
            kind_of.setdefault(t.lower(), kind)
        for t in terms["after"]:
            after.append(t)
            kind_of.setdefault(t.lower(), kind)
    victim_class = {w.lower(): cls for cls, words in c.VICTIMS.items() for w in words}
    mods = alternation(c.VICTIM_MODIFIERS)
    victims_alt = alternation(list(victim_class))
    split = tuple((kind, word_pattern([a]), word_pattern([b]))
                  for kind, pairs in c.SPLIT_TERMS.items() for a, b in pairs)
    return Lexicon(
        before=word_pattern(before), after=word_pattern(after), kind_of=kind_of,
        victims=re.compile(rf"\s*(?:{alternation(list(victim_class))})(?![\w-])", re.I),
        victim_class=victim_class, own_side=word_pattern(c.OWN_SIDE_WORDS),
        hedges=word_pattern(c.HEDGES),
        increment=word_pattern(c.INCREMENT_WORDS), result=word_pattern(c.RESULT_WORDS),
        cumulative=word_pattern(c.CUMULATIVE_CUES), incident=word_pattern(c.INCIDENT_CUES),
        combined=word_pattern(c.COMBINED_WORDS), aux=word_pattern(c.AUX_WORDS),
        toll=word_pattern(c.TOLL_NOUNS),
        victims_after_modifiers=re.compile(
            rf"(?:\s+(?:(?i:{mods})|[A-Z][\w'’.-]*|[a-z]{{1,3}}-[A-Z][\w'’.-]*)){{1,3}}?"
            rf"\s+(?P<victim>(?i:{victims_alt}))"
            rf"(?![\w-])"),
        rise_to=re.compile(rf"(?:{alternation(c.RISE_TO)})\s*$", re.I),
        split=split, kind_nouns={k.lower(): v for k, v in c.KIND_NOUNS.items()},
        negated=(re.compile(rf"(?<![\w-])(?:{alternation(c.NEGATIONS)})\s*$", re.I)
                 if getattr(c, "NEGATIONS", None) else None),
    )


def _nwords(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end)) if end > start else 0


@dataclass
class Context:
    """What the claim extractor needs to know about the article."""

    text: str
    article_id: str
    language: str
    parties: PartyTable
    times: Sequence[TimeMention]
    news_day: dt.date | None
    party_mentions: Sequence  # PartyMention, sorted
    numbers: Sequence[NumberMention] = ()
    lead_day: dt.date | None = None
    belligerents: frozenset[str] = frozenset()
    triggers: list[re.Match[str]] | None = None  # event trigger terms, found once
    trigger_starts: list[int] = field(default_factory=list)


def _party_at(ctx: Context, start: int, end: int) -> tuple[str | None, int]:
    """The party named first between start and end, and where its name ends."""
    for p in ctx.party_mentions:
        if p.start >= start and p.end <= end:
            return p.code, p.end
    return None, start


def claims_in_sentence(ctx: Context, sentence: Span, numbers: Sequence[NumberMention],
                       speeches: Sequence[Speech]) -> list[CasualtyClaim]:
    lex = lexicon(ctx.language)
    out: list[CasualtyClaim] = []
    previous: CasualtyClaim | None = None
    for n in numbers:
        if n.kind not in ("cardinal", "vague") or n.value <= 0 or _age_after_name(ctx.text, n):
            continue
        if lex.negated is not None and lex.negated.search(
                ctx.text, max(sentence.start, n.start - 40), n.start):
            continue  # "Tidak benar empat prajurit kami gugur", "bukan empat": denied
        claim = _claim(ctx, lex, sentence, n, speeches, previous)
        if claim is not None:
            out.append(claim)
            previous = claim
    return out


_AGE_AFTER_NAME = re.compile(r"[A-Z][\w'’.-]*\s*\($")


def _age_after_name(text: str, n: NumberMention) -> bool:
    """"Fadli Tuasikal (19)", "Rudi (24)": a number in brackets right after a name is an age,
    in every language."""
    return (text[n.end:n.end + 1] == ")" and n.value < 130
            and bool(_AGE_AFTER_NAME.search(text, max(0, n.start - 40), n.start)))


def _claim(ctx: Context, lex: Lexicon, sentence: Span, n: NumberMention,
           speeches: Sequence[Speech], previous: CasualtyClaim | None) -> CasualtyClaim | None:
    text, s_start, s_end = ctx.text, sentence.start, sentence.end
    num_end = n.number_end if n.number_end > 0 else n.end
    # -- victims right after the number, perhaps after a party ("14 Armenian soldiers")
    pos = num_end
    side = None
    vm = lex.victims.match(text, pos, s_end)
    victim_start = pos
    if not vm:
        # "four government soldiers", "17 Houthi fighters", "seven of its fighters"
        vm = lex.victims_after_modifiers.match(text, pos, s_end)
        if vm:
            victim_start = vm.start("victim")
            between = [p for p in ctx.party_mentions if pos <= p.start and p.end <= victim_start]
            if between:
                side = between[0].code
    victims = None
    victim_word = ""
    if vm:
        victim_word = (vm.groupdict().get("victim") or vm.group(0)).strip().lower()
        victims = lex.victim_class.get(victim_word)
        pos = vm.end()
        # "tentara Armenia", "warga sipil Azerbaijan"
        nxt = re.match(r"\s+", text[pos:s_end])
        after_gap = pos + (nxt.end() if nxt else 0)
        adj = [p for p in ctx.party_mentions if p.start == after_gap]
        if adj:
            side = adj[0].code
    # -- traps: another noun follows
    if not vm:
        follow = re.match(r"\s*([\w'’-]+)", text[pos:s_end])
        if follow:
            word = follow.group(1)
            at = pos + follow.start(1)
            if not (lex.after.match(text, at) or lex.aux.match(text, at)
                    or lex.result.match(text, at) or word.lower() in ("dan", "and", "or", "atau")):
                return None
    own = lex.own_side.match(text[pos:s_end].lstrip()) if vm else None
    # -- increments
    head = text[max(s_start, n.start - 40):n.start]
    if lex.increment.search(head) and re.search(rf"(?:{lex.increment.pattern})\s*$", head,
                                                re.I):
        tail = text[pos:min(s_end, pos + 30)]
        if lex.result.match(tail.lstrip()):
            return None
    after_increment = (bool(re.search(rf"(?:{lex.result.pattern})\s*$", head, re.I)) and bool(
        lex.increment.search(text, s_start, n.start))) or bool(lex.rise_to.search(head))
    # -- the casualty term
    kind, term = None, None
    after_m = lex.after.search(text, pos, s_end)
    before_all = list(lex.before.finditer(text, s_start, n.start))
    before_m = before_all[-1] if before_all else None
    d_after = _nwords(text, pos, after_m.start()) if after_m else 99
    d_before = _nwords(text, before_m.end(), n.start) if before_m else 99
    # an after-term beyond another count of people belongs to that one; "1.166 pasukan dan 45
    # warga sipil telah tewas" shares it, "berusia 13 tahun meninggal" is not in the way
    if after_m and d_after <= AFTER_FAR:
        for other in ctx.numbers:
            if pos <= other.start < after_m.start() and other.kind in ("cardinal", "vague"):
                tail = other.number_end if other.number_end > 0 else other.end
                if lex.victims.match(text, tail) and not re.search(
                        r"\b(?:dan|and)\b", text[pos:other.start]):
                    d_after = 99
                    break
    if vm and victim_word in lex.kind_nouns and d_before > 1:
        kind, term = lex.kind_nouns[victim_word], vm
    elif before_m and d_before < d_after and d_before <= BEFORE_NEAR:
        # "killed 11 civilians and wounded 26": the nearer term decides
        kind, term = lex.kind_of[before_m.group(0).lower()], before_m
    elif after_m and d_after <= AFTER_NEAR:
        kind, term = lex.kind_of[after_m.group(0).lower()], after_m
    elif before_m and d_before <= BEFORE_NEAR:
        kind, term = lex.kind_of[before_m.group(0).lower()], before_m
    elif after_m and d_after <= AFTER_FAR:
        kind, term = lex.kind_of[after_m.group(0).lower()], after_m
    elif before_m and ((d_before <= BEFORE_FAR and lex.toll.search(before_m.group(0)))
                       or after_increment):
        kind, term = lex.kind_of[before_m.group(0).lower()], before_m
    if kind is None and vm and victim_word in lex.kind_nouns:
        kind, term = lex.kind_nouns[victim_word], vm
    if kind is None or term is None:
        kind, term = _split_term(lex, text, s_start, s_end, n.start, pos)
    if kind is None or term is None:
        return None
    term_before = term.start() < n.start
    # -- victims when not named right after the number
    if victims is None or victim_word in ("lainnya", "others", "orang lainnya"):
        if previous is not None and re.search(r"\b(?:dan|and)\b|,",
                                              text[previous.evidence.end:n.start]) and (
                previous.evidence.end <= n.start):
            victims, side = previous.victims, side or previous.victim_side
        else:
            window_start = term.start() if term_before else max(s_start, n.start - 80)
            vs = [m for m in lex.victims.finditer(text, window_start, n.start)
                  if m.group(0).strip()]
            if after_increment:
                vs = list(lex.victims.finditer(text, s_start, n.start))
            if vs:
                found = vs[0] if after_increment else vs[-1]
                victims = lex.victim_class.get(found.group(0).strip().lower(), "people")
                if side is None:
                    side, _ = _party_at(ctx, found.end(), found.end() + 25)
            else:
                victims = victims or "people"
    if after_increment and victims == "people":
        # "jumlah prajurit yang gugur bertambah menjadi tiga orang": the toll names the victims
        named = [m for m in lex.victims.finditer(text, s_start, n.start)
                 if lex.victim_class.get(m.group(0).strip().lower()) not in (None, "people")]
        if named:
            victims = lex.victim_class[named[0].group(0).strip().lower()]
            if side is None:
                side, _ = _party_at(ctx, named[0].end(), named[0].end() + 25)
    victims = victims or "people"
    # -- qualifier
    qualifier = n.qualifier
    hedge_zone = text[max(s_start, min(n.start, term.start()) - 40):n.start]
    if qualifier == "exact" and lex.hedges.search(hedge_zone):
        qualifier = "about"
    # -- claimant
    start = min(n.start, term.start())
    end = max(n.end, term.end())
    speech = claimant_for(speeches, n.start, n.end)
    claimant, claimant_text = None, None
    if speech is not None:
        claimant, claimant_text = speech.party or UNKNOWN, speech.speaker or None
    elif term_before and kind == "killed" and not lex.toll.search(term.group(0)):
        # "... Azerbaijan menewaskan lebih dari 50 tentara Armenia": the side that claims the
        # kill is the one the sentence makes its agent
        agents = [p for p in ctx.party_mentions
                  if s_start <= p.start and p.end <= term.start() and p.code != side]
        if agents:
            claimant = agents[-1].code
    claimant = claimant or UNKNOWN
    # -- victim side
    belligerents = ctx.belligerents
    third_party = claimant == UNKNOWN or (bool(belligerents) and claimant not in belligerents)
    combined = bool(lex.combined.search(text, s_start, s_end))
    if own is not None and claimant != UNKNOWN:
        side = claimant
    if side is None:
        if victims == "people" and (third_party or combined):
            side = "BOTH"
        elif not third_party:
            side = claimant
    # -- running total or one incident
    coordinated = previous is not None and previous.evidence.end <= n.start and bool(
        re.fullmatch(r"[\s,]*(?:dan|and|serta)?\s*(?:\w+\s+){0,3}?", text[previous.evidence.end:
                                                                       min(n.start, term.start())]))
    if coordinated:
        cumulative = previous.cumulative
    else:
        cumulative = _cumulative(ctx, lex, sentence, n, term, term_before, after_increment,
                                 victims, third_party, side == claimant, speeches)
    as_of = _as_of(ctx, sentence, n, term, speech, cumulative)
    return CasualtyClaim(
        kind=kind,  # type: ignore[arg-type]
        value=n.value, qualifier=qualifier, victims=victims,  # type: ignore[arg-type]
        evidence=Evidence(ctx.article_id, start, end, text[start:end]),
        low=n.low, high=n.high, victim_side=side, claimant=claimant,
        claimant_text=claimant_text, cumulative=cumulative, as_of=as_of,
        sentence=Evidence(ctx.article_id, s_start, s_end, text[s_start:s_end]),
    )


def _split_term(lex: Lexicon, text: str, s_start: int, s_end: int, n_start: int, pos: int
                ) -> tuple[str | None, re.Match[str] | None]:
    """A verb in two parts around the number: "had taken 23 RSF fighters prisoner"."""
    for kind, first, second in lex.split:
        before = list(first.finditer(text, max(s_start, n_start - 30), n_start))
        after = second.search(text, pos, min(s_end, pos + 30))
        if before and after:
            return kind, before[-1]
    return None, None


def _speech_dates(ctx: Context, speeches: Sequence[Speech]) -> set[int]:
    """Start offsets of time mentions that date a speech act ("mengatakan pada Sabtu")."""
    out = set()
    for sp in speeches:
        for t in ctx.times:
            if t.start - sp.verb_end >= 0 and _at_most_words(ctx.text, sp.verb_end, t.start,
                                                              SPEECH_DATE_WORDS - 1):
                out.add(t.start)
    return out


def _at_most_words(text: str, start: int, end: int, limit: int) -> bool:
    """``_nwords(text, start, end) <= limit``, reading no further than the word past the limit
    (a long article has thousands of time mentions: counting every word up to each is
    quadratic)."""
    return sum(1 for _ in islice(_WORD.finditer(text, start, end), limit + 1)) <= limit


def _cumulative(ctx: Context, lex: Lexicon, sentence: Span, n: NumberMention, term: re.Match,
                term_before: bool, after_increment: bool, victims: str, third_party: bool,
                own_losses: bool, speeches: Sequence[Speech]) -> bool:
    text, s, e = ctx.text, sentence.start, sentence.end
    cum = inc = 0
    if after_increment:
        cum += 3
    if term_before and lex.toll.search(term.group(0)):
        cum += 2
    cum += min(2, len(lex.cumulative.findall(text, s, e)))
    lo, hi = min(n.start, term.start()), max(n.end, term.end())
    # a perfect ("telah tewas", "have been killed") leans to a running total; English past
    # perfect is mostly reported speech about one incident, so it does not count
    perfect = re.search(r"\b(?:telah|sudah|have been|has been|have|has)\s+(?:\w+\s+)?$",
                        text[max(s, lo - 30):lo], re.I) or re.search(
        r"\b(?:telah|sudah|have been|has been)\b", text[lo:hi], re.I)
    if term_before and not lex.toll.search(term.group(0)):
        inc += 1
    near_start = max(s, lo - 60)
    near_end = min(e, hi + 60)
    inc += min(2, len(lex.incident.findall(text, near_start, near_end)))
    dated = _speech_dates(ctx, speeches)
    for t in ctx.times:
        if (s <= t.start < e and t.start not in dated and not t.since and t.precision == "day"
                and min(abs(t.start - hi), abs(lo - t.end)) < 45):
            inc += 1
            break
    if victims == "people" and third_party:
        cum += 1
    if cum == inc and perfect:
        return True
    return cum > inc


def _as_of(ctx: Context, sentence: Span, n: NumberMention, term: re.Match,
           speech: Speech | None, cumulative: bool) -> DateValue | None:
    text, s, e = ctx.text, sentence.start, sentence.end
    day = [t for t in ctx.times if s <= t.start < e and t.value and t.precision == "day"
           and not t.since]
    said = None  # "..., the police said on Monday": the day the figure was given
    said_at = -1
    if speech is not None:
        for t in day:
            if t.start >= speech.verb_end and _nwords(text, speech.verb_end, t.start) < \
                    SPEECH_DATE_WORDS:
                said = DateValue(t.value, "day", t.text, "speech")  # type: ignore[arg-type]
                said_at = t.start
                break
    if cumulative:
        if said is not None:
            return said
        for t in day:
            if _nwords(text, s, t.start) <= 2:
                return DateValue(t.value, "day", t.text, "sentence")  # type: ignore[arg-type]
    else:
        # an incident's toll is dated by the incident ("killing nine ... on Sunday, the police
        # said on Monday"): the sentence's other day, else the day it was given
        lo, hi = min(n.start, term.start()), max(n.end, term.end())
        other = [t for t in day if t.start != said_at]
        if other:
            t = min(other, key=lambda t: min(abs(t.start - hi), abs(lo - t.end)))
            return DateValue(t.value, "day", t.text, "clause")  # type: ignore[arg-type]
        if said is not None:
            return said
        if ctx.lead_day:
            # an incident the sentence does not date is, by default, the lead's incident
            return DateValue(ctx.lead_day, "day", "", "lead")
    if ctx.news_day:
        return DateValue(ctx.news_day, "day", "", "news day")
    return None
