"""The ``warta`` command: parses options and hands over to the stages, nothing more."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from warta import __version__, settings
from warta.model import to_jsonable

app = typer.Typer(
    name="warta",
    help="News articles in; a geocoded, dated, source-attributed event timeline out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

# The words in front of a figure, as the dashboard writes them (app.js qualifierText).
QUALIFIER_WORDS = {"exact": "", "about": "about ", "at_least": "at least ",
                   "more_than": "more than ", "up_to": "up to ", "range": ""}


def figure_text(qualifier: str, value: int, low: int | None = None,
                high: int | None = None) -> str:
    """A figure written one way everywhere, as the dashboard writes it: "about 5,000",
    "at least 12", a range as "1,200–1,500"."""
    if qualifier == "range" and low is not None and high is not None:
        return f"{low:,}–{high:,}"
    return f"{QUALIFIER_WORDS.get(qualifier, '')}{value:,}"


def _version(value: bool) -> None:
    if value:
        print(f"warta {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """warta: read news articles, clean and store them, and report what they say."""


DbOption = Annotated[str, typer.Option("--db", help=settings.DB.help, envvar=settings.DB.env)]
PartiesOption = Annotated[list[str] | None, typer.Option(
    "--parties", help=settings.PARTIES.help + " Repeat the option for several files.")]


GazetteerOption = Annotated[str | None, typer.Option(
    "--gazetteer", help=settings.GAZETTEER.help, envvar=settings.GAZETTEER.env)]


StoryOption = Annotated[str | None, typer.Option(
    "--story", help="Only this story (an id from `warta stories`).")]


def _stored_stories(store: Any, story: str | None = None) -> list[Any]:
    """The stories linking stored (one, given ``story``; exits when there is no such story).
    Says on stderr when articles were stored after the last link run."""
    from warta.store import links

    _note_unlinked(store)
    rows = links.stories(store, story)
    if story and not rows:
        _no_story(story)
    return rows


def _note_unlinked(store: Any) -> None:
    """Say on stderr when articles were stored after the last link run."""
    from warta.store import links

    n = links.unlinked(store)
    if n:
        err.print(f"[yellow]note:[/] {n:,} stored article{'s are' if n > 1 else ' is'} not linked "
                  f"yet (run `warta link --db {escape(store.name)}`)")


def _link(store: Any, rebuild: bool = False) -> Any:
    """Link the articles stored since the last link run (all of them again with ``rebuild``)
    and store the results."""
    from warta.store import links

    try:
        with err.status("linking: copies, stories, events, tallies, contradictions"):
            return links.relink(store) if rebuild else links.link_new(store)
    except KeyboardInterrupt:
        err.print("[yellow]interrupted[/] while linking; everything read is stored (`warta "
                  "link` links it)")
        raise typer.Exit(130) from None


def _no_story(story: str) -> NoReturn:
    err.print(f"[red]error:[/] no story {escape(story)!r} (`warta stories` lists them)")
    raise typer.Exit(1)


def _gazetteer(where: str | None = None) -> Any:
    """The gazetteer, built on first use (a status line says so while it builds)."""
    from warta.geo.gazetteer import Gazetteer, default_path

    path = Path(where).expanduser() if where else default_path()
    if path.exists():
        return Gazetteer(path)
    with err.status(f"building the gazetteer at {escape(str(path))} (first use only)"):
        return Gazetteer(path)


def _use_parties(paths: list[str] | None) -> None:
    """Make the party tables named on the command line (and in WARTA_PARTIES) the ones used."""
    import os

    from warta.data.parties import PartyTableError, table

    if paths:
        existing = [p for p in os.environ.get(settings.PARTIES.env, "").split(os.pathsep) if p]
        os.environ[settings.PARTIES.env] = os.pathsep.join(existing + list(paths))
    table.cache_clear()
    try:
        table()
    except PartyTableError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None
JsonOption = Annotated[bool, typer.Option("--json", help="One JSON object per line on stdout.")]
MaxBytesOption = Annotated[int, typer.Option("--max-bytes", help=settings.MAX_BYTES.help,
                                             envvar=settings.MAX_BYTES.env, min=1)]
EncodingOption = Annotated[str, typer.Option("--encoding", help=settings.ENCODING.help,
                                             envvar=settings.ENCODING.env)]


def _emit(obj: Any) -> None:
    sys.stdout.write(json.dumps(to_jsonable(obj), ensure_ascii=False) + "\n")


def _open_store(db: str, create: bool, upgrade: bool = True) -> Any:
    from warta.store import Store, StoreError

    try:
        return Store(db, create=create, upgrade=upgrade)
    except StoreError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(
        help="Files, folders (read recursively) or - for standard input.")],
    db: DbOption = settings.DB.default,
    max_bytes: MaxBytesOption = settings.MAX_BYTES.default,
    encoding: EncodingOption = settings.ENCODING.default,
    parties: PartiesOption = None,
    gazetteer_path: GazetteerOption = None,
    as_json: JsonOption = False,
) -> None:
    """Read, clean, extract from and store articles. Rerunning skips what is already stored.

    Exit code 0 when every document was stored (or already was), 1 when any was skipped.
    """
    from warta.ingest import ReadOptions, expand
    from warta.pipeline import ingest as run
    from warta.store import links

    _use_parties(parties)
    store = _open_store(db, create=True)
    gazetteer = _gazetteer(gazetteer_path)
    sources = list(expand(paths))
    counts = {"new": 0, "duplicate": 0, "seen": 0, "failed": 0}
    progress = Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.description}"), console=err, transient=True,
        disable=not err.is_terminal,
    )
    try:
        with progress:
            task = progress.add_task("", total=len(sources))
            results = run(sources, store, ReadOptions(max_bytes=max_bytes, encoding=encoding),
                          on_source_done=lambda s: progress.advance(task), gazetteer=gazetteer)
            for result in results:
                counts[result.status] += 1
                progress.update(task, description=f"{counts['new']:,} new, "
                                                  f"{counts['failed']:,} failed")
                if as_json:
                    _emit(_result_json(result))
                elif result.status == "failed":
                    where = result.source + (f":{result.position}" if result.position else "")
                    progress.console.print(f"[yellow]skipped[/] {escape(where)}: "
                                           f"{escape(result.reason or '')}")
        _link(store)
        linked = links.totals(store)
    except KeyboardInterrupt:
        err.print(f"[yellow]interrupted[/]: {counts['new']:,} articles stored; run the same "
                  "command again to resume")
        raise typer.Exit(130) from None
    finally:
        store.close()
    if not as_json:
        err.print(
            f"{counts['new']:,} new, {counts['duplicate']:,} duplicates, {counts['seen']:,} "
            f"already stored, {counts['failed']:,} failed; {linked['stories']:,} stories, "
            f"{linked['merged_events']:,} events; database: {escape(store.name)}"
        )
    if counts["failed"]:
        raise typer.Exit(1)


@app.command("run")
def run_command(
    paths: Annotated[list[str], typer.Argument(
        help="Files (text, HTML, JSON Lines, WARC/ARC, gzip- or zstd-compressed) or folders.")],
    db: DbOption = settings.DB.default,
    engine: Annotated[str, typer.Option(
        "--engine", help="local (one process), processes (a process pool), ray (Ray tasks) or "
        "ray-data (Ray Data).",
        envvar="WARTA_ENGINE")] = "local",
    workers: Annotated[int | None, typer.Option(
        "--workers", help="Worker processes for processes/ray/ray-data (default: the number of "
        "CPUs).",
        min=1)] = None,
    address: Annotated[str | None, typer.Option(
        "--address", help="Ray cluster to use: auto (the cluster this machine joined with "
        "`ray start`) or ray://HOST:10001; default: start a local Ray.",
        envvar="RAY_ADDRESS")] = None,
    batch_size: Annotated[int, typer.Option(
        "--batch-size", help="Documents per batch sent to a worker.", min=1)] = 64,
    max_bytes: MaxBytesOption = settings.MAX_BYTES.default,
    encoding: EncodingOption = settings.ENCODING.default,
    parties: PartiesOption = None,
    gazetteer_path: GazetteerOption = None,
    as_json: JsonOption = False,
) -> None:
    """Ingest with the chosen engine, then link across articles (copies, stories, merged
    events, tallies). Resumable: after an interruption (even kill -9) the same command skips
    what is stored and goes on.

    Exit code 0 when every document was stored (or already was), 1 when any was skipped.
    """
    import os
    import time

    from warta.engines import ENGINES, RunStats, make
    from warta.engines import run as run_engine
    from warta.ingest import ReadOptions, expand

    if engine not in ENGINES:
        err.print(f"[red]error:[/] unknown engine {escape(engine)!r} (available: "
                  f"{', '.join(ENGINES)})")
        raise typer.Exit(2)
    if address and not engine.startswith("ray"):
        err.print("[red]error:[/] --address is for --engine ray or ray-data")
        raise typer.Exit(2)
    n = 1 if engine == "local" else (workers or os.cpu_count() or 1)
    _use_parties(parties)
    store = _open_store(db, create=True)
    if not gazetteer_path:
        _gazetteer(None).close()  # build it once here, not in every worker
    else:
        _gazetteer(gazetteer_path).close()
    started = time.perf_counter()
    try:
        with err.status(f"starting the {engine} engine ({n} worker{'s' if n > 1 else ''})"):
            runner = make(engine, n, address=address, gazetteer_path=gazetteer_path)
    except Exception as exc:  # ray.init failing on a bad address, a pool that cannot start
        store.close()
        err.print(f"[red]error:[/] cannot start the {engine} engine: {escape(str(exc))}")
        raise typer.Exit(2) from None
    startup = time.perf_counter() - started
    stats = RunStats(engine, n)
    progress = Progress(
        TextColumn(f"[bold]run ({engine}, {n})"), TextColumn("{task.completed} documents"),
        TimeElapsedColumn(), TextColumn("{task.description}"), console=err, transient=True,
        disable=not err.is_terminal,
    )
    try:
        with progress:
            task = progress.add_task("", total=None)
            results = run_engine(expand(paths), store,
                                 ReadOptions(max_bytes=max_bytes, encoding=encoding), runner,
                                 batch_size, stats)
            for result in results:
                c = stats.counts
                progress.update(task, advance=1, description=(
                    f"{c['new']} new, {c['duplicate']} duplicates, {c['seen']} already "
                    f"stored, {c['failed']} failed"))
                if as_json:
                    _emit({"kind": "document", **_result_json(result)})
                elif result.status == "failed":
                    where = result.source + (f":{result.position}" if result.position else "")
                    progress.console.print(f"[yellow]skipped[/] {escape(where)}: "
                                           f"{escape(result.reason or '')}")
    except KeyboardInterrupt:
        err.print(f"[yellow]interrupted[/]: {stats.counts['new']:,} articles stored; run the "
                  "same command again to resume")
        runner.close()
        store.close()
        raise typer.Exit(130) from None
    runner.close()
    from warta.store import links

    try:
        linked_at = time.perf_counter()
        _link(store)
        link_s = time.perf_counter() - linked_at
        counts = links.totals(store)
        found = links.stories(store)
        if as_json:
            copies: dict[str, list[str]] = {}
            for copy, canonical in sorted(links.copy_of(store).items()):
                copies.setdefault(canonical, []).append(copy)
            events, tallies = links.events(store), links.tallies(store)
            contradictions = links.contradictions(store)
    finally:
        store.close()
    c = stats.counts
    rate = stats.processed / stats.seconds if stats.seconds else 0.0
    summary = {"engine": engine, "workers": n, **c, **counts,
               "startup_seconds": round(startup, 2), "seconds": round(stats.seconds, 2),
               "articles_per_second": round(rate, 1), "link_seconds": round(link_s, 2),
               "worker_processes": len(runner.pids),
               "gazetteer_opened_per_worker": max(runner.opened.values(), default=0)}
    if as_json:
        for canonical, group in copies.items():
            _emit({"kind": "copies", "canonical": canonical, "copies": group})
        for st in found:
            _emit({"kind": "story", **to_jsonable(st)})
        for e in events:
            _emit({"kind": "event", **_event_json(e)})
        for t in tallies:
            _emit({"kind": "tally", **to_jsonable(t), "headline": to_jsonable(t.headline)})
        for contradiction in contradictions:
            _emit({"kind": "contradiction", **to_jsonable(contradiction)})
        _emit({"kind": "summary", **summary})
    else:
        err.print(
            f"{c['new']:,} new, {c['duplicate']:,} duplicates, {c['seen']:,} already stored, "
            f"{c['failed']:,} failed in {stats.seconds:.1f} s ({rate:.0f} articles/s, engine "
            f"{engine} with {n} worker{'s' if n > 1 else ''}, started in {startup:.1f} s); "
            f"database: {escape(store.url)}")
        table = Table(title="linked", title_justify="left")
        table.add_column("found")
        table.add_column("count", justify="right")
        for label, key in (("articles stored", "articles"), ("copies", "copies"),
                           ("copy groups", "copy_groups"), ("stories", "stories"),
                           ("events reported", "events"),
                           ("events after merging reports", "merged_events"),
                           ("tallies", "tallies"), ("contradictions", "contradictions")):
            table.add_row(label, f"{counts[key]:,}")
        out.print(table)
        biggest = sorted(found, key=lambda st: -len(st.article_ids))[:10]
        if biggest:
            stories_table = Table(title="largest stories (warta stories lists all)",
                                  title_justify="left")
            for col in ("id", "articles", "first", "last", "label"):
                stories_table.add_column(col, overflow="fold")
            for st in biggest:
                stories_table.add_row(st.id, f"{len(st.article_ids):,}",
                                      str(st.first_seen or "?"), str(st.last_seen or "?"),
                                      escape(st.label))
            _print_wide(stories_table)
    if c["failed"]:
        raise typer.Exit(1)


@app.command("link")
def link_command(
    db: DbOption = settings.DB.default,
    rebuild: Annotated[bool, typer.Option(
        "--rebuild", help="Link every stored article again, not only those stored since the "
        "last link run.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Link the articles stored since the last link run against the stored stories (all of
    them again with --rebuild) and store the results: copies, stories, merged events, each
    story's tallies and contradictions. `warta run`, `ingest` and `watch` do this after
    storing; every reporting command reads what it stored."""
    import time

    from warta.store import links

    store = _open_store(db, create=False)
    try:
        started = time.perf_counter()
        report = _link(store, rebuild)
        seconds = time.perf_counter() - started
        counts = {**links.totals(store), "linked": report.articles,
                  "link_seconds": round(seconds, 2)}
    finally:
        store.close()
    if as_json:
        _emit(counts)
        return
    err.print(f"linked {report.articles:,} articles in {seconds:.1f} s; stored: "
              f"{counts['stories']:,} stories, {counts['merged_events']:,} events (from "
              f"{counts['events']:,} reports), {counts['tallies']:,} tallies, "
              f"{counts['contradictions']:,} contradictions; database: {escape(store.name)}")


