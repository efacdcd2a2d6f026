"""What the command prints is plain text, and a reader that goes away ends it quietly.

Every line `rondom` prints can hold words from elsewhere: a case's name from a received
bundle, the user from the environment, a path typed by someone. While a command runs, standard
output and standard error pass through the one cleaning rule (`domain.text.clean_text`: no
control or bidi character, newline and tab kept), so no line can retitle the terminal, write
its clipboard or repaint it. The app itself draws on the terminal through Textual's driver,
which writes to the original stream, not through these.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from rondom_tui.domain.text import clean_text


class PlainText:
    """A text stream that passes on only plain text; everything else is the stream's own."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(clean_text(text))
        return len(text)

    def writelines(self, lines: list[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def plain_output() -> Iterator[None]:
    """Standard output and standard error as `PlainText` while the block runs."""
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = PlainText(stdout), PlainText(stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def reader_gone() -> None:
    """Standard output's reader has closed it (`rondom list | head -1`): what is still buffered
    goes nowhere, so the interpreter's last flush does not complain about a broken pipe."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
