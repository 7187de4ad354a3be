"""`make eval-dev`: warta scored on real, externally labelled text, against a ratchet baseline.

Each suite reads one kind of development data (see ``../shared/dev/README.md``), runs it through
the real pipeline and returns :class:`Measure` records; every measure carries the worst misses
so a developer sees what to fix next. The committed baseline (``eval/baseline.json``) holds the
figure each measure reached; a run fails when a figure falls below it (or, for counts of false
alarms, rises above it). ``eval/bars.json`` holds the issues' bars, printed beside each figure.

Suites:

- ``acled``: ACLED's coders' notes (one row = one report = one event), read with ``published``
  = ``event_date`` and ``language`` = en. warta's answer for a row is the event it reports with
  the most fatalities (else its first); fatalities = that event's toll, else the sum of the
  article's incident ``killed`` figures, else 0.
- ``indosum``: real Indonesian sport, show, technology and inspiration articles, where casualty
  figures and violent events are false alarms.
- ``seeds``: the five hand-annotated seed articles (figures, traps, events, actors).
- ``story_pairs``: SemEval-2022 task 8's English and English-paired rows, every text in one
  database and linked: pairs with ``Overall`` <= 1.5 should share a story, pairs >= 3 should
  not, and no story should swallow the corpus.
- ``geoparsing``: LGL, TR-News and GeoVirus: per corpus, the share of gold toponyms warta finds
  (a reported place overlapping the gold span, or with the same surface name) and, of those,
  the share it places within 161 km (``warta.evaluate_geoparsing``).

Run ``python -m warta.evaluate_dev --help``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import math
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.model import Article, Event, Extraction, RawDoc

EPSILON = 1e-9
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians",
                           "Riots"})
NEAR_KM = 25.0
MISSES = 20


@dataclass(frozen=True, slots=True)
class Miss:
    """One wrong answer: what the data says, what warta said, and where to look."""

    key: str
    gold: str
    got: str
    text: str
    weight: float = 1.0  # larger is worse; the worst misses are printed first


@dataclass(frozen=True)
class Measure:
    name: str
    value: float
    higher_is_better: bool = True
    detail: str = ""
    misses: tuple[Miss, ...] = ()
    # Share-type measures print with three decimals, counts as integers.
    count: bool = False

    def worst(self, n: int = MISSES) -> list[Miss]:
        return sorted(self.misses, key=lambda m: -m.weight)[:n]

    def shown(self) -> str:
        return f"{self.value:.0f}" if self.count else f"{self.value:.3f}"


Suite = Callable[[Path, "int | None"], list[Measure]]


def _progress(label: str, total: int | None) -> Any:
    from rich.progress import Progress

    progress = Progress(transient=True, console=_console())
    task = progress.add_task(label, total=total)
    return progress, task


def _console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


def _gazetteer() -> Any:
    from warta.geo.gazetteer import Gazetteer

    return Gazetteer()


def _process(raw: RawDoc, gazetteer: Any = None) -> tuple[Article, Extraction]:
    from warta.pipeline import process

    return process(raw, None, gazetteer)


# -- ACLED notes -----------------------------------------------------------------------------

_ACLED_DATE_FORMATS = ("%Y-%m-%d", "%d-%b-%y", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d/%m/%Y")


def parse_acled_date(value: str) -> dt.date | None:
    """ACLED's event_date in any of the forms its exports use (``9-May-20``, ``2020-05-09``,
    ``09 May 2020``)."""
    value = (value or "").strip()
    for fmt in _ACLED_DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


@dataclass(frozen=True, slots=True)
class AcledRow:
    line: int
    key: str
    notes: str
    date: dt.date
    event_type: str
    sub_event_type: str
    actor1: str
    latitude: float | None
    longitude: float | None
    fatalities: int


@dataclass(frozen=True, slots=True)
class AcledAnswer:
    """warta's answer for one report, read as the dev README defines it."""

    event: Event | None
    fatalities: int
    article: Article
    extraction: Extraction


