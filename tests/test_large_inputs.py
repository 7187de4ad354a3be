"""Large inputs: WARC/ARC archives and gzip/zstd-compressed JSON Lines, streamed, with a
corrupt record or a malformed line reported with its position and skipped."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import zstandard

from warta.ingest import ReadFailure, ReadOptions, read_paths
from warta.ingest.warc import Skipped, read
from warta.model import RawDoc

from . import warcs

BODIES = [
    ("Shelling near Goma kills {n} soldiers",
     "{n} soldiers were killed and 18 wounded when shells hit an army base near Goma on "
     "Sunday, the army said in a statement issued late in the evening.\n"
     "The rebels denied the attack and accused the army of shelling residential areas of the "
     "city overnight, according to residents who spoke to reporters by telephone."),
]


def pages(n: int) -> list[tuple[str, bytes]]:
    title, body = BODIES[0]
    return [(f"https://news.example/{i}",
             warcs.page(title.format(n=i + 2), body.format(n=i + 2))) for i in range(n)]


def read_all(path: Path, **options: int | str) -> list[RawDoc | ReadFailure]:
    return list(read_paths([str(path)], ReadOptions(**options)))  # type: ignore[arg-type]


def split(items: list) -> tuple[list[RawDoc], list[ReadFailure]]:
    return ([i for i in items if isinstance(i, RawDoc)],
            [i for i in items if isinstance(i, ReadFailure)])


# --- WARC ------------------------------------------------------------------------------------

def sample_records() -> list[bytes]:
    recs = [warcs.record(u, p) for u, p in pages(4)]
    return [
        warcs.record("https://news.example/0", b"", kind="request"),
        recs[0],
        warcs.record("https://news.example/img.png", b"\x89PNG....", content_type="image/png"),
        warcs.record("https://news.example/gone", b"<html>gone</html>", status=404),
        recs[1], recs[2], recs[3],
        warcs.record("https://news.example/notes.txt",
                     b"Five civilians were killed in Goma on Monday, the mayor said.",
                     kind="resource", content_type="text/plain"),
    ]


def test_warc_response_and_resource_records_become_documents(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(sample_records()))
    docs, failures = split(read_all(path))
    assert failures == []
    assert [d.source_id for d in docs] == [f"https://news.example/{i}" for i in range(4)] + [
        "https://news.example/notes.txt"]
    first = docs[0]
    assert first.source == str(path) and first.url == "https://news.example/0"
    assert first.position == 2  # record number in the file
    assert first.title == "Shelling near Goma kills 2 soldiers"
    assert "2 soldiers were killed" in first.text and "Cookie" not in first.text
    assert first.published == "2024-03-12"
    assert docs[-1].text.startswith("Five civilians")


def test_skipped_records_are_counted_by_reason(tmp_path: Path) -> None:
    from warta.ingest import Source

    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(sample_records()))
    skipped = Skipped()
    list(read(Source(str(path), path=path), ReadOptions(), skipped))
    assert skipped == {"request": 1, "image/png": 1, "status 404": 1}


def test_warc_gz_is_sniffed_without_its_extension(tmp_path: Path) -> None:
    path = tmp_path / "crawl.bin"
    path.write_bytes(warcs.gz(sample_records()))
    docs, failures = split(read_all(path))
    assert failures == [] and len(docs) == 5


def test_corrupt_record_is_reported_with_number_and_offset_and_the_rest_read(
        tmp_path: Path) -> None:
    recs = [warcs.record(u, p) for u, p in pages(5)]
    damaged = [recs[0], recs[1], warcs.corrupt(recs[2]), recs[3], recs[4]]
    plain = tmp_path / "crawl.warc"
    plain.write_bytes(b"".join(damaged))
    compressed = tmp_path / "crawl.warc.gz"
    compressed.write_bytes(warcs.gz(damaged))
    for path, offset in ((plain, len(recs[0]) + len(recs[1])),
                         (compressed, len(warcs.gz(recs[:2])))):
        docs, failures = split(read_all(path))
        assert [d.source_id for d in docs] == [f"https://news.example/{i}" for i in (0, 1, 3, 4)]
        (f,) = failures
        assert f.source == str(path) and f.position == 3
        assert f"corrupt record 3 at byte {offset:,}" in f.reason


def test_damaged_gzip_member_is_skipped(tmp_path: Path) -> None:
    recs = [warcs.gz([warcs.record(u, p)]) for u, p in pages(4)]
    broken = bytearray(recs[1])
    broken[30:60] = bytes(30)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(recs[0] + bytes(broken) + recs[2] + recs[3])
    docs, failures = split(read_all(path))
    assert [d.source_id for d in docs] == [f"https://news.example/{i}" for i in (0, 2, 3)]
    (f,) = failures
    assert f.position == 2 and f"at byte {len(recs[0]):,}" in f.reason


def test_truncated_warc_keeps_the_records_before(tmp_path: Path) -> None:
    data = warcs.gz([warcs.record(u, p) for u, p in pages(4)])
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data[: len(data) - 100])
    docs, failures = split(read_all(path))
    assert [d.source_id for d in docs] == [f"https://news.example/{i}" for i in range(3)]
    assert len(failures) == 1 and failures[0].position == 4


def test_arc_files_are_read(tmp_path: Path) -> None:
    path = tmp_path / "old.arc"
    path.write_bytes(warcs.arc(pages(2)))
    gzipped = tmp_path / "old.arc.gz"
    gzipped.write_bytes(gzip.compress(warcs.arc(pages(2))))
    for p in (path, gzipped):
        docs, failures = split(read_all(p))
        assert failures == []
        assert [d.source_id for d in docs] == ["https://news.example/0", "https://news.example/1"]
        assert "3 soldiers were killed" in docs[1].text


def test_warc_is_read_lazily(tmp_path: Path) -> None:
    """The first documents come out before the reader reaches the broken tail."""
    recs = [warcs.record(u, p) for u, p in pages(3)]
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(recs) + b"WARC/1.0\r\nContent-Length: 99999999\r\n\r\nshort")
    items = read_paths([str(path)])
    first = next(items)
    assert isinstance(first, RawDoc) and first.source_id == "https://news.example/0"


def test_warc_record_over_the_size_limit_is_reported(tmp_path: Path) -> None:
    big = warcs.page("Big", "word " * 5000)
    path = tmp_path / "crawl.warc"
    path.write_bytes(warcs.record("https://news.example/big", big)
                     + b"".join(warcs.record(u, p) for u, p in pages(1)))
    docs, failures = split(read_all(path, max_bytes=10_000))
    assert len(docs) == 1 and len(failures) == 1
    assert "too large" in failures[0].reason and failures[0].source_id.endswith("/big")


# --- compressed JSON Lines -------------------------------------------------------------------

def jsonl_bytes(n: int, bad_line: int | None = None) -> bytes:
    lines = [json.dumps({"id": f"r{i}", "text": f"Artikel nomor {i}. " + "Isi berita. " * 100})
             for i in range(n)]
    if bad_line is not None:
        lines[bad_line - 1] = '{"id": "broken", "text": '
    return ("\n".join(lines) + "\n").encode()


def compress(data: bytes, codec: str) -> bytes:
    return gzip.compress(data) if codec == "gzip" else zstandard.ZstdCompressor().compress(data)


def test_compressed_jsonl_malformed_line_is_reported_with_its_number(tmp_path: Path) -> None:
    for codec, suffix in (("gzip", ".jsonl.gz"), ("zstd", ".jsonl.zst"), ("zstd", ".data")):
        path = tmp_path / f"news{suffix}"
        path.write_bytes(compress(jsonl_bytes(50, bad_line=7), codec))
        docs, failures = split(read_all(path))
        assert len(docs) == 49
        assert docs[0].source_id == "r0" and docs[0].source == str(path)
        (f,) = failures
        assert f.position == 7 and "malformed JSON" in f.reason and f.source_id == "broken"


def test_truncated_compressed_stream_keeps_what_came_before(tmp_path: Path) -> None:
    for codec in ("gzip", "zstd"):
        data = compress(jsonl_bytes(2000), codec)
        path = tmp_path / f"cut.{codec}"
        path.write_bytes(data[: len(data) // 2])
        docs, failures = split(read_all(path))
        assert 100 < len(docs) < 2000
        assert [d.source_id for d in docs] == [f"r{i}" for i in range(len(docs))]
        (f,) = failures
        assert f.position == len(docs) + 1
        assert f"{codec} stream broken or truncated at compressed byte" in f.reason


def test_concatenated_gzip_members_are_one_stream(tmp_path: Path) -> None:
    path = tmp_path / "two.jsonl.gz"
    path.write_bytes(gzip.compress(jsonl_bytes(3)) + gzip.compress(jsonl_bytes(2)))
    docs, failures = split(read_all(path))
    assert failures == [] and len(docs) == 5


def test_compressed_jsonl_is_read_lazily(tmp_path: Path) -> None:
    data = compress(jsonl_bytes(5000), "zstd")
    path = tmp_path / "cut.jsonl.zst"
    path.write_bytes(data[: len(data) - 1000])
    first = next(read_paths([str(path)]))
    assert isinstance(first, RawDoc) and first.source_id == "r0"


def test_garbage_after_gzip_magic_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "fake.gz"
    path.write_bytes(b"\x1f\x8b" + bytes(range(256)) * 4)
    (f,) = read_all(path)
    assert isinstance(f, ReadFailure) and f.source == str(path) and "gzip" in f.reason


def test_compressed_single_html_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(pages(1)[0][1]))
    docs, failures = split(read_all(path))
    assert failures == [] and "2 soldiers were killed" in docs[0].text


def test_compressed_bomb_is_stopped_by_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 50_000_000))
    (f,) = read_all(path, max_bytes=1_000_000)
    assert isinstance(f, ReadFailure) and "too large" in f.reason


# --- huge and pathological documents, the per-document budget ------------------------------

DENSE = ("{n} soldiers were killed and 18 wounded when shells hit an army base near Goma on "
         "Sunday, the army said in a statement issued late in the evening. The rebels denied "
         "the attack and accused the army of shelling residential areas on Saturday.")


def dense_text(chars: int) -> str:
    out, total, i = [], 0, 0
    while total < chars:
        p = DENSE.format(n=i % 90 + 2)
        out.append(p)
        total += len(p) + 2
        i += 1
    return "\n\n".join(out)


def test_text_past_the_limit_is_cut_at_a_line_break_with_a_note(monkeypatch) -> None:
    from warta.clean import clean

    monkeypatch.setenv("WARTA_MAX_CHARS", "5000")
    text = dense_text(20_000)
    article = clean(RawDoc(source="big.txt", text=text, format="text"))
    assert len(article.text) <= 5000
    assert text.startswith(article.text) and article.text.endswith("on Saturday.")
    note = article.removed[-1]
    assert note.reason.startswith("cut: the document goes on for")
    assert "past the limit of 5,000 (WARTA_MAX_CHARS)" in note.reason
    assert note.text.startswith(text[len(article.text):].strip()[:20])
    short = clean(RawDoc(source="small.txt", text=dense_text(3000), format="text"))
    assert not any(r.reason.startswith("cut:") for r in short.removed)


def test_pathological_single_lines_are_cut_and_processed(tmp_path: Path, monkeypatch) -> None:
    from warta.pipeline import process

    monkeypatch.setenv("WARTA_MAX_CHARS", "100000")
    html = tmp_path / "one-line.html"
    html.write_text("<html><head><title>One line</title></head><body><article>"
                    + "".join(f"<p>{DENSE.format(n=i % 50 + 2)}</p><script>var a='{'b' * 300}'"
                              "</script>" for i in range(600))
                    + "</article></body></html>", encoding="utf-8")
    assert b"\n" not in html.read_bytes()
    docs = [d for d in read_all(html) if isinstance(d, RawDoc)]
    docs += [RawDoc(source="nospace.txt", text="x" * 300_000, format="text"),
             RawDoc(source="oneword.txt", text="killed " * 50_000, format="text")]
    for raw in docs:
        article, _ = process(raw)
        assert len(article.text) <= 100_000
        assert len(raw.text) <= 100_000 or article.removed[-1].reason.startswith("cut:")


def run_over(tmp_path: Path, *command: str) -> list[dict]:
    import os
    import subprocess
    import sys

    folder = tmp_path / "in"
    folder.mkdir(parents=True)
    (folder / "a-small.txt").write_text(DENSE.format(n=3), encoding="utf-8")
    (folder / "b-huge.txt").write_text(dense_text(4_000_000), encoding="utf-8")
    (folder / "c-small.txt").write_text(DENSE.format(n=4).replace("Goma", "Bunia"),
                                        encoding="utf-8")
    env = {**os.environ, "WARTA_DOC_SECONDS": "2", "WARTA_MAX_CHARS": "10000000"}
    done = subprocess.run([sys.executable, "-m", "warta", *command, str(folder), "--db",
                           str(tmp_path / "w.db"), "--max-bytes", "20000000", "--json"],
                          capture_output=True, text=True, env=env, check=False, timeout=600)
    rows = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return [r for r in rows if r.get("kind", "document") == "document"]


def test_a_document_over_its_time_budget_fails_and_the_run_goes_on(tmp_path: Path) -> None:
    for i, command in enumerate((("run", "--engine", "processes", "--workers", "1"),
                                 ("run", "--engine", "ray", "--workers", "1"),
                                 ("ingest",))):
        results = run_over(tmp_path / str(i), *command)
        by_name = {Path(r["source"]).name: r for r in results}
        assert by_name["b-huge.txt"]["status"] == "failed", command
        reason = by_name["b-huge.txt"]["reason"]
        assert "stopped: still being processed after 2 s of CPU time" in reason
        assert "WARTA_DOC_SECONDS" in reason
        assert by_name["a-small.txt"]["status"] == "new"
        assert by_name["c-small.txt"]["status"] == "new"


def test_heavy_html_loses_its_blobs_and_a_huge_page_is_cut_with_a_note(tmp_path: Path) -> None:
    from warta.clean import clean
    from warta.ingest.html import MAX_HTML_CHARS

    paragraphs = "".join(f"<p>{DENSE.format(n=i % 50 + 2)}</p>" for i in range(200))
    heavy = tmp_path / "heavy.html"
    heavy.write_text("<html><head><title>Heavy</title><script>var state = '" + "z" * 1_500_000
                     + "';</script><style>" + ".a{}" * 100_000 + "</style></head><body>"
                     f"<article>{paragraphs}<img src=\"data:image/png;base64,{'A' * 200_000}\">"
                     "</article></body></html>", encoding="utf-8")
    (doc,) = read_all(heavy, max_bytes=50_000_000)
    assert isinstance(doc, RawDoc) and doc.cut is None
    assert "were killed" in doc.text and "zzzz" not in doc.text
    huge = tmp_path / "huge.html"
    huge.write_text("<html><head><title>Huge</title></head><body><article>"
                    + paragraphs * 30 + "</article></body></html>", encoding="utf-8")
    (doc,) = read_all(huge, max_bytes=50_000_000)
    assert isinstance(doc, RawDoc) and doc.cut is not None
    assert doc.cut.startswith("cut: the HTML page goes on for")
    assert f"past the limit of {MAX_HTML_CHARS:,}" in doc.cut
    assert clean(doc).removed[-1].reason == doc.cut
