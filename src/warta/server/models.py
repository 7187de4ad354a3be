"""The API's request and response models (pydantic, at the edge only): field names follow the
records of ``warta.model`` (DESIGN.md, "Records"), with warta's ids beside the input's."""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

T = TypeVar("T")


class Evidence(BaseModel):
    article_id: str
    start: int
    end: int
    text: str


class DateValue(BaseModel):
    value: str
    precision: str
    text: str = ""
    basis: str = ""


class Place(BaseModel):
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
    cue: str | None = None
    admin_path: list[str] = []


class CasualtyClaim(BaseModel):
    article_id: str
    kind: str
    value: int
    qualifier: str
    victims: str
    evidence: Evidence
    low: int | None = None
    high: int | None = None
    victim_side: str | None = None
    claimant: str | None = None
    claimant_text: str | None = None
    cumulative: bool = False
    as_of: DateValue | None = None
    sentence: Evidence | None = None
    story_id: str | None = None
    outlet: str | None = Field(default=None, description="The outlet of the article that "
                               "states the figure.")


class Event(BaseModel):
    id: str
    event_type: str
    sub_event_type: str
    evidence: list[Evidence]
    actor1: str | None = None
    target: str | None = None
    places: list[Place] = []
    location: Place | None = None
    date: DateValue | None = None
    fatalities: int | None = None
    claimant: str | None = None
    claimant_text: str | None = None
    denied_by: str | None = None
    denial: Evidence | None = None
    trigger: str | None = None
    article_ids: list[str] = []
    story_id: str | None = None


class Quote(BaseModel):
    text: str
    evidence: Evidence
    speaker: str | None = None
    party: str | None = None


class CitedSource(BaseModel):
    name: str
    cue: str
    start: int
    end: int


class Origin(BaseModel):
    source: str
    source_id: str | None = None
    position: int | None = None
    format: str = "text"
    ingested_at: str | None = None


