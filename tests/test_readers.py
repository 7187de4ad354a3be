"""Readers: each format, chosen by content; bad input reported with its path and reason."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from warta.clean import CleaningError, clean
from warta.ingest import (
    Reader,
    ReadFailure,
    ReadOptions,
    Source,
    read_paths,
    register,
    registry,
    stdin,
)
from warta.model import RawDoc

from .conftest import DEMO

ARTICLE = (
    "GOMA (Demo Wire) - Two soldiers were killed and 18 wounded when shells hit an army base "
    "near the town on Sunday, the army said in a statement.\n"
    "The rebels denied the attack and accused the army of shelling homes overnight.\n"
)

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Shelling near Goma | Demo Post</title>
<meta property="og:site_name" content="Demo Post">
<meta property="article:published_time" content="2024-03-12T09:00:00Z">
<script>var tracking = "TRACKER-CODE"; document.write("<p>injected</p>");</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Shelling near Goma kills two soldiers</h1>
<p>Two soldiers were killed and 18 wounded when shells hit an army base near Goma on Sunday,
the army said in a statement issued late in the evening.</p>
<p>The rebels denied the attack and accused the army of shelling residential areas of the city
overnight, according to residents who spoke to reporters by telephone.</p>
<p>Aid agencies said thousands of families had fled to camps west of the city since Friday and
that food and water were running short in the largest of them.</p>
</article>
<footer>Cookie settings. Terms of use. All rights reserved.</footer>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x"}</script>
</body></html>
"""


def docs(*targets: str | Path, **options: int | str) -> list[RawDoc | ReadFailure]:
    return list(read_paths([str(t) for t in targets], ReadOptions(**options)))  # type: ignore[arg-type]


def one(*targets: str | Path, **options: int | str) -> RawDoc:
    (doc,) = docs(*targets, **options)
    assert isinstance(doc, RawDoc), doc
    return doc


def failure(*targets: str | Path, **options: int | str) -> ReadFailure:
    (doc,) = docs(*targets, **options)
    assert isinstance(doc, ReadFailure), doc
    return doc


def test_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    doc = one(path)
    assert doc.format == "text" and doc.text == ARTICLE and doc.source == str(path)
    assert len(doc.raw_sha) == 64


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = one(path)
    assert doc.format == "html"
    assert "Two soldiers were killed" in doc.text
    assert "TRACKER-CODE" not in doc.text and "injected" not in doc.text
    assert "Sport" not in doc.text and "Cookie" not in doc.text
    assert doc.published == "2024-03-12"
    assert doc.outlet == "Demo Post"
    assert doc.language == "en"
    assert doc.title and "Shelling near Goma" in doc.title


def test_format_is_sniffed_from_content_not_extension(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "records.txt").write_text(json.dumps({"id": "r1", "text": ARTICLE}) + "\n")
    (tmp_path / "notes.html").write_text(ARTICLE)
    got = {Path(d.source).name: d.format for d in docs(tmp_path)}  # type: ignore[union-attr]
    assert got == {"page.txt": "html", "records.txt": "jsonl", "notes.html": "text"}


