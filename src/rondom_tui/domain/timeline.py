"""The Tijdlijn's layout: where every event goes on a grid of lanes (rows) and time (columns).

Pure: events in, painted cells out. The widget and the export only copy what this returns, so
everything that can be wrong about the picture (overlapping periods, a date in the wrong column,
a lost event) is tested here, without a terminal.

Two steps, because they change at different moments:

- `arrange` places every event at one zoom level: its lane, its sub-row and its absolute
  columns. It depends on the events, the zoom, the lanes shown and today, not on panning, so
  sub-rows stay where they are while the user scrolls through time.
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
from functools import lru_cache

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Event, Lane
from rondom_tui.domain.timeline_axis import AxisRowKind, axis_rows
from rondom_tui.domain.timeline_grid import (
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
from rondom_tui.domain.timeline_labels import lane_short_name

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
    "Window",
    "ZoomLevel",
    "absolute_column",
    "arrange",
    "date_range",
    "event_days",
    "layout",
    "paint",
]

GAP = 1
"""Blank columns kept between two events on one sub-row, so two `+` points never read as a
period."""
FREE = -(10**9)
"""The 'last used column' of an empty sub-row: far left of anything."""


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


@dataclass(frozen=True, slots=True)
class Placement:
    """One event placed at one zoom level, in absolute columns.

    `first..last` is everything drawn for the event, the uncertain margins included;
    `body_first..body_last` is drawn with the valence glyph (anchor of the start to anchor of
    the end); an ongoing period has its arrow in `last`.
    """

    event_id: str
    lane: Lane
    sub_row: int
    valence: int
    first: int
    body_first: int
    body_last: int
    last: int
    ongoing: bool


@dataclass(frozen=True, slots=True)
class LaneStack:
    """A lane's events stacked on sub-rows; no two placements in a sub-row share a column."""

    lane: Lane
    sub_rows: tuple[tuple[Placement, ...], ...]
    """At least one sub-row (possibly empty); each sorted by `first`."""


@dataclass(frozen=True, slots=True)
class Arrangement:
    """Every event placed at one zoom level; input to `paint`."""

    zoom: int
    today: date
    lanes: tuple[LaneStack, ...]
    placements: Mapping[str, Placement]

    @property
    def lane_row_count(self) -> int:
        return sum(len(stack.sub_rows) for stack in self.lanes)


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

    def hit(self, column: int, row: int) -> str | None:
        return self.hits.get((column, row))

    def lane_rows(self, lane: Lane) -> range:
        """The frame rows of a lane (empty when the lane is not shown)."""
        rows = [i for i, row in enumerate(self.rows) if row.lane is lane]
        return range(rows[0], rows[-1] + 1) if rows else range(0)


# -- arranging --------------------------------------------------------------------------


@lru_cache(maxsize=16_384)
def date_range(value: PartialDate) -> tuple[date, date, date]:
    """(earliest, anchor, latest) of a partial date. Cached: a case's dates are laid out again
    at every zoom step and each of these is a few date calculations."""
    earliest, latest = value.earliest(), value.latest()
    return earliest, earliest + (latest - earliest) // 2, latest


def event_days(event: Event, today: date) -> tuple[date, date, date, date]:
    """(earliest, body start, body end, latest) of an event, in days.

    The body runs from the anchor of the start to the anchor of the end (or today for an
    ongoing period); earliest and latest widen it by what the partial dates leave open. A known
    end wins over the `ongoing` flag. An end written before its start is read as the start.
    """
    earliest, body_first, start_latest = date_range(event.start)
    if event.end is not None:
        _, end_anchor, end_latest = date_range(event.end)
        body_last = max(body_first, end_anchor)
        return earliest, body_first, body_last, max(body_last, end_latest)
    if event.ongoing:
        body_last = max(body_first, today)
        return earliest, body_first, body_last, body_last
    return earliest, body_first, body_first, max(body_first, start_latest)


Geometry = tuple[int, int, int, int, bool]
"""(first, body_first, body_last, last, ongoing) in absolute columns; see `Placement`."""


def _geometry(event: Event, zoom: int, today: date) -> Geometry:
    earliest, body_start, body_end, latest = event_days(event, today)
    first, body_first = absolute_column(earliest, zoom), absolute_column(body_start, zoom)
    body_last, last = absolute_column(body_end, zoom), absolute_column(latest, zoom)
    ongoing = event.end is None and event.ongoing
    if ongoing:
        last = max(body_last, body_first + 1)
        body_last = last - 1
    return first, body_first, body_last, last, ongoing


