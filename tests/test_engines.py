"""`warta run`: the same corpus through one process, a process pool and Ray stores the same
things and links them the same way; a run killed with SIGKILL resumes without losing,
duplicating or redoing work. Run as a user runs it: real processes, a real local Ray."""

from __future__ import annotations

import gzip
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from . import warcs
from .conftest import DEMO, ROOT

sys.path.insert(0, str(ROOT / "bench"))

from corpus import articles


def warta(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "warta", *args], capture_output=True,
                          text=True, env=env, check=False, timeout=timeout)


def corpus(tmp: Path) -> list[str]:
    """The demo corpus, a gzip-compressed JSONL file with undated articles, copies and a
    malformed line, and a WARC file with a corrupt record."""
    records = list(articles(40, seed=3, undated_share=0.3))
    records.append({**records[5], "id": "copy-of-5"})  # same text, another input
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines.insert(17, '{"id": "broken", "text": ')
    jsonl = tmp / "feed.jsonl.gz"
    jsonl.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    body = ("Shelling near Goma killed {n} soldiers on Sunday, the army said in a statement.\n"
            "The rebels denied the attack and accused the army of shelling homes overnight.")
    recs = [warcs.record(f"https://news.example/{i}",
                         warcs.page(f"Goma shelling {i}", body.format(n=i + 3)))
            for i in range(3)]
    warc = tmp / "crawl.warc"
    warc.write_bytes(recs[0] + warcs.corrupt(recs[1]) + recs[2])
    return [str(DEMO), str(jsonl), str(warc)]


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every stored row that says what was read (insertion times and row numbers left out)."""
    con = sqlite3.connect(db)
    out = {}
    for table in ("articles", "origins", "claims", "events", "quotes", "cited_sources",
                  "furniture"):
        cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")
                if r[1] not in ("ingested_at",) and not (table == "origins" and r[1] == "id")]
        out[table] = sorted(con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall(),
                            key=repr)
    con.close()
    return out


def lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_engines_store_and_link_the_same(tmp_path: Path) -> None:
    paths = corpus(tmp_path)
    results = {}
    for engine in ("local", "processes", "ray", "ray-data"):
        db = tmp_path / f"{engine}.db"
        r = warta("run", *paths, "--db", str(db), "--engine", engine, "--workers", "2",
                  "--batch-size", "3", "--json")
        assert r.returncode == 1, r.stderr  # the malformed line and the corrupt record
        out = lines(r.stdout)
        summary = out[-1]
        assert summary["kind"] == "summary" and summary["engine"] == engine
        results[engine] = (out, dump(db), summary)

    local_out, local_db, local_summary = results["local"]
    docs = [o for o in local_out if o["kind"] == "document"]
    failed = [d for d in docs if d["status"] == "failed"]
    assert {(Path(d["source"]).name, d["position"]) for d in failed} == {
        ("feed.jsonl.gz", 18), ("crawl.warc", 2)}
    assert any(d["status"] == "duplicate" and d["source_id"] == "copy-of-5" for d in docs)
    assert local_summary["new"] >= 40 and local_summary["stories"] >= 3
    assert local_summary["merged_events"] < local_summary["events"]
    assert len(local_db["articles"]) == local_summary["articles"]
    # the batch step ran: years inferred from the batch, undated articles' events dated
    con = sqlite3.connect(tmp_path / "local.db")
    assert con.execute("SELECT COUNT(*) FROM articles WHERE published_basis LIKE '%+year'"
                       ).fetchone()[0] > 0
    assert con.execute("SELECT COUNT(*) FROM events e JOIN articles a ON a.id = e.article_id "
                       "WHERE a.published IS NULL AND e.date IS NOT NULL").fetchone()[0] > 0
    con.close()

    for engine in ("processes", "ray", "ray-data"):
        out, db, summary = results[engine]
        assert db == local_db, f"{engine} stored something else"
        assert out[:-1] == local_out[:-1], f"{engine} reported or linked something else"
        for key in ("new", "duplicate", "failed", "copies", "stories", "merged_events",
                    "tallies", "contradictions"):
            assert summary[key] == local_summary[key], key
        # every worker opened the gazetteer once, not once per article or batch
        assert summary["gazetteer_opened_per_worker"] == 1
        assert 1 <= summary["worker_processes"] <= 4 < summary["new"] // 3


def test_rerun_skips_what_is_stored(tmp_path: Path) -> None:
    paths = corpus(tmp_path)
    db = str(tmp_path / "w.db")
    first = lines(warta("run", *paths, "--db", db, "--engine", "processes", "--workers", "2",
                        "--json").stdout)
    second = lines(warta("run", *paths, "--db", db, "--engine", "processes", "--workers", "2",
                         "--json").stdout)
    stored = sum(o["status"] in ("new", "duplicate") for o in first if o["kind"] == "document")
    assert sum(o.get("status") == "seen" for o in second) == stored
    assert second[-1]["new"] == 0 and second[-1]["articles"] == first[-1]["articles"]


def test_bad_engine_and_address_are_usage_errors(tmp_path: Path) -> None:
    r = warta("run", str(DEMO), "--db", str(tmp_path / "x.db"), "--engine", "spark")
    assert r.returncode == 2 and "unknown engine 'spark'" in r.stderr
    r = warta("run", str(DEMO), "--db", str(tmp_path / "x.db"), "--address", "auto")
    assert r.returncode == 2 and "--address is for --engine ray or ray-data" in r.stderr


@pytest.mark.parametrize("engine", ["local", "processes"])
def test_kill_9_then_rerun_loses_nothing_duplicates_nothing_redoes_nothing(
        tmp_path: Path, engine: str) -> None:
    from corpus import write

    total = 600
    source = write(total, tmp_path / "big.jsonl")
    db = tmp_path / "k.db"
    cmd = [sys.executable, "-m", "warta", "run", str(source), "--db", str(db), "--engine",
           engine, "--workers", "2", "--batch-size", "8", "--json"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.monotonic() + 300
    stored = 0
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
            if db.exists():
                try:
                    con = sqlite3.connect(db, timeout=5)
                    stored = con.execute("SELECT COUNT(*) FROM origins").fetchone()[0]
                    con.close()
                except sqlite3.OperationalError:
                    continue
                if stored >= 50:
                    break
        proc.send_signal(signal.SIGKILL)  # kill -9 of the command (its workers are left)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL, "the run finished before it was killed"
        # the pool's workers see their parent gone and exit by themselves
        gone = time.monotonic() + 30
        while time.monotonic() < gone and _group_alive(proc.pid):
            time.sleep(0.5)
        assert not _group_alive(proc.pid), "workers outlived their killed driver"
    finally:
        if _group_alive(proc.pid):
            os.killpg(proc.pid, signal.SIGKILL)
    con = sqlite3.connect(db)
    origins_before = con.execute("SELECT COUNT(*) FROM origins").fetchone()[0]
    articles_before = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    con.close()
    assert 50 <= origins_before < total

    r = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=600)
    assert r.returncode == 0, r.stderr
    out = lines(r.stdout)
    docs = [o for o in out if o["kind"] == "document"]
    statuses = [d["status"] for d in docs]
    assert len(docs) == total
    # finished work is not redone: everything committed before the kill is reported as seen
    assert statuses.count("seen") == origins_before
    assert statuses.count("new") + statuses.count("duplicate") == total - origins_before
    con = sqlite3.connect(db)
    origins = con.execute("SELECT COUNT(*), COUNT(DISTINCT source || '#' || source_id) "
                          "FROM origins").fetchone()
    articles_after = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    con.close()
    assert origins == (total, total)  # nothing lost, nothing twice
    assert articles_after >= articles_before and out[-1]["articles"] == articles_after

    # the same corpus in one go stores the same articles
    clean_db = tmp_path / "clean.db"
    whole = subprocess.run([*cmd[:6], str(clean_db), *cmd[7:]], capture_output=True,
                           text=True, check=False, timeout=600)
    assert whole.returncode == 0
    con = sqlite3.connect(clean_db)
    assert con.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == articles_after
    con.close()


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def test_ctrl_c_stops_cleanly_and_the_rerun_goes_on(tmp_path: Path) -> None:
    from corpus import write

    source = write(400, tmp_path / "big.jsonl")
    db = tmp_path / "c.db"
    cmd = [sys.executable, "-m", "warta", "run", str(source), "--db", str(db), "--engine",
           "processes", "--workers", "2", "--batch-size", "8"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
            if db.exists():
                try:
                    con = sqlite3.connect(db, timeout=5)
                    stored = con.execute("SELECT COUNT(*) FROM origins").fetchone()[0]
                    con.close()
                except sqlite3.OperationalError:
                    continue
                if stored >= 20:
                    break
        os.killpg(proc.pid, signal.SIGINT)  # what a terminal sends on Ctrl-C
        _, err = proc.communicate(timeout=120)
    finally:
        if _group_alive(proc.pid):
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "run the same command again" in err
    assert "Traceback" not in err
    r = subprocess.run([*cmd, "--json"], capture_output=True, text=True, check=False,
                       timeout=600)
    assert r.returncode == 0
    statuses = [o["status"] for o in lines(r.stdout) if o["kind"] == "document"]
    assert len(statuses) == 400 and statuses.count("seen") >= 20
