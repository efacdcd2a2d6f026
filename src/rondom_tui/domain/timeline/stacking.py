"""Where every event of the Tijdlijn goes: its lane, its sub-row and its absolute columns.

Pure. `arrange` places events (and measured waiting times, `WaitSpan`) at one zoom level,
stacking what would touch on sub-rows. `Stacking` counts the sub-rows each lane needs at every
zoom level and makes each lane as tall as its busiest level, so a lane stays on the same screen
row whatever the zoom: zooming never moves a lane up or down. It arranges a level when first
asked and keeps it.

The arrangement depends on the events, the zoom, the lanes shown and today, not on panning, so
sub-rows stay where they are while the user scrolls through time.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from heapq import heappop, heappush
from itertools import repeat
from operator import floordiv, sub
from typing import NamedTuple

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import NEUTRAL, Event, Lane
from rondom_tui.domain.timeline.days import date_range as date_range
from rondom_tui.domain.timeline.days import event_days as event_days
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
    """The events, by id."""
    waits: Mapping[str, Placement]
    """The waiting times, by the id of their referral."""

    @property
    def lane_row_count(self) -> int:
        return sum(len(stack.sub_rows) for stack in self.lanes)

    def waits_at(self, lane: Lane, column: int) -> tuple[str, ...]:
        """The referrals whose waiting time is drawn in `lane` at absolute `column`."""
        return tuple(
            p.event_id
            for p in self.waits.values()
            if p.kind == WAIT and p.lane is lane and p.first <= column <= p.last
        )


# -- stacking ---------------------------------------------------------------------------

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
        """
        d = repeat(days_per_column)
        firsts = list(map(floordiv, self.earliest, d))
        lasts = list(map(floordiv, self.latest, d))
        lasts += [
            max(end // days_per_column, start // days_per_column + 1) for start, end in self.ongoing
        ]
        lasts.sort()  # two sorted runs: a merge
        starts = set(firsts)
        begun = map(bisect_right, repeat(firsts), starts)
        ended = map(bisect_left, repeat(lasts), map(sub, starts, repeat(GAP)))
        return max(map(sub, begun, ended), default=0)


class _Lanes:
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

    def stack(self, lane: Lane, zoom: int, depth: int | None = None) -> _Stacked:
        """The placements of `lane` at `zoom`, stacked, on `depth` sub-rows when given (else
        as many as this level needs, at least one, plus `WORD_ROWS`); and in column order."""
        items = self.items[lane]
        columns = _columns(items, ZOOM_LEVELS[zoom].days_per_column)
        chosen, count = _sub_rows(columns)
        if depth is not None:
            depth = max(count, depth)
        else:
            depth = max(count, 1) + (WORD_ROWS if items else 0)
        sub_rows: list[list[Placement]] = [[] for _ in range(depth)]
        ordered = []
        for (first, last, body_first, body_last, index), row in zip(columns, chosen, strict=True):
            item = items[index]
            placement = Placement(
                item[0], lane, row, item[1], first, body_first, body_last, last, *item[2:4], item[8]
            )
            sub_rows[row].append(placement)
            ordered.append(placement)
        return LaneStack(lane, tuple(tuple(row) for row in sub_rows)), ordered


_Stacked = tuple[LaneStack, list[Placement]]
"""A lane's stack at one zoom level, and its placements in column order."""


def _arrangement(zoom: int, today: date, stacked: Iterable[_Stacked]) -> Arrangement:
    """The lanes' stacks at `zoom` as one arrangement, with every placement found by id."""
    placements: dict[str, Placement] = {}
    waits: dict[str, Placement] = {}
    stacks = []
    for stack, ordered in stacked:
        stacks.append(stack)
        for placement in ordered:
            (waits if placement.waiting else placements)[placement.event_id] = placement
    return Arrangement(zoom, today, tuple(stacks), placements, waits)


def arrange(
    events: Iterable[Event],
    zoom: int,
    today: date,
    *,
    waits: Iterable[WaitSpan] = (),
    lanes: Collection[Lane] | None = None,
    hide_empty: bool = False,
) -> Arrangement:
    """Place every event (and waiting time) of the shown lanes at `zoom`, stacking overlaps on
    sub-rows; each lane gets as many sub-rows as this zoom level needs.

    `lanes` limits the lanes shown (display order stays that of `Lane`); `hide_empty` drops
    lanes without events or waiting times. For a picture the user zooms, use `Stacking`.
    """
    found = _Lanes(events, today, waits, lanes, hide_empty)
    return _arrangement(zoom, today, [found.stack(lane, zoom) for lane in found.items])


class Stacking:
    """The arrangements of one set of events at every zoom level, with each lane as tall at
    every level as at its busiest, so that lanes keep their screen rows while zooming.

    Made once per change of the events, waiting times, lanes or `hide_empty` (the widget keeps
    it until then); `at` hands out each level's arrangement, made on first use. Made after an
    edit with the stacking before it as `previous`, it keeps every lane whose events and
    waiting times did not change as they were (the same `LaneStack`s, so a canvas keeps their
    drawing too): an edit stacks again only the lane it touches.
    """

    def __init__(
        self,
        events: Iterable[Event],
        today: date,
        *,
        waits: Iterable[WaitSpan] = (),
        lanes: Collection[Lane] | None = None,
        hide_empty: bool = False,
        previous: Stacking | None = None,
    ) -> None:
        self._lanes = _Lanes(events, today, waits, lanes, hide_empty)
        kept = previous._same_lanes(self._lanes) if previous is not None else {}
        self.depths: Mapping[Lane, int] = {
            lane: previous.depths[lane] if previous and lane in kept else self._lanes.depth(lane)
            for lane in self._lanes.items
        }
        """Sub-rows per shown lane: the most any zoom level needs."""
        self._stacks: dict[Lane, dict[int, _Stacked]] = {
            lane: dict(kept.get(lane, {})) for lane in self._lanes.items
        }
        """Per lane, its stack at every zoom level made so far."""
        self.restacked = frozenset(self._lanes.items) - frozenset(kept)
        """The lanes stacked afresh (all of them without `previous`)."""
        self._arrangements: dict[int, Arrangement] = {}

    def _same_lanes(self, lanes: _Lanes) -> dict[Lane, dict[int, _Stacked]]:
        """The stacks of the lanes whose items `lanes` has unchanged."""
        if lanes.today != self._lanes.today:
            return {}
        return {
            lane: self._stacks[lane]
            for lane, items in lanes.items.items()
            if self._lanes.items.get(lane) == items
        }

    def at(self, zoom: int) -> Arrangement:
        """The arrangement at `zoom`, every lane `depths` sub-rows tall."""
        arrangement = self._arrangements.get(zoom)
        if arrangement is None:
            stacks = [self._stacked(lane, zoom) for lane in self._stacks]
            arrangement = _arrangement(zoom, self._lanes.today, stacks)
            self._arrangements[zoom] = arrangement
        return arrangement

    def _stacked(self, lane: Lane, zoom: int) -> _Stacked:
        made = self._stacks[lane]
        found = made.get(zoom)
        if found is None:
            found = made[zoom] = self._lanes.stack(lane, zoom, self.depths[lane])
        return found

    def placement_at(self, item_id: str, zoom: int) -> Placement | None:
        """Where event `item_id` goes at `zoom` (None when it is not shown), stacking its own
        lane at that level only: a zoom key scrolls to the selected event without arranging
        every lane of a level it may skip (`rows_ahead`)."""
        arrangement = self._arrangements.get(zoom)
        if arrangement is not None:
            return arrangement.placements.get(item_id)
        lane = self._lanes.lane_of(item_id)
        if lane is None:
            return None
        return next(
            (p for p in self._stacked(lane, zoom)[1] if p.event_id == item_id and not p.waiting),
            None,
        )
