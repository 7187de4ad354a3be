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

Packs that describe their grammar (``lang/en/casualties.py``: determiners, auxiliaries, agent
words, verb endings) also get counts written without a numeral ("a man was found dead", "both
victims"), the object of an active verb whatever its noun, and the agent, passive and new-verb
rules of :func:`_term_before`. Per article, :func:`reconcile` lets the report's own total ("3
fatalities.", "fatalities coded as 10 and split between two events") take the place of the
figures it totals, and :func:`event_tolls` gives each event the sum of the parts told in or
after its clauses. Every word list is pack data; a pack without the optional lists keeps the
number-centred reading.
"""

from __future__ import annotations

import dataclasses
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
from warta.model import CasualtyClaim, DateValue, Event, Evidence, NumberMention
from warta.patterns import alternation, word_pattern

# Windows, in words.
AFTER_NEAR = 4
BEFORE_NEAR = 6
AFTER_FAR = 9
BEFORE_FAR = 10
SPEECH_DATE_WORDS = 3
# Words after a figure's term, and at the head of its sentence, searched for a cause of death
# that is no violence ("died of COVID-19", "Floods killed 12").
NON_VIOLENT_AFTER = 4
NON_VIOLENT_HEAD = 6

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
    split_terms: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]
    kind_nouns: dict[str, str]
    negated: re.Pattern[str] | None = None
    conjunction: re.Pattern[str] = re.compile(r"(?!)")
    list_words: frozenset[str] = frozenset()
    others: frozenset[str] = frozenset()
    perfect: re.Pattern[str] = re.compile(r"(?!)")
    perfect_after: re.Pattern[str] = re.compile(r"(?!)")
    passive_aux: re.Pattern[str] | None = None
    agent: re.Pattern[str] | None = None
    subset: re.Pattern[str] | None = None
    ones: re.Pattern[str] | None = None
    pronoun_one: re.Pattern[str] | None = None
    not_casualty: re.Pattern[str] | None = None
    non_violent: re.Pattern[str] | None = None
    coded: re.Pattern[str] | None = None
    total_nouns: re.Pattern[str] | None = None
    total_words: re.Pattern[str] | None = None
    split: re.Pattern[str] | None = None
    standalone_total: re.Pattern[str] | None = None
    new_verb: re.Pattern[str] | None = None
    people_lean_cumulative: bool = True
    one_before_reach: int = 1
    one_after_reach: int = 4
    count_words: re.Pattern[str] | None = None
    ones_passive: re.Pattern[str] | None = None
    plural_endings: tuple[str, ...] = ()
    singular_endings: tuple[str, ...] = ()
    plural_nouns: frozenset[str] = frozenset()
    participle_endings: tuple[str, ...] = ()
    verb_endings: tuple[str, ...] = ()
    attempt: re.Pattern[str] | None = None
    not_people: frozenset[str] = frozenset()
    protest: re.Pattern[str] | None = None
    grievance: re.Pattern[str] | None = None
    addition: re.Pattern[str] | None = None
    definite_number: re.Pattern[str] | None = None
    standalone_end: re.Pattern[str] | None = None
    perfect_word: re.Pattern[str] | None = None


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
    num = data(code, "numbers")
    extra = _grammar(c, list(victim_class), [*getattr(num, "NUMBER_WORDS", {}),
                                             *getattr(num, "VAGUE", {})] or ["two"])
    return Lexicon(
        before=word_pattern(before), after=word_pattern(after), kind_of=kind_of,
        victims=re.compile(rf"\s*(?:{alternation(list(victim_class))})(?![\w-])", re.I),
        victim_class=victim_class, own_side=word_pattern(c.OWN_SIDE_WORDS),
        hedges=word_pattern(c.HEDGES),
        increment=word_pattern(c.INCREMENT_WORDS), result=word_pattern(c.RESULT_WORDS),
        cumulative=word_pattern(c.CUMULATIVE_CUES), incident=word_pattern(c.INCIDENT_CUES),
        combined=word_pattern(c.COMBINED_WORDS), aux=word_pattern(c.AUX_WORDS),
        toll=word_pattern(c.TOLL_NOUNS),
        victims_after_modifiers=_after_modifiers(c, mods, victims_alt, before + after),
        rise_to=re.compile(rf"(?:{alternation(c.RISE_TO)})\s*$", re.I),
        split_terms=split, kind_nouns={k.lower(): v for k, v in c.KIND_NOUNS.items()},
        negated=(re.compile(rf"(?<![\w-])(?:{alternation(c.NEGATIONS)})\s*$", re.I)
                 if getattr(c, "NEGATIONS", None) else None),
        **extra,
    )


def _after_modifiers(c: object, mods: str, victims_alt: str, terms: list[str]
                     ) -> re.Pattern[str]:
    """Words between a number and its victims: known modifiers and names ("four government
    soldiers", "17 Houthi fighters", "seven of its fighters"), and, where the pack lists the
    words that cannot be one, one other word ("two drug suspects")."""
    known = rf"(?:(?i:{mods})|[A-Z][\w'’./-]*|[a-z]{{1,3}}-[A-Z][\w'’.-]*)"
    victim = rf"\s+(?P<victim>(?i:{victims_alt}))(?![\w-])"
    excluded = getattr(c, "NOT_MODIFIERS", None)
    if not excluded:
        return re.compile(rf"(?:\s+{known}){{1,3}}?{victim}")
    excluded = [*excluded, *(t for t in terms if " " not in t)]  # "60 wounded people"
    free = rf"(?!(?i:{alternation(excluded)})(?![\w-]))[a-z][\w'’-]*"
    return re.compile(rf"(?:(?:\s+{known}){{1,3}}?|(?:\s+{known}){{0,2}}?\s+{free}"
                      rf"(?:\s+{known}){{0,2}}?){victim}")


def _optional(words: Sequence[str] | None) -> re.Pattern[str] | None:
    return word_pattern(words) if words else None


def _grammar(c: object, victims: list[str], numbers: list[str]) -> dict[str, object]:
    """The pack's optional grammar data (see lang/en/casualties.py), as patterns."""
    def get(name: str, default: object = None) -> object:
        return getattr(c, name, default)

    out: dict[str, object] = {}
    conj = get("CONJUNCTIONS") or []
    if conj:
        out["conjunction"] = word_pattern(conj)
    out["list_words"] = frozenset(w.lower() for w in (get("LIST_WORDS") or conj))
    out["others"] = frozenset(w.lower() for w in (get("OTHERS_WORDS") or []))
    perfect = get("PERFECT_WORDS") or []
    out["perfect_word"] = _optional(perfect)
    if perfect:
        alt = alternation(perfect)
        out["perfect"] = re.compile(rf"(?<![\w-])(?:{alt})\s+(?:\w+\s+)?$", re.I)
        out["perfect_after"] = re.compile(
            rf"(?<![\w-])(?:{alternation([p for p in perfect if ' ' in p] or perfect)})"
            r"(?![\w-])", re.I)
    aux = get("PASSIVE_AUX")
    if aux:
        out["passive_aux"] = re.compile(
            rf"(?<![\w-])(?:{alternation(aux)})\s+"
            rf"(?:(?:{alternation(get('PASSIVE_ADVERBS') or ['also'])})\s+)?$", re.I)
    agent = get("AGENT_WORDS")
    if agent:
        out["agent"] = re.compile(rf"\s*(?:{alternation(agent)})(?![\w-])", re.I)
    out["subset"] = _optional(get("SUBSET_WORDS"))
    ones = get("ONE_WORDS") or []
    definite = get("DEFINITE_ONE_WORDS") or []
    pairs = get("PAIR_WORDS") or []
    breaks = alternation([*(get("NOUN_PHRASE_BREAKS") or ["and"]), *ones, *definite, *pairs])
    if ones or definite or pairs:
        mods = int(get("ONE_MODIFIERS", 3))  # type: ignore[call-overload]
        skip = {w.lower() for w in (get("ONE_NOUNS_EXCLUDED") or [])}
        nouns = alternation([w for w in victims + list(getattr(c, "KIND_NOUNS", {}))
                             if w.lower() not in skip])
        groups = []
        for name, words in (("one", ones), ("definite", definite), ("pair", pairs)):
            if words:
                groups.append(rf"(?P<{name}>{alternation(words)})")
        out["ones"] = re.compile(
            rf"(?<![\w'’-])(?:{'|'.join(groups)})\s+"
            rf"(?P<mods>(?:(?!(?:{breaks})(?![\w-]))[A-Za-z0-9][\w'’.-]*\s+){{0,{mods}}}?)"
            rf"(?P<noun>{nouns})(?![\w'’-])(?!\s+(?:{nouns})(?![\w'’-]))", re.I)
    singular_aux = get("SINGULAR_AUX")
    if ones and singular_aux:
        mods = int(get("ONE_MODIFIERS", 3))  # type: ignore[call-overload]
        out["ones_passive"] = re.compile(
            rf"(?<![\w'’-])(?P<one>{alternation(ones)})\s+"
            rf"(?:(?!(?:{breaks})(?![\w-]))[A-Za-z0-9][\w'’.-]*\s+){{0,{mods}}}?"
            rf"(?P<noun>(?!(?:{breaks})(?![\w-]))[a-z][\w'’-]*)\s+"
            rf"(?=(?:{alternation([*singular_aux, *(get('ONE_INTRANSITIVE') or [])])})"
            rf"(?![\w-]))", re.I)
    attempt = get("ATTEMPT_WORDS")
    if attempt:
        out["attempt"] = re.compile(rf"(?<![\w-])(?:{alternation(attempt)})\s+$", re.I)
    out["plural_endings"] = tuple(get("PLURAL_ENDINGS") or ())
    out["singular_endings"] = tuple(get("SINGULAR_ENDINGS") or ())
    out["plural_nouns"] = frozenset(w.lower() for w in (get("PLURAL_NOUNS") or []))
    out["participle_endings"] = tuple(get("PARTICIPLE_ENDINGS") or ())
    out["verb_endings"] = tuple(get("VERB_ENDINGS") or ())
    out["not_people"] = frozenset(w.lower() for w in (get("NOT_PEOPLE") or []))
    out["protest"] = _optional(get("PROTEST_WORDS"))
    grievance = get("GRIEVANCE_CONNECTORS")
    if grievance:
        out["grievance"] = re.compile(
            rf"(?<![\w-])(?:{alternation(grievance)})\s+(?:[\w'’-]+\s+){{0,5}}?$", re.I)
    out["addition"] = _optional(get("ADDITION_WORDS"))
    definite_numbers = get("DEFINITE_NUMBER_WORDS")
    if definite_numbers:
        out["definite_number"] = re.compile(
            rf"(?<![\w-])(?:{alternation(definite_numbers)})\s+$", re.I)
    pronouns = get("ONE_PRONOUNS")
    if pronouns:
        out["pronoun_one"] = re.compile(rf"\s+(?:{alternation(pronouns)})(?![\w'’-])", re.I)
    out["not_casualty"] = _optional(get("NOT_CASUALTY_PHRASES"))
    out["non_violent"] = _optional(get("NON_VIOLENT_CAUSES"))
    nouns = get("TOTAL_NOUNS")
    if nouns:
        out["total_nouns"] = word_pattern(nouns)
    coded = get("CODED_WORDS")
    if coded:
        out["coded"] = re.compile(rf"(?<![\w-])(?:{alternation(coded)})\s+", re.I)
    out["total_words"] = _optional(get("TOTAL_WORDS"))
    split_words, units = get("SPLIT_WORDS"), get("SPLIT_UNITS")
    if split_words and units:
        each = alternation(get("EACH_WORDS") or ["each"])
        out["split"] = re.compile(
            rf"(?<![\w-])(?:{alternation(split_words)})(?:\s+up)?\s+(?:\w+\s+){{0,2}}?"
            rf"(?P<k>[0-9]+|{alternation(numbers)})\s+(?:\w+\s+)?(?:{alternation(units)})"
            rf"(?![\w-])"
            rf"(?:\s*\((?P<share>[0-9]+)\)|,?\s+with\s+(?P<each>[0-9]+)\s+(?:\w+\s+){{0,2}}?"
            rf"(?:{each}))?", re.I)
    if nouns:
        tail = alternation(get("TOTAL_TAIL_WORDS") or ["reported"])
        then = alternation([*(split_words or []), *conj, *(get("SINGULAR_AUX") or []),
                            *(aux or [])])
        out["standalone_total"] = re.compile(
            rf"\s+(?:[A-Za-z][\w-]*\s+)?(?:{alternation(get('STANDALONE_NOUNS') or nouns)})"
            rf"(?:\s+(?:{tail}))?\s*(?:\)|[.;,]|\(|\[|$|(?:{then})(?![\w-]))", re.I)
    end_nouns = get("STANDALONE_END_NOUNS")
    if end_nouns:
        out["standalone_end"] = re.compile(
            rf"\s+(?:[A-Za-z][\w-]*\s+)?(?:{alternation(end_nouns)})\s*[.]?\s*"
            rf"(?:\[[^\]]*\])?\s*$", re.I)
    verb = get("NEW_VERB")
    if verb:
        out["new_verb"] = re.compile(str(verb), re.I)
    words = [*numbers, *(get("COUNT_WORDS") or [])]
    out["count_words"] = word_pattern(words) if words else None
    out["people_lean_cumulative"] = bool(get("BARE_PEOPLE_LEAN_CUMULATIVE", True))
    out["one_before_reach"] = int(get("ONE_BEFORE_REACH", 1))  # type: ignore[call-overload]
    out["one_after_reach"] = int(get("ONE_AFTER_REACH", 4))  # type: ignore[call-overload]
    return out


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
    totals: list[Total] = field(default_factory=list)  # the report's own totals, so far
    killed: int = 0  # figures of the killed found so far
    implicit_starts: set[int] = field(default_factory=set)  # claims counted without a numeral
    splits: list[tuple[int, int, int, int]] = field(default_factory=list)  # K, start, end, sentence


def _party_at(ctx: Context, start: int, end: int) -> tuple[str | None, int]:
    """The party named first between start and end, and where its name ends."""
    for p in ctx.party_mentions:
        if p.start >= start and p.end <= end:
            return p.code, p.end
    return None, start


@dataclass(frozen=True, slots=True)
class Victim:
    """A victim noun found with its count ("a man", "both victims"): where it ends, and whether
    its determiner points back at a victim told before ("the man", "both victims")."""

    word: str
    begin: int
    finish: int
    definite: bool = False

    # read like a regex match where the claim takes its term from the noun ("a body")
    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self, _: int = 0) -> str:
        return self.word


@dataclass(frozen=True, slots=True)
class Total:
    """A report's own total of the killed ("3 fatalities.", "fatalities coded as 10"): the
    figure (0 when the report codes none), the share per event when it is split, and where it
    stands."""

    value: int
    share: int
    start: int
    end: int
    sentence_start: int


def claims_in_sentence(ctx: Context, sentence: Span, numbers: Sequence[NumberMention],
                       speeches: Sequence[Speech]) -> list[CasualtyClaim]:
    lex = lexicon(ctx.language)
    text = ctx.text
    totals = _totals(ctx, lex, sentence, numbers)
    ctx.totals.extend(totals)
    candidates: list[tuple[NumberMention, Victim | None]] = []
    breakdowns = _breakdowns(lex, text, sentence, numbers)
    for n in numbers:
        if n.kind not in ("cardinal", "vague") or n.value <= 0 or _age_after_name(text, n):
            continue
        if any(a < n.start < b for a, b in breakdowns):
            continue  # "5 civilians (2 men, 2 women and 1 child)": the parts of a count
        candidates.append((n, None))
    candidates.extend(_implicit(ctx, lex, sentence, numbers))
    candidates.sort(key=lambda c: c[0].start)
    out: list[CasualtyClaim] = []
    previous: CasualtyClaim | None = None
    total_at = {t.start for t in totals}
    last_end = sentence.start
    for n, victim in candidates:
        if lex.negated is not None and lex.negated.search(
                text, max(sentence.start, n.start - 40), n.start):
            continue  # "Tidak benar empat prajurit kami gugur", "bukan empat": denied
        joined = previous is not None and bool(re.fullmatch(
            rf"[\s,]*(?:{lex.conjunction.pattern})\s*", text[last_end:n.start], re.I))
        if n.start in total_at:
            claim = _total_claim(ctx, sentence, n, speeches)
        else:
            claim = _claim(ctx, lex, sentence, n, speeches, previous, victim, breakdowns, joined)
        if claim is None:
            continue
        if victim is None and claim.kind == "killed" and lex.definite_number is not None and (
                ctx.killed or any(c.kind == "killed" for c in out)) and \
                lex.definite_number.search(text, max(sentence.start, n.start - 8), n.start):
            continue  # "the two fatalities were ...": the victims already counted
        if victim is not None and victim.definite and (ctx.killed or any(
                c.kind == claim.kind for c in out)) and not joined:
            continue  # "the victim died" after a figure: the victim already counted
        out.append(claim)
        previous = claim
        last_end = victim.finish if victim is not None else _victim_end(lex, text, n, sentence)
        if victim is not None:
            ctx.implicit_starts.add(claim.evidence.start)
    ctx.killed += sum(1 for c in out if c.kind == "killed")
    return out


def _victim_end(lex: Lexicon, text: str, n: NumberMention, sentence: Span) -> int:
    """Where the victims counted by a numeral end ("two policemen|")."""
    end = n.number_end if n.number_end > 0 else n.end
    vm = lex.victims.match(text, end, sentence.end) or \
        lex.victims_after_modifiers.match(text, end, sentence.end)
    return vm.end() if vm else end


def _implicit(ctx: Context, lex: Lexicon, sentence: Span, numbers: Sequence[NumberMention]
              ) -> list[tuple[NumberMention, Victim]]:
    """Counts written without a numeral: "a man", "another civilian" (one), "both victims"
    (two), and "him" right after an active casualty verb ("shot him and killed him")."""
    if lex.ones is None:
        return []
    text = ctx.text
    # numbers glued to a word by a hyphen ("a 17-year-old boy") are part of a modifier
    taken = [(n.start, n.end) for n in numbers if not _HYPHEN_GLUED.match(text, n.end)]
    out: list[tuple[NumberMention, Victim]] = []
    for m in lex.ones.finditer(text, sentence.start, sentence.end):
        noun = m.group("noun")
        low = noun.lower()
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue  # "a dozen", "one"
        if lex.not_casualty is not None and lex.not_casualty.match(text, m.start("noun")):
            continue  # "the death toll"
        if m.group("mods") and re.search(r"[0-9](?![0-9]*-[^\W\d_])", m.group("mods")):
            continue
        term = lex.before.match(text, m.start())
        if term and term.end() > m.end("noun"):
            continue  # "the body of a man": a term naming the victim after it
        if lex.subset is not None and re.search(
                rf"(?:{lex.subset.pattern})[\s,:]*$", text[max(sentence.start, m.start() - 25):
                                                           m.start()], re.I):
            continue  # "60 wounded, among them a 12-year-old girl": a part, not one more
        pair = m.group("pair") is not None
        plural = _plural(lex, low)
        if pair != plural:
            continue  # "a soldiers", "both man": not this count
        value = 2 if pair else 1
        det = m.group("one") or m.group("definite") or m.group("pair")
        start = m.start()
        mention = NumberMention(start=start, end=start + len(det), text=det, value=value,
                                number_start=start, number_end=start + len(det))
        definite = m.group("one") is None
        out.append((mention, Victim(low, m.start("noun"), m.end("noun"), definite)))
    if lex.ones_passive is not None:
        # "a shopkeeper was shot and killed": the one subject of a passive, whatever its noun
        seen = [(m.begin, m.finish) for _, m in out]
        for m in lex.ones_passive.finditer(text, sentence.start, sentence.end):
            if any(a < m.end() and m.start() < b for a, b in [*taken, *seen]):
                continue
            if m.group("noun").lower() in lex.not_people:
                continue
            det = m.group("one")
            mention = NumberMention(start=m.start(), end=m.start() + len(det), text=det, value=1,
                                    number_start=m.start(), number_end=m.start() + len(det))
            out.append((mention, Victim("people", m.start("noun"), m.end("noun"))))
    if lex.pronoun_one is not None:
        for b in lex.before.finditer(text, sentence.start, sentence.end):
            pm = lex.pronoun_one.match(text, b.end())
            if pm and lex.kind_of.get(b.group(0).lower()) == "killed":
                at = pm.end() - len(pm.group(0).strip())
                mention = NumberMention(start=at, end=pm.end(), text=text[at:pm.end()], value=1,
                                        number_start=at, number_end=pm.end())
                out.append((mention, Victim("people", at, pm.end(), True)))
    return out


_HYPHEN_GLUED = re.compile(r"-[^\W\d_]")


def _plural(lex: Lexicon, noun: str) -> bool:
    last = noun.split()[-1]
    return (last.endswith(lex.plural_endings) and not last.endswith(lex.singular_endings)) or \
        last in lex.plural_nouns


def _breakdowns(lex: Lexicon, text: str, sentence: Span, numbers: Sequence[NumberMention]
                ) -> list[tuple[int, int]]:
    """Brackets right after a count of victims that break it down ("5 civilians (2 men, 2
    women, and 1 child)"): the numbers inside are its parts, not more victims."""
    out = []
    for n in numbers:
        end = n.number_end if n.number_end > 0 else n.end
        vm = lex.victims.match(text, end, sentence.end) or \
            lex.victims_after_modifiers.match(text, end, sentence.end)
        if not vm:
            continue
        at = vm.end()
        gap = re.match(r"\s*\(", text[at:sentence.end])
        if not gap:
            continue
        close = text.find(")", at, sentence.end)
        if close > 0:
            inside = text[at + gap.end():close]
            if re.search(r"[0-9]", inside) or (lex.count_words is not None
                                                and lex.count_words.search(inside)):
                out.append((at, close + 1))
    return out


def _totals(ctx: Context, lex: Lexicon, sentence: Span, numbers: Sequence[NumberMention]
            ) -> list[Total]:
    """The report's own totals in the sentence: "Unknown fatalities coded as 10 and split
    between two events", "3 fatalities.", "(total of 12 fatalities)", "Fatalities are split
    across 2 events (4)"."""
    text, s, e = ctx.text, sentence.start, sentence.end
    if lex.total_nouns is None:
        return []
    out: list[Total] = []
    counts = [n for n in numbers if n.kind in ("cardinal", "vague")]
    split = lex.split.search(text, s, e) if lex.split is not None else None
    share_of = None
    k = 0
    if split is not None:
        k = _small_number(ctx.language, split.group("k"))
        given = split.group("share") or split.group("each")
        share_of = int(given) if given else None
    if lex.coded is not None:
        for m in lex.coded.finditer(text, s, e):
            n = next((x for x in counts if x.start == m.end() or x.number_start == m.end()),
                     None)
            if n is None:
                zero = re.match(r"0(?![0-9])", text[m.end():e])
                if zero and lex.total_nouns.search(text, max(s, m.start() - 60), m.start()):
                    out.append(Total(0, 0, m.end(), m.end() + 1, s))
                continue
            head = text[max(s, m.start() - 60):m.start()]
            found = list(lex.total_nouns.finditer(head))
            if not found:
                continue  # "injuries coded as 6": no toll of the killed
            share = n.value
            if split is not None and split.start() > m.start():
                share = share_of if share_of is not None else (n.value // k if k else n.value)
            out.append(Total(n.value, share, n.start, n.end, s))
    if not out and split is not None and share_of is not None and lex.total_nouns.search(
            text, s, split.start()):
        # "Fatalities are split across 2 events (4)": the share is the report's figure
        at = split.start("share") if split.group("share") else split.start("each")
        out.append(Total(share_of, share_of, at, at + len(str(share_of)), s))
        return out
    if not out and split is not None and k and lex.total_nouns.search(text, s, split.start()):
        # "Fatalities split between 2 events": the figures told before it are shared out
        ctx.splits.append((k, split.start(), split.end(), s))
    if out or lex.standalone_total is None:
        return out
    for n in counts:
        end = n.number_end if n.number_end > 0 else n.end
        tail = lex.standalone_total.match(text, end, e) or (
            lex.standalone_end.match(text, end, e) if lex.standalone_end is not None else None)
        if not tail:
            continue
        head = text[s:n.start]
        opened = max(head.rfind("("), head.rfind("["))
        lead = head[opened + 1:] if opened >= 0 else head
        if lead.strip() and not (lex.total_words is not None and
                                 lex.total_words.fullmatch(lead.strip())):
            continue
        value = n.value
        share = value
        if split is not None and split.start() > n.start:
            share = share_of if share_of is not None else (value // k if k else value)
        out.append(Total(value, share, n.start, n.end, s))
    return out


def _small_number(code: str, word: str) -> int:
    if word.isdigit():
        return int(word)
    return int(getattr(data(code, "numbers"), "NUMBER_WORDS", {}).get(word.lower(), 0))


def _total_claim(ctx: Context, sentence: Span, n: NumberMention, speeches: Sequence[Speech]
                 ) -> CasualtyClaim | None:
    total = next(t for t in ctx.totals if t.start == n.start)
    if total.share <= 0:
        return None  # "1 fatality split among 12 events": none for this one
    speech = claimant_for(speeches, n.start, n.end)
    claimant = (speech.party or UNKNOWN) if speech is not None else UNKNOWN
    text = ctx.text
    end = min(sentence.end, max(n.end, total.end))
    m = re.match(r"\s*[\w-]+(?:\s+[\w-]+)?", text[end:sentence.end])
    end = end + (m.end() if m else 0)
    return CasualtyClaim(
        kind="killed", value=total.share, qualifier=n.qualifier, victims="people",
        evidence=Evidence(ctx.article_id, n.start, end, text[n.start:end]), low=n.low,
        high=n.high, victim_side=None, claimant=claimant,
        claimant_text=speech.speaker if speech else None, cumulative=False,
        as_of=_as_of_incident(ctx, sentence, n),
        sentence=Evidence(ctx.article_id, sentence.start, sentence.end,
                          text[sentence.start:sentence.end]))


def _as_of_incident(ctx: Context, sentence: Span, n: NumberMention) -> DateValue | None:
    if ctx.lead_day:
        return DateValue(ctx.lead_day, "day", "", "lead")
    if ctx.news_day:
        return DateValue(ctx.news_day, "day", "", "news day")
    return None


_AGE_AFTER_NAME = re.compile(r"[A-Z][\w'’.-]*\s*\($")


def _age_after_name(text: str, n: NumberMention) -> bool:
    """"Fadli Tuasikal (19)", "Rudi (24)": a number in brackets right after a name is an age,
    in every language."""
    return (text[n.end:n.end + 1] == ")" and n.value < 130
            and bool(_AGE_AFTER_NAME.search(text, max(0, n.start - 40), n.start)))


def _claim(ctx: Context, lex: Lexicon, sentence: Span, n: NumberMention,
           speeches: Sequence[Speech], previous: CasualtyClaim | None,
           implicit: Victim | None = None, breakdowns: Sequence[tuple[int, int]] = (),
           coordinated_with: bool = False) -> CasualtyClaim | None:
    text, s_start, s_end = ctx.text, sentence.start, sentence.end
    num_end = n.number_end if n.number_end > 0 else n.end
    # -- victims right after the number, perhaps after a party ("14 Armenian soldiers")
    pos = num_end
    side = None
    vm: re.Match[str] | Victim | None = None
    if implicit is not None:
        vm = implicit
        victim_start = implicit.begin
        between = [p for p in ctx.party_mentions if pos <= p.start and p.end <= victim_start]
        if between:
            side = between[0].code
    else:
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
        if isinstance(vm, Victim):
            victim_word = vm.word
            pos = vm.finish
        else:
            victim_word = (vm.groupdict().get("victim") or vm.group(0)).strip().lower()
            pos = vm.end()
        victims = lex.victim_class.get(victim_word)
        if lex.not_casualty is not None and victim_word in lex.kind_nouns and \
                lex.not_casualty.match(text, pos - len(victim_word)):
            return None  # "20 death threats"
        # "tentara Armenia", "warga sipil Azerbaijan"
        nxt = re.match(r"\s+", text[pos:s_end])
        after_gap = pos + (nxt.end() if nxt else 0)
        adj = [p for p in ctx.party_mentions if p.start == after_gap]
        if adj:
            side = adj[0].code
        # "5 civilians (2 men, 2 women and 1 child) were killed": the term follows the brackets
        for a, b in breakdowns:
            if pos <= a and not text[pos:a].strip():
                pos = b
                break
    # -- traps: another noun follows
    bare_comma = False
    if not vm and implicit is None:
        vm = _object_of_verb(lex, text, s_start, n, pos, s_end)
        if vm is not None:
            victim_word, pos = "people", vm.finish
    if not vm:
        follow = re.match(r"\s*([\w'’-]+)", text[pos:s_end])
        if follow:
            word = follow.group(1)
            at = pos + follow.start(1)
            name = re.match(r"\s*[A-Z][\w'’-]*\s+", text[pos:s_end])
            named = pos + name.end() if name else -1
            if (name and lex.after.match(text, named)) or (
                    name and lex.aux.match(text, named)
                    and lex.after.search(text, named, min(s_end, named + 25))):
                pass  # "3 Fulani were killed": a people's name before the term
            elif not ((lex.after.match(text, at) and not word.isupper())
                    or (lex.aux.match(text, at) and word == word.lower())
                    or lex.result.match(text, at) or word.lower() in lex.list_words):
                return None
        else:
            # "hanya satu, yaitu ...": a count standing alone before a comma takes no term after it
            bare_comma = bool(re.match(r"\s*[,:;]", text[pos:s_end]))
        if _label_number(text, s_start, n):
            return None  # "Zona 12", "National Highway 27": a name's number
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
    after_m = None if bare_comma else _term_after(lex, text, pos, s_end)
    before_m = _term_before(lex, text, s_start, n.start)
    d_after = _nwords(text, pos, after_m.start()) if after_m else 99
    d_before = _nwords(text, before_m.end(), n.start) if before_m else 99
    # an after-term beyond another count of people belongs to that one; "1.166 pasukan dan 45
    # warga sipil telah tewas" shares it, "berusia 13 tahun meninggal" is not in the way
    if after_m and d_after <= AFTER_FAR:
        for other in ctx.numbers:
            if pos <= other.start < after_m.start() and other.kind in ("cardinal", "vague"):
                tail = other.number_end if other.number_end > 0 else other.end
                if lex.victims.match(text, tail) and not lex.conjunction.search(
                        text, pos, other.start):
                    d_after = 99
                    break
    if vm and victim_word in lex.kind_nouns and d_before > 1:
        kind, term = lex.kind_nouns[victim_word], vm
    elif before_m and d_before <= 1 and any(w in lex.kind_nouns for w in
                                            before_m.group(0).lower().split()[:-1]):
        # "the bodies of 2 civilians with gunshot wounds": the bodies say what they count
        kind, term = lex.kind_of[before_m.group(0).lower()], before_m
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
    if not term_before and _ambiguous(lex, text, term, s_end):
        return None  # "killed, injured or captured": no count of the killed alone
    if _grievance(lex, text, s_start, s_end, min(n.start, term.start())):
        return None  # "demonstrated over the death of a teenager": the protest's cause
    if not term_before and _active(lex, text, s_start, s_end, term):
        return None  # "a gendarme shot and killed a driver": the agent, not a victim
    if implicit is not None and implicit.word not in lex.kind_nouns and not coordinated_with and (
            _nwords(text, term.end(), n.start) > lex.one_before_reach if term_before
            else _nwords(text, pos, term.start()) > lex.one_after_reach):
        return None  # "wounding nine, according to a volunteer": no count of its victims
    if _non_violent(lex, text, s_start, s_end, max(pos, term.end()),
                    term.start() if term_before else None):
        return None  # "died of COVID-19", "tewas dalam kecelakaan": no casualty of violence
    lo = min(n.start, term.start())
    if _historical(ctx, sentence, lo, max(pos, term.end())) and not (
            lex.perfect_word is not None
            and lex.perfect_word.search(text, max(s_start, lo - 30), max(pos, term.end()))):
        return None  # "sank on 15 April 1912 ... with more than 1,500 lives lost": history
    # -- victims when not named right after the number
    if victims is None or victim_word in lex.others:
        if previous is not None and previous.evidence.end <= n.start and (
                previous.evidence.start not in ctx.implicit_starts) and (
                "," in text[previous.evidence.end:n.start]
                or lex.conjunction.search(text, previous.evidence.end, n.start)):
            victims, side = previous.victims, side or previous.victim_side
        else:
            window_start = term.start() if term_before else max(s_start, n.start - 80)
            vs = [m for m in lex.victims.finditer(text, window_start, n.start)
                  if m.group(0).strip() and (n.value == 1 or lex.ones is None
                                             or _plural(lex, m.group(0).strip().lower()))
                  and not _toll_word(lex, m)]
            if after_increment:
                vs = [m for m in lex.victims.finditer(text, s_start, n.start)
                      if not _toll_word(lex, m)]
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
        re.fullmatch(rf"[\s,]*(?:{lex.conjunction.pattern})?\s*(?:\w+\s+){{0,3}}?",
                     text[previous.evidence.end:min(n.start, term.start())], re.I))
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


def _toll_word(lex: Lexicon, m: re.Match[str]) -> bool:
    """"deaths", "fatalities": words of a toll, not of its victims ("the death toll from a
    Russian strike" names no Russian victims)."""
    return lex.total_nouns is not None and bool(lex.total_nouns.fullmatch(m.group(0).strip()))


def _term_before(lex: Lexicon, text: str, s_start: int, n_start: int) -> re.Match[str] | None:
    """The casualty term before a number that governs it: the nearest one that is not a
    passive participle ("were killed and another three were injured"), does not name the agent
    ("killed by two gunmen") and is not cut off from the number by a new verb ("killed 8, and
    detained two")."""
    found = list(lex.before.finditer(text, s_start, n_start))
    for b in reversed(found):
        word = b.group(0).lower()
        if re.search(r"[.;\[\]]", text[b.end():n_start]):
            return None  # "... killing. [size=hundreds]": not one clause
        if _attempted(lex, text, s_start, b):
            continue
        if lex.new_verb is not None:
            cut = False
            for v in lex.new_verb.finditer(text, b.end(), n_start):
                if not lex.before.fullmatch(v.group("verb")) and not lex.after.fullmatch(
                        v.group("verb")):
                    cut = True
                    break
            if cut:
                return None
        if lex.passive_aux is not None and word.endswith(lex.participle_endings) and \
                lex.passive_aux.search(
                text, max(s_start, b.start() - 30), b.start()):
            continue
        if lex.agent is not None and lex.agent.match(text, b.end()):
            continue
        if _inside_not_casualty(lex, text, b):
            continue
        return b
    return None


def _active(lex: Lexicon, text: str, s_start: int, s_end: int, term: re.Match[str] | Victim
            ) -> bool:
    """An active casualty verb with its object after it ("shot and killed a driver", "killed
    3 civilians"): the words before it name the agent."""
    if lex.ones is None or isinstance(term, Victim) or not lex.before.fullmatch(term.group(0)):
        return False
    if lex.passive_aux is not None and lex.passive_aux.search(
            text, max(s_start, term.start() - 30), term.start()):
        return False
    rest = text[term.end():min(s_end, term.end() + 40)]
    first = re.match(r"\s*([\w'’-]+)", rest)
    if first and first.group(1).lower() in lex.list_words:
        return False  # "leaving 2 civilians dead and 1 wounded"
    if re.match(r"\s+(?:\w+\s+){0,2}?[0-9]", rest):
        return True  # "killed 3", "killed at least 3"
    at = term.end() + len(rest) - len(rest.lstrip())
    return bool(lex.ones.match(text, at) or (lex.pronoun_one is not None and lex.pronoun_one.match(
        text, term.end())) or (lex.count_words is not None and lex.count_words.match(text, at)))


def _object_of_verb(lex: Lexicon, text: str, s_start: int, n: NumberMention, pos: int,
                    s_end: int) -> Victim | None:
    """Whatever noun follows a number right after an active casualty verb is its victims
    ("killing 11 regime soldiers", "killed 1 pastoralist"): a verb's object needs no known
    victim noun."""
    if lex.ones is None:
        return None  # only packs that read the grammar around a number
    b = _term_before(lex, text, s_start, n.start)
    if b is None or text[b.end():n.start].strip():
        return None
    if lex.toll.search(b.group(0)) or not b.group(0).lower().endswith(lex.verb_endings):
        return None
    m = re.match(r"\s+((?:[A-Za-z][\w'’-]*\s+){0,2}?[A-Za-z][\w'’-]*[a-z])(?=[\s,.;()]|$)",
                 text[pos:s_end])
    if not m:
        return None
    words = m.group(1).split()
    if any(w.lower() in lex.list_words or lex.aux.fullmatch(w) for w in words):
        return None
    if words[-1].lower() in lex.not_people:
        return None  # "killed 15 livestock"
    return Victim("people", pos + m.start(1), pos + m.end(1))


def _term_after(lex: Lexicon, text: str, pos: int, s_end: int) -> re.Match[str] | None:
    for m in lex.after.finditer(text, pos, s_end):
        if _inside_not_casualty(lex, text, m) or _attempted(lex, text, pos, m):
            continue
        return m
    return None


def _attempted(lex: Lexicon, text: str, start: int, m: re.Match[str]) -> bool:
    """"threatened to kill a soldier", "was nearly lynched": no casualty."""
    return lex.attempt is not None and bool(
        lex.attempt.search(text, max(start, m.start() - 30), m.start()))


def _ambiguous(lex: Lexicon, text: str, term: re.Match[str] | Victim, s_end: int) -> bool:
    """"2 militants were killed, injured or captured": one count of several kinds."""
    if isinstance(term, Victim):
        return False
    kind = lex.kind_of.get(term.group(0).lower())
    m = re.match(rf"\s*(?:,|/|(?<![\w-])(?:{alternation(lex.list_words)})(?![\w-]))\s*",
                 text[term.end():s_end], re.I)
    if not m:
        return False
    at = term.end() + m.end()
    other = lex.after.match(text, at) or lex.before.match(text, at)
    return other is not None and lex.kind_of.get(other.group(0).lower()) not in (None, kind)


def _inside_not_casualty(lex: Lexicon, text: str, m: re.Match[str]) -> bool:
    """"hukuman mati", "death toll": the term is a word of a phrase that names no casualty."""
    if lex.not_casualty is None:
        return False
    return any(x.start() <= m.start() < x.end() and not (
        m.start() <= x.start() and x.end() <= m.end())  # the term is the phrase: "death toll"
        for x in lex.not_casualty.finditer(text, max(0, m.start() - 20),
                                           min(len(text), m.end() + 20)))


def _grievance(lex: Lexicon, text: str, s_start: int, s_end: int, start: int) -> bool:
    """A figure right after a grievance connector in a sentence about a protest ("protested
    after two children were killed", "a demonstration over the death of a teenager")."""
    if lex.grievance is None or lex.protest is None:
        return False
    if not lex.grievance.search(text, max(s_start, start - 60), start):
        return False
    return bool(lex.protest.search(text, s_start, s_end))


def _non_violent(lex: Lexicon, text: str, s_start: int, s_end: int, end: int,
                 term_start: int | None = None) -> bool:
    """A cause that is no violence right after the figure's term ("died of COVID-19", "tewas
    dalam kecelakaan") or heading its sentence ("Kebakaran di pabrik ... menewaskan 47")."""
    if lex.non_violent is None:
        return False
    after = list(_WORD.finditer(text, end, s_end))[:NON_VIOLENT_AFTER]
    if after and lex.non_violent.search(text, end, after[-1].end()):
        return True
    if term_start is not None:
        # "a gas leak killed 11": the cause is the verb's subject
        before = list(_WORD.finditer(text, max(s_start, term_start - 40), term_start))[-3:]
        if before and lex.non_violent.search(text, before[0].start(), term_start):
            return True
    head = list(_WORD.finditer(text, s_start, s_end))[:NON_VIOLENT_HEAD]
    return bool(head) and head[-1].end() <= end and bool(
        lex.non_violent.search(text, s_start, head[-1].end()))


def _historical(ctx: Context, sentence: Span, lo: int, hi: int) -> bool:
    """A figure beside a year well before the news ("in 1912", "pada 1965") is history."""
    if ctx.news_day is None:
        return False
    since = _since_words(ctx.language)
    for y in ctx.numbers:
        if y.kind != "year" or not (sentence.start <= y.start < sentence.end):
            continue
        if y.value >= ctx.news_day.year - 1 or not (lo - 100 <= y.start <= hi + 40):
            continue
        head = ctx.text[max(sentence.start, y.start - 14):y.start].lower()
        if since is not None and since.search(head):
            continue  # "since 2011": the start of a running total
        return True
    return False


@cache
def _since_words(code: str) -> re.Pattern[str] | None:
    from warta.lang import load

    words = list(load(code).since_words)
    return word_pattern(words) if words else None


_LABEL_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’.-]*)\s+$")


