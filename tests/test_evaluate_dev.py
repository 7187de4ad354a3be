"""The real-text evaluation's machinery: reading ACLED notes and IndoSum's tokenised text, scoring
a report's main event, and the ratchet that `make eval-dev` applies. Rows here are the
project's own writing; the real data lives in ../shared/dev and is scored by `make eval-dev`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from warta.evaluate_dev import (
    AcledFileError,
    Measure,
    indosum_text,
    judge,
    main,
    parse_acled_date,
    raised,
    read_acled_notes,
)

from .test_cli import warta

HEADER = ("data_id,event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,"
          "latitude,longitude,geo_precision,notes,fatalities\n")


def _csv(tmp_path: Path, rows: list[str], name: str = "notes.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def test_acled_dates_in_every_export_form() -> None:
    assert parse_acled_date("9-May-20") == dt.date(2020, 5, 9)
    assert parse_acled_date("2020-05-09") == dt.date(2020, 5, 9)
    assert parse_acled_date("09 May 2020") == dt.date(2020, 5, 9)
    assert parse_acled_date("next Tuesday") is None


def test_bad_acled_files_name_the_file_and_the_reason(tmp_path: Path) -> None:
    no_notes = tmp_path / "x.csv"
    no_notes.write_text("event_date,event_type\n1-May-20,Riots\n", encoding="utf-8")
    with pytest.raises(AcledFileError, match=r"x\.csv: not an ACLED-format CSV \(no notes"):
        read_acled_notes(no_notes)
    bad_date = _csv(tmp_path, ['1,ABC1,sometime,1,Riots,Mob violence,Rioters (X),,,1,"A mob.",0'])
    with pytest.raises(AcledFileError, match=r"notes\.csv:2: event_date 'sometime'"):
        read_acled_notes(bad_date)
    binary = tmp_path / "b.csv"
    binary.write_bytes(b"\xff\xfe\x00\x81garbage")
    with pytest.raises(AcledFileError, match=r"b\.csv: cannot read it"):
        read_acled_notes(binary)
    r = warta("eval", "--acled-notes", str(binary))
    assert r.returncode == 2 and "b.csv: cannot read it" in r.stderr


def test_acled_notes_command_scores_the_reports(tmp_path: Path, gazetteer) -> None:
    path = _csv(tmp_path, [
        '1,TST1,4-Mar-21,1,Protests,Peaceful protest,Protesters (Mali),12.65,-8.0,1,'
        '"On 4 March 2021, traders protested peacefully in Bamako against new market fees.",0',
        '2,TST2,5-Mar-21,1,Battles,Armed clash,Military Forces of Mali (2021-),16.27,-0.04,1,'
        '"On 5 March 2021, soldiers clashed with militants near Gao. 4 soldiers were killed.",4',
    ])
    r = warta("eval", "--acled-notes", str(path), "--json")
    assert r.returncode == 0, r.stderr
    measures = {m["measure"]: m for m in map(json.loads, r.stdout.splitlines())}
    assert set(measures) >= {"acled fatalities exact (rows with deaths)",
                             "acled fatalities exact (rows without deaths)",
                             "acled sub_event_type", "acled event_type", "acled date exact",
                             "acled location within 25 km"}
    # The protest report states no deaths, and warta must not invent any.
    assert measures["acled fatalities exact (rows without deaths)"]["score"] == 1.0
    for m in measures.values():
        assert 0.0 <= m["score"] <= 1.0
        for miss in m["misses"]:
            assert miss["id"] in {"TST1", "TST2"} and miss["notes"].startswith("On ")
    table = warta("eval", "--acled-notes", str(path))
    assert table.returncode == 0 and "acled date exact" in table.stdout


def test_indosum_tokens_become_running_text() -> None:
    paragraphs = [[["Jakarta", ",", "Senin", "(", "8", "/", "9", ")", "."],
                   ["Harga", "naik", "5", "%", "."]], [["Selesai", "!"]]]
    assert indosum_text(paragraphs) == ("Jakarta, Senin (8 / 9). Harga naik 5%.\n\nSelesai!")


def test_the_ratchet_fails_only_when_a_figure_slides_back() -> None:
    share = Measure("share", 0.8)
    alarms = Measure("alarms", 12, higher_is_better=False, count=True)
    baseline = {"share": 0.8, "alarms": 12}
    assert not any(v.failed for v in judge([share, alarms], baseline, {}))
    worse = [Measure("share", 0.79), Measure("alarms", 13, False, count=True)]
    assert [v.failed for v in judge(worse, baseline, {})] == [True, True]
    better = [Measure("share", 0.91237), Measure("alarms", 3, False, count=True),
              Measure("new", 0.5)]
    assert not any(v.failed for v in judge(better, baseline, {}))
    up = raised(better, baseline)
    # Raised to today's figures, rounded to the side that today's run still passes.
    assert up == {"share": 0.9123, "alarms": 3, "new": 0.5}
    assert not any(v.failed for v in judge(better, up, {}))
    # A figure that fell is not lowered in the baseline.
    assert raised(worse, baseline) == baseline


def test_eval_dev_without_the_shared_data_says_so(tmp_path: Path, capsys) -> None:
    assert main(["--shared", str(tmp_path / "nowhere")]) == 2
    assert "nowhere/dev not found" in capsys.readouterr().err


# -- the surfaces suite: every reporting command and the server over one database -------------


def _fake_shared(tmp_path: Path) -> Path:
    """A SHARED folder of our own writing in each dev corpus's format."""
    dev = tmp_path / "shared" / "dev"
    (dev / "acled").mkdir(parents=True)
    _csv(dev / "acled", [
        '1,XYZ1,9-May-20,1,Battles,Armed clash,Military Forces of Mali (2021-),16.2,-0.1,1,'
        '"On 9 May 2020, soldiers clashed with gunmen near Gao (Gao). Two soldiers were '
        'killed.",2'], "acled_dev.csv")
    (dev / "indosum").mkdir()
    tokens = [[["Polisi", "menangkap", "dua", "orang", "di", "Poso", "pada", "Senin", "."]]]
    (dev / "indosum" / "indosum_dev.jsonl").write_text(
        json.dumps({"id": "1588000000-x", "category": "tajuk utama", "paragraphs": tokens})
        + "\n", encoding="utf-8")
    (dev / "story_pairs").mkdir()
    (dev / "story_pairs" / "semeval2022_task8_training_pairs.csv").write_text(
        "pair_id,lang1,lang2,Overall,text1,text2\n"
        '11_12,en,en,1.0,"Floods hit Jakarta on Monday, killing three people.",'
        '"Three people died in Jakarta floods on Monday."\n', encoding="utf-8")
    (dev / "geoparsing").mkdir()
    (dev / "geoparsing" / "lgl.xml").write_text(
        "<articles><article docid='1'><text>Shelling hit Kharkiv on Sunday.</text>"
        "<toponyms><toponym><start>13</start><end>20</end><phrase>Kharkiv</phrase>"
        "<gaztag><lat>49.98</lat><lon>36.25</lon></gaztag></toponym></toponyms>"
        "</article></articles>", encoding="utf-8")
    return tmp_path / "shared"


