"""The plan as domain models: items, versions, what changed between two versions, and which
evaluations are due or overdue on a given day. Pure: `today` is always an argument."""

from __future__ import annotations

from datetime import date

import msgspec
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rondom_tui.domain.codec import from_document, to_document
from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Case, Goal, GoalStatus
from rondom_tui.domain.plan.diff import DATE_FIELDS, plan_diff
from rondom_tui.domain.plan.evaluations import (
    DUE_WINDOW,
    Evaluation,
    evaluation_state,
    evaluations_due,
)
from rondom_tui.domain.plan.goals import goal_item_id, items_from_goals
from rondom_tui.domain.plan.models import Agreement, PlanItem, PlanVersion, next_version
from tests.unit.timeline_strategies import SETTINGS, partial_dates

TODAY = date(2026, 3, 14)


def item(**changes: object) -> PlanItem:
    fields: dict[str, object] = {"case_id": "case-1", "goal": "Rustig starten in de klas"}
    return PlanItem(**(fields | changes))  # type: ignore[arg-type]


# -- items and versions ------------------------------------------------------------------


def test_an_item_round_trips_through_its_document() -> None:
    planned = item(
        action="Elke ochtend een kort gesprek",
        by_whom="mentor",
        start=PartialDate(2026, 4),
        until=PartialDate.parse("~2026-07"),
        evaluate_on=PartialDate(2026, 6, 1),
        keys=[2, 5],
        events=("event-1",),
        links=("link-1", "link-2"),
        agreement=Agreement.AGREED,
        parents_view="We willen eerst zien hoe het gaat.",
    )
    again = from_document(to_document(planned), PlanItem)
    assert again == planned and again.links == ("link-1", "link-2")


def test_an_item_shows_no_content_in_its_repr() -> None:
    secret = item(parents_view="Wobbelientje is bang")
    assert "Wobbelientje" not in repr(secret) and "Rustig" not in repr(secret)


def test_an_item_may_not_end_before_it_starts() -> None:
    assert item(start=PartialDate(2026, 5), until=PartialDate(2026, 3)).period_problem()
    assert item(start=PartialDate(2026), until=PartialDate(2026, 3)).period_problem() is None


def test_versions_are_numbered_and_keep_a_copy_of_the_items() -> None:
    items = [item(keys=[1])]
    first = next_version([], items, case_id="case-1", saved_on=TODAY)
    items[0].keys.append(2)
    items[0].goal = "Anders"
    second = next_version([first], items, case_id="case-1", saved_on=TODAY)
    assert (first.number, second.number) == (1, 2)
    assert (first.items[0].goal, first.items[0].keys) == ("Rustig starten in de klas", [1])
    assert from_document(to_document(second), PlanVersion) == second


# -- goals become items ------------------------------------------------------------------


def test_every_goal_becomes_an_item_with_its_text_keys_and_status() -> None:
    case = Case(
        goals=[
            Goal(text="Naar school met plezier", keys=[1, 2], status=GoalStatus.ACTIVE),
            Goal(text="Vriendjes maken", keys=[], status=GoalStatus.ACHIEVED),
        ]
    )
    items = items_from_goals(case)
    assert [(i.goal, i.keys, i.status, i.case_id) for i in items] == [
        ("Naar school met plezier", [1, 2], GoalStatus.ACTIVE, case.id),
        ("Vriendjes maken", [], GoalStatus.ACHIEVED, case.id),
    ]
    assert [i.id for i in items] == [goal_item_id(case.id, 0), goal_item_id(case.id, 1)]
    assert [i.id for i in items_from_goals(case)] == [i.id for i in items]  # the same again


# -- what changed ------------------------------------------------------------------------


def test_the_diff_names_added_dropped_and_moved_items() -> None:
    kept = item(evaluate_on=PartialDate(2026, 3))
    dropped = item(goal="Weg")
    before = [kept, dropped]
    moved = msgspec.structs.replace(kept, evaluate_on=PartialDate(2026, 6), goal="Nieuw")
    added = item(goal="Erbij")
    diff = plan_diff(before, [moved, added])
    assert diff.added == (added.id,) and diff.dropped == (dropped.id,)
    [move] = diff.moved
    assert (move.item_id, move.field, move.before, move.after) == (
        kept.id,
        "evaluate_on",
        PartialDate(2026, 3),
        PartialDate(2026, 6),
    )


def test_a_date_made_more_precise_or_removed_is_a_move() -> None:
    one = item(start=PartialDate(2026))
    assert plan_diff([one], [msgspec.structs.replace(one, start=PartialDate(2026, 1))]).moved
    assert plan_diff([one], [msgspec.structs.replace(one, start=None)]).moved


