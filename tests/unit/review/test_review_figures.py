"""The review's figures: what is counted, in which month, per school, and that reviews add up."""

from __future__ import annotations

from datetime import date

import msgspec
import pytest
from hypothesis import given
from review_data import SCHOOLS, SETTINGS, TODAY, assessment, case, caseloads, event, load

from rondom_tui.domain.errors import ValidationError
from rondom_tui.domain.models import HINDERING, NEUTRAL, PROMOTING, Action, Category, Lane
from rondom_tui.domain.review import cells as ids
from rondom_tui.domain.review.cells import Figures, Waits, merge
from rondom_tui.domain.review.facts import caseload_of
from rondom_tui.domain.review.figures import overview, review_figures
from rondom_tui.domain.review.months import Month
from rondom_tui.domain.review.selection import Selection


def test_an_empty_selection_has_no_figures() -> None:
    figures = review_figures(load([]), Selection(), TODAY)
    assert figures == Figures()
    assert figures.cases.count == 0
    made = overview(load([]), Selection(), TODAY)
    assert made.schools == {} and made.together == Figures()
    # a selection that takes nothing is empty too
    one = load([case(1)], [event("case-0001")])
    assert review_figures(one, Selection(schools=frozenset({"Elders"})), TODAY) == Figures()


def test_one_case_is_counted_per_key_lane_and_category() -> None:
    c = case(1)
    events = [
        event(c.id, keys=(4, 6), lane=Lane.SCHOOL, category=Category.INCIDENT),
        event(c.id, keys=(4,), lane=Lane.JEUGDHULP, category=Category.MEETING),
        event(c.id, valence=PROMOTING, keys=(1,), lane=Lane.SCHOOL, category=Category.PLAN),
        event(c.id, valence=NEUTRAL, keys=(2,)),
    ]
    figures = review_figures(load([c], events), Selection(), TODAY)
    assert figures.cases.count == 1 and figures.cases.case_ids == {c.id}
    assert figures.count(ids.key_id(4, HINDERING)).count == 2
    assert figures.count(ids.key_id(4, HINDERING)).cases == 1
    assert figures.count(ids.key_id(6, HINDERING)).count == 1
    assert figures.count(ids.key_id(1, PROMOTING)).count == 1
    assert figures.count(ids.key_id(2, HINDERING)).count == 0  # neutral counts nowhere
    assert figures.count(ids.key_id(2, PROMOTING)).count == 0
    assert figures.count(ids.lane_id(Lane.SCHOOL, HINDERING)).count == 1
    assert figures.count(ids.category_id(Category.INCIDENT)).count == 1
    assert figures.count(ids.category_id(Category.PLAN)).count == 0  # promoting: not a category


def test_events_without_keys_count_in_their_lane_but_under_no_key() -> None:
    c = case(1)
    figures = review_figures(load([c], [event(c.id, keys=())]), Selection(), TODAY)
    assert figures.count(ids.lane_id(Lane.SCHOOL, HINDERING)).count == 1
    assert all(figures.count(ids.key_id(k, HINDERING)).count == 0 for k in range(1, 8))


def test_an_event_with_a_key_twice_counts_once_under_it() -> None:
    c = case(1)
    figures = review_figures(load([c], [event(c.id, keys=(3, 3))]), Selection(), TODAY)
    assert figures.count(ids.key_id(3, HINDERING)).count == 1


