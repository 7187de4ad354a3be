"""warta.patterns: word lists written as a trie match exactly what the flat, longest-first
alternation matches, in every case mode, mixed case modes included."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from warta.patterns import WordScan, alternation, trie, word_pattern

# letters whose case re.I treats specially (Kelvin sign, long s, dotless and dotted i) beside
# plain ones, a hyphen, a dot and spaces: the places where a trie could go wrong
ALPHABET = "aAbBkKsSiI\u212a\u017f\u0131\u0130\u00e9\u00c9-. "
WORDS = st.lists(st.text(ALPHABET, max_size=5), min_size=1, max_size=12)
TEXT = st.text(ALPHABET + "  x", max_size=60)
WRAPS = ("(?:{})", r"(?<![\w-])(?:{})(?![\w-])", "({})x?", r"(?:{})\b")


def flat(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def spans(pattern: str, text: str, flags: int = 0) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in re.finditer(pattern, text, flags)]


@settings(max_examples=400, deadline=None)
@given(WORDS, TEXT)
def test_trie_matches_what_the_flat_alternation_matches(words: list[str], text: str) -> None:
    for flags in (0, re.I):
        for wrap in WRAPS:
            assert spans(wrap.format(alternation(words)), text, flags) == spans(
                wrap.format(flat(words)), text, flags)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.text(ALPHABET, min_size=1, max_size=5), max_size=6), min_size=1,
                max_size=4), TEXT)
def test_one_scan_finds_what_each_word_pattern_finds(lists: list[list[str]], text: str) -> None:
    # lists sharing words and prefixes ("a", "a b", "ab"): each still gets all its own matches
    scan = WordScan({str(i): words for i, words in enumerate(lists)})
    found = scan.finditer(text)
    for i, words in enumerate(lists):
        want = [m.span() for m in word_pattern(words).finditer(text)] if words else []  # none
        assert [m.span() for m in found[str(i)]] == want


def test_one_scan_of_speech_cues_keeps_overlapping_lists_apart() -> None:
    scan = WordScan({"speech": ["said", "told"], "according": ["according to"],
                     "denial": ["denied", "said it denied"]})
    found = scan.finditer("He said it denied the report, according to Reuters; she told them.")
    assert [m.group(0) for m in found["speech"]] == ["said", "told"]
    assert [m.group(0) for m in found["denial"]] == ["said it denied"]
    assert [m.group(0) for m in found["according"]] == ["according to"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.text(ALPHABET, max_size=5), st.booleans()), min_size=1,
                max_size=12), TEXT)
def test_mixed_case_modes_match_as_the_flat_alternation(pairs: list[tuple[str, bool]],
                                                        text: str) -> None:
    ordered = sorted(set(pairs), key=lambda p: len(p[0]), reverse=True)
    plain = "|".join(f"(?i:{re.escape(w)})" if fold else re.escape(w) for w, fold in ordered)
    wrap = r"(?<![\w-])(?:{})(?![\w])"
    assert spans(wrap.format(trie(pairs)), text) == spans(wrap.format(plain), text)


def test_longest_word_wins_and_case_follows_the_flags() -> None:
    pattern = word_pattern(["tembak", "tembakan", "Polisi"])
    assert [m.group(0) for m in pattern.finditer("Tembakan polisi, tembak-menembak")] == [
        "Tembakan", "polisi"]
    mixed = re.compile(trie([("Iran", False), ("iring", True)]))
    assert [m.group(0) for m in mixed.finditer("Iran iran IRING")] == ["Iran", "IRING"]
    assert alternation([]) == ""


@settings(max_examples=2000, deadline=None)
@given(st.text(".!?…\"'”’»)]( \n\t\u00a0ax", max_size=14) | st.builds(
    lambda a, n, b: f"{a}.{' ' * b}(x{'a' * n})", st.text("ab .", max_size=4),
    st.integers(0, 70), st.integers(0, 2)))
def test_ends_sentence_is_the_sentence_end_pattern(text: str) -> None:
    from warta.clean.furniture import _SENTENCE_END, ends_sentence

    assert ends_sentence(text) == bool(_SENTENCE_END.search(text))
