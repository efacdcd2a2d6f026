"""A painted window of the Tijdlijn: the axis rows, then every lane's rows, cut out of a
`canvas.Canvas`, with the selection, today's line and the cursor on top.

Pure. A frame is cheap to make and works lazily: a row is cut and painted when asked for
(`row`), an event's place when asked for (`extent`, `hit`), so a widget that shows forty rows
of a picture with hundreds pays for forty. The whole picture (`rows`, `extents`, `hits`,
`captions`, `hidden`) is there too, for the exports and the tests.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Lane
from rondom_tui.domain.timeline.axis import AxisRowKind, axis_row_count, axis_rows
from rondom_tui.domain.timeline.canvas import CUTS_KEPT, Canvas
from rondom_tui.domain.timeline.edges import LaneEdges, cut_lane
from rondom_tui.domain.timeline.grid import Window, absolute_column
from rondom_tui.domain.timeline.labels import lane_short_name
from rondom_tui.domain.timeline.picture import EventExtent, mark_selection
from rondom_tui.domain.timeline.rows import (
    Cursor,
    PaintedRow,
    RowKind,
    Span,
    mark_today_and_cursor,
    quick_spans,
    spans,
)
from rondom_tui.domain.timeline.words import Caption, HiddenCount

_ROW_KIND = {
    AxisRowKind.MAJOR: RowKind.AXIS_MAJOR,
    AxisRowKind.MINOR: RowKind.AXIS_MINOR,
    AxisRowKind.AGE: RowKind.AGE,
}


class Frame:
    """One painted window of a canvas: axis rows first, then the lane rows."""

    __slots__ = (
        "_axis",
        "_edges",
        "_lane_index",
        "_left",
        "_rows",
        "_selection",
        "_tops",
        "axis_rows",
        "canvas",
        "columns",
        "cursor",
        "date_of_birth",
        "lang",
        "row_count",
        "selected_id",
        "today_column",
        "window",
    )

    def __init__(
        self,
        canvas: Canvas,
        window: Window,
        columns: int,
        *,
        date_of_birth: PartialDate | None = None,
        selected_id: str | None = None,
        cursor: Cursor | None = None,
        lang: str,
    ) -> None:
        columns = max(0, columns)
        if not canvas.holds(window, columns):
            raise ValueError("the window lies outside the canvas")
        today = canvas.arrangement.today
        self.canvas = canvas
        self.window = window
        self.columns = columns
        """Width of the time area."""
        self.selected_id = selected_id
        self.cursor = cursor
        self.lang = lang
        self.date_of_birth = date_of_birth
        self._left = window.first_column - canvas.first
        self._axis: list[PaintedRow] | None = None
        self.axis_rows = axis_row_count(date_of_birth)
        """How many rows the axis takes (they come first)."""
        column = window.column_of(today)
        self.today_column = column if 0 <= column < columns else None
        """Relative column of today, or None when today is not on screen."""
        self._tops: list[int] = []
        top = self.axis_rows
        for lane in canvas.lanes:
            self._tops.append(top)
            top += lane.depth
        self.row_count = top
        """How many rows the picture has, axis included."""
        self._lane_index = {lane.lane: i for i, lane in enumerate(canvas.lanes)}
        self._edges: dict[int, LaneEdges] = {}
        self._rows: dict[int, PaintedRow] = {}
        self._selection: tuple[EventExtent | None, Caption | None] | None = None

    # -- what is where ------------------------------------------------------------------

    @property
    def lanes(self) -> tuple[Lane, ...]:
        """The lanes shown, top to bottom."""
        return tuple(lane.lane for lane in self.canvas.lanes)

    def lane_rows(self, lane: Lane) -> range:
        """The frame rows of a lane (empty when the lane is not shown)."""
        index = self._lane_index.get(lane)
        if index is None:
            return range(0)
        return range(self._tops[index], self._tops[index] + self.canvas.lanes[index].depth)

    def same_picture(self, other: Frame) -> bool:
        """Whether `other` differs from this frame in its selection and cursor at most."""
        return (
            other.canvas is self.canvas
            and other.window == self.window
            and other.columns == self.columns
            and other.lang == self.lang
            and other.date_of_birth == self.date_of_birth
        )

    def lanes_drawn_otherwise(self, other: Frame) -> list[int] | None:
        """The lanes (by index) this frame draws otherwise than `other` does, when both show the
        same window with the same lanes as tall (after an edit: the lane or two it touched);
        None when more differs (every row may)."""
        if not (
            other.window == self.window
            and other.columns == self.columns
            and other.lang == self.lang
            and other.date_of_birth == self.date_of_birth
            and other.canvas.arrangement.today == self.canvas.arrangement.today
        ):
            return None
        mine, theirs = self.canvas.lanes, other.canvas.lanes
        if [(lane.lane, lane.depth) for lane in mine] != [
            (lane.lane, lane.depth) for lane in theirs
        ]:
            return None
        return [i for i, (a, b) in enumerate(zip(mine, theirs, strict=True)) if a is not b]

    def marked_rows(self) -> set[int]:
        """The rows the selection or the cursor paint."""
        rows: set[int] = set()
        if self.cursor is not None and self.cursor.lane in self._lane_index:
            rows.add(self.lane_rows(self.cursor.lane).start)
        extent, caption = self._selected()
        rows |= {found.row for found in (extent, caption) if found is not None}
        return rows

    def _lane_of(self, row: int) -> tuple[int, int]:
        """(lane index, lane row) of a frame row below the axis."""
        index = bisect_right(self._tops, row) - 1
        return index, row - self._tops[index]

    def _edges_of(self, index: int) -> LaneEdges:
        edges = self._edges.get(index)
        if edges is None:
            canvas = self.canvas
            key = (index, self._left, self.columns)
            edges = canvas.cuts.pop(key, None)
            if edges is None:
                edges = cut_lane(
                    canvas.lanes[index],
                    canvas.first,
                    self._left,
                    self.columns,
                    words=canvas.words,
                    disputed=canvas.disputed,
                )
                while len(canvas.cuts) >= CUTS_KEPT:
                    del canvas.cuts[next(iter(canvas.cuts))]
            canvas.cuts[key] = edges
            self._edges[index] = edges
        return edges

    def _on_screen(self, first: int, last: int) -> bool:
        return last >= self._left and first < self._left + self.columns

    def extent(self, event_id: str) -> EventExtent | None:
        """Where event `event_id` is drawn in this frame; None when it is not on screen."""
        stack = self.canvas.arrangement.lane_of(event_id)
        index = self._lane_index.get(stack.lane) if stack is not None else None
        if index is None:
            return None
        found = self.canvas.lanes[index].extents.get(event_id)
        if found is None or not self._on_screen(found.first, found.last):
            return None
        return self._shifted(index, found)

    def _shifted(self, index: int, extent: EventExtent) -> EventExtent:
        left = self._left
        first = max(extent.first, left) - left
        last = min(extent.last, left + self.columns - 1) - left
        return EventExtent(self._tops[index] + extent.row, first, last)

    def caption(self, event_id: str) -> Caption | None:
        """The words drawn for event `event_id` (frame row and column); None without."""
        stack = self.canvas.arrangement.lane_of(event_id)
        index = self._lane_index.get(stack.lane) if stack is not None else None
        if index is None or self.extent(event_id) is None:
            return None
        edges = self._edges_of(index)
        top = self._tops[index]
        for caption in edges.captions:
            if caption.event_id == event_id:
                return caption.moved(top, 0)
        lane = self.canvas.lanes[index]
        number = lane.caption_index.get(event_id)
        if event_id in edges.dropped or number is None:
            return None
        return lane.captions[number].moved(top, -self._left)

    def hit(self, column: int, row: int) -> str | None:
        """The event drawn in a cell (its glyphs or its words), if any."""
        if not (0 <= column < self.columns and self.axis_rows <= row < self.row_count):
            return None
        index, lane_row = self._lane_of(row)
        edges = self._edges_of(index)
        found = edges.hits.get((column, lane_row))
        if found is not None:
            return found
        found = self.canvas.lanes[index].hit(column + self._left, lane_row)
        if found is not None and found in edges.dropped:
            for erased_row, first, last in edges.erased:
                if erased_row == lane_row and first <= column <= last:
                    return None
        return found

    # -- the whole picture --------------------------------------------------------------

    @property
    def rows(self) -> tuple[PaintedRow, ...]:
        return tuple(self.row(i) for i in range(self.row_count))

    @property
    def extents(self) -> Mapping[str, EventExtent]:
        """The visible events only."""
        return self._on_screen_of([lane.extents for lane in self.canvas.lanes])

    @property
    def wait_extents(self) -> Mapping[str, EventExtent]:
        """The visible waiting times, by the id of their referral."""
        return self._on_screen_of([lane.wait_extents for lane in self.canvas.lanes])

    def _on_screen_of(self, lanes: list[Mapping[str, EventExtent]]) -> dict[str, EventExtent]:
        return {
            item_id: self._shifted(index, extent)
            for index, extents in enumerate(lanes)
            for item_id, extent in extents.items()
            if self._on_screen(extent.first, extent.last)
        }

    @property
    def hits(self) -> Mapping[tuple[int, int], str]:
        """(column, row) -> event id, for every cell an event is drawn in."""
        found: dict[tuple[int, int], str] = {}
        left, right = self._left, self._left + self.columns - 1
        for index, lane in enumerate(self.canvas.lanes):
            top = self._tops[index]
            for lane_row, runs in enumerate(lane.hit_runs):
                for first, last, _ in runs:
                    for column in range(max(first, left), min(last, right) + 1):
                        hit = self.hit(column - left, top + lane_row)
                        if hit is not None:
                            found[(column - left, top + lane_row)] = hit
            for (column, lane_row), event_id in self._edges_of(index).hits.items():
                found[(column, top + lane_row)] = event_id
        return found

    @property
    def captions(self) -> Mapping[str, Caption]:
        """The words drawn for visible events, by event id (frame rows)."""
        found: dict[str, Caption] = {}
        left, right = self._left, self._left + self.columns - 1
        for index, lane in enumerate(self.canvas.lanes):
            edges, top = self._edges_of(index), self._tops[index]
            for caption, (first, last, event_first, event_last) in zip(
                lane.captions, lane.caption_reach, strict=True
            ):
                if first >= left and last <= right and event_last >= left and event_first <= right:
                    found[caption.event_id] = caption.moved(top, -left)
            for caption in edges.captions:
                found[caption.event_id] = caption.moved(top, 0)
        return found

    @property
    def hidden(self) -> tuple[HiddenCount, ...]:
        """The visible events without words, counted ("+3"; frame rows)."""
        found: list[HiddenCount] = []
        left, right = self._left, self._left + self.columns - 1
        for index, lane in enumerate(self.canvas.lanes):
            edges, top = self._edges_of(index), self._tops[index]
            for count, (first, last, lowest_last, highest_first) in zip(
                lane.counts, lane.count_reach, strict=True
            ):
                if (
                    first >= left
                    and last <= right
                    and lowest_last >= left
                    and highest_first <= right
                ):
                    found.append(HiddenCount(top + count.row, first - left, count.event_ids))
            for count in (*edges.counts, *((edges.gutter,) if edges.gutter else ())):
                found.append(HiddenCount(top + count.row, count.first, count.event_ids))
        return tuple(found)

    # -- painting -----------------------------------------------------------------------

    def row(self, index: int) -> PaintedRow:
        """Row `index` of the picture, painted when first asked for."""
        if index < self.axis_rows:
            if self._axis is None:
                self._axis = [
                    PaintedRow(_ROW_KIND[kind], "", spans(list(text), paints))
                    for kind, text, paints in axis_rows(
                        self.window,
                        self.columns,
                        self.canvas.arrangement.today,
                        self.date_of_birth,
                        lang=self.lang,
                    )
                ]
            return self._axis[index]
        found = self._rows.get(index)
        if found is None:
            found = self._paint_lane_row(index)
            self._rows[index] = found
        return found

    def plain(self, row: int) -> tuple[int, int] | None:
        """(lane index, lane row) when frame row `row` is its canvas row as it is, with
        today's line (`canvas_row`) cut at `left`: no edge of the window, no selection and no
        cursor changes it. Most rows are; a viewer may keep canvas rows and only cut them."""
        if not self.axis_rows <= row < self.row_count:
            return None
        index, lane_row = self._lane_of(row)
        cursor = self.cursor
        if lane_row in self._edges_of(index).rows or (
            cursor is not None and lane_row == 0 and cursor.lane is self.canvas.lanes[index].lane
        ):
            return None
        if any(found is not None and found.row == row for found in self._selected()):
            return None
        return index, lane_row

    @property
    def left(self) -> int:
        """The window's first column, counted from the canvas's first."""
        return self._left

    def canvas_row(self, index: int, lane_row: int) -> tuple[Span, ...]:
        """Row `lane_row` of lane `index` over the whole canvas, with today's line."""
        canvas = self.canvas
        today = absolute_column(canvas.arrangement.today, canvas.zoom) - canvas.first
        on_canvas = today if 0 <= today < canvas.columns else None
        return quick_spans(canvas.lanes[index].rows[lane_row], 0, canvas.columns, on_canvas)

    def label(self, row: int) -> str:
        """The gutter's text of a row: the lane's name on its first, the events counted under
        it on the row given to them."""
        if not self.axis_rows <= row < self.row_count:
            return ""
        index, lane_row = self._lane_of(row)
        if lane_row == 0:
            return lane_short_name(self.canvas.lanes[index].lane, lang=self.lang)
        gutter = self._edges_of(index).gutter
        return gutter.text if gutter is not None and gutter.row == lane_row else ""

    def _paint_lane_row(self, row: int) -> PaintedRow:
        index, lane_row = self._lane_of(row)
        lane = self.canvas.lanes[index]
        if self.plain(row) is not None:
            painted = quick_spans(lane.rows[lane_row], self._left, self.columns, self.today_column)
        else:
            cursor, cursor_column = self.cursor, None
            if cursor is not None and cursor.lane is lane.lane and lane_row == 0:
                column = self.window.column_of(cursor.day)
                cursor_column = column if 0 <= column < self.columns else None
            chars, paints = lane.rows[lane_row].cut(self._left, self.columns)
            self._edges_of(index).paint(lane_row, self.window.first_column, chars, paints)
            mark_selection(row, *self._selected(), chars, paints)
            mark_today_and_cursor(self.today_column, cursor_column, chars, paints)
            painted = spans(chars, paints)
        return PaintedRow(RowKind.LANE, self.label(row), painted, lane.lane, lane_row)

    def _selected(self) -> tuple[EventExtent | None, Caption | None]:
        """Where the selected event and its words are (frame rows), found once."""
        if self._selection is None:
            event_id = self.selected_id or ""
            extent = self.extent(event_id) if self.selected_id is not None else None
            self._selection = (extent, self.caption(event_id) if extent is not None else None)
        return self._selection