@pytest.mark.parametrize(
    ("start", "month"),
    [
        ("2019", Month(2019, 7)),  # a year counts in the month of its middle
        ("2019-03", Month(2019, 3)),
        ("~2019-03", Month(2019, 3)),
        ("<2019-03", Month(2019, 1)),  # before March: the middle of the weeks before it
        (">2019-03", Month(2019, 5)),
        ("2019-03-31", Month(2019, 3)),
    ],
)
def test_partial_dates_count_in_the_month_of_their_anchor(start: str, month: Month) -> None:
    c = case(1)
    load_one = load([c], [event(c.id, start, keys=(1,))])
    ident = ids.key_id(1, HINDERING)
    inside = Selection(since=month, until=month)
    assert review_figures(load_one, inside, TODAY).count(ident).count == 1
    before = Month(month.year, month.month - 1) if month.month > 1 else Month(month.year - 1, 12)
    after = Month(month.year, month.month + 1) if month.month < 12 else Month(month.year + 1, 1)
    assert review_figures(load_one, Selection(until=before), TODAY).count(ident).count == 0
    assert review_figures(load_one, Selection(since=after), TODAY).count(ident).count == 0
    # a case counts in a period only when something of it falls in it
    assert review_figures(load_one, Selection(since=after), TODAY).cases.count == 0


def test_adjacent_periods_add_up_to_the_whole() -> None:
    c1, c2 = case(1), case(2)
    events = [event(c1.id, "2019", keys=(2,)), event(c2.id, "~2019-06", keys=(2,))]
    events += [event(c1.id, "2019-07-01", keys=(2,)), event(c2.id, ">2019-06", keys=(2,))]
    caseload = load([c1, c2], events)
    ident = ids.key_id(2, HINDERING)
    first = review_figures(caseload, Selection(until=Month(2019, 6)), TODAY).count(ident).count
    second = review_figures(caseload, Selection(since=Month(2019, 7)), TODAY).count(ident).count
    assert first + second == review_figures(caseload, Selection(), TODAY).count(ident).count == 4


def test_a_period_that_ends_before_it_begins_is_refused() -> None:
    with pytest.raises(ValidationError):
        Selection(since=Month(2024, 5), until=Month(2024, 4))
    with pytest.raises(ValidationError):
        Month.parse("2024-13")


def test_waiting_times_per_lane_and_kind_of_help_with_median_and_percentile() -> None:
    cases, events = [], []
    weeks = [2, 4, 4, 10, 30]
    for n, w in enumerate(weeks):
        c = case(n)
        cases.append(c)
        referred = date(2025, 1, 6)
        events.append(
            event(
                c.id,
                referred.isoformat(),
                lane=Lane.JEUGDHULP,
                category=Category.REFERRAL,
                valence=NEUTRAL,
            )
        )
        started = date.fromordinal(referred.toordinal() + 7 * w)
        events.append(
            event(
                c.id,
                started.isoformat(),
                lane=Lane.JEUGDHULP,
                category=Category.HELP_STARTED,
                valence=PROMOTING,
            )
        )
    waiting = case(9)
    cases.append(waiting)
    events.append(
        event(
            waiting.id, "2025-12-01", lane=Lane.SCHOOL, category=Category.REFERRAL, valence=NEUTRAL
        )
    )
    figures = review_figures(load(cases, events), Selection(), TODAY)
    all_waits = figures.wait(ids.WAIT_ALL)
    assert all_waits.count == 6 and all_waits.cases == 6
    helped = figures.wait(ids.wait_help_id(Lane.JEUGDHULP))
    assert (helped.count, helped.median, helped.p90, helped.longest) == (5, 4, 30, 30)
    still = figures.wait(ids.wait_help_id(None))
    assert still.count == 1 and still.longest == (TODAY - date(2025, 12, 1)).days // 7
    assert figures.wait(ids.wait_lane_id(Lane.SCHOOL)).count == 1


def test_percentiles_are_nearest_rank() -> None:
    waits = Waits(((1, 1), (2, 1), (3, 1), (4, 1), (5, 1), (6, 1), (7, 1), (8, 1), (9, 1), (10, 1)))
    assert (waits.median, waits.p90, waits.longest) == (5, 9, 10)
    assert Waits().median is None


