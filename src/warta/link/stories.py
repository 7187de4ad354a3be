"""Stories: articles about the same events, across languages.

Two articles belong together when they share enough of what is specific to their news: names of
people and places (capitalised words that are neither stopwords nor party names, compared by
TF-IDF cosine, which works across Indonesian and English because names do not translate) and
resolved places (gazetteer ids), and when their dates are within ``WINDOW_DAYS``. Duplicates are
joined first. Stories are the connected components of that graph, so they do not depend on the
order articles arrive in; a story's id is taken from its earliest article, so it stays the same
as later articles join. Its label is its most characteristic names.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Sequence

from warta.extract import story_names
from warta.link.dedup import DuplicateGroup, duplicate_groups
from warta.model import Article, Extraction, Story

SIMILAR = 0.15  # cosine over specific names and places
WINDOW_DAYS = 45  # an ongoing war is one story for weeks
LABEL_NAMES = 3
# A feature shared by more articles than this points to nothing in particular (a capital, a
# president): it is not used to find candidate pairs, only to score them.
COMMON_FEATURE = 200


def _features(article: Article, extraction: Extraction | None) -> Counter[str]:
    names = Counter(story_names(article))
    if extraction is not None:
        for e in extraction.events:
            for p in e.places:
                if p.gazetteer_id:
                    names[f"@{p.gazetteer_id}"] += 1
    return names


def _day(article: Article, extraction: Extraction | None):
    if article.published:
        return article.published.value
    if extraction is not None and extraction.reference:
        return extraction.reference.value
    return None


def stories(articles: Sequence[Article], extractions: Sequence[Extraction | None] | None = None,
            copies: Sequence[DuplicateGroup] | None = None) -> list[Story]:
    """The stories ``articles`` form; ``copies`` are their duplicate groups when the caller
    has found them already."""
    extractions = list(extractions) if extractions is not None else [None] * len(articles)
    by_id = {a.id: (a, ex) for a, ex in zip(articles, extractions, strict=True)}
    ids = sorted(by_id)
    features = {i: _features(*by_id[i]) for i in ids}
    df: Counter[str] = Counter()
    for f in features.values():
        df.update(set(f))
    n = len(ids)
    vectors = {i: {w: c * math.log(1 + n / df[w]) for w, c in f.items()}
               for i, f in features.items()}
    norms = {i: math.sqrt(sum(v * v for v in vec.values())) for i, vec in vectors.items()}
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    if copies is None:
        copies = duplicate_groups(articles, extractions=extractions)
    for group in copies:
        for copy in group.copies:
            parent[find(copy)] = find(group.canonical)
    # candidate pairs share at least one feature (an inverted index, not all pairs)
    index: dict[str, list[str]] = {}
    for i in ids:
        for w in features[i]:
            index.setdefault(w, []).append(i)
    for i in ids:
        seen: set[str] = set()
        for w in features[i]:
            if df[w] > COMMON_FEATURE:
                continue  # too common to point to anything
            for j in index[w]:
                if j <= i or j in seen:
                    continue
                seen.add(j)
                di, dj = _day(*by_id[i]), _day(*by_id[j])
                if di and dj and abs((di - dj).days) > WINDOW_DAYS:
                    continue
                dot = sum(v * vectors[j].get(k, 0.0) for k, v in vectors[i].items())
                if norms[i] and norms[j] and dot / (norms[i] * norms[j]) >= SIMILAR:
                    parent[find(i)] = find(j)
    groups: dict[str, list[str]] = {}
    for i in ids:
        groups.setdefault(find(i), []).append(i)
    out = []
    for members in groups.values():
        days = sorted(d for d in (_day(*by_id[m]) for m in members) if d)
        first = min(members, key=lambda m: (_day(*by_id[m]) is None, _day(*by_id[m]), m))
        totals: Counter[str] = Counter()
        for m in members:
            totals.update({w: v for w, v in vectors[m].items() if not w.startswith("@")})
        label = ", ".join(w for w, _ in totals.most_common(LABEL_NAMES)) or "untitled"
        out.append(Story(id="s" + hashlib.sha256(first.encode()).hexdigest()[:10], label=label,
                         article_ids=tuple(sorted(members)),
                         first_seen=days[0] if days else None,
                         last_seen=days[-1] if days else None))
    return sorted(out, key=lambda s: (s.first_seen is None, s.first_seen, s.id))
