"""The Tijdlijn's pure layout: dates to columns, stacking, glyphs, axis, hit-test, navigation."""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Event, Lane
from rondom_tui.domain.timeline.grid import LAST_DAY
from rondom_tui.domain.timeline.layout import (
    GLYPHS,
    ZOOM_LEVELS,
    Cursor,
    Frame,
    Paint,
    RowKind,
    Window,
    absolute_column,
    arrange,
    event_days,
    layout,
    paint,
)
from rondom_tui.domain.timeline.navigation import (
    Chronology,
    centre_on,
    ensure_visible,
    extent_of,
    fit,
    nearest_in_lane,
    page,
    page_step,
    pan,
    zoom_in,
    zoom_out,
    zoom_to,
)
from tests.unit.timeline_strategies import SETTINGS, TODAY, event, event_lists, partial_dates

MONTH = 7
"""Zoom level index of one month per column."""
WIDTH = 70
LABEL = re.compile(r"^(\d{4}|[a-z]{3} \d{4}|[a-z]{3}|\d{1,2}|\d{1,3} jr)$")
"""One axis label, alone: two labels run together would not match."""


def lane_row(frame: Frame, lane: Lane, sub_row: int = 0) -> str:
    return frame.rows[frame.lane_rows(lane)[sub_row]].text


def row_of(frame: Frame, kind: RowKind) -> str:
    return next(row.text for row in frame.rows if row.kind is kind)


# -- glyphs and extents -------------------------------------------------------------------


def test_points_show_their_valence_glyph_in_their_column() -> None:
    events = [
        event("14-03-2019", lane=Lane.SCHOOL, valence=1),
        event("20-06-2019", lane=Lane.GEZIN, valence=-1),
        event("01-10-2019", lane=Lane.KIND, valence=0),
    ]
    window = Window.showing(date(2019, 1, 1), MONTH)
    frame = layout(events, window, WIDTH, today=TODAY, lang="nl")
    assert lane_row(frame, Lane.SCHOOL)[window.column_of(date(2019, 3, 14))] == "+"
    assert lane_row(frame, Lane.GEZIN)[window.column_of(date(2019, 6, 20))] == "-"
    assert lane_row(frame, Lane.KIND)[window.column_of(date(2019, 10, 1))] == "o"
    assert lane_row(frame, Lane.SCHOOL).count("+") == 1


def test_a_period_runs_from_start_to_end() -> None:
    window = Window.showing(date(2019, 1, 1), MONTH)
    frame = layout(
        [event("01-02-2019", end="30-09-2019", valence=-1)], window, WIDTH, today=TODAY, lang="nl"
    )
    row = lane_row(frame, Lane.SCHOOL)
    first, last = window.column_of(date(2019, 2, 1)), window.column_of(date(2019, 9, 30))
    assert row[first : last + 1] == "-" * (last - first + 1)
    assert row[first - 1] == " " and row[last + 1] == " "


def test_an_ongoing_period_runs_to_today_and_ends_in_an_arrow() -> None:
    window = Window.showing(date(2024, 1, 1), MONTH)
    frame = layout(
        [event("01-03-2024", ongoing=True, valence=1)], window, WIDTH, today=TODAY, lang="nl"
    )
    row = lane_row(frame, Lane.SCHOOL)
    today = window.column_of(TODAY)
    assert row[today] == ">"
    assert row[window.column_of(date(2024, 3, 1)) : today] == "+" * (
        today - window.column_of(date(2024, 3, 1))
    )
    assert frame.today_column == today


def test_uncertain_dates_show_a_light_extent_around_the_glyph() -> None:
    window = Window.showing(date(2018, 1, 1), MONTH)
    frame = layout([event("~2019", valence=1)], window, WIDTH, today=TODAY, lang="nl")
    row = lane_row(frame, Lane.SCHOOL)
    value = PartialDate.parse("~2019")
    assert row.strip().startswith(GLYPHS["uncertain"])
    assert row[window.column_of(value.anchor())] == "+"
    assert row.index(GLYPHS["uncertain"]) == window.column_of(value.earliest())
    assert row.rindex(GLYPHS["uncertain"]) == window.column_of(value.latest())


