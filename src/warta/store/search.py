"""Full-text search over stored articles (title, text, outlet).

SQLite: an FTS5 external-content table (``articles_fts``) over ``articles``, kept in sync by
triggers, so every writer (``warta ingest``, ``warta watch``, the server) updates it without
knowing about it; migration 0006 creates it and builds it from the articles already stored, and
:func:`ensure_index` repairs it when it is missing or lacks rows. Queries rank by bm25 (a title hit
weighs three times a text hit) and return a snippet with the matching words marked.

PostgreSQL: ``to_tsvector('simple', ...) @@ q`` ranked by ``ts_rank``, over the GIN expression
index migration 0006 creates; ``q`` is built from the same terms, each a ``phraseto_tsquery``
(a prefix term's last word ``'word':*``), all joined with ``&&``.

A user's query is never passed to either engine as syntax: every word is quoted (bound as a
parameter on PostgreSQL), so ``AND``, ``OR``, ``(``, ``"``, ``*`` or ``NEAR`` in it are words to
find, not operators (a trailing ``*`` on a word is kept as a prefix search; terms with no letter
or digit are dropped). What cannot be searched raises :class:`SearchError` with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

MAX_QUERY_CHARS = 500
MAX_TERMS = 32
START, STOP = "\x02", "\x03"  # snippet markers: control characters no article text keeps
SNIPPET_TOKENS = 24

_TERM = re.compile(r'"([^"]*)"|(\S+)')
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_WORDY = re.compile(r"\w")
_WORDS = re.compile(r"\w+")

_SQLITE_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
    "title, text, outlet, content='articles', content_rowid='rowid', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_ai AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, text, outlet) "
    "VALUES (new.rowid, new.title, new.text, new.outlet); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_ad AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text, outlet) "
    "VALUES ('delete', old.rowid, old.title, old.text, old.outlet); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_au AFTER UPDATE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text, outlet) "
    "VALUES ('delete', old.rowid, old.title, old.text, old.outlet); "
    "INSERT INTO articles_fts(rowid, title, text, outlet) "
    "VALUES (new.rowid, new.title, new.text, new.outlet); END",
)

_PG_DOCUMENT = ("to_tsvector('simple', coalesce(title, '') || ' ' || text || ' ' || "
                "coalesce(outlet, ''))")


class SearchError(ValueError):
    """The query cannot be searched (empty, too long); the message says why."""


@dataclass(frozen=True, slots=True)
class Hit:
    """One matching article: its id, a snippet of the text around the match, and where in the
    snippet the matched words are (``highlights``: [start, end) offsets into ``snippet``)."""

    article_id: str
    title: str | None
    outlet: str | None
    language: str
    published: str | None
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    rank: float


def terms(query: str) -> list[tuple[str, bool]]:
    """The user's query as (term, prefix) pairs: quoted phrases and words, all to be matched; a
    trailing ``*`` on a word asks for a prefix. Terms with nothing to search (punctuation only)
    are dropped, so both engines see the same words."""
    query = _CONTROL.sub(" ", query or "").strip()
    if not query:
        raise SearchError("empty query: give some words to search for")
    if len(query) > MAX_QUERY_CHARS:
        raise SearchError(f"query too long: {len(query)} characters, at most {MAX_QUERY_CHARS}")
    found: list[tuple[str, bool]] = []
    for phrase, word in _TERM.findall(query):
        term = phrase if phrase else word
        prefix = not phrase and term.endswith("*") and len(term.rstrip("*")) > 0
        term = term.rstrip("*") if prefix else term
        if not _WORDY.search(term):
            continue
        found.append((term, prefix))
    if not found:
        raise SearchError("nothing to search for: give some words (letters or digits)")
    if len(found) > MAX_TERMS:
        raise SearchError(f"too many terms: {len(found)}, at most {MAX_TERMS}")
    return found


def fts_query(query: str) -> str:
    """The user's query as an FTS5 expression of quoted terms (all must match)."""
    return " ".join('"' + term.replace('"', '""') + '"' + ("*" if prefix else "")
                    for term, prefix in terms(query))


def ensure_index(store: Any) -> None:
    """Make sure the search index is there and complete. Migration 0006 creates it (and its
    triggers keep it in sync), so this normally only checks; it repairs an index that is missing
    or lacks articles (a database copied without it, rows written with the triggers off)."""
    with store.engine.begin() as conn:
        if not store.is_sqlite:
            present = conn.exec_driver_sql(
                "SELECT 1 FROM pg_indexes WHERE indexname = 'ix_articles_fulltext'").scalar()
            if not present:
                conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS ix_articles_fulltext ON "
                                     f"articles USING GIN ({_PG_DOCUMENT})")
            return
        existed = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'articles_fts'").scalar() is not None
        if not existed:
            for ddl in _SQLITE_DDL:
                conn.exec_driver_sql(ddl)
        indexed = conn.exec_driver_sql("SELECT count(*) FROM articles_fts_docsize").scalar()
        stored = conn.exec_driver_sql("SELECT count(*) FROM articles").scalar()
        if not existed or indexed != stored:
            conn.exec_driver_sql("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")