class AcledFileError(ValueError):
    """An ACLED-format CSV that cannot be used; the message names the file and the reason."""


def read_acled_notes(path: str | Path) -> list[AcledRow]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise AcledFileError(f"{path}: cannot read it ({exc})") from None
    reader = csv.DictReader(text.splitlines())
    need = ("notes", "event_date", "event_type", "sub_event_type", "fatalities")
    missing = [c for c in need if c not in (reader.fieldnames or [])]
    if missing:
        raise AcledFileError(f"{path}: not an ACLED-format CSV (no {', '.join(missing)} column)")
    rows = []
    for line, row in enumerate(reader, start=2):
        date = parse_acled_date(row["event_date"])
        if date is None:
            raise AcledFileError(f"{path}:{line}: event_date {row['event_date']!r} is not a date")
        try:
            fatalities = int(float(row["fatalities"] or 0))
        except ValueError:
            raise AcledFileError(f"{path}:{line}: fatalities {row['fatalities']!r} is not a "
                                 "number") from None
        key = row.get("event_id_cnty") or row.get("data_id") or f"line {line}"
        rows.append(AcledRow(line, key, row["notes"] or "", date, row["event_type"],
                             row["sub_event_type"], row.get("actor1") or "",
                             _float(row.get("latitude")), _float(row.get("longitude")),
                             fatalities))
    return rows


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def acled_answer(row: AcledRow, gazetteer: Any = None) -> AcledAnswer:
    raw = RawDoc(source=f"acled:{row.key}", text=row.notes, format="text", source_id=row.key,
                 published=row.date.isoformat(), language="en")
    article, extraction = _process(raw, gazetteer)
    events = extraction.events
    event = max(events, key=lambda e: e.fatalities or 0) if events else None
    if event is not None and not event.fatalities:
        event = events[0]
    if event is not None and event.fatalities:
        fatalities = event.fatalities
    else:
        fatalities = sum(c.value for c in extraction.claims
                         if c.kind == "killed" and not c.cumulative)
    return AcledAnswer(event, fatalities, article, extraction)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    from warta.evaluate_acled import _km

    return _km(lat1, lon1, lat2, lon2)


_STATE_FORCE = re.compile(r"^(?:Military|Police) Forces of (.+?) \(")


def actor1_right(gold: str, got: str | None) -> bool | None:
    """Whether warta's actor1 (a party code) names the row's actor1; None when the row's actor1
    is of a kind warta does not code as a party (protesters, rioters, unidentified groups)."""
    from warta.data.parties import table

    state = _STATE_FORCE.match(gold)
    parties = table()
    if state:
        want = parties.code_of(state.group(1))
        return want is not None and got == want
    if re.match(r"^(?:Protesters|Rioters|Unidentified|Civilians|Private Security)", gold):
        return None
    if not got:
        return False
    name = parties.names.get(got, got)
    gold_f = gold.casefold()
    return name.casefold() in gold_f or got.casefold() in re.findall(r"\w+", gold_f)