@app.command("extract")
def extract_command(
    paths: Annotated[list[str] | None, typer.Argument(
        help="Files, folders, JSON Lines files of {id, text, published?, language?}, or -.")
    ] = None,
    out_path: Annotated[str, typer.Option("--out", help="Where to write the JSON Lines "
                                          "(- for standard output).")] = "-",
    from_acled: Annotated[list[str] | None, typer.Option(
        "--from-acled", help="An ACLED-format CSV: its notes column is read, one text per row, "
        "published on the row's event_date.")] = None,
    max_bytes: MaxBytesOption = settings.MAX_BYTES.default,
    encoding: EncodingOption = settings.ENCODING.default,
    parties: PartiesOption = None,
    gazetteer_path: GazetteerOption = None,
) -> None:
    """Extract casualty figures, events and quotes, one JSON line per article; no database.

    Every item carries character offsets into the article's cleaned text, which is included.
    Exit code 0 when every document was read, 1 when any was skipped.
    """
    from warta.ingest import ReadOptions, expand
    from warta.pipeline import ingest as run

    _use_parties(parties)
    if not paths and not from_acled:
        err.print("[red]error:[/] nothing to read: give paths or --from-acled FILE.csv")
        raise typer.Exit(2)
    gazetteer = _gazetteer(gazetteer_path)
    sources = list(expand([*(paths or []), *(from_acled or [])]))
    failed = written = 0
    sink = sys.stdout if out_path == "-" else None
    try:
        if sink is None:
            try:
                sink = open(out_path, "w", encoding="utf-8")  # noqa: SIM115
            except OSError as exc:
                err.print(f"[red]error:[/] {escape(out_path)}: {escape(exc.strerror or str(exc))}")
                raise typer.Exit(2) from None
        progress = Progress(
            TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=err, transient=True, disable=not err.is_terminal)
        with progress:
            task = progress.add_task("", total=len(sources))
            for r in run(sources, None, ReadOptions(max_bytes=max_bytes, encoding=encoding),
                         on_source_done=lambda s: progress.advance(task), gazetteer=gazetteer):
                if r.status == "failed":
                    failed += 1
                    where = r.source + (f":{r.position}" if r.position else "")
                    progress.console.print(f"[yellow]skipped[/] {escape(where)}: "
                                           f"{escape(r.reason or '')}")
                    continue
                sink.write(json.dumps(extraction_json(r.article, r.extraction),
                                      ensure_ascii=False) + "\n")
                written += 1
    except KeyboardInterrupt:
        err.print(f"[yellow]interrupted[/] after {written:,} articles")
        raise typer.Exit(130) from None
    finally:
        if sink is not None and sink is not sys.stdout:
            sink.close()
    err.print(f"{written:,} articles written, {failed:,} skipped"
              + ("" if out_path == "-" else f": {escape(out_path)}"))
    if failed:
        raise typer.Exit(1)


