"""Real articles for the benchmarks (``--corpus PATH``), and the stage sampler.

A corpus is a file or a folder of files:

- JSON Lines in IndoSum's tokenised format (``paragraphs``: paragraph > sentence > token), read
  with :func:`warta.evaluate_dev.read_indosum` (publication date from the id, language id);
- JSON Lines in warta's own format (``{"id", "text", "published"?, "language"?}``);
- an ACLED-format CSV, whose ``notes`` are the texts (read with
  :func:`warta.evaluate_dev.read_acled_notes`; published = ``event_date``, language en).

``make bench`` passes ``../shared/dev/indosum`` and ``../shared/dev/acled`` when they exist;
without ``--corpus`` the benchmarks generate their text (``bench/corpus.py``) and say so.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from warta.model import RawDoc

SUFFIXES = (".jsonl", ".ndjson", ".csv")


def files(path: str | Path) -> list[Path]:
    path = Path(path)
    if path.is_dir():
        found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix in SUFFIXES)
        if not found:
            raise SystemExit(f"--corpus {path}: no {', '.join(SUFFIXES)} file in it")
        return found
    if not path.is_file():
        raise SystemExit(f"--corpus {path}: no such file or folder")
    return [path]


def _jsonl(path: Path) -> Iterator[RawDoc]:
    from warta.evaluate_dev import read_indosum

    with path.open(encoding="utf-8") as fh:
        first = next((line for line in fh if line.strip()), "{}")
    if "paragraphs" in json.loads(first):
        for _, raw in read_indosum(path):
            yield raw
        return
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            obj = json.loads(line)
            yield RawDoc(source=path.name, text=obj["text"], format="jsonl",
                         source_id=str(obj.get("id", n)), position=n,
                         published=obj.get("published"), language=obj.get("language"),
                         title=obj.get("title"))


def _acled(path: Path) -> Iterator[RawDoc]:
    from warta.evaluate_dev import read_acled_notes

    for row in read_acled_notes(path):
        if row.notes.strip():
            yield RawDoc(source=f"acled:{row.key}", text=row.notes, format="text",
                         source_id=row.key, position=row.line,
                         published=row.date.isoformat(), language="en")


def read_corpus(path: str | Path, limit: int | None = None) -> list[RawDoc]:
    """The documents of a corpus file or folder (the first ``limit``)."""
    out: list[RawDoc] = []
    for f in files(path):
        reader = _acled(f) if f.suffix == ".csv" else _jsonl(f)
        for raw in reader:
            out.append(raw)
            if limit and len(out) >= limit:
                return out
    return out


def language_of(docs: list[RawDoc]) -> str:
    """The corpus's main language (the documents' hints, else warta's identification)."""
    from warta.clean.language import identify

    counts = Counter(d.language or identify(d.text, None) for d in docs[:200])
    lang = counts.most_common(1)[0][0] if counts else "en"
    return lang if lang in ("id", "en") else "en"


def words(text: str) -> int:
    return len(text.split())


def as_jsonl(docs: list[RawDoc], out: Path) -> Path:
    """The documents as a warta JSON Lines file (what `warta run` reads)."""
    with out.open("w", encoding="utf-8") as fh:
        for i, d in enumerate(docs):
            record = {"id": d.source_id or f"doc-{i}", "text": d.text}
            for key in ("published", "language", "title"):
                if getattr(d, key):
                    record[key] = getattr(d, key)
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out


# -- where the time goes ------------------------------------------------------------------------

# (file under src/warta, function) -> stage; the first match from the outermost frame names the
# stage, and inside extraction the next match names its part.
STAGES: dict[tuple[str, str], str] = {
    ("clean/__init__.py", "clean"): "clean",
    ("extract/__init__.py", "extract"): "extract",
    ("geo/resolve.py", "geocode"): "geocode",
    ("geo/resolve.py", "focus_countries"): "geocode",
    ("annotate/sentences.py", "sentences"): "sentences",
    ("annotate/numbers.py", "find_numbers"): "numbers",
    ("annotate/timex.py", "find_times"): "time expressions",
    ("data/parties/__init__.py", "find"): "parties",
    ("data/parties/__init__.py", "belligerents_in"): "parties",
    ("extract/attribution.py", "__init__"): "attribution",
    ("extract/attribution.py", "sentence"): "attribution",
    ("extract/attribution.py", "quotes"): "attribution",
    ("extract/casualties.py", "claims_in_sentence"): "casualties",
    ("extract/events.py", "events_in_sentence"): "events",
    ("extract/events.py", "link"): "events",
    ("extract/events.py", "news_day"): "events",
}
_CLEAN_PARTS: dict[str, str] = {
    "language.py": "language", "furniture.py": "furniture", "metadata.py": "title/dateline",
    "dates.py": "dates", "sources.py": "sources",
}


def _stage(frame) -> str | None:  # type: ignore[no-untyped-def]
    chain = []
    while frame is not None:
        chain.append(frame)
        frame = frame.f_back
    top = None
    for f in reversed(chain):
        filename = f.f_code.co_filename.replace("\\", "/")
        if "/warta/" not in filename:
            continue
        rel = filename.rsplit("/warta/", 1)[1]
        label = STAGES.get((rel, f.f_code.co_name))
        if top is None:
            if label in ("clean", "extract", "geocode"):
                top = label
            continue
        if top == "clean" and rel.startswith("clean/") and rel != "clean/__init__.py":
            return f"clean: {_CLEAN_PARTS.get(rel.split('/')[-1], 'other')}"
        if top == "extract" and label and label not in ("clean", "extract", "geocode"):
            return f"extract: {label}"
    if top == "clean":
        return "clean: other"
    if top == "extract":
        return "extract: other"
    return top


class Sampler:
    """Samples the main thread's stack every ``interval`` seconds and counts the stage it is
    in: the share of time per stage, at a few per cent of overhead (unlike cProfile)."""

    def __init__(self, interval: float = 0.001) -> None:
        self.interval = interval
        self.counts: Counter[str] = Counter()
        self._stop = threading.Event()
        self._main = threading.main_thread().ident
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            frame = sys._current_frames().get(self._main)
            stage = _stage(frame) if frame is not None else None
            if stage:
                self.counts[stage] += 1
            time.sleep(self.interval)

    def __enter__(self) -> Sampler:
        self._switch = sys.getswitchinterval()
        sys.setswitchinterval(self.interval / 2)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        sys.setswitchinterval(self._switch)

    def shares(self) -> list[tuple[str, float]]:
        total = sum(self.counts.values()) or 1
        return sorted(((k, v / total) for k, v in self.counts.items()), key=lambda kv: -kv[1])
