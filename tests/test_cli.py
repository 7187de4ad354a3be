"""The `warta` command end to end, run as a user runs it (a real process, a real database)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import DEMO, FIXTURES


def warta(*args: str, stdin: bytes | None = None, cwd: Path | None = None
          ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "warta", *args], input=stdin,
                          capture_output=True, cwd=cwd, env=env, check=False,
                          **({} if stdin is not None else {"text": True}))


def text_of(result: subprocess.CompletedProcess) -> tuple[str, str]:
    out, err = result.stdout, result.stderr
    if isinstance(out, bytes):
        out, err = out.decode(), err.decode()
    return out, err


def test_version() -> None:
    r = warta("--version")
    assert r.returncode == 0 and r.stdout.startswith("warta ")


def test_demo_corpus_end_to_end(any_db: str) -> None:
    db = any_db  # a SQLite file, then a PostgreSQL database
    r = warta("ingest", str(DEMO), "--db", db)
    assert r.returncode == 0, r.stderr
    assert "13 new" in r.stderr and "0 failed" in r.stderr
    listed = warta("articles", "--db", db, "--json").stdout
    rows = [json.loads(line) for line in listed.splitlines()]
    assert len(rows) == 13
    assert {"id", "title", "outlet", "language", "published", "source", "source_id"} <= set(rows[0])
    assert {r["language"] for r in rows} == {"id", "en"}
    record = next(r for r in rows if r["source_id"] == "feed-0002")
    assert record["source"].endswith("feed.jsonl")
    table = warta("articles", "--db", db)
    assert table.returncode == 0 and "13 articles" in table.stdout
    # ingesting again changes nothing
    again = warta("ingest", str(DEMO), "--db", db, "--json")
    statuses = [json.loads(line)["status"] for line in again.stdout.splitlines()]
    assert statuses == ["seen"] * 13 and again.returncode == 0
    assert len(warta("articles", "--db", db, "--json").stdout.splitlines()) == 13


def test_show_prints_text_and_removed_furniture(db: str) -> None:
    path = FIXTURES / "articles" / "berita_id.txt"
    assert warta("ingest", str(path), "--db", db).returncode == 0
    r = warta("show", str(path), "--db", db)
    assert r.returncode == 0
    assert "Dua warga tewas dan lima lainnya hilang" in r.stdout
    assert "removed as furniture (8)" in r.stdout
    assert "Slot Gacor Hari Ini Gampang Menang" in r.stdout and "spam" in r.stdout
    assert "Kabarlembah.id" in r.stdout and "2023-09-05" in r.stdout
    data = json.loads(warta("show", str(path), "--db", db, "--json").stdout)
    assert data["outlet"] == "Kabarlembah.id" and data["published"]["value"] == "2023-09-05"
    assert data["removed"][0]["reason"] == "breadcrumb"
    assert data["origins"][0]["source"] == str(path)
    assert data["text"][data["cited_sources"][0]["start"]:data["cited_sources"][0]["end"]] == \
        "Antara"


def test_bad_files_are_reported_and_the_run_goes_on(tmp_path: Path, db: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_good.txt").write_text((FIXTURES / "articles" / "wire_en.txt").read_text())
    (folder / "b_binary.txt").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    (folder / "c_empty.txt").write_bytes(b"")
    (folder / "d_latin1.txt").write_bytes("Pasukan menembaki desa, kata juru bicara. Café.\n"
                                          .encode("latin-1"))
    (folder / "e_good.txt").write_text((FIXTURES / "articles" / "berita_id.txt").read_text())
    r = warta("ingest", str(folder), "--db", db)
    assert r.returncode == 1
    assert f"{folder / 'b_binary.txt'}: not text: looks like a PDF document" in r.stderr
    assert f"{folder / 'c_empty.txt'}: empty" in r.stderr
    assert f"{folder / 'd_latin1.txt'}: not valid UTF-8" in r.stderr
    assert "2 new" in r.stderr and "3 failed" in r.stderr
    # what was stored stays stored; a rerun with the right encoding picks up the last one
    r2 = warta("ingest", str(folder / "d_latin1.txt"), "--db", db, "--encoding", "latin-1")
    assert r2.returncode == 0 and "1 new" in r2.stderr
    assert len(warta("articles", "--db", db, "--json").stdout.splitlines()) == 3


def test_size_limit_option(tmp_path: Path, db: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text((FIXTURES / "articles" / "wire_en.txt").read_text())
    r = warta("ingest", str(path), "--db", db, "--max-bytes", "100", "--json")
    assert r.returncode == 1
    row = json.loads(r.stdout)
    assert row["status"] == "failed" and "too large" in row["reason"] and row["source"] == str(path)


def test_stdin(db: str) -> None:
    data = (FIXTURES / "articles" / "wire_en.txt").read_bytes()
    r = warta("ingest", "-", "--db", db, "--json", stdin=data)
    out, _ = text_of(r)
    assert r.returncode == 0
    row = json.loads(out)
    assert row["status"] == "new" and row["source"] == "<stdin>" and row["outlet"] == "Ledger Wire"


def test_hostile_text_is_shown_as_text(tmp_path: Path, db: str) -> None:
    path = tmp_path / "hostile.txt"
    payload = ("Warga mengatakan [bold red]PALSU[/] <script>alert(1)</script> <img src=x "
               "onerror=alert(2)> pasukan menembaki desa itu pada malam hari, kata juru bicara.")
    path.write_text(payload + "\n")
    assert warta("ingest", str(path), "--db", db).returncode == 0
    r = warta("show", str(path), "--db", db)
    assert payload in r.stdout


def test_read_commands_need_an_existing_database(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    for args in (["articles"], ["show", "abc"]):
        r = warta(*args, "--db", str(missing))
        assert r.returncode == 2 and "no database here" in r.stderr
    assert not missing.exists()


def test_show_unknown_article(db: str) -> None:
    warta("ingest", str(FIXTURES / "articles" / "wire_en.txt"), "--db", db)
    r = warta("show", "nothing-like-this", "--db", db)
    assert r.returncode == 1 and "no article" in r.stderr


def test_default_database_is_warta_db_in_the_working_folder(tmp_path: Path) -> None:
    r = warta("ingest", str(FIXTURES / "articles" / "wire_en.txt"), cwd=tmp_path)
    assert r.returncode == 0 and (tmp_path / "warta.db").exists()
    env_db = tmp_path / "env.db"
    env = {**os.environ, "WARTA_DB": str(env_db)}
    subprocess.run([sys.executable, "-m", "warta", "ingest",
                    str(FIXTURES / "articles" / "berita_id.txt")], env=env, check=True,
                   capture_output=True)
    assert env_db.exists()


def test_eval_reports_bad_gold_folder(tmp_path: Path) -> None:
    r = warta("eval", str(DEMO), "--gold", str(tmp_path / "nope"))
    assert r.returncode == 2 and "not a folder" in r.stderr


def test_killed_run_resumes_without_loss_or_duplicates(tmp_path: Path, db: str) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    base = (FIXTURES / "articles" / "wire_en.txt").read_text()
    n = 400
    for i in range(n):
        (folder / f"{i:04d}.txt").write_text(base.replace("Two soldiers", f"{i} soldiers"))
    proc = subprocess.Popen([sys.executable, "-m", "warta", "ingest", str(folder), "--db", db],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def stored() -> int:
        try:
            con = sqlite3.connect(db, timeout=30)
            try:
                return con.execute("SELECT count(*) FROM articles").fetchone()[0]
            finally:
                con.close()
        except sqlite3.Error:
            return 0

    while proc.poll() is None and stored() < 20:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = stored()
    if partial >= n:
        pytest.skip("the run finished before it could be killed")
    r = warta("ingest", str(folder), "--db", db, "--json")
    statuses = [json.loads(line)["status"] for line in r.stdout.splitlines()]
    assert statuses.count("seen") == partial and statuses.count("new") == n - partial
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == n
    assert con.execute("SELECT count(*) FROM origins").fetchone()[0] == n
    con.close()


def test_extract_writes_one_line_per_article_with_offsets(tmp_path: Path) -> None:
    records = tmp_path / "in.jsonl"
    records.write_text("\n".join(json.dumps(r) for r in [
        {"id": "r1", "text": "GOMA (Demo Wire) - Shelling killed 14 people and wounded 52 in "
                             "Sake on Sunday, the health ministry said.",
         "published": "2024-03-11", "language": "en"},
        {"id": "r2", "text": "Polisi mengatakan sedikitnya 17 orang luka-luka dalam kericuhan "
                             "di Makassar, Kamis (14/3/2024)."},
        "not an object",
    ]) + "\n")
    out = tmp_path / "out.jsonl"
    r = warta("extract", str(records), "--out", str(out))
    assert r.returncode == 1 and "in.jsonl:3" in r.stderr  # the bad line is reported
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [row["source_id"] for row in rows] == ["r1", "r2"]
    first = rows[0]
    assert [(c["kind"], c["value"]) for c in first["claims"]] == [("killed", 14), ("wounded", 52)]
    for c in first["claims"]:
        e = c["evidence"]
        assert first["text"][e["start"]:e["end"]] == e["text"]
    assert first["events"][0]["sub_event_type"] == "Shelling/artillery/missile attack"
    assert first["events"][0]["date"]["value"] == "2024-03-10"
    assert rows[1]["language"] == "id" and rows[1]["claims"][0]["qualifier"] == "at_least"


def test_extract_to_stdout(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Two soldiers were killed near Gao on Monday, the army said.\n")
    r = warta("extract", str(path))
    assert r.returncode == 0
    (row,) = [json.loads(line) for line in r.stdout.splitlines()]
    assert row["source"] == str(path) and row["claims"][0]["value"] == 2


def test_ingest_stores_figures_and_events_that_show_lists(db: str) -> None:
    path = FIXTURES / "articles" / "wire_en.txt"
    assert warta("ingest", str(path), "--db", db).returncode == 0
    shown = warta("show", str(path), "--db", db)
    assert "casualty figures (2)" in shown.stdout
    assert "killed" in shown.stdout and "Shelling/artillery/missile attack" in shown.stdout
    data = json.loads(warta("show", str(path), "--db", db, "--json").stdout)
    assert [(c["kind"], c["value"]) for c in data["claims"]] == [("killed", 2), ("wounded", 18)]
    assert data["events"][0]["evidence"][0]["text"] in data["text"]


def test_eval_json(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    corpus = tmp_path / "corpus"
    gold.mkdir()
    corpus.mkdir()
    (corpus / "a.txt").write_text("Shelling killed 14 civilians in Sake on Sunday, the "
                                  "ministry said. A 12-year-old boy was among them.\n")
    (gold / "casualties.jsonl").write_text(json.dumps({
        "doc": "a", "kind": "killed", "value": 14, "qualifier": "exact", "victims": "civilians",
        "victim_side": None, "claimant": "UNK", "cumulative": False, "as_of": None,
        "evidence": "Shelling killed 14 civilians"}) + "\n")
    (gold / "not_casualties.jsonl").write_text(json.dumps(
        {"doc": "a", "text": "12-year-old", "why": "an age"}) + "\n")
    r = warta("eval", str(corpus), "--gold", str(gold), "--json")
    scores = {json.loads(line)["measure"]: json.loads(line)["score"]
              for line in r.stdout.splitlines()}
    assert scores["figures recall"] == 1.0 and scores["traps avoided"] == 1.0
    (gold / "casualties.jsonl").write_text("{broken\n")
    r = warta("eval", str(corpus), "--gold", str(gold))
    assert r.returncode == 2 and "casualties.jsonl:1" in r.stderr


def test_places_table_says_unresolved_in_words(tmp_path: Path) -> None:
    db = str(tmp_path / "u.db")
    src = tmp_path / "q.txt"
    src.write_text("GOMA (Demo Wire) - Shelling killed 14 people in the town of Qwertzbury on "
                   "Sunday, the health ministry said.\n", encoding="utf-8")
    assert warta("ingest", str(src), "--db", db).returncode == 0
    r = warta("places", "--db", db)
    assert r.returncode == 0 and "Qwertzbury" in r.stdout
    assert "unresolved" in r.stdout and "[dim]" not in r.stdout


def test_show_takes_a_file_name_alone_and_lists_candidates_when_ambiguous(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    for folder, town in (("north", "Goma"), ("south", "Bukavu")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report_1.txt").write_text(
            f"{town.upper()} (Demo Wire) - Shelling killed 3 people near {town} on Sunday.\n",
            encoding="utf-8")
    (tmp_path / "north" / "only_here.txt").write_text(
        "GOMA (Demo Wire) - Protesters marched in Goma on Monday.\n", encoding="utf-8")
    assert warta("ingest", str(tmp_path / "north"), str(tmp_path / "south"),
                 "--db", db).returncode == 0
    one = warta("show", "only_here.txt", "--db", db, "--json")
    assert one.returncode == 0, one.stderr
    assert json.loads(one.stdout)["source"].endswith("north/only_here.txt")
    both = warta("show", "report_1.txt", "--db", db)
    assert both.returncode == 1
    assert "names 2 stored files" in both.stderr
    assert "north/report_1.txt" in both.stderr and "south/report_1.txt" in both.stderr
    # "_" is a literal character in a name, not a wildcard
    assert warta("show", "report11.txt", "--db", db).returncode == 1


def test_malformed_json_line_names_file_line_and_column_once(tmp_path: Path, db: str) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "Pasukan menembaki desa itu pada malam hari, kata juru bicara."}\n'
                    '{"text": "cut off\n'
                    '{"text": "Two people were killed, the police said.", "id": 7,}\n')
    r = warta("ingest", str(path), "--db", db)
    assert r.returncode == 1
    assert f"{path}:2: malformed JSON at column 18: invalid control character\n" in r.stderr
    assert (f"{path}:3: malformed JSON at column 62: expecting property name enclosed in "
            "double quotes\n") in r.stderr
    assert " at at " not in r.stderr
    assert "1 new" in r.stderr and "2 failed" in r.stderr


def test_figures_are_written_one_way_everywhere(tmp_path: Path, db: str) -> None:
    """5,000 as the dashboard writes it, with the qualifier in words: never 5000 or at_least."""
    path = tmp_path / "toll.txt"
    path.write_text("GOMA (Demo Wire) - More than 5000 people have been killed since the fighting "
                    "began in January, the United Nations said on Friday. Shelling killed 1200 "
                    "civilians in Sake on Sunday, the army said.\n")
    assert warta("ingest", str(path), "--db", db).returncode == 0
    shown = warta("show", str(path), "--db", db).stdout
    figures = shown.split("casualty figures")[1]
    assert "more than 5,000 people" in figures and "1,200 civilians" in figures
    assert "fatalities 1,200" in figures
    unquoted = "".join(part.split("»", 1)[-1] for part in figures.split("«"))
    assert "5000" not in unquoted and "1200" not in unquoted and "more_than" not in unquoted
    tallies = warta("tallies", "--db", db).stdout
    assert "more than 5,000" in tallies and "5000" not in tallies
    assert "United Nations (UN)" in tallies  # the claimant as written, its code beside
    timeline = warta("timeline", "--db", db).stdout
    assert "1,200" in timeline and "1200" not in timeline


def test_contradictions_and_story_details_as_make_demo_ends(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    assert warta("ingest", str(DEMO), "--db", db).returncode == 0
    listed = warta("contradictions", "--db", db)
    assert listed.returncode == 0 and listed.stdout.startswith("1 contradiction\n")
    assert "denial · 2024-03-13 · Attack" in listed.stdout
    # "Ia juga menuding ...": "he also" is the TPNPB spokesman the article quoted just before
    assert "claim by juru bicara TPNPB-OPM (TPNPB)" in listed.stdout
    assert "UNK" not in listed.stdout and "Ia juga" not in listed.stdout.split("«")[0]
    assert "denied by IDN: «Kodam XVII/Cenderawasih membantah klaim tersebut.»" in listed.stdout
    assert "in Lintas Papua (tpnpb-klaim-sugapa.html)" in listed.stdout
    rows = [json.loads(line) for line in
            warta("contradictions", "--db", db, "--json").stdout.splitlines()]
    assert len(rows) == 1 and rows[0]["kind"] == "denial" and rows[0]["denied_by"] == "IDN"
    story = rows[0]["story_id"]
    assert len(warta("contradictions", "--db", db, "--story", story).stdout.splitlines()) > 3
    assert warta("contradictions", "--db", db, "--story", "nope").returncode != 0
    details = warta("stories", "--details", "--db", db).stdout
    assert details.startswith("3 stories\n")
    assert "OCHA (UN): more than 1,250 civilians wounded" in details
    assert "3 tallies" in details and "1 contradiction\n" in details
    # the make demo target ends with these and with the command that opens the dashboard
    makefile = (Path(__file__).parents[1] / "Makefile").read_text()
    demo = makefile.split("\ndemo:", 1)[1].split("\n\n", 1)[0]
    assert "warta stories --details --db $(DEMO_DB)" in demo
    assert "warta serve --db $(DEMO_DB)" in demo.splitlines()[-1]
