"""Passphrases for the command line: typed at a prompt or read from a file, never from argv.

`--passphrase-file PATH` (or `RONDOM_PASSPHRASE_FILE`) is the store's; `-` reads standard
input. Only the first line counts, so a file written by `echo` works as well as one without a
line ending.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from rondom_tui.cli.exit_codes import EXIT_INPUT, EXIT_USAGE, CliError
from rondom_tui.domain.errors import RondomError
from rondom_tui.i18n import current_language, t
from rondom_tui.store.user_files import FileTooLarge, NotARegularFile, read_regular_file

MAX_PASSPHRASE_FILE_BYTES = 4096
"""A passphrase file is read to this many bytes at most: a passphrase is a line, not a file."""
NEW_PASSPHRASE_ATTEMPTS = 3
"""How often a new passphrase may be typed wrong (too short, or the two differ)."""


def read_passphrase_file(path: str) -> str:
    """The first line of `path` (``-`` = standard input), without its line ending. A file
    must be a regular file of at most 4 KiB (`store.reading`): a FIFO or a device is refused
    at once, never waited on or read without end; standard input is read to 4 KiB at most."""
    try:
        if path == "-":
            stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
            raw = (
                stream.readline(MAX_PASSPHRASE_FILE_BYTES + 1)
                if stream is not None
                else sys.stdin.readline(MAX_PASSPHRASE_FILE_BYTES + 1).encode()
            )
            if len(raw) > MAX_PASSPHRASE_FILE_BYTES:
                raise FileTooLarge()
        else:
            raw = read_regular_file(Path(path).expanduser(), MAX_PASSPHRASE_FILE_BYTES)
    except NotARegularFile:
        raise CliError("cli.passphrase_file_special") from None
    except FileTooLarge:
        raise CliError(
            "cli.passphrase_file_too_large", code=EXIT_INPUT, limit=MAX_PASSPHRASE_FILE_BYTES
        ) from None
    except OSError as exc:
        raise CliError(
            "cli.passphrase_file_unreadable", reason=exc.strerror or type(exc).__name__
        ) from None
    first_line = raw.partition(b"\n")[0]
    try:
        line = first_line.decode("utf-8")
    except UnicodeDecodeError:  # `from None`: the error would carry the bytes it could not read
        raise CliError("cli.passphrase_not_utf8", code=EXIT_INPUT) from None
    return line.rstrip("\r")


def passphrase_source(args: argparse.Namespace) -> str | None:
    """The file the store's passphrase comes from, or None when it is to be typed."""
    return getattr(args, "passphrase_file", None) or os.environ.get("RONDOM_PASSPHRASE_FILE")


def ask_passphrase(args: argparse.Namespace, prompt_id: str = "cli.prompt_passphrase") -> str:
    """The store's passphrase: from its file, or typed once."""
    source = passphrase_source(args)
    if source:
        return read_passphrase_file(source)
    try:
        return getpass.getpass(t(prompt_id))
    except EOFError:
        raise CliError("cli.no_passphrase", code=EXIT_USAGE) from None


def ask_new_passphrase(
    args: argparse.Namespace,
    *,
    file_attr: str = "passphrase_file",
    prompt_id: str = "cli.prompt_new",
) -> str:
    """A new passphrase (`prompt_id` says for what): from the file, or typed twice."""
    from rondom_tui.store.vault import check_new_passphrase

    source = getattr(args, file_attr, None) or (
        os.environ.get("RONDOM_PASSPHRASE_FILE") if file_attr == "passphrase_file" else None
    )
    if source:
        passphrase = read_passphrase_file(source)
        check_new_passphrase(passphrase)
        return passphrase
    for _ in range(NEW_PASSPHRASE_ATTEMPTS):
        try:
            first = getpass.getpass(t(prompt_id))
            check_new_passphrase(first)
            second = getpass.getpass(t("cli.prompt_repeat"))
        except EOFError:
            raise CliError("cli.no_passphrase", code=EXIT_USAGE) from None
        except RondomError as exc:
            print(exc.text(lang=current_language()), file=sys.stderr)
            continue
        if first == second:
            return first
        print(t("create.mismatch"), file=sys.stderr)
    raise CliError("cli.passphrase_attempts")
