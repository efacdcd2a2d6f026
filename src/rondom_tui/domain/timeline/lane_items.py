"""A lane's events as plain day numbers, and where they go at one zoom level: their columns,
their sub-rows (`LaneStack`, stacked when first asked for).

Pure; `stacking` puts the lanes together into arrangements, one per zoom level.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from heapq import heappop, heappush
from itertools import count, repeat
from operator import floordiv, sub
from typing import NamedTuple

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import NEUTRAL, Event, Lane
from rondom_tui.domain.timeline.days import span_days
from rondom_tui.domain.timeline.grid import EPOCH, ZOOM_LEVELS
from rondom_tui.domain.timeline.words import WORD_ROWS

GAP = 1
"""Blank columns kept between two events on one sub-row, so two `+` points never read as a
period."""


WAIT, PLANNED, EVALUATION = "wait", "planned", "evaluation"
"""The kinds of span drawn beside the events: a measured waiting time, a planned period of
the case's plan, a planned evaluation (`domain/timeline/planned.py`)."""


@dataclass(frozen=True, slots=True)
class WaitSpan:
    """A measured waiting time, drawn in its referral's lane from the referral to the start of
    help (or to today, with an arrow, while nobody has started helping); or, with another
    `kind`, a planned period or evaluation of the plan: spans with a glyph of their own, no
    words and no selection."""

    referral_id: str
    """The referral's id; for a planned span, its plan item's (`planned.span_id`)."""
    lane: Lane
    start: date
    end: date
    ongoing: bool
    """Still waiting: the span runs to today and ends in an arrow."""
    kind: str = WAIT
    """`WAIT`, `PLANNED` or `EVALUATION`."""


class Placement(NamedTuple):
    """One event (or waiting time) placed at one zoom level, in absolute columns.

    `first..last` is everything drawn for the event, the uncertain margins included;
    `body_first..body_last` is drawn with the valence glyph (anchor of the start to anchor of
    the end); an ongoing period has its arrow in `last`. (A named tuple: every zoom level
    makes one per event, at 2,000 events twice as fast as a frozen dataclass.)
    """

    event_id: str
    """The event's id; for a waiting time, the id of its referral."""
    lane: Lane
    sub_row: int
    valence: int
    first: int
    body_first: int
    body_last: int
    last: int
    ongoing: bool
    waiting: bool = False
    """A span (a measured waiting time, something planned) rather than an event."""
    kind: str = ""
    """The span's kind (`WAIT`, `PLANNED`, `EVALUATION`); empty for an event."""


class LaneStack:
    """A lane's events stacked on sub-rows; no two placements in a sub-row share a column.

    Stacked when its sub-rows are first asked for (a frame draws the lanes on screen, and a
    zoom key only needs a lane's height, `depth`, the same at every level of a `Stacking`)."""

    __slots__ = ("_make", "_stacked", "depth", "lane")

    def __init__(self, lane: Lane, depth: int, make: Callable[[], _Stacked]) -> None:
        self.lane = lane
        self.depth = depth
        """How many sub-rows (at least one)."""
        self._make: Callable[[], _Stacked] | None = make
        self._stacked: _Stacked | None = None

    def _made(self) -> _Stacked:
        found = self._stacked
        if found is None:
            assert self._make is not None
            found = self._stacked = self._make()
            self._make = None
        return found

    @property
    def stacked(self) -> bool:
        return self._stacked is not None

    @property
    def sub_rows(self) -> tuple[tuple[Placement, ...], ...]:
        """`depth` sub-rows (possibly empty); each sorted by `first`."""
        return self._made()[0]

    @property
    def ordered(self) -> tuple[Placement, ...]:
        """Every placement (events and waiting times) in column order."""
        return self._made()[1]

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, LaneStack)
            and self.lane is other.lane
            and self.sub_rows == other.sub_rows
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"LaneStack({self.lane!r}, depth={self.depth})"


_Stacked = tuple[tuple[tuple[Placement, ...], ...], tuple[Placement, ...]]
"""A lane's sub-rows at one zoom level, and its placements in column order."""


_EPOCH_ORDINAL = EPOCH.toordinal()

