"""The whole per-article pipeline against spaCy's bare tokenizer, on the same texts, in one run.

    .venv/bin/python bench/extract.py [--corpus PATH ...] [--articles N] [--no-stages]
                                      [--profile] [N]

``--corpus`` (repeatable) reads real articles: IndoSum's tokenised JSON Lines, warta's JSON
Lines, or an ACLED-format CSV of coders' notes, a file or a folder of them (bench/realtext.py);
each corpus is measured on its own. Without it the text is generated from the demo corpus and
the test fixtures (bench/clean.py), which is shorter and more regular than real articles: the
output says so. ``--articles`` (or the positional N) takes the first N articles (default 5,000
generated, all of a real corpus).

Timed, per article: ``pipeline.process`` with the gazetteer (cleaning, extraction, geocoding:
every per-article stage `warta run` does) and spaCy ``blank(lang)`` tokenisation (``id`` or
``en``, each document in its own language) of the same raw text. The two alternate in chunks of
50 articles, so both see the same load on a shared machine. Printed: articles/s and words/s of
each, their ratio (target: warta at least 1/3 of spaCy, issue 15), the share of warta's time per
stage (a separate, sampled pass: the stack is read every millisecond; ``--no-stages`` skips
it), and peak memory (resident set) after warta's pass and after spaCy's. ``--profile`` adds the
20 functions with the most own time under cProfile (a third pass). No assertion: machines here
are shared and noisy.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from realtext import Sampler, read_corpus, words

from warta.model import RawDoc

CHUNK = 50
TARGET = 1 / 3


def generated(n: int) -> list[RawDoc]:
    from clean import generate

    texts = generate(n, seed=11)
    random.Random(3).shuffle(texts)
    return [RawDoc(source=f"doc{i}", text=t, format="text") for i, t in enumerate(texts)]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(label: str, docs: list[RawDoc], stages: bool, profile: bool) -> None:
    from warta.clean.language import identify
    from warta.geo.gazetteer import Gazetteer
    from warta.pipeline import process

    gaz = Gazetteer()
    langs = [d.language or identify(d.text, None) for d in docs]
    langs = [lang if lang in ("id", "en") else "en" for lang in langs]
    process(docs[0], None, gaz)  # warm up: packs, patterns, gazetteer pages
    try:
        import spacy
    except ImportError:
        spacy = None
    nlps = {lang: spacy.blank(lang) for lang in set(langs)} if spacy else {}
    for nlp in nlps.values():
        nlp("warm up")

    warta_s = spacy_s = 0.0
    claims = events = failed = 0
    warta_peak = 0.0
    for lo in range(0, len(docs), CHUNK):
        chunk = docs[lo:lo + CHUNK]
        start = time.perf_counter()
        for raw in chunk:
            try:
                _, ex = process(raw, None, gaz)
            except ValueError:  # CleaningError: nothing left of the text
                failed += 1
                continue
            claims += len(ex.claims)
            events += len(ex.events)
        warta_s += time.perf_counter() - start
        warta_peak = max(warta_peak, peak_mb())
        if nlps:
            start = time.perf_counter()
            for raw, lang in zip(chunk, langs[lo:lo + CHUNK], strict=True):
                nlps[lang](raw.text)
            spacy_s += time.perf_counter() - start

    n = len(docs)
    w = sum(words(d.text) for d in docs)
    shown = "/".join(sorted(nlps)) or "-"
    print(f"== {label}")
    print(f"articles:                           {n:,} ({w / n:.0f} words, "
          f"{sum(len(d.text) for d in docs) / n:.0f} characters on average; languages "
          f"{', '.join(f'{k} {langs.count(k)}' for k in sorted(set(langs)))})")
    print(f"warta pipeline.process + gazetteer: {n / warta_s:8.0f} articles/s {w / warta_s:9.0f} "
          f"words/s per core ({warta_s:.1f} s; {claims:,} figures, {events:,} events"
          f"{f', {failed} with no text left' if failed else ''})")
    if nlps:
        print(f"spaCy blank({shown}) tokenisation:  {n / spacy_s:8.0f} articles/s "
              f"{w / spacy_s:9.0f} words/s per core ({spacy_s:.1f} s)")
        ratio = spacy_s / warta_s
        print(f"warta rate / spaCy rate:            {ratio:8.2f}   (target >= {TARGET:.2f}: "
              f"{'met' if ratio >= TARGET else 'NOT met'})")
    else:
        print("spaCy not installed (pip install '.[bench]'): no ratio")
    print(f"peak memory:                        {warta_peak:.0f} MB after warta, "
          f"{peak_mb():.0f} MB with spaCy loaded too")
    if stages:
        with Sampler() as sampler:
            for raw in docs:
                try:
                    process(raw, None, gaz)
                except ValueError:
                    continue
        print("share of warta's time per stage (sampled):")
        for stage, share in sampler.shares():
            if share >= 0.005:
                print(f"  {stage:<28} {share:6.1%}")
    if profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        for raw in docs:
            try:
                process(raw, None, gaz)
            except ValueError:
                continue
        prof.disable()
        print("cProfile, own time (the profiler slows small functions most):")
        pstats.Stats(prof).sort_stats("tottime").print_stats(20)
    gaz.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="?", type=int, help="same as --articles")
    parser.add_argument("--corpus", action="append", default=[],
                        help="real articles: IndoSum or warta JSON Lines, ACLED CSV (repeatable)")
    parser.add_argument("--articles", type=int, default=None, help="the first N articles")
    parser.add_argument("--no-stages", action="store_true", help="skip the per-stage pass")
    parser.add_argument("--profile", action="store_true", help="add a cProfile pass")
    args = parser.parse_args()
    limit = args.articles or args.n
    if not args.corpus:
        n = limit or 5000
        print(f"no --corpus: {n:,} generated articles (bench/clean.py), shorter and more "
              "regular than real text")
        measure("generated text", generated(n), not args.no_stages, args.profile)
        return
    for path in args.corpus:
        docs = read_corpus(path, limit)
        if not docs:
            print(f"== {path}: no articles in it")
            continue
        measure(f"real text: {path}", docs, not args.no_stages, args.profile)


if __name__ == "__main__":
    main()