def test_surfaces_read_every_corpus_format(tmp_path: Path) -> None:
    from warta.evaluate_surfaces import corpus_records

    records = corpus_records(_fake_shared(tmp_path))
    assert sorted(records) == ["acled", "geoparsing lgl", "indosum", "story_pairs"]
    assert records["acled"][0] == {"id": "XYZ1", "text": records["acled"][0]["text"],
                                   "published": "2020-05-09", "language": "en"}
    assert records["indosum"][0]["text"].startswith("Polisi menangkap dua orang di Poso")
    assert records["indosum"][0]["published"] == "2020-04-27"  # the id's Unix time
    assert [r["id"] for r in records["story_pairs"]] == ["11", "12"]
    assert records["geoparsing lgl"][0]["text"] == "Shelling hit Kharkiv on Sunday."


def test_surfaces_run_every_command_and_the_server_and_they_agree(tmp_path: Path,
                                                                   gazetteer) -> None:
    from warta.evaluate_surfaces import suite_surfaces

    failed, disagreed = suite_surfaces(_fake_shared(tmp_path), None)
    assert failed.value == 0, failed.misses
    assert disagreed.value == 0, disagreed.misses
    assert failed.detail.startswith("of ") and int(failed.detail.split()[1].rstrip(";")) >= 20
    assert "4 articles" in failed.detail or "5 articles" in failed.detail
