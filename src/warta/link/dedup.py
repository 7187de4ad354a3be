"""Duplicates and syndicated copies: articles whose texts are nearly the same, or that state
the same facts in another language or other words.

Each article's cleaned text becomes a MinHash of its word 5-shingles (datasketch); locality-
sensitive hashing finds the candidate pairs (never all pairs), and the pairs whose estimated
Jaccard similarity reaches ``THRESHOLD`` are joined. The groups are the connected components, so
they do not depend on the order articles arrive in. The canonical article of a group is the
earliest published (then the longest); the others are its copies, listed with their outlets.
"""

from __future__ import annotations

import functools
import hashlib
import re
import threading
from collections import OrderedDict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from warta.model import Article, Extraction

THRESHOLD = 0.7
NUM_PERM = 128
SHINGLE = 5
_WORD = re.compile(r"\w+", re.UNICODE)


# Translated or rewritten copies share no wording but the same facts: figures and events.
FACT_OVERLAP = 0.8
MIN_FACTS = 3


def facts(extraction: Extraction) -> frozenset[tuple]:
    """What a report states, independent of its language: its figures (kind, value, as-of day)
    and its events (sub-type, day, resolved places)."""
    out: set[tuple] = set()
    for c in extraction.claims:
        out.add(("figure", c.kind, c.value, c.as_of.value if c.as_of else None))
    for e in extraction.events:
        places = frozenset(p.gazetteer_id for p in e.places if p.gazetteer_id)
        if places:
            out.add(("event", e.sub_event_type, e.date.value if e.date else None, places))
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    canonical: str  # article id
    copies: tuple[str, ...]  # article ids
    outlets: tuple[str, ...]  # every outlet of the group, canonical first


# An article's MinHash is the same each time its story is linked again (incremental linking
# reads a running story's articles batch after batch): kept for the most recent texts.
_CACHE_SIZE = 50_000
_cache: OrderedDict[bytes, object] = OrderedDict()
_lock = threading.Lock()


@functools.cache
def _permutations():  # type: ignore[no-untyped-def]
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM)
    return m.permutations, m.scheme


def _minhash(text: str):  # type: ignore[no-untyped-def]
    """The MinHash of ``text``'s word 5-shingles (hashed in one batch, with permutations
    made once; remembered for the last ``_CACHE_SIZE`` texts)."""
    from datasketch import MinHash

    key = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
    with _lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            return hit
    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    permutations, scheme = _permutations()
    m = MinHash(num_perm=NUM_PERM, permutations=permutations, scheme=scheme)
    m.update_batch([s.encode("utf-8", "surrogatepass") for s in sorted(shingles)])
    with _lock:
        _cache[key] = m
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return m


def duplicate_groups(articles: Iterable[Article], threshold: float = THRESHOLD,
                     extractions: Sequence[Extraction | None] | None = None,
                     fresh: Collection[str] | None = None,
                     known: Mapping[str, str] | None = None) -> list[DuplicateGroup]:
    """Groups of copies: near-identical texts (MinHash LSH) and, given the extractions,
    translated or rewritten copies (at least MIN_FACTS facts, FACT_OVERLAP of them shared).

    Incrementally, ``fresh`` are the articles not compared yet: only they are compared with
    the others (the others were compared with each other when they came), and ``known`` are
    the copies found then (copy id -> its canonical), kept. A group's canonical is chosen
    again among all its members, so an earlier copy arriving late becomes the canonical."""
    from datasketch import MinHashLSH

    items = list(articles)
    hashes = {a.id: _minhash(a.text) for a in items}
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    for aid, m in hashes.items():
        lsh.insert(aid, m)
    parent = {a.id: a.id for a in items}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for copy, canonical in sorted((known or {}).items()):
        if copy in parent and canonical in parent:
            parent[find(copy)] = find(canonical)
    asked = hashes if fresh is None else {a: m for a, m in hashes.items() if a in fresh}
    for aid, m in asked.items():
        for other in lsh.query(m):
            if other != aid and hashes[aid].jaccard(hashes[other]) >= threshold:
                parent[find(aid)] = find(other)
    if extractions is not None:
        facts_of = {a.id: facts(ex) for a, ex in zip(items, extractions, strict=True)
                    if ex is not None}
        by_fact: dict[tuple, list[str]] = {}
        for aid, fs in facts_of.items():
            for f in fs:
                by_fact.setdefault(f, []).append(aid)
        for aid, fs in facts_of.items():
            if len(fs) < MIN_FACTS or (fresh is not None and aid not in fresh):
                continue
            for other in {o for f in fs for o in by_fact[f]} - {aid}:
                theirs = facts_of[other]
                if len(theirs) >= MIN_FACTS and len(fs & theirs) >= FACT_OVERLAP * max(
                        len(fs), len(theirs)):
                    parent[find(aid)] = find(other)
    groups: dict[str, list[Article]] = {}
    for a in items:
        groups.setdefault(find(a.id), []).append(a)
    out = []
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda a: (a.published is None,
                                    a.published.value if a.published else None,
                                    -len(a.text), a.id))
        head, rest = members[0], members[1:]
        outlets = tuple(dict.fromkeys(a.outlet or a.source for a in members))
        out.append(DuplicateGroup(head.id, tuple(a.id for a in rest), outlets))
    return sorted(out, key=lambda g: g.canonical)