def acled_scores(rows: list[AcledRow], answers: list[AcledAnswer]) -> list[Measure]:
    fat_with: list[Miss] = []
    fat_without: list[Miss] = []
    n_with = n_without = 0
    sub_miss: list[Miss] = []
    type_miss: list[Miss] = []
    date_miss: list[Miss] = []
    loc_miss: list[Miss] = []
    actor_miss: list[Miss] = []
    located_gold = actor_rows = dated_rows = 0
    date_event_miss: list[Miss] = []
    confusions: Counter[tuple[str, str]] = Counter()
    for row, ans in zip(rows, answers, strict=True):
        e = ans.event
        text = row.notes
        if row.fatalities:
            n_with += 1
            if ans.fatalities != row.fatalities:
                fat_with.append(Miss(row.key, str(row.fatalities), str(ans.fatalities), text,
                                     abs(ans.fatalities - row.fatalities) + 1))
        else:
            n_without += 1
            if ans.fatalities:
                fat_without.append(Miss(row.key, "0", str(ans.fatalities), text,
                                        ans.fatalities))
        got_sub = e.sub_event_type if e else "-"
        got_type = e.event_type if e else "-"
        if got_sub != row.sub_event_type:
            confusions[(row.sub_event_type, got_sub)] += 1
            sub_miss.append(Miss(row.key, row.sub_event_type, got_sub, text))
        if got_type != row.event_type:
            type_miss.append(Miss(row.key, row.event_type, got_type, text))
        got_date = e.date.value if e and e.date else None
        if e is not None:
            dated_rows += 1
            if got_date != row.date:
                off = abs((got_date - row.date).days) if got_date else 10_000
                date_event_miss.append(Miss(row.key, row.date.isoformat(),
                                            got_date.isoformat() if got_date else "-", text,
                                            off))
        if got_date != row.date:
            off = abs((got_date - row.date).days) if got_date else 10_000
            date_miss.append(Miss(row.key, row.date.isoformat(),
                                  got_date.isoformat() if got_date else "-", text, off))
        if row.latitude is not None and row.longitude is not None:
            located_gold += 1
            loc = e.location if e else None
            if loc is None or loc.latitude is None or loc.longitude is None:
                loc_miss.append(Miss(row.key, f"{row.latitude:.3f},{row.longitude:.3f}",
                                     "-", text, 20_000))
            else:
                d = km(row.latitude, row.longitude, loc.latitude, loc.longitude)
                if d > NEAR_KM:
                    loc_miss.append(Miss(row.key, f"{row.latitude:.3f},{row.longitude:.3f}",
                                         f"{loc.name} ({d:.0f} km)", text, d))
        right = actor1_right(row.actor1, e.actor1 if e else None)
        if right is not None:
            actor_rows += 1
            if not right:
                actor_miss.append(Miss(row.key, row.actor1, (e.actor1 or "-") if e else "-",
                                       text))
    n = len(rows)
    top = ", ".join(f"{g} → {w} ×{c}" for (g, w), c in confusions.most_common(6))

    def share(misses: list[Miss], total: int) -> float:
        return (total - len(misses)) / total if total else 1.0

    return [
        Measure("acled fatalities exact (rows with deaths)", share(fat_with, n_with),
                detail=f"{n_with - len(fat_with)} of {n_with}", misses=tuple(fat_with)),
        Measure("acled fatalities exact (rows without deaths)", share(fat_without, n_without),
                detail=f"{n_without - len(fat_without)} of {n_without}",
                misses=tuple(fat_without)),
        Measure("acled sub_event_type", share(sub_miss, n),
                detail=f"{n - len(sub_miss)} of {n}; most confused: {top}",
                misses=tuple(sub_miss)),
        Measure("acled event_type", share(type_miss, n), detail=f"{n - len(type_miss)} of {n}",
                misses=tuple(type_miss)),
        Measure("acled date exact", share(date_miss, n), detail=f"{n - len(date_miss)} of {n}",
                misses=tuple(date_miss)),
        Measure("acled date exact (rows with an event)", share(date_event_miss, dated_rows),
                detail=f"{dated_rows - len(date_event_miss)} of {dated_rows} rows where warta "
                       "reports an event", misses=tuple(date_event_miss)),
        Measure("acled location within 25 km", share(loc_miss, located_gold),
                detail=f"{located_gold - len(loc_miss)} of {located_gold}",
                misses=tuple(loc_miss)),
        Measure("acled actor1 (state forces and named groups)", share(actor_miss, actor_rows),
                detail=f"{actor_rows - len(actor_miss)} of {actor_rows} rows whose actor1 is a "
                       "party", misses=tuple(actor_miss)),
    ]


def run_acled(path: str | Path, limit: int | None = None, gazetteer: Any = None
              ) -> list[Measure]:
    rows = read_acled_notes(path)
    if limit:
        rows = rows[:limit]
    if gazetteer is None:
        gazetteer = _gazetteer()
    progress, task = _progress(f"ACLED notes ({Path(path).name})", len(rows))
    answers = []
    with progress:
        for row in rows:
            answers.append(acled_answer(row, gazetteer))
            progress.advance(task)
    return acled_scores(rows, answers)


