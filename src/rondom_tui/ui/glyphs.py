"""The symbols the app draws, each with a plain fallback for a console whose font lacks it.

The Linux console (`TERM=linux`) has box lines, arrows, shades and `•`, but no ⚠, ✓, ✗, 🔑 or
🔒: it draws a diamond or nothing, and `⚠ te laat` becomes `◆ te laat`. `GLYPHS` is the one
table of symbols with their fallbacks. On such a console `use_plain_glyphs` (called when
`rondom_tui.ui` is imported) adds the table to the same translation Textual's `Content` and
Rich's `Text` apply to every text they are given (`ui.terminal_text`), so every label, message,
Header icon and notification falls back at once, whoever wrote the text; the line-API widgets
that paint `Segment`s themselves ask `glyph(...)`.

Read at the edge (the environment), so the parts below take a plain `plain: bool`.
"""

from __future__ import annotations

import os

from rich import control as rich_control
from textual import content as textual_content

PLAIN_TERMINALS = frozenset({"linux"})
"""`TERM` values of consoles whose font has no ⚠, ✓ or 🔑."""

GLYPHS: dict[str, str] = {
    "⚠": "!",  # warning (overdue, no consent, disputed, not encrypted)
    "✓": "x",  # ticked, done, answered: as in [x]
    "✗": "!",  # an error next to a field
    "○": "o",  # open, not done
    "◐": "~",  # a goal under way
    "●": "*",  # closed, achieved, final
    "◎": "o",  # the Header's icon
    "🔑": "#",  # the seven keys of a goal
    "🔒": "*",  # an encrypted file
    "▶": ">",
    "▲": "^",
    "▼": "v",
    "◇": "E",  # an evaluation planned on the Tijdlijn
    "═": "=",  # a period planned on the Tijdlijn
}
"""Symbol -> what a console without it shows instead (one cell, plain ASCII)."""

_TRANSLATION = {ord(symbol): plain for symbol, plain in GLYPHS.items()}


def plain_glyphs() -> bool:
    """True when symbols should fall back to plain characters (``!`` for ⚠)."""
    return os.environ.get("TERM", "") in PLAIN_TERMINALS


def glyph(symbol: str) -> str:
    """`symbol`, or its fallback on a console without it (for text painted as `Segment`s)."""
    return GLYPHS.get(symbol, symbol) if plain_glyphs() else symbol


def plain_text(text: str, plain: bool | None = None) -> str:
    """`text` with every symbol a console lacks replaced by its fallback, when the terminal
    needs it (`plain`; by default the environment says): for the line-API widgets that
    paint whole runs of cells (the Tijdlijn), which ask the environment once per line, not
    once per run (hundreds of runs a frame)."""
    if plain is None:
        plain = plain_glyphs()
    return text.translate(_TRANSLATION) if plain else text


def use_plain_glyphs(plain: bool | None = None) -> None:
    """Let every text Textual and Rich draw show the fallbacks (`plain`, by default when the
    terminal needs them), or the symbols again."""
    plain = plain_glyphs() if plain is None else plain
    tables: tuple[dict[int, str | None], ...] = (
        textual_content._CONTROL_STRIP_TRANSLATE,  # type: ignore[assignment]
        rich_control._CONTROL_STRIP_TRANSLATE,  # type: ignore[assignment]
    )
    for table in tables:
        if plain:
            table.update(_TRANSLATION)
        else:
            for code in _TRANSLATION:
                table.pop(code, None)


__all__ = ["GLYPHS", "glyph", "plain_glyphs", "plain_text", "use_plain_glyphs"]
