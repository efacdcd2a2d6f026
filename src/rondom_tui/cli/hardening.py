"""Keeping decrypted cases in memory: no core dumps, no screen written to a file or a log.

What a running `rondom` holds in memory is the plaintext of every case. These switch off the
ways it could reach the disk without anyone choosing to write it.
"""

from __future__ import annotations

import contextlib
import os
import sys

from rondom_tui.cli.exit_codes import CliError

UNSAFE_ENVIRONMENT = (
    "TEXTUAL",
    "TEXTUAL_LOG",
    "TEXTUAL_SCREENSHOT",
    "TEXTUAL_SCREENSHOT_LOCATION",
    "TEXTUAL_SCREENSHOT_FILENAME",
    "TEXTUAL_DEVTOOLS_HOST",
    "TEXTUAL_DEVTOOLS_PORT",
    "TEXTUAL_PRESS",
)
"""Textual reads these at import; each could write the screen or a log, with case data, to
disk (or send it to a devtools console)."""


def forbid_core_dumps() -> None:
    """A core dump would hold decrypted cases: switch them off for this process."""
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE = 4 -> 0


def drop_unsafe_environment() -> None:
    """Forget the Textual settings that write the screen or a log somewhere (before the app
    is imported: Textual reads them once)."""
    for name in UNSAFE_ENVIRONMENT:
        os.environ.pop(name, None)


def require_terminal() -> None:
    """Refuse to draw the app anywhere but a terminal.

    Textual draws the screen on stderr: redirected to a file, the screen (with case data)
    would be written to disk in plain text."""
    if not (sys.stdin.isatty() and sys.__stderr__ is not None and sys.__stderr__.isatty()):
        raise CliError("cli.needs_terminal")
