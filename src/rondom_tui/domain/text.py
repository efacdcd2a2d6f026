"""The one cleaning rule for text from elsewhere: a bundle, a store, a lock file, the
environment, a paste.

A terminal obeys characters, not just shows them: ESC starts a sequence that can set the
window title (OSC 0/2), write the clipboard (OSC 52), hide a link (OSC 8) or clear the screen
(CSI 2J); BEL, backspace and carriage return rewrite what is shown; the bidi controls
(U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C) make text read differently from how it
is stored. None of them belongs in a name or a note, so:

- `clean_line` (every field but the long free texts): no C0 or C1 control character, no DEL,
  no bidi control; a line break or tab becomes a space.
- `clean_text` (question, notes, goal and action texts): the same, but newline and tab stay;
  CR LF and a lone CR become a newline, so do U+2028 and U+2029.

`LINE_PATTERN` and `TEXT_PATTERN` say the same as msgspec constraints: the models refuse
such text when they are decoded from outside (`domain.models`). Pure Python, no I/O.
"""

from __future__ import annotations

import re

_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_SEPARATORS = "\u2028\u2029"
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 without tab and newline, DEL, C1

TEXT_PATTERN = rf"\A[^{_CONTROLS}{_BIDI}{_SEPARATORS}]*\Z"
"""A free text (several lines): newline and tab allowed, no other control character."""
LINE_PATTERN = rf"\A[^\t\n{_CONTROLS}{_BIDI}{_SEPARATORS}]*\Z"
"""One line: no control character at all."""

_UNSAFE_IN_TEXT = re.compile(f"[{_CONTROLS}{_BIDI}{_SEPARATORS}]")
_UNSAFE_IN_LINE = re.compile(f"[\t\n{_CONTROLS}{_BIDI}{_SEPARATORS}]")
_LINE_BREAK = re.compile(f"\r\n?|[{_SEPARATORS}]")
_BREAK_IN_LINE = re.compile(f"\r\n?|[\t\n{_SEPARATORS}]")

UNSAFE_JSON = re.compile(
    rb"\\u00[01][0-9a-fA-F]|\\u007[fF]|\\u00[89][0-9a-fA-F]|\\[bfr]"
    rb"|\x7f|\xc2[\x80-\x9f]|\xd8\x9c|\xe2\x80[\x8e\x8f\xa8-\xae]|\xe2\x81[\xa6-\xa9]"
)
"""Matches where UTF-8 JSON may hold an unsafe character (escaped or raw): a quick test that
lets a clean store skip the walk over every string. It may match more than it must (a
backslash typed before a ``b``); never less."""


def clean_text(text: str) -> str:
    """`text` without control and bidi characters; newlines and tabs stay."""
    if not _UNSAFE_IN_TEXT.search(text):
        return text
    return _UNSAFE_IN_TEXT.sub("", _LINE_BREAK.sub("\n", text))


def clean_line(text: str) -> str:
    """`text` as one line: line breaks and tabs become spaces, other controls go."""
    if not _UNSAFE_IN_LINE.search(text):
        return text
    return _UNSAFE_IN_LINE.sub("", _BREAK_IN_LINE.sub(" ", text))


def is_clean_line(text: str) -> bool:
    return _UNSAFE_IN_LINE.search(text) is None


def is_clean_text(text: str) -> bool:
    return _UNSAFE_IN_TEXT.search(text) is None
