"""The README and docs/ document every command, option, setting and make target (datasette's
habit), their links resolve, and the README's quick start runs as written.

Each check is a function that returns what is wrong (empty when nothing is), so that
``test_the_checks_catch_omissions`` can show each one fails on a page with something taken out.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import typer.main

from warta import settings
from warta.cli import app

from .conftest import ROOT

README = ROOT / "README.md"
DOCS = ROOT / "docs"
README_MAX_LINES = 250


def _pages() -> dict[str, str]:
    """README.md and every docs/*.md, by path relative to the repository."""
    pages = {"README.md": README.read_text(encoding="utf-8")}
    for path in sorted(DOCS.glob("*.md")):
        pages[f"docs/{path.name}"] = path.read_text(encoding="utf-8")
    return pages


PAGES = _pages()
ROOT_COMMAND = typer.main.get_command(app)


def _commands(group, prefix: str = "warta"):
    """Every command with its full name, sub-commands (``warta db upgrade``) included."""
    for name, command in group.commands.items():
        yield f"{prefix} {name}", command
        if _is_group(command):
            yield from _commands(command, f"{prefix} {name}")


def _is_group(command) -> bool:
    return hasattr(command, "commands")  # Typer's (vendored) Click group


def _options(command) -> list[str]:
    return [opt for param in command.params for opt in param.opts
            if opt.startswith("-") and opt != "--help"]


def _without_code(text: str) -> str:
    """The text without fenced code blocks and inline code (links are not parsed there)."""
    text = re.sub(r"^```.*?^```", "", text, flags=re.M | re.S)
    return re.sub(r"`[^`\n]*`", "", text)


def _code_blocks(text: str, language: str = "sh") -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", text, flags=re.M | re.S)


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = heading.strip().lower().replace("`", "")
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(text: str) -> set[str]:
    found: set[str] = set()
    seen: dict[str, int] = {}
    for heading in re.findall(r"^#{1,6} (.+)$", re.sub(r"^```.*?^```", "", text,
                                                       flags=re.M | re.S), flags=re.M):
        base = slug(heading)
        n = seen.get(base, 0)
        seen[base] = n + 1
        found.add(base if n == 0 else f"{base}-{n}")
    return found


def _sections(text: str) -> dict[str, str]:
    """docs/commands.md's sections by heading: ``## warta link`` -> its text."""
    parts = re.split(r"^## (warta [^\n]+)$", text, flags=re.M)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts), 2)}


# --- the checks -------------------------------------------------------------------------------

def undocumented_options(pages: dict[str, str]) -> list[str]:
    """Every command has its section in docs/commands.md, naming each of its options; every
    option the section's synopsis names exists."""
    problems = []
    everything = "\n".join(pages.values())
    sections = _sections(pages["docs/commands.md"])
    for opt in _options(ROOT_COMMAND):
        if f"warta {opt}" not in sections:
            problems.append(f"`warta {opt}` has no section in docs/commands.md")
    for name, command in _commands(ROOT_COMMAND):
        if _is_group(command) and not _options(command):
            if name not in everything:
                problems.append(f"command {name} undocumented")
            continue
        section = sections.get(name)
        if section is None:
            problems.append(f"command {name} has no section `## {name}` in docs/commands.md")
            continue
        options = _options(command)
        for opt in options:
            if not re.search(rf"{re.escape(opt)}(?![\w-])", section):
                problems.append(f"option {opt} of {name} missing from its section "
                                "in docs/commands.md")
        synopsis = re.search(r"^`(warta [^`]+)`$", section, flags=re.M)
        if synopsis is None:
            problems.append(f"{name}: no synopsis line in docs/commands.md")
            continue
        for opt in re.findall(r"(?<![\w-])--[a-z][a-z-]*", synopsis.group(1)):
            if opt not in options:
                problems.append(f"{name}: the synopsis names {opt}, which the command lacks")
    return problems


def _cli_envvars() -> set[str]:
    names: set[str] = set()
    for _, command in [("warta", ROOT_COMMAND), *_commands(ROOT_COMMAND)]:
        for param in command.params:
            envvar = getattr(param, "envvar", None)
            if isinstance(envvar, str):
                names.add(envvar)
            elif envvar:
                names.update(envvar)
    return names


def _code_envvars() -> set[str]:
    """WARTA_* variables the code and the tests read (quoted, or written as $WARTA_...)."""
    names: set[str] = set()
    for folder in ("src", "tests"):
        for path in (ROOT / folder).rglob("*.py"):
            names.update(re.findall(r"[\"'$](WARTA_[A-Z0-9_]+)\b",
                                    path.read_text(encoding="utf-8")))
    return names


def undocumented_settings(pages: dict[str, str]) -> list[str]:
    """Each setting has its row in docs/settings.md (option, variable and default); each
    environment variable the CLI or the code reads is there too."""
    problems = []
    rows = [line for line in pages["docs/settings.md"].splitlines() if line.startswith("| `")]
    for setting in settings.ALL:
        row = next((r for r in rows if r.startswith(f"| `{setting.option}` | `{setting.env}` |")),
                   None)
        if row is None:
            problems.append(f"setting {setting.option} / {setting.env} has no row "
                            "in docs/settings.md")
        elif f"`{setting.default}`" not in row:
            problems.append(f"setting {setting.option}: default {setting.default!r} not in its row")
    for setting in settings.LIMITS:
        row = next((r for r in rows if r.startswith(f"| `{setting.env}` |")), None)
        if row is None:
            problems.append(f"limit {setting.env} has no row in docs/settings.md")
        elif f"`{setting.default}`" not in row:
            problems.append(f"limit {setting.env}: default {setting.default!r} not in its row")
    for env in sorted(_cli_envvars() | _code_envvars()):
        if f"`{env}`" not in pages["docs/settings.md"]:
            problems.append(f"environment variable {env} undocumented in docs/settings.md")
    return problems


def undocumented_make_targets(pages: dict[str, str]) -> list[str]:
    everything = "\n".join(pages.values())
    makefile = (ROOT / "Makefile").read_text()
    return [f"make {target} undocumented"
            for target in re.findall(r"^([a-z][a-z-]*):", makefile, re.M)
            if target != "help" and f"make {target}" not in everything]


def broken_links(pages: dict[str, str]) -> list[str]:
    """Every relative link (and image) names a file that exists, and an anchor that exists."""
    problems = []
    for name, text in pages.items():
        here = (ROOT / name).parent
        for target in re.findall(r"!?\[[^\]]*\]\(([^)\s]+)\)", _without_code(text)):
            if re.match(r"[a-z]+:", target):
                continue  # http:, https:, mailto:
            file, _, anchor = target.partition("#")
            path = (here / file).resolve() if file else ROOT / name
            key = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)
            if not path.exists():
                problems.append(f"{name}: link to {target}: no such file")
            elif anchor:
                page = pages.get(key) or path.read_text(encoding="utf-8")
                if anchor not in anchors(page):
                    problems.append(f"{name}: link to {target}: no heading #{anchor} there")
    return problems


def development_data_paths(pages: dict[str, str]) -> list[str]:
    """A user does not have the project's development data: no page points at its folder."""
    return [f"{name}: line {n} names ../shared" for name, text in pages.items()
            for n, line in enumerate(text.splitlines(), 1) if "../shared" in line]


def bad_command_lines(pages: dict[str, str]) -> list[str]:
    """Every `warta` command line in a page's sh blocks parses: known command, known options,
    values of the right type."""
    problems = []
    for name, text in pages.items():
        for block in _code_blocks(text):
            for line in block.replace("\\\n", " ").splitlines():
                line = re.split(r"\s#\s|\s\|\s|\s>\s|\s&&\s", " " + line + " ")[0]
                if line.lstrip().startswith("#"):
                    continue
                try:
                    words = shlex.split(re.sub(r"\$\([^)]*\)", "VALUE", line))
                except ValueError:
                    continue
                while words and re.match(r"[A-Z_]+=", words[0]):
                    words = words[1:]  # VAR=value warta ...
                if not words or not (words[0] == "warta" or words[0].endswith("/warta")):
                    continue
                args, command = words[1:], ROOT_COMMAND
                while _is_group(command) and args and args[0] in command.commands:
                    command = command.commands[args.pop(0)]
                try:
                    command.make_context(command.name or "warta", args)
                except Exception as error:  # Click's UsageError, BadParameter, ...
                    if not hasattr(error, "format_message"):
                        raise
                    problems.append(f"{name}: `{line.strip()}`: {error.format_message()}")
    return problems


# --- the tests --------------------------------------------------------------------------------

def test_readme_opens_with_the_two_commands() -> None:
    text = PAGES["README.md"]
    first_block = text.split("```")[1]
    assert "make demo" in first_block and "make test" in first_block


def test_readme_first_screen_shows_the_dashboard_and_is_short() -> None:
    lines = PAGES["README.md"].splitlines()
    assert len(lines) <= README_MAX_LINES, f"README.md has {len(lines)} lines"
    first_screen = "\n".join(lines[:20])
    assert "![" in first_screen and "(docs/screenshot.png)" in first_screen
    assert (DOCS / "screenshot.png").stat().st_size > 10_000


def test_readme_quick_start_goes_from_articles_to_the_analysts_outputs() -> None:
    quick = PAGES["README.md"].split("## Quick start", 1)[1].split("\n## ", 1)[0]
    for shown in ("warta ingest", "warta run", "warta link", "warta stories", "warta timeline",
                  "warta tallies", "warta export --format geojson",
                  "warta export --format acled-csv", "warta serve"):
        assert shown in quick, f"the quick start does not show {shown}"


def test_readme_links_every_docs_page() -> None:
    for path in DOCS.glob("*.md"):
        assert f"(docs/{path.name}" in PAGES["README.md"], f"README does not link docs/{path.name}"


def test_every_command_and_option_is_documented() -> None:
    names = [name for name, _ in _commands(ROOT_COMMAND)]
    assert "warta db upgrade" in names and "--version" in _options(ROOT_COMMAND)
    assert undocumented_options(PAGES) == []


def test_every_setting_and_environment_variable_is_documented() -> None:
    assert {"WARTA_ENGINE", "RAY_ADDRESS"} <= _cli_envvars()
    assert "WARTA_GAZETTEER_SOURCES" in _code_envvars()
    assert undocumented_settings(PAGES) == []


def test_every_make_target_is_documented() -> None:
    assert undocumented_make_targets(PAGES) == []


def test_links_and_anchors_resolve() -> None:
    assert broken_links(PAGES) == []


def test_no_page_points_at_the_development_data() -> None:
    assert development_data_paths(PAGES) == []


def test_every_command_line_shown_parses() -> None:
    assert bad_command_lines(PAGES) == []


def test_the_checks_catch_omissions() -> None:
    def without(page: str, old: str, new: str = "") -> dict[str, str]:
        assert old in PAGES[page], old
        return {**PAGES, page: PAGES[page].replace(old, new)}

    link_section = _sections(PAGES["docs/commands.md"])["warta link"]
    pages = {**PAGES, "docs/commands.md": PAGES["docs/commands.md"].replace(
        link_section, link_section.replace("--rebuild", "--again"))}
    assert any("--rebuild of warta link" in p for p in undocumented_options(pages))
    assert any("lacks" in p for p in undocumented_options(pages))  # the synopsis's --again
    assert any("warta tallies" in p for p in undocumented_options(
        without("docs/commands.md", "## warta tallies", "## tallies")))
    assert any("WARTA_DOC_SECONDS" in p for p in undocumented_settings(
        without("docs/settings.md", "| `WARTA_DOC_SECONDS` |", "| `DOC_SECONDS` |")))
    assert any("WARTA_ENGINE" in p for p in undocumented_settings(
        without("docs/settings.md", "`WARTA_ENGINE`", "`ENGINE`")))
    assert any("#postgresql" in p for p in broken_links(
        without("docs/database.md", "## PostgreSQL", "## Postgres")))
    assert any("nosuch.md" in p for p in broken_links(
        without("README.md", "(docs/ray.md)", "(docs/nosuch.md)")))
    assert development_data_paths(without("docs/ray.md", "PostgreSQL URL", "../shared URL"))
    assert bad_command_lines({"x.md": "```sh\nwarta link --db x.db --relink\n```\n"})
    assert bad_command_lines({"x.md": "```sh\n.venv/bin/warta serve --port eighty\n```\n"})
    assert not bad_command_lines({"x.md": "```sh\nwarta serve --port 80  # fine\n```\n"})


def test_readme_quick_start_runs(tmp_path: Path) -> None:
    """Every `warta` line of the quick start, run as written in a fresh folder (the server only
    parsed: it would not return)."""
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    quick = PAGES["README.md"].split("## Quick start", 1)[1].split("\n## ", 1)[0]
    lines = [line.split("  #")[0].strip() for block in _code_blocks(quick)
             for line in block.splitlines() if line.startswith("warta ")]
    assert len(lines) >= 9
    env = {**os.environ, "COLUMNS": "200"}
    outputs = {}
    for line in lines:
        if line.startswith("warta serve"):
            continue
        result = subprocess.run([sys.executable, "-m", "warta", *shlex.split(line)[1:]],
                                cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
        assert result.returncode == 0, f"{line}: {result.stderr}"
        outputs[line] = result.stdout
    stories = [json.loads(row) for line, out in outputs.items() if "stories" in line
               and "--json" in line for row in out.splitlines()]
    assert len(stories) == 3
    assert any(c["kind"] == "denial" and c["accusation"] and c["denial"]
               for story in stories for c in story["contradictions"])
    geojson = json.loads((tmp_path / "events.geojson").read_text())
    assert geojson["type"] == "FeatureCollection" and geojson["features"]
    with open(tmp_path / "events.csv", newline="") as rows:
        acled = list(csv.DictReader(rows))
    assert acled and {"event_id_cnty", "event_date", "latitude", "fatalities"} <= set(acled[0])
