"""What the environment sets: where the store is and when the app locks itself.

Environment values are untrusted text: a value that makes no sense falls back to the default,
and never switches a safeguard off.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rondom_tui.store.backup_files import BackupPolicy


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


CONFIG_FILE = "config.toml"
"""The user's settings, in the config folder beside `keymap.toml`."""
BACKUP_SETTINGS = ("daily", "weekly", "events")


def config_file() -> Path:
    """``<config folder>/rondom/config.toml`` (`$XDG_CONFIG_HOME` when set)."""
    from platformdirs import user_config_dir

    return Path(user_config_dir("rondom")) / CONFIG_FILE


def backup_policy() -> BackupPolicy:
    """How many backups are kept: `[backups]` `daily`, `weekly`, `events` in the config file,
    each overridden by `RONDOM_BACKUPS_DAILY`, `_WEEKLY`, `_EVENTS`. A value that is not a
    whole number from 0 to 1000 (or a config file that cannot be read) keeps the default."""
    from rondom_tui.store.backup_files import MAX_KEPT, BackupPolicy

    chosen: dict[str, int] = {}
    section = _config().get("backups", {})
    for name in BACKUP_SETTINGS:
        value = section.get(name) if isinstance(section, dict) else None
        env = os.environ.get(f"RONDOM_BACKUPS_{name.upper()}", "").strip()
        if env:
            value = int(env) if env.isdigit() else None
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_KEPT:
            chosen[name] = value
    return BackupPolicy(**chosen)


def _config() -> dict[str, object]:
    import tomllib

    try:
        with open(config_file(), "rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return {}