def search(store: Any, query: str, limit: int = 20, offset: int = 0) -> tuple[int, list[Hit]]:
    """(how many articles match, the hits from ``offset``), best first."""
    if store.is_sqlite:
        return _search_sqlite(store, fts_query(query), limit, offset)
    return _search_postgres(store, _pg_query(query), limit, offset)


def _search_sqlite(store: Any, match: str, limit: int, offset: int) -> tuple[int, list[Hit]]:
    from sqlalchemy.exc import OperationalError

    sql = text(
        "SELECT a.id, a.title, a.outlet, a.language, a.published, "
        "bm25(articles_fts, 3.0, 1.0, 1.0) AS rank, "
        f"snippet(articles_fts, -1, :start, :stop, '…', {SNIPPET_TOKENS}) AS snippet "
        "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
        "WHERE articles_fts MATCH :q ORDER BY rank, a.id LIMIT :limit OFFSET :offset")
    count = text("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH :q")
    try:
        with store.engine.connect() as conn:
            total = int(conn.execute(count, {"q": match}).scalar() or 0)
            rows = conn.execute(sql, {"q": match, "start": START, "stop": STOP,
                                      "limit": limit, "offset": offset}).all()
    except OperationalError as exc:  # quoted terms should never get here; say so, not 500
        raise SearchError(f"cannot search for that: {exc.orig}") from None
    return total, [_hit(r) for r in rows]


def _pg_query(query: str) -> tuple[str, dict[str, str]]:
    """The same terms as FTS5 gets, as a tsquery expression: a phrase (or a word that the
    parser splits) must appear in order, a prefix term matches word beginnings, all must match;
    nothing in the query is ever read as an operator."""
    parts: list[str] = []
    params: dict[str, str] = {}
    for i, (term, prefix) in enumerate(terms(query)):
        if not prefix:
            params[f"t{i}"] = term
            parts.append(f"phraseto_tsquery('simple', :t{i})")
            continue
        # the term's words in order, the last one matching as a prefix
        words = _WORDS.findall(term)
        params[f"p{i}"] = words[-1].lower()
        last = f"to_tsquery('simple', quote_literal(:p{i}) || ':*')"
        if len(words) > 1:
            params[f"t{i}"] = " ".join(words[:-1])
            last = f"tsquery_phrase(phraseto_tsquery('simple', :t{i}), {last})"
        parts.append(last)
    return " && ".join(parts), params


def _search_postgres(store: Any, query: tuple[str, dict[str, str]], limit: int,
                     offset: int) -> tuple[int, list[Hit]]:
    tsq, params = query
    tsq = f"({tsq})"
    sql = text(
        f"SELECT id, title, outlet, language, published, ts_rank({_PG_DOCUMENT}, {tsq}) AS rank,"
        f" ts_headline('simple', text, {tsq}, :options) AS snippet "
        f"FROM articles WHERE {_PG_DOCUMENT} @@ {tsq} "
        "ORDER BY rank DESC, id LIMIT :limit OFFSET :offset")
    count = text(f"SELECT count(*) FROM articles WHERE {_PG_DOCUMENT} @@ {tsq}")
    options = f"StartSel={START}, StopSel={STOP}, MaxWords=35, MinWords=15"
    with store.engine.connect() as conn:
        total = int(conn.execute(count, params).scalar() or 0)
        rows = conn.execute(sql, {**params, "options": options, "limit": limit,
                                  "offset": offset}).all()
    # ts_rank grows with relevance; bm25 shrinks: keep "lower is better" for both
    return total, [_hit(r, rank=-float(r.rank)) for r in rows]


def _hit(row: Any, rank: float | None = None) -> Hit:
    plain, highlights = unmark(row.snippet or "")
    published = row.published
    return Hit(row.id, row.title, row.outlet, row.language,
               published.isoformat() if hasattr(published, "isoformat") else published,
               plain, highlights, float(row.rank) if rank is None else rank)


def unmark(snippet: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The snippet without its markers, and the [start, end) spans they enclosed."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    start = None
    for ch in snippet:
        if ch == START:
            start = pos
        elif ch == STOP:
            if start is not None and pos > start:
                spans.append((start, pos))
            start = None
        else:
            out.append(ch)
            pos += 1
    return "".join(out), tuple(spans)
