"""Drawing the Tijdlijn, as a part of `TimelineView`: which canvas a window is cut from, the
frame on screen, the lines a change touches, and the lines themselves as `Strip`s.

Speed is the point of this part. Placing the words is the costly work of a picture, so it is
done once per zoom level (`domain.timeline.canvas.Canvas`, the last few kept) and a pan, a
step or a zoom back only cuts a frame out of it (`domain.timeline.frame.Frame`, lazily: the
rows on screen only). A step or a lane change refreshes just the rows of the old and the new
selection and cursor (`_repaint_changes`); a pan, a zoom or a scroll repaints every line, as
every line moves.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.geometry import Region, Size
from textual.strip import Strip

from rondom_tui.domain.models import Lane
from rondom_tui.domain.text import clean_line
from rondom_tui.domain.timeline.grid import Window
from rondom_tui.domain.timeline.layout import Canvas, Frame, Paint, Span
from rondom_tui.i18n import current_language
from rondom_tui.ui.glyphs import plain_text

if TYPE_CHECKING:
    from rondom_tui.ui.timeline.view import TimelineView

    _Base = TimelineView
else:
    _Base = object

CANVASES_KEPT = 4
"""Zoom levels whose drawing is kept (the current one and those last visited): zooming back
and forth between them only cuts a window."""

COMPONENTS = {paint: f"timeline--{paint.value}" for paint in Paint if paint is not Paint.BLANK}
"""The component class that styles each paint."""


@dataclass(frozen=True, slots=True)
class _CanvasLine:
    """A canvas row as styled segments, with the first cell of each, to cut windows from
    without painting the row again (a pan repaints every line)."""

    starts: list[int]
    segments: list[Segment]

    @classmethod
    def of(cls, spans: tuple[Span, ...], styles: Mapping[Paint, Style]) -> _CanvasLine:
        starts, segments, at = [], [], 0
        for text, paint in spans:
            # Segments skip Textual's cleaning: words leave as plain text, and symbols a
            # console lacks (the plan's ◇ on TERM=linux) as their fallbacks.
            text = plain_text(clean_line(text))
            starts.append(at)
            segments.append(Segment(text, styles[paint]))
            at += cell_len(text)
        starts.append(at)
        return cls(starts, segments)

    def cut(self, left: int, columns: int) -> tuple[list[Segment], int]:
        """The segments of cells `left .. left + columns - 1`, and how many cells they take."""
        right = left + columns
        starts, segments = self.starts, self.segments
        index = max(0, bisect_right(starts, left) - 1)
        found = []
        while index < len(segments) and starts[index] < right:
            segment, first, end = segments[index], starts[index], starts[index + 1]
            if first < left:
                segment, first = segment.split_cells(left - first)[1], left
            if end > right:
                segment = segment.split_cells(right - first)[0]
            found.append(segment)
            index += 1
        return found, max(0, min(right, starts[-1]) - max(left, 0))


@dataclass(frozen=True, slots=True)
class _Shown:
    """What the terminal shows of the view: the frame last rendered and what else its lines
    depend on, to tell which lines a change touches."""

    frame: Frame
    lane_scroll: int
    cursor_lane: Lane
    size: Size


class Drawing(_Base):
    """The drawing part of `TimelineView`."""

    def _start_drawing(self) -> None:
        self._canvases: dict[tuple[int, ...], Canvas] = {}
        """The drawings of the zoom levels last shown (words placed), newest last."""
        self._last_canvas: tuple[tuple[object, ...], Canvas] | None = None
        """The canvas of the window last asked for, to find it again without looking."""
        self._frame: Frame | None = None
        self._frame_key: tuple[object, ...] = ()
        self._shown: _Shown | None = None
        self._styles: dict[Paint, Style] | None = None
        self._label_styles: tuple[Style, Style] = (Style(), Style())
        self._lines: dict[tuple[int, int], _CanvasLine] = {}
        """Rows of the canvas in `_lines_of` as segments, by (lane index, lane row)."""
        self._lines_of: tuple[Canvas, dict[Paint, Style]] | None = None
        self._rendering: tuple[Frame, int, int, Lane] | None = None
        """While Textual asks for lines: the frame, width, lane scroll and cursor lane."""

    # -- the canvas and the frame -------------------------------------------------------

    def _titles(self) -> Mapping[str, str]:
        return self._words if self._words is not None else {e.id: e.title for e in self._events}

    def _canvas(self, window: Window) -> Canvas:
        """The drawing `window` is cut from: at its zoom level, over every column a window
        kept inside the child's life can show, so panning only cuts. Made once per zoom level
        (and events, words and width), the last few kept."""
        columns = self.columns
        versions = (self._arrangement_version, self._words_version, columns)
        last = self._last_canvas
        if last is not None and last[0] == (*versions, window):
            return last[1]
        arrangement = self._arranged(window.zoom)
        first, width = window.first_column, columns
        # The picture that opens (the whole life) is drawn for itself, word for word what the
        # export prints; every other window is cut from all its zoom level can reach.
        if self.life is not None and window != self.life.fit(columns):
            first, width = self.life.reach(window.zoom, columns)
            if not first <= window.first_column <= first + width - columns:
                first, width = window.first_column, columns  # a window outside the life
        key = (*versions[:2], window.zoom, first, width)
        canvas = self._canvases.pop(key, None)
        if canvas is None:
            canvas = Canvas.draw(
                arrangement, first, width, words=self._titles(), disputed=self._disputed
            )
            for stale in [k for k in self._canvases if k[:2] != key[:2]]:
                del self._canvases[stale]  # drawn from other events or words
            while len(self._canvases) >= CANVASES_KEPT:
                del self._canvases[next(iter(self._canvases))]
        self._canvases[key] = canvas
        self._last_canvas = ((*versions, window), canvas)
        return canvas

    def current_frame(self) -> Frame:
        """The painted window, cut again only when something it depends on changed."""
        window = self._current_window()
        canvas = self._canvas(window)
        cursor = self.cursor if self.selected_id is None else None
        lang = current_language()
        key = (window, self.columns, self.selected_id, cursor, lang)
        if self._frame is None or self._frame.canvas is not canvas or key != self._frame_key:
            self._frame = Frame(
                canvas,
                window,
                self.columns,
                date_of_birth=self.date_of_birth,
                selected_id=self.selected_id,
                cursor=cursor,
                lang=lang,
            )
            self._frame_key = key
        return self._frame

    # -- what to repaint ----------------------------------------------------------------

    def _repaint_changes(self) -> None:
        """Refresh the lines that may differ from what the terminal shows: after a step or a
        lane change only the rows of the old and the new selection and cursor (and the lane
        names, one of which is bold), after a pan, a zoom or a scroll every line."""
        shown = self._shown
        if shown is None or not self.is_mounted or not self.size.height:
            self.refresh()
            return
        frame = self.current_frame()
        if (
            shown.size != self.size
            or shown.lane_scroll != self._lane_scroll
            or not frame.same_picture(shown.frame)
        ):
            self.refresh()
            return
        rows = frame.marked_rows() | shown.frame.marked_rows()
        for lane in (shown.cursor_lane, self.cursor.lane):
            if lane_rows := frame.lane_rows(lane):
                rows.add(lane_rows.start)
        for row in rows:
            y = row if row < frame.axis_rows else row - self._lane_scroll
            if 0 <= y < self.size.height:
                self.refresh(Region(0, y, self.size.width, 1))

    # -- lines --------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        self._styles = None  # another theme, or the focus changed the look
        super().notify_style_update()

    def render_lines(self, crop: Region) -> list[Strip]:
        frame, size = self.current_frame(), self.size
        # Nothing changes while Textual asks for the lines: look the frame up once, not per line.
        self._rendering = (frame, size.width, self._lane_scroll, self.cursor.lane)
        try:
            lines = super().render_lines(crop)
        finally:
            self._rendering = None
        self._shown = _Shown(frame, self._lane_scroll, self.cursor.lane, size)
        return lines

    def render_line(self, y: int) -> Strip:
        frame, width, scroll, cursor_lane = self._rendering or (
            self.current_frame(),
            self.size.width,
            self._lane_scroll,
            self.cursor.lane,
        )
        styles = self._styles or self._paint_styles()
        base = styles[Paint.BLANK]
        index = y if y < frame.axis_rows else y + scroll
        if index >= frame.row_count:
            return Strip.blank(width, base)
        on_cursor = index >= frame.axis_rows and index == frame.lane_rows(cursor_lane).start
        label_width = self.label_width
        label = frame.label(index)[: label_width - 1].rjust(label_width - 1) + " "
        segments = [Segment(label, self._label_styles[on_cursor and bool(label.strip())])]
        plain = frame.plain(index)
        if plain is None:
            spans = frame.row(index).spans
            segments += [
                Segment(plain_text(clean_line(text)), styles[paint]) for text, paint in spans
            ]
            return Strip(segments).adjust_cell_length(width, base)
        cut, cells = self._canvas_line(frame, plain, styles).cut(frame.left, frame.columns)
        return Strip(segments + cut, label_width + cells).adjust_cell_length(width, base)

    def _canvas_line(
        self, frame: Frame, plain: tuple[int, int], styles: dict[Paint, Style]
    ) -> _CanvasLine:
        """A row of the frame's canvas as segments, kept while the canvas and theme last."""
        kept = self._lines_of
        if kept is None or kept[0] is not frame.canvas or kept[1] is not styles:
            self._lines, self._lines_of = {}, (frame.canvas, styles)
        line = self._lines.get(plain)
        if line is None:
            line = self._lines[plain] = _CanvasLine.of(frame.canvas_row(*plain), styles)
        return line

    def _paint_styles(self) -> dict[Paint, Style]:
        """The style of every paint (and of the lane names) in the current theme, looked up
        once per theme rather than per cell run."""
        styles = {paint: self.get_component_rich_style(name) for paint, name in COMPONENTS.items()}
        styles[Paint.BLANK] = self.rich_style
        self._label_styles = (
            self.get_component_rich_style("timeline--label"),
            self.get_component_rich_style("timeline--label-cursor"),
        )
        self._styles = styles
        return styles