_Item = tuple[str, int, bool, bool, int, int, int, int, str]
"""(id, valence, ongoing, waiting, earliest, body start, body end, latest, span kind): days
since the epoch, computed once and divided by each zoom level's days per column."""
_Row = tuple[int, int, int, int, int]
"""(first, last, body_first, body_last, index into the lane's items) at one zoom level."""


def _days(*days: date) -> tuple[int, ...]:
    return tuple(day.toordinal() - _EPOCH_ORDINAL for day in days)


def _event_item(event: Event, today: date) -> _Item:
    return _item(event.id, event.valence, event.start, event.end, event.ongoing, today)


@lru_cache(maxsize=16_384)
def _item(
    event_id: str,
    valence: int,
    start: PartialDate,
    end: PartialDate | None,
    ongoing: bool,
    today: date,
) -> _Item:
    """An event's item from what places it. Cached: after an edit every event of the case is
    read again, and all but one are as they were."""
    earliest, body_first, body_last, latest = _days(*span_days(start, end, ongoing, today))
    ongoing = end is None and ongoing
    return (event_id, valence, ongoing, False, earliest, body_first, body_last, latest, "")


def _wait_item(wait: WaitSpan) -> _Item:
    start, end = _days(wait.start, max(wait.start, wait.end))
    return (wait.referral_id, NEUTRAL, wait.ongoing, True, start, start, end, end, wait.kind)


def _columns(items: list[_Item], days_per_column: int) -> list[_Row]:
    """Every item's columns at one zoom level, sorted for stacking (by first column, then last,
    events before waiting times, then id). An ongoing period keeps a column for its arrow."""
    rows: list[tuple[int, int, bool, str, int, int, int]] = []
    for index, (item_id, _, ongoing, waiting, earliest, start, end, latest, _) in enumerate(items):
        first, body_first = earliest // days_per_column, start // days_per_column
        body_last, last = end // days_per_column, latest // days_per_column
        if ongoing:
            last = max(body_last, body_first + 1)
            body_last = last - 1
        rows.append((first, last, waiting, item_id, body_first, body_last, index))
    rows.sort()
    return [(first, last, bf, bl, index) for first, last, _, _, bf, bl, index in rows]


def _sub_rows(columns: list[_Row]) -> tuple[list[int], int]:
    """The sub-row of each item (in the order given) and how many sub-rows there are.

    Each item goes on the lowest sub-row where it keeps `GAP` blank columns from the one before:
    the classic greedy interval colouring, which uses as few sub-rows as the busiest moment
    needs, and a change in one year does not reshuffle another. Two heaps keep it fast at
    thousands of events: busy sub-rows by their last column, free ones by number.
    """
    busy: list[tuple[int, int]] = []
    free: list[int] = []
    count = 0
    chosen: list[int] = []
    for first, last, _, _, _ in columns:
        while busy and busy[0][0] + GAP < first:
            heappush(free, heappop(busy)[1])
        if free:
            row = heappop(free)
        else:
            row, count = count, count + 1
        heappush(busy, (last, row))
        chosen.append(row)
    return chosen, count


