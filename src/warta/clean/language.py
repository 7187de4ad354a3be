"""Which language an article is in: py3langid, with the Indonesian/Malay confusion handled.

Identifiers trained on web text call short Indonesian text Malay (and the reverse). When the
identifier names a language that an installed pack lists in ``CONFUSED_WITH``, the words each
variety uses and the other does not decide (see lang/id/identify.py).
"""

from __future__ import annotations

import re
from functools import cache

from warta.lang import LanguagePack, available, load, load_all

# py3langid is as sure of 2,000 characters as of the whole article, and its cost grows with length.
SAMPLE_CHARS = 2000
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
_ALIASES = {"in": "id", "ind": "id", "eng": "en", "msa": "ms", "zsm": "ms"}


def normalise_code(code: str | None) -> str | None:
    """ISO 639-1 code from a hint such as ``id-ID``, ``en_US``, ``in`` or ``ind``."""
    if not code:
        return None
    base = re.split(r"[-_]", code.strip().lower(), maxsplit=1)[0]
    base = _ALIASES.get(base, base)
    return base if re.fullmatch(r"[a-z]{2,3}", base) else None


def identify(text: str, hint: str | None = None) -> str:
    """Language code of ``text``; a well-formed ``hint`` given by the input wins."""
    hinted = normalise_code(hint)
    if hinted:
        return hinted
    sample = text[:SAMPLE_CHARS]
    if not _WORD.search(sample):
        return "und"
    code = _by_stopwords(sample)
    if code is None:
        import py3langid

        code = py3langid.classify(sample)[0]
    return _resolve_confusion(code, sample)


# Stopword shares that settle the language without the statistical identifier: running text is
# about a third stopwords of its own language and clearly fewer of another's (Grefenstette
# 1995); English news is a sixth Indonesian stopwords (jusText's list holds "the", "and").
STOPWORD_SURE = 0.30
STOPWORD_MARGIN = 0.20
STOPWORD_MIN_TOKENS = 40


def _by_stopwords(sample: str) -> str | None:
    """The installed pack whose stopwords clearly dominate ``sample``, or None to ask py3langid."""
    tokens = [t.lower() for t in _WORD.findall(sample)]
    if len(tokens) < STOPWORD_MIN_TOKENS:
        return None
    shares = sorted(((sum(1 for t in tokens if t in pack.stoplist) / len(tokens), pack.code)
                     for pack in load_all()), reverse=True)
    if len(shares) < 2:
        return None
    (best, code), (second, _) = shares[0], shares[1]
    if best >= STOPWORD_SURE and best - second >= STOPWORD_MARGIN:
        return code
    return None


def _resolve_confusion(code: str, sample: str) -> str:
    """Indonesian or Malay: the words only one of them uses decide (ties go to the pack)."""
    for pack in load_all():
        for other, contrast in pack.confused_with.items():
            ours, theirs = _markers(contrast[pack.code], sample), _markers(contrast[other], sample)
            if code == other and ours >= theirs:
                return pack.code
            if code == pack.code and theirs > ours:
                return other
    return code


def _markers(markers: list[str], sample: str) -> int:
    low = sample.lower()
    single = {m for m in markers if " " not in m}
    return sum(1 for t in _WORD.findall(low) if t in single) + sum(
        low.count(m) for m in markers if " " in m)


@cache
def stoplist(code: str) -> frozenset[str]:
    """jusText's stoplist for ``code``: the pack's, else jusText's by the language's English name,
    else the union of the installed packs' stoplists."""
    if code in available():
        return load(code).stoplist
    import justext

    try:
        from babel import Locale

        name = Locale.parse(code).get_language_name("en")
    except Exception:
        name = None
    if name and name in justext.get_stoplists():
        return frozenset(justext.get_stoplist(name))
    return frozenset().union(*(p.stoplist for p in load_all()))


def pack_or_none(code: str) -> LanguagePack | None:
    return load(code) if code in available() else None
