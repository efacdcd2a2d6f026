"""The demo store shows every side of the seven-keys workflow: a change between two finished
assessments of one case, an interrupted draft, and an anonymous team assessment."""

from __future__ import annotations

from datetime import date

from rondom_tui.domain.assessment.flow import completion
from rondom_tui.domain.assessment.stats import Direction, compare, previous_of, summarise
from rondom_tui.domain.demo import demo_cases
from rondom_tui.domain.models import AssessmentStatus

TODAY = date(2026, 3, 14)


def test_one_case_has_two_final_assessments_months_apart_that_compare() -> None:
    cases, _, assessments = demo_cases(3, today=TODAY)
    first = [a for a in assessments if a.case_id == cases[0].id]
    assert len(first) == 2 and all(a.status is AssessmentStatus.FINAL for a in first)
    older, newer = sorted(first, key=lambda a: a.held_on)
    assert (newer.held_on - older.held_on).days > 120
    assert previous_of(newer, assessments) == older
    changes = compare(summarise(newer), summarise(older))
    assert {c.direction for c in changes} >= {Direction.UP}
    assert all(a.actions for a in first)


def test_a_draft_and_a_team_assessment() -> None:
    cases, _, assessments = demo_cases(3, today=TODAY)
    [draft] = [a for a in assessments if a.status is AssessmentStatus.DRAFT]
    assert draft.case_id == cases[1].id and not completion(draft).complete
    [team] = [a for a in assessments if a.case_id is None]
    assert team.label and team.anonymous and team.status is AssessmentStatus.FINAL


def test_no_participant_carries_a_childs_name_and_the_demo_repeats() -> None:
    cases, _, assessments = demo_cases(3, today=TODAY)
    names = {n for c in cases for n in (c.given_name, c.family_name)}
    labels = " ".join(p.label for a in assessments for p in a.participants)
    assert not any(name in labels for name in names)
    again = demo_cases(3, today=TODAY)[2]
    assert [(a.id, [p.id for p in a.participants]) for a in assessments] == [
        (a.id, [p.id for p in a.participants]) for a in again
    ]


def test_a_store_without_cases_has_no_assessments() -> None:
    assert demo_cases(0, today=TODAY)[2] == []
    assert [a.case_id for a in demo_cases(1, today=TODAY)[2]].count(None) == 1
