"""Drawing the Tijdlijn, as a part of `TimelineView`: which canvas a window is cut from, the
frame on screen, the lines a change touches, and the lines themselves as `Strip`s.

Speed is the point of this part. Placing the words is the costly work of a picture, so it is
done once per zoom level (`domain.timeline.canvas.Canvas`, the last few kept) and a pan, a
step or a zoom back only cuts a frame out of it (`domain.timeline.frame.Frame`, lazily: the
rows on screen only). Every zoom level is drawn ahead while the user looks, the nearest
first (`draw_ahead`, a lane per step between keys), so a first zoom only cuts too; after an
edit a canvas keeps the lanes the edit left alone. A step or a lane change refreshes just
the rows of the old and the new selection and cursor (`_repaint_changes`); a pan, a zoom or
a scroll repaints every line, as every line moves.

A key draws nothing itself: it changes the window (and scrolls the lanes from the arrangement,
`domain.timeline.rows_ahead`), and the frame is cut when Textual repaints. Keys that wait
together (a held +, quick presses while a level is placed) are handled before that repaint,
so only the final level is drawn: a user never waits for the levels he skips.
"""

from __future__ import annotations

import asyncio
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.segment import Segment
from rich.style import Style
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.timer import Timer
from textual.worker import Worker

from rondom_tui.domain.models import Lane
from rondom_tui.domain.text import clean_line
from rondom_tui.domain.timeline.axis import axis_row_count
from rondom_tui.domain.timeline.grid import ZOOM_LEVELS, Window
from rondom_tui.domain.timeline.lane_canvas import LaneCanvas
from rondom_tui.domain.timeline.layout import Canvas, Frame, Paint
from rondom_tui.i18n import current_language
from rondom_tui.ui.glyphs import plain_glyphs, plain_text
from rondom_tui.ui.timeline.canvas_line import CanvasLine

if TYPE_CHECKING:
    from rondom_tui.ui.timeline.view import TimelineView

    _Base = TimelineView
else:
    _Base = object

CANVASES_KEPT = len(ZOOM_LEVELS) + 1
"""Drawings kept: every zoom level (drawn ahead while the user looks) and a window outside
the child's life, so zooming with keys in a row after a rest only cuts windows."""

AHEAD_AFTER = 0.05
"""Seconds without a new frame before the zoom levels next to the one on screen are drawn
ahead: longer than a held key repeats (about 0.03 s), so keys in a row do not wait for it,
shorter than two presses by hand, so the second finds its level drawn or half drawn."""

COMPONENTS = {paint: f"timeline--{paint.value}" for paint in Paint if paint is not Paint.BLANK}
"""The component class that styles each paint."""