def test_an_exact_day_has_no_uncertain_extent() -> None:
    window = Window.showing(date(2019, 1, 1), 0)
    frame = layout([event("14-03-2019", valence=-1)], window, WIDTH, today=TODAY, lang="nl")
    assert GLYPHS["uncertain"] not in lane_row(frame, Lane.SCHOOL)


def test_overlapping_periods_are_stacked_on_sub_rows() -> None:
    events = [
        event("01-2019", end="12-2019", id="a", valence=1),
        event("06-2019", end="06-2020", id="b", valence=-1),
        event("02-2020", id="c"),
    ]
    arrangement = arrange(events, MONTH, TODAY)
    school = next(stack for stack in arrangement.lanes if stack.lane is Lane.SCHOOL)
    # and one row more for words
    assert [[p.event_id for p in row] for row in school.sub_rows] == [["a", "c"], ["b"], []]
    frame = paint(arrangement, Window.showing(date(2018, 6, 1), MONTH), WIDTH, lang="nl")
    rows = frame.lane_rows(Lane.SCHOOL)
    assert len(rows) == 3
    assert [frame.rows[row].label for row in rows] == ["School", "", ""]


def test_two_points_in_one_column_are_both_drawn() -> None:
    events = [event("03-03-2019", id="a", valence=1), event("05-03-2019", id="b", valence=-1)]
    frame = layout(events, Window.showing(date(2019, 1, 1), MONTH), WIDTH, today=TODAY, lang="nl")
    assert set(frame.extents) == {"a", "b"}
    rows = frame.lane_rows(Lane.SCHOOL)
    assert {frame.extents["a"].row, frame.extents["b"].row} == {rows[0], rows[1]}


def test_lanes_keep_their_order_and_empty_ones_can_be_hidden() -> None:
    events = [event("2019", lane=Lane.OVERIG), event("2019", lane=Lane.GEZIN)]
    window = Window.showing(date(2018, 1, 1), MONTH)
    every = layout(events, window, WIDTH, today=TODAY, lang="nl")
    assert [row.lane for row in every.rows if row.kind is RowKind.LANE and not row.sub_row] == list(
        Lane
    )
    compact = layout(events, window, WIDTH, today=TODAY, hide_empty=True, lang="nl")
    assert [row.lane for row in compact.rows if row.kind is RowKind.LANE and not row.sub_row] == [
        Lane.GEZIN,
        Lane.OVERIG,
    ]
    chosen = layout(events, window, WIDTH, today=TODAY, lanes={Lane.OVERIG, Lane.KIND}, lang="nl")
    assert [row.lane for row in chosen.rows if row.kind is RowKind.LANE and not row.sub_row] == [
        Lane.KIND,
        Lane.OVERIG,
    ]


def test_selected_event_keeps_its_glyphs_and_is_painted_selected() -> None:
    events = [event("01-2019", end="06-2019", id="a", valence=-1), event("10-2019", id="b")]
    window = Window.showing(date(2018, 6, 1), MONTH)
    frame = layout(events, window, WIDTH, today=TODAY, selected_id="a", lang="nl")
    row = frame.rows[frame.extents["a"].row]
    selected = [span for span in row.spans if span.paint is Paint.SELECTED]
    assert len(selected) == 1 and selected[0].text[0] == "[" and selected[0].text[-1] == "]"
    assert set(selected[0].text[1:-1]) <= {"-", GLYPHS["uncertain"]}
    assert "-" in selected[0].text
    assert any(span.paint is Paint.NEUTRAL for span in row.spans)


