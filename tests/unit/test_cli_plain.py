"""The plain `rondom [--store S] [--lang L] [--theme T]` is read without argparse and the full
parser (so that starting the app loads neither argparse nor every command's module), and reads
exactly as the full parser would; every other command line is left to the full parser."""

from __future__ import annotations

import argparse
import contextlib
import io

import pytest

from rondom_tui.cli.arguments import argparse_in_our_language
from rondom_tui.cli.open_app import PLAIN_OPTIONS, cmd_open
from rondom_tui.cli.program import build_parser, main, parse_without_commands
from rondom_tui.i18n import set_language

PLAIN = [
    [],
    ["--store", "s.rondom"],
    ["--store=s.rondom"],
    ["--lang", "en"],
    ["--lang=nl", "--store", "x", "--theme", "rondom-licht"],
    ["--theme", "paars"],
    ["--passphrase-file", "-", "--store", "a", "--store", "b"],
    ["--store", "list"],
    ["--store=a=b"],
    ["--store="],
    ["--theme", ""],
    ["--lang", "en", "--lang=nl"],
]
ABBREVIATED = [
    ["--sto", "s.rondom"],
    ["--th", "x"],
    ["--sto=s.rondom", "--la", "en"],
]
"""Read by the full parser (argparse allows abbreviations), as before: only more slowly."""
NOT_PLAIN = [
    ["list"],
    ["--store", "s", "list", "--json"],
    ["--help"],
    ["-h"],
    ["--he"],
    ["--lang", "xx"],
    ["--theme"],
    ["--store"],
    ["--bogus"],
    ["extra"],
    ["--store", "x", "demo"],
    ["-x"],
    ["--"],
    ["--store", "-x"],
    ["--store", "--lang"],
    ["--lang=xx"],
    ["--lang", "nl", "extra"],
    *ABBREVIATED,
]


def _full(argv: list[str]) -> dict[str, object]:
    with argparse_in_our_language():
        return vars(build_parser().parse_args(argv))


def _plain(argv: list[str]) -> argparse.Namespace | None:
    with argparse_in_our_language():
        return parse_without_commands(argv)


@pytest.mark.parametrize("argv", PLAIN, ids=" ".join)
def test_a_plain_command_line_reads_as_the_full_parser_reads_it(argv: list[str]) -> None:
    plain = _plain(argv)
    assert plain is not None
    assert vars(plain) == _full(argv)
    assert plain.handler is cmd_open


@pytest.mark.parametrize("argv", NOT_PLAIN, ids=" ".join)
def test_a_command_help_or_a_mistake_is_left_to_the_full_parser(argv: list[str]) -> None:
    assert _plain(argv) is None


@pytest.mark.parametrize("argv", ABBREVIATED, ids=" ".join)
def test_an_abbreviated_option_is_read_by_the_full_parser_as_the_app(argv: list[str]) -> None:
    assert _plain(argv) is None
    assert _full(argv)["handler"] is cmd_open


def _top_options() -> list[argparse.Action]:
    with argparse_in_our_language():
        full = build_parser()
    return [a for a in full._actions if a.option_strings and a.dest != "help"]  # no public list


def test_the_plain_reader_knows_the_full_parsers_top_level_options() -> None:
    options = _top_options()
    assert sorted(option for a in options for option in a.option_strings) == sorted(PLAIN_OPTIONS)
    for action in options:
        (name,) = action.option_strings
        destination, make = PLAIN_OPTIONS[name]
        assert destination == action.dest
        assert action.nargs is None  # one value each
        if action.type is not None:
            assert make is action.type
        for choice in action.choices or ():
            assert make(choice) == choice
        if action.choices:
            assert make("xx") is None
        # Not given: left out (SUPPRESS), except --theme, whose default the reader sets too.
        assert action.default == (None if name == "--theme" else argparse.SUPPRESS)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_rondom_help_still_lists_every_command(lang: str) -> None:
    set_language(lang)
    with argparse_in_our_language():
        full = build_parser()
    commands = next(a for a in full._actions if isinstance(a, argparse._SubParsersAction)).choices
    assert len(commands) > 10
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--lang", lang, "--help"]) == 0
    listed = out.getvalue()
    assert all(f"    {name} " in listed or f"    {name}\n" in listed for name in commands)
