"""Page furniture out: share bars, related-article blocks, breadcrumbs, spam, page numbers.

The method is jusText's (Pomikálek 2011), applied to the lines of scraped text instead of HTML
blocks, with line features standing in for the link density that plain text has lost:

1. Each line gets a first class. Lines with an unmistakable furniture shape are ``bad`` at once
   (a share bar made only of share words, a "Read Next" cue and the headlines it links, a
   breadcrumb trail, gambling spam, a lone number, a copyright notice). The rest are classed by
   length and stopword density as jusText does (``short``, ``neargood``, ``good``, ``bad``),
   except that a line shaped like a sentence is never worse than ``neargood``.
2. ``short`` and ``neargood`` lines are then decided by their neighbours, the beginning and end
   of the text counting as ``bad``: a short line between article text is kept (a subheading, a
   one-line quote, a tag), a short line among furniture or trailing at the end goes.

The furniture vocabulary is data from every installed language pack; the stoplist is the
article's language's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from warta.lang import LanguagePack

Cls = Literal["good", "bad", "short", "neargood", "title"]

# jusText's defaults (justext.core): lengths in characters, densities as shares of words.
LENGTH_LOW = 70
LENGTH_HIGH = 200
STOPWORDS_LOW = 0.30
STOPWORDS_HIGH = 0.32
# A line shaped like a sentence: at least this many words, lower-case words among them, and
# sentence-final punctuation.
SENTENCE_MIN_WORDS = 5
# Related-article headlines are short; a line longer than this after a cue is article text.
HEADLINE_MAX_WORDS = 20

_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"""[.!?…]["'”’»)\]]*\s*$|[.!?…]\s*\(\S[^()]{0,60}\)\s*$|[”"]\s*$""")
_END_PUNCT = ".!?…"
_CLOSERS = "\"'”’»)]"


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends as a sentence does: ``_SENTENCE_END.search(text)``, read from the
    end of the line instead of tried at every full stop in it."""
    t = text.rstrip()  # the same whitespace as the regex's \s
    if not t:
        return False
    if t.rstrip(_CLOSERS)[-1:] in tuple(_END_PUNCT) or t[-1] in "”\"":
        return True
    if t[-1] != ")":
        return False
    # "... tewas. (ant)": a stop, then a bracket of one non-space character and up to 60
    # characters without brackets
    body = t[:-1]
    run = len(body) - max(body.rfind("("), body.rfind(")")) - 1  # bracket-free end of body
    for rest in (run - 1, run):
        c = len(body) - rest - 1
        if (0 <= rest <= 60 and c >= 1 and not body[c].isspace() and body[c - 1] == "("
                and body[:c - 1].rstrip()[-1:] in tuple(_END_PUNCT)):
            return True
    return False


