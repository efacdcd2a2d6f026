"""Rows of the Tijdlijn as a frame hands them out: a gutter label and runs of cells with one
paint (`Span`), and the two ways a lane row is made from the canvas.

Pure. Most rows of a window are exactly the canvas's cells with today's line and perhaps the
cursor on top; `quick_spans` makes those straight from the canvas's runs, in proportion to
the runs and not to the width (a frame repaints every row on a pan). A row that the window's
edges or the selection change is painted cell by cell (`Runs.cut`, then `spans`); both give
the same spans for the same cells.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from itertools import groupby
from typing import NamedTuple

from rondom_tui.domain.models import Lane
from rondom_tui.domain.timeline.grid import GLYPHS, Paint
from rondom_tui.domain.timeline.lane_canvas import Runs


class RowKind(StrEnum):
    AXIS_MAJOR = "axis_major"
    AXIS_MINOR = "axis_minor"
    AGE = "age"
    LANE = "lane"


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where the user is when no event is selected: a lane and a day."""

    lane: Lane
    day: date
    exact: bool = False
    """The day is known to the day (today, after `t`), not a column the user pointed at; a new
    event here starts on that day whatever the zoom."""


class Span(NamedTuple):
    """A run of cells with the same paint (a named tuple: a frame makes thousands)."""

    text: str
    paint: Paint


@dataclass(frozen=True, slots=True)
class PaintedRow:
    """One line of the picture: a label for the left gutter and exactly `columns` cells."""

    kind: RowKind
    label: str
    spans: tuple[Span, ...]
    lane: Lane | None = None
    sub_row: int = 0

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)


_CURSOR_OVER = (Paint.BLANK, Paint.TODAY)
"""The cursor's glyph shows where nothing else is drawn; elsewhere it only paints."""


def spans(cells: list[str], paints: list[Paint]) -> tuple[Span, ...]:
    """Run-length encode cells with equal paint. A cell is one string: a wide character's
    second cell is empty."""
    found: list[Span] = []
    start = 0
    for paint_name, run in groupby(paints):
        end = start + len(list(run))
        found.append(Span("".join(cells[start:end]), paint_name))
        start = end
    return tuple(found)


def mark_today_and_cursor(
    today: int | None, cursor: int | None, chars: list[str], paints: list[Paint]
) -> None:
    """Today's dotted line where the cell is blank, then the cursor (columns, or None)."""
    if today is not None and paints[today] is Paint.BLANK:
        chars[today], paints[today] = GLYPHS["today"], Paint.TODAY
    if cursor is not None:
        if paints[cursor] in _CURSOR_OVER:
            chars[cursor] = GLYPHS["cursor"]
        paints[cursor] = Paint.CURSOR


_Piece = tuple[int, int, tuple[str, ...] | None, Paint]
"""First column, end column, cells (None: blank) and paint of a stretch of a row."""


def quick_spans(runs: Runs, left: int, columns: int, today: int | None) -> tuple[Span, ...]:
    """The spans of `runs` cut at `left` (`columns` wide) with today's line on top, as
    `Runs.cut`, `mark_today_and_cursor` and `spans` would make them, without a list of cells."""
    pieces: list[_Piece] = []
    at = 0
    for first, cells, paint in runs.within(left, columns):
        if today is not None and first <= today < first + len(cells):
            today = None  # today's line shows only where nothing else is drawn
        if first > at:
            pieces.append((at, first, None, Paint.BLANK))
        pieces.append((first, first + len(cells), cells, paint))
        at = first + len(cells)
    if at < columns:
        pieces.append((at, columns, None, Paint.BLANK))
    found: list[Span] = []
    for first, end, drawn, paint in pieces:
        if drawn is not None:
            found.append(Span("".join(drawn), paint))
        elif today is not None and first <= today < end:
            if today > first:
                found.append(Span(" " * (today - first), paint))
            found.append(Span(GLYPHS["today"], Paint.TODAY))
            if end > today + 1:
                found.append(Span(" " * (end - today - 1), paint))
        else:
            found.append(Span(" " * (end - first), paint))
    return tuple(found)
