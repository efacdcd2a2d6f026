"""What the environment sets: where the store is and when the app locks itself.

Environment values are untrusted text: a value that makes no sense falls back to the default,
and never switches a safeguard off.
"""

from __future__ import annotations

import math
import os
from pathlib import Path


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
