"""Stories: articles about the same events, across languages.

Each article is described by what it is about and what it names: a multilingual sentence
embedding of its title and lead (:mod:`warta.link.embed`), and its specific names and resolved
places (capitalised words that are neither stopwords nor party names, and gazetteer ids),
weighted by TF-IDF. Two articles score ``cosine(embeddings) + NAME_WEIGHT * cosine(names)``.

Candidate pairs come from blocking, never from all pairs: each article's ``NEIGHBOURS`` nearest
neighbours in embedding space, and the articles sharing one of its rarer names or places (a
name in more than ``COMMON_FEATURE`` articles, a capital or a president, points to nothing in
particular). Dated pairs further apart than ``WINDOW_DAYS`` are never candidates.

Stories are grown by average linkage: candidate pairs scoring at least ``LINK`` are taken best
first, and each joins its two articles' stories only when the articles of the two stories score
at least ``JOIN`` on average, every article of one against every article of the other. A single
link is not enough, so one undated round-up, or one capital city two conflicts share, does not
chain them into one story. Duplicates (:mod:`warta.link.dedup`) start in one story. Pairs are
taken in the order of their scores, then their ids, so the result does not depend on the order
the articles come in. A story's id is taken from its earliest article, so it stays the same as
later articles join; its label is its most characteristic names.

The thresholds were calibrated on SemEval-2022 task 8's human judgements of English and
English-paired articles (``python -m warta.evaluate_dev --suite story_pairs``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence

import numpy as np

from warta.extract import story_names
from warta.link.dedup import DuplicateGroup, duplicate_groups
from warta.link.embed import DIM, Embedder
from warta.model import Article, Extraction, Story

NAME_WEIGHT = 0.3  # how much the shared names add to the embeddings' cosine
LINK = 0.60  # a pair at least this similar may join its two stories ...
JOIN = 0.55  # ... when their articles are at least this similar on average
NEIGHBOURS = 10  # nearest neighbours in embedding space taken as candidates
WINDOW_DAYS = 45  # an ongoing war is one story for weeks
LABEL_NAMES = 3
# A feature shared by more articles than this points to nothing in particular (a capital, a
# president): it is not used to find candidate pairs, only to score them.
COMMON_FEATURE = 200
_CHUNK = 1024  # rows of the embedding matrix compared at once
_DIGITS = 6  # scores are rounded so that float noise never reorders two pairs


def features(article: Article, extraction: Extraction | None) -> Counter[str]:
    """What an article names that points to its story: specific names and resolved places
    (``@`` and the gazetteer id), with how often it names each."""
    names = Counter(story_names(article))
    if extraction is not None:
        for e in extraction.events:
            for p in e.places:
                if p.gazetteer_id:
                    names[f"@{p.gazetteer_id}"] += 1
    return names


def _day(article: Article, extraction: Extraction | None) -> dt.date | None:
    if article.published:
        return article.published.value
    if extraction is not None and extraction.reference:
        return extraction.reference.value
    return None


def _dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def stories(articles: Sequence[Article], extractions: Sequence[Extraction | None] | None = None,
            copies: Sequence[DuplicateGroup] | None = None,
            vectors: Mapping[str, np.ndarray] | None = None,
            embedder: Embedder | None = None, df: Mapping[str, int] | None = None,
            total: int | None = None, names: Mapping[str, Counter[str]] | None = None,
            seeds: Sequence[Sequence[str]] | None = None,
            fresh: Collection[str] | None = None) -> list[Story]:
    """The stories ``articles`` form. ``copies`` are their duplicate groups and ``vectors``
    their title-and-lead embeddings when the caller has them already; what is missing is
    computed (with ``embedder``, made here when needed). ``df`` and ``total`` are the
    document frequencies of names and the number of articles in the whole corpus, when
    ``articles`` are part of it (incremental linking); by default ``articles`` are the
    corpus. ``names`` are the articles' :func:`features` where known already (stored when
    they were indexed), so that they are not read from the text again.

    Incrementally, ``seeds`` are the stored stories (their article ids) and ``fresh`` the
    articles not linked yet: the fresh articles' candidates bring them together with the
    stored stories they reach into blocks, and each block is linked again from scratch (its
    stored stories may grow, merge or split), as if it were the whole corpus; a stored story
    no fresh article reaches stays as it is. So the cost follows the blocks, not the
    corpus."""
    extractions = list(extractions) if extractions is not None else [None] * len(articles)
    by_id = {a.id: (a, ex) for a, ex in zip(articles, extractions, strict=True)}
    ids = sorted(by_id)
    n = len(ids)
    # in name order, however they were found, so that sums run in one order (float sums
    # depend on it) and a stored article scores exactly as a fresh one
    named = [Counter(dict(sorted((names[i] if names is not None and i in names
                                  else features(*by_id[i])).items()))) for i in ids]
    local: Counter[str] = Counter()
    for f in named:
        local.update(set(f))
    if df is not None:
        local = Counter({w: max(c, df.get(w, 0)) for w, c in local.items()})
    corpus = max(n, total or 0)
    weights = [{w: c * math.log(1 + corpus / local[w]) for w, c in f.items()} for f in named]
    unit = []
    for w in weights:
        norm = math.sqrt(sum(v * v for v in w.values()))
        unit.append({k: v / norm for k, v in w.items()} if norm else {})
    days = [_day(*by_id[i]) for i in ids]
    matrix = _matrix(ids, by_id, vectors, embedder)

    def score(i: int, j: int) -> float:
        return round(float(matrix[i] @ matrix[j]) + NAME_WEIGHT * _dot(unit[i], unit[j]),
                     _DIGITS)

    def apart(i: int, j: int) -> bool:
        di, dj = days[i], days[j]
        return di is not None and dj is not None and abs((di - dj).days) > WINDOW_DAYS

    position = {aid: k for k, aid in enumerate(ids)}
    groups = list(copies if copies is not None else duplicate_groups(
        articles, extractions=extractions))
    settled: list[list[int]] = []
    if fresh is None:
        pairs = _candidates(matrix, named, local)
    else:
        pairs, settled = _blocks(matrix, named, local, [aid in fresh for aid in ids],
                                 [[position[a] for a in seed if a in position]
                                  for seed in seeds or ()],
                                 [[position[g.canonical]] + [position[c] for c in g.copies]
                                  for g in groups], apart)
    pairs = {(i, j) for i, j in pairs if not apart(i, j)}
    edges = sorted((-s, i, j) for i, j in pairs if (s := score(i, j)) >= LINK)

    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    size = [1] * n
    sums = [matrix[k].astype(np.float64) for k in range(n)]
    names = [dict(u) for u in unit]

    def merge(a: int, b: int) -> None:
        if size[a] < size[b]:
            a, b = b, a
        parent[b] = a
        size[a] += size[b]
        sums[a] = sums[a] + sums[b]
        for k, v in names[b].items():
            names[a][k] = names[a].get(k, 0.0) + v
        names[b], sums[b] = {}, sums[b][:0]

    for group in groups:
        for copy in group.copies:
            a, b = find(position[copy]), find(position[group.canonical])
            if a != b:
                merge(a, b)
    for held in settled:  # stored stories no new article reaches stay as they are
        for k in held[1:]:
            a, b = find(k), find(held[0])
            if a != b:
                merge(a, b)
    for _, i, j in edges:
        a, b = find(i), find(j)
        if a == b:
            continue
        # average linkage: the mean score over every cross pair, from the stories' sums
        mean = (float(sums[a] @ sums[b]) + NAME_WEIGHT * _dot(names[a], names[b])) / (
            size[a] * size[b])
        if round(mean, _DIGITS) >= JOIN:
            merge(a, b)
    groups: dict[int, list[int]] = {}
    for k in range(n):
        groups.setdefault(find(k), []).append(k)
    out = []
    for members in groups.values():
        dated = sorted(d for d in (days[m] for m in members) if d)
        first = min(members, key=lambda m: (days[m] is None, days[m] or dt.date.min, ids[m]))
        totals: Counter[str] = Counter()
        for m in members:
            totals.update({w: v for w, v in weights[m].items() if not w.startswith("@")})
        label = ", ".join(w for w, _ in totals.most_common(LABEL_NAMES)) or "untitled"
        out.append(Story(id="s" + hashlib.sha256(ids[first].encode()).hexdigest()[:10],
                         label=label, article_ids=tuple(ids[m] for m in members),
                         first_seen=dated[0] if dated else None,
                         last_seen=dated[-1] if dated else None))
    return sorted(out, key=lambda s: (s.first_seen is None, s.first_seen or dt.date.min, s.id))


def _matrix(ids: Sequence[str], by_id: Mapping[str, tuple[Article, Extraction | None]],
            vectors: Mapping[str, np.ndarray] | None, embedder: Embedder | None
            ) -> np.ndarray:
    """The embeddings in the order of ``ids``: given ones taken, missing ones computed."""
    matrix = np.zeros((len(ids), DIM), dtype=np.float32)
    missing = []
    for k, aid in enumerate(ids):
        v = vectors.get(aid) if vectors is not None else None
        if v is None:
            missing.append(k)
        else:
            matrix[k] = v
    if missing:
        embedder = embedder or Embedder()
        matrix[missing] = embedder.articles([by_id[ids[k]][0] for k in missing])
    # as stored (half precision), so a fresh vector and a stored one score alike
    return matrix.astype(np.float16).astype(np.float32)


def _blocks(matrix: np.ndarray, features: Sequence[Counter[str]], df: Counter[str],
            fresh: Sequence[bool], seeds: Sequence[Sequence[int]],
            copies: Sequence[Sequence[int]], apart: Callable[[int, int], bool]
            ) -> tuple[set[tuple[int, int]], list[list[int]]]:
    """Incremental linking's candidate pairs: the new (``fresh``) articles' candidates join
    them with the stored stories (``seeds``) they reach into blocks, and each block is linked
    again from scratch, its articles' pairs its candidates, as if it were the whole corpus.
    Returns those pairs, and the blocks no new article reaches (stored stories, kept)."""
    n = len(fresh)
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    rows = [k for k in range(n) if fresh[k]]
    near = {(i, j) for i, j in _candidates(matrix, features, df, rows) if not apart(i, j)}
    for group in [*seeds, *copies]:
        for k in group[1:]:
            parent[find(k)] = find(group[0])
    for i, j in near:
        parent[find(i)] = find(j)
    blocks: dict[int, list[int]] = {}
    for k in range(n):
        blocks.setdefault(find(k), []).append(k)
    pairs: set[tuple[int, int]] = set()
    settled = []
    for members in blocks.values():
        if not any(fresh[k] for k in members):
            settled.append(members)
            continue
        # members are in ascending order, so i < j stays so
        pairs.update((members[i], members[j]) for i, j in _candidates(
            matrix[members], [features[k] for k in members], df))
    return pairs, settled


def _candidates(matrix: np.ndarray, features: Sequence[Counter[str]], df: Counter[str],
                rows: Sequence[int] | None = None) -> set[tuple[int, int]]:
    """Pairs (i < j) worth scoring: nearest neighbours in embedding space, and articles that
    share a name or place few articles have; only pairs with one of ``rows``, when given."""
    n = len(features)
    out: set[tuple[int, int]] = set()
    k = min(NEIGHBOURS, n - 1)
    floor = LINK - NAME_WEIGHT  # below this no names can lift a pair to LINK
    asked = np.arange(n) if rows is None else np.asarray(rows, dtype=np.int64)
    if k > 0:
        for start in range(0, len(asked), _CHUNK):
            part = asked[start:start + _CHUNK]
            sims = matrix[part] @ matrix.T
            sims[np.arange(len(part)), part] = -2.0
            near = np.argpartition(-sims, k - 1, axis=1)[:, :k]
            for row, cols in enumerate(near):
                i = int(part[row])
                for j in cols.tolist():
                    if sims[row, j] >= floor:
                        out.add((min(i, j), max(i, j)))
    wanted = None if rows is None else set(asked.tolist())
    index: dict[str, list[int]] = {}
    for i, f in enumerate(features):
        for w in f:
            if df[w] <= COMMON_FEATURE:
                index.setdefault(w, []).append(i)
    for postings in index.values():
        if wanted is None:
            for x, i in enumerate(postings):
                for j in postings[x + 1:]:
                    out.add((i, j))
            continue
        for i in wanted.intersection(postings):
            out.update((min(i, j), max(i, j)) for j in postings if j != i)
    return out
