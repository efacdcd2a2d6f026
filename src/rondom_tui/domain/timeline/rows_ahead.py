"""Where a lane and an event will be on the rows of a frame, known from the arrangement alone,
before anything is drawn.

Pure. A zoom key has to scroll the lane rows so the cursor's lane (or the selected event)
stays on screen, and it must not draw the level for that: when several zoom keys wait, only
the final level is drawn (at the next repaint), not every level the keys pass. The rows of a
lane do not depend on the drawing: a frame gives each lane as many rows as its stack has
sub-rows, below the axis rows, and an event is drawn on its placement's sub-row. So these
answer what `frame.Frame.lane_rows` and `frame.Frame.extent` answer (the properties in
tests/unit/test_timeline_rows_ahead.py hold them to it).
"""

from __future__ import annotations

from rondom_tui.domain.models import Lane
from rondom_tui.domain.timeline.grid import Window
from rondom_tui.domain.timeline.stacking import Arrangement


def lane_rows_ahead(arrangement: Arrangement, lane: Lane, axis_rows: int) -> range:
    """The frame rows `lane` will take (empty when it is not shown), the axis taking the
    first `axis_rows`."""
    top = axis_rows
    for stack in arrangement.lanes:
        if stack.lane is lane:
            return range(top, top + len(stack.sub_rows))
        top += len(stack.sub_rows)
    return range(0)


def event_row_ahead(
    arrangement: Arrangement, event_id: str, axis_rows: int, window: Window, columns: int
) -> int | None:
    """The frame row event `event_id` will be drawn on in `window` (`columns` wide); None when
    it is not on screen there (or not shown at all)."""
    placed = arrangement.placements.get(event_id)
    if placed is None or window.zoom != arrangement.zoom:
        return None
    left = window.first_column
    if placed.last < left or placed.first >= left + max(0, columns):
        return None
    rows = lane_rows_ahead(arrangement, placed.lane, axis_rows)
    return rows.start + placed.sub_row if rows else None
