"""Huge and pathological documents: each must finish, or be cut with a clear message, in time
proportional to its size and with bounded memory (issue 15: < 1 GB, < 60 s).

    .venv/bin/python bench/large.py [--mb 50] [--html-mb 10] [--engine local]

Writes, in a temporary folder, documents made of the demo corpus and the test fixtures
repeated (bench/corpus.py): a plain-text file of ``--mb`` MB, a single line of HTML of
``--html-mb`` MB (paragraphs, scripts and links, no line break), a single line of text with no
space at all and a file of one word repeated; then ingests each with `warta run --engine E`
(``--max-bytes`` raised above its size) in a child process, and prints per document: seconds,
the child's peak memory (resident set), its exit code, the stored article's length and what
was cut or why it failed. The text past ``WARTA_MAX_CHARS`` characters (default 500,000) is
cut at a line break, noted among the article's removed lines; a document still running after
``WARTA_DOC_SECONDS`` (default 30) is stopped and reported as failed. No assertion: machines
here are shared and noisy.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

MB = 1024 * 1024


def paragraphs() -> list[str]:
    from corpus import templates

    out = []
    for text, _ in templates():
        out.extend(p.strip() for p in text.split("\n") if len(p.strip()) > 40)
    return out


def filled(parts: list[str], size: int, sep: str, seed: int = 5) -> str:
    rng = random.Random(seed)
    chunks, total = [], 0
    while total < size:
        p = rng.choice(parts)
        chunks.append(p)
        total += len(p) + len(sep)
    return sep.join(chunks)[:size]


def documents(folder: Path, mb: float, html_mb: float) -> list[tuple[str, Path]]:
    parts = paragraphs()
    text = folder / "huge.txt"
    text.write_text("Huge report\n\n" + filled(parts, int(mb * MB), "\n\n"), encoding="utf-8")
    html = folder / "one-line.html"
    body = filled([f"<p>{p}</p>" for p in parts] + [
        "<script>var x = '" + "y" * 2000 + "';</script>",
        '<a href="https://news.example/x">Baca juga: berita lain</a>',
        "<div><span>Share</span><span>Tweet</span></div>"], int(html_mb * MB), "")
    html.write_text("<!DOCTYPE html><html><head><title>One line</title></head><body>"
                    f"<article><h1>One line</h1>{body}</article></body></html>",
                    encoding="utf-8")
    nospace = folder / "no-spaces.txt"
    nospace.write_text("x" * int(html_mb * MB), encoding="utf-8")
    word = folder / "one-word.txt"
    word.write_text("tewas " * int(html_mb * MB / 6), encoding="utf-8")
    return [(f"plain text, {mb:g} MB", text), (f"one line of HTML, {html_mb:g} MB", html),
            (f"one line, no space, {html_mb:g} MB", nospace),
            (f"one word repeated, {html_mb:g} MB", word)]


def child(engine: str, path: Path, db: Path) -> None:
    """Runs in the child: `warta run` on one document, then what was stored."""
    from typer.testing import CliRunner

    from warta.cli import app

    size = path.stat().st_size
    done = CliRunner().invoke(app, ["run", str(path), "--db", str(db), "--engine", engine,
                                    "--workers", "1", "--max-bytes", str(size + MB), "--json"])
    results = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    from warta.store import Store

    store = Store(str(db))
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT id, length(text) FROM articles").fetchall()
    cut = ""
    if rows:
        article, _ = store.get(rows[0][0])
        cut = "; ".join(r.reason for r in article.removed if r.reason.startswith("cut:"))
    store.close()
    failed = [r.get("reason") for r in results if r.get("status") == "failed"]
    peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF,
                                                             resource.RUSAGE_CHILDREN))
    print(json.dumps({"exit": done.exit_code, "stored_chars": rows[0][1] if rows else 0,
                      "cut": cut, "failed": failed, "peak_mb": peak / 1024}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=50)
    parser.add_argument("--html-mb", type=float, default=10)
    parser.add_argument("--engine", default="local")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        engine, path, db = args.child
        child(engine, Path(path), Path(db))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        docs = documents(folder, args.mb, args.html_mb)
        from warta import settings

        print(f"limits: {settings.MAX_CHARS.env}={settings.MAX_CHARS.value()} characters, "
              f"{settings.DOC_SECONDS.env}={settings.DOC_SECONDS.value()} s of CPU time; "
              f"engine {args.engine}")
        for i, (label, path) in enumerate(docs):
            db = folder / f"{i}.db"
            started = time.perf_counter()
            proc = subprocess.Popen([sys.executable, __file__, "--child", args.engine, str(path),
                                     str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    text=True)
            out, errors = proc.communicate()
            seconds = time.perf_counter() - started
            lines = out.strip().splitlines()
            try:
                row = json.loads(lines[-1])
            except (IndexError, ValueError):
                print(f"{label:<32} crashed after {seconds:.1f} s:\n{errors[-2000:]}")
                continue
            note = row["cut"] or ("failed: " + "; ".join(row["failed"]) if row["failed"]
                                  else "processed whole")
            print(f"{label:<32} {seconds:6.1f} s, peak {row['peak_mb']:5.0f} MB, "
                  f"exit {row['exit']}, stored "
                  f"{row['stored_chars']:,} characters; {note}", flush=True)


if __name__ == "__main__":
    main()
