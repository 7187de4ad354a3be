"""Every language pack is complete and well formed; a broken pack is reported, not loaded."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import warta.lang as lang


@pytest.mark.parametrize("code", lang.available())
def test_every_installed_pack_validates(code: str) -> None:
    assert lang.validate(code) == []
    pack = lang.load(code)
    assert pack.code == code
    assert len(pack.stoplist) > 100
    assert set(pack.weekdays.values()) == set(range(7))


def test_indonesian_and_english_are_installed() -> None:
    assert {"id", "en"} <= set(lang.available())


def test_a_new_language_is_a_folder_of_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                             ) -> None:
    """Adding a pack needs no code change: a folder on the package path is found and checked."""
    pack = tmp_path / "xx"
    pack.mkdir()
    (pack / "__init__.py").write_text("")
    en = Path(lang.__file__).parent / "en"
    for module in en.glob("*.py"):
        if module.name not in ("__init__.py", "calendar.py"):
            (pack / module.name).write_text(module.read_text())
    # A calendar that forgets Sunday and has a bad date order.
    (pack / "calendar.py").write_text(
        "WEEKDAYS = {'mon': 0, 'tue': 1, 'wed': 2, 'thu': 3, 'fri': 4, 'sat': 5}\n"
        "MONTHS = {str(i): i for i in range(1, 13)}\nNUMERIC_DATE_ORDER = 'xyz'\n"
        "SINCE_WORDS = ['since']\nDATE_LEADS = ['on']\n")
    monkeypatch.setattr(lang, "__path__", [*lang.__path__, str(tmp_path)])
    try:
        assert "xx" in lang.available()
        problems = lang.validate("xx")
        assert any("WEEKDAYS" in p for p in problems)
        assert any("NUMERIC_DATE_ORDER" in p for p in problems)
        with pytest.raises(lang.LanguagePackError):
            lang.load("xx")
        (pack / "calendar.py").write_text((en / "calendar.py").read_text())
        for mod in [m for m in sys.modules if m.startswith("warta.lang.xx")]:
            del sys.modules[mod]
        assert lang.validate("xx") == []
    finally:
        for mod in [m for m in sys.modules if m.startswith("warta.lang.xx")]:
            del sys.modules[mod]


def test_missing_module_is_named() -> None:
    with pytest.raises(lang.LanguagePackError, match="no language pack 'zz'"):
        lang.load("zz")


TOY_CALENDAR = '''"""A toy language for the test: English words, its own calendar."""
WEEKDAYS = {"moonday": 0, "tiwday": 1, "wodenday": 2, "thorday": 3, "frigday": 4,
            "zorday": 5, "sunnday": 6}
MONTHS = {"primaire": 1, "secondaire": 2, "ventose": 3, "germinal": 4, "floreal": 5,
          "prairial": 6, "messidor": 7, "thermidor": 8, "fructidor": 9, "vendemiaire": 10,
          "frimaire": 11, "nivose": 12}
NUMERIC_DATE_ORDER = "dmy"
SINCE_WORDS = ["since"]
DATE_LEADS = ["on"]
'''


def _forget_caches() -> None:
    """Packs are found and loaded once per process; a test that adds one makes every stage
    look again."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("warta") or module is None:
            continue
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and getattr(value, "__module__", "") == name:
                clear()


@pytest.fixture
def toy_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Pack "xx": a folder of data modules on the package path, built from the English pack
    with its own calendar and relative-day words; no code knows it."""
    pack = tmp_path / "xx"
    pack.mkdir()
    (pack / "__init__.py").write_text("")
    en = Path(lang.__file__).parent / "en"
    for module in en.glob("*.py"):
        if module.name != "__init__.py":
            (pack / module.name).write_text(module.read_text())
    (pack / "calendar.py").write_text(TOY_CALENDAR)
    time = (en / "time.py").read_text().replace('"yesterday": -1', '"yestreen": -1')
    (pack / "time.py").write_text(time)
    monkeypatch.setattr(lang, "__path__", [*lang.__path__, str(tmp_path)])
    _forget_caches()
    try:
        yield pack
    finally:
        monkeypatch.undo()
        for mod in [m for m in sys.modules if m.startswith("warta.lang.xx")]:
            del sys.modules[mod]
        _forget_caches()


def test_a_new_pack_runs_a_whole_extraction(toy_pack: Path) -> None:
    from warta.model import RawDoc
    from warta.pipeline import process

    assert "xx" in lang.available() and lang.validate("xx") == []
    text = ("Gunmen attacked a police post near Kibati on Zorday, killing two officers, the army "
            "said.\n\nOn 3 Frimaire 2024, rebels shelled the village of Mato, killing three "
            "civilians.\n\nSoldiers clashed with rebels near Kibati yestreen.")
    article, ex = process(RawDoc(source="t.txt", text=text, format="jsonl",
                                 published="2024-11-07", language="xx"))
    assert article.language == "xx"
    assert sorted(c.value for c in ex.claims if c.kind == "killed") == [2, 3]
    days = {(e.trigger, e.date.iso() if e.date else None) for e in ex.events}
    # the toy calendar and relative words date the events: Zorday is the Saturday before the
    # Thursday of publication; "yestreen" is the day before the article's news day (3 Frimaire)
    assert days == {("attacked", "2024-11-02"), ("shelled", "2024-11-03"),
                    ("clashed", "2024-11-02")}


def test_a_pack_missing_a_module_is_named(toy_pack: Path) -> None:
    (toy_pack / "actors.py").unlink()
    for mod in [m for m in sys.modules if m.startswith("warta.lang.xx")]:
        del sys.modules[mod]
    _forget_caches()
    assert any("no module 'actors'" in p for p in lang.validate("xx"))
    with pytest.raises(lang.LanguagePackError):
        lang.load("xx")
