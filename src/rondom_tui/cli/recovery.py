"""The recovery key on the command line: shown once on the terminal, or written to a file.

The key is shown on the terminal itself (`/dev/tty`), never on standard output, so that a
script's redirected output or a log never holds it; the user confirms having written it down
before anything is created or changed. Without a terminal the key goes to a file named with
`--recovery-key-file` / `--new-recovery-key-file` (mode 0600, never over an existing file),
or nothing is done (exit 2). A key is read back from a file (its first line, `-` = stdin).
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TextIO

from rondom_tui.cli.exit_codes import EXIT_INPUT, EXIT_USAGE, CliError
from rondom_tui.i18n import t
from rondom_tui.store.recovery import RecoveryKey

TERMINAL = "/dev/tty"
ON_THE_TERMINAL = "-"
"""`--new-recovery-key-file -`: show the key on the terminal instead of writing a file."""
YES_ANSWERS = {"j", "ja", "y", "yes"}
NO_ANSWERS = {"n", "nee", "no"}
PARAGRAPH_WIDTH = 76
KEY_FILE_LIMIT = 4096
"""A recovery key file is read up to this many bytes."""


@contextlib.contextmanager
def terminal() -> Iterator[TextIO]:
    """The controlling terminal, for reading and writing (unbuffered, as `getpass` opens
    it); exit 2 when there is none."""
    try:
        fd = os.open(TERMINAL, os.O_RDWR | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError:
        raise CliError("cli.recovery.no_terminal", code=EXIT_USAGE) from None
    with io.TextIOWrapper(io.FileIO(fd, "r+"), encoding="utf-8", write_through=True) as tty:
        yield tty


def show_on_terminal(key: RecoveryKey, store_path: Path) -> None:
    """Show the key's paper form with the warning and wait until the user says it is written
    down; `n` (or the end of input) stops the command with nothing changed (exit 1)."""
    with terminal() as tty:
        tty.write("\n" + t("cli.recovery.intro", path=str(store_path)) + "\n\n")
        tty.write(f"    {key.text()}\n\n")
        tty.write(textwrap.fill(t("recovery.warning"), width=PARAGRAPH_WIDTH) + "\n\n")
        while True:
            tty.write(t("cli.recovery.written_question"))
            tty.flush()
            answer = tty.readline()
            if not answer or answer.strip().lower() in NO_ANSWERS:
                raise CliError("cli.recovery.not_written")
            if answer.strip().lower() in YES_ANSWERS:
                tty.write("\n")
                return


def write_key_file(path: Path, key: RecoveryKey, store_path: Path) -> None:
    """Write the key to a new file (0600, never over an existing one or through a link)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
    try:
        fd = os.open(path, flags, 0o600)
    except FileExistsError:
        raise CliError("cli.recovery.file_exists", code=EXIT_INPUT, path=str(path)) from None
    about = t("cli.recovery.file_note", path=str(store_path), day=date.today().isoformat())
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(f"{key.text()}\n# {about}\n")
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        path.unlink(missing_ok=True)
        raise


def hand_over(key: RecoveryKey, target: str | None, store_path: Path) -> Path | None:
    """Give the new key to the user: written to `target`, or shown on the terminal (None or
    `-`). Returns the file written, so the caller can remove it when what follows fails."""
    if target is None or target == ON_THE_TERMINAL:
        show_on_terminal(key, store_path)
        return None
    path = Path(target).expanduser()
    write_key_file(path, key, store_path)
    return path


def read_key_file(source: str) -> RecoveryKey:
    """The recovery key in the first line of `source` (`-` = standard input); exit 5 when it
    cannot be one (`RecoveryKeyInvalid`)."""
    try:
        if source == "-":
            raw = sys.stdin.buffer.readline(KEY_FILE_LIMIT)
        else:
            with open(Path(source).expanduser(), "rb") as handle:
                raw = handle.readline(KEY_FILE_LIMIT)
    except OSError as exc:
        raise CliError(
            "cli.recovery.file_unreadable", reason=exc.strerror or type(exc).__name__
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:  # `from None`: the error would carry the bytes
        raise CliError("store.recovery_key_invalid", code=EXIT_INPUT) from None
    return RecoveryKey.parse(text)