def _label_number(text: str, s_start: int, n: NumberMention) -> bool:
    """"Zona 12", "National Highway 27", "Sector 4": digits right after a capitalised word
    inside a sentence, with no victims after them, are part of a name."""
    if not n.text[:1].isdigit():
        return False
    m = _LABEL_BEFORE.search(text, max(s_start, n.start - 40), n.start)
    return bool(m) and bool(text[s_start:m.start()].strip())


def reconcile(ctx: Context, claims: Sequence[CasualtyClaim]) -> list[CasualtyClaim]:
    """The article's claims with its own totals applied: a report total ("3 fatalities.",
    "Fatalities coded as 0") states the whole toll, so the figures of the killed told before
    it (and beside it) are its parts and give way to it."""
    if not ctx.totals and ctx.splits:
        claims = _shared_out(ctx, claims)
    if not ctx.totals:
        return list(claims)
    last = max(ctx.totals, key=lambda t: t.start)
    total_starts = {t.start for t in ctx.totals}
    out = []
    for c in claims:
        if c.kind == "killed" and not c.cumulative and c.evidence.start not in total_starts and (
                c.evidence.start < last.sentence_start or (
                    c.sentence is not None and c.sentence.start == last.sentence_start)):
            continue
        if c.kind == "killed" and c.evidence.start in total_starts and c.evidence.start != \
                last.start:
            continue
        out.append(c)
    return out


