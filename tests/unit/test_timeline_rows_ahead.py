"""The rows a lane and an event will take, known before the level is drawn or arranged
(`rows_ahead`, from the stacking): the same as the frame cut from the drawing says, for any
case, window, width, lanes shown and date of birth. A zoom key scrolls the lanes with these,
so it draws nothing."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Event, Lane
from rondom_tui.domain.timeline.axis import axis_row_count
from rondom_tui.domain.timeline.layout import Stacking, Window, paint
from rondom_tui.domain.timeline.rows_ahead import event_row_ahead, lane_row_count, lane_rows_ahead
from tests.unit.timeline_strategies import TODAY, event_lists


@settings(deadline=None, max_examples=60)
@given(
    events=event_lists(max_size=25),
    zoom=st.integers(0, 15),
    day=st.dates(date(2004, 1, 1), date(2027, 12, 31)),
    columns=st.integers(1, 120),
    hide_empty=st.booleans(),
    born=st.sampled_from([None, PartialDate(2008, 5, 1)]),
)
def test_rows_ahead_are_the_rows_the_frame_draws(
    events: list[Event],
    zoom: int,
    day: date,
    columns: int,
    hide_empty: bool,
    born: PartialDate | None,
) -> None:
    window = Window.showing(day, zoom, columns // 2).clamped(columns)
    stacking = Stacking(events, TODAY, hide_empty=hide_empty)
    # Asked before the level is arranged (as a zoom key asks): its own lane stacked only.
    ahead = {
        item.id: event_row_ahead(stacking, item.id, axis_row_count(born), window, columns)
        for item in events
    }
    frame = paint(
        stacking.at(zoom),
        window,
        columns,
        date_of_birth=born,
        words={e.id: e.title for e in events},
        lang="nl",
    )
    axis = axis_row_count(born)
    assert axis == frame.axis_rows
    assert axis + lane_row_count(stacking) == frame.row_count
    for lane in Lane:
        assert lane_rows_ahead(stacking, lane, axis) == frame.lane_rows(lane)
    for item in events:
        extent = frame.extent(item.id)
        expected = extent.row if extent is not None else None
        assert ahead[item.id] == expected
        assert event_row_ahead(stacking, item.id, axis, window, columns) == expected
    assert event_row_ahead(stacking, "not an event", axis, window, columns) is None


@settings(deadline=None, max_examples=40)
@given(events=event_lists(max_size=12), zoom=st.integers(0, 15), columns=st.integers(1, 60))
def test_an_event_at_the_window_edge_is_on_screen_exactly_when_the_frame_draws_it(
    events: list[Event], zoom: int, columns: int
) -> None:
    stacking = Stacking(events, TODAY)
    arrangement = stacking.at(zoom)
    for placed in arrangement.placements.values():
        for left in (
            placed.first - columns,
            placed.first - columns + 1,
            placed.last,
            placed.last + 1,
        ):
            window = Window(zoom, left)
            frame = paint(arrangement, window, columns, lang="nl")
            extent = frame.extent(placed.event_id)
            expected = extent.row if extent is not None else None
            assert event_row_ahead(stacking, placed.event_id, 2, window, columns) == expected