def test_cursor_is_painted_on_its_lane_and_day() -> None:
    window = Window.showing(date(2019, 1, 1), MONTH)
    cursor = Cursor(Lane.GEZIN, date(2019, 6, 15))
    frame = layout([], window, WIDTH, today=TODAY, cursor=cursor, lang="nl")
    row = frame.rows[frame.lane_rows(Lane.GEZIN)[0]]
    assert row.text[window.column_of(cursor.day)] == GLYPHS["cursor"]
    assert [s.paint for s in row.spans if s.paint is not Paint.BLANK] == [Paint.CURSOR]


def test_today_marker_is_drawn_in_empty_cells_of_every_lane() -> None:
    window = Window.showing(TODAY, MONTH, 10)
    frame = layout([], window, WIDTH, today=TODAY, lang="nl")
    assert frame.today_column == 10
    for lane in Lane:
        assert lane_row(frame, lane)[10] == GLYPHS["today"]
    away = layout([], Window.showing(TODAY, MONTH, -5), WIDTH, today=TODAY, lang="nl")
    assert away.today_column is None and GLYPHS["today"] not in lane_row(away, Lane.KIND)


def test_hit_test_maps_every_drawn_cell_to_its_event() -> None:
    events = [event("01-2019", end="06-2019", id="a", valence=1)]
    frame = layout(events, Window.showing(date(2018, 6, 1), MONTH), WIDTH, today=TODAY, lang="nl")
    extent = frame.extents["a"]
    assert all(frame.hit(c, extent.row) == "a" for c in range(extent.first, extent.last + 1))
    assert frame.hit(extent.last + 1, extent.row) is None
    assert frame.hit(extent.first, 0) is None


def test_paint_refuses_an_arrangement_made_at_another_zoom() -> None:
    with pytest.raises(ValueError):
        paint(arrange([], 2, TODAY), Window(3, 0), WIDTH, lang="nl")


# -- axis ---------------------------------------------------------------------------------


def test_year_axis_labels_years_where_they_begin() -> None:
    window = Window.showing(date(2018, 6, 1), MONTH)
    major = row_of(layout([], window, WIDTH, today=TODAY, lang="nl"), RowKind.AXIS_MAJOR)
    column = window.column_of(date(2019, 1, 1))
    assert major[column : column + 4] == "2019"
    assert major.startswith("2018")


def test_fine_zoom_labels_months_with_their_year_and_weeks() -> None:
    window = Window.showing(date(2019, 2, 20), 0)
    frame = layout([], window, WIDTH, today=TODAY, lang="nl")
    major, minor = row_of(frame, RowKind.AXIS_MAJOR), row_of(frame, RowKind.AXIS_MINOR)
    column = window.column_of(date(2019, 3, 1))
    assert major[column : column + 8] == "mrt 2019"
    monday = window.column_of(date(2019, 3, 4))
    assert minor[monday] == "4"


def test_axis_labels_follow_the_language() -> None:
    window = Window.showing(date(2019, 2, 20), 0)
    major = row_of(layout([], window, WIDTH, today=TODAY, lang="en"), RowKind.AXIS_MAJOR)
    assert "Mar 2019" in major
    dutch = row_of(layout([], window, WIDTH, today=TODAY, lang="nl"), RowKind.AXIS_MAJOR)
    assert "mrt 2019" in dutch and "Mar" not in dutch


def test_age_row_shows_the_age_at_each_birthday() -> None:
    born = PartialDate.parse("12-05-2012")
    window = Window.showing(date(2018, 1, 1), MONTH)
    frame = layout([], window, WIDTH, today=TODAY, date_of_birth=born, lang="nl")
    age = row_of(frame, RowKind.AGE)
    assert age.startswith("5 jr")
    column = window.column_of(date(2019, 5, 12))
    assert age[column : column + 4] == "7 jr"
    assert all(
        row.kind is not RowKind.AGE for row in layout([], window, 70, today=TODAY, lang="nl").rows
    )


