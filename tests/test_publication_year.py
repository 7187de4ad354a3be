"""A publication date written without its year ("Antara, 3/2") takes the year from the article
itself or from the article of the run that tells the same story, never from the run's other
articles."""

from __future__ import annotations

from pathlib import Path

from warta.clean import clean
from warta.clean.dates import article_year, mentions, publication_date
from warta.ingest import ReadOptions, expand
from warta.model import RawDoc
from warta.pipeline import ingest

# One story told twice: a dated report and a follow-up whose credit line leaves out the year.
FLOOD_DATED = (
    "Banjir Bandang Terjang Sukamaju\n\n"
    "Sukamaju, Selasa (2/2/2021) - Banjir bandang menerjang Desa Cibeureum dan Desa Ciherang "
    "di Kecamatan Sukamaju. Bupati Sukamaju Hendra Wiratmaja meninjau lokasi bersama BPBD "
    "Sukamaju dan meminta warga Cibeureum mengungsi.\n")
FLOOD_FOLLOW_UP = (
    "Warga Cibeureum Mulai Kembali ke Rumah\n\n"
    "Air mulai surut di Desa Cibeureum dan Desa Ciherang, Kecamatan Sukamaju. Bupati Hendra "
    "Wiratmaja mengatakan BPBD Sukamaju masih menyiapkan dapur umum bagi warga Cibeureum.\n\n"
    "Antara, 3/2.\n")
# Other articles of the same run, of another year and about other things.
OTHER_YEAR = [
    "Pameran Buku Dibuka\n\nMedan, Kamis (7/3/2024) - Pameran buku tahunan dibuka di Lapangan "
    "Merdeka Medan oleh Wali Kota Medan. Ratusan penerbit dari Sumatera Utara ikut serta.\n",
    "Harbour works begin\n\nDARWIN, Monday, 11 March 2024 - Work on a new wharf at East Arm "
    "began on Monday, the Northern Territory government said.\n",
    "Lomba Perahu Naga\n\nPalembang, Minggu (10/3/2024) - Lomba perahu naga di Sungai Musi "
    "diikuti tim dari Jambi dan Bengkulu, kata panitia kepada wartawan.\n",
]


def _run(tmp_path: Path, texts: dict[str, str]) -> dict[str, str | None]:
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = {}
    for r in ingest(expand([str(tmp_path)]), None, ReadOptions()):
        assert r.article is not None
        out[Path(r.source).stem] = r.article.published.iso() if r.article.published else None
    return out


def test_the_year_comes_from_the_same_story_not_the_other_articles(tmp_path: Path) -> None:
    texts = {"a_flood.txt": FLOOD_DATED, "b_follow_up.txt": FLOOD_FOLLOW_UP}
    texts.update({f"c_other_{i}.txt": t for i, t in enumerate(OTHER_YEAR)})
    dates = _run(tmp_path, texts)
    assert dates["a_flood"] == "2021-02-02"
    # three 2024 articles against one 2021 article: the run's dates would say 2024
    assert dates["b_follow_up"] == "2021-02-03"
    assert sorted(dates[f"c_other_{i}"] or "" for i in range(3)) == [
        "2024-03-07", "2024-03-10", "2024-03-11"]


def test_without_its_story_the_year_stays_unknown(tmp_path: Path) -> None:
    texts = {"b_follow_up.txt": FLOOD_FOLLOW_UP}
    texts.update({f"c_other_{i}.txt": t for i, t in enumerate(OTHER_YEAR)})
    assert _run(tmp_path, texts)["b_follow_up"] is None
    article = clean(RawDoc(source="x.txt", text=FLOOD_FOLLOW_UP, format="text"))
    assert article.published is None and article.published_partial is not None
    assert (article.published_partial.month, article.published_partial.day) == (2, 3)


def test_a_year_the_article_names_is_confirmed_by_its_weekday_dates() -> None:
    text = ("Musim hujan tahun 2020 datang lebih awal. Banjir melanda Sukamaju pada Sabtu "
            "(24/10). Warga mengungsi sejak 1998 setiap musim hujan.\n\nAntara, 25/10.\n")
    value, partial = publication_date(text)
    assert partial is None and value is not None
    assert value.iso() == "2020-10-25" and value.basis.endswith("+year(article)")
    # 24 October is no Saturday in 2021: the clues disagree and nothing is guessed
    wrong = text.replace("tahun 2020", "tahun 2021")
    assert article_year(10, 25, wrong, mentions(wrong)) is None


def test_a_bare_background_year_is_not_the_publication_year() -> None:
    text = ("Gencatan senjata berlaku sejak perang berakhir pada tahun 1994. Pertempuran "
            "berlanjut Minggu.\n\nAljazeera, 1/11.\n")
    value, partial = publication_date(text)
    assert value is None and partial is not None
    assert article_year(11, 1, text, mentions(text)) is None


def test_the_weekday_an_article_names_chooses_among_the_runs_years(tmp_path: Path) -> None:
    # 7 July is a Sunday in 2024, a Friday in 2023: the other articles only offer the years
    wire = ("KYIV, July 7 (Ledger Wire) - A missile hit a depot near Dnipro, the governor said "
            "on Sunday. Firefighters worked through the night.\n")
    others = {
        "a_2023.txt": "Harbour works\n\nDARWIN, Monday, 6 March 2023 - Work on a wharf began "
                      "on Monday, the government said.\n",
        "b_2024.txt": "Book fair\n\nMEDAN, Thursday, 7 March 2024 - A book fair opened on "
                      "Thursday in Medan, the organisers said.\n",
    }
    dates = _run(tmp_path, {"c_wire.txt": wire, **others})
    assert dates["c_wire"] == "2024-07-07"
    # naming no weekday, the same wire keeps an unknown year
    bare = wire.replace(", the governor said on Sunday", ", the governor said")
    (tmp_path / "c_wire.txt").unlink()
    assert _run(tmp_path, {"c_wire.txt": bare, **others})["c_wire"] is None