def suite_acled(shared: Path, limit: int | None) -> list[Measure]:
    return run_acled(shared / "dev" / "acled" / "acled_2020-04-27_to_2020-05-09_dev.csv", limit)


# -- IndoSum: false alarms in articles that are not about violence ----------------------------

QUIET_CATEGORIES = frozenset({"olahraga", "showbiz", "hiburan", "teknologi", "inspirasi"})
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,;:!?%)\]}'\"”’])")
_SPACE_AFTER_OPEN = re.compile(r"([(\[{“‘])\s+")


def indosum_text(paragraphs: list[list[list[str]]]) -> str:
    """IndoSum's tokenised paragraphs as running text: tokens joined with spaces, then no space
    before punctuation (nor after an opening bracket)."""
    out = []
    for paragraph in paragraphs:
        sentences = [" ".join(tokens) for tokens in paragraph]
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", " ".join(sentences))
        out.append(_SPACE_AFTER_OPEN.sub(r"\1", text))
    return "\n\n".join(out)


def read_indosum(path: str | Path) -> Iterator[tuple[dict[str, Any], RawDoc]]:
    path = Path(path)
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            record = json.loads(line)
            ident = str(record.get("id", n))
            stamp = re.match(r"\d{9,11}", ident)
            published = (dt.datetime.fromtimestamp(int(stamp.group(0)), dt.UTC).date().isoformat()
                         if stamp else None)
            yield record, RawDoc(source=f"{path.name}", text=indosum_text(record["paragraphs"]),
                                 format="text", source_id=ident, position=n,
                                 published=published, language="id")


def suite_indosum(shared: Path, limit: int | None) -> list[Measure]:
    path = shared / "dev" / "indosum" / "indosum_dev_02-05.jsonl"
    quiet = [(rec, raw) for rec, raw in read_indosum(path) if rec.get("category") in
             QUIET_CATEGORIES]
    if limit:
        quiet = quiet[:limit]
    figures: list[Miss] = []
    violent: list[Miss] = []
    progress, task = _progress("IndoSum non-headline articles", len(quiet))
    with progress:
        for rec, raw in quiet:
            _, extraction = _process(raw)
            for claim in extraction.claims:
                sentence = claim.sentence.text if claim.sentence else claim.evidence.text
                figures.append(Miss(f"{rec['category']} {raw.source_id}", "no figure",
                                    f"{claim.kind} {claim.value}", sentence))
            for event in extraction.events:
                if event.event_type in VIOLENT_TYPES:
                    violent.append(Miss(f"{rec['category']} {raw.source_id}", "no event",
                                        f"{event.sub_event_type} ({event.trigger})",
                                        event.evidence[0].text if event.evidence else ""))
            progress.advance(task)
    return [
        Measure("indosum casualty figures in non-headline articles", len(figures), False,
                f"in {len(quiet)} sport/show/technology/inspiration articles",
                tuple(figures), count=True),
        Measure("indosum violent events in non-headline articles", len(violent), False,
                f"in {len(quiet)} articles", tuple(violent), count=True),
    ]


# -- seeds ------------------------------------------------------------------------------------

SEED_MEASURES = ("figures F1", "figure fields (all)", "events recall", "events precision",
                 "event event_type", "event sub_event_type", "event date", "event actor1",
                 "event target", "event places", "publication date accuracy")


def suite_seeds(shared: Path, limit: int | None) -> list[Measure]:
    from warta.evaluate import evaluate

    report = evaluate(shared / "corpus" / "seeds", shared / "gold" / "seeds")
    rows = {r["measure"]: r for r in report.rows()}
    problems = tuple(Miss("seeds", "", "", p) for p in report.problems)
    out = [Measure(f"seeds {name}", rows[name]["score"], detail=rows[name]["detail"],
                   misses=tuple(m for m in problems if _about(name, m.text)))
           for name in SEED_MEASURES if name in rows]
    trap = rows.get("traps avoided")
    if trap is not None:
        reported = int(re.match(r"\d+", trap["detail"]).group(0))  # type: ignore[union-attr]
        out.append(Measure("seeds traps reported as figures", reported, False, trap["detail"],
                           count=True))
    import tempfile

    with tempfile.TemporaryDirectory(prefix="warta-mixed-") as folder:
        out.append(mixed_year_dates(shared / "corpus" / "seeds", shared / "gold" / "seeds",
                                    Path(folder)))
    return out


