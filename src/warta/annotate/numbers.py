"""Numbers in text: numerals and number words, with the qualifier in front of them.

:func:`find_numbers` returns :class:`~warta.model.NumberMention` records, sorted and
non-overlapping. The code knows no language: every word comes from ``lang/<code>/numbers.py``
(and month names from ``lang/<code>/calendar.py``); a language without a pack gets digit numerals
only. Steps, in order:

1. two patterns find number cores: digit tokens ("1.166", "10-15", "23/10/2020"), and words:
   vague quantities ("puluhan ribu", "dozens"), runs of number words ("dua ratus lima puluh",
   "a dozen") and ordinal words ("kelima");
2. each core is read into a value, or dropped when it is part of a date, a clock time or a code
   ("F-16", "COVID-19", "A4");
3. the words right around it make it a percent, money, a measure or an ordinal;
4. two numbers joined by a range word become one range ("10 hingga 15", "between 10 and 15");
5. a bare four-digit number in a year's context becomes a year, and the words before a count
   give its qualifier ("sedikitnya", "more than").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from types import ModuleType, SimpleNamespace
from typing import Any

from warta.lang import available, data
from warta.model import NumberKind, NumberMention, Qualifier

__all__ = ["find_numbers"]

_SP = r"[^\S\n]"  # a blank that is not a line break: a number never runs across lines
_SEP = rf"(?:{_SP}*-{_SP}*|{_SP}+)"  # between the words of one number: "dua puluh", "twenty-three"
_CURRENCY_SIGNS = "$€£¥"  # "$5", "US$ 5", "€5": signs, not words, so read for every language
# Digits with the separators that may join them; what they make is decided in _read_digits.
_DIGITS = re.compile(r"[0-9]+(?:[.,:/\-–—][0-9]+)*")
_GROUPING = re.compile(r"[.,]")
_DASH = re.compile("[-–—]")
_WORD = re.compile(r"[^\W\d_]+")
_HYPHEN_WORD = re.compile(rf"{_SP}*-{_SP}*([^\W\d_]+)")
_LETTERS_HYPHEN_BEFORE = re.compile(r"([^\W\d_]+)-\Z")
_NEXT_CHAR = re.compile(rf"{_SP}*(\S?)")
_MAX_DIGITS = 18  # longer digit runs are identifiers, and int() has a length limit
_YEARS = range(1900, 2101)
_COUNTS = frozenset({"cardinal", "vague", "percent", "money", "measure", "decimal"})


def find_numbers(text: str, language: str) -> list[NumberMention]:
    """Numbers in ``text`` written in ``language`` (a pack code such as ``"id"`` or ``"en"``).

    Mentions are sorted by start and never overlap. ``start``/``end`` cover the whole expression
    (qualifier, currency, unit or ordinal suffix included); ``number_start``/``number_end`` the
    number alone ("5 juta" in "Rp 5 juta", "10 and 15" in "between 10 and 15").
    """
    rules = _rules(_primary(language))
    nums: list[_Num] = []
    for m in _DIGITS.finditer(text):
        num = _read_digits(text, m.start(), m.end(), rules)
        if num is not None:
            nums.append(num)
    if rules.words is not None:
        # The pattern starts with the non-word character before a word, so that the regex
        # engine can skip ahead in C; one blank in front gives the first word one.
        read_to = 0
        for m in rules.words.finditer(" " + text):
            s, e = m.start(1) - 1, m.end(1) - 1
            if s < read_to:
                continue  # inside a run of number words already read
            word = _key(text[s:e])
            if word in rules.vague:
                nums.append(_Num(s, e, rules.vague[word], kind="vague", qualifier="at_least"))
            elif word in rules.ordinals:
                nums.append(_Num(s, e, rules.ordinals[word], kind="ordinal"))
            else:
                run = rules.run.match(text, e)
                read_to = run.end() if run else e
                nums.extend(_read_words(text, s, read_to, rules))
        nums.sort(key=lambda n: n.ns)
    kept = [n for n in nums if _context(text, n, rules)]
    return _finish(text, _join_ranges(text, kept, rules), rules)


# --- rules, compiled once per language ---------------------------------------------------------


@dataclass(slots=True)
class _Num:
    """A number being read: spans, value and what is known of it so far."""

    ns: int
    ne: int
    value: int | Decimal
    kind: str = "cardinal"
    qualifier: str = "exact"
    low: int | Decimal | None = None
    high: int | Decimal | None = None
    start: int = -1
    end: int = -1
    digits: str = ""  # the numeral as written, when written in digits with no multiplier
    before_kind: bool = False  # kind set by a word before it (currency)
    after_kind: bool = False  # kind set by a word after it (percent, unit, currency)
    year: bool = False  # the words touching it say year ("mid-2020", "1990-an", "Oktober 2020")

    def __post_init__(self) -> None:
        if self.start < 0:
            self.start = self.ns
        if self.end < 0:
            self.end = self.ne


@dataclass(frozen=True, slots=True)
class _Before:
    """A pattern for the words right before a position: it ends there, and looks no further
    back than its longest phrase needs."""

    pattern: re.Pattern[str]
    reach: int

    def search(self, text: str, pos: int) -> re.Match[str] | None:
        return self.pattern.search(text, max(0, pos - self.reach), pos)


@dataclass(frozen=True, slots=True)
class _Rules:
    """One language's numbers data, as lookup tables and patterns compiled once."""

    words: re.Pattern[str] | None  # the first word of a number
    run: re.Pattern[str]  # the words after it that belong to the same number
    number_words: dict[str, int]
    scales: dict[str, int]
    add_suffixes: dict[str, int]
    connectors: frozenset[str]
    bare_one: frozenset[str]  # words for one that are no number alone ("a", "an")
    vague: dict[str, int]
    ordinals: dict[str, int]
    qualifiers: dict[str, str]
    ordinal_prefixes: frozenset[str]
    ordinal_suffixes: frozenset[str]
    decade_suffixes: frozenset[str]
    glued_units: frozenset[str]
    year_words: frozenset[str]
    range_between: dict[str, str]
    decimal_separator: str
    # Matched at a number's end.
    scale_after: re.Pattern[str] | None
    after: re.Pattern[str]  # groups: time, percent, money, measure
    month_after: re.Pattern[str] | None  # "27 September"; "23 dan 24 Oktober"
    # Searched just before a number.
    qualifier_before: _Before | None
    money_before: _Before
    time_before: _Before | None
    year_before: _Before | None
    month_before: _Before | None
    date_before: _Before | None  # "27 September 2020"; "October 23 and 24"
    between_before: _Before | None
    not_range_before: _Before | None
    # Matched against the text between two numbers.
    range_symbol: re.Pattern[str]
    range_word: re.Pattern[str] | None


