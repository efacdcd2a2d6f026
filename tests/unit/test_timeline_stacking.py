"""Stacking on the Tijdlijn: lanes keep their rows at every zoom level, nothing overlaps in a
sub-row, and measured waiting times are drawn as spans of their own."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from rondom_tui.domain.models import Category, Event, Lane
from rondom_tui.domain.timeline.analysis import waiting_times
from rondom_tui.domain.timeline.layout import (
    GLYPHS,
    ZOOM_LEVELS,
    Paint,
    Stacking,
    Window,
    arrange,
    layout,
    paint,
)
from rondom_tui.domain.timeline.navigation import extent_of
from rondom_tui.domain.timeline.words import WORD_ROWS
from tests.unit.timeline_strategies import SETTINGS, TODAY, event, event_lists

WIDTH = 70
MONTH = 7
ZOOMS = range(len(ZOOM_LEVELS))


def referral_and_help() -> list[Event]:
    """A referral at school, help starting at youth care fourteen weeks later (fictional)."""
    return [
        event("11-01-2021", lane=Lane.SCHOOL, category=Category.REFERRAL, id="referral"),
        event("19-04-2021", lane=Lane.JEUGDHULP, category=Category.HELP_STARTED, id="help"),
    ]


@SETTINGS
@given(event_lists(40), st.booleans(), st.dates(date(2004, 1, 1), TODAY))
def test_every_lane_keeps_its_screen_rows_at_every_zoom_level(
    events: list[Event], hide_empty: bool, day: date
) -> None:
    waits = [w.span for w in waiting_times(events, TODAY)]
    stacking = Stacking(events, TODAY, waits=waits, hide_empty=hide_empty)
    frames = [
        paint(stacking.at(zoom), Window.showing(day, zoom), WIDTH, lang="nl") for zoom in ZOOMS
    ]
    for lane in Lane:
        rows = {frame.lane_rows(lane) for frame in frames}
        assert len(rows) == 1, (lane, rows)
    assert len({len(frame.rows) for frame in frames}) == 1


@SETTINGS
@given(event_lists(40))
def test_stacked_lanes_never_overlap_in_a_sub_row_at_any_zoom(events: list[Event]) -> None:
    waits = [w.span for w in waiting_times(events, TODAY)]
    stacking = Stacking(events, TODAY, waits=waits)
    needed = [arrange(events, zoom, TODAY, waits=waits).lanes for zoom in ZOOMS]
    for lane_index, lane in enumerate(Lane):
        busiest = max(len(lanes[lane_index].sub_rows) for lanes in needed)
        assert stacking.depths[lane] == busiest, "as tall as the busiest level, no taller"
    for zoom in ZOOMS:
        arrangement = stacking.at(zoom)
        assert set(arrangement.placements) == {e.id for e in events}
        assert set(arrangement.waits) == {w.referral_id for w in waits}
        for stack in arrangement.lanes:
            assert len(stack.sub_rows) == stacking.depths[stack.lane]
            for row in stack.sub_rows:
                for before, after in pairwise(row):
                    assert before.last + 1 < after.first, "a blank column between events"


@SETTINGS
@given(event_lists(40), st.integers(0, len(ZOOM_LEVELS) - 1))
def test_a_stacking_places_events_as_arrange_does_at_that_zoom(
    events: list[Event], zoom: int
) -> None:
    alone = arrange(events, zoom, TODAY)
    stacked = Stacking(events, TODAY).at(zoom)
    assert stacked.placements == alone.placements
    for tall, short in zip(stacked.lanes, alone.lanes, strict=True):
        assert tall.sub_rows[: len(short.sub_rows)] == short.sub_rows
        assert not any(tall.sub_rows[len(short.sub_rows) :])


def test_a_lane_is_as_tall_as_its_busiest_zoom_level_needs() -> None:
    events = [event("02-03-2021", id="a"), event("09-03-2021", id="b")]
    stacking = Stacking(events, TODAY)
    # each lane with events has one row more, for words
    assert len(arrange(events, 0, TODAY).lanes[2].sub_rows) == 1 + WORD_ROWS
    assert len(arrange(events, MONTH, TODAY).lanes[2].sub_rows) == 2 + WORD_ROWS
    assert stacking.depths[Lane.SCHOOL] == 2 + WORD_ROWS and stacking.depths[Lane.KIND] == 1
    assert len(stacking.at(0).lanes[2].sub_rows) == 2 + WORD_ROWS


# -- waiting times on the axis -------------------------------------------------------------


def test_a_waiting_time_is_drawn_from_the_referral_to_the_start_of_help() -> None:
    events = referral_and_help()
    waits = [w.span for w in waiting_times(events, TODAY)]
    window = Window.showing(date(2020, 12, 1), 3)
    frame = layout(events, window, WIDTH, today=TODAY, waits=waits, lang="nl")
    extent = frame.wait_extents["referral"]
    assert frame.rows[extent.row].lane is Lane.SCHOOL
    assert extent.row != frame.extents["referral"].row, "its own sub-row, not over the event"
    assert extent.first == window.column_of(date(2021, 1, 11))
    assert extent.last == window.column_of(date(2021, 4, 19))
    text = frame.rows[extent.row].text
    assert text[extent.first : extent.last + 1] == GLYPHS["wait"] * (extent.last - extent.first + 1)
    spans = [s for s in frame.rows[extent.row].spans if s.paint is Paint.WAITING]
    assert len(spans) == 1 and spans[0].text.strip(GLYPHS["wait"]) == ""
    assert "referral" not in {frame.hit(c, extent.row) for c in range(extent.first, extent.last)}


def test_a_wait_that_goes_on_runs_to_today_and_ends_in_an_arrow() -> None:
    referral = event("05-01-2026", lane=Lane.JEUGDHULP, category=Category.REFERRAL, id="r")
    waits = [w.span for w in waiting_times([referral], TODAY)]
    window = Window.showing(date(2025, 12, 1), 2)
    frame = layout([referral], window, WIDTH, today=TODAY, waits=waits, lang="nl")
    extent = frame.wait_extents["r"]
    text = frame.rows[extent.row].text
    assert extent.last == window.column_of(TODAY)
    assert text[extent.last] == GLYPHS["ongoing"]
    assert set(text[extent.first : extent.last]) == {GLYPHS["wait"]}


def test_a_wait_shares_a_sub_row_with_events_it_does_not_touch() -> None:
    events = [
        *referral_and_help(),
        event("01-2020", end="10-2020", lane=Lane.SCHOOL, id="a"),
        event("02-2020", end="08-2020", lane=Lane.SCHOOL, id="b"),
    ]
    waits = [w.span for w in waiting_times(events, TODAY)]
    arrangement = arrange(events, MONTH, TODAY, waits=waits)
    assert arrangement.placements["a"].sub_row == arrangement.placements["referral"].sub_row == 0
    assert arrangement.placements["b"].sub_row == arrangement.waits["referral"].sub_row == 1
    assert len(arrangement.lanes[2].sub_rows) == 2 + WORD_ROWS
    assert arrangement.waits_at(Lane.SCHOOL, arrangement.waits["referral"].first) == ("referral",)
    assert arrangement.waits_at(Lane.GEZIN, arrangement.waits["referral"].first) == ()


def test_an_empty_lane_with_only_a_wait_is_not_hidden() -> None:
    events = referral_and_help()
    waits = [w.span for w in waiting_times(events, TODAY)]
    school_only = [e for e in events if e.lane is Lane.JEUGDHULP]
    arrangement = arrange(school_only, MONTH, TODAY, waits=waits, hide_empty=True)
    assert [stack.lane for stack in arrangement.lanes] == [Lane.SCHOOL, Lane.JEUGDHULP]


@SETTINGS
@given(event_lists(30), st.booleans())
def test_a_stacking_knows_the_days_its_events_and_waits_take_as_extent_of_does(
    events: list[Event], hide_empty: bool
) -> None:
    """The view's life span comes from the stacking's days (`LifeSpan.around`)."""
    waits = [wait.span for wait in waiting_times(events, TODAY)]
    stacking = Stacking(events, TODAY, waits=waits, hide_empty=hide_empty)
    assert stacking.extent == extent_of(events, TODAY, waits)