def _shared_out(ctx: Context, claims: Sequence[CasualtyClaim]) -> list[CasualtyClaim]:
    """"4 people were killed ... Fatalities split between 2 events": the report's share of the
    figures told before the split (its floor), as the report's own total."""
    k, start, end, sentence_start = ctx.splits[-1]
    lex = lexicon(ctx.language)
    parts = [c for c in claims if c.kind == "killed" and not c.cumulative
             and c.evidence.start < sentence_start and not _subset(lex, ctx.text, c)]
    if not parts:
        return list(claims)
    whole = sum(c.value for c in parts)
    share = whole // k
    ctx.totals.append(Total(whole, share, start, end, sentence_start))
    if share <= 0:
        return list(claims)
    text = ctx.text
    first = parts[0]
    claim = dataclasses.replace(first, value=share, qualifier="exact", low=None, high=None,
                                evidence=Evidence(ctx.article_id, start, end, text[start:end]))
    return [*claims, claim]


def event_tolls(ctx: Context, events: Sequence[Event], claims: Sequence[CasualtyClaim]
                ) -> list[Event]:
    """Each event's toll from the incident figures of the killed told in its clauses, or after
    them before the next event: the parts of one list add up ("two policemen and four
    civilians" = 6), a part of a figure already counted ("including four children") does not,
    and the report's own total, when it states one, is the toll of the event it follows (its
    share per event when it is split)."""
    if not events:
        return list(events)
    lex = lexicon(ctx.language)
    starts = [min(ev.start for ev in e.evidence) if e.evidence else 0 for e in events]
    attached: dict[int, list[CasualtyClaim]] = {}
    for c in claims:
        if c.kind != "killed" or c.cumulative:
            continue
        at = c.evidence.start
        home = next((i for i, e in enumerate(events)
                     if any(ev.start <= at < ev.end for ev in e.evidence)), None)
        if home is None:
            before = [i for i, st in enumerate(starts) if st <= at]
            home = max(before, key=lambda i: starts[i]) if before else min(
                range(len(events)), key=lambda i: starts[i])
        attached.setdefault(home, []).append(c)
    totals = {t.start: t for t in ctx.totals}
    last_total = max(ctx.totals, key=lambda t: t.start) if ctx.totals else None
    out = []
    for i, e in enumerate(events):
        mine = attached.get(i, [])
        toll: int | None = None
        total = next((totals[c.evidence.start] for c in mine if c.evidence.start in totals),
                     None)
        if total is not None:
            toll = total.share
        elif last_total is not None and not mine and last_total.value == 0 and \
                starts[i] < last_total.start:
            toll = None
        elif mine:
            parts = _parts(lex, ctx.text, [c for c in mine if not _subset(lex, ctx.text, c)])
            toll = sum(c.value for c in parts) if parts else min(c.value for c in mine)
        if toll is None and e.fatalities is not None and not mine:
            toll = None if ctx.totals else e.fatalities
        out.append(dataclasses.replace(e, fatalities=toll) if toll != e.fatalities else e)
    return out


