"""Duplicates and syndicated copies: articles whose texts are nearly the same.

Each article's cleaned text becomes a MinHash of its word 5-shingles (datasketch); locality-
sensitive hashing finds the candidate pairs (never all pairs), and the pairs whose estimated
Jaccard similarity reaches ``THRESHOLD`` are joined. The groups are the connected components, so
they do not depend on the order articles arrive in. The canonical article of a group is the
earliest published (then the longest); the others are its copies, listed with their outlets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from warta.model import Article

THRESHOLD = 0.7
NUM_PERM = 128
SHINGLE = 5
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    canonical: str  # article id
    copies: tuple[str, ...]  # article ids
    outlets: tuple[str, ...]  # every outlet of the group, canonical first


def _minhash(text: str):
    from datasketch import MinHash

    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    m = MinHash(num_perm=NUM_PERM)
    for s in shingles:
        m.update(s.encode("utf-8"))
    return m


def duplicate_groups(articles: Iterable[Article], threshold: float = THRESHOLD
                     ) -> list[DuplicateGroup]:
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

    for aid, m in hashes.items():
        for other in lsh.query(m):
            if other != aid and hashes[aid].jaccard(hashes[other]) >= threshold:
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
