"""`--csv-dialect`, for every command that writes CSV (docs/DECISIONS.md, "CSV is made for a
Dutch Excel unless asked otherwise").

Its own module, not `arguments`: the plain `rondom` (the app) reads its command line with
`arguments` and needs nothing of the reports before the unlock screen shows
(tests/unit/test_start_imports.py).
"""

from __future__ import annotations

import argparse

from rondom_tui.i18n import t
from rondom_tui.report.csv_dialect import DEFAULT_CSV_DIALECT, CsvDialect

__all__ = ["add_csv_dialect_option", "csv_dialect_of"]


def add_csv_dialect_option(command: argparse.ArgumentParser) -> None:
    """`--csv-dialect excel-nl|comma`, for every command that writes CSV: a file for a Dutch
    Excel (the default) or plain CSV. `csv_dialect_of(args)` reads it back."""
    command.add_argument(
        "--csv-dialect",
        choices=[dialect.value for dialect in CsvDialect],
        default=DEFAULT_CSV_DIALECT.value,
        help=t("cli.help.csv_dialect"),
    )


def csv_dialect_of(args: argparse.Namespace) -> CsvDialect:
    """The CSV dialect a command line asked for (see `add_csv_dialect_option`)."""
    return CsvDialect(getattr(args, "csv_dialect", DEFAULT_CSV_DIALECT.value))