def _primary(language: str) -> str:
    """"id", "ID", "id-ID" and "en_US" name the packs "id" and "en"."""
    return re.split(r"[-_]", (language or "").strip().lower(), maxsplit=1)[0]


def _key(phrase: str) -> str:
    return " ".join(phrase.casefold().split())


def _keys(phrases: Any) -> list[str]:
    return sorted({_key(str(p)) for p in phrases if str(p).strip()})


def _trie(phrases: Any, fold: bool = True) -> str | None:
    """Phrases as one regex, factored into a trie so that a failing position fails fast; a blank
    in a phrase matches any run of blanks. ``fold=False`` keeps the phrases' case."""
    root: dict[str, dict] = {}
    for phrase in _keys(phrases) if fold else sorted(set(phrases)):
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(root) if root else None


def _trie_regex(node: dict[str, dict]) -> str:
    alts = [(f"{_SP}+" if ch == " " else re.escape(ch)) + _trie_regex(child)
            for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


def _reach(phrases: Any, extra: int = 8) -> int:
    return max((len(p) for p in _keys(phrases)), default=0) + extra


def _symbols(words: Any) -> tuple[list[str], list[str]]:
    """Entries that start with a letter (words) and the others ("%", "-")."""
    words = [str(w) for w in words]
    return [w for w in words if w[:1].isalpha()], [w for w in words if not w[:1].isalpha()]


def _after(words: Any, glue: bool = False) -> str | None:
    """Words right after a number: symbols ("%") may touch it, words need a blank (or, with
    ``glue``, a hyphen: "5-km")."""
    names, symbols = _symbols(words)
    alts = []
    if symbols:
        alts.append(rf"{_SP}*{_trie(symbols)}")
    if names:
        alts.append(rf"{_SEP if glue else _SP + '+'}{_trie(names)}(?![\w])")
    return "(?:" + "|".join(alts) + ")" if alts else None


def _before(words: Any) -> _Before | None:
    """Words right before a number."""
    alt = _trie(words)
    if alt is None:
        return None
    return _Before(re.compile(rf"(?<![\w]){alt}{_SP}+\Z", re.IGNORECASE), _reach(words))


def _pack(code: str) -> tuple[ModuleType | SimpleNamespace, dict[str, int]]:
    if code not in available():
        return SimpleNamespace(), {}
    return data(code, "numbers"), dict(data(code, "calendar").MONTHS)


@cache
def _rules(code: str) -> _Rules:
    pack, months = _pack(code)

    def get(name: str, default: Any) -> Any:
        return getattr(pack, name, default)

    def keyed(name: str) -> dict[str, Any]:
        return {_key(k): v for k, v in get(name, {}).items()}

    number_words, scales = keyed("NUMBER_WORDS"), keyed("SCALES")
    add_suffixes, vague, ordinals = keyed("ADD_SUFFIXES"), keyed("VAGUE"), keyed("ORDINAL_WORDS")
    bare_one = frozenset(_keys(get("ONE_WORDS", []))) - number_words.keys()
    scale_alt, ordinal_alt = _trie(scales), _trie(ordinals)
    range_names, range_symbols = _symbols(get("RANGE_CONNECTORS", []))
    between = keyed("RANGE_BETWEEN")
    measures = [str(w) for w in get("MEASURE_UNITS", [])]

    # The first word of a number: a vague quantity, an ordinal word, a number word, or a word
    # for "one" right before a multiplier ("a dozen"). After a number word, the run of words
    # that continue it: multipliers, connectors ("and"), more number words, and an ordinal
    # ("twenty-first"). Checking the first letter before the words saves a third of the scan.
    alternatives = [alt for alt in [_trie([*vague, *ordinals, *number_words])] if alt]
    if scale_alt and bare_one:
        alternatives.append(rf"{_trie(bare_one)}(?={_SEP}{scale_alt}(?![\w]))")
    words = None
    if alternatives:
        initials = {k[0] for k in [*vague, *number_words, *ordinals, *bare_one]}
        letter = "[" + "".join(map(re.escape, sorted(initials))) + "]"
        words = re.compile(rf"[^\w](?={letter})({'|'.join(alternatives)})(?![\w])",
                           re.IGNORECASE)
    following = _trie([*number_words, *scales, *add_suffixes])
    connector = _trie(get("CONNECTORS", []))
    glue = rf"(?:{_SP}+{connector}{_SP}+|{_SEP})" if connector else _SEP
    run = rf"(?:{glue}{following}(?![\w]))*" if following else ""
    run += rf"(?:{_SEP}{ordinal_alt}(?![\w]))?" if ordinal_alt else ""

    # Month names are capitalised in both languages; requiring it keeps "may" a verb.
    month_alt = None
    if months:
        forms = {f for m in months for f in (m.capitalize(), m.upper())}
        month_alt = _trie(forms, fold=False)
    month_reach = _reach(months, extra=12)
    # Two days of one month: "23 dan 24 Oktober", "23-24 Oktober", "October 23 and 24".
    pair_names, pair_symbols = _symbols([*get("RANGE_CONNECTORS", []),
                                         *get("RANGE_BETWEEN", {}).values(),
                                         *get("CONNECTORS", [])])
    pair = "|".join([rf"{_SP}*{alt}{_SP}*" for alt in [_trie(pair_symbols)] if alt] +
                    [rf"{_SP}+{alt}{_SP}+" for alt in [_trie(pair_names)] if alt]) or "(?!)"

    money_words = _trie(get("CURRENCY_BEFORE", []))
    signs = f"[{re.escape(_CURRENCY_SIGNS)}]"
    money_alt = rf"(?:(?<![\w]){money_words}|{signs})" if money_words else signs
    return _Rules(
        words=words,
        run=re.compile(run, re.IGNORECASE),
        number_words=number_words,
        scales=scales,
        add_suffixes=add_suffixes,
        connectors=frozenset(_keys(get("CONNECTORS", []))),
        bare_one=bare_one,
        vague=vague,
        ordinals=ordinals,
        qualifiers=keyed("QUALIFIERS"),
        ordinal_prefixes=frozenset(_keys(get("ORDINAL_PREFIXES", []))),
        ordinal_suffixes=frozenset(_keys(get("ORDINAL_SUFFIXES", []))),
        decade_suffixes=frozenset(_keys(get("DECADE_SUFFIXES", []))),
        glued_units=frozenset(k for k in _keys(measures) if " " not in k),
        year_words=frozenset(_keys(get("YEAR_BEFORE", []))),
        range_between=between,
        decimal_separator=get("DECIMAL_SEPARATOR", ""),
        scale_after=re.compile(rf"{_SEP}({scale_alt})(?![\w])", re.IGNORECASE)
        if scale_alt else None,
        after=re.compile("|".join(
            f"(?P<{kind}>{alt})" for kind, alt in (
                ("time", _after(get("TIME_AFTER", []))),
                ("percent", _after(["%", *get("PERCENT_WORDS", [])])),
                ("money", _after(get("CURRENCY_AFTER", []))),
                ("measure", _after(measures, glue=True))) if alt) or "(?!)", re.IGNORECASE),
        month_after=re.compile(
            rf"(?:(?:{pair})[0-9]{{1,2}})?{_SP}+{month_alt}(?![\w])") if month_alt else None,
        qualifier_before=_before(keyed("QUALIFIERS")),
        money_before=_Before(re.compile(rf"{money_alt}{_SP}*\Z", re.IGNORECASE),
                             _reach(get("CURRENCY_BEFORE", ["usd"]))),
        time_before=_before(get("TIME_BEFORE", [])),
        year_before=_before(get("YEAR_BEFORE", [])),
        month_before=_Before(re.compile(rf"(?<![\w]){month_alt}\.?{_SP}+\Z"), month_reach)
        if month_alt else None,
        date_before=_Before(re.compile(
            rf"(?:(?<![0-9])[0-9]{{1,2}}{_SP}+{month_alt}|(?<![\w]){month_alt}\.?{_SP}+"
            rf"[0-9]{{1,2}})(?:,?{_SP}+|{pair})\Z"), month_reach + 16) if month_alt else None,
        between_before=_Before(re.compile(rf"(?<![\w])(?P<w>{_trie(between)}){_SP}+\Z",
                                          re.IGNORECASE), _reach(between)) if between else None,
        not_range_before=_before(get("NOT_RANGE_AFTER", [])),
        range_symbol=re.compile(rf"{_SP}*(?:{_trie(range_symbols) or '-'}){_SP}*"),
        range_word=re.compile(rf"{_SP}+{_trie(range_names)}{_SP}+", re.IGNORECASE)
        if range_names else None,
    )


# --- reading cores -----------------------------------------------------------------------------


def _numeral(tok: str, decimal_separator: str) -> tuple[int | Decimal, bool] | None:
    """The value of a numeral with separators, and whether it has a decimal part.

    A separator followed by exactly three digits groups thousands ("1.166", "1,166"); a last
    separator followed by other than three digits is a decimal point ("1,5", "1.5"). Anything
    else ("23.10.2020", "1.2.3") is no numeral.
    """
    if tok.isdigit():
        return (int(tok), False) if len(tok) <= _MAX_DIGITS else None
    groups = _GROUPING.split(tok)
    if len(tok) > _MAX_DIGITS + 6 or max(len(g) for g in groups) > _MAX_DIGITS:
        return None
    seps = [c for c in tok if c in ".,"]
    head, *rest = groups
    if len(head) <= 3 and all(len(g) == 3 for g in rest) and len(set(seps)) == 1:
        return int("".join(groups)), False
    *grouping, last = rest
    if any(len(g) != 3 for g in grouping) or (grouping and len(head) > 3):
        return None
    if len(set(seps[:-1])) > 1 or seps[-1] in seps[:-1]:
        return None
    whole = head + "".join(grouping)
    if len(seps) == 1 and seps[0] != decimal_separator and decimal_separator and \
            len(last) == 2 and len(head) <= 2 and int(head) <= 24 and int(last) < 60:
        return None  # "13.00" where the point is no decimal point: a clock time
    return Decimal(f"{whole}.{last}"), True


_SPACED_SLASH_AFTER = re.compile(rf"{_SP}*/{_SP}*[0-9]")
_SPACED_SLASH_BEFORE = re.compile(rf"[0-9]{_SP}*/{_SP}*\Z")
_SPACED_DASH_AFTER = re.compile(rf"{_SP}+[-–—]{_SP}+([0-9]+)(?![0-9.,])")
_SPACED_DASH_BEFORE = re.compile(rf"(?<![0-9.,])([0-9]+){_SP}+[-–—]{_SP}+\Z")
_SPACED_PREFIX = re.compile(rf"(?<![\w])([^\W\d_]+){_SP}+-{_SP}+\Z")


def _read_digits(text: str, s: int, e: int, rules: _Rules) -> _Num | None:
    tok = text[s:e]
    if "/" in tok or ":" in tok:
        return None  # dates (23/10/2020, 1/11) and clock times (19:42)
    if _SPACED_SLASH_AFTER.match(text, e) or _SPACED_SLASH_BEFORE.search(text, max(0, s - 8), s):
        return None  # the same written with blanks, as tokenised text has it: "(21 / 12)"
    if tok.isdigit():
        # "17 - 16", "2 - 1": a score, not a range (a range rises)
        nxt = _SPACED_DASH_AFTER.match(text, e)
        prv = _SPACED_DASH_BEFORE.search(text, max(0, s - 12), s)
        if (nxt and int(nxt.group(1)) <= int(tok)) or (prv and int(prv.group(1)) >= int(tok)):
            return None
    pieces = _DASH.split(tok) if not tok.isdigit() else [tok]
    if len(pieces) > 2:
        return None  # 2024-03-12, phone numbers, codes
    read = [_numeral(p, rules.decimal_separator) for p in pieces]
    if any(r is None for r in read):
        return None
    if len(read) == 2:
        (low, _), (high, _) = read  # type: ignore[misc]
        if low >= high:
            return None  # scores and codes ("2-1"), not ranges
        num = _Num(s, e, low, qualifier="range", low=low, high=high, digits=tok)
    else:
        value, is_decimal = read[0]  # type: ignore[misc]
        num = _Num(s, e, value, kind="decimal" if is_decimal else "cardinal", digits=tok)
    return num if _glue(text, num, rules) else None


def _glue(text: str, num: _Num, rules: _Rules) -> bool:
    """Look at letters touching a numeral; False when they make it a code ("F-16", "3D")."""
    s, e = num.ns, num.ne
    spaced = _SPACED_PREFIX.search(text, max(0, s - 30), s) if s > 2 and text[s - 1] == " " \
        else None
    if spaced:
        # "ke - 63", "U - 23": an ordinal or a code written with blanks round the hyphen
        prefix = _key(spaced.group(1))
        if prefix in rules.ordinal_prefixes and num.low is None:
            num.start, num.kind = spaced.start(), "ordinal"
            return True
        if spaced.group(1).isupper() and len(spaced.group(1)) <= 3:
            return False
    if s and text[s - 1].isalpha():
        money = rules.money_before.search(text, s)
        if not money:
            return False  # "A4", "G20", "MH17"
        num.start, num.kind, num.before_kind = _money_start(text, money), "money", True
    elif s > 1 and text[s - 1] == "-" and text[s - 2].isalpha():
        word = _LETTERS_HYPHEN_BEFORE.search(text, max(0, s - 30), s)
        prefix = _key(word.group(1)) if word else ""
        if prefix in rules.ordinal_prefixes and num.low is None:
            num.start, num.kind = word.start(), "ordinal"  # type: ignore[union-attr]
        elif prefix in rules.year_words:
            num.year = True  # "mid-2020", "pasca-2020"
        else:
            return False  # "F-16", "SU-25", "COVID-19"
    if e < len(text) and text[e].isalpha():
        letters = _WORD.match(text, e)
        suffix = _key(letters.group()) if letters else ""
        end = letters.end() if letters else e
        if suffix in rules.ordinal_suffixes and num.low is None:
            num.kind, num.end = "ordinal", end  # "5th", "21st"
        elif suffix in rules.glued_units:
            num.kind, num.end, num.after_kind = "measure", end, True  # "5km"
        elif suffix in rules.decade_suffixes and num.low is None:
            num.end, num.year = end, True  # "1990s"
        else:
            return False  # "3D", "4x4", "10am" (a clock time)
    elif e < len(text) and text[e] == "-":
        word = _HYPHEN_WORD.match(text, e)
        if word and _key(word.group(1)) in rules.decade_suffixes:
            num.end, num.year = word.end(), True  # "1990-an"
    return True


def _read_words(text: str, s: int, e: int, rules: _Rules) -> list[_Num]:
    """Number words into numbers: "dua ratus lima puluh" = 250, "two dozen" = 24.

    Each word either extends the number being read or, when it cannot ("satu dua"), ends it and
    starts the next one.
    """
    out: list[_Num] = []
    parts: list[int] = []
    ns = ne = s
    joined = False  # a connector ("and") came since the last word

    def close() -> None:
        if parts:
            out.append(_Num(ns, ne, sum(parts)))
            parts.clear()

    for m in _WORD.finditer(text, s, e):
        word = _key(m.group())
        if word in rules.connectors and parts:
            joined = True
            continue
        if word in rules.scales and parts and not joined:
            scale, taken = rules.scales[word], 0
            while parts and taken + parts[-1] < scale:
                taken += parts.pop()
            if taken and (not parts or _fits(parts[-1], taken * scale)):
                parts.append(taken * scale)
                ne = m.end()
            else:
                if taken:
                    parts.append(taken)
                close()
        elif word in rules.add_suffixes and parts and 0 < parts[-1] < 10 and not joined:
            parts[-1] += rules.add_suffixes[word]
            ne = m.end()
        elif word in rules.ordinals:
            value = rules.ordinals[word]
            if parts and _fits(parts[-1], value):
                out.append(_Num(ns, m.end(), sum(parts) + value, kind="ordinal"))
                parts.clear()
            else:
                close()
                out.append(_Num(m.start(), m.end(), value, kind="ordinal"))
        else:
            value = rules.number_words.get(word)
            if value is None and word in rules.bare_one:
                value = 1  # "a" before a multiplier: the pattern checked that one follows
            if value is None:
                close()
            elif parts and _fits(parts[-1], value):
                parts.append(value)
                ne = m.end()
            else:
                close()
                parts.append(value)
                ns, ne = m.start(), m.end()
        joined = False
    close()
    # "satu-satunya" (the only one) and a bare "a" are no numbers.
    return [n for n in out
            if not _reduplicated(text, n) and _key(text[n.ns:n.ne]) not in rules.bare_one]


def _fits(last: int, value: int) -> bool:
    """Whether ``value`` can follow ``last`` in one number: 20 then 3, 200 then 50, 1000 then 11."""
    if last <= 0 or value <= 0:
        return False
    place = 1
    while last % (place * 10) == 0:
        place *= 10
    return value < place


def _reduplicated(text: str, num: _Num) -> bool:
    word = text[num.ns:num.ne]
    return text.startswith("-", num.ne) and text[num.ne + 1:num.ne + 1 + len(word)].casefold() \
        == word.casefold()


# --- context -----------------------------------------------------------------------------------


def _context(text: str, num: _Num, rules: _Rules) -> bool:
    """Read the words around a number into its kind; False when it is no number to report."""
    if num.kind in ("ordinal", "vague"):
        return True
    if rules.time_before and rules.time_before.search(text, num.start):
        return False  # "pukul 13.00", "jam 10"
    after = rules.after.match(text, num.end)
    if after and after.lastgroup == "time":
        return False  # "13.00 WIB", "7 pm"
    if num.digits and not num.after_kind and not after:
        scale = rules.scale_after.match(text, num.end) if rules.scale_after else None
        if scale:  # "1,5 juta", "3 ribu", "5 million"
            factor = rules.scales.get(_key(scale.group(1)), 1)
            num.value *= factor
            if num.low is not None and num.high is not None:
                num.low, num.high = num.low * factor, num.high * factor
            num.ne = num.end = scale.end()
            num.digits = ""
            if num.kind == "decimal":
                num.kind = "cardinal"
            after = rules.after.match(text, num.end)  # "5 million dollars"
        elif _date_part(text, num, rules):
            return False
    if after and after.lastgroup != "time" and not num.after_kind:
        num.kind, num.end, num.after_kind = after.lastgroup or num.kind, after.end(), True
    if not num.before_kind:
        money = rules.money_before.search(text, num.start)
        if money:
            num.kind, num.start, num.before_kind = "money", _money_start(text, money), True
    return True


def _money_start(text: str, money: re.Match[str]) -> int:
    """Where a currency before a number starts: a sign takes up to three letters before it
    ("US$", "S$")."""
    start = money.start()
    if text[start] in _CURRENCY_SIGNS:
        while start > max(0, money.start() - 3) and text[start - 1].isascii() and \
                text[start - 1].isalpha():
            start -= 1
    return start


def _date_part(text: str, num: _Num, rules: _Rules) -> bool:
    """Whether bare digits are the day(s) or year of a written date ("27 September 2020",
    "23-24 Oktober", "October 23 and 24"); a year after a month alone is marked a year."""
    tokens = _DASH.split(num.digits) if num.low is not None else [num.digits]
    if not all(t.isdigit() and len(t) <= 4 for t in tokens):
        return False
    day = all(len(t) <= 2 and 1 <= int(t) <= 31 for t in tokens)
    year = len(tokens) == 1 and len(tokens[0]) == 4 and int(tokens[0]) in _YEARS
    if not (day or year) or rules.month_after is None:
        return False
    if day and rules.month_after.match(text, num.ne):
        return True  # "27 September", "23 dan 24 Oktober"
    if rules.date_before and rules.date_before.search(text, num.ns):
        return True  # "27 September 2020", "October 23 and 24"
    if rules.month_before and rules.month_before.search(text, num.ns):
        if day:
            return True  # "October 12"
        num.year = True  # "Oktober 2020"
    return False


def _join_ranges(text: str, nums: list[_Num], rules: _Rules) -> list[_Num]:
    """Join "10 hingga 15", "10 - 15", "between 10 and 15" into one range each."""
    out: list[_Num] = []
    i = 0
    while i < len(nums):
        a = nums[i]
        b = nums[i + 1] if i + 1 < len(nums) else None
        joined = _range(text, a, b, rules) if b is not None else None
        if joined is not None:
            out.append(joined)
            i += 2
        else:
            out.append(a)
            i += 1
    return out


def _range(text: str, a: _Num, b: _Num, rules: _Rules) -> _Num | None:
    if a.low is not None or b.low is not None or a.after_kind or b.before_kind or \
            b.start - a.end > 30:
        return None
    if a.kind not in ("cardinal", "decimal", "money") or b.kind not in _COUNTS - {"vague"}:
        return None
    if a.value >= b.value or a.end > b.start:
        return None
    between = text[a.end:b.start]
    start = a.start
    if rules.range_symbol.fullmatch(between):
        pass
    elif rules.range_word and rules.range_word.fullmatch(between):
        if rules.not_range_before and rules.not_range_before.search(text, a.start):
            return None  # "rose from 927 to 963" is a change
    else:
        found = rules.between_before.search(text, a.start) if rules.between_before else None
        partner = rules.range_between.get(_key(found.group("w"))) if found else None
        if not partner or _key(between) != partner:
            return None
        start = found.start()  # type: ignore[union-attr]
    kind = b.kind if b.kind != "cardinal" else a.kind
    both_digits = bool(a.digits) and bool(b.digits)
    return _Num(a.ns, b.ne, a.value, kind=kind, qualifier="range", low=a.value, high=b.value,
                start=start, end=b.end, digits=f"{a.digits}-{b.digits}" if both_digits else "",
                before_kind=a.before_kind, after_kind=b.after_kind, year=a.year or b.year)


# --- finishing ---------------------------------------------------------------------------------


def _finish(text: str, nums: list[_Num], rules: _Rules) -> list[NumberMention]:
    out: list[NumberMention] = []
    last_end = 0
    for num in nums:
        if _is_year(text, num, rules):
            num.kind = "year"
        if num.kind in _COUNTS and num.low is None and rules.qualifier_before:
            found = rules.qualifier_before.search(text, num.start)
            word = rules.qualifiers.get(_key(found.group().strip())) if found else None
            if found and word:
                num.start = found.start()
                if num.kind != "vague" or word in ("more_than", "up_to"):
                    num.qualifier = word
        if num.start < last_end:
            if num.ns < last_end:
                continue
            num.start = num.ns  # the words before it belong to the number before it
            if num.low is None:
                num.qualifier = "at_least" if num.kind == "vague" else "exact"
        kind: NumberKind = num.kind  # type: ignore[assignment]
        qualifier: Qualifier = num.qualifier  # type: ignore[assignment]
        out.append(NumberMention(
            start=num.start, end=num.end, text=text[num.start:num.end], value=_int(num.value),
            qualifier=qualifier, kind=kind, number_start=num.ns, number_end=num.ne,
            low=None if num.low is None else _int(num.low),
            high=None if num.high is None else _int(num.high)))
        last_end = num.end
    return out


def _is_year(text: str, num: _Num, rules: _Rules) -> bool:
    """A bare four-digit number from 1900 to 2100 in a year's context: after a year word ("tahun
    1994", "in 1994"), a month ("Oktober 2020"), or standing alone before punctuation."""
    if num.kind != "cardinal" or not num.digits:
        return False
    if num.low is None:
        if len(num.digits) != 4 or not num.digits.isdigit() or num.value not in _YEARS:
            return False
    elif not all(len(t) == 4 and t.isdigit() and int(t) in _YEARS
                 for t in _DASH.split(num.digits)):
        return False
    if num.year:
        return True
    if rules.year_before and rules.year_before.search(text, num.start):
        return True
    if rules.qualifier_before and rules.qualifier_before.search(text, num.start):
        return False  # "mencapai 2000." is a count
    after = _NEXT_CHAR.match(text, num.end)
    following = after.group(1) if after else ""
    return not following or not following.isalnum()


def _int(value: int | Decimal) -> int:
    if isinstance(value, Decimal):
        return int(value.to_integral_value(rounding=ROUND_HALF_UP))
    return value
