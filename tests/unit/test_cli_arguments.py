"""The one private argparse name we still use (its module-level `_`, see cli/arguments.py) and
the texts we translate through it. These fail loudly, naming what moved, when a Python upgrade
changes argparse under us; without them the command line would quietly turn English."""

from __future__ import annotations

import argparse
import ast
import gettext
import inspect

import pytest

from rondom_tui.cli.arguments import ARGPARSE_TEXTS, Parser, argparse_in_our_language
from rondom_tui.cli.csv_option import add_csv_dialect_option, csv_dialect_of
from rondom_tui.i18n import catalog, set_language
from rondom_tui.report.csv_dialect import CsvDialect


def _argparse_message_ids() -> set[str]:
    """Every literal text argparse's source passes to `_(...)` or `ngettext(...)`."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in {"_", "ngettext"}
        ):
            found.update(
                arg.value
                for arg in node.args
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            )
    return found


def test_argparse_still_translates_through_its_module_level_gettext() -> None:
    assert getattr(argparse, "_", None) is gettext.gettext, (
        "argparse no longer keeps `gettext` as its module-level `_`: "
        "cli/arguments.py argparse_in_our_language() swaps nothing any more"
    )


def test_every_text_we_translate_is_still_one_of_argparse_s() -> None:
    gone = sorted(set(ARGPARSE_TEXTS) - _argparse_message_ids())
    assert not gone, (
        f"argparse no longer says {gone}: find its new words in argparse.py and update "
        "ARGPARSE_TEXTS in cli/arguments.py (and the catalogue's English text)"
    )


def test_every_text_we_translate_has_a_catalogue_entry_in_argparse_s_english() -> None:
    for english, message_id in ARGPARSE_TEXTS.items():
        assert catalog()[message_id][1] == english, message_id


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_argparse_looks_its_texts_up_when_it_uses_them(lang: str) -> None:
    """The swap works only because argparse reads `_` at call time, not at import."""
    set_language(lang)
    try:
        with argparse_in_our_language():
            parser = Parser(prog="rondom", exit_on_error=False)
            parser.add_argument("--cases", type=int)
            usage = parser.format_usage()
            helptext = parser.format_help()
            with pytest.raises(argparse.ArgumentError) as caught:
                parser.parse_args(["--cases", "veel"])
            # ArgumentError makes its text when it is shown: still inside the swap
            said = str(caught.value)
    finally:
        set_language("nl")
    if lang == "nl":
        assert usage.startswith("gebruik: rondom")
        assert "opties:" in helptext and "toon deze hulp en stop" in helptext
        assert said == "bij --cases: ongeldige waarde (int verwacht): 'veel'"
    else:
        assert usage.startswith("usage: rondom")
        assert "options:" in helptext and "show this help message and exit" in helptext
        assert said == "argument --cases: invalid int value: 'veel'"
    assert argparse._ is gettext.gettext  # type: ignore[attr-defined]  # put back afterwards


def test_a_command_that_writes_csv_makes_it_for_a_dutch_excel_unless_told_comma(capsys) -> None:
    with argparse_in_our_language():
        parser = Parser(prog="rondom")
        add_csv_dialect_option(parser)
        assert csv_dialect_of(parser.parse_args([])) is CsvDialect.EXCEL_NL
        assert csv_dialect_of(parser.parse_args(["--csv-dialect", "comma"])) is CsvDialect.COMMA
        with pytest.raises(SystemExit) as exited:
            parser.parse_args(["--csv-dialect", "tab"])
    assert exited.value.code == 2
    assert "excel-nl" in capsys.readouterr().err