def ahead_order(zoom: int, levels: int) -> list[int]:
    """The zoom levels to draw ahead from `zoom`, most likely next first: nearest first, at
    equal distance the finer (a user zooms in on a life more than out of it), every level
    from 0 to `levels - 1` but `zoom` itself. Keys in a row (a held + or -) run through the
    levels one after the other, so after a rest long enough to draw them all (a few tenths of
    a second of processor at 2,000 events) none waits for a placement."""
    order = []
    for distance in range(1, levels):
        order += [level for level in (zoom - distance, zoom + distance) if 0 <= level < levels]
    return order


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

    ahead_after: float | None = AHEAD_AFTER
    """Seconds of rest before drawing ahead; None: never (a benchmark of cold zooms)."""

    def _start_drawing(self) -> None:
        self._canvases: dict[tuple[int, int, int], tuple[tuple[int, int], Canvas]] = {}
        """The drawings of the zoom levels last shown or drawn ahead (words placed), newest
        last, by (zoom, first column, width): with the versions of events and words they were
        drawn from."""
        self._ahead_timer: Timer | None = None
        self._ahead_worker: Worker[None] | None = None
        self._frames_shown = 0
        """Frames cut (after a key, an edit, a resize): drawing ahead stops at a new one and
        goes on at the next rest."""
        self._last_canvas: tuple[tuple[object, ...], Canvas] | None = None
        """The canvas of the window last asked for, to find it again without looking."""
        self._frame: Frame | None = None
        self._frame_key: tuple[object, ...] = ()
        self._shown: _Shown | None = None
        self._styles: dict[Paint, Style] | None = None
        self._label_styles: tuple[Style, Style] = (Style(), Style())
        self._lines: dict[tuple[int, int], tuple[LaneCanvas, CanvasLine | None]] = {}
        """Rows of the canvases over the stretch in `_lines_of` as segments, by (lane index,
        lane row), with the lane they were made from."""
        self._lines_of: tuple[tuple[object, ...], dict[Paint, Style]] | None = None
        self._rendering: tuple[Frame, int, int, Lane] | None = None
        """While Textual asks for lines: the frame, width, lane scroll and cursor lane."""

    # -- the canvas and the frame -------------------------------------------------------

    def _titles(self) -> Mapping[str, str]:
        return self._words if self._words is not None else {e.id: e.title for e in self._events}

    def _canvas(self, window: Window) -> Canvas:
        """The drawing `window` is cut from: at its zoom level, over every column a window
        kept inside the child's life can show, so panning only cuts. Made once per zoom level
        (and events, words and width), the last few kept; taken from the drawing ahead when
        that has begun it."""
        columns = self.columns
        versions = (self._arrangement_version, self._words_version, columns)
        last = self._last_canvas
        if last is not None and last[0] == (*versions, window):
            return last[1]
        arrangement = self._arranged(window.zoom)
        key = (window.zoom, *self._stretch(window))
        kept = self._canvases.get(key)
        canvas = kept[1] if kept is not None and kept[0] == versions[:2] else None
        if canvas is None:
            # After an edit the same stretch drawn before lends the lanes it left alone. The
            # lanes are drawn as the frame needs them (those on screen), the rest ahead.
            canvas = Canvas.draw(
                arrangement,
                *key[1:],
                words=self._titles(),
                disputed=self._disputed,
                previous=kept[1] if kept is not None else None,
            )
        self._keep(key, versions[:2], canvas)
        self._last_canvas = ((*versions, window), canvas)
        return canvas

    def _stretch(self, window: Window) -> tuple[int, int]:
        """(first column, width) of the canvas `window` is cut from. The picture that opens
        (the whole life) is drawn for itself, word for word what the export prints; every
        other window is cut from all its zoom level can reach."""
        columns = self.columns
        if self.life is not None and window != self.life.fit(columns):
            first, width = self.life.reach(window.zoom, columns)
            if first <= window.first_column <= first + width - columns:
                return first, width
        return window.first_column, columns  # the whole life, or a window outside it

    def _keep(self, key: tuple[int, int, int], versions: tuple[int, int], canvas: Canvas) -> None:
        """Keep `canvas` as the newest, the oldest let go beyond `CANVASES_KEPT`."""
        self._canvases.pop(key, None)
        while len(self._canvases) >= CANVASES_KEPT:
            del self._canvases[next(iter(self._canvases))]
        self._canvases[key] = (versions, canvas)

    # -- drawing ahead ------------------------------------------------------------------

    def _plan_ahead(self) -> None:
        """After a frame: draw the other zoom levels once the user has looked a moment
        (`ahead_after` seconds without another frame)."""
        if self._ahead_timer is not None:
            self._ahead_timer.stop()
        self._ahead_timer = None
        if self.ahead_after is not None and self.life is not None:
            self._ahead_timer = self.set_timer(self.ahead_after, self.draw_ahead)

    def draw_ahead(self) -> Worker[None]:
        """Draw every zoom level, the nearest to the one on screen first (`ahead_order`), a
        lane at a time between other work (an async worker on the event loop, never a thread:
        the canvas is not shared across threads), so the first zoom to them only cuts a frame,
        also with keys in a row; first the lanes of the level on screen that the frame did
        not show. A frame stops it (keys in a row go first): the next rest goes on with the
        level begun, and a frame that needs it draws the lanes it shows. One worker at a
        time; it looks again after every level (the user may have zoomed)."""
        worker = self._ahead_worker
        if worker is None or worker.is_finished:
            worker = self.run_worker(self._drawing_ahead, group="timeline-ahead")
            self._ahead_worker = worker
        return worker

    async def _drawing_ahead(self) -> None:
        # Each level once per run: should a window outside the life push one out of
        # `CANVASES_KEPT`, the worker ends rather than draw it again and again.
        tried: set[tuple[tuple[int, int, int], tuple[int, int]]] = set()
        frames, window = self._frames_shown, self._current_window()
        while (found := self._next_ahead(tried)) is not None:
            key, versions, kept = found
            tried.add((key, versions))
            if kept is not None and kept[0] == versions:
                canvas = kept[1]  # begun in a rest before, or by a frame: go on with it
            else:
                arrangement = self._arranged(key[0])
                await asyncio.sleep(0)
                if versions != (self._arrangement_version, self._words_version):
                    continue  # the events changed meanwhile: look again
                canvas = Canvas.draw(
                    arrangement,
                    *key[1:],
                    words=self._titles(),
                    disputed=self._disputed,
                    previous=kept[1] if kept is not None else None,
                )
                self._keep(key, versions, canvas)
            steps = canvas.drawing(self._lane_rows_shown())
            while True:
                if self._frames_shown != frames or self._asked_elsewhere(window, key):
                    return  # a key was pressed: keys in a row go first, the rest goes on later
                if next(steps, False) is False:  # the steps yield None until the last is taken
                    break
                await asyncio.sleep(0)

    def _lane_rows_shown(self) -> range:
        """The lane rows on screen (from the first lane's first): lanes keep them at every level."""
        axis = axis_row_count(self.date_of_birth)
        return range(self._lane_scroll, self._lane_scroll + max(0, self.size.height - axis))

    def _asked_elsewhere(self, window: Window, key: tuple[int, int, int]) -> bool:
        """Whether a key moved the view from `window` to one cut from another canvas than
        `key`'s (its frame waits for the repaint); drawing the one the new window needs goes on."""
        now = self._current_window()
        return now != window and (now.zoom, *self._stretch(now)) != key

    def _next_ahead(
        self, tried: Collection[tuple[tuple[int, int, int], tuple[int, int]]] = ()
    ) -> tuple[tuple[int, int, int], tuple[int, int], tuple[tuple[int, int], Canvas] | None] | None:
        """The next level to draw ahead (its canvas key, the versions to draw it from, the
        canvas kept for it with its versions: begun, or drawn before an edit), in the order
        `ahead_order` gives, leaving out those `tried`; None when every level is drawn."""
        zoom = self._current_window().zoom
        versions = (self._arrangement_version, self._words_version)
        for level in (zoom, *ahead_order(zoom, len(ZOOM_LEVELS))):  # the lanes off screen first
            key = self._ahead_key(level)
            kept = self._canvases.get(key) if key is not None else None
            if key is None or (key, versions) in tried:
                continue
            if kept is None or kept[0] != versions or not kept[1].drawn:
                return key, versions, kept
        return None

    def _ahead_key(self, zoom: int) -> tuple[int, int, int] | None:
        """The canvas a window at `zoom` will be cut from, for zoom levels inside the life."""
        life, columns = self.life, self.columns
        if life is None or zoom < 0:
            return None
        fit = life.fit(columns)
        if zoom > fit.zoom:
            return None
        if zoom == fit.zoom:
            return zoom, fit.first_column, columns
        return zoom, *life.reach(zoom, columns)

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
            self._frames_shown += 1
        return self._frame

    # -- what to repaint ----------------------------------------------------------------

    def _repaint_changes(self) -> None:
        """Refresh the lines that may differ from what the terminal shows: after a step or a
        lane change only the rows of the old and the new selection and cursor (and the lane
        names, one of which is bold), after an edit also the rows of the lanes it drew again,
        after a pan, a zoom or a scroll every line."""
        shown = self._shown
        if (
            shown is None
            or not self.is_mounted
            or not self.size.height
            or shown.frame.window != self._current_window()
            or shown.frame.columns != self.columns
        ):
            # Every line moves, so no frame is cut to tell which: the next repaint cuts it,
            # and zoom keys that wait together draw only the final level.
            self.refresh()
            return
        frame = self.current_frame()
        changed = (
            [] if frame.same_picture(shown.frame) else frame.lanes_drawn_otherwise(shown.frame)
        )
        if shown.size != self.size or shown.lane_scroll != self._lane_scroll or changed is None:
            self.refresh()
            return
        rows = frame.marked_rows() | shown.frame.marked_rows()
        for index in changed:
            rows.update(frame.lane_rows(frame.canvas.lanes[index].lane))
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
        self._plan_ahead()
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
        line = self._canvas_line(frame, plain, styles) if plain is not None else None
        if line is None:
            spans, plain = frame.row(index).spans, plain_glyphs()
            segments += [
                Segment(plain_text(clean_line(text), plain), styles[paint]) for text, paint in spans
            ]
            return Strip(segments).adjust_cell_length(width, base)
        cut, cells = line.cut(frame.left, frame.columns)
        return Strip(segments + cut, label_width + cells).adjust_cell_length(width, base)

    def _canvas_line(
        self, frame: Frame, plain: tuple[int, int], styles: dict[Paint, Style]
    ) -> CanvasLine | None:
        """A row of the frame's canvas as segments, kept while the canvas's stretch and the
        theme last and its lane is drawn the same (a canvas after an edit keeps most lanes).
        Made the second time the row is shown, not the first (None then: paint the window's
        part alone): a row is as wide as the canvas, thousands of columns at a fine zoom, and
        worth keeping once the user pans; the frame right after a zoom or an edit need not
        wait for it."""
        canvas = frame.canvas
        stretch = (canvas.zoom, canvas.first, canvas.columns, canvas.arrangement.today)
        kept = self._lines_of
        if kept is None or kept[0] != stretch or kept[1] is not styles:
            self._lines, self._lines_of = {}, (stretch, styles)
        lane = canvas.lanes[plain[0]]
        found = self._lines.get(plain)
        if found is None or found[0] is not lane:
            self._lines[plain] = (lane, None)
            return None
        if found[1] is None:
            found = self._lines[plain] = (lane, CanvasLine.of(frame.canvas_row(*plain), styles))
        return found[1]

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