# Articles of another year that a run may hold beside the seeds: written for this check, dated
# in full, about other things. A seed's year-less date must not take their year.
OTHER_YEAR_ARTICLES = {
    "banjir_2023.txt": (
        "Banjir Rendam Ratusan Rumah di Bekasi\n\n"
        "Bekasi, Senin (6/3/2023) - Hujan deras sejak Minggu malam membuat Kali Bekasi meluap. "
        "Ratusan rumah di Kecamatan Rawalumbu terendam air setinggi satu meter, kata Kepala "
        "BPBD Kota Bekasi kepada wartawan. Warga mengungsi ke masjid dan balai warga.\n"),
    "festival_2023.txt": (
        "Festival Kopi Toraja Dibuka\n\n"
        "Makassar, Sabtu (14/10/2023) - Festival Kopi Toraja tahun 2023 dibuka oleh Gubernur "
        "Sulawesi Selatan di Pantai Losari. Puluhan petani dari Enrekang dan Tana Toraja "
        "memamerkan hasil panen mereka.\n"),
    "harbour_2023.txt": (
        "New ferry terminal opens in Surabaya\n\n"
        "SURABAYA, Wednesday, 22 November 2023 - A new ferry terminal opened at Tanjung Perak "
        "on Wednesday, the port operator said. The terminal will serve routes to Madura and "
        "Bali.\n"),
}


def mixed_year_dates(seeds: Path, gold: Path, folder: Path) -> Measure:
    """The seeds ingested in one run with :data:`OTHER_YEAR_ARTICLES` (written into
    ``folder``): is every seed dated as the gold says?"""
    from warta.ingest import ReadOptions, expand
    from warta.pipeline import ingest

    for name, text in OTHER_YEAR_ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    truth = json.loads((gold / "articles.json").read_text(encoding="utf-8"))
    got: dict[str, str | None] = {}
    for r in ingest(expand([str(seeds), str(folder)]), None, ReadOptions()):
        if r.article is not None:
            got[Path(r.source).stem] = r.article.published.iso() if r.article.published else None
    misses = tuple(Miss(doc, str(want.get("date")), str(got.get(doc)), doc)
                   for doc, want in truth.items() if got.get(doc) != want.get("date"))
    n = len(truth)
    return Measure("seeds dated right in a mixed-year run", (n - len(misses)) / n if n else 1.0,
                   detail=f"{n - len(misses)} of {n}, beside {len(OTHER_YEAR_ARTICLES)} "
                          "articles of 2023", misses=misses)


def _about(measure: str, problem: str) -> bool:
    words = measure.replace("(all)", "").split()
    return any(w in problem for w in words[-1:])


# -- story pairs -----------------------------------------------------------------------------

SAME_STORY = 1.5  # Overall at most this: one story
OTHER_STORY = 3.0  # Overall at least this: different stories
STORY_PAIRS_BATCH = 100  # articles stored between two incremental link runs


@dataclass(frozen=True, slots=True)
class StoryPair:
    first: str  # article ids as the data gives them
    second: str
    overall: float
    languages: str


def read_story_pairs(path: str | Path, limit: int | None = None
                     ) -> tuple[list[StoryPair], dict[str, RawDoc]]:
    """The English and English-paired rows of SemEval-2022 task 8 (``en`` on either side) and
    their texts, one document per article id."""
    pairs: list[StoryPair] = []
    docs: dict[str, RawDoc] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if "en" not in (row["lang1"], row["lang2"]):
                continue
            first, second = row["pair_id"].split("_")
            pairs.append(StoryPair(first, second, float(row["Overall"]),
                                   f"{row['lang1']}-{row['lang2']}"))
            for ident, text in ((first, row["text1"]), (second, row["text2"])):
                docs.setdefault(ident, RawDoc(source=f"story_pairs/{ident}", text=text,
                                              format="text", source_id=ident))
            if limit and len(pairs) >= limit:
                break
    return pairs, docs