def extraction_json(article: Any, extraction: Any) -> dict[str, Any]:
    """One article's output line: its identity, metadata, cleaned text and extracted items."""
    data = to_jsonable(extraction)
    return {
        "id": article.id, "source": article.source, "source_id": article.source_id,
        "position": article.position, "title": article.title, "outlet": article.outlet,
        "language": article.language,
        "published": to_jsonable(article.published), "reference": data.pop("reference"),
        "text": article.text, "claims": data["claims"], "events": data["events"],
        "quotes": data["quotes"], "places": data["places"],
    }


def _result_json(r: Any) -> dict[str, Any]:
    a = r.article
    return {
        "status": r.status, "id": r.article_id, "source": r.source, "source_id": r.source_id,
        "position": r.position, "reason": r.reason,
        "title": a.title if a else None, "outlet": a.outlet if a else None,
        "language": a.language if a else None,
        "published": a.published.iso() if a and a.published else None,
    }


@app.command()
def articles(
    db: DbOption = settings.DB.default,
    limit: Annotated[int | None, typer.Option("--limit", help="Show at most this many.",
                                              min=0)] = None,
    language: Annotated[str | None, typer.Option("--language",
                                                 help="Only this language (e.g. id, en).")
                        ] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Only this outlet.")] = None,
    as_json: JsonOption = False,
) -> None:
    """List stored articles, oldest publication date first (undated last)."""
    store = _open_store(db, create=False)
    rows = list(store.summaries(limit=limit, language=language, outlet=outlet))
    store.close()
    if as_json:
        for row in rows:
            _emit(row)
        return
    table = Table(title=f"{len(rows):,} articles", title_justify="left", expand=True)
    table.add_column("id", no_wrap=True, min_width=16)
    table.add_column("published", no_wrap=True, min_width=10)
    table.add_column("lang", no_wrap=True, min_width=4)
    table.add_column("figures", no_wrap=True, justify="right")
    table.add_column("events", no_wrap=True, justify="right")
    for col, ratio in (("outlet", 2), ("dateline", 2), ("title", 5), ("source", 4)):
        table.add_column(col, ratio=ratio, overflow="fold")
    if not out.is_terminal:  # a file or a pipe: no screen width to fit
        out.width = max(out.width, 180)
    for r in rows:
        table.add_row(
            r.id, _date(r.published, r.published_precision), r.language, f"{r.figures:,}",
            f"{r.events:,}",
            escape(r.outlet or "-"), escape(r.dateline_place or "-"),
            escape(r.title) if r.title else f"[dim]{escape(r.lead)}…[/]",
            escape(r.source + (f"#{r.source_id}" if r.source_id else "")
                   + (f" (+{r.copies - 1} copies)" if r.copies > 1 else "")),
        )
    out.print(table)


