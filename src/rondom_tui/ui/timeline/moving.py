"""Moving around the Tijdlijn: the actions behind the arrow keys, zoom, pan, page, home/end
and `t`, as a part of `TimelineView`.

Every rule about where the view goes is a pure function of `domain.timeline.navigation`; these
methods call one, keep the window inside the child's life (`LifeSpan`) and the selected event
in view, and scroll the lane rows so the cursor's lane shows.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from rondom_tui.domain.models import Event
from rondom_tui.domain.timeline.axis import axis_row_count
from rondom_tui.domain.timeline.grid import Window
from rondom_tui.domain.timeline.layout import Cursor, date_range
from rondom_tui.domain.timeline.navigation import (
    centre_on,
    ensure_visible,
    nearest_in_lane,
    page_step,
    pan,
    zoom_to,
)
from rondom_tui.domain.timeline.rows_ahead import (
    event_row_ahead,
    lane_row_count,
    lane_rows_ahead,
)

if TYPE_CHECKING:
    from rondom_tui.ui.timeline.view import TimelineView

    _Base = TimelineView
else:
    _Base = object


class MovingAround(_Base):
    """The moving actions of `TimelineView` (its keys are in `keys.py`)."""

    def _settled(self, window: Window) -> Window:
        """`window` kept inside the child's life and, when an event is selected, moved as
        little as needed to show it: after a zoom, a resize or a pan the selection stays in
        view."""
        columns = self.columns
        life = self.life
        if life is not None:
            if window.zoom > life.widest(columns):
                return life.fit(columns)
            window = life.keep_inside(window, columns)
        event = self.selected_event
        if event is not None:
            window = ensure_visible(window, date_range(event.start)[1], columns)
        return window.clamped(columns)

    def _select(self, event: Event) -> None:
        day = date_range(event.start)[1]
        self.selected_id = event.id
        self.cursor = Cursor(event.lane, day)
        self.window = self._settled(self._current_window())
        self._follow_lane()

    def _focus_day(self) -> date:
        event = self.selected_event
        return date_range(event.start)[1] if event is not None else self.cursor.day

    def _follow_lane(self) -> None:
        """Scroll the lane rows so the cursor's lane (the selected event's row) is on screen.
        Worked out from the stacking (`rows_ahead`), not from a frame: a zoom key draws and
        arranges nothing, so keys that wait together draw only the final level."""
        if not self.size.height:
            return
        window = self._current_window()
        stacking = self._stacked()
        axis = axis_row_count(self.date_of_birth)
        rows = lane_rows_ahead(stacking, self.cursor.lane, axis)
        visible = max(1, self.size.height - axis)
        selected = self.selected_id
        extent = (
            event_row_ahead(stacking, selected, axis, window, self.columns) if selected else None
        )
        target = extent if extent is not None else (rows.start if rows else axis)
        target -= axis
        scrolled = self._lane_scroll
        if target < self._lane_scroll:
            self._lane_scroll = target
        elif target >= self._lane_scroll + visible:
            self._lane_scroll = target - visible + 1
        self._lane_scroll = max(0, min(self._lane_scroll, lane_row_count(stacking) - visible))
        if self._lane_scroll != scrolled:
            self.refresh()  # every line moves

    def action_step(self, direction: int) -> None:
        """Select the previous or next event in time; from the cursor's day when none is
        selected, where an arrow with nothing that way selects the nearest event there is."""
        if self.selected_id is not None:
            target = self._chronology.step(self.selected_id, direction)
        else:
            target = self._chronology.from_day(self.cursor.day, direction)
        if target is not None:
            self._select(target)

    def action_lane(self, direction: int) -> None:
        """Move to the lane above or below; select its event nearest to the cursor's day that
        is on screen, or stay on that day when there is none."""
        frame = self.current_frame()
        lanes = frame.lanes
        if not lanes:
            return
        here = lanes.index(self.cursor.lane) if self.cursor.lane in lanes else 0
        there = min(max(here + direction, 0), len(lanes) - 1)
        day = self._focus_day()
        window = self._current_window()
        shown = (window.day_of(0), window.last_day(self.columns))
        target = nearest_in_lane(self._events, lanes[there], day, self.today, between=shown)
        exact = self.selected_id is None and self.cursor.exact
        self.selected_id = target.id if target is not None else None
        self.cursor = Cursor(lanes[there], day, exact)
        self._follow_lane()

    def action_zoom(self, steps: int) -> None:
        """Zoom in (negative) or out, keeping the selected event or cursor day in its column;
        zooming out stops where the child's whole life is on screen."""
        window = self._current_window()
        zoom = window.zoom + (-1 if steps < 0 else 1)
        if self.life is not None:
            zoom = min(zoom, self.life.widest(self.columns))
        if zoom == window.zoom:
            return
        self.window = self._settled(zoom_to(window, zoom, self._focus_day(), self.columns))
        self._follow_lane()

    def _pan_by(self, columns: int) -> None:
        window = self._current_window()
        moved = pan(window, columns, self.columns)
        if self.life is not None:
            moved = self.life.keep_inside(moved, self.columns)
        if self.selected_id is None:
            shift = (moved.first_column - window.first_column) * window.level.days_per_column
            self.cursor = Cursor(self.cursor.lane, self.cursor.day + timedelta(days=shift))
        self.window = moved

    def action_pan(self, columns: int) -> None:
        """Move the window by columns; the cursor on a day moves along with it."""
        self._pan_by(columns)

    def action_page(self, pages: int) -> None:
        """Move the window by pages."""
        self._pan_by(pages * page_step(self.columns))

    def action_end(self, direction: int) -> None:
        """Select the first (negative) or last event in time."""
        target = self._chronology.last() if direction > 0 else self._chronology.first()
        if target is not None:
            self._select(target)

    def action_today(self) -> None:
        """Put the cursor on today (to the day), in the middle of the screen."""
        self.selected_id = None
        self.cursor = Cursor(self.cursor.lane, self.today, exact=True)
        window = centre_on(self._current_window(), self.today, self.columns)
        self.window = self._settled(window)

    def action_toggle_empty(self) -> None:
        """Hide or show the lanes without events."""
        self.hide_empty = not self.hide_empty
