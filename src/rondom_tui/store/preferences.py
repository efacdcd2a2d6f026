"""The user's remembered choices: theme and language, in ``config.toml`` in the user's config
folder (``~/.config/rondom/``, next to ``keymap.toml``).

Not case data, but still untrusted text: a value that is not a string, or an unreadable file,
is left out and the default applies. The file is written when the user chooses a theme in the
app; `--theme` and `--lang` win for one run and are not written. Written with mode 0600
through a temp file and a rename, so a crash leaves the old file or the new one.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import NamedTuple

import platformdirs

from rondom_tui.store.files import ensure_folder, replace_atomically

PREFERENCES_FILE = "config.toml"
KEYMAP_FILE = "keymap.toml"
MAX_PREFERENCES_BYTES = 64 * 1024
"""A config file larger than this is not ours: ignored."""


def user_preferences_file() -> Path:
    """``<config folder>/rondom/config.toml``."""
    return Path(platformdirs.user_config_dir("rondom")) / PREFERENCES_FILE


def user_keymap_file() -> Path:
    """Where the user's keymap lives: ``<config folder>/rondom/keymap.toml`` (`ui.keymap`
    reads it; its place is here, so that the app can look for it at start without loading
    the keymap's reader)."""
    return Path(platformdirs.user_config_dir("rondom")) / KEYMAP_FILE


class Preferences(NamedTuple):
    """What the user chose last; None where nothing was chosen. (A NamedTuple: read before the
    unlock screen's first frame, see `layout`.)"""

    theme: str | None = None
    """A theme's name (checked against the registered themes by the app)."""
    lang: str | None = None
    """A language code (checked against the catalogue's languages by the caller)."""

    def toml(self) -> str:
        """The file's text: one ``key = "value"`` line per choice."""
        lines = ["# rondom remembers these; --theme and --lang win for one run."]
        for key in ("theme", "lang"):
            value = getattr(self, key)
            if value is not None:
                escaped = value.replace("\\", "\\\\").replace('"', '\\"')
                lines.append(f'{key} = "{escaped}"')
        return "\n".join(lines) + "\n"


def read_preferences(path: Path | None = None) -> Preferences:
    """The remembered choices; empty when the file is missing, unreadable or not TOML."""
    path = path or user_preferences_file()
    try:
        if path.stat().st_size > MAX_PREFERENCES_BYTES or not path.is_file():
            return Preferences()
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return Preferences()
    return Preferences(**{k: _short_text(data.get(k)) for k in ("theme", "lang")})


def _short_text(value: object) -> str | None:
    """A plain name: printable, one line, short; anything else counts as not chosen."""
    if isinstance(value, str) and 0 < len(value) <= 64 and value.isprintable():
        return value
    return None


def remember(path: Path | None = None, **choices: str) -> None:
    """Write `choices` (theme=..., lang=...) into the file, keeping the other choices.
    Raises `StoreWriteFailed` when the file cannot be written."""
    path = path or user_preferences_file()
    current = read_preferences(path)
    ensure_folder(path.parent)
    fd = replace_atomically(path, current._replace(**choices).toml().encode("utf-8"))
    os.close(fd)


__all__ = [
    "Preferences",
    "read_preferences",
    "remember",
    "user_keymap_file",
    "user_preferences_file",
]
