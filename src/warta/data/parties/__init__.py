"""Parties: who an actor, speaker or victim belongs to, as a short code.

Tables are data: one module per conflict in this folder (``PARTIES = {code: {"name",
"aliases"}}``, ``BELLIGERENTS``), any JSON files named by the ``WARTA_PARTIES`` setting (the same
shape, optionally with ``"belligerents"``), and an ISO 3166 default built from pycountry and
CLDR's country names in every installed language plus each pack's demonyms
(``lang/<code>/actors.py``). Conflict tables override the default for the names they list.
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from warta.patterns import trie

UNKNOWN = "UNK"


@dataclass(frozen=True, slots=True)
class PartyMention:
    start: int
    end: int
    text: str
    code: str


@dataclass(frozen=True)
class PartyTable:
    names: dict[str, str]
    belligerents: frozenset[str]
    conflicts: tuple[frozenset[str], ...]  # the belligerents of each conflict table
    exact: dict[str, str]  # aliases matched as written (proper names, acronyms)
    folded: dict[str, str]  # lower-case aliases matched in any case
    pattern: re.Pattern[str]

    def find(self, text: str) -> list[PartyMention]:
        out = []
        for m in self.pattern.finditer(text):
            found = m.group(0)
            code = self.exact.get(found) or self.folded.get(found.casefold())
            if code is None and found[:1].isupper():
                code = self.exact.get(found[:1].lower() + found[1:]) or self.folded.get(
                    found.casefold())
            if code:
                out.append(PartyMention(m.start(), m.end(), found, code))
        return out

    def belligerents_in(self, mentions: list[PartyMention]) -> frozenset[str]:
        """The belligerents of the conflicts whose sides are all named among ``mentions``:
        Russia is a third party in the Karabakh war, not in a report on Ukraine."""
        named = {m.code for m in mentions}
        active = [c for c in self.conflicts if len(c) >= 2 and c <= named]
        return frozenset().union(*active)

    def code_of(self, text: str) -> str | None:
        """The party of a phrase: the first party named in it."""
        found = self.find(text)
        return found[0].code if found else None


class PartyTableError(ValueError):
    pass


def _iso_default() -> dict[str, list[str]]:
    import pycountry
    from babel import Locale

    from warta.lang import available, data

    aliases: dict[str, list[str]] = {}
    locales = []
    for code in available():
        try:
            locales.append(Locale.parse(code))
        except Exception:
            continue
    for country in pycountry.countries:
        names = {country.name, getattr(country, "common_name", country.name)}
        for loc in locales:
            localized = loc.territories.get(country.alpha_2)
            if localized:
                names.add(localized)
        aliases[country.alpha_3] = sorted(n for n in names if n)
    for code in available():
        try:
            demonyms = data(code, "actors").DEMONYMS
        except Exception:
            continue
        for word, alpha3 in demonyms.items():
            aliases.setdefault(alpha3, []).append(word.capitalize())
    return aliases


def _tables() -> list[tuple[str, dict, list[str]]]:
    here = Path(__file__).parent
    tables = []
    for info in sorted(pkgutil.iter_modules([str(here)]), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        tables.append((info.name, module.PARTIES, list(getattr(module, "BELLIGERENTS", []))))
    for path in filter(None, os.environ.get("WARTA_PARTIES", "").split(os.pathsep)):
        try:
            raw = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise PartyTableError(f"{path}: cannot read the parties table ({exc})") from None
        if not isinstance(raw, dict):
            raise PartyTableError(f"{path}: a parties table is a JSON object of codes")
        belligerents = raw.pop("belligerents", []) if isinstance(raw.get("belligerents"),
                                                                   list) else []
        for code, entry in raw.items():
            if not isinstance(entry, dict) or not isinstance(entry.get("aliases", []), list):
                raise PartyTableError(f"{path}: {code}: expected {{\"name\", \"aliases\": [...]}}")
        tables.append((path, raw, belligerents))
    return tables


@cache
def table() -> PartyTable:
    names: dict[str, str] = {}
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    belligerents: set[str] = set()
    conflicts: list[frozenset[str]] = []

    def add(alias: str, code: str) -> None:
        alias = alias.strip()
        if not alias:
            return
        if alias.islower():
            folded[alias.casefold()] = code
        else:
            exact[alias] = code

    for code, aliases in _iso_default().items():
        for alias in aliases:
            add(alias, code)
    for _name, parties, bell in _tables():
        belligerents.update(bell)
        if bell:
            conflicts.append(frozenset(bell))
        for code, entry in parties.items():
            names[code] = entry.get("name", code)
            add(code, code) if code.isupper() and len(code) > 2 else None
            for alias in entry.get("aliases", []):
                add(alias, code)
    # every alias, the longest first, as a trie (warta.patterns): lower-case ones in any case
    alternatives = trie((a, a.islower()) for a in {*exact, *folded})
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w])")
    return PartyTable(names, frozenset(belligerents), tuple(conflicts), exact, folded, pattern)