def test_scores_take_each_cases_latest_final_assessment_and_weigh_cases_alike() -> None:
    c1, c2 = case(1), case(2)
    found = [
        assessment(c1.id, date(2025, 1, 10), {1: (1, 1)}),
        assessment(c1.id, date(2025, 6, 10), {1: (4, 4)}),  # the latest: counts
        assessment(c1.id, date(2025, 8, 10), {1: (1, 1)}, final=False),  # a draft: not
        assessment(c2.id, date(2025, 6, 1), {1: (2, 3, 4, 5)}),
    ]
    figures = review_figures(load([c1, c2], [], found), Selection(), TODAY)
    score = figures.score(ids.score_id(1))
    assert score.cases == 2 and score.mean == pytest.approx((4 + 3.5) / 2)
    assert figures.score(ids.trend_id("2025-Q1", 1)).mean == pytest.approx(1.0)
    assert figures.score(ids.trend_id("2025-Q2", 1)).cases == 2
    assert figures.quarters() == ["2025-Q1", "2025-Q2"]


def test_open_and_overdue_action_points() -> None:
    c = case(1)
    actions = (
        Action(key=4, text="x", due=date(2025, 1, 1)),
        Action(key=4, text="y", due=date(2027, 1, 1)),
        Action(key=5, text="z", due=date(2025, 1, 1), done=True),
    )
    found = [assessment(c.id, date(2025, 1, 1), {1: (3,)}, actions=actions)]
    figures = review_figures(load([c], [], found), Selection(), TODAY)
    assert figures.count(ids.ACTIONS_OPEN).count == 2
    assert figures.count(ids.ACTIONS_OVERDUE).count == 1
    assert figures.count(ids.action_key_id(4, overdue=True)).count == 1
    assert figures.count(ids.action_key_id(5, overdue=False)).count == 0


def test_selection_by_school_status_and_tag() -> None:
    a = case(1, school=" basisschool  het klavertje ", tags=["Pilot"])
    b = case(2, school=SCHOOLS[1])
    events = [event(a.id, keys=(1,)), event(b.id, keys=(1,))]
    caseload = load([a, b], events)
    by_school = review_figures(caseload, Selection(schools=frozenset({SCHOOLS[0]})), TODAY)
    assert by_school.cases.case_ids == {a.id}
    by_tag = review_figures(caseload, Selection(tags=frozenset({"pilot"})), TODAY)
    assert by_tag.cases.case_ids == {a.id}


@SETTINGS
@given(caseloads())
def test_the_schools_together_are_the_review_of_all_their_cases(loaded) -> None:  # type: ignore[no-untyped-def]
    cases, events, assessments = loaded
    caseload = caseload_of(cases, events, assessments)
    for selection in (Selection(), Selection(since=Month(2021, 1), until=Month(2024, 12))):
        made = overview(caseload, selection, TODAY)
        assert made.together == review_figures(caseload, selection, TODAY)


@SETTINGS
@given(caseloads(), caseloads())
def test_merging_two_caseloads_equals_reviewing_their_union(first, second) -> None:  # type: ignore[no-untyped-def]
    (c1, e1, a1), (c2, e2, a2) = first, second
    # the second caseload's cases are other cases (another store): fresh ids
    rename = {c.id: "other-" + c.id for c in c2}
    c2 = [msgspec.structs.replace(c, id=rename[c.id]) for c in c2]
    e2 = [msgspec.structs.replace(e, id="other-" + e.id, case_id=rename[e.case_id]) for e in e2]
    a2 = [
        msgspec.structs.replace(a, id="other-" + a.id, case_id=rename[a.case_id or ""]) for a in a2
    ]
    selection = Selection(since=Month(2020, 1))
    union = review_figures(caseload_of(c1 + c2, e1 + e2, a1 + a2), selection, TODAY)
    parts = [
        review_figures(caseload_of(c1, e1, a1), selection, TODAY),
        review_figures(caseload_of(c2, e2, a2), selection, TODAY),
    ]
    assert merge(parts) == union
