"""The review counts 10,000 cases fast by reading lean facts; these tests hold each shortcut to
the rule it stands for: the Tijdlijn's waiting times and the assessment statistics."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from review_data import SETTINGS, TODAY, caseloads
from tests.unit.timeline_strategies import partial_dates

from rondom_tui.domain.assessment.stats import summarise
from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Category, Event, Lane
from rondom_tui.domain.review.facts import assessment_fact, event_fact
from rondom_tui.domain.review.figures import CaseWait, case_waits
from rondom_tui.domain.timeline.analysis import waiting_times


def _expected(events: list[Event]) -> list[CaseWait]:
    lanes = {e.id: e.lane for e in events}
    return [
        CaseWait(w.referred_on, w.weeks, w.lane, lanes[w.help_id] if w.help_id else None)
        for w in waiting_times(events, TODAY)
    ]


@st.composite
def wait_events(draw: st.DrawFn) -> list[Event]:
    """One referral and at most one start of help (the shortcut), or more of each."""
    referrals = draw(st.integers(0, 3))
    helps = draw(st.integers(0, 3))
    found = []
    for n in range(referrals + helps):
        found.append(
            Event(
                id=f"e{n}",
                case_id="c",
                lane=draw(st.sampled_from(list(Lane))),
                category=Category.REFERRAL if n < referrals else Category.HELP_STARTED,
                start=draw(partial_dates(2019, 2027)),
            )
        )
    return found


@SETTINGS
@given(wait_events())
def test_the_waits_of_a_case_are_those_of_the_tijdlijn(events: list[Event]) -> None:
    assert case_waits([event_fact(e) for e in events], TODAY) == _expected(events)


@SETTINGS
@given(caseloads(max_cases=4))
def test_a_self_assessments_key_means_are_those_of_its_statistics(loaded) -> None:  # type: ignore[no-untyped-def]
    _, _, assessments = loaded
    for assessment in assessments:
        expected = {s.key: s.mean for s in summarise(assessment).keys if s.mean is not None}
        assert assessment_fact(assessment).key_means() == expected


def test_help_on_the_day_of_the_referral_answers_it_and_help_before_it_does_not() -> None:
    def pair(referral: str, help_start: str, help_lane: Lane) -> list[Event]:
        return [
            Event(id="r", case_id="c", lane=Lane.JEUGDHULP, category=Category.REFERRAL,
                  start=PartialDate.from_iso(referral)),
            Event(id="h", case_id="c", lane=help_lane, category=Category.HELP_STARTED,
                  start=PartialDate.from_iso(help_start)),
        ]  # fmt: skip

    for lane in (Lane.JEUGDHULP, Lane.SCHOOL):
        same_day = pair("2025-05-06", "2025-05-06", lane)
        assert case_waits([event_fact(e) for e in same_day], TODAY) == _expected(same_day)
        assert case_waits([event_fact(e) for e in same_day], TODAY)[0].help_lane is lane
        before = pair("2025-05-06", "2025-05-05", lane)
        assert case_waits([event_fact(e) for e in before], TODAY) == _expected(before)
        assert case_waits([event_fact(e) for e in before], TODAY)[0].help_lane is None