@st.composite
def plan_items(draw: st.DrawFn) -> PlanItem:
    dates = {name: draw(st.none() | partial_dates()) for name in DATE_FIELDS}
    return PlanItem(id=draw(st.sampled_from("abcdefgh")), case_id="c", **dates)


def unique(items: list[PlanItem]) -> list[PlanItem]:
    return list({i.id: i for i in items}.values())


plans = st.lists(plan_items(), max_size=8).map(unique)


@SETTINGS
@given(plans)
def test_a_plan_compared_with_itself_has_not_changed(items: list[PlanItem]) -> None:
    assert plan_diff(items, items).is_empty


@SETTINGS
@given(plans, plans)
def test_the_diff_accounts_for_every_item_and_reads_backwards(
    before: list[PlanItem], after: list[PlanItem]
) -> None:
    diff, back = plan_diff(before, after), plan_diff(after, before)
    old, new = {i.id for i in before}, {i.id for i in after}
    assert set(diff.added) == new - old and set(diff.dropped) == old - new
    assert diff.added == back.dropped and diff.dropped == back.added
    assert {(m.item_id, m.field) for m in diff.moved} == {(m.item_id, m.field) for m in back.moved}
    for move in diff.moved:
        assert move.item_id in old & new and move.before != move.after


# -- evaluations due and overdue ---------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "status", "state"),
    [
        (PartialDate(2026, 3, 13), GoalStatus.ACTIVE, Evaluation.OVERDUE),  # yesterday
        (PartialDate(2026, 3, 14), GoalStatus.ACTIVE, Evaluation.DUE),  # today: not over yet
        (PartialDate(2026, 3, 28), GoalStatus.OPEN, Evaluation.DUE),  # in two weeks
        (PartialDate(2026, 3, 29), GoalStatus.OPEN, None),  # later
        (PartialDate(2026, 3), GoalStatus.OPEN, Evaluation.DUE),  # this month: still due
        (PartialDate(2026, 2), GoalStatus.OPEN, Evaluation.OVERDUE),  # last month
        (PartialDate(2026, 2), GoalStatus.ACHIEVED, None),  # achieved: nothing to evaluate
        (PartialDate(2026, 2), GoalStatus.STOPPED, None),
        (None, GoalStatus.ACTIVE, None),  # no date, never due
    ],
)
def test_an_evaluation_is_due_or_overdue_by_its_date(when, status, state) -> None:
    assert evaluation_state(item(evaluate_on=when, status=status), TODAY) is state


def test_overdue_evaluations_come_first_then_by_date() -> None:
    later = item(evaluate_on=PartialDate(2026, 3, 20))
    overdue = item(evaluate_on=PartialDate(2026, 3, 1))
    sooner = item(evaluate_on=PartialDate(2026, 3, 15))
    calm = item(evaluate_on=PartialDate(2027, 1))
    found = evaluations_due([later, calm, sooner, overdue], TODAY)
    assert [(i.id, s) for i, s in found] == [
        (overdue.id, Evaluation.OVERDUE),
        (sooner.id, Evaluation.DUE),
        (later.id, Evaluation.DUE),
    ]


@SETTINGS
@given(partial_dates(), st.dates(date(2004, 1, 1), date(2028, 12, 31)))
def test_an_evaluation_is_overdue_exactly_when_its_last_day_has_passed(
    when: PartialDate, today: date
) -> None:
    state = evaluation_state(item(evaluate_on=when), today)
    assert (state is Evaluation.OVERDUE) == (when.latest() < today)
    if state is None:
        assert when.earliest() - DUE_WINDOW > today


@SETTINGS
@given(
    st.lists(
        st.builds(
            Goal,
            text=st.text(alphabet="abc deé\n", max_size=30),
            keys=st.lists(st.integers(1, 7), max_size=3),
            status=st.sampled_from(list(GoalStatus)),
        ),
        max_size=6,
    )
)
def test_no_goal_is_lost_or_doubled_when_it_becomes_an_item(goals: list[Goal]) -> None:
    case = Case(goals=goals)
    items = items_from_goals(case)
    assert [(i.goal, i.keys, i.status) for i in items] == [
        (g.text, g.keys, g.status) for g in goals
    ]
    assert len({i.id for i in items}) == len(goals)  # one id each
    assert [i.id for i in items_from_goals(case)] == [i.id for i in items]  # the same again
    assert all(from_document(to_document(i), PlanItem) == i for i in items)
