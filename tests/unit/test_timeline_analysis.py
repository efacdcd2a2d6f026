"""Explaining a case: waiting times, counts, hindering clusters and honest filters."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from rondom_tui.domain.models import Category, Event, Lane
from rondom_tui.domain.timeline.analysis import (
    Cluster,
    TimelineFilter,
    ValenceCount,
    events_bearing_on,
    hindering_clusters,
    longest_waits,
    summarise,
    waiting_times,
)
from rondom_tui.domain.timeline.grid import ZOOM_LEVELS
from rondom_tui.domain.timeline.labels import (
    category_name,
    lane_name,
    lane_short_name,
    valence_name,
)
from rondom_tui.domain.timeline.navigation import order_key
from rondom_tui.i18n import translate
from tests.unit.timeline_strategies import SETTINGS, TODAY, event, event_lists

REFERRAL = Category.REFERRAL
HELP = Category.HELP_STARTED


# -- waiting times ------------------------------------------------------------------------


def test_referral_then_help_is_a_measured_wait_in_weeks() -> None:
    events = [
        event("02-09-2020", lane=Lane.JEUGDHULP, category=REFERRAL, id="r"),
        event("09-12-2020", lane=Lane.JEUGDHULP, category=HELP, id="h"),
    ]
    (wait,) = waiting_times(events, TODAY)
    assert (wait.referral_id, wait.help_id, wait.days, wait.weeks) == ("r", "h", 98, 14)
    assert wait.text(lang="nl") == "wachttijd 14 weken"
    assert wait.text(lang="en") == "waiting time 14 weeks"


def test_one_week_is_singular_and_months_make_the_wait_approximate() -> None:
    short = [
        event("01-03-2021", category=REFERRAL),
        event("10-03-2021", category=HELP),
    ]
    assert waiting_times(short, TODAY)[0].text(lang="nl") == "wachttijd 1 week"
    vague = [event("03-2021", category=REFERRAL), event("10-2021", category=HELP)]
    (wait,) = waiting_times(vague, TODAY)
    assert wait.uncertain and wait.text(lang="nl").startswith("wachttijd ca. ")


def test_help_goes_to_the_earliest_waiting_referral_of_its_lane() -> None:
    events = [
        event("01-01-2021", lane=Lane.JEUGDHULP, category=REFERRAL, id="r1"),
        event("01-02-2021", lane=Lane.JEUGDHULP, category=REFERRAL, id="r2"),
        event("01-04-2021", lane=Lane.JEUGDHULP, category=HELP, id="h1"),
        event("01-06-2021", lane=Lane.JEUGDHULP, category=HELP, id="h2"),
    ]
    pairs = {w.referral_id: w.help_id for w in waiting_times(events, TODAY)}
    assert pairs == {"r1": "h1", "r2": "h2"}


def test_same_lane_help_wins_over_earlier_help_in_another_lane() -> None:
    events = [
        event("01-01-2021", lane=Lane.JEUGDHULP, category=REFERRAL, id="r"),
        event("01-02-2021", lane=Lane.SCHOOL, category=HELP, id="school-help"),
        event("01-05-2021", lane=Lane.JEUGDHULP, category=HELP, id="youth-help"),
    ]
    (wait,) = waiting_times(events, TODAY)
    assert wait.help_id == "youth-help"


def test_a_referral_without_help_in_its_lane_takes_the_next_help_elsewhere() -> None:
    events = [
        event("01-01-2021", lane=Lane.SCHOOL, category=REFERRAL, id="r"),
        event("01-12-2020", lane=Lane.JEUGDHULP, category=HELP, id="before"),
        event("01-03-2021", lane=Lane.JEUGDHULP, category=HELP, id="after"),
    ]
    (wait,) = waiting_times(events, TODAY)
    assert wait.help_id == "after"


def test_a_referral_without_any_help_is_a_wait_that_goes_on_until_today() -> None:
    events = [
        event("01-12-2025", category=REFERRAL, id="open"),
        event("01-12-2026", category=REFERRAL, id="future"),
    ]
    (wait,) = waiting_times(events, TODAY)
    assert wait.referral_id == "open" and wait.ongoing and wait.until == TODAY
    assert wait.text(lang="nl") == "wachttijd 13 weken, nog geen hulp gestart"


def test_help_on_the_day_of_referral_is_a_wait_of_zero() -> None:
    events = [event("01-03-2021", category=HELP), event("01-03-2021", category=REFERRAL)]
    (wait,) = waiting_times(events, TODAY)
    assert wait.days == 0 and not wait.ongoing


def test_longest_waits_come_first() -> None:
    events = [
        event("01-01-2020", lane=Lane.KIND, category=REFERRAL, id="short"),
        event("15-01-2020", lane=Lane.KIND, category=HELP),
        event("01-01-2021", lane=Lane.GEZIN, category=REFERRAL, id="long"),
        event("01-09-2021", lane=Lane.GEZIN, category=HELP),
        event("01-01-2022", lane=Lane.SCHOOL, category=REFERRAL, id="middle"),
        event("01-04-2022", lane=Lane.SCHOOL, category=HELP),
    ]
    longest = longest_waits(waiting_times(events, TODAY), 2)
    assert [w.referral_id for w in longest] == ["long", "middle"]


def test_a_referral_after_today_is_a_plan_and_takes_no_help_from_one_waiting() -> None:
    day = TODAY + timedelta(days=30)
    planned = day.strftime("%d-%m-%Y")
    later = (day + timedelta(days=10)).strftime("%d-%m-%Y")
    events = [
        event("01-03-2021", lane=Lane.SCHOOL, category=REFERRAL, id="waiting"),
        event(planned, lane=Lane.JEUGDHULP, category=REFERRAL, id="planned"),
        event(later, lane=Lane.JEUGDHULP, category=HELP, id="help"),
    ]
    (wait,) = waiting_times(events, TODAY)
    assert (wait.referral_id, wait.help_id) == ("waiting", "help")


@SETTINGS
@given(event_lists(30))
def test_every_referral_in_the_past_gets_one_wait_and_no_help_is_used_twice(
    events: list[Event],
) -> None:
    waits = waiting_times(events, TODAY)
    referrals = {e.id for e in events if e.category is REFERRAL and e.start.anchor() <= TODAY}
    assert {w.referral_id for w in waits} == referrals
    helps = [w.help_id for w in waits if w.help_id is not None]
    assert len(helps) == len(set(helps))
    help_ids = {e.id for e in events if e.category is HELP}
    assert set(helps) <= help_ids
    assert all(w.days >= 0 for w in waits)


# -- clusters ---------------------------------------------------------------------------------


def hindering(day: str, id: str) -> Event:
    return event(day, valence=-1, id=id)


def test_three_hindering_events_within_a_quarter_form_a_cluster() -> None:
    events = [
        hindering("01-03-2020", "a"),
        hindering("15-04-2020", "b"),
        hindering("20-05-2020", "c"),
        event("01-04-2020", valence=1, id="good"),
        hindering("01-01-2022", "far"),
    ]
    (cluster,) = hindering_clusters(events)
    assert cluster == Cluster(date(2020, 3, 1), date(2020, 5, 20), ("a", "b", "c"))
    assert (
        cluster.text(lang="nl") == "3 belemmerende gebeurtenissen tussen 01-03-2020 en 20-05-2020"
    )


def test_spread_out_hindering_events_are_no_cluster() -> None:
    events = [
        hindering("01-01-2020", "a"),
        hindering("01-05-2020", "b"),
        hindering("01-09-2020", "c"),
    ]
    assert hindering_clusters(events) == ()


def test_overlapping_busy_stretches_join_into_one_cluster() -> None:
    events = [
        hindering(f"{day:02d}-0{month}-2020", f"{month}{day}")
        for month, day in ((1, 1), (2, 1), (3, 1), (4, 15), (5, 20))
    ]
    (cluster,) = hindering_clusters(events)
    assert (cluster.first, cluster.last, len(cluster.event_ids)) == (
        date(2020, 1, 1),
        date(2020, 5, 20),
        5,
    )


@SETTINGS
@given(st.lists(st.integers(0, 2000), max_size=30), st.integers(1, 200), st.integers(2, 5))
def test_clusters_hold_exactly_the_events_of_some_dense_run(
    offsets: list[int], within: int, at_least: int
) -> None:
    start = date(2015, 1, 1)
    events = [
        event(f"{(start + timedelta(days=o)):%d-%m-%Y}", valence=-1, id=f"h{i}")
        for i, o in enumerate(offsets)
    ]
    clusters = hindering_clusters(events, within_days=within, at_least=at_least)
    ordered = sorted(events, key=order_key)
    days = [e.start.anchor() for e in ordered]
    dense = {
        ordered[k].id
        for i in range(len(ordered))
        for j in range(i + at_least - 1, len(ordered))
        if (days[j] - days[i]).days <= within
        for k in range(i, j + 1)
    }
    clustered = [i for c in clusters for i in c.event_ids]
    assert len(clustered) == len(set(clustered))
    assert set(clustered) == dense
    assert all(len(c.event_ids) >= at_least for c in clusters)
    assert all(a.last < b.first for a, b in itertools.pairwise(clusters))


# -- summary -----------------------------------------------------------------------------------


def test_summary_counts_per_lane_and_key() -> None:
    events = [
        event("2019", lane=Lane.GEZIN, valence=-1, keys=(1, 7)),
        event("2020", lane=Lane.GEZIN, valence=1, keys=(7,)),
        event("2021", lane=Lane.SCHOOL, valence=0),
    ]
    summary = summarise(events, TODAY)
    assert summary.per_lane[Lane.GEZIN] == ValenceCount(1, 1, 0)
    assert summary.per_lane[Lane.SCHOOL] == ValenceCount(0, 0, 1)
    assert summary.per_lane[Lane.OVERIG] == ValenceCount()
    assert list(summary.per_lane) == list(Lane)
    assert summary.per_key[7] == ValenceCount(1, 1, 0)
    assert summary.per_key[1] == ValenceCount(0, 1, 0)
    assert sorted(summary.per_key) == [1, 2, 3, 4, 5, 6, 7]


@SETTINGS
@given(event_lists(30))
def test_summary_counts_every_event_once_per_lane(events: list[Event]) -> None:
    summary = summarise(events, TODAY)
    assert sum(c.total for c in summary.per_lane.values()) == len(events)
    assert sum(c.total for c in summary.per_key.values()) == sum(len(set(e.keys)) for e in events)


def test_events_bearing_on_a_key_come_in_time_order() -> None:
    events = [
        event("2021", keys=(2,), id="b"),
        event("2019", keys=(2, 3), id="a"),
        event("2020", keys=(3,), id="x"),
    ]
    assert [e.id for e in events_bearing_on(events, 2)] == ["a", "b"]


# -- filters ----------------------------------------------------------------------------------


def test_no_filter_says_all_events_are_shown() -> None:
    assert TimelineFilter().describe(12, 12, lang="nl") == "Alle gebeurtenissen (12)"
    assert not TimelineFilter().active


def test_filter_keeps_matching_events_and_says_so_in_the_header() -> None:
    events = [
        event("2019", lane=Lane.SCHOOL, valence=-1, keys=(7,), id="hit"),
        event("2019", lane=Lane.SCHOOL, valence=1, keys=(7,), id="wrong-valence"),
        event("2019", lane=Lane.GEZIN, valence=-1, keys=(7,), id="wrong-lane"),
        event("2019", lane=Lane.SCHOOL, valence=-1, keys=(1,), id="wrong-key"),
    ]
    chosen = TimelineFilter(
        lanes=frozenset({Lane.SCHOOL, Lane.KIND}),
        valences=frozenset({-1}),
        keys=frozenset({7, 2}),
        categories=frozenset({Category.OTHER}),
    )
    shown = chosen.apply(events)
    assert [e.id for e in shown] == ["hit"]
    assert chosen.describe(len(shown), len(events), lang="nl") == (
        "Filter: baan Kind, School; waardering belemmerend; sleutel 2, 7; soort Anders "
        "(getoond 1 van 4 gebeurtenissen)"
    )
    assert chosen.describe(1, 4, lang="en").startswith(
        "Filter: lane Child, School; valence hindering"
    )


@SETTINGS
@given(
    event_lists(30),
    st.sets(st.sampled_from(list(Lane))),
    st.sets(st.sampled_from([-1, 0, 1])),
    st.sets(st.integers(1, 7)),
)
def test_filtering_keeps_exactly_the_matching_events(
    events: list[Event], lanes: set[Lane], valences: set[int], keys: set[int]
) -> None:
    chosen = TimelineFilter(frozenset(lanes), frozenset(valences), frozenset(keys))
    shown = chosen.apply(events)
    for e in events:
        expected = (
            (not lanes or e.lane in lanes)
            and (not valences or e.valence in valences)
            and (not keys or bool(keys & set(e.keys)))
        )
        assert (e in shown) == expected


def test_every_lane_category_valence_and_zoom_level_has_words_in_both_languages() -> None:
    for lang in ("nl", "en"):
        words = [lane_name(lane, lang=lang) for lane in Lane]
        words += [lane_short_name(lane, lang=lang) for lane in Lane]
        words += [category_name(c, lang=lang) for c in Category]
        words += [valence_name(v, lang=lang) for v in (-1, 0, 1)]
        words += [translate(lang, level.name_id) for level in ZOOM_LEVELS]
        assert all(words)
        assert max(len(lane_short_name(lane, lang=lang)) for lane in Lane) <= 10
