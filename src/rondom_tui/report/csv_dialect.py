"""CSV that opens right where people open it: a Dutch Excel by default, plain CSV on request.

A Dutch Excel reads a file with a double click only when the cells are separated by semicolons
(the comma is its decimal separator), the file starts with a UTF-8 byte order mark (without
one it guesses Windows-1252 and "ë" comes out as "Ã«") and decimals are written with a comma.
Everything else (scripts, R, pandas, an English Excel) wants the plain kind: commas, a decimal
point, no BOM. Every CSV rondom makes goes through `csv_bytes`, so a new report cannot forget
one of the three.

Cells are `str` (user text: a cell a spreadsheet would run as a formula is defused with a
leading ``'``), `int`, `float` (written with the dialect's decimal separator, so a number stays
a number in the spreadsheet) or `None` (an empty cell).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from rondom_tui.domain.text import clean_text

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | float | None
"""One cell of a row: text, a number, or nothing."""


class CsvDialect(StrEnum):
    """Which spreadsheet the CSV is for; the values are what `--csv-dialect` takes."""

    EXCEL_NL = "excel-nl"
    """A Dutch Excel: semicolons, UTF-8 with BOM, decimal comma (the default)."""
    COMMA = "comma"
    """Plain CSV: commas, UTF-8 without BOM, decimal point."""


DEFAULT_CSV_DIALECT = CsvDialect.EXCEL_NL


@dataclass(frozen=True, slots=True)
class _Style:
    delimiter: str
    decimal: str
    bom: bool


_STYLES = {
    CsvDialect.EXCEL_NL: _Style(delimiter=";", decimal=",", bom=True),
    CsvDialect.COMMA: _Style(delimiter=",", decimal=".", bom=False),
}


def csv_cell(text: str) -> str:
    """A cell a spreadsheet shows as text: no control character (a line break stays, quoted),
    and one starting like a formula gets a leading ``'``."""
    text = clean_text(text)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _cell(value: Cell, decimal: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):  # a bool is an int to Python, never a number to people
        raise TypeError("a CSV cell is text or a number")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value).replace(".", decimal)
    return csv_cell(value)


def csv_bytes(rows: Iterable[Sequence[Cell]], dialect: CsvDialect = DEFAULT_CSV_DIALECT) -> bytes:
    """`rows` (the header first) as the bytes of a CSV file in `dialect`, lines ending in CRLF
    as RFC 4180 and Excel have them."""
    style = _STYLES[dialect]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=style.delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow([_cell(value, style.decimal) for value in row])
    data = buffer.getvalue().encode("utf-8")
    return codecs.BOM_UTF8 + data if style.bom else data


__all__ = ["DEFAULT_CSV_DIALECT", "Cell", "CsvDialect", "csv_bytes", "csv_cell"]
