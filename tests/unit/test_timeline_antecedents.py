"""What came before an event (`b` on the Tijdlijn): the look-back rule at the edges of partial
dates, and its properties over any events."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rondom_tui.domain.models import Event
from rondom_tui.domain.timeline.antecedents import (
    SPANS,
    LookBack,
    antecedents,
    months_before,
)
from rondom_tui.domain.timeline.navigation import order_key
from rondom_tui.domain.timeline.stacking import date_range, event_days
from tests.unit.timeline_strategies import SETTINGS, TODAY, event, event_lists, timeline_events

ANCHOR = event("15-03-2025", id="anchor", title="ruzie op het plein")


def found(events: list[Event], anchor: Event = ANCHOR, months: int = 6) -> dict[str, bool]:
    """Id -> order sure, of the antecedents."""
    return {a.event.id: a.order_sure for a in antecedents(events, anchor, months, TODAY)}


# -- the edges of partial dates ---------------------------------------------------------


def test_a_month_holding_the_anchor_day_is_listed_with_its_order_unsure() -> None:
    assert found([event("03-2025", id="march")]) == {"march": False}


def test_a_year_holding_the_anchor_day_is_listed_with_its_order_unsure() -> None:
    assert found([event("2025", id="year")]) == {"year": False}


def test_the_month_before_is_sure_and_the_month_after_is_not_listed() -> None:
    events = [event("02-2025", id="feb"), event("04-2025", id="apr")]
    assert found(events) == {"feb": True}


def test_the_same_day_is_listed_with_its_order_unsure() -> None:
    assert found([event("15-03-2025", id="same")]) == {"same": False}


def test_the_day_after_is_not_listed() -> None:
    assert found([event("16-03-2025", id="next")]) == {}


def test_an_anchor_of_a_month_takes_every_day_of_that_month_as_unsure() -> None:
    anchor = event("03-2025", id="anchor")
    events = [event("31-03-2025", id="end"), event("28-02-2025", id="before")]
    assert found(events, anchor) == {"end": False, "before": True}


def test_an_approximate_date_that_may_fall_after_is_unsure() -> None:
    assert found([event("~02-2025", id="about")]) == {"about": False}


def test_the_look_back_starts_on_the_same_day_months_earlier() -> None:
    events = [
        event("15-09-2024", id="first day"),
        event("14-09-2024", id="day before"),
        event("09-2024", id="month across the edge"),
        event("08-2024", id="month before"),
    ]
    assert found(events) == {"first day": True, "month across the edge": True}


@pytest.mark.parametrize(("months", "first"), [(3, date(2024, 12, 15)), (24, date(2023, 3, 15))])
def test_each_span_looks_back_its_months(months: int, first: date) -> None:
    assert LookBack.of(ANCHOR, months).first == first


def test_a_period_still_running_in_the_look_back_came_before() -> None:
    long_ago = event("01-2020", end="01-2025", id="ill")
    ongoing = event("06-2019", ongoing=True, id="debts")
    over = event("01-2020", end="06-2024", id="over")
    assert found([long_ago, ongoing, over]) == {"ill": True, "debts": True}


def test_the_anchor_is_never_its_own_antecedent() -> None:
    assert found([ANCHOR, event("15-03-2025", id="anchor")]) == {}


def test_months_before_keeps_to_the_end_of_a_shorter_month() -> None:
    assert months_before(date(2025, 8, 31), 6) == date(2025, 2, 28)
    assert months_before(date(2024, 8, 31), 6) == date(2024, 2, 29)
    assert months_before(date(2025, 1, 10), 24) == date(2023, 1, 10)


# -- properties -------------------------------------------------------------------------


@SETTINGS
@given(event_lists(), timeline_events(), st.sampled_from(SPANS))
def test_antecedents_keep_to_the_rule(events: list[Event], anchor: Event, months: int) -> None:
    result = antecedents(events, anchor, months, TODAY)
    look = LookBack.of(anchor, months)
    ids = [a.event.id for a in result]
    assert anchor.id not in ids
    assert [order_key(a.event) for a in result] == sorted(order_key(a.event) for a in result)
    for item in result:
        earliest, _, latest = date_range(item.event.start)
        assert earliest <= look.last
        assert event_days(item.event, TODAY)[3] >= look.first
        assert item.order_sure == (latest < look.anchor_earliest)
    # nothing that fits the rule is left out
    fits = {
        e.id
        for e in events
        if e.id != anchor.id
        and date_range(e.start)[0] <= look.last
        and event_days(e, TODAY)[3] >= look.first
    }
    assert set(ids) == fits


@SETTINGS
@given(event_lists(), timeline_events())
def test_a_longer_look_back_finds_at_least_as_much(events: list[Event], anchor: Event) -> None:
    found_per_span = [
        {a.event.id for a in antecedents(events, anchor, months, TODAY)} for months in SPANS
    ]
    for shorter, longer in pairwise(found_per_span):
        assert shorter <= longer


@SETTINGS
@given(timeline_events(), timeline_events())
def test_an_event_sure_to_come_first_never_has_the_anchor_before_it(
    first: Event, second: Event
) -> None:
    forward = {a.event.id: a.order_sure for a in antecedents([first], second, 24, TODAY)}
    backward = {a.event.id: a.order_sure for a in antecedents([second], first, 24, TODAY)}
    if first.id != second.id and forward.get(first.id):
        assert second.id not in backward