def _print_wide(table: Table) -> None:
    """A table for a file or a pipe is not cut to 80 columns: there is no screen to fit."""
    if not out.is_terminal:
        out.width = max(out.width, 160)
    out.print(table)


def _date(value: str | None, precision: str | None) -> str:
    if not value:
        return "unknown"
    return {"month": value[:7], "year": value[:4]}.get(precision or "day", value)


@app.command()
def show(
    ref: Annotated[str, typer.Argument(
        help="Article id, id prefix, source path, a file's name alone (when unambiguous) or "
        "input id (JSONL id).")],
    db: DbOption = settings.DB.default,
    as_json: JsonOption = False,
) -> None:
    """Show one article: its metadata, cleaned text and the lines removed as furniture."""
    store = _open_store(db, create=False)
    try:
        article, origins = store.get(store.resolve(ref))
        extraction = store.extraction(article.id)
    except KeyError as exc:
        err.print(f"[red]error:[/] {escape(str(exc.args[0]))}")
        raise typer.Exit(1) from None
    finally:
        store.close()
    if as_json:
        ex = to_jsonable(extraction)
        _emit({**to_jsonable(article), "origins": to_jsonable(origins), "claims": ex["claims"],
               "events": ex["events"], "quotes": ex["quotes"]})
        return
    pub = article.published
    partial = article.published_partial
    date = (f"{_date(pub.iso(), pub.precision)} ({pub.basis}: {pub.text})" if pub else
            f"unknown (day/month {partial.day}/{partial.month} given, year unknown)" if partial
            else "unknown")
    fields = [
        ("id", article.id), ("title", article.title or "-"), ("outlet", article.outlet or "-"),
        ("published", date), ("dateline", article.dateline_place or "-"),
        ("language", article.language),
        ("cites", ", ".join(f"{s.name} ({s.cue})" for s in article.cited_sources) or "-"),
    ] + [("source", o.source + (f"#{o.source_id}" if o.source_id else "")) for o in origins]
    for name, value in fields:
        out.print(f"[bold]{name:>10}[/] {escape(value)}")
    out.print()
    out.print(escape(article.text))
    out.print()
    out.print(f"[bold]removed as furniture ({len(article.removed):,})[/]")
    for r in article.removed:
        out.print(f"  line {r.line_no:>4}  [dim]{escape(r.reason)}[/]  {escape(r.text)}")
    out.print()
    out.print(f"[bold]casualty figures ({len(extraction.claims):,})[/]")
    for c in extraction.claims:
        value = figure_text(c.qualifier, c.value, c.low, c.high)
        span = "running total" if c.cumulative else "incident"
        out.print(
            f"  {c.kind:<8} {value:>17} {c.victims:<9} "
            f"side {c.victim_side or '-':<4} claimed by {c.claimant or '-':<4} {span:<13}"
            f" as of {c.as_of.iso() if c.as_of else '?'}  [dim]«{escape(c.evidence.text)}»[/]")
    out.print()
    out.print(f"[bold]events ({len(extraction.events):,})[/]")
    for e in extraction.events:
        places = ", ".join(p.name for p in e.places) or "-"
        out.print(
            f"  {e.date.iso() if e.date else '?':<10} {escape(e.sub_event_type)} "
            f"({escape(e.event_type)}); {e.actor1 or '?'} -> {e.target or '?'}; places: "
            f"{escape(places)}; claimed by {e.claimant or '-'}"
            + (f"; [red]denied by {e.denied_by}[/]" if e.denied_by else "")
            + (f"; fatalities {e.fatalities:,}" if e.fatalities is not None else "")
            + f"\n      [dim]«{escape(e.evidence[0].text[:160])}»[/]")


