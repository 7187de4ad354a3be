"""Every user-facing setting, declared once: name, default, environment variable, help.

The CLI takes its option defaults and help from here, the README documents each one, and a test
fails when one is undocumented.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str

    @property
    def env(self) -> str:
        return "WARTA_" + self.name.upper().replace("-", "_")

    @property
    def option(self) -> str:
        return "--" + self.name

    def value(self) -> Any:
        """The default, overridden by the environment variable when it is set."""
        raw = os.environ.get(self.env)
        if raw is None or raw == "":
            return self.default
        return type(self.default)(raw) if self.default is not None else raw


DB = Setting("db", "warta.db",
             "Database: a SQLite file path or a SQLAlchemy URL (sqlite:///..., postgresql://...).")
MAX_BYTES = Setting("max-bytes", 10 * 1024 * 1024,
                    "Largest document accepted, in bytes: a file, or one JSON line. Larger ones "
                    "are reported and skipped.")
ENCODING = Setting("encoding", "utf-8",
                   "Text encoding of the input: utf-8 (strict), auto (detect when not UTF-8) or "
                   "a codec name such as cp1252. A byte-order mark always wins.")

PARTIES = Setting("parties", "",
                  "Extra party tables (JSON files of {code: {name, aliases}}, optionally with "
                  "\"belligerents\"), separated by the path separator; they add to and override "
                  "the bundled tables.")

GAZETTEER = Setting("gazetteer", "",
                    "Where the gazetteer index lives (a SQLite file, built there on first use); "
                    "default ~/.cache/warta/gazetteer-<data version>.sqlite.")

TOKEN = Setting("token", "",
                "Bearer token for the server (`warta serve`): required to POST articles, and to "
                "read when --read is token. Empty: writing is disabled.")

READ = Setting("read", "open",
               "Who may read the server's API: open (anyone who can reach it) or token (only "
               "requests with the bearer token).")

TILE_URL = Setting("tile-url", "",
                   "Map tile URL template for the dashboard ({z}/{x}/{y}, e.g. "
                   "https://tile.openstreetmap.org/{z}/{x}/{y}.png). Empty: the bundled world "
                   "outline, offline.")

MAX_REQUEST_BYTES = Setting("max-request-bytes", 20 * 1024 * 1024,
                            "Largest request body the server accepts, in bytes (a POST of one "
                            "article or a batch); larger ones get 413.")

# Limits on one document's processing, set by environment variable only (every engine's workers
# see them: a process pool inherits the environment, Ray is given the WARTA_ variables).
MAX_CHARS = Setting("max-chars", 500_000,
                    "Longest article text processed, in characters: the text past it is cut "
                    "(at a line break) and the cut noted among the removed lines.")
DOC_SECONDS = Setting("doc-seconds", 30.0,
                      "Time budget per document in the engines, in seconds: a document still "
                      "being processed after it is stopped and reported as failed; 0 disables.")
LIMITS: tuple[Setting, ...] = (MAX_CHARS, DOC_SECONDS)

ALL: tuple[Setting, ...] = (DB, MAX_BYTES, ENCODING, PARTIES, GAZETTEER, TOKEN, READ, TILE_URL,
                            MAX_REQUEST_BYTES)