def _parts(lex: Lexicon, text: str, claims: list[CasualtyClaim]) -> list[CasualtyClaim]:
    """The figures that add up: a later figure of the same victims and value in another
    sentence, with no word making it a further one ("also", "another"), tells the same toll
    again ("3 PKK militants were killed ... HPG confirmed 3 PKK fatalities")."""
    out: list[CasualtyClaim] = []
    for c in claims:
        sentence = c.sentence
        again = any(p.value == c.value and p.victim_side == c.victim_side
                    and p.sentence is not None and sentence is not None
                    and p.sentence.start != sentence.start for p in out)
        if again and sentence is not None and not (
                lex.addition is not None and lex.addition.search(text, sentence.start,
                                                                 sentence.end)):
            continue
        out.append(c)
    return out


def _subset(lex: Lexicon, text: str, c: CasualtyClaim) -> bool:
    """"killing 10 people, including four children": the figure is a part of one before it."""
    if lex.subset is None:
        return False
    start = c.sentence.start if c.sentence is not None else 0
    head = text[max(start, c.evidence.start - 30):c.evidence.end]
    return bool(re.search(rf"(?:{lex.subset.pattern})\s*(?:\w+\s+)?\w+\s*$", head, re.I)) or \
        bool(re.search(rf"(?:{lex.subset.pattern})\s*(?:\w+\s+)?$",
                       text[max(start, c.evidence.start - 30):c.evidence.start], re.I))


def _split_term(lex: Lexicon, text: str, s_start: int, s_end: int, n_start: int, pos: int
                ) -> tuple[str | None, re.Match[str] | None]:
    """A verb in two parts around the number: "had taken 23 RSF fighters prisoner"."""
    for kind, first, second in lex.split_terms:
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
    perfect = lex.perfect.search(text[max(s, lo - 30):lo]) or lex.perfect_after.search(
        text, lo, hi)
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
    if victims == "people" and third_party and (lex.people_lean_cumulative or perfect):
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
