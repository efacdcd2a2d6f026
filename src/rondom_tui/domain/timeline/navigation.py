"""Moving around the Tijdlijn: events in time order, the event near a place, windows that pan,
page, zoom around a day and fit a whole case.

Pure functions over events and `Window`s, so that the widget's key handling is only a matter of
calling one of these and repainting; every rule about where the view goes is tested here.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from rondom_tui.domain.models import Event, Lane
from rondom_tui.domain.timeline.grid import DEFAULT_ZOOM, ZOOM_LEVELS, Window
from rondom_tui.domain.timeline.layout import WaitSpan, event_days

_LANE_INDEX = {lane: i for i, lane in enumerate(Lane)}

MARGIN = 2
"""Columns kept between a selected event and the window's edge when the view follows it."""


def order_key(event: Event) -> tuple[date, int, str, int, str]:
    """The time order of events: by start (as `PartialDate` orders: anchor, the more precise
    first, then its text), then by lane in display order, then by id, so the order is total and
    stable. Plain values, because comparing `PartialDate`s in a sort of thousands is slow."""
    return (*event.start.order, _LANE_INDEX[event.lane], event.id)


@dataclass(frozen=True, slots=True)
class Chronology:
    """A case's events in time order, for stepping from one event to the next."""

    events: tuple[Event, ...]
    _anchors: tuple[date, ...] = field(repr=False)
    _index: Mapping[str, int] = field(repr=False)

    @classmethod
    def of(cls, events: Iterable[Event]) -> Chronology:
        ordered = tuple(sorted(events, key=order_key))
        return cls(
            ordered,
            tuple(e.start.order[0] for e in ordered),
            {e.id: i for i, e in enumerate(ordered)},
        )

    def __len__(self) -> int:
        return len(self.events)

    def first(self) -> Event | None:
        return self.events[0] if self.events else None

    def last(self) -> Event | None:
        return self.events[-1] if self.events else None

    def find(self, event_id: str | None) -> Event | None:
        index = self._index.get(event_id) if event_id is not None else None
        return None if index is None else self.events[index]

    def step(self, event_id: str, direction: int) -> Event | None:
        """The next (`direction` > 0) or previous event after `event_id`; None at either end or
        when the event is not here."""
        index = self._index.get(event_id)
        if index is None:
            return None
        target = index + (1 if direction > 0 else -1)
        return self.events[target] if 0 <= target < len(self.events) else None

    def from_day(self, day: date, direction: int) -> Event | None:
        """The first event starting on or after `day` (`direction` > 0), or the last starting on
        or before it; used when the cursor is on a day rather than an event.

        When no event lies that way, the nearest there is: the last event for a step forward
        past the end (so → at today, on a case whose events all lie in the past, selects the
        latest), the first for a step back before the start. None only without events."""
        if not self.events:
            return None
        if direction > 0:
            index = bisect_left(self._anchors, day)
            return self.events[min(index, len(self.events) - 1)]
        index = bisect_right(self._anchors, day) - 1
        return self.events[max(index, 0)]


def nearest_in_lane(
    events: Iterable[Event],
    lane: Lane,
    day: date,
    today: date,
    *,
    between: tuple[date, date] | None = None,
) -> Event | None:
    """The event of `lane` nearest to `day` (distance 0 when a period covers it); ties go to the
    earlier event. With `between`, only events whose drawn extent touches that range count,
    so moving up or down never jumps to an event far off screen."""
    best: tuple[int, tuple[date, int, str, int, str]] | None = None
    found: Event | None = None
    for event in events:
        if event.lane is not lane:
            continue
        earliest, body_first, body_last, latest = event_days(event, today)
        if between is not None and (latest < between[0] or earliest > between[1]):
            continue
        if body_first <= day <= body_last:
            distance = 0
        else:
            distance = min(abs((day - body_first).days), abs((day - body_last).days))
        key = (distance, order_key(event))
        if best is None or key < best:
            best, found = key, event
    return found


# -- windows ----------------------------------------------------------------------------


def zoom_to(window: Window, zoom: int, keep: date, columns: int) -> Window:
    """The window at `zoom` in which `keep` stays in the column it has now (or in the middle
    when it is off screen), so the user does not lose their place when zooming."""
    zoom = min(max(zoom, 0), len(ZOOM_LEVELS) - 1)
    column = window.column_of(keep)
    if not 0 <= column < columns:
        column = columns // 2
    return Window.showing(keep, zoom, column).clamped(columns)


def zoom_in(window: Window, keep: date, columns: int) -> Window:
    """One level finer (fewer days per column) around `keep`."""
    return zoom_to(window, window.zoom - 1, keep, columns)


def zoom_out(window: Window, keep: date, columns: int) -> Window:
    """One level coarser around `keep`."""
    return zoom_to(window, window.zoom + 1, keep, columns)


def pan(window: Window, by: int, columns: int) -> Window:
    """Moved `by` columns (positive: later in time)."""
    return Window(window.zoom, window.first_column + by).clamped(columns)