def test_no_age_before_birth() -> None:
    born = PartialDate.parse("12-05-2020")
    frame = layout(
        [],
        Window.showing(date(2015, 1, 1), MONTH),
        WIDTH,
        today=TODAY,
        date_of_birth=born,
        lang="nl",
    )
    age = row_of(frame, RowKind.AGE)
    assert "-" not in age and age.split()[:2] == ["0", "jr"]


@SETTINGS
@given(zoom=st.integers(0, len(ZOOM_LEVELS) - 1), day=st.dates(date(2001, 1, 1), date(2040, 1, 1)))
def test_axis_labels_never_run_into_each_other(zoom: int, day: date) -> None:
    frame = layout(
        [],
        Window.showing(day, zoom),
        WIDTH,
        today=TODAY,
        date_of_birth=PartialDate(2000, 2, 29),
        lang="nl",
    )
    for row in frame.rows[: frame.axis_rows]:
        assert len(row.text) == WIDTH
        for span in row.spans:
            if span.paint in (Paint.AXIS, Paint.AGE):
                assert LABEL.match(span.text), span.text


# -- properties -----------------------------------------------------------------------------


@SETTINGS
@given(event_lists(), st.integers(0, len(ZOOM_LEVELS) - 1), st.dates(date(2004, 1, 1), TODAY))
def test_every_event_in_the_window_is_drawn_and_only_those(
    events: list[Event], zoom: int, start: date
) -> None:
    window = Window.showing(start, zoom)
    arrangement = arrange(events, zoom, TODAY)
    frame = paint(arrangement, window, WIDTH, lang="nl")
    left, right = window.first_column, window.first_column + WIDTH - 1
    visible = {
        e.id
        for e in events
        if not (
            arrangement.placements[e.id].last < left or arrangement.placements[e.id].first > right
        )
    }
    assert set(frame.extents) == visible
    shown = (window.first_day, window.last_day(WIDTH))
    assert {e.id for e in events if shown[0] <= e.start.anchor() <= shown[1]} <= visible
    assert set(frame.hits.values()) == visible
    for e in events:
        placed = arrangement.placements[e.id]
        if e.id in visible and left <= placed.body_first <= right:
            row = frame.rows[frame.extents[e.id].row]
            assert row.text[placed.body_first - left] == GLYPHS[e.valence]


@SETTINGS
@given(event_lists(40), st.integers(0, len(ZOOM_LEVELS) - 1))
def test_no_two_events_share_or_touch_cells_in_a_sub_row(events: list[Event], zoom: int) -> None:
    arrangement = arrange(events, zoom, TODAY)
    assert len(arrangement.placements) == len(events)
    for stack in arrangement.lanes:
        for row in stack.sub_rows:
            for before, after in pairwise(row):
                assert before.last + 1 < after.first, "a blank column between events"
            assert all(p.lane is stack.lane for p in row)
    frame = paint(arrangement, Window.showing(date(2015, 1, 1), zoom), WIDTH, lang="nl")
    for (column, row), event_id in frame.hits.items():
        assert frame.hits.get((column + 1, row), event_id) == event_id


@SETTINGS
@given(event_lists(), st.integers(0, len(ZOOM_LEVELS) - 1))
def test_partial_dates_fall_within_their_period(events: list[Event], zoom: int) -> None:
    arrangement = arrange(events, zoom, TODAY)
    for e in events:
        p = arrangement.placements[e.id]
        assert absolute_column(e.start.earliest(), zoom) <= p.body_first
        assert p.body_first <= absolute_column(e.start.latest(), zoom)
        assert p.first <= p.body_first <= p.body_last <= p.last
        if e.end is not None and e.end.anchor() >= e.start.anchor():
            assert absolute_column(e.end.earliest(), zoom) <= p.body_last
            assert p.body_last <= absolute_column(e.end.latest(), zoom)


@SETTINGS
@given(event_lists(), st.integers(0, len(ZOOM_LEVELS) - 1))
def test_columns_follow_the_order_of_dates(events: list[Event], zoom: int) -> None:
    arrangement = arrange(events, zoom, TODAY)
    ordered = Chronology.of(events).events
    anchors = [e.start.anchor() for e in ordered]
    assert anchors == sorted(anchors)
    columns = [arrangement.placements[e.id].body_first for e in ordered]
    assert columns == sorted(columns)


