"""The Tijdlijn's layout: where every event goes on a grid of lanes (rows) and time (columns).

Pure: events in, painted cells out. The widget and the export only copy what this returns, so
everything that can be wrong about the picture (overlapping periods, a date in the wrong column,
a lost event) is tested here, without a terminal.

Two steps, because they change at different moments:

- `arrange` (one zoom level) and `Stacking` (every zoom level, lanes equally tall at each), in
  `timeline_stacking`, place every event and waiting time: its lane, its sub-row and its
  absolute columns. They do not depend on panning, so sub-rows stay where they are while the
  user scrolls through time, and with `Stacking` lanes stay on their rows while zooming.
- `paint` cuts a window out of an arrangement and turns it into rows of glyphs with semantic
  paint names, the axis rows and a hit-test map. The meaning is in the glyph as well as in the
  paint (see `GLYPHS`), so a monochrome terminal or a printout loses nothing.

Time to columns (zoom levels, windows) lives in `timeline_grid`, the axis in `timeline_axis`,
moving around in `timeline_navigation`; this module re-exports what callers need.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from itertools import groupby

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Event, Lane
from rondom_tui.domain.timeline.axis import AxisRowKind, axis_rows
from rondom_tui.domain.timeline.grid import (
    DEFAULT_ZOOM,
    EPOCH,
    GLYPHS,
    LAST_DAY,
    VALENCE_PAINT,
    ZOOM_LEVELS,
    Paint,
    Window,
    ZoomLevel,
    absolute_column,
)
from rondom_tui.domain.timeline.labels import lane_short_name
from rondom_tui.domain.timeline.stacking import (
    Arrangement,
    LaneStack,
    Placement,
    Stacking,
    WaitSpan,
    arrange,
    date_range,
    event_days,
)

__all__ = [
    "DEFAULT_ZOOM",
    "EPOCH",
    "GLYPHS",
    "LAST_DAY",
    "ZOOM_LEVELS",
    "Arrangement",
    "Cursor",
    "EventExtent",
    "Frame",
    "LaneStack",
    "Paint",
    "PaintedRow",
    "Placement",
    "RowKind",
    "Span",
    "Stacking",
    "WaitSpan",
    "Window",
    "ZoomLevel",
    "absolute_column",
    "arrange",
    "date_range",
    "event_days",
    "layout",
    "paint",
]


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


@dataclass(frozen=True, slots=True)
class Span:
    """A run of cells with the same paint."""

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


@dataclass(frozen=True, slots=True)
class EventExtent:
    """Where an event is on screen: its frame row and its visible columns."""

    row: int
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class Frame:
    """One painted window: axis rows first, then the lane rows."""

    window: Window
    columns: int
    rows: tuple[PaintedRow, ...]
    axis_rows: int
    today_column: int | None
    """Relative column of today, or None when today is not on screen."""
    extents: Mapping[str, EventExtent]
    """The visible events only."""
    hits: Mapping[tuple[int, int], str]
    """(column, row) -> event id, for every cell an event is drawn in."""
    wait_extents: Mapping[str, EventExtent]
    """The visible waiting times, by the id of their referral."""

    def hit(self, column: int, row: int) -> str | None:
        return self.hits.get((column, row))

    def lane_rows(self, lane: Lane) -> range:
        """The frame rows of a lane (empty when the lane is not shown)."""
        rows = [i for i, row in enumerate(self.rows) if row.lane is lane]
        return range(rows[0], rows[-1] + 1) if rows else range(0)


# -- painting ---------------------------------------------------------------------------


def paint(
    arrangement: Arrangement,
    window: Window,
    columns: int,
    *,
    date_of_birth: PartialDate | None = None,
    selected_id: str | None = None,
    cursor: Cursor | None = None,
    lang: str,
) -> Frame:
    """Cut `window` (`columns` wide) out of an arrangement and paint it; the axis and the lane
    labels in `lang`.

    The selected event is painted `SELECTED` (its glyphs stay, so the valence still shows);
    a waiting time is painted `WAITING` with its own glyph (and an arrow while it goes on); the
    cursor is painted on the first sub-row of its lane; today's column gets a dotted line where
    no event is drawn.
    """
    if arrangement.zoom != window.zoom:
        raise ValueError("the arrangement was made for another zoom level")
    columns = max(0, columns)
    rows: list[PaintedRow] = []
    for kind, text, paints in axis_rows(
        window, columns, arrangement.today, date_of_birth, lang=lang
    ):
        rows.append(PaintedRow(_ROW_KIND[kind], "", _spans(text, paints)))
    axis_count = len(rows)
    today_column = window.column_of(arrangement.today)
    today_visible = 0 <= today_column < columns
    cursor_column = window.column_of(cursor.day) if cursor is not None else -1
    hits: dict[tuple[int, int], str] = {}
    extents: dict[str, EventExtent] = {}
    wait_extents: dict[str, EventExtent] = {}
    left, right = window.first_column, window.first_column + columns - 1
    for stack in arrangement.lanes:
        label = lane_short_name(stack.lane, lang=lang)
        for sub_row, placed in enumerate(stack.sub_rows):
            row_index = len(rows)
            chars = [" "] * columns
            paints = [Paint.BLANK] * columns
            for p in placed:
                if p.last < left or p.first > right:
                    continue
                if p.waiting:
                    wait_extents[p.event_id] = _paint_wait(p, row_index, left, chars, paints)
                    continue
                selected = p.event_id == selected_id
                valence_paint = VALENCE_PAINT[p.valence]
                lo, hi = max(p.first, left), min(p.last, right)
                for column in range(lo, hi + 1):
                    cell = column - left
                    if p.body_first <= column <= p.body_last:
                        chars[cell], paints[cell] = GLYPHS[p.valence], valence_paint
                    elif p.ongoing and column == p.last:
                        chars[cell], paints[cell] = GLYPHS["ongoing"], valence_paint
                    else:
                        chars[cell], paints[cell] = GLYPHS["uncertain"], Paint.UNCERTAIN
                    if selected:
                        paints[cell] = Paint.SELECTED
                    hits[(cell, row_index)] = p.event_id
                extents[p.event_id] = EventExtent(row_index, lo - left, hi - left)
            if today_visible and paints[today_column] is Paint.BLANK:
                chars[today_column], paints[today_column] = GLYPHS["today"], Paint.TODAY
            if (
                cursor is not None
                and cursor.lane is stack.lane
                and sub_row == 0
                and 0 <= cursor_column < columns
            ):
                if paints[cursor_column] in (Paint.BLANK, Paint.TODAY):
                    chars[cursor_column] = GLYPHS["cursor"]
                paints[cursor_column] = Paint.CURSOR
            rows.append(
                PaintedRow(
                    RowKind.LANE,
                    label if sub_row == 0 else "",
                    _spans("".join(chars), paints),
                    stack.lane,
                    sub_row,
                )
            )
    return Frame(
        window,
        columns,
        tuple(rows),
        axis_count,
        today_column if today_visible else None,
        extents,
        hits,
        wait_extents,
    )


def _paint_wait(
    placed: Placement, row: int, left: int, chars: list[str], paints: list[Paint]
) -> EventExtent:
    """Draw a waiting time's visible cells into frame row `row` (`chars` and `paints` are that
    row, whose first cell is absolute column `left`); returns where it is drawn."""
    lo, hi = max(placed.first, left), min(placed.last, left + len(chars) - 1)
    for column in range(lo, hi + 1):
        arrow = placed.ongoing and column == placed.last
        chars[column - left] = GLYPHS["ongoing" if arrow else "wait"]
        paints[column - left] = Paint.WAITING
    return EventExtent(row, lo - left, hi - left)


_ROW_KIND = {
    AxisRowKind.MAJOR: RowKind.AXIS_MAJOR,
    AxisRowKind.MINOR: RowKind.AXIS_MINOR,
    AxisRowKind.AGE: RowKind.AGE,
}


def _spans(text: str, paints: list[Paint]) -> tuple[Span, ...]:
    """Run-length encode cells with equal paint (grouped in C: most of a row is blank, and a
    tall lane has many blank rows)."""
    spans: list[Span] = []
    start = 0
    for paint_name, run in groupby(paints):
        end = start + len(list(run))
        spans.append(Span(text[start:end], paint_name))
        start = end
    return tuple(spans)


def layout(
    events: Iterable[Event],
    window: Window,
    columns: int,
    *,
    today: date,
    date_of_birth: PartialDate | None = None,
    waits: Iterable[WaitSpan] = (),
    lanes: Collection[Lane] | None = None,
    hide_empty: bool = False,
    selected_id: str | None = None,
    cursor: Cursor | None = None,
    lang: str,
) -> Frame:
    """`arrange` and `paint` in one call, for callers that do not keep the arrangement."""
    arrangement = arrange(
        events, window.zoom, today, waits=waits, lanes=lanes, hide_empty=hide_empty
    )
    return paint(
        arrangement,
        window,
        columns,
        date_of_birth=date_of_birth,
        selected_id=selected_id,
        cursor=cursor,
        lang=lang,
    )
