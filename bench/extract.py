"""Extraction throughput: articles per second for everything up to and including extraction,
against a plain spaCy ``blank`` tokenisation of the same texts, measured in one run.

    .venv/bin/python bench/extract.py [N]      (N articles, default 5,000; needs `.[bench]`)

The corpus is generated from the demo corpus and the test fixtures (sentences shuffled, numbers
changed), so every article is different. Timed, per article: clean() + extract() (language
identification, furniture, dateline, dates, sources, sentences, numbers, time expressions,
parties, attribution, casualty figures, events). Printed: articles per second per core, the
same for spaCy's blank tokenizer, their ratio, and peak memory. Target: at least 200 articles
per second per core. No assertion: machines here are noisy.
"""

from __future__ import annotations

import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from clean import generate

from warta.clean import clean
from warta.extract import extract
from warta.model import RawDoc


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    texts = generate(n, seed=11)
    random.Random(3).shuffle(texts)
    warm = clean(RawDoc(source="warmup", text=texts[0], format="text"))
    extract(warm)

    start = time.perf_counter()
    claims = events = 0
    for i, text in enumerate(texts):
        article = clean(RawDoc(source=f"doc{i}", text=text, format="text"))
        ex = extract(article)
        claims += len(ex.claims)
        events += len(ex.events)
    warta_s = time.perf_counter() - start

    try:
        import spacy
    except ImportError:
        spacy = None
    spacy_s = None
    if spacy is not None:
        nlp = spacy.blank("id")
        nlp("warm up")
        start = time.perf_counter()
        for text in texts:
            nlp(text)
        spacy_s = time.perf_counter() - start

    chars = sum(len(t) for t in texts)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles:                         {n} ({chars / n:.0f} characters on average)")
    print(f"warta clean + extract:            {n / warta_s:8.0f} articles/s per core "
          f"({warta_s:.1f} s; {claims} figures, {events} events)")
    if spacy_s is not None:
        print(f"spaCy blank('id') tokenisation:   {n / spacy_s:8.0f} articles/s per core "
              f"({spacy_s:.1f} s)")
        print(f"warta time / spaCy blank time:    {warta_s / spacy_s:8.1f}")
    else:
        print("spaCy not installed (pip install '.[bench]'): no ratio")
    print(f"peak memory:                      {peak_mb:.0f} MB")
    print(f"target 200 articles/s per core:   {'met' if n / warta_s >= 200 else 'NOT met'}")


if __name__ == "__main__":
    main()
