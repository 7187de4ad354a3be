"""Time expressions in running text, resolved against a reference date (the publication date).

"Jumat (23/10/2020)", "Sabtu (24/10)", "Sabtu pagi", "pada hari Minggu", "semalam", "kemarin",
"27 September", "23 dan 24 Oktober", "1/11", "on Thursday", "last week". A bare weekday is the
latest such day on or before the reference date; "Minggu lalu" / "last Sunday" the one before
when the reference is itself a Sunday. "Minggu" the day is capitalised; "minggu" is a week.
Without a reference date, relative expressions stay unresolved (``value`` None). Weekdays with
modifiers are exactly what dateparser misses, so these patterns are built from each pack's
calendar and time words instead.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from warta.lang import data, load
from warta.patterns import WordScan, alternation

Precision = str  # "day" | "week" | "month"


@dataclass(frozen=True, slots=True)
class TimeMention:
    start: int
    end: int
    text: str
    value: dt.date | None
    precision: Precision
    kind: str  # "absolute", "partial" (no year), "weekday", "relative", "week"
    since: bool = False  # "sejak Minggu", "since Sunday": the start of a period


@dataclass(frozen=True)
class _Patterns:
    full_numeric: re.Pattern[str]
    short_numeric: re.Pattern[str]
    day_month: re.Pattern[str]
    month_day: re.Pattern[str]
    weekday: re.Pattern[str]  # from the weekday's word on ("Sabtu pagi", "Sunday last")
    weekday_lead: re.Pattern[str]  # the word before it ("pada hari", "on"), ending the text
    lead_chars: int  # the longest such word
    dated_after: re.Pattern[str]
    relative: re.Pattern[str]
    weeks: re.Pattern[str]
    since: re.Pattern[str]
    since_lead: re.Pattern[str]
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    relative_weeks: dict[str, int]
    capitalised_only: frozenset[str]
    past: frozenset[str]
    ago: re.Pattern[str] | None  # "two days ago", "tiga hari lalu"
    ago_units: dict[str, int]
    count_words: dict[str, int]
    name_after: re.Pattern[str] | None  # "July 7 neighbourhood": a name, not a date
    name_before: re.Pattern[str] | None  # "Jalan 17 Agustus"
    # the words each pattern cannot match without, found in one pass: a pattern whose words
    # the text lacks is not run (most articles have no "last week", no "two days ago")
    needed: WordScan


@cache
def patterns(code: str) -> _Patterns:
    pack = load(code)
    time = data(code, "time")
    months = pack.months
    weekdays = pack.weekdays
    mn, wd = alternation(months), alternation(weekdays)
    parts = alternation(time.DAY_PARTS)
    leads = alternation(time.WEEKDAY_LEADS)
    past = alternation(time.WEEKDAY_PAST)
    joiners = alternation(time.DATE_RANGE_JOINERS)
    # "October 23rd": the ordinal endings of the pack's numbers
    ordinal = alternation(data(code, "numbers").ORDINAL_SUFFIXES) or "(?!)"
    # "the 9th of May"
    day_of = rf"(?:(?:{alternation(time.DAY_OF_MONTH)})\s+)?" if time.DAY_OF_MONTH else ""
    numbers = data(code, "numbers")
    count_words = {w.lower(): v for w, v in numbers.NUMBER_WORDS.items() if 0 < v <= 31}
    count_words.update({w.lower(): 1 for w in numbers.ONE_WORDS})
    ago_units = {k.lower(): v for k, v in time.AGO_UNITS.items()}
    ones = {k.lower(): v for k, v in time.ONE_UNIT_WORDS.items()}
    ago = None
    if ago_units and time.AGO_WORDS:
        counted = (rf"(?P<n>\d{{1,2}}|{alternation(count_words)})\s+"
                   rf"(?P<unit>{alternation(ago_units)})")
        glued = rf"(?P<one>{alternation(ones) if ones else '(?!)'})"
        ago = re.compile(rf"(?<![\w-])(?:{counted}|{glued})\s+(?:{alternation(time.AGO_WORDS)})"
                         rf"(?![\w-])", re.I)
    ago_units.update(ones)
    needed = WordScan({"month": months, "weekday": weekdays, "relative": time.RELATIVE_DAYS,
                       "weeks": time.RELATIVE_WEEKS, "ago": time.AGO_WORDS if ago else ()},
                      left=r"(?<!\w)", right="")
    return _Patterns(
        needed=needed,
        ago=ago, ago_units=ago_units, count_words=count_words,
        full_numeric=re.compile(r"(\d(?<![\d/]\d)\d?)\s*/\s*(\d{1,2})\s*/\s*(\d{4})(?![\d/])"),
        short_numeric=re.compile(r"(\d(?<![\d/.,]\d)\d?)/(\d{1,2})(?![\d/])"),
        day_month=re.compile(
            rf"(\d(?<!\d\d)\d?)(?:{ordinal})?(?:\s*(?:{joiners})\s*(\d{{1,2}})(?:{ordinal})?)?"
            rf"\s+{day_of}({mn})\.?"
            rf"(?:,?\s+(\d{{4}}))?(?![\w])", re.I),
        month_day=re.compile(rf"(?<![\w])({mn})\.?\s+(\d{{1,2}})(?:{ordinal})?"
                             rf"(?:,?\s+(\d{{4}}))?(?![\w\d])", re.I),
        # found from the weekday's word (the one scan of ``needed``), the lead looked for
        # before it: an optional group opening a pattern makes the engine try it everywhere
        weekday=re.compile(rf"(?P<wd>{wd})(?![\w])"
                           rf"(?:\s+(?P<part>{parts}))?(?:\s+(?P<past>{past})(?![\w]))?", re.I),
        weekday_lead=re.compile(rf"(?<![\w])(?:{past}|{leads})$", re.I),
        lead_chars=max(map(len, [*time.WEEKDAY_PAST, *time.WEEKDAY_LEADS]), default=0),
        dated_after=re.compile(rf",?\s*(?:\d{{1,2}}\s+(?:{mn})|(?:{mn})\.?\s+\d)", re.I),
        relative=re.compile(rf"(?<![\w])({alternation(time.RELATIVE_DAYS)})(?![\w])", re.I),
        weeks=re.compile(rf"(?<![\w])({alternation(time.RELATIVE_WEEKS)})(?![\w])", re.I),
        since=re.compile(rf"(?:{alternation(pack.since_words)})\s+"
                         rf"(?:(?:{alternation(pack.date_leads)})\s+)?$", re.I),
        since_lead=re.compile(rf"(?:{alternation(pack.since_words)})\s", re.I),
        months=months,
        weekdays=weekdays,
        relative_days={k.lower(): v for k, v in time.RELATIVE_DAYS.items()},
        relative_weeks={k.lower(): v for k, v in time.RELATIVE_WEEKS.items()},
        capitalised_only=frozenset(w.lower() for w in time.CAPITALISED_ONLY),
        past=frozenset(w.lower() for w in time.WEEKDAY_PAST),
        name_after=re.compile(rf"\s+(?:{alternation(time.DATE_NAME_AFTER)})(?![\w-])", re.I)
        if time.DATE_NAME_AFTER else None,
        name_before=re.compile(rf"(?<![\w-])(?:{alternation(time.DATE_NAME_BEFORE)})\s+$", re.I)
        if time.DATE_NAME_BEFORE else None,
    )


# Reports look back: a day and month without a year are placed on or before the reference date,
# or at most this many days after it (a date announced for the coming days).
AHEAD_DAYS = 7


def recent_year(month: int, day: int, reference: dt.date) -> dt.date | None:
    for year in (reference.year, reference.year - 1, reference.year + 1):
        value = _date(year, month, day)
        if value and value <= reference + dt.timedelta(days=AHEAD_DAYS):
            return value
    return None


def latest_weekday(weekday: int, reference: dt.date) -> dt.date:
    """The latest ``weekday`` (Monday 0) on or before ``reference``."""
    return reference - dt.timedelta(days=(reference.weekday() - weekday) % 7)


def find_times(text: str, language: str, reference: dt.date | None) -> list[TimeMention]:
    """Time expressions in ``text`` (sorted, non-overlapping), resolved against ``reference``."""
    try:
        pats = patterns(language)
    except Exception:  # no pack for this language: numeric dates only, with the English rules
        pats = patterns("en")
    found: list[TimeMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    def add(s: int, e: int, value: dt.date | None, precision: str, kind: str) -> None:
        if not free(s, e):
            return
        if kind in ("absolute", "partial") and _names_something(text, s, e, pats):
            return
        # "sejak Minggu": the since-word may be inside the mention (a weekday's lead word)
        since = bool(pats.since.search(text[max(0, s - 25):s])) or bool(
            pats.since_lead.match(text, s, e))
        taken.append((s, e))
        found.append(TimeMention(s, e, text[s:e], value, precision, kind, since))

    cues = pats.needed.finditer(text)
    have = {name for name, ms in cues.items() if ms}
    slash = "/" in text
    for m in pats.full_numeric.finditer(text) if slash else ():
        d = _date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d:
            add(m.start(), m.end(), d, "day", "absolute")
    # weekdays first, so that "Sabtu (24/10)" is one mention with the date's precision
    for m in _weekdays(text, pats, cues["weekday"]):
        word = m.group("wd")
        if word.lower() in pats.capitalised_only and not word[0].isupper():
            continue
        weekday = pats.weekdays[word.lower()]
        s, e = m.start("wd"), m.end()
        if pats.dated_after.match(text, e):
            continue  # "Wednesday, 14 October 2020": the date that follows says it all
        lead = text[m.start():s].strip().lower()
        if lead and lead not in pats.past:
            s = m.start()
        # "Sabtu (24/10)", "Kamis (1/10/2020)": the date in brackets fixes the day
        bracket = re.match(r"\s*,?\s*\(\s*(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?\s*\)",
                           text[e:e + 20])
        if bracket:
            day, month = int(bracket.group(1)), int(bracket.group(2))
            year = int(bracket.group(3)) if bracket.group(3) else None
            value = _date(year, month, day) if year else (
                recent_year(month, day, reference) if reference else None)
            taken[:] = [(a, b) for a, b in taken if not (a >= e and b <= e + bracket.end())]
            found[:] = [f for f in found if not (f.start >= e and f.end <= e + bracket.end())]
            add(s, e + bracket.end(), value, "day", "absolute" if year else "partial")
            continue
        value = None
        if reference:
            value = latest_weekday(weekday, reference)
            is_past = (m.group("past") or "").lower() in pats.past or lead in pats.past
            if is_past and value == reference:
                value -= dt.timedelta(days=7)
        add(s, e, value, "day", "weekday")
    months = "month" in have
    for m in pats.day_month.finditer(text) if months else ():
        month = pats.months[m.group(3).lower()]
        day = int(m.group(1))
        year = int(m.group(4)) if m.group(4) else None
        value = _date(year, month, day) if year else (
            recent_year(month, day, reference) if reference else None)
        if value or not reference:
            add(m.start(), m.end(), value, "day", "absolute" if year else "partial")
    for m in pats.month_day.finditer(text) if months else ():
        word = m.group(1)
        if word.lower() in pats.capitalised_only and not word[0].isupper():
            continue
        month = pats.months[word.lower()]
        day = int(m.group(2))
        year = int(m.group(3)) if m.group(3) else None
        value = _date(year, month, day) if year else (
            recent_year(month, day, reference) if reference else None)
        if value or not reference:
            add(m.start(), m.end(), value, "day", "absolute" if year else "partial")
    for m in pats.short_numeric.finditer(text) if slash else ():
        day, month = int(m.group(1)), int(m.group(2))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        # only in a date's usual places: in brackets or after a comma ("Aljazeera, 1/11")
        before = text[max(0, m.start() - 2):m.start()]
        if "(" not in before and "," not in before:
            continue
        value = recent_year(month, day, reference) if reference else None
        add(m.start(), m.end(), value, "day", "partial")
    for m in pats.relative.finditer(text) if "relative" in have else ():
        offset = pats.relative_days[m.group(1).lower()]
        value = reference + dt.timedelta(days=offset) if reference else None
        add(m.start(), m.end(), value, "day", "relative")
    for m in pats.ago.finditer(text) if pats.ago and "ago" in have else ():
        if m.group("one"):
            days = pats.ago_units[m.group("one").lower()]
        else:
            unit = m.group("unit")
            if unit.lower() in pats.capitalised_only and unit[0].isupper():
                continue  # "dua Minggu lalu" is no count of weeks
            n = m.group("n").lower()
            days = (int(n) if n.isdigit() else pats.count_words[n]) * pats.ago_units[unit.lower()]
        if days % 7 == 0 and days >= 7:
            value = None
            if reference:
                day = reference - dt.timedelta(days=days)
                value = day - dt.timedelta(days=day.weekday())
            add(m.start(), m.end(), value, "week", "week")
        else:
            add(m.start(), m.end(), reference - dt.timedelta(days=days) if reference else None,
                "day", "relative")
    for m in pats.weeks.finditer(text) if "weeks" in have else ():
        offset = pats.relative_weeks[m.group(1).lower()]
        value = None
        if reference:
            monday = reference - dt.timedelta(days=reference.weekday())
            value = monday + dt.timedelta(weeks=offset)
        add(m.start(), m.end(), value, "week", "week")
    return sorted(found, key=lambda t: t.start)


class _Weekday:
    """A weekday's match with the lead word before it: what one pattern opening with an optional
    lead group would have matched."""

    __slots__ = ("_m", "_start")

    def __init__(self, m: re.Match[str], start: int) -> None:
        self._m, self._start = m, start

    def group(self, name: str) -> str | None:
        return self._m.group(name)

    def start(self, name: str | None = None) -> int:
        return self._m.start(name) if name else self._start

    def end(self) -> int:
        return self._m.end()


def _weekdays(text: str, pats: _Patterns, words: list[re.Match[str]]) -> list[_Weekday]:
    """The weekday mentions, in order and not overlapping, from where the weekday words are:
    "pada hari Minggu pagi", "last Sunday", "Sunday last"."""
    out: list[_Weekday] = []
    prev_end = 0
    for word in words:
        at = word.start()
        if at < prev_end:
            continue
        m = pats.weekday.match(text, at)
        if m is None:
            continue
        start = at
        gap = at
        while gap > prev_end and text[gap - 1].isspace():
            gap -= 1
        if gap < at:  # the lead, its whitespace up to the weekday
            lead = pats.weekday_lead.search(text, max(prev_end, gap - pats.lead_chars), gap)
            if lead is not None:
                start = lead.start()
        out.append(_Weekday(m, start))
        prev_end = m.end()
    return out


def _names_something(text: str, start: int, end: int, pats: _Patterns) -> bool:
    """A date that is part of a name: "July 7 neighbourhood", "Jalan 17 Agustus"."""
    return bool(pats.name_after and pats.name_after.match(text, end)) or bool(
        pats.name_before and pats.name_before.search(text, max(0, start - 20), start))


def _date(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