@app.command()
def watch(
    feeds: Annotated[list[str], typer.Argument(help="RSS or Atom feed URLs.")],
    every: Annotated[str, typer.Option("--every", help="Time between polls: 90s, 15m, 1h."
                                       )] = "15m",
    once: Annotated[bool, typer.Option("--once", help="Poll each feed once and exit (cron).")
                    ] = False,
    delay: Annotated[float, typer.Option("--delay", help="Seconds at least between two "
                                         "requests to the same host.", min=0)] = 1.0,
    db: DbOption = settings.DB.default,
    max_bytes: MaxBytesOption = settings.MAX_BYTES.default,
    parties: PartiesOption = None,
    gazetteer_path: GazetteerOption = None,
    as_json: JsonOption = False,
) -> None:
    """Poll feeds, fetch each new item's page, and ingest it (restart-safe, polite)."""
    import time

    from warta.clean import CleaningError, clean
    from warta.ingest import ReadError
    from warta.ingest.feed import Fetcher, page, parse_every, poll
    from warta.pipeline import analyse

    try:
        interval = parse_every(every)
    except ValueError as exc:
        err.print(f"[red]error:[/] --every: {escape(str(exc))}")
        raise typer.Exit(2) from None
    _use_parties(parties)
    store = _open_store(db, create=True)
    gazetteer = _gazetteer(gazetteer_path)
    fetcher = Fetcher(delay=delay)

    def report(status: str, feed: str, url: str, article_id: str | None = None,
               reason: str | None = None) -> None:
        if as_json:
            _emit({"status": status, "feed": feed, "source": url, "id": article_id,
                   "reason": reason})
        elif status == "failed" or status == "skipped":
            err.print(f"[yellow]{status}[/] {escape(url)}: {escape(reason or '')}")
        else:
            err.print(f"{status} {escape(url)} -> {article_id}")

    try:
        while True:
            stored_new = False
            for feed_url in feeds:
                etag, modified = store.feed_state(feed_url)
                try:
                    entries, etag, modified = poll(feed_url, fetcher, etag, modified)
                except (ReadError, OSError) as exc:
                    report("failed", feed_url, feed_url,
                           reason=getattr(exc, "reason", None) or str(exc))
                    continue
                for item in entries:
                    if store.item_seen(feed_url, item.key):
                        continue
                    try:
                        raw = page(item, fetcher, max_bytes)
                        article = clean(raw)
                    except ReadError as exc:
                        if "robots.txt" in exc.reason:
                            store.mark_item(feed_url, item.key, item.url, None, exc.reason)
                            report("skipped", feed_url, item.url, reason=exc.reason)
                        else:
                            report("failed", feed_url, item.url, reason=exc.reason)
                        continue
                    except CleaningError as exc:
                        store.mark_item(feed_url, item.key, item.url, None, str(exc))
                        report("skipped", feed_url, item.url, reason=str(exc))
                        continue
                    except OSError as exc:  # network trouble: try again next poll
                        report("failed", feed_url, item.url, reason=str(exc))
                        continue
                    stored = store.add(article, analyse(article, None, gazetteer))
                    stored_new |= stored.status == "new"
                    store.mark_item(feed_url, item.key, item.url, stored.article_id)
                    report(stored.status, feed_url, item.url, stored.article_id)
                store.save_feed_state(feed_url, etag, modified)
            if stored_new:
                _link(store)
            if once:
                break
            time.sleep(interval)
    except KeyboardInterrupt:
        err.print("[yellow]stopped[/]; run the same command again to go on")
        raise typer.Exit(130) from None
    finally:
        store.close()


@app.command()
def stories(
    db: DbOption = settings.DB.default,
    details: Annotated[bool, typer.Option(
        "--details", help="Each story in turn with its running tallies and its "
                          "contradictions (both sides' clauses and outlets).")] = False,
    as_json: JsonOption = False,
) -> None:
    """Stories: the stored articles grouped by the events they report (across languages),
    with their copies joined, first and last dates, a label, and their contradictions
    (accusations and denials, diverging figures)."""
    from warta.store import links

    store = _open_store(db, create=False)
    try:
        rows = _stored_stories(store)
        sources = links.sources(store)
        found: dict[str, list[Any]] = {}
        for c in links.contradictions(store):
            found.setdefault(c.story_id, []).append(c)
        tallied: dict[str | None, list[Any]] = {}
        for t in links.tallies(store) if details else ():
            tallied.setdefault(t.story_id, []).append(t)
    finally:
        store.close()
    if as_json:
        for s in rows:
            _emit({**to_jsonable(s), "sources": [sources.get(i, i) for i in s.article_ids],
                   "contradictions": found.get(s.id, []),
                   **({"tallies": [{**to_jsonable(t), "headline": to_jsonable(t.headline)}
                                   for t in tallied.get(s.id, [])]} if details else {})})
        return
    if details:
        _print_story_details(rows, tallied, found, sources)
        return
    table = Table(title=f"{len(rows):,} stories", title_justify="left", expand=True)
    for col in ("id", "first", "last", "articles", "label", "contradictions", "sources"):
        table.add_column(col, overflow="fold")
    for s in rows:
        table.add_row(s.id, str(s.first_seen or "?"), str(s.last_seen or "?"),
                      f"{len(s.article_ids):,}", escape(s.label), f"{len(found.get(s.id, [])):,}",
                      escape(", ".join(sources.get(i, i).rsplit("/", 1)[-1]
                                       for i in s.article_ids)))
    _print_wide(table)


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def _print_story_details(rows: list[Any], tallied: dict[str | None, list[Any]],
                         found: dict[str, list[Any]], sources: dict[str, str]) -> None:
    """`warta stories --details`: each story, its tallies and its contradictions in turn."""
    out.print(f"[bold]{_count(len(rows), 'story', 'stories')}[/]")
    for s in rows:
        story_tallies, story_contradictions = tallied.get(s.id, []), found.get(s.id, [])
        out.print()
        out.rule(f"[bold]{s.id}[/] {escape(s.label)}", align="left")
        out.print(f"{s.first_seen or '?'} to {s.last_seen or '?'} · "
                  f"{_count(len(s.article_ids), 'article', 'articles')}: "
                  + escape(", ".join(sources.get(i, i).rsplit("/", 1)[-1]
                                     for i in s.article_ids)))
        out.print(f"[bold]{_count(len(story_tallies), 'tally', 'tallies')}[/] "
                  "(running totals per claimant, the series oldest first)")
        for t in story_tallies:
            series = " -> ".join(f"{p.value:,} ({p.as_of.isoformat() if p.as_of else '?'})"
                                 for p in t.points)
            who = _claimant_name(t.claimant, t.claimant_text)
            side = f", side {t.victim_side}" if t.victim_side else ""
            head = figure_text(t.headline.qualifier, t.headline.value)
            out.print(f"  {escape(who)}: {head} {t.victims} {t.kind}{side}  [dim]{series}[/]")
            for flag in t.flags:
                out.print(f"    [yellow]flag:[/] {escape(flag)}")
        out.print(f"[bold]{_count(len(story_contradictions), 'contradiction', 'contradictions')}"
                  "[/]")
        for c in story_contradictions:
            first, *rest = _contradiction_lines(c, sources, with_story=False)
            out.print(f"  · {first}")
            for line in rest:
                out.print(f"  {line}")


