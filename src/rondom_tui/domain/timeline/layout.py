"""The Tijdlijn's layout: where every event goes on a grid of lanes (rows) and time (columns).

Pure: events in, painted cells out. The widget and the export only copy what this returns, so
everything that can be wrong about the picture (overlapping periods, a date in the wrong column,
a lost event) is tested here, without a terminal.

Three steps, because they change at different moments:

- `arrange` (one zoom level) and `Stacking` (every zoom level, lanes equally tall at each), in
  `stacking`, place every event and waiting time: its lane, its sub-row and its absolute
  columns. They do not depend on panning, so sub-rows stay where they are while the user
  scrolls through time, and with `Stacking` lanes stay on their rows while zooming.
- `Canvas.draw` (`canvas`) draws every lane of an arrangement, glyphs and words, over a
  stretch of columns: the whole time a window at that zoom can show, once per zoom level.
- `Frame` (`frame`) cuts a window out of a canvas: rows of glyphs with semantic paint names,
  the axis rows and a hit-test map, the selection, today and the cursor on top. The meaning is
  in the glyph as well as in the paint (see `GLYPHS`), so a monochrome terminal or a printout
  loses nothing. `paint` does the last two for one window.

Time to columns (zoom levels, windows) lives in `grid`, the axis in `axis`, moving around in
`navigation`; this module re-exports what callers need.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from datetime import date

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Event, Lane
from rondom_tui.domain.timeline.canvas import Canvas
from rondom_tui.domain.timeline.frame import Frame
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
from rondom_tui.domain.timeline.picture import EventExtent
from rondom_tui.domain.timeline.rows import Cursor, PaintedRow, RowKind, Span
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
    "Canvas",
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
    is drawn. A picture the user moves through keeps its `Canvas` and cuts frames out of it.
    """
    if arrangement.zoom != window.zoom:
        raise ValueError("the arrangement was made for another zoom level")
    canvas = Canvas.draw(arrangement, window.first_column, columns, words=words, disputed=disputed)
    return Frame(
        canvas,
        window,
        columns,
        date_of_birth=date_of_birth,
        selected_id=selected_id,
        cursor=cursor,
        lang=lang,
    )


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