def story_pair_scores(pairs: list[StoryPair], story_of: dict[str, str | None],
                      leads: dict[str, str]) -> list[Measure]:
    """Same-story pairs in one story, different-story pairs apart, and the largest story's
    share of the articles."""
    def together(p: StoryPair) -> bool:
        a, b = story_of.get(p.first), story_of.get(p.second)
        return a is not None and a == b

    def miss(p: StoryPair, got: str) -> Miss:
        return Miss(f"{p.first}_{p.second} ({p.languages}, Overall {p.overall})",
                    "one story" if p.overall <= SAME_STORY else "different stories", got,
                    f"{leads.get(p.first, '')[:90]} | {leads.get(p.second, '')[:90]}")

    same = [p for p in pairs if p.overall <= SAME_STORY]
    other = [p for p in pairs if p.overall >= OTHER_STORY]
    apart_misses = tuple(miss(p, "one story") for p in other if together(p))
    together_misses = tuple(miss(p, "apart") for p in same if not together(p))
    sizes = Counter(s for s in story_of.values() if s is not None)
    largest = max(sizes.values(), default=0) / max(1, len(story_of))
    return [
        Measure("story_pairs same story together", _share(len(same) - len(together_misses),
                                                          len(same)),
                detail=f"{len(same)} pairs with Overall <= {SAME_STORY}",
                misses=together_misses),
        Measure("story_pairs different stories apart", _share(len(other) - len(apart_misses),
                                                              len(other)),
                detail=f"{len(other)} pairs with Overall >= {OTHER_STORY}", misses=apart_misses),
        Measure("story_pairs largest story share", largest, False,
                f"{max(sizes.values(), default=0)} of {len(story_of)} articles in "
                f"{len(sizes)} stories"),
    ]


def _share(right: int, total: int) -> float:
    return right / total if total else 0.0


def suite_story_pairs(shared: Path, limit: int | None) -> list[Measure]:
    """Every text of the English and English-paired rows into one database, through the real
    pipeline, linked incrementally every ``STORY_PAIRS_BATCH`` articles as a stream of ingests
    would be; then where each pair's articles ended up."""
    import tempfile

    from warta.store import Store, links

    path = shared / "dev" / "story_pairs" / "semeval2022_task8_training_pairs.csv"
    pairs, docs = read_story_pairs(path, limit)
    gazetteer = _gazetteer()
    ids: dict[str, str] = {}
    leads: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as folder, Store(str(Path(folder) / "pairs.db")) as store:
        progress, task = _progress("story pairs: articles", len(docs))
        with progress:
            for ident, raw in docs.items():
                try:
                    article, extraction = _process(raw, gazetteer)
                except Exception as exc:  # a text the cleaner refuses stays out of every story
                    leads[ident] = f"(not read: {exc})"
                    progress.advance(task)
                    continue
                ids[ident] = store.add(article, extraction).article_id
                leads[ident] = " ".join(article.text.split())
                progress.advance(task)
                if len(ids) % STORY_PAIRS_BATCH == 0:
                    links.link_new(store)  # linked in batches, against the stored stories
        links.link_new(store)
        story = links.story_of(store)
    gazetteer.close()
    story_of = {ident: story.get(ids[ident]) if ident in ids else None for ident in docs}
    return story_pair_scores(pairs, story_of, leads)


# -- geoparsing corpora ----------------------------------------------------------------------


