"""The `rondom` command: the parser with every subcommand, and `main`, which runs one.

The plain `rondom [--store S] [--lang L] [--theme T]` (the app) is read without building that
parser (`open_app.parse_plain`, from the same option definitions), so that starting the app does
not import every command's module first; the command modules are imported when the full
parser is built.

`main` turns every named error into one line on stderr and its exit code
(`rondom_tui.cli.exit_codes`); nothing reaches the user as a traceback. Passphrases come from a
prompt or a file (`--passphrase-file`, `-` for stdin), never from the command line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from rondom_tui.cli.arguments import Command, Parser, argparse_in_our_language, language_of
from rondom_tui.cli.exit_codes import EXIT_ERROR, EXIT_OK, EXIT_USAGE, exit_code_for
from rondom_tui.cli.hardening import forbid_core_dumps
from rondom_tui.cli.open_app import cmd_open, parse_plain
from rondom_tui.cli.output import plain_output, reader_gone
from rondom_tui.cli.settings import default_store_path
from rondom_tui.domain.errors import RondomError
from rondom_tui.i18n import LANGUAGES, current_language, set_language, t

__all__ = ["build_parser", "main", "parse_without_commands"]


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


def parse_without_commands(argv: Sequence[str]) -> argparse.Namespace | None:
    """`argv` read without the commands' parsers when it is the plain `rondom` (the app), else
    None; build it inside `argparse_in_our_language()`."""
    return parse_plain(argv, [_common_options(), _app_options()])


def main(argv: Sequence[str] | None = None) -> int:
    """Run one `rondom` command line; the exit code is returned, not raised. What it prints
    is plain text (`cli.output`)."""
    with plain_output():
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    forbid_core_dumps()
    set_language(language_of(argv))
    with argparse_in_our_language():
        args = parse_without_commands(argv)
        if args is None:  # a command, help or a mistake: the full parser reads (and tells) it
            try:
                args = build_parser().parse_args(argv)
            except SystemExit as exc:
                return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    args.store_given = hasattr(args, "store")
    if not args.store_given:
        args.store = default_store_path()
    args.store = Path(args.store).expanduser()
    try:
        code = int(args.handler(args))
        sys.stdout.flush()  # a reader that went away is noticed here, not at exit
        return code
    except BrokenPipeError:  # `rondom list | head -1`: the reader has all it wanted
        reader_gone()
        return EXIT_OK
    except RondomError as exc:
        print(f"rondom: {exc.text(lang=current_language())}", file=sys.stderr)
        return exit_code_for(exc)
    except KeyboardInterrupt:
        print(t("cli.interrupted"), file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:  # the reason only: the exception's text may hold a path or data
        print(
            f"rondom: {t('cli.os_error', reason=exc.strerror or type(exc).__name__)}",
            file=sys.stderr,
        )
        return EXIT_ERROR
    except Exception as exc:  # the class name only: its message may quote case data
        print(f"rondom: {t('error.unexpected')} ({type(exc).__name__})", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