def page_step(columns: int) -> int:
    """Columns moved by one page: the width less a tenth, so a little context stays."""
    return max(1, columns - max(1, columns // 10))


def page(window: Window, pages: int, columns: int) -> Window:
    """Moved by whole pages (positive: later in time)."""
    return pan(window, pages * page_step(columns), columns)


def centre_on(window: Window, day: date, columns: int) -> Window:
    """The window at the same zoom with `day` in the middle."""
    return Window.showing(day, window.zoom, columns // 2).clamped(columns)


def ensure_visible(window: Window, day: date, columns: int, margin: int = MARGIN) -> Window:
    """The window moved as little as possible so `day` is at least `margin` columns inside."""
    margin = max(0, min(margin, (columns - 1) // 2))
    column = window.column_of(day)
    if column < margin:
        return Window.showing(day, window.zoom, margin).clamped(columns)
    if column > columns - 1 - margin:
        return Window.showing(day, window.zoom, columns - 1 - margin).clamped(columns)
    return window


def extent_of(
    events: Iterable[Event], today: date, waits: Iterable[WaitSpan] = ()
) -> tuple[date, date] | None:
    """The first and last day drawn for any of `events` (uncertainty and ongoing included) and
    `waits`."""
    days = [(e[0], e[3]) for e in (event_days(event, today) for event in events)]
    days += [(wait.start, max(wait.start, wait.end)) for wait in waits]
    if not days:
        return None
    return min(first for first, _ in days), max(last for _, last in days)


def fit(
    events: Iterable[Event], columns: int, today: date, waits: Iterable[WaitSpan] = ()
) -> Window:
    """The finest window that shows every event and waiting time, with a column to spare on
    each side; the coarsest level, starting at the first event, when even that is too narrow.
    Without events: today in the middle at the default zoom."""
    extent = extent_of(events, today, waits)
    if extent is None:
        return centre_on(Window(DEFAULT_ZOOM, 0), today, columns)
    first, last = extent
    for zoom, level in enumerate(ZOOM_LEVELS):
        needed = (last - first).days // level.days_per_column + 3
        if needed <= columns:
            return Window.showing(first, zoom, 1).clamped(columns)
    return Window.showing(first, len(ZOOM_LEVELS) - 1, 1).clamped(columns)


LIFE_MARGIN = 2
"""Columns left free before the start and after the end of a life on screen."""


@dataclass(frozen=True, slots=True)
class LifeSpan:
    """The time a case's picture covers: from birth (or the first event, when that is earlier
    or the birth is unknown) to today (or the last event, when one lies ahead). The picture
    opens on all of it, zooming out stops where all of it is on screen, and panning stays in
    it (with `LIFE_MARGIN` columns to spare)."""

    first: date
    last: date

    @classmethod
    def of(
        cls,
        events: Iterable[Event],
        today: date,
        *,
        born: date | None = None,
        waits: Iterable[WaitSpan] = (),
    ) -> LifeSpan | None:
        """None for a case without events and without a date of birth: nothing to fit."""
        return cls.around(extent_of(events, today, waits), today, born=born)

    @classmethod
    def around(
        cls, extent: tuple[date, date] | None, today: date, *, born: date | None = None
    ) -> LifeSpan | None:
        """`of` for events whose `extent_of` is known (a `Stacking` knows it)."""
        if extent is None and born is None:
            return None
        firsts = [day for day in (born, extent[0] if extent else None) if day is not None]
        lasts = [today, extent[1]] if extent else [today]
        return cls(min(firsts), max(max(lasts), min(firsts)))

    def widest(self, columns: int) -> int:
        """The finest zoom level that shows the whole span in `columns` (the coarsest when
        none does): zooming out stops here."""
        for zoom, level in enumerate(ZOOM_LEVELS):
            needed = (self.last - self.first).days // level.days_per_column + 1 + 2 * LIFE_MARGIN
            if needed <= columns:
                return zoom
        return len(ZOOM_LEVELS) - 1

    def fit(self, columns: int) -> Window:
        """The whole span, at the finest zoom that holds it, starting `LIFE_MARGIN` columns
        before its first day."""
        return Window.showing(self.first, self.widest(columns), LIFE_MARGIN).clamped(columns)

    def _first_columns(self, zoom: int, columns: int) -> tuple[int, int]:
        """The lowest and highest first column of a window `columns` wide at `zoom` that shows
        the span with its margins (the highest is below the lowest when the span is narrower
        than the window)."""
        lowest = Window.showing(self.first, zoom, LIFE_MARGIN).first_column
        highest = Window.showing(self.last, zoom, columns - 1 - LIFE_MARGIN).first_column
        return lowest, highest

    def keep_inside(self, window: Window, columns: int) -> Window:
        """`window` moved as little as possible so it shows no time outside the span and its
        margins; a window wider than the span starts at the span's margin."""
        lowest, end = self._first_columns(window.zoom, columns)
        first = max(lowest, min(window.first_column, end))
        moved = Window(window.zoom, first).clamped(columns)
        return window if moved == window else moved

    def reach(self, zoom: int, columns: int) -> tuple[int, int]:
        """(first column, width): every column a window `columns` wide can show at `zoom` once
        `keep_inside` has kept it in the span. The view draws this stretch once per zoom level
        and cuts its windows out of it."""
        lowest, highest = self._first_columns(zoom, columns)
        first = Window(zoom, lowest).clamped(columns).first_column
        last = Window(zoom, max(lowest, highest)).clamped(columns).first_column
        return first, last - first + max(columns, 1)