def arrange(
    events: Iterable[Event],
    zoom: int,
    today: date,
    *,
    lanes: Collection[Lane] | None = None,
    hide_empty: bool = False,
) -> Arrangement:
    """Place every event of the shown lanes at `zoom`, stacking overlaps on sub-rows.

    Each event goes on the first sub-row of its lane where it keeps `GAP` blank columns from
    the previous one (events taken by first column), the classic greedy interval colouring: it
    uses as few sub-rows as the busiest moment needs, and a change in one year does not reshuffle
    another. `lanes` limits the lanes shown (display order stays that of `Lane`); `hide_empty`
    drops lanes without events.
    """
    shown = [lane for lane in Lane if lanes is None or lane in lanes]
    pending: dict[Lane, list[tuple[Geometry, Event]]] = {lane: [] for lane in shown}
    for event in events:
        if event.lane in pending:
            pending[event.lane].append((_geometry(event, zoom, today), event))
    stacks: list[LaneStack] = []
    placements: dict[str, Placement] = {}
    for lane in shown:
        items = sorted(pending[lane], key=lambda item: (item[0][0], item[0][3], item[1].id))
        if hide_empty and not items:
            continue
        sub_rows: list[list[Placement]] = [[]]
        ends: list[int] = [FREE]
        for (first, body_first, body_last, last, ongoing), event in items:
            index = next((i for i, end in enumerate(ends) if first > end + GAP), None)
            if index is None:
                index = len(sub_rows)
                sub_rows.append([])
                ends.append(FREE)
            placement = Placement(
                event.id, lane, index, event.valence, first, body_first, body_last, last, ongoing
            )
            sub_rows[index].append(placement)
            ends[index] = last
            placements[event.id] = placement
        stacks.append(LaneStack(lane, tuple(tuple(row) for row in sub_rows)))
    return Arrangement(zoom, today, tuple(stacks), placements)


# -- painting ---------------------------------------------------------------------------


def paint(
    arrangement: Arrangement,
    window: Window,
    columns: int,
    *,
    date_of_birth: PartialDate | None = None,
    selected_id: str | None = None,
    cursor: Cursor | None = None,
) -> Frame:
    """Cut `window` (`columns` wide) out of an arrangement and paint it.

    The selected event is painted `SELECTED` (its glyphs stay, so the valence still shows);
    the cursor is painted on the first sub-row of its lane; today's column gets a dotted line
    where no event is drawn.
    """
    if arrangement.zoom != window.zoom:
        raise ValueError("the arrangement was made for another zoom level")
    columns = max(0, columns)
    rows: list[PaintedRow] = []
    for kind, text, paints in axis_rows(window, columns, arrangement.today, date_of_birth):
        rows.append(PaintedRow(_ROW_KIND[kind], "", _spans(text, paints)))
    axis_count = len(rows)
    today_column = window.column_of(arrangement.today)
    today_visible = 0 <= today_column < columns
    cursor_column = window.column_of(cursor.day) if cursor is not None else -1
    hits: dict[tuple[int, int], str] = {}
    extents: dict[str, EventExtent] = {}
    left, right = window.first_column, window.first_column + columns - 1
    for stack in arrangement.lanes:
        label = lane_short_name(stack.lane)
        for sub_row, placed in enumerate(stack.sub_rows):
            row_index = len(rows)
            chars = [" "] * columns
            paints = [Paint.BLANK] * columns
            for p in placed:
                if p.last < left or p.first > right:
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
    )


_ROW_KIND = {
    AxisRowKind.MAJOR: RowKind.AXIS_MAJOR,
    AxisRowKind.MINOR: RowKind.AXIS_MINOR,
    AxisRowKind.AGE: RowKind.AGE,
}


def _spans(text: str, paints: list[Paint]) -> tuple[Span, ...]:
    """Run-length encode cells with equal paint."""
    spans: list[Span] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or paints[i] is not paints[start]:
            spans.append(Span(text[start:i], paints[start]))
            start = i
    return tuple(spans)


def layout(
    events: Iterable[Event],
    window: Window,
    columns: int,
    *,
    today: date,
    date_of_birth: PartialDate | None = None,
    lanes: Collection[Lane] | None = None,
    hide_empty: bool = False,
    selected_id: str | None = None,
    cursor: Cursor | None = None,
) -> Frame:
    """`arrange` and `paint` in one call, for callers that do not keep the arrangement."""
    arrangement = arrange(events, window.zoom, today, lanes=lanes, hide_empty=hide_empty)
    return paint(
        arrangement,
        window,
        columns,
        date_of_birth=date_of_birth,
        selected_id=selected_id,
        cursor=cursor,
    )
