"""`rondom` without a command: the app on the store, and the command line that asks for it.

This is how the program starts nearly every time, and the unlock screen should appear as
quickly as a bare Textual app's first screen (issue 14). The full parser registers every
command, which imports every command module and, through them, the store, the audit and the
reports: more than half of the start-up time before the app itself is even imported. So
`parse_plain` reads the plain command line (`rondom [--store S] [--lang L] [--theme T]
[--passphrase-file P]`) with a parser of those options alone, built from the same option
definitions as the full one (`program.build_parser`), and gives up on anything else: a command,
`--help`, or a mistake, which the full parser then reads (and reports) exactly as before.
`tests/unit/test_cli_plain.py` checks that both parsers read every plain command line alike.
"""

from __future__ import annotations

import argparse
import gc
from collections.abc import Sequence

from rondom_tui.cli.arguments import Parser
from rondom_tui.cli.exit_codes import EXIT_USAGE, CliError
from rondom_tui.cli.hardening import drop_unsafe_environment, require_terminal
from rondom_tui.cli.settings import idle_lock_minutes

__all__ = ["cmd_open", "parse_plain"]


class NotPlain(Exception):
    """The command line is more than `rondom` with the app's options: the full parser reads it."""


class _PlainParser(Parser):
    """The app's options only; any mistake (or anything else) is `NotPlain`, never an exit."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise NotPlain


def parse_plain(
    argv: Sequence[str], options: Sequence[argparse.ArgumentParser]
) -> argparse.Namespace | None:
    """`argv` read as the full parser reads a command line without a command, or None when it
    is anything else. `options` are the parent parsers of the full parser's top level (its
    `-h` is left out: help is made by the full parser)."""
    parser = _PlainParser(prog="rondom", add_help=False, parents=options)
    try:
        args = parser.parse_args(argv)
    except NotPlain:
        return None
    args.command = None
    args.handler = cmd_open
    return args


def cmd_open(args: argparse.Namespace) -> int:
    """`rondom` without a command: the app on the store.

    Textual and the app's modules are loaded with the garbage collector paused, then frozen:
    they live as long as the program, and a full collection walking all of them took about
    13 ms before the unlock screen's first frame (the bare Textual app gets by without one)."""
    gc.disable()
    try:
        from rondom_tui.ui.app import RondomApp
        from rondom_tui.ui.themes import theme_names
    finally:
        gc.freeze()
        gc.enable()

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