class ArticleSummary(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    language: str
    published: str | None
    published_precision: str | None
    dateline_place: str | None
    source: str
    source_id: str | None
    chars: int
    copies: int
    lead: str
    figures: int
    events: int
    story_id: str | None = None


class Article(BaseModel):
    """An article with everything read from it; every evidence offset indexes ``text``."""

    id: str
    source: str
    source_id: str | None = None
    text: str
    language: str
    format: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: DateValue | None = None
    dateline_place: str | None = None
    cited_sources: list[CitedSource] = []
    origins: list[Origin] = []
    claims: list[CasualtyClaim] = []
    events: list[Event] = []
    quotes: list[Quote] = []
    story_id: str | None = None


class Contradiction(BaseModel):
    """``denial``: an accusation and its denial; ``diverging figures``: a tally far from the
    others' figures."""

    kind: Literal["denial", "diverging figures"]
    story_id: str | None = None
    claimant: str | None = None
    claimant_text: str | None = None
    event: str | None = None
    event_id: str | None = None
    date: str | None = None
    denied_by: str | None = None
    accusation: str | None = None
    denial: str | None = None
    evidence: list[Evidence] = []
    article_ids: list[str] = []
    outlets: list[str] = []
    detail: str | None = None
    value: int | None = None
    as_of: str | None = None


class Story(BaseModel):
    id: str
    label: str
    article_ids: list[str]
    first_seen: str | None = None
    last_seen: str | None = None
    event_ids: list[str] = []
    sources: list[str] = []
    languages: list[str] = []
    contradictions: list[Contradiction] = []


class TallyPoint(BaseModel):
    value: int
    qualifier: str
    as_of: str | None = None
    article_id: str
    evidence: str


class Tally(BaseModel):
    claimant: str
    kind: str
    victims: str
    victim_side: str | None = None
    points: list[TallyPoint]
    flags: list[str] = []
    headline: TallyPoint
    story_id: str | None = None
    claimant_text: str | None = None


class StoryDetail(Story):
    articles: list[Article] = []
    events: list[Event] = []
    tallies: list[Tally] = []


class PlaceCount(BaseModel):
    name: str
    canonical_name: str | None = None
    gazetteer_id: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    country_code: str | None = None
    admin1: str | None = None
    feature_class: str | None = None
    precision: int | None = None
    cue: str | None = None
    admin_path: list[str] = []
    events: int
    articles: int


class SearchHit(BaseModel):
    """``highlights``: [start, end) offsets of the matched words in ``snippet``."""

    id: str
    title: str | None = None
    outlet: str | None = None
    language: str
    published: str | None = None
    snippet: str
    highlights: list[list[int]]
    rank: float
    story_id: str | None = None


class Page(BaseModel, Generic[T]):
    """One page of a list: ``total`` items match, ``items`` holds those from ``offset``."""

    total: int
    limit: int
    offset: int
    items: list[T]


class Geometry(BaseModel):
    type: Literal["Point"]
    coordinates: list[float]


class Feature(BaseModel):
    type: Literal["Feature"]
    geometry: Geometry
    properties: dict[str, Any]


class FeatureCollection(BaseModel):
    type: Literal["FeatureCollection"]
    features: list[Feature]


class Border(BaseModel):
    type: Literal["Feature"]
    geometry: dict[str, Any] = Field(description="The unit's (Multi)Polygon, simplified to "
                                                 "about a kilometre.")
    properties: dict[str, Any] = Field(description="``code`` (ISO 3166-2), ``country`` "
                                                   "(ISO alpha-2), ``name``, ``name_id`` (in "
                                                   "Indonesian), ``kind`` (Province, State, "
                                                   "...), ``label`` ([lon, lat] inside the "
                                                   "unit), ``min_zoom``.")


class Borders(BaseModel):
    """Admin-1 borders (Natural Earth) meeting the box, the most prominent first."""

    type: Literal["FeatureCollection"]
    features: list[Border]
    truncated: bool = Field(description="More units meet the box than ``limit``.")
    note: str | None = Field(None, description="Why there are none, when the gazetteer is "
                                               "not built.")


class EventProperties(BaseModel):
    """One located event (``warta export --format geojson``'s properties) with what the
    dashboard's map shows besides: ``claimant_text`` (the claimant as the article writes it;
    ``claimant`` is its party code), ``evidence_span`` (the main clause's offsets into its
    article), ``outlets`` (every reporting outlet, once each) and the first article's
    ``language``."""

    event_type: str
    sub_event_type: str
    date: str | None = None
    date_precision: str | None = None
    actor1: str | None = None
    target: str | None = None
    location: str | None = None
    location_as_written: str | None = None
    gazetteer_id: str | None = None
    country_code: str | None = None
    admin1: str | None = None
    admin_path: list[str] = []
    geo_precision: int | None = None
    places: list[str] = []
    fatalities: int | None = None
    claimant: str | None = None
    claimant_text: str | None = None
    denied_by: str | None = None
    evidence: str | None = None
    evidence_span: Evidence | None = None
    article_id: str
    source: str
    source_id: str | None = None
    title: str | None = None
    outlet: str | None = None
    outlets: list[str] = []
    event_id: str
    story_id: str | None = None
    article_ids: list[str] = []
    language: str


class EventFeature(BaseModel):
    type: Literal["Feature"]
    geometry: Geometry
    properties: EventProperties


class EventFeatureCollection(BaseModel):
    type: Literal["FeatureCollection"]
    features: list[EventFeature]


class Config(BaseModel):
    """What the dashboard needs to know about this server."""

    version: str
    tile_url: str
    read: Literal["open", "token"]
    writing: bool
    max_request_bytes: int
    articles: int


class Facets(BaseModel):
    event_types: list[str]
    sub_event_types: list[str]
    claimants: list[str]
    languages: list[str]
    first: str | None = None
    last: str | None = None


class ArticleIn(BaseModel):
    """One article to store. ``id`` is yours (kept as the article's ``source_id``)."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    id: str | None = Field(default=None, max_length=500)
    title: str | None = Field(default=None, max_length=2000)
    outlet: str | None = Field(default=None, max_length=500)
    url: str | None = Field(default=None, max_length=4000)
    published: str | None = Field(default=None, max_length=100,
                                  description="Publication date as written, e.g. 2020-10-24.")
    language: str | None = Field(default=None, max_length=16)

    @field_validator("text")
    @classmethod
    def _has_words(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the text is empty (only spaces)")
        return value


class Batch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(min_length=1, max_length=1000)


class IngestResult(BaseModel):
    """What happened to one posted article: ``new``, ``duplicate`` (the same text was stored
    before), ``seen`` (this very input was stored before) or ``failed`` (with ``reason``)."""

    status: Literal["new", "duplicate", "seen", "failed"]
    id: str | None = None
    source_id: str | None = None
    position: int | None = None
    reason: str | None = None
    title: str | None = None


class IngestReport(BaseModel):
    results: list[IngestResult]
    new: int
    duplicate: int
    seen: int
    failed: int


class ErrorDetail(BaseModel):
    status: int
    message: str
    problems: list[str] = []


class Error(BaseModel):
    error: ErrorDetail
