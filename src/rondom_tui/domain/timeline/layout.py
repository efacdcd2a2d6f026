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
from dataclasses import dataclass, field
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
    ZOOM_LEVELS,
    Paint,
    Window,
    ZoomLevel,
    absolute_column,
)
from rondom_tui.domain.timeline.labels import lane_short_name
from rondom_tui.domain.timeline.picture import EventExtent, draw_lane
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
from rondom_tui.domain.timeline.words import Caption, HiddenCount

__all__ = [
    "DEFAULT_ZOOM",
    "EPOCH",
    "GLYPHS",
    "LAST_DAY",
    "ZOOM_LEVELS",
    "Arrangement",
    "Caption",
    "Cursor",
    "EventExtent",
    "Frame",
    "HiddenCount",
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
    captions: Mapping[str, Caption] = field(default_factory=dict)
    """The words drawn for visible events, by event id (frame rows)."""
    hidden: tuple[HiddenCount, ...] = ()
    """The visible events without words, counted ("+3"; frame rows)."""

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
    words: Mapping[str, str] | None = None,
    disputed: Collection[str] = (),
    lang: str,
) -> Frame:
    """Cut `window` (`columns` wide) out of an arrangement and paint it; the axis and the lane
    labels in `lang`.

    `words` (event id -> title as it may be shown) are written beside the glyphs
    (`words.place_words`); events in `disputed` get their mark. The selected event is painted
    `SELECTED` with brackets around it (its glyphs stay, so the valence still shows); a waiting
    time is painted `WAITING` with its own glyph (and an arrow while it goes on); the cursor is
    painted on the first row of its lane; today's column gets a dotted line where nothing else
    is drawn.
    """
    if arrangement.zoom != window.zoom:
        raise ValueError("the arrangement was made for another zoom level")
    columns = max(0, columns)
    rows: list[PaintedRow] = []
    for kind, text, paints in axis_rows(
        window, columns, arrangement.today, date_of_birth, lang=lang
    ):
        rows.append(PaintedRow(_ROW_KIND[kind], "", _spans(list(text), paints)))
    axis_count = len(rows)
    today_column = window.column_of(arrangement.today)
    today_visible = 0 <= today_column < columns
    cursor_column = window.column_of(cursor.day) if cursor is not None else -1
    hits: dict[tuple[int, int], str] = {}
    extents: dict[str, EventExtent] = {}
    wait_extents: dict[str, EventExtent] = {}
    captions: dict[str, Caption] = {}
    hidden: list[HiddenCount] = []
    for stack in arrangement.lanes:
        top = len(rows)
        cells = draw_lane(
            stack,
            window.first_column,
            columns,
            top,
            words=words,
            disputed=disputed,
            selected_id=selected_id,
        )
        hits.update(cells.hits)
        extents.update(cells.extents)
        wait_extents.update(cells.wait_extents)
        captions.update(cells.captions)
        hidden += cells.hidden
        gutter = {count.row - top: count.text for count in cells.hidden if count.first is None}
        gutter[0] = lane_short_name(stack.lane, lang=lang)
        for sub_row, (chars, paints) in enumerate(zip(cells.chars, cells.paints, strict=True)):
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
                    gutter.get(sub_row, ""),
                    _spans(chars, paints),
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
        captions,
        tuple(hidden),
    )


_ROW_KIND = {
    AxisRowKind.MAJOR: RowKind.AXIS_MAJOR,
    AxisRowKind.MINOR: RowKind.AXIS_MINOR,
    AxisRowKind.AGE: RowKind.AGE,
}


def _spans(cells: list[str], paints: list[Paint]) -> tuple[Span, ...]:
    """Run-length encode cells with equal paint (grouped in C: most of a row is blank, and a
    tall lane has many blank rows). A cell is one string: a wide character's second cell is
    empty."""
    spans: list[Span] = []
    start = 0
    for paint_name, run in groupby(paints):
        end = start + len(list(run))
        spans.append(Span("".join(cells[start:end]), paint_name))
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
    words: Mapping[str, str] | None = None,
    disputed: Collection[str] = (),
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
        words=words,
        disputed=disputed,
        lang=lang,
    )
