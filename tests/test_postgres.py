"""warta against a real PostgreSQL server, as a user runs it: every command with
``--db postgresql://…``, ``warta db``, and two ``warta ingest`` processes writing at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from warta.model import to_jsonable
from warta.store import Store, migrate

from .conftest import DEMO

WARTA = str(Path(sys.executable).with_name("warta"))  # the console script of this environment


def warta(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([WARTA, *args], capture_output=True, text=True, check=False,
                          env={**os.environ, "COLUMNS": "200"})


def _json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_every_command_gives_the_same_output_on_postgresql_as_on_sqlite(
        tmp_path: Path, pg_url: str) -> None:
    assert pg_url.startswith("postgresql://")  # the bare scheme a user types
    outputs = []
    for db in (str(tmp_path / "demo.db"), pg_url):
        r = warta("ingest", str(DEMO), "--db", db)
        assert r.returncode == 0, r.stderr
        assert "13 new" in r.stderr and "warta-test-pw" not in r.stderr
        runs = {}
        for command in (["articles", "--json"], ["articles", "--limit", "3", "--language", "en",
                                                 "--json"],
                        ["stories", "--json"], ["timeline", "--json"], ["tallies", "--json"],
                        ["places", "--json"], ["places", "--unresolved", "--json"],
                        ["export", "--format", "jsonl"], ["export", "--format", "acled-csv"],
                        ["export", "--format", "geojson", "--since", "2024-01-01"],
                        ["show", "feed-0002", "--json"], ["articles"]):
            done = warta(*command, "--db", db)
            assert done.returncode == 0, (command, done.stderr)
            runs[" ".join(command)] = done.stdout
        story = _json_lines(runs["stories --json"])[0]["id"]
        done = warta("timeline", "--story", story, "--db", db, "--json")
        assert done.returncode == 0 and done.stdout
        runs["timeline --story"] = done.stdout
        outputs.append(runs)
    sqlite, postgres = outputs
    assert len(_json_lines(sqlite["articles --json"])) == 13
    assert _json_lines(sqlite["export --format jsonl"])
    for key, text in sqlite.items():
        if key.startswith("show"):  # origins carry the time of ingestion
            a, b = json.loads(text), json.loads(postgres[key])
            for row in a["origins"] + b["origins"]:
                row.pop("ingested_at")
            assert a == b
        else:
            assert postgres[key] == text, key


def test_warta_db_current_and_upgrade_on_postgresql(pg_url: str) -> None:
    before = warta("db", "current", "--db", pg_url, "--json")
    assert before.returncode == 1
    row = json.loads(before.stdout)
    assert row["revision"] is None and row["engine"] == "postgresql"
    assert "warta-test-pw" not in before.stdout and ":***@" in row["database"]
    up = warta("db", "upgrade", "--db", pg_url)
    head = migrate.head()
    assert up.returncode == 0
    assert f"upgraded from an empty database to revision {head}" in up.stdout
    again = warta("db", "upgrade", "--db", pg_url, "--json")
    assert json.loads(again.stdout)["before"] == head
    now = warta("db", "current", "--db", pg_url)
    assert now.returncode == 0 and "up to date" in now.stdout
    bad = warta("db", "current", "--db", pg_url.replace("warta-test-pw", "wrong"))
    assert bad.returncode == 2 and "password authentication failed" in bad.stderr


def test_read_commands_on_a_postgresql_database_without_warta_refuse(pg_url: str) -> None:
    r = warta("articles", "--db", pg_url)
    assert r.returncode == 2 and "no warta database here" in r.stderr


# -- two writers at once ---------------------------------------------------------------------

PLACES = ["Goma", "Bunia", "Beni", "Butembo", "Rutshuru", "Masisi", "Walikale", "Uvira"]


def _story(i: int) -> str:
    day = 1 + i % 28
    return (f"Fighting near {PLACES[i % len(PLACES)]} leaves {i + 3} dead\n\n"
            f"GOMA, March {day}, 2024 (Ledger Wire) - {i + 3} civilians were killed and "
            f"{2 * i + 5} wounded when shells hit the village of {PLACES[(i + 3) % len(PLACES)]} "
            f"on Sunday, the army said in a statement, report number {i}.\n"
            f"The rebels denied shelling the village and said {i + 1} of their fighters were "
            "captured.\nResidents said they sheltered indoors.\n")


def _corpus(root: Path) -> dict[str, Path]:
    folders = {name: root / name for name in ("shared", "a_only", "b_only", "copies")}
    for folder in folders.values():
        folder.mkdir(parents=True)
    for i in range(80):
        (folders["shared"] / f"{i:03d}.txt").write_text(_story(i))
    for i in range(10):
        (folders["a_only"] / f"a{i}.txt").write_text(_story(100 + i))
        (folders["b_only"] / f"b{i}.txt").write_text(_story(200 + i))
        # the same article as shared/ with other page furniture: a copy, not a new article
        (folders["copies"] / f"c{i}.txt").write_text(_story(i) + "Read Next\nAdvertisement\n")
    lines = [json.dumps({"id": f"rec-{i}", "text": _story(300 + i).split("\n\n", 1)[1],
                         "published": "2024-03-30"}) for i in range(20)]
    (folders["shared"] / "zz_feed.jsonl").write_text("\n".join(lines) + "\n")
    return folders


def _contents(db: str) -> dict[str, object]:
    with Store(db, create=False) as store:
        pairs = sorted(((to_jsonable(a), to_jsonable(ex)) for a, ex in store.all_articles()),
                       key=lambda p: p[0]["id"])
        origins = []
        for a, _ in pairs:
            _, rows = store.get(a["id"])
            origins += sorted((a["id"], o.source, o.source_id) for o in rows)
    for a, _ in pairs:
        a.pop("source")  # the first input an article was read from depends on who won
        a.pop("raw_sha")
    return {"articles": pairs, "origins": sorted(origins)}


def test_two_ingest_processes_at_once_lose_nothing_and_store_nothing_twice(
        tmp_path: Path, any_db: str) -> None:
    f = _corpus(tmp_path / "in")
    Store(any_db).close()  # as `warta db upgrade` would; the race on a new database is below
    args = {"a": [str(f["shared"]), str(f["a_only"]), str(f["copies"])],
            "b": [str(f["shared"]), str(f["b_only"]), str(f["copies"])]}
    procs = {k: subprocess.Popen([WARTA, "ingest", *paths, "--db", any_db, "--json"],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for k, paths in args.items()}
    results = {}
    for k, p in procs.items():
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
        results[k] = _json_lines(out)
    assert len(results["a"]) == len(results["b"]) == 80 + 20 + 10 + 10
    new = [r["id"] for k in "ab" for r in results[k] if r["status"] == "new"]
    assert len(new) == len(set(new)) == 80 + 20 + 10 + 10  # each article new exactly once
    # the same contents as one process ingesting everything alone
    alone = str(tmp_path / "alone.db")
    r = warta("ingest", str(f["shared"]), str(f["a_only"]), str(f["b_only"]), str(f["copies"]),
              "--db", alone)
    assert r.returncode == 0, r.stderr
    together, expected = _contents(any_db), _contents(alone)
    assert len(together["articles"]) == 120 and len(together["origins"]) == 130
    assert together == expected


def test_two_processes_creating_the_same_new_database_at_once(pg_url: str, tmp_path: Path
                                                              ) -> None:
    (tmp_path / "one.txt").write_text(_story(1))
    (tmp_path / "two.txt").write_text(_story(2))
    procs = [subprocess.Popen([WARTA, "ingest", str(tmp_path / name), "--db", pg_url],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for name in ("one.txt", "two.txt")]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    with Store(pg_url, create=False) as store:
        assert store.count() == 2 and store.status().up_to_date


@pytest.mark.parametrize("engine", ["postgresql"])
def test_the_alembic_command_line_works_with_the_shipped_migrations(engine: str,
                                                                    pg_url: str) -> None:
    """Developers can drive the same migrations with Alembic's own tool."""
    from alembic import command
    from alembic.config import Config

    from warta.store import migrate

    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", pg_url)
    command.upgrade(cfg, "0002")
    with Store(pg_url, upgrade=False) as store:
        assert store.status().revision == "0002" and store.status().schema_version == "2"
    with Store(pg_url) as store:  # opening upgrades the rest of the way
        assert store.status().up_to_date
    command.downgrade(cfg, "base")
    with Store(pg_url, upgrade=False) as store:
        assert store.status().tables == ("alembic_version",)


def test_missing_postgresql_binaries_fail_the_tests_saying_what_to_run(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Not a skip: the session fixture turns this error into a failure of every PG test."""
    from . import pg

    monkeypatch.setattr(pg.glob, "glob", lambda pattern: [])
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(pg.PostgresMissing, match=r"run `make system-deps`"):
        pg.PostgresServer()
