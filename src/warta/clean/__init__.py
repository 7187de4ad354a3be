"""Cleaning: a :class:`RawDoc` in, an :class:`Article` out.

The cascade, in order:

1. language of the raw text (the input's hint wins), which picks the stoplist;
2. the title (the input's own title, else the first headline-shaped line);
3. furniture lines out (:mod:`warta.clean.furniture`);
4. the dateline of the first lines: place, outlet, date (:mod:`warta.clean.metadata`);
5. the publication date: the input's, else the dateline's, else the latest publication-style
   date in the text (:mod:`warta.clean.dates`);
6. cited sources (:mod:`warta.clean.sources`);
7. the id: a hash of the normalised cleaned text.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from urllib.parse import urlsplit

from warta import settings
from warta.clean import dates, furniture, language, metadata, sources
from warta.lang import load_all
from warta.model import Article, RawDoc, RemovedLine

ID_CHARS = 16
# The dateline opens the lead paragraph, which comes after the title and any captions, bylines
# and site names a scrape carries; a line shorter than this is not a lead paragraph.
DATELINE_SEARCH_LINES = 6
LEAD_MIN_WORDS = 8
# Furniture lines whose dates are the article's own (when it was published or updated).
STAMP_REASONS = frozenset({"timestamp", "byline or metadata bar"})


class CleaningError(ValueError):
    """Nothing of the document is left as article text."""


def article_id(text: str) -> str:
    """Stable id of an article: the same normalised text always gives the same id."""
    return hashlib.sha256(metadata.normalise(text).encode("utf-8")).hexdigest()[:ID_CHARS]


@cache
def vocabulary(code: str) -> furniture.Vocabulary:
    """Furniture words of every pack, with the stoplist of language ``code``."""
    return furniture.Vocabulary.build(language.stoplist(code), load_all())


def clean(raw: RawDoc) -> Article:
    """Clean one document. Raises :class:`CleaningError` when no article text is left."""
    source_text, cut = _cut(raw.text, settings.MAX_CHARS.value())
    lang = language.identify(source_text, raw.language)
    vocab = vocabulary(lang)
    lines = [(no, line.strip()) for no, line in enumerate(source_text.splitlines(), start=1)]
    nonblank = [(no, text) for no, text in lines if text]
    title, title_lines = metadata.find_title(nonblank, vocab, raw.title)
    dateline, dateline_line = _dateline(nonblank, title_lines, vocab)
    classified = furniture.classify(nonblank, vocab, title_lines,
                                    frozenset({dateline_line}) if dateline else frozenset())
    if not any(line.cls in ("good", "title") and line.no not in title_lines
               for line in classified):
        # Too little text for the context pass to judge: keep all but unmistakable furniture.
        classified = furniture.shape_only(classified)
    if raw.cut:
        # the input stops mid-article: its last line is text cut short, not furniture
        classified = furniture.keep_cut_tail(classified)
    kept = [ln for ln in classified if ln.cls != "bad"]
    removed = tuple(RemovedLine(ln.no, ln.text, ln.reason) for ln in classified if ln.cls == "bad")
    if cut is not None:
        removed += (RemovedLine(len(lines) + 1, *cut),)
    if raw.cut:
        removed += (RemovedLine(len(lines) + 1, "", raw.cut),)
    if not kept:
        raise CleaningError("no article text left after removing page furniture")
    text = _join(kept, lines)

    found = dates.mentions(text)
    head = metadata.find_masthead(nonblank)
    if head is not None and head.line in title_lines and not raw.title:
        title = None  # "Nusa Papua Pos, Timika — Kamis, 12 September 2024" heads no story
    published = dates.parse_iso(raw.published, "input" if raw.format == "jsonl" else "metadata")
    partial = None
    if published is None:
        stamps = [r.text for r in removed if r.reason in STAMP_REASONS]
        if head is not None:
            stamps.insert(0, head.date)
        years = [int(y) for r in removed if r.reason == "copyright notice"
                 for y in re.findall(r"\b(?:19|20)\d\d\b", r.text)]
        published, partial = dates.publication_date(
            text, dateline.date if dateline else None, stamps, years, found)
    credits = [(m.credit, m.start, m.start + len(m.credit)) for m in found if m.credit]
    outlet = ((dateline.outlet if dateline else None) or (head.outlet if head else None)
              or raw.outlet or _host(raw.url))
    return Article(
        id=article_id(text),
        source=raw.source,
        text=text,
        language=language.identify(text, raw.language) if lang == "und" else lang,
        format=raw.format,
        source_id=raw.source_id,
        position=raw.position,
        url=raw.url,
        outlet=outlet,
        title=title,
        published=published,
        published_partial=partial,
        dateline_place=((dateline.place if dateline else None)
                        or (head.place if head else None)),
        cited_sources=sources.cited_sources(text, credits, outlet),
        removed=removed,
        raw_sha=raw.raw_sha,
    )


def _dateline(lines: list[tuple[int, str]], title_lines: frozenset[int],
              vocab: furniture.Vocabulary) -> tuple[metadata.Dateline | None, int]:
    """The dateline among the first lines of text (after the title, past any furniture)."""
    candidates = []
    for no, text in lines:
        if len(candidates) == DATELINE_SEARCH_LINES:
            break
        tokens = furniture.words(text)
        if (no not in title_lines and len(tokens) >= LEAD_MIN_WORDS
                and not furniture.furniture_reason(text, tokens, vocab)):
            candidates.append((no, text))
    for no, text in candidates[:DATELINE_SEARCH_LINES]:
        found = metadata.find_dateline(text)
        if found:
            return found, no
    return None, -1


# What of the text past the limit is shown in the note of the cut.
CUT_EXCERPT_CHARS = 80


def _cut(text: str, limit: int) -> tuple[str, tuple[str, str] | None]:
    """The text up to ``limit`` characters (ending at a line break in its second half, else at
    a space), and the (excerpt, reason) of the cut; no cut when it is short enough. Every stage
    after cleaning is bounded by the length of what is left."""
    if limit <= 0 or len(text) <= limit:
        return text, None
    end = text.rfind("\n", limit // 2, limit)
    if end < 0:
        end = text.rfind(" ", limit // 2, limit)
    if end < 0:
        end = limit
    rest = text[end:end + CUT_EXCERPT_CHARS * 2].strip()[:CUT_EXCERPT_CHARS]
    reason = (f"cut: the document goes on for {len(text) - end:,} more characters past the "
              f"limit of {limit:,} ({settings.MAX_CHARS.env})")
    return text[:end], (rest + "…", reason)


def _join(kept: list[furniture.Line], lines: list[tuple[int, str]]) -> str:
    """Kept lines in order; a blank line in the input between two kept lines is kept once."""
    blank_before = set()
    previous_blank = False
    for no, text in lines:
        if not text:
            previous_blank = True
            continue
        if previous_blank:
            blank_before.add(no)
        previous_blank = False
    parts: list[str] = []
    for i, line in enumerate(kept):
        if i and (line.no in blank_before or line.no - kept[i - 1].no > 1):
            parts.append("\n\n")
        elif i:
            parts.append("\n")
        parts.append(line.text)
    return "".join(parts)


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


__all__ = ["CleaningError", "article_id", "clean"]
