"""Language packs: one folder of plain data modules per language (``lang/id/``, ``lang/en/``).

This module only finds, loads and validates packs; it knows no language. Adding a language means
adding a folder with the same modules; :func:`validate` says what is missing or malformed.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType
from typing import Any

# (module, attribute, expected type) that every pack must define: every module a stage reads.
REQUIRED: tuple[tuple[str, str, type], ...] = (
    ("calendar", "WEEKDAYS", dict),
    ("calendar", "MONTHS", dict),
    ("calendar", "NUMERIC_DATE_ORDER", str),
    ("calendar", "SINCE_WORDS", list),
    ("calendar", "DATE_LEADS", list),
    ("cleaning", "JUSTEXT_STOPLIST", str),
    ("cleaning", "SHARE_WORDS", list),
    ("cleaning", "RELATED_CUES", list),
    ("cleaning", "BREADCRUMB_ROOTS", list),
    ("cleaning", "PROMPTS", list),
    ("cleaning", "SPAM_TERMS", list),
    ("cleaning", "TIMESTAMP_WORDS", list),
    ("cleaning", "BYLINE_CUES", list),
    ("cleaning", "CTA_WORDS", list),
    ("cleaning", "COPYRIGHT_MARKERS", list),
    ("cleaning", "PAGE_WORDS", list),
    ("cleaning", "PAGE_OF_WORDS", list),
    ("cleaning", "CITATION_CUES_BEFORE", list),
    ("cleaning", "CITATION_CUES_WEAK_BEFORE", list),
    ("cleaning", "CITATION_CUES_AFTER", list),
    ("cleaning", "CITATION_CUES_STRONG_AFTER", list),
    ("cleaning", "BYLINE_AGENTS", list),
    ("cleaning", "MEDIA_WORDS", list),
    ("identify", "CONFUSED_WITH", dict),
    ("places", "PLACE_CUES", list),
    ("places", "LIST_JOINERS", list),
    ("places", "TOWN_CUES", list),
    ("places", "MANY_TOWNS_CUES", list),
    ("places", "REGION_CUES", list),
    ("places", "NEAR_CUES", list),
    ("numbers", "DECIMAL_SEPARATOR", str),
    ("numbers", "NUMBER_WORDS", dict),
    ("numbers", "SCALES", dict),
    ("numbers", "ADD_SUFFIXES", dict),
    ("numbers", "CONNECTORS", list),
    ("numbers", "ONE_WORDS", list),
    ("numbers", "VAGUE", dict),
    ("numbers", "QUALIFIERS", dict),
    ("numbers", "ORDINAL_WORDS", dict),
    ("numbers", "ORDINAL_PREFIXES", list),
    ("numbers", "ORDINAL_SUFFIXES", list),
    ("numbers", "RANGE_CONNECTORS", list),
    ("numbers", "RANGE_BETWEEN", dict),
    ("numbers", "NOT_RANGE_AFTER", list),
    ("numbers", "PERCENT_WORDS", list),
    ("numbers", "CURRENCY_BEFORE", list),
    ("numbers", "CURRENCY_AFTER", list),
    ("numbers", "MEASURE_UNITS", list),
    ("numbers", "YEAR_BEFORE", list),
    ("numbers", "DECADE_SUFFIXES", list),
    ("numbers", "TIME_BEFORE", list),
    ("numbers", "TIME_AFTER", list),
    ("places", "ADMIN_WORDS", list),
    ("places", "NOT_PLACE_NEIGHBOURS", list),
    ("places", "EXONYMS", dict),
    ("places", "COUNTRY_ALIASES", dict),
    ("time", "DAY_PARTS", list),
    ("time", "RELATIVE_DAYS", dict),
    ("time", "RELATIVE_WEEKS", dict),
    ("time", "WEEKDAY_LEADS", list),
    ("time", "WEEKDAY_PAST", list),
    ("time", "CAPITALISED_ONLY", list),
    ("time", "DATE_RANGE_JOINERS", list),
    ("time", "SENTENCE_ABBREVIATIONS", list),
    ("time", "DATE_NAME_AFTER", list),
    ("time", "DATE_NAME_BEFORE", list),
    ("time", "DAY_OF_MONTH", list),
    ("time", "AGO_UNITS", dict),
    ("time", "AGO_WORDS", list),
    ("time", "ONE_UNIT_WORDS", dict),
    ("attribution", "SPEECH_VERBS", list),
    ("attribution", "SPEECH_VERBS_INVERTED", list),
    ("attribution", "ACCORDING_TO", list),
    ("attribution", "CONTINUATION", list),
    ("attribution", "IMPERSONAL", list),
    ("attribution", "PRONOUNS", list),
    ("attribution", "DENIAL_VERBS", list),
    ("attribution", "ACCUSATION_VERBS", list),
    ("attribution", "TITLES", list),
    ("attribution", "SUBJECT_BOUNDARIES", list),
    ("attribution", "SPEAKER_ENDS", list),
    ("attribution", "PASSIVE_AGENTS", list),
    ("attribution", "TAIL_WORDS", list),
    ("attribution", "ENCLITIC_PRONOUNS", list),
    ("attribution", "NOUN_DETERMINERS", list),
    ("actors", "DEMONYMS", dict),
    ("actors", "AGENT_MARKERS", list),
    ("actors", "PASSIVE_AUXILIARIES", list),
    ("actors", "PASSIVE_PREFIXES", list),
    ("actors", "VERB_PREFIXES", list),
    ("actors", "PHRASE_ENDING_PREFIXES", list),
    ("actors", "OWNER_AFTER_NOUN", bool),
    ("actors", "CLAUSE_OPENERS", list),
    ("actors", "PREPOSITIONS", list),
    ("actors", "COORDINATORS", list),
    ("actors", "BETWEEN", list),
    ("actors", "SPEAKER_FORCES", list),
    ("actors", "SELF_REPORT_NOUNS", list),
    ("actors", "STATE_FORCES", list),
    ("casualties", "KINDS", dict),
    ("casualties", "VICTIMS", dict),
    ("casualties", "VICTIM_MODIFIERS", list),
    ("casualties", "SPLIT_TERMS", dict),
    ("casualties", "KIND_NOUNS", dict),
    ("events", "TRIGGERS", list),
    ("events", "NON_EVENT_CUES", list),
    ("events", "GENERIC_ATTACK_TERMS", list),
    ("events", "SETTLEMENT_WORDS", list),
    ("events", "FORCE_WORDS", list),
    ("events", "CLAUSE_BREAKS", list),
    ("events", "WORD_SUFFIXES", list),
)
# Lists of text pieces whose spaces matter (", but", " tetapi "), not words to be trimmed.
RAW_STRINGS: frozenset[tuple[str, str]] = frozenset({("events", "CLAUSE_BREAKS")})
# Lists of records rather than of words: (module, attribute) -> the keys each record needs.
RECORDS: dict[tuple[str, str], frozenset[str]] = {
    ("events", "TRIGGERS"): frozenset({"type", "sub", "terms"}),
}


class LanguagePackError(ValueError):
    """A language pack is missing data or holds data of the wrong shape."""


@dataclass(frozen=True)
class LanguagePack:
    code: str
    weekdays: dict[str, int]
    months: dict[str, int]
    numeric_date_order: str
    since_words: tuple[str, ...]
    stoplist: frozenset[str]
    share_words: tuple[str, ...]
    related_cues: tuple[str, ...]
    breadcrumb_roots: tuple[str, ...]
    prompts: tuple[str, ...]
    spam_terms: tuple[str, ...]
    timestamp_words: tuple[str, ...]
    byline_cues: tuple[str, ...]
    cta_words: tuple[str, ...]
    copyright_markers: tuple[str, ...]
    page_words: tuple[str, ...]
    page_of_words: tuple[str, ...]
    citation_cues_before: tuple[str, ...]
    citation_cues_weak_before: tuple[str, ...]
    citation_cues_after: tuple[str, ...]
    citation_cues_strong_after: tuple[str, ...]
    confused_with: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    # words that say the four-digit number after them is a year ("tahun 2020", "in 2020")
    year_words: tuple[str, ...] = ()
    # words between a since-word or weekday cue and the date ("sejak hari Minggu", "since the")
    date_leads: tuple[str, ...] = ()
    # the word before an author's name ending a line ("... 2020 by Hanin Mazaya", "oleh")
    byline_agents: tuple[str, ...] = ()
    media_words: tuple[str, ...] = ()  # "news", "kantor berita": a name holding one is a medium


def available() -> list[str]:
    """Codes of the installed packs: the sub-folders of this package."""
    return list(_available(tuple(__path__)))


@cache
def _available(path: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted({m.name for m in pkgutil.iter_modules(list(path)) if m.ispkg}))


def _module(code: str, name: str) -> ModuleType:
    try:
        return importlib.import_module(f"{__name__}.{code}.{name}")
    except ModuleNotFoundError as exc:
        raise LanguagePackError(f"language pack {code!r} has no module {name!r}") from exc


def validate(code: str) -> list[str]:
    """Problems with pack ``code``: an empty list when it is complete and well formed."""
    problems: list[str] = []
    for module_name, attr, kind in REQUIRED:
        try:
            module = _module(code, module_name)
        except LanguagePackError as exc:
            problems.append(str(exc))
            continue
        value: Any = getattr(module, attr, None)
        if not isinstance(value, kind):
            problems.append(f"{code}/{module_name}.py: {attr} must be a {kind.__name__}")
            continue
        record_keys = RECORDS.get((module_name, attr))
        if record_keys is not None:
            if not all(isinstance(v, dict) and record_keys <= set(v) for v in value):
                problems.append(f"{code}/{module_name}.py: every {attr} entry needs "
                                f"{', '.join(sorted(record_keys))}")
        elif kind is list and not all(isinstance(v, str) and (
                v == v.strip() or (module_name, attr) in RAW_STRINGS) and v for v in value):
            problems.append(f"{code}/{module_name}.py: {attr} must hold trimmed strings")
    if problems:
        return problems
    cal = _module(code, "calendar")
    if sorted(set(cal.WEEKDAYS.values())) != list(range(7)):
        problems.append(f"{code}/calendar.py: WEEKDAYS must name all of 0 (Monday) .. 6 (Sunday)")
    if sorted(set(cal.MONTHS.values())) != list(range(1, 13)):
        problems.append(f"{code}/calendar.py: MONTHS must name all of 1 .. 12")
    if any(k != k.lower() for k in (*cal.WEEKDAYS, *cal.MONTHS)):
        problems.append(f"{code}/calendar.py: names must be lower case")
    if cal.NUMERIC_DATE_ORDER not in {"dmy", "mdy", "ymd"}:
        problems.append(f"{code}/calendar.py: NUMERIC_DATE_ORDER must be dmy, mdy or ymd")
    num = _module(code, "numbers")
    for attr in ("NUMBER_WORDS", "SCALES", "ADD_SUFFIXES", "VAGUE", "ORDINAL_WORDS"):
        if not all(isinstance(k, str) and k and k == k.strip().lower() and isinstance(v, int)
                   and v >= 0 for k, v in getattr(num, attr).items()):
            problems.append(f"{code}/numbers.py: {attr} must map lower-case words to whole "
                            "numbers")
    if not set(num.QUALIFIERS.values()) <= {"exact", "about", "at_least", "more_than", "up_to"}:
        problems.append(f"{code}/numbers.py: QUALIFIERS values must be exact, about, at_least, "
                        "more_than or up_to")
    if num.DECIMAL_SEPARATOR not in {",", "."}:
        problems.append(f"{code}/numbers.py: DECIMAL_SEPARATOR must be ',' or '.'")
    if any(w != w.lower() for m, attr, kind in REQUIRED if m == "numbers" and kind is not str
           for w in getattr(num, attr)):
        problems.append(f"{code}/numbers.py: words must be lower case")
    cas = _module(code, "casualties")
    if not all(isinstance(v, dict) and isinstance(v.get("before"), list)
               and isinstance(v.get("after"), list) for v in cas.KINDS.values()):
        problems.append(f"{code}/casualties.py: KINDS maps each kind to its 'before' and 'after' "
                        "word lists")
    if not all(isinstance(v, list) for v in cas.VICTIMS.values()):
        problems.append(f"{code}/casualties.py: VICTIMS maps each class to a list of words")
    time = _module(code, "time")
    for attr in ("RELATIVE_DAYS", "RELATIVE_WEEKS"):
        if not all(isinstance(k, str) and isinstance(v, int) for k, v in
                   getattr(time, attr).items()):
            problems.append(f"{code}/time.py: {attr} must map words to whole-number offsets")
    places = _module(code, "places")
    if not all(isinstance(v, tuple) and len(v) == 2 for v in places.EXONYMS.values()):
        problems.append(f"{code}/places.py: EXONYMS must map names to (canonical name, ISO2)")
    import justext  # the stoplist must exist in jusText

    stoplist = _module(code, "cleaning").JUSTEXT_STOPLIST
    if stoplist not in justext.get_stoplists():
        problems.append(f"{code}/cleaning.py: jusText has no stoplist {stoplist!r}")
    for other, words in _module(code, "identify").CONFUSED_WITH.items():
        if set(words) != {code, other}:
            problems.append(f"{code}/identify.py: CONFUSED_WITH[{other!r}] needs keys {code!r}, "
                            f"{other!r}")
    return problems


@cache
def load(code: str) -> LanguagePack:
    """The pack for ``code``, loaded once and validated."""
    if code not in available():
        raise LanguagePackError(f"no language pack {code!r} (installed: {', '.join(available())})")
    problems = validate(code)
    if problems:
        raise LanguagePackError("; ".join(problems))
    import justext

    cal, cln, ident = (_module(code, n) for n in ("calendar", "cleaning", "identify"))
    low = lambda xs: tuple(x.lower() for x in xs)  # noqa: E731
    return LanguagePack(
        code=code,
        weekdays=dict(cal.WEEKDAYS),
        months=dict(cal.MONTHS),
        numeric_date_order=cal.NUMERIC_DATE_ORDER,
        since_words=low(cal.SINCE_WORDS),
        stoplist=frozenset(justext.get_stoplist(cln.JUSTEXT_STOPLIST)),
        share_words=low(cln.SHARE_WORDS),
        related_cues=low(cln.RELATED_CUES),
        breadcrumb_roots=low(cln.BREADCRUMB_ROOTS),
        prompts=low(cln.PROMPTS),
        spam_terms=low(cln.SPAM_TERMS),
        timestamp_words=low(cln.TIMESTAMP_WORDS),
        byline_cues=low(cln.BYLINE_CUES),
        cta_words=low(cln.CTA_WORDS),
        copyright_markers=low(cln.COPYRIGHT_MARKERS),
        page_words=low(cln.PAGE_WORDS),
        page_of_words=low(cln.PAGE_OF_WORDS),
        citation_cues_before=low(cln.CITATION_CUES_BEFORE),
        citation_cues_weak_before=low(cln.CITATION_CUES_WEAK_BEFORE),
        citation_cues_after=low(cln.CITATION_CUES_AFTER),
        citation_cues_strong_after=low(cln.CITATION_CUES_STRONG_AFTER),
        confused_with={k: dict(v) for k, v in ident.CONFUSED_WITH.items()},
        year_words=low(_module(code, "numbers").YEAR_BEFORE),
        date_leads=low(cal.DATE_LEADS),
        byline_agents=low(cln.BYLINE_AGENTS),
        media_words=low(cln.MEDIA_WORDS),
    )


@cache
def data(code: str, name: str) -> ModuleType:
    """Data module ``name`` of pack ``code`` (``lang/<code>/<name>.py``), after validating the
    pack. Stages added after cleaning read their word lists through this."""
    load(code)
    return _module(code, name)


def load_all() -> list[LanguagePack]:
    return [load(code) for code in available()]
