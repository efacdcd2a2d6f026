"""Themes are data: TOML files under `themes/`, shipped inside the wheel and registered at start."""

from __future__ import annotations

import contextlib
import os
import tomllib
from collections.abc import Iterable
from pathlib import Path
from threading import Thread

from textual.theme import BUILTIN_THEMES, Theme

from rondom_tui.store.errors import StoreError
from rondom_tui.store.preferences import read_preferences, remember, user_preferences_file

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


def theme_folder() -> Path:
    """The themes shipped in the wheel, or the repository's `themes/` in a source checkout.

    A folder beside the package's modules, as Textual's `CSS_PATH` sheets are: the package is
    always unpacked on disk, and `importlib.resources` (with zipfile) would cost the start-up
    a few milliseconds for nothing."""
    package = Path(__file__).resolve().parents[1]
    packaged = package / "themes"
    if packaged.is_dir():
        return packaged
    return package.parents[1] / "themes"


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


def theme_names() -> list[str]:
    """Every theme `--theme` accepts: ours first, then Textual's own."""
    ours = [theme.name for theme in load_themes()]
    return ours + [name for name in BUILTIN_THEMES if name not in ours]


class RememberedTheme:
    """The theme the user chose last (in ``config.toml``, `store.preferences`); a theme chosen
    in the app is written there, so the next start opens in it."""

    def __init__(self, preferences_file: Path | None = None) -> None:
        self.file = preferences_file or user_preferences_file()
        """The config file."""
        self.name = read_preferences(self.file).theme
        """The remembered theme's name (unchecked), or None."""

    def starting_theme(self, asked: str | None, available: Iterable[str]) -> str:
        """`--theme` (checked by the command line), else `RONDOM_THEME`, else the remembered
        theme, else the default; a name that is not available falls back to the default."""
        chosen = asked or os.environ.get("RONDOM_THEME") or self.name or DEFAULT_THEME
        return chosen if chosen in available else DEFAULT_THEME

    def keep(self, name: str) -> None:
        """Remember `name` when it is new: written in a thread (a small file with an fsync),
        and a file that cannot be written costs only the remembering."""
        if name == self.name:
            return
        self.name = name
        Thread(target=self._write, args=(name,), name="rondom-preferences").start()

    def _write(self, name: str) -> None:
        with contextlib.suppress(OSError, StoreError):
            remember(self.file, theme=name)
