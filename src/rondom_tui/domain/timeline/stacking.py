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

from collections.abc import Callable, Collection, Iterable, Mapping
from datetime import date

from rondom_tui.domain.models import Event, Lane
from rondom_tui.domain.timeline.days import date_range as date_range
from rondom_tui.domain.timeline.days import event_days as event_days
from rondom_tui.domain.timeline.lane_items import EVALUATION as EVALUATION
from rondom_tui.domain.timeline.lane_items import GAP as GAP
from rondom_tui.domain.timeline.lane_items import PLANNED as PLANNED
from rondom_tui.domain.timeline.lane_items import WAIT as WAIT
from rondom_tui.domain.timeline.lane_items import LaneItems
from rondom_tui.domain.timeline.lane_items import LaneStack as LaneStack
from rondom_tui.domain.timeline.lane_items import Placement as Placement
from rondom_tui.domain.timeline.lane_items import WaitSpan as WaitSpan


class Arrangement:
    """Every event placed at one zoom level; input to `paint`. A lane is stacked when its
    sub-rows are first asked for (`LaneStack`), every lane when `placements` or `waits` are."""

    __slots__ = ("_found", "_lane_of", "lanes", "today", "zoom")

    def __init__(
        self,
        zoom: int,
        today: date,
        lanes: tuple[LaneStack, ...],
        lane_of: Callable[[str], Lane | None],
    ) -> None:
        self.zoom = zoom
        self.today = today
        self.lanes = lanes
        self._lane_of = lane_of
        self._found: tuple[dict[str, Placement], dict[str, Placement]] | None = None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Arrangement) and (self.zoom, self.today, self.lanes) == (
            other.zoom,
            other.today,
            other.lanes,
        )

    __hash__ = None  # type: ignore[assignment]

    def _by_id(self) -> tuple[dict[str, Placement], dict[str, Placement]]:
        if self._found is None:
            placements: dict[str, Placement] = {}
            waits: dict[str, Placement] = {}
            for stack in self.lanes:
                for placement in stack.ordered:
                    (waits if placement.waiting else placements)[placement.event_id] = placement
            self._found = placements, waits
        return self._found

    @property
    def placements(self) -> Mapping[str, Placement]:
        """The events, by id (every lane stacked)."""
        return self._by_id()[0]

    @property
    def waits(self) -> Mapping[str, Placement]:
        """The waiting times, by the id of their referral (every lane stacked)."""
        return self._by_id()[1]

    def lane_of(self, event_id: str) -> LaneStack | None:
        """The stack of event `event_id`'s lane (None when it is not shown), without
        stacking any lane."""
        lane = self._lane_of(event_id)
        return next((stack for stack in self.lanes if stack.lane is lane), None)

    def placement(self, event_id: str) -> Placement | None:
        """Where event `event_id` goes (None when it is not shown), stacking its lane only."""
        if self._found is not None:
            return self._found[0].get(event_id)
        stack = self.lane_of(event_id)
        if stack is None:
            return None
        return next((p for p in stack.ordered if p.event_id == event_id and not p.waiting), None)

    @property
    def lane_row_count(self) -> int:
        return sum(stack.depth for stack in self.lanes)

    def waits_at(self, lane: Lane, column: int) -> tuple[str, ...]:
        """The referrals whose waiting time is drawn in `lane` at absolute `column`."""
        stack = next((stack for stack in self.lanes if stack.lane is lane), None)
        return tuple(
            p.event_id
            for p in (stack.ordered if stack is not None else ())
            if p.waiting and p.kind == WAIT and p.first <= column <= p.last
        )


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
    found = LaneItems(events, today, waits, lanes, hide_empty)
    stacks = tuple(found.stack(lane, zoom) for lane in found.items)
    return Arrangement(zoom, today, stacks, found.lane_of)


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
        self._lanes = LaneItems(events, today, waits, lanes, hide_empty)
        kept = previous._same_lanes(self._lanes) if previous is not None else {}
        self.depths: Mapping[Lane, int] = {
            lane: previous.depths[lane] if previous and lane in kept else self._lanes.depth(lane)
            for lane in self._lanes.items
        }
        """Sub-rows per shown lane: the most any zoom level needs."""
        self._stacks: dict[Lane, dict[int, LaneStack]] = {
            lane: dict(kept.get(lane, {})) for lane in self._lanes.items
        }
        """Per lane, its stack at every zoom level made so far."""
        self.restacked = frozenset(self._lanes.items) - frozenset(kept)
        """The lanes stacked afresh (all of them without `previous`)."""
        self._arrangements: dict[int, Arrangement] = {}

    @property
    def extent(self) -> tuple[date, date] | None:
        """The first and last day drawn for any event or waiting time (`extent_of`)."""
        return self._lanes.extent()

    def _same_lanes(self, lanes: LaneItems) -> dict[Lane, dict[int, LaneStack]]:
        """The stacks of the lanes whose items `lanes` has unchanged."""
        if lanes.today != self._lanes.today:
            return {}
        return {
            lane: self._stacks[lane]
            for lane, items in lanes.items.items()
            if self._lanes.items.get(lane) == items
        }

    def at(self, zoom: int) -> Arrangement:
        """The arrangement at `zoom`, every lane `depths` sub-rows tall (each stacked when
        first asked for)."""
        arrangement = self._arrangements.get(zoom)
        if arrangement is None:
            stacks = tuple(self._stacked(lane, zoom) for lane in self._stacks)
            arrangement = Arrangement(zoom, self._lanes.today, stacks, self._lanes.lane_of)
            self._arrangements[zoom] = arrangement
        return arrangement

    def _stacked(self, lane: Lane, zoom: int) -> LaneStack:
        made = self._stacks[lane]
        found = made.get(zoom)
        if found is None:
            found = made[zoom] = self._lanes.stack(lane, zoom, self.depths[lane])
        return found

    def placement_at(self, item_id: str, zoom: int) -> Placement | None:
        """Where event `item_id` goes at `zoom` (None when it is not shown), stacking its own
        lane at that level only: a zoom key scrolls to the selected event without arranging
        every lane of a level it may skip (`rows_ahead`)."""
        return self.at(zoom).placement(item_id)