@SETTINGS
@given(
    st.dates(date(1950, 1, 1), date(2090, 1, 1)),
    st.dates(date(1950, 1, 1), date(2090, 1, 1)),
    st.integers(0, len(ZOOM_LEVELS) - 1),
    st.integers(-500, 500),
)
def test_columns_are_monotonic_and_hold_their_day(a: date, b: date, zoom: int, offset: int) -> None:
    window = Window.showing(date(2020, 1, 1), zoom, offset)
    first, second = sorted((a, b))
    assert window.column_of(first) <= window.column_of(second)
    column = window.column_of(a)
    assert window.day_of(column) <= a < window.day_of(column + 1)


@SETTINGS
@given(event_lists(), st.integers(0, len(ZOOM_LEVELS) - 1), st.integers(1, 200))
def test_every_row_is_exactly_as_wide_as_asked(
    events: list[Event], zoom: int, columns: int
) -> None:
    frame = layout(
        events,
        Window.showing(date(2015, 1, 1), zoom),
        columns,
        today=TODAY,
        date_of_birth=PartialDate(2010, 6),
        lang="nl",
    )
    assert all(len(row.text) == columns for row in frame.rows)
    assert all(column < columns for column, _ in frame.hits)


@SETTINGS
@given(partial_dates(), st.integers(0, len(ZOOM_LEVELS) - 1))
def test_a_point_is_drawn_inside_the_range_of_its_date(value: PartialDate, zoom: int) -> None:
    e = Event(start=value, valence=1)
    window = Window.showing(value.anchor(), zoom, WIDTH // 2)
    frame = layout([e], window, WIDTH, today=TODAY, lang="nl")
    row = frame.rows[frame.extents[e.id].row].text
    glyph = row.index("+")
    assert window.column_of(value.earliest()) <= glyph <= window.column_of(value.latest())


# -- event days -------------------------------------------------------------------------------


def test_a_known_end_wins_over_the_ongoing_flag_and_a_reversed_end_is_a_point() -> None:
    both = event("2019", end="2020", ongoing=True)
    assert event_days(both, TODAY)[2] == PartialDate.parse("2020").anchor()
    reversed_end = event("01-06-2020", end="01-01-2020")
    assert event_days(reversed_end, TODAY)[1:3] == (date(2020, 6, 1), date(2020, 6, 1))


# -- navigation ---------------------------------------------------------------------------


def test_chronology_steps_through_events_in_time_order() -> None:
    events = [event("2020", id="late"), event("03-2019", id="early"), event("~2019", id="mid")]
    chronology = Chronology.of(events)
    assert [e.id for e in chronology.events] == ["early", "mid", "late"]
    assert chronology.step("early", 1).id == "mid"  # type: ignore[union-attr]
    assert chronology.step("mid", -1).id == "early"  # type: ignore[union-attr]
    assert chronology.step("late", 1) is None and chronology.step("gone", 1) is None
    assert chronology.first().id == "early" and chronology.last().id == "late"  # type: ignore[union-attr]
    assert chronology.from_day(date(2019, 5, 1), 1).id == "mid"  # type: ignore[union-attr]
    assert chronology.from_day(date(2019, 5, 1), -1).id == "early"  # type: ignore[union-attr]
    assert chronology.from_day(date(2030, 1, 1), 1).id == "late"  # type: ignore[union-attr]
    assert chronology.from_day(date(2000, 1, 1), -1).id == "early"  # type: ignore[union-attr]
    assert Chronology.of([]).from_day(date(2030, 1, 1), 1) is None


def test_nearest_in_lane_prefers_a_period_covering_the_day_and_respects_the_range() -> None:
    events = [
        event("01-01-2019", lane=Lane.GEZIN, id="before"),
        event("01-2018", end="12-2020", lane=Lane.GEZIN, id="period"),
        event("01-06-2019", lane=Lane.SCHOOL, id="other-lane"),
    ]
    assert nearest_in_lane(events, Lane.GEZIN, date(2019, 6, 1), TODAY).id == "period"  # type: ignore[union-attr]
    assert nearest_in_lane(events, Lane.KIND, date(2019, 6, 1), TODAY) is None
    only = nearest_in_lane(
        events[:1],
        Lane.GEZIN,
        date(2019, 6, 1),
        TODAY,
        between=(date(2019, 3, 1), date(2019, 9, 1)),
    )
    assert only is None


@SETTINGS
@given(
    st.dates(date(2000, 1, 1), date(2030, 1, 1)),
    st.integers(0, WIDTH - 1),
    st.integers(0, len(ZOOM_LEVELS) - 1),
    st.integers(0, len(ZOOM_LEVELS) - 1),
)
def test_zooming_keeps_a_day_in_its_column(day: date, column: int, zoom: int, new: int) -> None:
    window = Window.showing(day, zoom, column)
    zoomed = zoom_to(window, new, day, WIDTH)
    assert zoomed.zoom == new and zoomed.column_of(day) == column


def test_zoom_in_and_out_stop_at_the_ends() -> None:
    finest = Window.showing(TODAY, 0, 10)
    assert zoom_in(finest, TODAY, WIDTH).zoom == 0
    coarsest = Window.showing(TODAY, len(ZOOM_LEVELS) - 1, 10)
    assert zoom_out(coarsest, TODAY, WIDTH).zoom == len(ZOOM_LEVELS) - 1
    assert zoom_out(finest, TODAY, WIDTH).zoom == 1


def test_pan_and_page_move_by_columns_and_stay_in_range() -> None:
    window = Window.showing(TODAY, MONTH)
    assert pan(window, 3, WIDTH).first_column == window.first_column + 3
    assert page(window, -1, WIDTH).first_column == window.first_column - page_step(WIDTH)
    assert page_step(WIDTH) == 63
    assert pan(Window(MONTH, 5), -100, WIDTH).first_column == 0
    far = pan(window, 10**6, WIDTH)
    assert far.last_day(WIDTH) <= LAST_DAY + timedelta(days=ZOOM_LEVELS[MONTH].days_per_column)


def test_centre_and_ensure_visible() -> None:
    window = Window.showing(TODAY, MONTH, 10)
    assert centre_on(window, date(2010, 1, 1), WIDTH).column_of(date(2010, 1, 1)) == WIDTH // 2
    assert ensure_visible(window, TODAY + timedelta(days=40), WIDTH) == window
    moved = ensure_visible(window, date(2010, 1, 1), WIDTH)
    assert moved.column_of(date(2010, 1, 1)) == 2
    later = ensure_visible(window, date(2040, 1, 1), WIDTH)
    assert later.column_of(date(2040, 1, 1)) == WIDTH - 3


@SETTINGS
@given(event_lists())
def test_fit_shows_every_event(events: list[Event]) -> None:
    window = fit(events, WIDTH, TODAY)
    extent = extent_of(events, TODAY)
    if extent is None:
        assert window.column_of(TODAY) == WIDTH // 2
        return
    if window.zoom < len(ZOOM_LEVELS) - 1:
        assert window.column_of(extent[0]) >= 0 and window.column_of(extent[1]) < WIDTH
        if window.zoom > 0:
            finer = ZOOM_LEVELS[window.zoom - 1].days_per_column
            assert (extent[1] - extent[0]).days // finer + 3 > WIDTH


def test_fit_picks_a_fine_zoom_for_a_short_history() -> None:
    events = [event("01-03-2025"), event("20-03-2025")]
    assert fit(events, WIDTH, TODAY).zoom == 0
    long_history = [event("2008"), event("2025")]
    assert fit(long_history, WIDTH, TODAY).zoom >= len(ZOOM_LEVELS) - 2