def suite_geoparsing(shared: Path, limit: int | None) -> list[Measure]:
    from warta.evaluate_geoparsing import CORPORA, WITHIN_KM, evaluate_corpus

    gazetteer = _gazetteer()
    measures = []
    for corpus in CORPORA:
        path = shared / "dev" / "geoparsing" / f"{corpus}.xml"
        if not path.is_file():
            continue
        score = evaluate_corpus(path, gazetteer, limit)
        lost = tuple(Miss(key, "a toponym", what, "") for key, what in score.misses
                     if what.startswith("not found"))
        far = tuple(Miss(key, f"within {WITHIN_KM:.0f} km", what, "")
                    for key, what in score.misses if not what.startswith("not found"))
        measures += [
            Measure(f"geoparsing {corpus} toponyms found", score.found_share,
                    detail=f"{score.found} of {score.gold} gold toponyms", misses=lost),
            Measure(f"geoparsing {corpus} found within {WITHIN_KM:.0f} km", score.near_share,
                    detail=f"{score.near} of {score.found} found", misses=far),
        ]
    return measures


def suite_surfaces(shared: Path, limit: int | None) -> list[Measure]:
    """Every reporting command and the server over every corpus in one database, and whether
    they agree (warta.evaluate_surfaces)."""
    from warta.evaluate_surfaces import suite_surfaces as run

    return run(shared, limit)


SUITES: dict[str, Suite] = {
    "seeds": suite_seeds,
    "acled": suite_acled,
    "indosum": suite_indosum,
    "story_pairs": suite_story_pairs,
    "geoparsing": suite_geoparsing,
    "surfaces": suite_surfaces,
}


# -- the ratchet ------------------------------------------------------------------------------

@dataclass
class Verdict:
    measure: Measure
    baseline: float | None
    bar: float | None
    failed: bool = False
    notes: list[str] = field(default_factory=list)


def judge(measures: list[Measure], baseline: dict[str, float], bars: dict[str, float]
          ) -> list[Verdict]:
    out = []
    for m in measures:
        base = baseline.get(m.name)
        v = Verdict(m, base, bars.get(m.name))
        if base is not None:
            worse = (m.value < base - EPSILON) if m.higher_is_better else (m.value > base + EPSILON)
            v.failed = worse
        out.append(v)
    return out


def raised(measures: list[Measure], baseline: dict[str, float]) -> dict[str, float]:
    """The baseline with every figure that improved (or is new) moved to today's value."""
    out = dict(baseline)
    for m in measures:
        base = out.get(m.name)
        better = base is None or (m.value > base if m.higher_is_better else m.value < base)
        if better:
            # Rounded towards the safe side, so today's run passes against what it wrote.
            scaled = m.value * 10_000
            out[m.name] = m.value if m.count else (
                (math.floor(scaled + 1e-6) if m.higher_is_better else math.ceil(scaled - 1e-6))
                / 10_000)
    return out


def _bar_met(v: Verdict) -> str:
    if v.bar is None:
        return ""
    m = v.measure
    met = m.value >= v.bar - EPSILON if m.higher_is_better else m.value <= v.bar + EPSILON
    sign = "≥" if m.higher_is_better else "≤"
    return f"{'met' if met else 'not met'} ({sign} {v.bar:g})"


def _load(path: Path) -> dict[str, float]:
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise SystemExit(f"{path}: malformed JSON ({exc})") from None
    return {k: float(v) for k, v in data.items() if not k.startswith("_")}


