"""Where a lane and an event will be on the rows of a frame, known from the stacking alone,
before anything is drawn.

Pure. A zoom key has to scroll the lane rows so the cursor's lane (or the selected event)
stays on screen, and it must not draw the level for that, nor arrange it: when several zoom
keys wait, only the final level is drawn (at the next repaint), not every level the keys
pass. The rows of a lane do not depend on the drawing: a frame gives each lane as many rows
as its stack has sub-rows (`Stacking.depths`, the same at every level), below the axis rows,
and an event is drawn on its placement's sub-row (only its own lane is stacked for that). So these
answer what `frame.Frame.lane_rows` and `frame.Frame.extent` answer (the properties in
tests/unit/test_timeline_rows_ahead.py hold them to it).
"""

from __future__ import annotations

from rondom_tui.domain.models import Lane
from rondom_tui.domain.timeline.grid import Window
from rondom_tui.domain.timeline.stacking import Stacking


def lane_rows_ahead(stacking: Stacking, lane: Lane, axis_rows: int) -> range:
    """The frame rows `lane` will take at any zoom level (empty when it is not shown), the
    axis taking the first `axis_rows`: lanes are as tall at every level (`Stacking.depths`),
    so nothing is stacked for this."""
    top = axis_rows
    for shown, depth in stacking.depths.items():
        if shown is lane:
            return range(top, top + depth)
        top += depth
    return range(0)


def lane_row_count(stacking: Stacking) -> int:
    """The rows every lane together takes, at any zoom level."""
    return sum(stacking.depths.values())


def event_row_ahead(
    stacking: Stacking, event_id: str, axis_rows: int, window: Window, columns: int
) -> int | None:
    """The frame row event `event_id` will be drawn on in `window` (`columns` wide); None when
    it is not on screen there (or not shown at all). Stacks the event's lane at the window's
    level, no other."""
    placed = stacking.placement_at(event_id, window.zoom)
    if placed is None:
        return None
    left = window.first_column
    if placed.last < left or placed.first >= left + max(0, columns):
        return None
    rows = lane_rows_ahead(stacking, placed.lane, axis_rows)
    return rows.start + placed.sub_row if rows else None