def _event_json(e: Any) -> dict[str, Any]:
    """A merged event as JSON: the event, its id, story and the reports it merges."""
    return {**to_jsonable(e.event), "id": e.id, "story_id": e.story_id,
            "reports": to_jsonable(e.reports)}


@app.command()
def timeline(
    db: DbOption = settings.DB.default,
    story: StoryOption = None,
    as_json: JsonOption = False,
) -> None:
    """Dated events, reports of the same event merged: places, claimants, figures, denials."""
    from warta.store import links

    store = _open_store(db, create=False)
    try:
        if story:
            _stored_stories(store, story)
        else:
            _note_unlinked(store)
        rows = links.events(store, story)
        sources = links.sources(store)
    finally:
        store.close()
    if as_json:
        for e in rows:
            _emit({**_event_json(e), "sources": [sources.get(a, a) for a in e.event.article_ids]})
        return
    table = Table(title=f"{len(rows):,} events", title_justify="left", expand=True)
    for col in ("date", "event", "actors", "location", "claimed by", "denied by", "killed",
                "reports"):
        table.add_column(col, overflow="fold")
    for linked in rows:
        e = linked.event
        loc = e.location.canonical_name or e.location.name if e.location else (
            ", ".join(p.name for p in e.places) or "-")
        table.add_row(e.date.iso() if e.date else "?", escape(e.sub_event_type),
                      f"{e.actor1 or '?'} -> {e.target or '?'}", escape(loc),
                      e.claimant or "-", e.denied_by or "-",
                      f"{e.fatalities:,}" if e.fatalities is not None else "-",
                      f"{len(e.article_ids):,}")
    _print_wide(table)


@app.command()
def tallies(
    db: DbOption = settings.DB.default,
    story: StoryOption = None,
    as_json: JsonOption = False,
) -> None:
    """Running casualty totals per claimant over time (incident tolls kept out), each within
    one story, with the latest figure as headline and flags where one claimant is far from the
    story's others."""
    from warta.store import links

    store = _open_store(db, create=False)
    try:
        if story:
            _stored_stories(store, story)
        else:
            _note_unlinked(store)
        rows = links.tallies(store, story)
    finally:
        store.close()
    if as_json:
        for t in rows:
            _emit({**to_jsonable(t), "headline": to_jsonable(t.headline)})
        return
    table = Table(title=f"{len(rows):,} tallies", title_justify="left", expand=True)
    for col in ("story", "claimant", "kind", "victims", "side", "series (as of)", "headline",
                "flags"):
        table.add_column(col, overflow="fold")
    for t in rows:
        series = " -> ".join(f"{p.value:,} ({p.as_of.isoformat() if p.as_of else '?'})"
                             for p in t.points)
        head = t.headline
        table.add_row(t.story_id or "-", escape(_claimant_name(t.claimant, t.claimant_text)),
                      t.kind, t.victims, t.victim_side or "-",
                      series,
                      figure_text(head.qualifier, head.value), escape("; ".join(t.flags)) or "-")
    _print_wide(table)


def _claimant_name(party: str | None, as_written: str | None) -> str:
    """A tally's claimant the way its latest figure's text names it, the party code beside
    ("juru bicara TPNPB-OPM (TPNPB)"); "unattributed" when nobody is named."""
    if party and party != "UNK":
        return f"{as_written} ({party})" if as_written and as_written != party else party
    return "unattributed"


def _who(party: str | None, as_written: str | None, what: str) -> str:
    """``what`` ("claim") with its claimant the way the text names it and the party code
    beside; an unattributed statement says so, never naming "UNK" as its author."""
    if party and party != "UNK":
        name = f"{as_written} ({party})" if as_written and as_written != party else party
        return f"{what} by {name}"
    return f"unattributed {what}" + (f" (“{as_written}”)" if as_written else "")


def _contradiction_lines(c: Any, sources: dict[str, str], with_story: bool = True) -> list[str]:
    """One stored contradiction as the lines `warta contradictions` prints (markup escaped)."""
    story = f"[bold]{c.story_id}[/] " if with_story else ""
    where = "; ".join(c.outlets)
    files = ", ".join(escape(sources.get(a, a).rsplit("/", 1)[-1]) for a in c.article_ids)
    if c.kind == "denial":
        head = (f"{story}denial · {c.date.isoformat() if c.date else 'undated'}"
                f" · {escape(c.event or '?')}")
        lines = [head,
                 f"  {escape(_who(c.claimant, c.claimant_text, 'claim'))}: "
                 f"«{escape(c.accusation)}»",
                 f"  denied by {escape(c.denied_by or '?')}: «{escape(c.denial)}»"]
    else:
        as_of = c.as_of.isoformat() if c.as_of else "?"
        value = f"{c.value:,}" if c.value is not None else "?"
        lines = [f"{story}diverging figures · "
                 f"{escape(c.claimant if c.claimant not in (None, 'UNK') else 'unattributed')}: "
                 f"{value} as of {as_of}",
                 f"  {escape(c.detail)}"]
    lines.append(f"  [dim]in {escape(where)} ({files})[/]" if where else f"  [dim]in {files}[/]")
    return lines


