"""A bracketed paste reaches the app as one paste, whatever it holds.

Textual's terminal parser (8.2) reads an escape character inside a bracketed paste as the
start of a key sequence and goes on reading the paste as keys: pasted text holding the escape
sequence of a down arrow comes out as key presses, its Tab moving the focus and its Enter
pressing a button (found in a real terminal by `tests/e2e/test_bracketed_paste.py`; the
app's own paste handling, `ui.type_ahead`, never sees a paste).

`PasteFilter` removes escape sequences from what a bracketed paste holds before the parser
reads it, so the parser sees the paste's text only and hands the app one `Paste`. The Linux
driver builds its parser from the name `XTermParser` in its module (private);
`guard_pastes` puts `PasteSafeParser` there. `tests/ui/test_paste_guard.py` fails when an
upgrade moves it.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from types import ModuleType

from textual import constants
from textual._xterm_parser import XTermParser
from textual.message import Message

linux_driver: ModuleType | None
try:
    from textual.drivers import linux_driver
except ImportError:  # pragma: no cover - Windows reads its input another way
    linux_driver = None

ESCAPE_SEQUENCE = re.compile(
    r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL or ST
    r"|\x1b[P_^X][^\x1b]*(?:\x1b\\)?"  # DCS, APC, PM, SOS ... ST
    r"|\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    r"|\x1bO."  # SS3 (a function key: ESC O B is the down arrow)
    r"|\x1b[ -/]*[0-~]"  # other two-character escapes
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
)
"""Escape sequences as a terminal would read them: removed whole from pasted text."""

PASTE_START = "\x1b[200~"
PASTE_END = "\x1b[201~"


def without_escapes(text: str) -> str:
    """`text` without escape sequences or a lone escape character."""
    return ESCAPE_SEQUENCE.sub("", text).replace("\x1b", "")


def _start_prefix(data: str) -> int:
    """How many characters at the end of `data` could begin a paste's start marker (its
    escape character followed by at least one more)."""
    for size in range(len(PASTE_START) - 1, 1, -1):
        if data.endswith(PASTE_START[:size]):
            return size
    return 0


class PasteFilter:
    """Takes the terminal's input as it is read, in pieces, and gives it back with every
    bracketed paste's contents free of escape characters.

    A paste is held until its end marker has been read (the parser would hold it too). What
    could be the start of a paste's start marker at the end of a read (``ESC [ 2``) is held
    for the next read, or until `flush` (the parser lets it go after the escape delay, as it
    does an incomplete key); a lone escape character passes at once, so the Escape key is
    never held back (terminals write the start marker whole)."""

    def __init__(self) -> None:
        self._pasting = False
        self._held = ""
        """The paste read so far, while its end marker has not come."""
        self.waiting = ""
        """The end of the last read, which may begin a start marker."""
        self.waiting_since = 0.0
        """When `waiting` was read (`time.monotonic`)."""

    def feed(self, data: str) -> str:
        data, self.waiting = self.waiting + data, ""
        out: list[str] = []
        while data:
            if not self._pasting:
                start = data.find(PASTE_START)
                if start < 0:
                    keep = _start_prefix(data)
                    out.append(data[: len(data) - keep])
                    if keep:
                        self.waiting, self.waiting_since = data[-keep:], time.monotonic()
                    break
                cut = start + len(PASTE_START)
                out.append(data[:cut])
                data, self._pasting = data[cut:], True
            else:
                data = self._held + data
                end = data.find(PASTE_END)
                if end < 0:
                    self._held = data
                    break
                out.append(without_escapes(data[:end]) + PASTE_END)
                data, self._held, self._pasting = data[end + len(PASTE_END) :], "", False
        return "".join(out)

    def flush(self) -> str:
        """What waits to be known as a start marker or not: let it go as it is."""
        waiting, self.waiting = self.waiting, ""
        return waiting


class PasteSafeParser(XTermParser):
    """Textual's parser, reading each paste through a `PasteFilter`."""

    def __init__(self, debug: bool = False) -> None:
        super().__init__(debug)
        self._pastes = PasteFilter()

    def feed(self, data: str) -> Iterable[Message]:
        if not data:  # the end of input: what waits goes first
            waiting = self._pastes.flush()
            return [*(super().feed(waiting) if waiting else ()), *super().feed(data)]
        passed = self._pastes.feed(data)
        return super().feed(passed) if passed else ()  # "" would tell the parser input ended

    def tick(self) -> Iterable[Message]:
        """The driver's regular call: also lets go of a key that only looked like a paste."""
        pastes = self._pastes
        if pastes.waiting and time.monotonic() - pastes.waiting_since >= constants.ESCAPE_DELAY:
            return [*super().feed(pastes.flush()), *super().tick()]
        return super().tick()


def guard_pastes() -> None:
    """Let the terminal driver read pastes with `PasteSafeParser` (idempotent)."""
    if linux_driver is not None:
        linux_driver.XTermParser = PasteSafeParser  # type: ignore[attr-defined]
