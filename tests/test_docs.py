"""The README documents every command, option, setting and make target (datasette's habit)."""

from __future__ import annotations

import re

import typer.main

from warta import settings
from warta.cli import app

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands() -> None:
    first_block = README.split("```")[1]
    assert "make demo" in first_block and "make test" in first_block


def _commands(group, prefix: str = "warta"):
    """Every command with its full name, sub-commands (``warta db upgrade``) included."""
    for name, command in group.commands.items():
        yield f"{prefix} {name}", command
        if hasattr(command, "commands"):
            yield from _commands(command, f"{prefix} {name}")


def test_every_command_and_option_is_documented() -> None:
    group = typer.main.get_command(app)
    assert "--version" in README
    names = [name for name, _ in _commands(group)]
    assert "warta db upgrade" in names
    for name, command in _commands(group):
        assert name in README, f"command {name} undocumented"
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    assert opt in README, f"option {opt} of {name} undocumented"


def test_every_setting_is_documented() -> None:
    for setting in settings.ALL:
        assert f"`{setting.option}`" in README and f"`{setting.env}`" in README
        assert str(setting.default) in README


def test_every_make_target_is_documented() -> None:
    makefile = (ROOT / "Makefile").read_text()
    targets = re.findall(r"^([a-z][a-z-]*):", makefile, re.M)
    for target in targets:
        if target != "help":
            assert f"make {target}" in README, f"make {target} undocumented"
