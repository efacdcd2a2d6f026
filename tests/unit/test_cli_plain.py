"""The plain `rondom [--store S] [--lang L] [--theme T]` is read without the full parser (so that
starting the app does not load every command's module), and reads exactly as the full parser
would; every other command line is left to the full parser."""

from __future__ import annotations

import argparse
import contextlib
import io

import pytest

from rondom_tui.cli.arguments import argparse_in_our_language
from rondom_tui.cli.open_app import cmd_open
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
    ["--sto", "s.rondom"],
    ["--th", "x"],
    ["--store", "list"],
]
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


def _top_options(parser: argparse.ArgumentParser) -> list[tuple[object, ...]]:
    return [
        (tuple(a.option_strings), a.dest, a.default, a.choices, a.nargs, a.type, a.help)
        for a in parser._actions  # the parser's own list: argparse has no public one
        if a.option_strings and a.dest != "help"
    ]


def test_the_plain_parser_has_the_full_parsers_top_level_options() -> None:
    with argparse_in_our_language():
        full = build_parser()
        plain_parser = _PlainCapture.parser()
    assert _top_options(plain_parser) == _top_options(full)


class _PlainCapture:
    """The parser `parse_without_commands` builds, caught as it parses."""

    @staticmethod
    def parser() -> argparse.ArgumentParser:
        caught: list[argparse.ArgumentParser] = []
        original = argparse.ArgumentParser.parse_args

        def catching(self: argparse.ArgumentParser, *args: object, **kwargs: object) -> object:
            caught.append(self)
            return original(self, *args, **kwargs)  # type: ignore[arg-type]

        argparse.ArgumentParser.parse_args = catching  # type: ignore[assignment,method-assign]
        try:
            parse_without_commands(["--store", "s"])
        finally:
            argparse.ArgumentParser.parse_args = original  # type: ignore[method-assign]
        return caught[0]


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
