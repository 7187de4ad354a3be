"""HTML reader: trafilatura for the main text and metadata, htmldate for the publication date."""

from __future__ import annotations

import re
from collections.abc import Iterator

from warta.ingest.decode import decode, sha256
from warta.ingest.errors import ReadError
from warta.ingest.source import ReadOptions, Source
from warta.ingest.text import check_size, read_all
from warta.model import RawDoc

NAME = "html"

_HTML_START = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_TAGS = re.compile(rb"<(p|div|article|section|span|a|h[1-6]|script|meta|title|br)\b", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.I)


def sniff(head: bytes, name: str) -> bool:
    if _HTML_START.match(head[:4096]):
        return True
    # A fragment without <html>: many tags for its size.
    return len(_TAGS.findall(head[:8192])) >= 5


def read(source: Source, options: ReadOptions) -> Iterator[RawDoc]:
    check_size(source, options)
    data = read_all(source)
    encoding = options.encoding
    declared = _META_CHARSET.search(data[:4096])
    if declared and encoding == "utf-8":
        encoding = declared.group(1).decode("ascii").lower()
        if encoding in ("utf8", "utf-8"):
            encoding = "utf-8"
    html = decode(data, source.name, encoding)
    yield parse(html, source.name, sha256(data))


# HTML extraction costs more than linear time in the page's size (a 2 MB page of paragraphs on
# one line takes 20 s, 4 MB minutes). A page over SLIM_CHARS loses its big blobs first (scripts,
# styles, SVG, comments over BLOB_CHARS, long data: URIs: the bulk of real heavy pages, no
# article text); one still over MAX_HTML_CHARS is cut there, at a tag's end, with a note.
SLIM_CHARS = 1_000_000
BLOB_CHARS = 10_000
MAX_HTML_CHARS = 1_000_000
_BLOB = re.compile(r"<(script|style|svg|noscript|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->",
                   re.I | re.S)
_DATA_URI = re.compile(r"data:[^\s\"'<>)]{1000,}")


def slim(html: str) -> tuple[str, str | None]:
    """``html`` small enough to extract in bounded time, and the note of a cut (None when it
    was not cut). Pages up to SLIM_CHARS come back unchanged."""
    if len(html) <= SLIM_CHARS:
        return html, None
    size = len(html)
    html = _BLOB.sub(lambda m: "" if len(m.group(0)) > BLOB_CHARS else m.group(0), html)
    html = _DATA_URI.sub("data:,", html)
    if len(html) <= MAX_HTML_CHARS:
        return html, None
    end = html.rfind(">", MAX_HTML_CHARS // 2, MAX_HTML_CHARS) + 1 or MAX_HTML_CHARS
    note = (f"cut: the HTML page goes on for {len(html) - end:,} more characters past the "
            f"limit of {MAX_HTML_CHARS:,} ({size:,} characters, {len(html):,} without its "
            "scripts, styles and inline data)")
    return html[:end], note


def parse(html: str, name: str, raw_sha: str, url: str | None = None) -> RawDoc:
    """Main text and metadata of one HTML page."""
    import trafilatura
    from htmldate import find_date

    html, cut = slim(html)
    if cut is None and _unfinished(html):
        cut = ("truncated: the HTML page stops before closing its body (a cut-off download or "
               "save); the text is kept up to where it stops")

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, favor_precision=False,
    )
    text = getattr(doc, "text", None) if doc is not None else None
    repaired, broken = _repair_quotes(html)
    if broken:
        # an attribute whose quote never closes swallows the page after it, for the parser
        # (and a browser): read again with those tags bare, and keep that reading when it
        # holds clearly more text
        again = trafilatura.bare_extraction(
            repaired, url=url, with_metadata=True, include_comments=False,
            include_tables=False, include_images=False, favor_precision=False)
        more = getattr(again, "text", None) if again is not None else None
        had = len(text or "")
        if more and len(more) > 1.2 * had + 200:
            doc, text = again, more
            note = (f"malformed: {broken} tag{'s' * (broken > 1)} with an attribute quote that "
                    "never closes hid the text after them; read with those tags' attributes "
                    "dropped")
            cut = f"{cut}; {note}" if cut else note
    if not text or not text.strip():
        raise ReadError(name, "HTML page without article text (nothing left after extraction)")
    published = None
    try:
        published = find_date(html, original_date=True, extensive_search=False, url=url)
    except Exception:  # htmldate fails on some malformed markup; the text may still say it
        published = None
    outlet = _clean(getattr(doc, "sitename", None))
    return RawDoc(
        source=name,
        text=text,
        format=NAME,
        title=_without_site(_clean(getattr(doc, "title", None)), outlet),
        url=_clean(getattr(doc, "url", None)) or url,
        published=published or _clean(getattr(doc, "date", None)),
        language=_lang(html),
        outlet=outlet,
        raw_sha=raw_sha,
        cut=cut,
    )


_START_TAG = re.compile(r"<([A-Za-z][\w:-]*)(\s[^<>]*)>")


def _repair_quotes(html: str) -> tuple[str, int]:
    """``html`` with every start tag whose attributes open a quote they never close (``<p
    class="lead>``) reduced to its bare name (``<p>``), and how many there were."""
    count = 0

    def bare(m: re.Match[str]) -> str:
        nonlocal count
        attrs = m.group(2)
        double = attrs.count('"')
        if double % 2 or (not double and attrs.count("'") % 2):
            count += 1
            return f"<{m.group(1)}>"
        return m.group(0)

    if '"' not in html and "'" not in html:
        return html, 0
    out = _START_TAG.sub(bare, html)
    return out, count


_CLOSED = re.compile(r"</(?:body|html)\s*>", re.I)
# how far from the end of a page its closing tags may sit (scripts, comments after </body>)
TAIL_CHARS = 20_000


def _unfinished(html: str) -> bool:
    """The page stops before its end: no ``</body>`` or ``</html>`` near its end, or it stops
    inside a tag. A fragment without ``<body>`` or ``<html>`` at all is not held to them."""
    tail = html[-TAIL_CHARS:]
    if tail.rstrip().endswith("<") or re.search(r"<[^<>]*$", tail):
        return True
    opened = re.search(r"<(?:body|html)\b", html[:TAIL_CHARS] + tail, re.I) is not None
    return opened and _CLOSED.search(tail) is None


_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)


def _lang(html: str) -> str | None:
    m = _LANG.search(html[:4096])
    return m.group(1).lower() if m else None


_TITLE_SEP = re.compile(r"\s+[|–—-]\s+|\s*[|»]\s*")


def _without_site(title: str | None, site: str | None) -> str | None:
    """"Shelling near Goma | Demo Post" -> "Shelling near Goma" when the page is Demo Post's."""
    if not title or not site:
        return title
    parts = _TITLE_SEP.split(title)
    key = site.casefold().removeprefix("www.")
    while len(parts) > 1 and parts[-1].casefold().removeprefix("www.") in (key, key.split(".")[0]):
        parts.pop()
    while len(parts) > 1 and parts[0].casefold() in (key, key.split(".")[0]):
        parts.pop(0)
    return " - ".join(parts) if len(parts) > 1 else parts[0]


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
