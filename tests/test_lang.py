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
