"""Place-name keys: one normal form per name, plus the romanisation variants under which the same
place gets written (Azerbaijani, Armenian and Russian spellings of the Karabakh towns above all).

Both sides of a lookup go through ``variants``: the gazetteer stores every key of every name and
a query matches a place when their key sets intersect. A rule therefore only has to bring two
spellings to one common key; it never has to decide which spelling is right.

    Ağcabədi -> ağcabədi read as Azerbaijani -> aghjabadi, aghjabedi -> skeleton agjabadi, agjabedi
    Aghjabedi -> aghjabedi -> skeleton agjabedi            (meets Ağcabədi on agjabedi)
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import product

# Letters that Unicode does not decompose into base letter + mark, and apostrophes and modifier
# letters, which vanish (Stepʻanakert, Sol'deu, N'Djamena: writers drop them as often as not).
_FOLD = str.maketrans({
    "ə": "e", "ǝ": "e", "ı": "i", "ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ŧ": "t", "ð": "d",
    "þ": "th", "æ": "ae", "œ": "oe", "ŋ": "ng", "ƒ": "f", "ĸ": "k",
    "'": None, "’": None, "‘": None, "`": None, "´": None, "ʹ": None, "ʻ": None, "ʼ": None,
    "ʽ": None, "ʾ": None, "ʿ": None, "ˈ": None, "ˌ": None,
})
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_SEPARATORS = re.compile(r"[\W_]+")

# Azerbaijani (and Turkish) letters read the way English and Russian romanisations write them.
# Applied only to names that contain one of _TURKIC: "c" is j in Ağcabədi and Xocavənd but not in
# Cairo, and a plain ASCII name gives no sign of which it is.
_TURKIC = re.compile("[əǝğşçıxq]")
_TURKIC_READING = str.maketrans({
    "c": "j", "ç": "ch", "ş": "sh", "ğ": "gh", "ı": "i", "x": "kh", "q": "g", "ǝ": "ə",
})
# ə is a or e depending on who romanised it (Tərtər: Tartar, Terter); each ə is read both ways,
# every combination while there are few of them, else all-a and all-e.
_SCHWA_COMBINATIONS = 3

# The skeleton folds what romanisations disagree on and languages rarely contrast: kh/x/h,
# gh/q/g, dzh/dj/j, doubled letters, a word-final y for i (Kubadly, Kubadli).
_SKELETON = (("dzh", "j"), ("dj", "j"), ("kh", "h"), ("gh", "g"), ("x", "h"), ("q", "g"))
_DOUBLE = re.compile(r"(\w)\1+")
_FINAL_Y = re.compile(r"y\b")
# Arabic names: the article, assimilated or not, is written or left out at will (Ar-Raqqa,
# Raqqa; al-Hasakeh, Hasakeh), and a final -h after a vowel likewise (Ar Raqqah, Raqqa).
_ARTICLE = re.compile(r"^(?:al|el|ar|as|ash|at|ad|az|an|ed|er|es|et|ez) (?=\w{3})")
_FINAL_H = re.compile(r"(?<=[aeiou])h\b")


def normalise(name: str) -> str:
    """Lower case without diacritics; hyphens, punctuation and runs of spaces become one space,
    apostrophes disappear: "Ağ-Dərə" -> "ag dere", "Stepʻanakert" -> "stepanakert"."""
    text = _MARKS.sub("", unicodedata.normalize("NFKD", name.casefold())).translate(_FOLD)
    return _SEPARATORS.sub(" ", text).strip()


@lru_cache(maxsize=131072)
def skeleton(key: str) -> str:
    """The loose form of a normalised key (see _SKELETON)."""
    for old, new in _SKELETON:
        key = key.replace(old, new)
    key = _FINAL_H.sub("", _ARTICLE.sub("", key))
    return _FINAL_Y.sub("i", _DOUBLE.sub(r"\1", key))


def _readings(name: str) -> list[str]:
    """The name as written, plus its Azerbaijani/Turkish reading(s) when it has the letters."""
    low = unicodedata.normalize("NFC", name.casefold())
    out = [low]
    if _TURKIC.search(low):
        turkic = low.translate(_TURKIC_READING)
        parts = turkic.split("ə")
        if len(parts) - 1 <= _SCHWA_COMBINATIONS:
            choices = list(product("ae", repeat=len(parts) - 1))
        else:
            choices = [("a",) * (len(parts) - 1), ("e",) * (len(parts) - 1)]
        for choice in choices:
            out.append(parts[0] + "".join(v + p for v, p in zip(choice, parts[1:], strict=True)))
    # ü: u in Latin romanisations, i in Russian-derived ones (Füzuli, Fizuli)
    out.extend([r.replace("ü", "i") for r in out if "ü" in r])
    return out


def variant_keys(name: str) -> frozenset[str]:
    """Every key ``name`` is indexed and looked up under (uncached; see ``variants``)."""
    keys: set[str] = set()
    for reading in _readings(name):
        key = normalise(reading)
        if key:
            keys.add(key)
            keys.add(skeleton(key))
    return frozenset(keys)


@lru_cache(maxsize=262144)
def cached_variant_keys(name: str) -> frozenset[str]:
    return variant_keys(name)


def variants(name: str) -> set[str]:
    """Normalised keys for ``name`` and its romanisation variants; two spellings of the same
    name share at least one key (Aghjabedi, Agjabedi, Ağcabədi; Gubadli, Qubadli; Khojavend,
    Xocavənd; Fizuli, Füzuli). Empty for a name with no letters or digits."""
    return set(cached_variant_keys(name))
