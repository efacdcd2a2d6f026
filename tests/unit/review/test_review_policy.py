"""Policy action points: recorded on a review, carried over to the next, progress shown; kept
in the store's own table."""

from __future__ import annotations

from datetime import date

import pytest
from review_data import TODAY
from tests.conftest import PASSPHRASE

from rondom_tui.domain.review.models import PolicyAction, PolicyStatus, Review
from rondom_tui.domain.review.policy import (
    UnknownPolicyAction,
    add_action,
    latest_review,
    next_status,
    progress_text,
    remove_action,
    replace_action,
    start_review,
)
from rondom_tui.domain.review.selection import Selection
from rondom_tui.store.repository import Store


def _first() -> Review:
    review = start_review(None, date(2025, 10, 1), Selection())
    for status in PolicyStatus:
        review = add_action(
            review,
            PolicyAction(bottleneck="Lange wachttijden", action=f"Actie {status.value}",
                         owner="gemeente", due="2026-01", key=5, status=status),
        )  # fmt: skip
    return review


def test_a_new_review_carries_over_what_is_not_settled_and_remembers_its_status() -> None:
    first = _first()
    second = start_review(first, TODAY, Selection())
    assert [p.action for p in second.actions] == ["Actie open", "Actie started"]
    assert [p.carried_from for p in second.actions] == [p.id for p in first.actions[:2]]
    assert all(p.id not in {q.id for q in first.actions} for p in second.actions)
    moved = next_status(second, second.actions[0].id)
    assert moved.actions[0].status is PolicyStatus.STARTED
    assert progress_text(moved.actions[0], lang="nl") == "◐ gestart (was ○ open)"
    assert progress_text(moved.actions[1], lang="nl") == "◐ gestart (ongewijzigd)"
    assert progress_text(first.actions[2], lang="en") == "✓ done"
    third = start_review(next_status(moved, moved.actions[1].id), TODAY, Selection())
    assert [p.action for p in third.actions] == ["Actie open"]  # the done one stays behind


def test_a_review_started_in_the_same_second_as_the_previous_is_the_latest() -> None:
    """Times are kept to the second: the id (random) must not decide which review is latest."""
    reviews = [start_review(None, TODAY, Selection())]
    for _ in range(20):
        reviews.append(start_review(reviews[-1], TODAY, Selection()))
        assert latest_review(reviews) is reviews[-1]


def test_editing_keeps_a_points_history_and_unknown_points_are_refused() -> None:
    second = start_review(_first(), TODAY, Selection())
    point = second.actions[0]
    changed = PolicyAction(id=point.id, action="Anders gezegd", status=PolicyStatus.DONE)
    edited = replace_action(second, changed)
    assert edited.actions[0].carried_from == point.carried_from
    assert edited.actions[0].status_before is PolicyStatus.OPEN
    assert len(remove_action(edited, point.id).actions) == 1
    with pytest.raises(UnknownPolicyAction):
        remove_action(edited, "bestaat-niet")
    assert (
        next_status(
            next_status(next_status(next_status(second, point.id), point.id), point.id), point.id
        )
        .actions[0]
        .status
        is PolicyStatus.OPEN
    )


def test_overdue_is_by_month() -> None:
    point = PolicyAction(action="x", due="2026-02")
    assert point.overdue(date(2026, 3, 2)) and not point.overdue(date(2026, 2, 28))
    assert not PolicyAction(action="x", due="2026-02", status=PolicyStatus.DONE).overdue(TODAY)


def test_reviews_are_kept_in_the_store_and_audited_without_content(store: Store) -> None:
    first = store.reviews.save(_first())
    second = store.reviews.save(start_review(first, TODAY, Selection()))
    assert [r.id for r in store.reviews.list()] == [first.id, second.id]
    assert store.reviews.latest() == second == latest_review(store.reviews.list())
    entry = store.audit.entries()[-1]
    assert entry.detail == "review" and entry.case_id is None
    store.verify()  # the reviews' documents are checked against their model too
    path = store.path
    store.close()
    with Store.open(path, PASSPHRASE) as again:
        assert again.reviews.latest() == second


def test_the_caseload_is_read_as_lean_facts(demo_store: Store) -> None:
    caseload = demo_store.reviews.caseload()
    assert len(caseload.cases) == 60 and len(caseload.events) > 500
    assert all(a.case_id for a in caseload.assessments)  # the team's assessment is not a case's
    assert not hasattr(caseload.cases[0], "given_name") and not hasattr(caseload.events[0], "note")