_BREADCRUMB_SEP = re.compile(r"\s(?:›|»|>|/|\||→|::)\s|[›»→]")
_PAGE_COUNTER = re.compile(r"^\d{1,4}(\s*/\s*\d{1,4})?$")
_URL = re.compile(r"^(https?://|www\.)\S+$|^\S+@\S+\.\w+$", re.I)
_DECORATION = re.compile(r"^[\W_]+$", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Line:
    no: int
    text: str
    cls: Cls
    reason: str = ""
    # Furniture inserted into the body (an ad slot, "Baca juga: <headline>", a related-articles
    # block) says nothing about its neighbours, so the context pass looks through it.
    inserted: bool = False
    sentence: bool = False


@dataclass(frozen=True)
class Vocabulary:
    """The furniture words of all installed packs, merged, plus one pack's stoplist."""

    stoplist: frozenset[str]
    share_words: frozenset[str]
    related_cues: tuple[str, ...]
    breadcrumb_roots: tuple[str, ...]
    prompts: frozenset[str]
    spam: re.Pattern[str]
    copyright: tuple[str, ...]
    page: re.Pattern[str]
    timestamp_words: frozenset[str]
    byline_cues: tuple[str, ...]
    related: re.Pattern[str]  # a cue alone, or a cue and a colon: "Baca juga: ..."
    prompt_label: re.Pattern[str]  # "Editor: ..."
    byline: re.Pattern[str]  # "Oleh: ...", "By ...", "Laporan Wartawan ..."
    cta_words: frozenset[str]  # one-word calls to action
    cta_phrases: tuple[str, ...]  # several-word ones
    by_name: re.Pattern[str]  # a byline ending a timestamp line: "... 2020 by Hanin Mazaya"

    @classmethod
    def build(cls, stoplist: frozenset[str], packs: Iterable[LanguagePack]) -> Vocabulary:
        packs = list(packs)
        share = {w for p in packs for w in p.share_words}
        spam_terms = sorted({t for p in packs for t in p.spam_terms}, key=len, reverse=True)
        page_words = sorted({w for p in packs for w in p.page_words}, key=len, reverse=True)
        of_words = sorted({w for p in packs for w in p.page_of_words}, key=len, reverse=True)
        page = re.compile(
            r"^(?:{})\s*\d{{1,4}}(?:\s*(?:{}|/)\s*\d{{1,4}})?$".format(
                "|".join(map(re.escape, page_words)), "|".join(map(re.escape, of_words))),
            re.I,
        )
        related = sorted({c.rstrip(":") for p in packs for c in p.related_cues}, key=len,
                         reverse=True)
        prompts = sorted({x.rstrip(":?!. ") for p in packs for x in p.prompts}, key=len,
                         reverse=True)
        bylines = sorted({c for p in packs for c in p.byline_cues}, key=len, reverse=True)
        ctas = sorted({c for p in packs for c in p.cta_words}, key=len, reverse=True)
        agents = sorted({c for p in packs for c in p.byline_agents}, key=len, reverse=True)
        return cls(
            by_name=re.compile(r"\s(?:{})\s+\S+(?:\s+\S+){{0,3}}\s*$".format(
                "|".join(map(re.escape, agents)) or "(?!)")),
            byline=re.compile(r"^(?:{})\b\s*:?\s*\S".format("|".join(map(re.escape, bylines)))),
            cta_words=frozenset(c for c in ctas if " " not in c),
            cta_phrases=tuple(c for c in ctas if " " in c),
            related=re.compile(r"^(?:{})(?:$|\s*:)".format("|".join(map(re.escape, related)))),
            prompt_label=re.compile(r"^(?:{}):".format("|".join(map(re.escape, prompts)))),
            stoplist=stoplist,
            share_words=frozenset(share),
            related_cues=tuple(sorted({c for p in packs for c in p.related_cues}, key=len,
                                      reverse=True)),
            breadcrumb_roots=tuple({r for p in packs for r in p.breadcrumb_roots}),
            prompts=frozenset(x.rstrip(":?!. ") for p in packs for x in p.prompts),
            spam=re.compile(r"\b(?:{})\b".format("|".join(map(re.escape, spam_terms))), re.I),
            copyright=tuple({c for p in packs for c in p.copyright_markers}),
            page=page,
            timestamp_words=frozenset(
                w for p in packs for w in (*p.timestamp_words, *p.weekdays, *p.months)),
            byline_cues=tuple(sorted({c for p in packs for c in p.byline_cues}, key=len,
                                     reverse=True)),
        )


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def stopword_density(tokens: Sequence[str], stoplist: frozenset[str]) -> float:
    if not tokens:
        return 0.0
    return sum(map(stoplist.__contains__, map(str.lower, tokens))) / len(tokens)


def is_sentence(text: str, tokens: Sequence[str]) -> bool:
    if len(tokens) < SENTENCE_MIN_WORDS or not ends_sentence(text):
        return False
    lower = sum(1 for t in tokens if t[0].islower())
    return lower >= max(2, len(tokens) // 4)


def furniture_reason(text: str, tokens: Sequence[str], vocab: Vocabulary) -> str:
    """Why this line, on its own, is furniture; empty when its shape alone does not say."""
    low = " ".join(text.lower().split())
    bare = low.strip(" :-–—|•·*#>»›↓→")
    if _PAGE_COUNTER.match(bare) or vocab.page.match(bare):
        return "page number"
    if _URL.match(bare):
        return "bare link"
    if _DECORATION.match(text):
        return "decoration"
    if not tokens:
        return ""
    n = len(tokens)
    if n <= 12 and _only_share_words(low, vocab.share_words):
        return "share bar"
    if n <= 20 and is_timestamp(low, vocab):
        return "timestamp"
    if n <= 20 and not ends_sentence(text) and _is_metadata_bar(low, vocab):
        return "byline or metadata bar"
    if n <= BYLINE_MAX_WORDS and vocab.byline.match(bare) and not ends_sentence(text):
        return "byline or metadata bar"
    if n <= CTA_MAX_WORDS and _is_call_to_action(low, tokens, vocab):
        return "call to action"
    if bare.rstrip(":?!. ") in vocab.prompts or (n <= 8 and vocab.prompt_label.match(bare)):
        return "prompt or advertisement"
    if n <= HEADLINE_MAX_WORDS + 4 and vocab.related.match(bare):
        return "related-article link"
    if n <= 25 and ("©" in text or any(m in low for m in vocab.copyright)):
        return "copyright notice"
    if n <= 10 and vocab.spam.search(low) and not is_sentence(text, tokens):
        return "spam"
    if n <= 30 and not ends_sentence(text) and _is_breadcrumb(low, tokens, vocab):
        return "breadcrumb"
    return ""


_NUMERIC = re.compile(r"^[\d.:/-]+$")
_DOMAIN_TOKEN = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$")
_BAR_SEP = re.compile(r"\s+[|•·]\s+|\s*\|\s*|\s+·\s*|\s*·\s+")
_HAS_URL = re.compile(r"https?://|www\.", re.I)
BYLINE_MAX_WORDS = 8
CTA_MAX_WORDS = 60


def _is_call_to_action(low: str, tokens: Sequence[str], vocab: Vocabulary) -> bool:
    """The site addressing its reader: "Sign up here", "Simak ... WhatsApp Channel: https://..".

    Two call-to-action words in a short line, three anywhere in a paragraph, or one beside a link.
    """
    found = set(vocab.cta_words.intersection(map(str.lower, tokens)))
    found.update(p for p in vocab.cta_phrases if p in low)
    if not found:
        return False
    n = len(tokens)
    return (_HAS_URL.search(low) is not None or len(found) >= 3
            or (len(found) >= 2 and n <= 15))


def is_timestamp(low: str, vocab: Vocabulary) -> bool:
    """A line made of a date, a time and timestamp words only ("Rabu, 13 Maret 2024 | 19:42")."""
    low = vocab.by_name.sub("", low)  # "Posted on 10 Februari 2020 by Hanin Mazaya"
    tokens = words(low)
    if not tokens or not any(t[0].isdigit() for t in tokens):
        return False
    named = False
    for t in tokens:
        if _NUMERIC.match(t) or _DOMAIN_TOKEN.match(t):
            continue
        if t in vocab.timestamp_words or t.rstrip(".") in vocab.timestamp_words:
            named = named or not t.isdigit()
            continue
        return False
    return named or bool(re.search(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", low))


def _is_metadata_bar(low: str, vocab: Vocabulary) -> bool:
    """"By Demo Wire | Updated 11 Mar 2024 | 3 min read": segments of byline, time, shares."""
    segments = [s.strip(" :") for s in _BAR_SEP.split(low) if s.strip(" :")]
    if len(segments) < 2:
        return False
    marked = False
    for seg in segments:
        n = len(words(seg))
        if (is_timestamp(seg, vocab) or _only_share_words(seg, vocab.share_words)
                or vocab.byline.match(seg) or seg.rstrip(":?!. ") in vocab.prompts
                or vocab.related.match(seg)):
            marked = True
        elif n > 4:
            return False
    return marked


def is_bare_cue(text: str, vocab: Vocabulary) -> bool:
    bare = " ".join(text.lower().split()).strip(" :-–—|•·*#>»›↓→")
    return bare in vocab.related_cues


def _only_share_words(low: str, share_words: frozenset[str]) -> bool:
    parts = [p for p in re.split(r"[\s|•·,/]+", low) if p and not _DECORATION.match(p)]
    if not parts:
        return False
    i = 0
    while i < len(parts):
        # multi-word share items ("copy link", "share this")
        if i + 1 < len(parts) and f"{parts[i]} {parts[i + 1]}" in share_words:
            i += 2
        elif parts[i] in share_words or parts[i].rstrip(":") in share_words:
            i += 1
        else:
            return False
    return True


def _is_breadcrumb(low: str, tokens: Sequence[str], vocab: Vocabulary) -> bool:
    if len(_BREADCRUMB_SEP.findall(low)) >= 2:
        return True
    starts = any(low == r or low.startswith(r + " ") for r in vocab.breadcrumb_roots)
    if not starts:
        return False
    # "Home Internasional <headline>": a root, then capitalised navigation words.
    capitalised = sum(1 for t in tokens if t[0].isupper() or t[0].isdigit())
    return capitalised >= len(tokens) * 0.6


# "Aljazeera, 1/11." on a line of its own: the article naming its source and date.
_CREDIT_LINE = re.compile(r"^[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3},\s*\d{1,2}/\d{1,2}"
                          r"(?:/\d{2,4})?\s*\.?$")


def sentence_shaped(text: str, tokens: Sequence[str]) -> bool:
    """A complete short sentence ("No one was hurt."): kept unless its own shape is furniture."""
    if len(tokens) < 3 or not ends_sentence(text):
        return False
    first = text.lstrip("\"“‘'([ ")[:1]
    return first.isupper() and any(t[0].islower() for t in tokens[1:])


def first_class(text: str, vocab: Vocabulary) -> tuple[Cls, str]:
    tokens = words(text)
    reason = furniture_reason(text, tokens, vocab)
    if reason:
        return "bad", reason
    if _CREDIT_LINE.match(text):
        return "good", ""
    length = len(text)
    sentence = is_sentence(text, tokens)
    if length < LENGTH_LOW:
        return ("neargood" if sentence else "short"), ""
    density = stopword_density(tokens, vocab.stoplist)
    if density >= STOPWORDS_HIGH:
        # jusText wants LENGTH_HIGH characters for "good"; news paragraphs are often shorter,
        # and a full sentence of running prose is as good a sign as length.
        return ("good" if length > LENGTH_HIGH or sentence else "neargood"), ""
    if density >= STOPWORDS_LOW or sentence:
        return "neargood", ""
    return "bad", "no running prose (few stopwords)"


def classify(lines: Sequence[tuple[int, str]], vocab: Vocabulary,
             titles: frozenset[int] = frozenset(), keep: frozenset[int] = frozenset()
             ) -> list[Line]:
    """Class every non-blank line; ``titles`` are the title's line numbers, ``keep`` lines known
    to be article text (the dateline's)."""
    first: list[Line] = []
    after_cue = False
    for no, text in lines:
        if no in titles or no in keep:
            first.append(Line(no, text, "title" if no in titles else "good"))
            after_cue = False
            continue
        cls, reason = first_class(text, vocab)
        inserted = False
        if reason == "related-article link" and not after_cue:
            # A bare cue ("Read Next", "Artikel Terkait") heads a block of linked headlines;
            # "Baca Juga: <headline>" carries its one headline itself.
            after_cue = is_bare_cue(text, vocab)
            inserted = True
        elif after_cue and cls in ("short", "bad") and len(words(text)) <= HEADLINE_MAX_WORDS:
            cls, reason = "bad", reason or "related-article link"
            inserted = True
        else:
            after_cue = False
            inserted = reason == "prompt or advertisement"
        sentence = cls in ("short", "neargood") and sentence_shaped(text, words(text))
        first.append(Line(no, text, cls, reason, inserted, sentence))
    return _revise(first)


# Reasons that come from a line's neighbours, not from its own shape.
CONTEXT_REASONS = frozenset({
    "short line among furniture", "isolated among furniture", "no running prose (few stopwords)",
})


def shape_only(lines: Sequence[Line]) -> list[Line]:
    """Keep every line but those whose own shape makes them furniture.

    For texts too short for the context pass to judge (a one-paragraph record).
    """
    return [
        ln if ln.cls == "title" or (ln.cls == "bad" and ln.reason not in CONTEXT_REASONS)
        else Line(ln.no, ln.text, "good")
        for ln in lines
    ]


def keep_cut_tail(lines: Sequence[Line]) -> list[Line]:
    """A page cut off mid-article (a truncated download) ends inside its last paragraph: that
    line, judged furniture only for its length or its neighbours (the end of the page standing
    in for furniture after it), is the article's text, cut short. Lines whose own shape makes
    them furniture (share buttons, a copyright line) still go."""
    out = list(lines)
    last = next((i for i in range(len(out) - 1, -1, -1) if not out[i].inserted), None)
    if last is None or out[last].cls != "bad" or out[last].reason not in CONTEXT_REASONS:
        return out
    if _neighbour(out, last, -1, False) != "good":
        return out
    ln = out[last]
    out[last] = Line(ln.no, ln.text, "good", "", ln.inserted, ln.sentence)
    return out


def _neighbour(lines: Sequence[Line], i: int, step: int, ignore_neargood: bool) -> str:
    j = i + step
    while 0 <= j < len(lines):
        if lines[j].inserted:
            j += step
            continue
        c = lines[j].cls
        if c in ("good", "title"):
            return "good"
        if c == "bad":
            return "bad"
        if c == "neargood" and not ignore_neargood:
            return "neargood"
        j += step
    return "bad"


_CLOSED = re.compile(r"(?<![.…])[.?!][\"”’)]?$")


def _closes_text(lines: Sequence[Line], i: int) -> bool:
    """A short line written as a sentence or a question ("What next?", "Allahu a'lam.") right
    after article text, on the article's side of the furniture after it: a subheading or the
    article's last words. Furniture is rarely punctuated so ("Share this:", "Read more",
    "Like Loading..."), and a line of furniture vocabulary is ``bad`` before this pass."""
    j = i - 1
    while j >= 0 and lines[j].inserted:
        j -= 1
    return j >= 0 and (lines[j].cls in ("good", "title", "neargood") or lines[j].sentence) and bool(
        _CLOSED.search(lines[i].text.strip()))


def _revise(lines: list[Line]) -> list[Line]:
    """jusText's context-sensitive pass over ``short`` and ``neargood`` lines."""
    out = list(lines)
    for i, line in enumerate(lines):
        if line.cls != "short":
            continue
        if line.sentence:
            out[i] = Line(line.no, line.text, "good")
            continue
        prev = _neighbour(lines, i, -1, True)
        nxt = _neighbour(lines, i, 1, True)
        if prev == nxt == "good":
            keep = True
        elif prev == nxt == "bad":
            keep = False
        else:
            keep = (prev == "bad" and _neighbour(lines, i, -1, False) == "neargood") or (
                nxt == "bad" and _neighbour(lines, i, 1, False) == "neargood") or (
                prev == "good" and _closes_text(lines, i))
        out[i] = Line(line.no, line.text, "good" if keep else "bad",
                      "" if keep else "short line among furniture", line.inserted)
    for i, line in enumerate(lines):
        if line.cls != "neargood":
            continue
        if line.sentence:
            out[i] = Line(line.no, line.text, "good")
            continue
        prev = _neighbour(lines, i, -1, True)
        nxt = _neighbour(lines, i, 1, True)
        keep = not (prev == nxt == "bad")
        out[i] = Line(line.no, line.text, "good" if keep else "bad",
                      "" if keep else "isolated among furniture", line.inserted)
    return out