def test_jsonl_records_keep_their_ids_and_bad_lines_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a-1", "text": ARTICLE, "title": "T", "url": "https://x.example/1",
                    "published": "2024-03-12", "language": "en"}),
        "{not json",
        json.dumps({"id": "a-3", "title": "no text"}),
        "",
        json.dumps({"id": 4, "text": "Seorang warga tewas dalam banjir di Jakarta kemarin."}),
        json.dumps(["a", "list"]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = docs(path)
    ok = [d for d in got if isinstance(d, RawDoc)]
    bad = [d for d in got if isinstance(d, ReadFailure)]
    assert [d.source_id for d in ok] == ["a-1", "4"]
    assert ok[0].title == "T" and ok[0].published == "2024-03-12" and ok[0].position == 1
    assert ok[0].url == "https://x.example/1" and ok[0].language == "en"
    assert [(f.position, f.source) for f in bad] == [(2, str(path)), (3, str(path)), (6, str(path))]
    assert "malformed JSON" in bad[0].reason
    assert "text" in bad[1].reason and bad[1].source_id == "a-3"


def test_folder_is_read_recursively_in_order_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b" / "deep" / "c.txt").write_text(ARTICLE)
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main")
    (tmp_path / ".hidden.txt").write_text(ARTICLE)
    (tmp_path / "b" / "loop").symlink_to(tmp_path, target_is_directory=True)
    names = [Path(d.source).relative_to(tmp_path).as_posix() for d in docs(tmp_path)]
    assert names == ["a.txt", "b/deep/c.txt"]


def test_demo_corpus_reads_without_failures() -> None:
    got = docs(DEMO)
    assert not [d for d in got if isinstance(d, ReadFailure)]
    assert {d.format for d in got} == {"text", "html", "jsonl"}  # type: ignore[union-attr]
    assert len(got) >= 12


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    doc, = list(stdin.read(io.BytesIO(ARTICLE.encode()), ReadOptions()))
    assert isinstance(doc, RawDoc) and doc.source == "<stdin>" and doc.format == "text"
    doc, = list(stdin.read(io.BytesIO(PAGE.encode()), ReadOptions()))
    assert isinstance(doc, RawDoc) and doc.format == "html"


def test_missing_path_is_reported(tmp_path: Path) -> None:
    f = failure(tmp_path / "nope.txt")
    assert "no such file" in f.reason and f.source.endswith("nope.txt")


def test_registry_is_open_for_new_formats(tmp_path: Path) -> None:
    def sniff(head: bytes, name: str) -> bool:
        return head.startswith(b"MYFORMAT/1.0")

    def read(source: Source, options: ReadOptions) -> Iterator[RawDoc]:
        yield RawDoc(source=source.name, text="from the custom reader", format="warc-test")

    register(Reader("warc-test", sniff, read))
    try:
        (tmp_path / "x.myf").write_bytes(b"MYFORMAT/1.0\r\nType: response\r\n")
        assert one(tmp_path / "x.myf").format == "warc-test"
        assert registry.readers()[-1].name == "text"  # plain text stays the fallback
    finally:
        registry._READERS[:] = [r for r in registry._READERS if r.name != "warc-test"]


# --- bad input -----------------------------------------------------------------------------

def test_binary_file_is_refused_with_its_kind(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    f = failure(path)
    assert f.source == str(path) and "PNG" in f.reason
    path2 = tmp_path / "blob.bin"
    path2.write_bytes(bytes(range(256)) * 40)
    assert "not text" in failure(path2).reason


def test_empty_and_blank_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\t\n")
    (tmp_path / "empty.jsonl").write_bytes(b"\n\n")
    for name in ("empty.txt", "blank.txt"):
        assert "empty" in failure(tmp_path / name).reason


def test_invalid_utf8_is_refused_unless_an_encoding_is_given(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    text = "Pasukan menembaki desa di dekat Goma, kata juru bicara militer. Café déjà vu.\n"
    path.write_bytes(text.encode("cp1252"))
    f = failure(path)
    assert "not valid UTF-8" in f.reason and "offset" in f.reason and "--encoding" in f.reason
    assert one(path, encoding="cp1252").text == text
    assert "Café" in one(path, encoding="auto").text
    assert "unknown encoding" in failure(path, encoding="no-such-codec").reason


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes(ARTICLE.encode("utf-16"))
    assert one(path).text == ARTICLE


def test_file_over_the_size_limit_is_skipped_and_the_run_goes_on(tmp_path: Path) -> None:
    big = tmp_path / "a_big.txt"
    with big.open("wb") as fh:
        line = ("Pasukan menembaki desa di dekat kota itu pada Selasa malam. " * 20 + "\n").encode()
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(line)
    (tmp_path / "b_small.txt").write_text(ARTICLE)
    got = docs(tmp_path)
    assert isinstance(got[0], ReadFailure) and got[0].source == str(big)
    assert "too large" in got[0].reason and "50.0 MB" in got[0].reason
    assert isinstance(got[1], RawDoc) and got[1].text == ARTICLE


def test_jsonl_record_over_the_limit_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    path.write_text(json.dumps({"id": "big", "text": "x " * 5000}) + "\n"
                    + json.dumps({"id": "ok", "text": ARTICLE}) + "\n")
    got = docs(path, max_bytes=2000)
    assert isinstance(got[0], ReadFailure) and got[0].position == 1 and "too large" in got[0].reason
    assert isinstance(got[1], RawDoc) and got[1].source_id == "ok"


def test_truncated_html_still_yields_its_text(tmp_path: Path) -> None:
    path = tmp_path / "cut.html"
    path.write_text(PAGE[: PAGE.index("Aid agencies")], encoding="utf-8")
    assert "Two soldiers were killed" in one(path).text


def test_html_without_article_text_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>alert(1)</script></head><body><nav>Home</nav></body>"
                    "</html>")
    (doc,) = docs(path)
    if isinstance(doc, ReadFailure):
        assert "without article text" in doc.reason
    else:  # trafilatura's fallback kept the menu; the cleaner must then refuse it
        with pytest.raises(CleaningError, match="no article text"):
            clean(doc)


def test_odd_file_names_are_reported_verbatim(tmp_path: Path) -> None:
    path = tmp_path / "$(rm -rf ~) <script>.txt"
    path.write_bytes(b"")
    f = failure(path)
    assert f.source == str(path)
