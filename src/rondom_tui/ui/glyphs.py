"""Whether the terminal can show symbols such as ⚠: the Linux console's font lacks them.

Read at the edge (the environment), so the parts below take a plain `plain: bool`.
"""

from __future__ import annotations

import os

PLAIN_TERMINALS = frozenset({"linux"})
"""`TERM` values of consoles whose font has no ⚠, ✓ or 🔑."""


def plain_glyphs() -> bool:
    """True when symbols should fall back to plain characters (``!`` for ⚠)."""
    return os.environ.get("TERM", "") in PLAIN_TERMINALS


__all__ = ["plain_glyphs"]
