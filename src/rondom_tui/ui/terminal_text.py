"""Words reach the terminal as words: no control or bidi character from data is ever drawn.

Textual turns every Label, Static, Input, TextArea, option and notification into `Content` or
Rich `Text`, and both drop a few control characters as they are made (BEL, BS, VT, FF, CR) but
let ESC through, and with it every sequence a terminal obeys: a new window title (OSC 0/2),
the clipboard (OSC 52), a hidden link (OSC 8), a cleared screen (CSI 2J). The store and the
bundle importer already keep such characters out (`domain.text`); this is the second lock, on
the way out: `keep_terminal_text_plain` (called when `rondom_tui.ui` is imported) widens the
set those two drop to every C0 and C1 control character but newline and tab, DEL, the bidi
controls and the line separators. Our
own line-API widgets (the case table, the Tijdlijn) paint `Segment`s, which skip `Content`:
they clean their text with `domain.text.clean_line` themselves.

The sets are private to Textual (`textual.content._CONTROL_STRIP_TRANSLATE`) and Rich
(`rich.control._CONTROL_STRIP_TRANSLATE`); `tests/ui/test_terminal_text.py` fails when an
upgrade renames them or stops using them.
"""

from __future__ import annotations

from rich import control as rich_control
from textual import content as textual_content

UNSAFE_CODE_POINTS = (
    *range(0x00, 0x09),
    *range(0x0B, 0x20),
    *range(0x7F, 0xA0),
    0x061C,
    0x200E,
    0x200F,
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
    0x2028,
    0x2029,
)
"""What never reaches the terminal from text: C0 but tab and newline, DEL, C1, bidi controls,
line and paragraph separators (the set of `domain.text`)."""


def keep_terminal_text_plain() -> None:
    """Make Textual's `Content` and Rich's `Text` drop every unsafe character (idempotent)."""
    for table in (
        textual_content._CONTROL_STRIP_TRANSLATE,
        rich_control._CONTROL_STRIP_TRANSLATE,
    ):
        table.update(dict.fromkeys(UNSAFE_CODE_POINTS))
