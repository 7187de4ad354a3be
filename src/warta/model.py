"""The records passed between warta's stages (DESIGN.md, "Records").

Every stage takes and returns these frozen dataclasses, never bare dicts. Items extracted from an
article carry an :class:`Evidence` span: character offsets into the article's cleaned text.
"""

from __future__ import annotations

import datetime as dt
import functools
import types
import typing
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Precision = Literal["day", "week", "month", "year"]
CasualtyKind = Literal["killed", "wounded", "missing", "captured"]
Qualifier = Literal["exact", "about", "at_least", "more_than", "up_to", "range"]
Victims = Literal["soldiers", "civilians", "people"]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where an item was read: ``text == article.text[start:end]``."""

    article_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date known to some precision.

    ``value`` is the first day of the period the precision names (for ``month``, the 1st).
    ``text`` is the expression it was read from; ``basis`` says how it was obtained
    (``dateline``, ``text``, ``metadata``, ``input``), with ``+year`` appended when the year was
    not written and was inferred from context.
    """

    value: dt.date
    precision: Precision
    text: str = ""
    basis: str = "text"

    def iso(self) -> str:
        return self.value.isoformat()


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A day and month read from text whose year is not written ("Aljazeera, 1/11").

    The cleaner returns it when nothing in the article fixes the year; a batch step resolves it
    against the dates of neighbouring articles (see :func:`warta.clean.dates.infer_year`).
    """

    month: int
    day: int
    text: str
    basis: str = "text"


@dataclass(frozen=True, slots=True)
class RawDoc:
    """One document as a reader found it, before cleaning.

    ``source`` is the path, URL or ``<stdin>``; ``source_id`` the identifier the input gave
    (a JSONL ``id``), kept so users can join warta's output back to their data. The other
    optional fields are hints the input carried (HTML metadata, JSONL fields).
    """

    source: str
    text: str
    format: str
    source_id: str | None = None
    position: int | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    outlet: str | None = None
    raw_sha: str = ""
    # why the reader cut the input short (an HTML page too large to extract whole); cleaning
    # notes it among the article's removed lines
    cut: str | None = None


@dataclass(frozen=True, slots=True)
class RemovedLine:
    """A line the cleaner took out of the text as page furniture, and why."""

    line_no: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class CitedSource:
    """A source the article says it draws on ("dilansir The New Arab")."""

    name: str
    cue: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article. ``id`` is a stable hash of its normalised text."""

    id: str
    source: str
    text: str
    language: str
    format: str = "text"
    source_id: str | None = None
    position: int | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: DateValue | None = None
    published_partial: PartialDate | None = None
    dateline_place: str | None = None
    cited_sources: tuple[CitedSource, ...] = ()
    removed: tuple[RemovedLine, ...] = ()
    raw_sha: str = ""

    def to_dict(self) -> dict[str, Any]:
        return to_jsonable(self)


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a stored article was read from; an article seen in several inputs has several."""

    source: str
    source_id: str | None = None
    position: int | None = None
    format: str = "text"
    ingested_at: str | None = None


NumberKind = Literal["cardinal", "vague", "ordinal", "year", "percent", "money", "measure",
                     "decimal"]


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number read from text, with the qualifier words in front of it.

    ``start``/``end`` cover the whole mention, qualifier included ("lebih dari 30");
    ``number_start``/``number_end`` the number alone ("30"). ``value`` is an integer following
    ACLED's conservative convention for vague quantities (puluhan / dozens -> 12, ratusan /
    hundreds -> 100, ribuan / thousands -> 1000, with qualifier ``at_least``). ``low``/``high``
    are set for ranges ("10-15", "antara 10 dan 15"), ``value`` is then ``low``. ``kind`` says
    what sort of number it is; only ``cardinal`` and ``vague`` can count people.
    """

    start: int
    end: int
    text: str
    value: int
    qualifier: Qualifier = "exact"
    kind: NumberKind = "cardinal"
    number_start: int = -1
    number_end: int = -1
    low: int | None = None
    high: int | None = None


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    canonical_name: str | None = None
    gazetteer_id: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    country_code: str | None = None
    admin1: str | None = None
    feature_class: str | None = None
    precision: int | None = None
    evidence: Evidence | None = None
    cue: str | None = None  # the word that introduced the name ("kota", "near")
    admin_path: tuple[str, ...] = ()  # the units it lies in, country first


