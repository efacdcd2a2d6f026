"""The event and filter dialogs' rules, without a terminal: partial dates, the period's end,
ongoing periods, keys, and the filter they build."""

from __future__ import annotations

from datetime import date
from typing import Any

from rondom_tui.domain.cases.rules import FieldErrors
from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Category, Event, Lane
from rondom_tui.domain.timeline.analysis import TimelineFilter
from rondom_tui.ui.modals.event_form import build_event, event_values
from rondom_tui.ui.modals.timeline_filter import build_filter, filter_values

TODAY = date(2026, 3, 2)
ORIGINAL = Event(
    id="e1",
    case_id="c1",
    lane=Lane.SCHOOL,
    category=Category.INCIDENT,
    title="Ruzie op het schoolplein",
    start=PartialDate(2023, 10, 12),
    valence=-1,
    keys=[2],
    source="leerkracht",
    disputed=True,
    note="Ouders zien het anders.",
)


def build(**changes: Any) -> tuple[Event, dict[str, str]]:
    values = event_values(ORIGINAL) | changes
    errors = FieldErrors()
    event = build_event(values, errors, original=ORIGINAL, today=TODAY)
    return event, {name: e.message_id for name, e in errors.errors.items()}


def test_an_unchanged_form_gives_the_same_event() -> None:
    event, errors = build()
    assert errors == {}
    assert event == ORIGINAL and event.id == "e1" and event.case_id == "c1"


def test_partial_dates_are_read_as_people_write_them() -> None:
    event, errors = build(start="~2019", end="<03-2021", ongoing=False)
    assert errors == {}
    assert (event.start, event.end) == (PartialDate.parse("~2019"), PartialDate.parse("<2021-03"))


def test_wrong_dates_are_named_at_their_field() -> None:
    assert build(start="")[1] == {"start": "form.required"}
    assert build(start="31-02-2020")[1] == {"start": "date.invalid_day"}
    assert build(end="maand 2020")[1] == {"end": "date.unknown_month"}
    assert build(start="14-03-20")[1] == {"start": "date.unreadable"}


def test_the_end_may_not_lie_before_the_start_but_may_share_its_period() -> None:
    assert build(start="2020", end="2019")[1] == {"end": "timeline.event.end_before_start"}
    assert build(start="01-2020", end="~2018")[1] == {"end": "timeline.event.end_before_start"}
    assert build(start="2020", end="03-2020")[1] == {}
    assert build(start="12-10-2023", end="12-10-2023")[1] == {}


def test_an_ongoing_period_has_no_end() -> None:
    assert build(end="2024", ongoing=True)[1] == {"end": "timeline.event.end_and_ongoing"}
    event, errors = build(end="", ongoing=True)
    assert errors == {} and event.ongoing and event.is_period


def test_the_title_is_required_and_keys_stay_within_seven() -> None:
    assert build(title="  ")[1] == {"title": "form.required"}
    assert build(keys=[8])[1] == {"keys": "form.bad_keys"}
    event, _ = build(keys=[7, 2, 7])
    assert event.keys == [2, 7]


def test_the_filter_form_round_trips_a_filter() -> None:
    chosen = TimelineFilter(
        lanes=frozenset({Lane.GEZIN}),
        valences=frozenset({-1, 0}),
        keys=frozenset({7}),
        categories=frozenset({Category.REFERRAL}),
    )
    assert build_filter(filter_values(chosen), FieldErrors()) == chosen
    assert not build_filter(filter_values(TimelineFilter()), FieldErrors()).active
