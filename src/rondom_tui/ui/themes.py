"""Themes are data: TOML files under `themes/`, shipped inside the wheel and registered at start."""

from __future__ import annotations

import tomllib
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from textual.theme import Theme

DEFAULT_THEME = "rondom"
_THEME_FIELDS = {
    "name",
    "primary",
    "secondary",
    "warning",
    "error",
    "success",
    "accent",
    "foreground",
    "background",
    "surface",
    "panel",
    "boost",
    "dark",
    "variables",
}


def theme_folder() -> Traversable:
    """The themes shipped in the wheel, or the repository's `themes/` in a source checkout."""
    packaged = files("rondom_tui") / "themes"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "themes"


def load_themes() -> list[Theme]:
    """Every theme file, parsed; a broken file is skipped rather than stopping the app."""
    themes = []
    for entry in sorted(theme_folder().iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        try:
            data = tomllib.loads(entry.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue
        fields = {k: v for k, v in data.items() if k in _THEME_FIELDS}
        if "name" in fields and "primary" in fields:
            themes.append(Theme(**fields))
    return themes
