"""The whole `rondom` command line in argparse: every command and its options, `--help`.

Built only when the command line is more than the plain `rondom [--store S] [--lang L]
[--theme T] [--passphrase-file P]` (a command, help, or a mistake): argparse itself and every
command module are loaded here, not at the start of the app, which reads the plain command
line without them (`open_app.parse_plain`; `tests/unit/test_cli_plain.py` checks that both
read every plain command line alike, and that they know the same options).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from rondom_tui.cli.arguments import Command, Parser, argparse_in_our_language
from rondom_tui.cli.exit_codes import EXIT_USAGE
from rondom_tui.cli.open_app import cmd_open
from rondom_tui.i18n import LANGUAGES, t

__all__ = ["build_parser", "parse_full"]


def _common_options() -> Parser:
    """The options every command takes, before or after its name (`rondom --store S list`
    and `rondom list --store S`): SUPPRESS keeps a later default from hiding an earlier one."""
    common = Parser(add_help=False)
    common.add_argument(
        "--store", type=Path, default=argparse.SUPPRESS, metavar="PATH", help=t("cli.help.store")
    )
    common.add_argument(
        "--passphrase-file",
        default=argparse.SUPPRESS,
        metavar="PATH",
        help=t("cli.help.passphrase_file"),
    )
    common.add_argument(
        "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=t("cli.help.lang")
    )
    return common


def _app_options() -> Parser:
    """The options of the app itself (`rondom` without a command)."""
    app = Parser(add_help=False)
    app.add_argument("--theme", default=None, help=t("cli.help.theme"))
    return app


def build_parser() -> argparse.ArgumentParser:
    """The whole command line; build it inside `argparse_in_our_language()`. Every command
    module is imported here, not at the top: the plain `rondom` does without them."""
    from rondom_tui.cli import export_arguments, records, review_arguments, store_commands

    common = _common_options()
    parser = Parser(
        prog="rondom", description=t("cli.description"), parents=[common, _app_options()]
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    def add(name: str, handler: Command) -> argparse.ArgumentParser:
        command = sub.add_parser(
            name,
            parents=[common],
            help=t(f"cli.help.cmd.{name}"),
            description=t(f"cli.help.cmd.{name}"),
        )
        command.set_defaults(handler=handler)
        return command

    store_commands.add_commands(add)
    export_arguments.add_commands(add)
    review_arguments.add_commands(add)
    store_commands.add_maintenance_commands(add)
    records.add_commands(add)
    from rondom_tui.cli import backups  # the backups: loaded only now

    backups.add_commands(add)
    parser.set_defaults(handler=cmd_open)
    return parser


def parse_full(argv: Sequence[str]) -> argparse.Namespace | int:
    """`argv` read by the whole parser, in the user's language; or the exit code when it
    asked for help (0) or held a mistake (2, told on stderr)."""
    with argparse_in_our_language():
        try:
            return build_parser().parse_args(argv)
        except SystemExit as exc:
            return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
