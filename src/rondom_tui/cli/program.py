"""The `rondom` command: the parser with every subcommand, and `main`, which runs one.

The plain `rondom [--store S] [--lang L] [--theme T]` (the app) is read without argparse and
without building that parser (`open_app.parse_plain`, with the same options), so that starting
the app does not import argparse and every command's module first; they are imported when the
full parser is built (`full_parser`).

`main` turns every named error into one line on stderr and its exit code
(`rondom_tui.cli.exit_codes`); nothing reaches the user as a traceback. Passphrases come from a
prompt or a file (`--passphrase-file`, `-` for stdin), never from the command line.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from rondom_tui.cli.exit_codes import EXIT_ERROR, EXIT_OK, exit_code_for
from rondom_tui.cli.hardening import forbid_core_dumps
from rondom_tui.cli.open_app import cmd_open, parse_plain
from rondom_tui.cli.output import plain_output, reader_gone
from rondom_tui.cli.settings import default_store_path, language_of
from rondom_tui.domain.errors import RondomError
from rondom_tui.i18n import current_language, set_language, t

if TYPE_CHECKING:
    import argparse

__all__ = ["build_parser", "main", "parse_without_commands"]


def build_parser() -> argparse.ArgumentParser:
    """The whole command line (`full_parser`); build it inside `argparse_in_our_language()`."""
    from rondom_tui.cli import full_parser  # argparse and every command: not for the app

    return full_parser.build_parser()


def parse_without_commands(argv: Sequence[str]) -> SimpleNamespace | None:
    """`argv` read without argparse and the commands' parsers when it is the plain `rondom`
    (the app), else None (`open_app.parse_plain`)."""
    return parse_plain(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one `rondom` command line; the exit code is returned, not raised. What it prints
    is plain text (`cli.output`)."""
    with plain_output():
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    forbid_core_dumps()
    set_language(language_of(argv))
    args: argparse.Namespace | SimpleNamespace | None = parse_without_commands(argv)
    if args is None:  # a command, help or a mistake: the full parser reads (and tells) it
        from rondom_tui.cli import full_parser  # argparse and every command: not for the app

        parsed = full_parser.parse_full(argv)
        if isinstance(parsed, int):
            return parsed
        args = parsed
    if args.handler is not cmd_open:
        gc.enable()  # paused for start-up only (`rondom_tui.cli.main`); a command runs with it
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