@app.command()
def contradictions(
    db: DbOption = settings.DB.default,
    story: StoryOption = None,
    as_json: JsonOption = False,
) -> None:
    """Where the sources of a story disagree: accusations and their denials (both clauses),
    and diverging figures (who says what), as the link stage stored them."""
    from warta.store import links

    store = _open_store(db, create=False)
    try:
        if story:
            _stored_stories(store, story)
        else:
            _note_unlinked(store)
        rows = links.contradictions(store, story)
        sources = links.sources(store)
    finally:
        store.close()
    if as_json:
        for c in rows:
            _emit(to_jsonable(c))
        return
    out.print(f"[bold]{len(rows):,} contradiction{'' if len(rows) == 1 else 's'}[/]")
    for c in rows:
        out.print()
        for line in _contradiction_lines(c, sources):
            out.print(line)


@app.command()
def places(
    db: DbOption = settings.DB.default,
    unresolved: Annotated[bool, typer.Option("--unresolved",
                                             help="Only names the gazetteer could not resolve.")
                          ] = False,
    as_json: JsonOption = False,
) -> None:
    """List the places named in stored events, with coordinates and how often they occur."""
    store = _open_store(db, create=False)
    rows = [r for r in store.places() if not unresolved or r["latitude"] is None]
    store.close()
    if as_json:
        for row in rows:
            _emit(row)
        return
    table = Table(title=f"{len(rows):,} places", title_justify="left", expand=True)
    for col in ("name", "resolved to", "country", "feature", "lat", "lon", "gazetteer id",
                "events", "articles"):
        table.add_column(col, overflow="fold")
    for r in rows:
        coords = r["latitude"] is not None
        table.add_row(
            escape(r["name"]),
            escape(r["canonical_name"]) if r["canonical_name"] else "[dim]unresolved[/]",
            r["country_code"] or "-", r["feature_class"] or "-",
            f"{r['latitude']:.4f}" if coords else "-", f"{r['longitude']:.4f}" if coords else "-",
            r["gazetteer_id"] or "-", f"{r['events']:,}", f"{r['articles']:,}")
    _print_wide(table)


@app.command()
def export(
    db: DbOption = settings.DB.default,
    fmt: Annotated[str, typer.Option("--format", help="geojson, acled-csv, jsonl or parquet."
                                     )] = "geojson",
    out_path: Annotated[str, typer.Option("--out", help="File to write (- for standard output; "
                                          "parquet needs a file).")] = "-",
    since: Annotated[str | None, typer.Option("--since", help="Only events on or after this "
                                              "date (YYYY-MM-DD).")] = None,
    story: StoryOption = None,
) -> None:
    """Export stored events: geojson (located events as points), acled-csv (ACLED's columns),
    jsonl (full records), parquet (ACLED's columns, for pandas/Arrow)."""
    import datetime as dt

    formats = ("geojson", "acled-csv", "jsonl", "parquet")
    if fmt not in formats:
        err.print(f"[red]error:[/] unknown format {escape(fmt)!r} (available: "
                  f"{', '.join(formats)})")
        raise typer.Exit(2)
    if fmt == "parquet" and out_path == "-":
        err.print("[red]error:[/] parquet is binary: give a file with --out")
        raise typer.Exit(2)
    try:
        since_date = dt.date.fromisoformat(since) if since else None
    except ValueError:
        err.print(f"[red]error:[/] --since {escape(since or '')!r} is not a date (YYYY-MM-DD)")
        raise typer.Exit(2) from None
    from warta.export import write

    store = _open_store(db, create=False)
    try:
        if story:
            _stored_stories(store, story)
        else:
            _note_unlinked(store)
        count = write(store, fmt, out_path, since_date, story)
    except OSError as exc:
        err.print(f"[red]error:[/] {escape(out_path)}: {escape(exc.strerror or str(exc))}")
        raise typer.Exit(2) from None
    finally:
        store.close()
    if out_path != "-":
        err.print(f"{count:,} events written to {escape(out_path)}")


@app.command()
def serve(
    db: DbOption = settings.DB.default,
    host: Annotated[str, typer.Option("--host", help="Address to listen on (0.0.0.0: every "
                                      "interface).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.", min=0, max=65535)
                    ] = 8000,
    token: Annotated[str, typer.Option("--token", help=settings.TOKEN.help,
                                       envvar=settings.TOKEN.env, show_default=False)
                     ] = settings.TOKEN.default,
    read: Annotated[str, typer.Option("--read", help=settings.READ.help,
                                      envvar=settings.READ.env)] = settings.READ.default,
    tile_url: Annotated[str, typer.Option("--tile-url", help=settings.TILE_URL.help,
                                          envvar=settings.TILE_URL.env)
                        ] = settings.TILE_URL.default,
    max_request_bytes: Annotated[int, typer.Option(
        "--max-request-bytes", help=settings.MAX_REQUEST_BYTES.help,
        envvar=settings.MAX_REQUEST_BYTES.env, min=1)] = settings.MAX_REQUEST_BYTES.default,
    max_bytes: MaxBytesOption = settings.MAX_BYTES.default,
    gazetteer_path: GazetteerOption = None,
) -> None:
    """Serve the REST API (/api/..., OpenAPI at /openapi.json) and the dashboard (/) over the
    database, until Ctrl-C."""
    import uvicorn

    from warta.server import ServerSettings, create_app

    options = ServerSettings(token=token, read=read, tile_url=tile_url,
                             max_request_bytes=max_request_bytes, max_bytes=max_bytes,
                             gazetteer=gazetteer_path or "")
    try:
        options.check()
    except ValueError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None
    _open_store(db, create=False).close()
    application = create_app(db, options)
    err.print(f"warta serving {escape(db)} at http://{host}:{port}/ (API: /api, OpenAPI: "
              f"/openapi.json); reading {read}, writing "
              f"{'with the token' if token else 'disabled (no token)'}")
    uvicorn.run(application, host=host, port=port, log_level="warning",
                server_header=False, proxy_headers=False)


