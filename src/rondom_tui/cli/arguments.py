"""argparse in the user's language: the parser class every `rondom` command is built with.

Public hooks where argparse has them: `error` is overridden (one usage line, one translated
line, exit code 2) and the `-h/--help` option is ours, with a translated help text, added
through `parents` so it keeps argparse's place in the usage line and the help.

argparse has no public hook for its other texts (the `usage: ` prefix, the section titles and
its error messages): it translates them with `gettext`, which only reads compiled catalogues
from disk. While a command line is parsed, `argparse_in_our_language` puts our catalogue in
the place of argparse's module-level `_` (a private name). `tests/unit/test_cli_arguments.py`
fails when a Python upgrade renames `_`, stops looking it up at call time, or changes one of
the texts in `ARGPARSE_TEXTS`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeAlias

from rondom_tui.cli.exit_codes import EXIT_USAGE
from rondom_tui.i18n import t

Command: TypeAlias = Callable[[argparse.Namespace], int]
"""What a subcommand runs: the parsed arguments in, the exit code out."""

AddCommand: TypeAlias = Callable[[str, Command], argparse.ArgumentParser]
"""Registers a subcommand by name and gives back its parser, for its own options."""


ARGPARSE_TEXTS = {
    "usage: ": "cli.argparse.usage",
    "positional arguments": "cli.argparse.positionals",
    "options": "cli.argparse.options",
    "argument %(argument_name)s: %(message)s": "cli.argparse.argument",
    "the following arguments are required: %s": "cli.argparse.required",
    "one of the arguments %s is required": "cli.argparse.one_required",
    "unrecognized arguments: %s": "cli.argparse.unrecognized",
    "invalid choice: %(value)r (choose from %(choices)s)": "cli.argparse.invalid_choice",
    "invalid %(type)s value: %(value)r": "cli.argparse.invalid_value",
    "expected one argument": "cli.argparse.expected_one",
    "expected at most one argument": "cli.argparse.expected_at_most_one",
    "expected at least one argument": "cli.argparse.expected_at_least_one",
    "ambiguous option: %(option)s could match %(matches)s": "cli.argparse.ambiguous",
    "not allowed with argument %s": "cli.argparse.not_allowed_with",
    "ignored explicit argument %r": "cli.argparse.ignored_value",
}
"""argparse's own English texts (its gettext message ids) -> our catalogue ids. The catalogue
keeps argparse's %-placeholders, so option names and values are filled in as argparse gives
them: as the user typed them, untranslated."""


def _argparse_text(message: str | None) -> str | None:
    message_id = ARGPARSE_TEXTS.get(message) if message else None
    return t(message_id) if message_id else message


@contextmanager
def argparse_in_our_language() -> Iterator[None]:
    """While the parser is built and a command line parsed (or its help made), argparse's
    texts come from our catalogue in the language chosen with `set_language`."""
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = _argparse_text  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


def _help_option() -> argparse.ArgumentParser:
    """A parent parser holding only `-h/--help`, with our text: argparse adds its parents'
    options first, so this one keeps the place argparse's own help option would have."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "-h", "--help", action="help", default=argparse.SUPPRESS, help=t("cli.argparse.help")
    )
    return parent


class Parser(argparse.ArgumentParser):
    """An argument parser that speaks the user's language and exits with code 2 on a mistake.

    Build and use it inside `argparse_in_our_language()`; subcommand parsers are made by
    `add_subparsers(parser_class=Parser)`."""

    def __init__(
        self,
        *,
        parents: Sequence[argparse.ArgumentParser] = (),
        add_help: bool = True,
        **kwargs: Any,
    ) -> None:
        helping = [_help_option()] if add_help else []
        super().__init__(parents=[*helping, *parents], add_help=False, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        """One usage line and the mistake in one line on stderr; exit code 2."""
        self.print_usage(sys.stderr)
        print(t("cli.usage_error", message=message), file=sys.stderr)
        raise SystemExit(EXIT_USAGE)
