"""The plan on the Tijdlijn: planned periods and evaluations as spans of their own, in the
lane of what they answer, drawn with their own glyphs, and part of the picture's extent."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import HINDERING, Event, GoalStatus, Lane
from rondom_tui.domain.plan.models import PlanItem
from rondom_tui.domain.timeline.grid import GLYPHS, Paint
from rondom_tui.domain.timeline.layout import layout
from rondom_tui.domain.timeline.navigation import LifeSpan, fit
from rondom_tui.domain.timeline.planned import DEFAULT_LANE, planned_spans, span_id
from rondom_tui.domain.timeline.stacking import EVALUATION, PLANNED, WAIT, arrange
from tests.unit.timeline_strategies import SETTINGS, partial_dates

TODAY = date(2026, 3, 2)
FIGHT = Event(
    id="fight",
    case_id="c",
    lane=Lane.SCHOOL,
    title="Ruzie op het schoolplein",
    start=PartialDate(2026, 1, 20),
    valence=HINDERING,
)


def test_an_item_is_a_period_and_an_evaluation_in_the_lane_of_what_it_answers() -> None:
    item = PlanItem(
        id="p",
        case_id="c",
        goal="Rust",
        start=PartialDate(2026, 4),
        until=PartialDate(2026, 7),
        evaluate_on=PartialDate(2026, 6, 15),
        events=("fight",),
    )
    period, evaluation = planned_spans([item], {"fight": FIGHT}, TODAY)
    assert (period.referral_id, period.kind, period.lane) == (
        span_id("p", PLANNED),
        PLANNED,
        Lane.SCHOOL,
    )
    assert (period.start, period.end) == (date(2026, 4, 1), date(2026, 7, 31))
    assert (evaluation.kind, evaluation.start, evaluation.end) == (
        EVALUATION,
        date(2026, 6, 15),
        date(2026, 6, 15),
    )


def test_closed_undated_and_unanswered_items() -> None:
    items = [
        PlanItem(case_id="c", start=PartialDate(2026, 5), status=GoalStatus.ACHIEVED),
        PlanItem(case_id="c", start=PartialDate(2026, 5), status=GoalStatus.STOPPED),
        PlanItem(case_id="c", goal="zonder datum"),
        PlanItem(case_id="c", until=PartialDate(2026, 5), events=("gone",)),
    ]
    [only] = planned_spans(items, {}, TODAY)
    assert (only.lane, only.start, only.end) == (DEFAULT_LANE, TODAY, date(2026, 5, 31))


def test_planned_spans_are_drawn_with_their_own_glyphs_and_paint() -> None:
    item = PlanItem(
        id="p",
        case_id="c",
        start=PartialDate(2026, 4),
        until=PartialDate(2026, 9),
        evaluate_on=PartialDate(2026, 11, 2),
        events=("fight",),
    )
    spans = planned_spans([item], {"fight": FIGHT}, TODAY)
    window = fit([FIGHT], 120, TODAY, spans)
    frame = layout([FIGHT], window, 120, today=TODAY, waits=spans, lang="nl")
    arrangement = arrange([FIGHT], window.zoom, TODAY, waits=spans)
    assert {p.kind for p in arrangement.waits.values()} == {PLANNED, EVALUATION}
    assert arrangement.waits_at(Lane.SCHOOL, arrangement.waits[span_id("p", PLANNED)].first) == ()
    school = "".join(frame.row(row).text for row in range(frame.axis_rows, frame.row_count))
    assert GLYPHS["planned"] * 3 in school and GLYPHS["evaluation"] in school
    paints = {
        paint
        for row in range(frame.axis_rows, frame.row_count)
        for _, paint in frame.row(row).spans
    }
    assert Paint.PLANNED in paints and Paint.WAITING not in paints
    assert WAIT not in {p.kind for p in arrangement.waits.values()}


@SETTINGS
@given(
    st.lists(
        st.builds(
            PlanItem,
            case_id=st.just("c"),
            start=st.none() | partial_dates(2026, 2030),
            until=st.none() | partial_dates(2026, 2030),
            evaluate_on=st.none() | partial_dates(2026, 2030),
        ),
        max_size=5,
    )
)
def test_the_picture_reaches_every_planned_day(items: list[PlanItem]) -> None:
    spans = planned_spans(items, {}, TODAY)
    life = LifeSpan.of([FIGHT], TODAY, waits=spans)
    assert life is not None
    for span in spans:
        assert life.first <= span.start <= span.end <= life.last
    for item in items:
        if item.evaluate_on is not None:
            assert item.evaluate_on.anchor() <= life.last
