"""The demo's plans (fictional): every open story case has a plan with a saved version and an
item added since; the first case's evaluation is due, the second's overdue."""

from __future__ import annotations

from datetime import date

from rondom_tui.domain.demo import demo_cases
from rondom_tui.domain.demo.plans import demo_plans
from rondom_tui.domain.models import CaseStatus
from rondom_tui.domain.plan.diff import plan_diff
from rondom_tui.domain.plan.evaluations import Evaluation, evaluations_due

TODAY = date(2026, 3, 14)


def test_every_open_story_case_has_a_plan_with_a_version_to_compare() -> None:
    cases, events, _ = demo_cases(12, today=TODAY)
    items, versions = demo_plans(cases, events, TODAY)
    open_cases = [c.id for c in cases if c.status is CaseStatus.OPEN]
    assert {i.case_id for i in items} == set(open_cases) == {v.case_id for v in versions}
    assert all(not c.goals for c in cases)  # the plan holds them now
    for version in versions:
        now = [i for i in items if i.case_id == version.case_id]
        assert plan_diff(version.items, now).added  # an item was added since
    answered = {e for i in items for e in i.events}
    assert answered <= {e.id for e in events}


def test_the_first_case_has_an_evaluation_due_and_the_second_one_overdue() -> None:
    cases, events, _ = demo_cases(12, today=TODAY)
    items, _ = demo_plans(cases, events, TODAY)
    for case, state in ((cases[0], Evaluation.DUE), (cases[1], Evaluation.OVERDUE)):
        due = evaluations_due([i for i in items if i.case_id == case.id], TODAY)
        assert [s for _, s in due] == [state]
