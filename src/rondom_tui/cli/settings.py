"""What the environment sets: where the store is, when the app locks itself, the language.

Environment values are untrusted text: a value that makes no sense falls back to the default,
and never switches a safeguard off.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from pathlib import Path

from rondom_tui.i18n import LANGUAGES, language_from_environment
from rondom_tui.store.preferences import read_preferences


def default_store_path() -> Path:
    """`RONDOM_STORE`, else `store.rondom` in the user's data folder."""
    if env := os.environ.get("RONDOM_STORE"):
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("rondom")) / "store.rondom"


def idle_lock_minutes() -> float:
    """Minutes without input before the app locks itself (`RONDOM_IDLE_LOCK`; 0 = never)."""
    from rondom_tui.ui.app import DEFAULT_IDLE_LOCK_MINUTES

    raw = os.environ.get("RONDOM_IDLE_LOCK", "")
    try:
        value = float(raw) if raw else DEFAULT_IDLE_LOCK_MINUTES
    except ValueError:
        return DEFAULT_IDLE_LOCK_MINUTES
    if not math.isfinite(value) or value < 0:
        return DEFAULT_IDLE_LOCK_MINUTES  # nonsense must not switch the safeguard off
    return value


def language_of(argv: Sequence[str]) -> str:
    """The language asked for with `--lang` (read before parsing: the parser's own texts
    depend on it), else `RONDOM_LANG`, else the one remembered in the config file, else
    Dutch."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in LANGUAGES:
            return argv[i + 1]
        if arg.startswith("--lang=") and arg[7:] in LANGUAGES:
            return arg[7:]
    remembered = read_preferences().lang
    if remembered in LANGUAGES:
        return language_from_environment(default=remembered)
    return language_from_environment()