@app.command("eval")
def evaluate(
    corpus: Annotated[str | None, typer.Argument(
        help="Folder of articles (e.g. ../shared/corpus/seeds); not needed with --acled-notes."
    )] = None,
    gold: Annotated[str | None, typer.Option("--gold", help="Folder of gold annotations "
                                             "(e.g. ../shared/gold/seeds).")] = None,
    gold_acled: Annotated[str | None, typer.Option(
        "--gold-acled", help="An ACLED-format CSV to score warta's events against.")] = None,
    acled_notes: Annotated[str | None, typer.Option(
        "--acled-notes", help="An ACLED-format CSV: run warta on each row's notes and score "
        "the report's main event (fatalities, type, sub-type, date, location, actor1) against "
        "the row.")] = None,
    misses: Annotated[int, typer.Option(
        "--misses", help="With --acled-notes: the worst misses printed per measure.")] = 20,
    parties: PartiesOption = None,
    gazetteer_path: GazetteerOption = None,
    as_json: JsonOption = False,
) -> None:
    """Score warta against gold annotations (cleaning, casualty figures, traps, events), against
    ACLED-format rows (event matching by type, date and distance), or on ACLED's own notes
    (`--acled-notes`: one row = one report = one event)."""
    from warta.evaluate import GoldError, evaluate

    if acled_notes:
        _use_parties(parties)
        _eval_acled_notes(acled_notes, gazetteer_path, misses, as_json)
        if not gold and not gold_acled:
            return
    if not corpus or (not gold and not gold_acled):
        err.print("[red]error:[/] give CORPUS with --gold FOLDER, --gold-acled FILE.csv or both, "
                  "or --acled-notes FILE.csv")
        raise typer.Exit(2)
    _use_parties(parties)
    rows: list[dict[str, Any]] = []
    problems: list[str] = []
    try:
        if gold:
            report = evaluate(corpus, gold)
            rows.extend(report.rows())
            problems.extend(report.problems)
        if gold_acled:
            from warta.evaluate import acled_events
            from warta.evaluate_acled import read_gold, score

            gold_rows = read_gold(gold_acled)
            acled = score(acled_events(corpus, _gazetteer(gazetteer_path)), gold_rows)
            rows.extend(acled.rows())
            problems.extend(acled.problems)
    except GoldError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None
    if as_json:
        for row in rows:
            _emit(row)
        return
    table = Table(title="warta eval", title_justify="left")
    for col in ("measure", "score", "detail"):
        table.add_column(col)
    for row in rows:
        table.add_row(row["measure"], f"{row['score']:.3f}", escape(row["detail"]))
    out.print(table)
    for problem in problems:
        out.print(f"[yellow]-[/] {escape(problem)}")


def _eval_acled_notes(path: str, gazetteer_path: str | None, misses: int, as_json: bool
                      ) -> None:
    from warta.evaluate_dev import AcledFileError, run_acled

    try:
        measures = run_acled(path, gazetteer=_gazetteer(gazetteer_path))
    except AcledFileError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None
    if as_json:
        for m in measures:
            _emit({"measure": m.name, "score": m.value, "detail": m.detail,
                   "misses": [{"id": x.key, "gold": x.gold, "warta": x.got, "notes": x.text}
                              for x in m.worst(misses)]})
        return
    for m in measures:
        worst = m.worst(misses)
        if worst:
            out.rule(f"{escape(m.name)}: {len(m.misses)} misses, worst {len(worst)}",
                     align="left")
        for x in worst:
            out.print(f"[bold]{escape(x.key)}[/] gold {escape(x.gold)} | warta {escape(x.got)}"
                      f" | {escape(' '.join(x.text.split())[:240])}", soft_wrap=True)
    table = Table(title="warta eval --acled-notes", title_justify="left")
    for col in ("measure", "score", "detail"):
        table.add_column(col)
    for m in measures:
        table.add_row(escape(m.name), m.shown(), escape(m.detail))
    out.print(table)


db_app = typer.Typer(help="The database's schema: where it stands, and migrations (Alembic).",
                     no_args_is_help=True)
app.add_typer(db_app, name="db")


def _status_json(store: Any, status: Any) -> dict[str, Any]:
    return {"database": store.name, "engine": store.engine.dialect.name,
            "revision": status.revision, "schema_version": status.schema_version,
            "head": status.head, "up_to_date": status.up_to_date}


@db_app.command("current")
def db_current(
    db: DbOption = settings.DB.default,
    as_json: JsonOption = False,
) -> None:
    """Show the database's schema revision and whether it is up to date; changes nothing.

    Exit code 0 when up to date, 1 when `warta db upgrade` has work to do.
    """
    from warta.store import StoreError

    store = _open_store(db, create=False, upgrade=False)
    try:
        status = store.status()
    except StoreError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None
    finally:
        store.close()
    if status.tables and not status.is_warta:
        err.print(f"[red]error:[/] {escape(store.name)}: not a warta database (tables: "
                  f"{escape(', '.join(status.tables))})")
        raise typer.Exit(2)
    if as_json:
        _emit(_status_json(store, status))
    else:
        state = ("up to date" if status.up_to_date else
                 "empty: `warta db upgrade` creates the schema" if not status.tables else
                 "older: `warta db upgrade` brings it up to date")
        out.print(f"{escape(store.name)} ({store.engine.dialect.name}): revision "
                  f"{status.revision or '-'}, schema version {status.schema_version or '-'}; "
                  f"this warta's head is {status.head}: {state}")
    if not status.up_to_date:
        raise typer.Exit(1)


@db_app.command("upgrade")
def db_upgrade(
    db: DbOption = settings.DB.default,
    as_json: JsonOption = False,
) -> None:
    """Create the schema in an empty database, or run the migrations an older one lacks.

    Every command does this when it opens a database; this does it explicitly, e.g. before
    starting several writers. A database holding other tables is refused untouched.
    """
    from warta.store import StoreError

    store = _open_store(db, create=True, upgrade=False)
    try:
        before, after = store.upgrade()
    except StoreError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None
    finally:
        store.close()
    if as_json:
        _emit({**_status_json(store, after), "before": before.revision})
    elif before.revision == after.revision:
        out.print(f"{escape(store.name)}: already at revision {after.revision} (schema version "
                  f"{after.schema_version})")
    else:
        origin = (f"revision {before.revision}" if before.revision else
                  f"schema version {before.schema_version} (before Alembic)"
                  if before.schema_version else "an empty database")
        out.print(f"{escape(store.name)}: upgraded from {origin} to revision {after.revision} "
                  f"(schema version {after.schema_version})")


def main() -> None:
    app()
