"""An action is overdue when it is not done and its due date has passed: one rule, `today`
given."""

from __future__ import annotations

from datetime import date

import pytest

from rondom_tui.domain.assessment.overdue import is_overdue, overdue_mark
from rondom_tui.domain.models import Action

TODAY = date(2026, 3, 14)


@pytest.mark.parametrize(
    ("due", "done", "overdue"),
    [
        (date(2026, 3, 13), False, True),  # yesterday, not done
        (date(2025, 12, 31), False, True),  # last year
        (date(2026, 3, 14), False, False),  # due today: the day is not over
        (date(2026, 3, 15), False, False),  # tomorrow
        (date(2026, 3, 13), True, False),  # late, but done
        (None, False, False),  # no due date, never overdue
    ],
)
def test_an_action_is_overdue_only_when_not_done_after_its_due_date(due, done, overdue):
    action = Action(key=1, text="Bellen", due=due, done=done)
    assert is_overdue(action, TODAY) is overdue


def test_the_rule_follows_the_day_it_is_given_not_the_clock():
    action = Action(key=1, text="Bellen", due=date(2030, 1, 1))
    assert not is_overdue(action, date(2029, 12, 31))
    assert is_overdue(action, date(2030, 1, 2))


def test_overdue_is_a_mark_and_a_word_with_a_plain_fallback():
    assert overdue_mark(lang="nl") == "⚠ te laat"
    assert overdue_mark(lang="en") == "⚠ overdue"
    assert overdue_mark(lang="nl", plain=True) == "! te laat"
