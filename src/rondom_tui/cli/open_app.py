"""`rondom` without a command: the app on the store, and the command line that asks for it.

This is how the program starts nearly every time, and the unlock screen should appear as
quickly as a bare Textual app's first screen (issue 14). The full parser (`full_parser`)
registers every command, which imports argparse, every command module and, through them, the
store, the audit and the reports. So `parse_plain` reads the plain command line (`rondom
[--store S] [--lang L] [--theme T] [--passphrase-file P]`, each option spelt out, as `--opt
value` or `--opt=value`) by itself, with the same option names, destinations and choices
(`PLAIN_OPTIONS`), and gives up on anything else: a command, `--help`, an abbreviated option, a
value that looks like an option, or a mistake, which the full parser then reads (and reports)
exactly as before. `tests/unit/test_cli_plain.py` checks that both read every plain command
line alike and that `PLAIN_OPTIONS` are the full parser's top-level options.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from rondom_tui.cli.exit_codes import EXIT_USAGE, CliError
from rondom_tui.cli.hardening import drop_unsafe_environment, require_terminal
from rondom_tui.cli.settings import idle_lock_minutes
from rondom_tui.i18n import LANGUAGES

if TYPE_CHECKING:
    import argparse

__all__ = ["PLAIN_OPTIONS", "cmd_open", "parse_plain"]


def _language(value: str) -> str | None:
    return value if value in LANGUAGES else None


PLAIN_OPTIONS: dict[str, tuple[str, Callable[[str], Any]]] = {
    "--store": ("store", Path),
    "--passphrase-file": ("passphrase_file", str),
    "--lang": ("lang", _language),
    "--theme": ("theme", str),
}
"""The options of `rondom` without a command: option -> (destination, what makes its value; a
None is a value the full parser refuses). Only `--theme` has a default (None): the others are
left out of the arguments when not given, as the full parser's SUPPRESS leaves them out."""


def parse_plain(argv: Sequence[str]) -> SimpleNamespace | None:
    """`argv` read as the full parser reads a command line without a command, or None when it
    is anything else (or anything this reader does not read as argparse surely would)."""
    values: dict[str, Any] = {"theme": None}
    index = 0
    while index < len(argv):
        name, given, value = argv[index].partition("=")
        option = PLAIN_OPTIONS.get(name)
        if option is None:  # a command, -h, --, an abbreviation, a mistake
            return None
        if not given:
            index += 1
            if index == len(argv):
                return None
            value = argv[index]
            if value.startswith("-") and value != "-":  # argparse may read it as an option
                return None
        destination, make = option
        made = make(value)
        if made is None:
            return None
        values[destination] = made
        index += 1
    return SimpleNamespace(**values, command=None, handler=cmd_open)


def cmd_open(args: argparse.Namespace | SimpleNamespace) -> int:
    """`rondom` without a command: the app on the store.

    Textual and the app's modules are loaded with the garbage collector paused (paused since
    the first import by `rondom_tui.cli.main`), and it stays paused until the app has drawn
    its first screen, which then freezes what start-up made and switches it on (`ui.app`):
    those objects live as long as the program, and collections walking them cost the first
    frame about 13 ms (the bare Textual app gets by without one). Whatever happens, it is on
    again when the app has ended."""
    gc.disable()
    try:
        return _open(args)
    finally:
        gc.enable()


def _open(args: argparse.Namespace | SimpleNamespace) -> int:
    from rondom_tui.ui.app import RondomApp
    from rondom_tui.ui.themes import theme_names

    theme = getattr(args, "theme", None)
    if theme is not None and theme not in theme_names():
        raise CliError(
            "cli.unknown_theme", code=EXIT_USAGE, theme=theme, themes=", ".join(theme_names())
        )
    drop_unsafe_environment()
    require_terminal()
    app = RondomApp(
        args.store, theme=theme, idle_lock_minutes=idle_lock_minutes(), end_on_hangup=True
    )
    try:
        app.run()
    finally:
        app.close_store()
    return app.return_code or 0