@dataclass(frozen=True, slots=True)
class _Extents:
    """A lane's items as plain day numbers, for counting sub-rows at every zoom level."""

    earliest: list[int]
    latest: list[int]
    """Of the items that are not ongoing; both sorted."""
    ongoing: list[tuple[int, int]]
    """(body start, end) of the ongoing ones, whose arrow takes a column of its own."""

    @classmethod
    def of(cls, items: list[_Item]) -> _Extents:
        return cls(
            sorted(item[4] for item in items),
            sorted(item[7] for item in items if not item[2]),
            [(item[5], item[6]) for item in items if item[2]],
        )

    def depth(self, days_per_column: int) -> int:
        """How many sub-rows `_sub_rows` needs at this zoom, without placing anything.

        Greedy stacking by first column never needs more sub-rows than the most items that
        meet at one column (counting `GAP`), and always that many: so count, at each first
        column, the items begun by then less those ended more than `GAP` columns before.
        Sorting and bisecting plain numbers is much cheaper than stacking, and every zoom
        level needs this count (after an edit, for the lane it touches): so the days come
        sorted (`of`; dividing keeps the order) and the loop runs in `map`s, not in Python.
        With the first columns in order, the items begun by the `i`-th are `i + 1` (for the
        last of equal columns exactly, for the others fewer: the most is the same).
        """
        lasts = list(map(floordiv, self.latest, repeat(days_per_column)))
        if self.ongoing:
            lasts += [
                max(end // days_per_column, start // days_per_column + 1)
                for start, end in self.ongoing
            ]
            lasts.sort()  # two sorted runs: a merge
        firsts = map(floordiv, self.earliest, repeat(days_per_column))
        ended = map(bisect_left, repeat(lasts), map(sub, firsts, repeat(GAP)))
        return max(map(sub, count(1), ended), default=0)


class LaneItems:
    """The events and waiting times of the shown lanes, their days computed once."""

    def __init__(
        self,
        events: Iterable[Event],
        today: date,
        waits: Iterable[WaitSpan],
        lanes: Collection[Lane] | None,
        hide_empty: bool,
    ) -> None:
        shown = [lane for lane in Lane if lanes is None or lane in lanes]
        items: dict[Lane, list[_Item]] = {lane: [] for lane in shown}
        for event in events:
            if event.lane in items:
                items[event.lane].append(_event_item(event, today))
        for wait in waits:
            if wait.lane in items:
                items[wait.lane].append(_wait_item(wait))
        self.today = today
        self.items = {lane: found for lane, found in items.items() if found or not hide_empty}
        """The lanes shown, in display order, each with its items."""
        self._lane_of: dict[str, Lane] | None = None

    def extent(self) -> tuple[date, date] | None:
        """The first and last day drawn for any item (`navigation.extent_of`), from the days
        worked out for the stacking."""
        items = [item for found in self.items.values() for item in found]
        if not items:
            return None
        first = min(item[4] for item in items)
        last = max(item[7] for item in items)
        return date.fromordinal(first + _EPOCH_ORDINAL), date.fromordinal(last + _EPOCH_ORDINAL)

    def lane_of(self, event_id: str) -> Lane | None:
        """The lane of event `event_id`, if it is shown."""
        if self._lane_of is None:
            self._lane_of = {
                item[0]: lane for lane, items in self.items.items() for item in items if not item[3]
            }
        return self._lane_of.get(event_id)

    def depth(self, lane: Lane) -> int:
        """The sub-rows the busiest zoom level of `lane` needs (at least one), with room for
        words when it has events."""
        items = self.items[lane]
        extents = _Extents.of(items)
        busiest = max(1, *(extents.depth(level.days_per_column) for level in ZOOM_LEVELS))
        return busiest + (WORD_ROWS if items else 0)

    def stack(self, lane: Lane, zoom: int, depth: int | None = None) -> LaneStack:
        """`lane` at `zoom`, stacked when first asked for, on `depth` sub-rows when given (the
        most any level needs: `depth`); else as many as this level needs, at least one, plus
        `WORD_ROWS` (stacked at once to know)."""
        items = self.items[lane]
        if depth is not None:
            return LaneStack(lane, depth, lambda: _stacked(lane, items, zoom, depth))
        made = _stacked(lane, items, zoom, None)
        return LaneStack(lane, len(made[0]), lambda: made)


def _stacked(lane: Lane, items: list[_Item], zoom: int, depth: int | None) -> _Stacked:
    """The placements of `lane` at `zoom`, stacked, on at least `depth` sub-rows (None: as
    many as this level needs, at least one, plus `WORD_ROWS`); and in column order."""
    columns = _columns(items, ZOOM_LEVELS[zoom].days_per_column)
    chosen, count = _sub_rows(columns)
    needed = max(count, 1) + (WORD_ROWS if items else 0)
    rows = max(count, depth if depth is not None else needed)
    sub_rows: list[list[Placement]] = [[] for _ in range(rows)]
    ordered = []
    for (first, last, body_first, body_last, index), row in zip(columns, chosen, strict=True):
        item = items[index]
        placement = Placement(
            item[0], lane, row, item[1], first, body_first, body_last, last, *item[2:4], item[8]
        )
        sub_rows[row].append(placement)
        ordered.append(placement)
    return tuple(tuple(row) for row in sub_rows), tuple(ordered)