def _write(path: Path, values: dict[str, float], note: str) -> None:
    data: dict[str, Any] = {"_": note}
    data.update(dict(sorted(values.items())))
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m warta.evaluate_dev",
        description="Score warta on the real development data in SHARED/dev and SHARED's seeds, "
                    "and compare every figure with the committed baseline.")
    parser.add_argument("--shared", default="../shared", help="the shared folder (../shared)")
    parser.add_argument("--suite", action="append", choices=sorted(SUITES),
                        help="run only this suite (repeatable); default: all")
    parser.add_argument("--limit", type=int, default=None,
                        help="only the first N rows of each suite (a quick look; no ratchet)")
    parser.add_argument("--baseline", default="eval/baseline.json")
    parser.add_argument("--bars", default="eval/bars.json")
    parser.add_argument("--update-baseline", action="store_true",
                        help="raise the baseline to every figure that improved")
    parser.add_argument("--misses", type=int, default=MISSES,
                        help="worst misses printed per measure (default 20; 0: none)")
    parser.add_argument("--json", action="store_true", help="one JSON object per measure")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1),
                        help="suites run at once, each in a process of its own (default: 2, "
                             "or 1 on a one-core machine)")
    args = parser.parse_args(argv)
    shared = Path(args.shared)
    if not (shared / "dev").is_dir():
        print(f"eval-dev: {shared / 'dev'} not found; nothing to score", file=sys.stderr)
        return 2
    measures = _run_suites(args.suite or list(SUITES), shared, args.limit, args.jobs)
    baseline_path, bars_path = Path(args.baseline), Path(args.bars)
    baseline = {} if args.limit else _load(baseline_path)
    verdicts = judge(measures, baseline, _load(bars_path))
    if args.json:
        for v in verdicts:
            print(json.dumps({"measure": v.measure.name, "score": v.measure.value,
                              "baseline": v.baseline, "bar": v.bar, "failed": v.failed,
                              "detail": v.measure.detail,
                              "misses": [{"key": m.key, "gold": m.gold, "got": m.got,
                                          "text": m.text[:300]}
                                         for m in v.measure.worst(args.misses)]},
                             ensure_ascii=False))
    else:
        _print(verdicts, args.misses)
    if args.update_baseline and not args.limit:
        _write(baseline_path, raised(measures, baseline),
               "eval-dev ratchet: make eval-dev fails when a figure falls below (counts: rises "
               "above) this; raise with `make eval-dev-update`")
        print(f"baseline written: {baseline_path}", file=sys.stderr)
    failed = [v for v in verdicts if v.failed]
    for v in failed:
        print(f"eval-dev: {v.measure.name} {v.measure.shown()} is worse than the baseline "
              f"{v.baseline:g}", file=sys.stderr)
    return 1 if failed else 0


def _run_suites(names: list[str], shared: Path, limit: int | None, jobs: int
                ) -> list[Measure]:
    """Every suite's measures, in the order named; with ``jobs`` > 1 the suites run in that many
    processes at once (each loads its own models; the gazetteer file is shared)."""
    if jobs <= 1 or len(names) <= 1:
        return [m for name in names for m in SUITES[name](shared, limit)]
    from concurrent.futures import ProcessPoolExecutor

    # the longest first, so that the short ones fill in around them
    order = sorted(names, key=lambda n: -_SECONDS.get(n, 0))
    with ProcessPoolExecutor(max_workers=min(jobs, len(names))) as pool:
        futures = {name: pool.submit(SUITES[name], shared, limit) for name in order}
        return [m for name in names for m in futures[name].result()]


# About how long each suite takes on one core of the development machine (for the order only).
_SECONDS = {"surfaces": 38, "story_pairs": 30, "acled": 15, "geoparsing": 12, "indosum": 8,
            "seeds": 4}


def _print(verdicts: list[Verdict], misses: int) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(width=None if sys.stdout.isatty() else 150)
    if misses:
        for v in verdicts:
            worst = v.measure.worst(misses)
            if not worst:
                continue
            console.rule(f"{escape(v.measure.name)}: {len(v.measure.misses)} misses, worst "
                         f"{len(worst)}", align="left")
            for m in worst:
                text = " ".join(m.text.split())
                console.print(f"[bold]{escape(m.key)}[/] gold {escape(m.gold)!s} | warta "
                              f"{escape(m.got)} | {escape(text[:240])}", soft_wrap=True)
    table = Table(title="warta eval-dev", title_justify="left")
    for col in ("measure", "score", "baseline", "bar", "detail"):
        table.add_column(col)
    for v in verdicts:
        base = "-" if v.baseline is None else f"{v.baseline:g}"
        score = v.measure.shown() + (" [red]below baseline[/]" if v.failed else "")
        table.add_row(escape(v.measure.name), score, base, _bar_met(v), escape(v.measure.detail))
    console.print(table)


if __name__ == "__main__":
    raise SystemExit(main())