@dataclass(frozen=True, slots=True)
class CasualtyClaim:
    """A casualty figure as somebody states it.

    ``claimant`` is the party asserting it (``UNK`` when the text names nobody) and
    ``claimant_text`` the words that name it; ``cumulative`` says whether it is a running total
    since a stated start rather than the toll of one incident; ``as_of`` is the day it refers to
    (for a running total, the day it was stated). ``evidence`` spans the figure and the words that
    make it a casualty figure.
    """

    kind: CasualtyKind
    value: int
    qualifier: Qualifier
    victims: Victims
    evidence: Evidence
    low: int | None = None
    high: int | None = None
    victim_side: str | None = None
    claimant: str | None = None
    claimant_text: str | None = None
    cumulative: bool = False
    as_of: DateValue | None = None
    sentence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """An event in ACLED's vocabulary, as one article (or, once linked, several) reports it.

    ``places`` are the places named in its clause, as written (``Place.name``); geocoding fills
    in the rest and picks ``location``. ``evidence`` holds the clause(s) that report it, the first
    being the main one; ``denial`` the clause that denies it, if any.
    """

    event_type: str
    sub_event_type: str
    evidence: tuple[Evidence, ...]
    actor1: str | None = None
    target: str | None = None
    places: tuple[Place, ...] = ()
    location: Place | None = None
    date: DateValue | None = None
    fatalities: int | None = None
    claimant: str | None = None
    claimant_text: str | None = None
    denied_by: str | None = None
    denial: Evidence | None = None
    trigger: str | None = None
    article_ids: tuple[str, ...] = ()
    story_id: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """Direct speech (“...” kata X) with its speaker as written and the speaker's party."""

    text: str
    evidence: Evidence
    speaker: str | None = None
    party: str | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article; every item's evidence indexes ``article.text``."""

    article_id: str
    claims: tuple[CasualtyClaim, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    reference: DateValue | None = None
    parties: tuple[str, ...] = ()  # the party codes the article names
    places: tuple[Place, ...] = ()  # every toponym mention of the article, resolved or not


@dataclass(frozen=True, slots=True)
class TallyPoint:
    """One statement of a running total: its value as stated, the day it refers to, where."""

    value: int
    qualifier: Qualifier
    as_of: dt.date | None
    article_id: str
    evidence: str


@dataclass(frozen=True, slots=True)
class Tally:
    """The running total one claimant gives for one kind of casualty among one group, over
    time. Incident tolls are never in it. ``headline`` is the latest point; ``flags`` say when
    it is far from what others claim, and who says what."""

    claimant: str
    kind: CasualtyKind
    victims: Victims
    victim_side: str | None
    points: tuple[TallyPoint, ...]
    flags: tuple[str, ...] = ()
    story_id: str | None = None  # a tally is one story's: stories are never mixed
    claimant_text: str | None = None  # the claimant as its latest figure's text names it

    @property
    def headline(self) -> TallyPoint:
        return self.points[-1]


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    label: str
    article_ids: tuple[str, ...]
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    event_ids: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class ReportRef:
    """One article's report of an event: the article and the event's place in its extraction."""

    article_id: str
    seq: int


@dataclass(frozen=True, slots=True)
class LinkedEvent:
    """An event as linking decided it: the reports of one story that tell the same event,
    merged (``event.story_id`` is ``story_id``; ``event.article_ids`` every reporting article).
    ``id`` is stable: it comes from the first report's article and evidence offset."""

    id: str
    story_id: str
    event: Event
    reports: tuple[ReportRef, ...]


ContradictionKind = Literal["denial", "diverging figures"]


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Where the sources of one story disagree.

    ``denial``: an event that ``claimant`` (as written: ``claimant_text``) reports and
    ``denied_by`` denies; ``accusation`` and ``denial`` are the clauses, ``evidence`` their
    spans. ``diverging figures``: ``claimant``'s running total (``value`` as of ``as_of``) is
    far from what the story's other claimants say; ``detail`` says who says what.
    """

    kind: ContradictionKind
    story_id: str
    claimant: str | None = None
    claimant_text: str | None = None
    denied_by: str | None = None
    event_id: str | None = None
    event: str | None = None  # the event's ACLED sub-event type
    date: dt.date | None = None
    accusation: str = ""
    denial: str = ""
    evidence: tuple[Evidence, ...] = ()
    detail: str = ""
    value: int | None = None
    as_of: dt.date | None = None
    article_ids: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()


def to_jsonable(obj: Any) -> Any:
    """Turn records (and what they hold) into JSON-ready values: dates as ISO strings."""
    if hasattr(obj, "__dataclass_fields__"):
        return {k: to_jsonable(v) for k, v in asdict(obj).items()}
    if isinstance(obj, dict):
        return {k: to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [to_jsonable(v) for v in obj]
    if isinstance(obj, dt.date):
        return obj.isoformat()
    return obj


def from_jsonable(cls: Any, data: Any) -> Any:
    """The inverse of :func:`to_jsonable` for a record type ``cls`` (or any type hint): one
    decoder for every record, so what is stored as JSON comes back whole."""
    if data is None:
        return None
    origin = typing.get_origin(cls)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(cls) if a is not type(None)]
        return from_jsonable(options[0], data) if len(options) == 1 else data
    if origin is tuple:
        args = typing.get_args(cls)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_jsonable(args[0], v) for v in data)
        return tuple(from_jsonable(a, v) for a, v in zip(args, data, strict=True))
    if origin is typing.Literal:
        return data
    if cls is dt.date:
        return dt.date.fromisoformat(data)
    if hasattr(cls, "__dataclass_fields__"):
        hints = _hints(cls)
        return cls(**{k: from_jsonable(hints[k], v) for k, v in data.items() if k in hints})
    return data


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)
