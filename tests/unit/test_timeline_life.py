"""The picture fits the child's life; disputed events can be filtered; a wait the case already
shows as an event is not drawn twice."""

from __future__ import annotations

from datetime import date

from rondom_tui.domain.models import Category, Lane
from rondom_tui.domain.timeline.analysis import (
    Disputed,
    TimelineFilter,
    waiting_times,
    waits_to_draw,
)
from rondom_tui.domain.timeline.grid import Window
from rondom_tui.domain.timeline.navigation import LIFE_MARGIN, LifeSpan
from tests.unit.timeline_strategies import TODAY, event

BORN = date(2016, 5, 1)


def test_the_picture_opens_on_birth_to_today_with_little_empty_future() -> None:
    life = LifeSpan.of([event("2019"), event("06-2024")], TODAY, born=BORN)
    assert life == LifeSpan(BORN, TODAY)
    for columns in (66, 109, 188):
        window = life.fit(columns)
        assert window.column_of(BORN) == LIFE_MARGIN
        assert window.column_of(TODAY) < columns
        empty = columns - 1 - window.column_of(TODAY)
        assert empty <= columns // 4, f"{empty} of {columns} columns show the empty future"


def test_zooming_out_stops_at_the_life_and_panning_stays_in_it() -> None:
    life = LifeSpan(BORN, TODAY)
    widest = life.widest(80)
    assert life.fit(80).zoom == widest
    early = Window.showing(date(2000, 1, 1), widest - 3)
    assert life.keep_inside(early, 80).column_of(BORN) == LIFE_MARGIN
    late = Window.showing(date(2035, 1, 1), widest - 3)
    assert life.keep_inside(late, 80).column_of(TODAY) == 80 - 1 - LIFE_MARGIN


def test_an_event_before_birth_or_in_the_future_widens_the_life() -> None:
    life = LifeSpan.of([event("2015"), event("2027")], TODAY, born=BORN)
    assert life is not None and life.first < BORN and life.last > TODAY
    assert LifeSpan.of([], TODAY) is None


def test_the_filter_shows_only_or_hides_the_disputed_events() -> None:
    calm, disputed = event("2019", id="calm"), event("2020", id="disputed")
    disputed.disputed = True
    only = TimelineFilter(disputed=Disputed.ONLY)
    hide = TimelineFilter(disputed=Disputed.HIDE)
    assert only.apply([calm, disputed]) == [disputed] and only.active
    assert hide.apply([calm, disputed]) == [calm] and hide.active
    assert "alleen betwist" in only.describe(1, 2, lang="nl")
    assert "without disputed" in hide.describe(1, 2, lang="en")
    assert not TimelineFilter().active


def test_a_wait_already_written_as_a_waiting_event_is_not_drawn_again() -> None:
    referral = event("01-02-2021", category=Category.REFERRAL, lane=Lane.JEUGDHULP, id="r")
    help_started = event("01-05-2021", category=Category.HELP_STARTED, lane=Lane.JEUGDHULP)
    waits = waiting_times([referral, help_started], TODAY)
    assert len(waits_to_draw(waits, [referral, help_started], TODAY)) == 1
    waiting = event("01-02-2021", end="01-05-2021", category=Category.WAITING, id="w")
    assert waits_to_draw(waits, [referral, help_started, waiting], TODAY) == []
    elsewhere = event("2018", category=Category.WAITING)
    assert len(waits_to_draw(waits, [referral, help_started, elsewhere], TODAY)) == 1
