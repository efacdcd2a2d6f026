"""Working with a review's action points: pure functions that return a changed copy.

Carrying over is the heart of it: a new review starts with every point of the previous one
that is not settled (done or dropped), each a new point that remembers where it came from and
its status then, so the next meeting sees at a glance what moved.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

import msgspec

from rondom_tui.domain.errors import RondomError
from rondom_tui.domain.review.models import PolicyAction, PolicyStatus, Review, SelectionRecord
from rondom_tui.domain.review.selection import Selection
from rondom_tui.i18n.texts import translate


class UnknownPolicyAction(RondomError):
    """The action point is no longer on the review (removed meanwhile)."""

    message_id = "review.policy.unknown"


def latest_review(reviews: Iterable[Review]) -> Review | None:
    """The most recent review (held last; made last on the same day)."""
    reviews = list(reviews)
    return max(reviews, key=lambda r: (r.held_on, r.created_at, r.id)) if reviews else None


def start_review(previous: Review | None, held_on: date, selection: Selection) -> Review:
    """A new review, with the points of `previous` that are not settled carried over.

    It is made after `previous`, also when both fall in the same second (times are kept to the
    second): otherwise the id would decide which of the two is the latest."""
    carried = [
        PolicyAction(
            key=point.key,
            bottleneck=point.bottleneck,
            action=point.action,
            owner=point.owner,
            due=point.due,
            status=point.status,
            carried_from=point.id,
            status_before=point.status,
        )
        for point in (previous.actions if previous else [])
        if not point.status.settled
    ]
    review = Review(held_on=held_on, selection=SelectionRecord.of(selection), actions=carried)
    if previous is not None and review.created_at <= previous.created_at:
        review.created_at = previous.created_at + timedelta(seconds=1)
    return review


def add_action(review: Review, point: PolicyAction) -> Review:
    return msgspec.structs.replace(review, actions=[*review.actions, point])


def replace_action(review: Review, point: PolicyAction) -> Review:
    """`review` with the point of the same id changed to `point` (its history kept)."""
    if all(p.id != point.id for p in review.actions):
        raise UnknownPolicyAction()
    return msgspec.structs.replace(
        review,
        actions=[
            msgspec.structs.replace(
                point, carried_from=p.carried_from, status_before=p.status_before
            )
            if p.id == point.id
            else p
            for p in review.actions
        ],
    )


def remove_action(review: Review, action_id: str) -> Review:
    if all(p.id != action_id for p in review.actions):
        raise UnknownPolicyAction()
    return msgspec.structs.replace(review, actions=[p for p in review.actions if p.id != action_id])


_NEXT_STATUS = {
    PolicyStatus.OPEN: PolicyStatus.STARTED,
    PolicyStatus.STARTED: PolicyStatus.DONE,
    PolicyStatus.DONE: PolicyStatus.DROPPED,
    PolicyStatus.DROPPED: PolicyStatus.OPEN,
}


def next_status(review: Review, action_id: str) -> Review:
    """The point's status one step on: open → started → done → dropped → open."""
    point = next((p for p in review.actions if p.id == action_id), None)
    if point is None:
        raise UnknownPolicyAction()
    return replace_action(review, msgspec.structs.replace(point, status=_NEXT_STATUS[point.status]))


def status_text(status: PolicyStatus, *, lang: str) -> str:
    """``◐ gestart``."""
    return f"{status.glyph} {translate(lang, f'review.policy.status.{status.value}')}"


def progress_text(point: PolicyAction, *, lang: str) -> str:
    """The status, and for a carried point how it moved since the previous review:
    ``◐ gestart (was ○ open)``, ``○ open (ongewijzigd)``."""
    now = status_text(point.status, lang=lang)
    if point.status_before is None:
        return now
    if point.status_before is point.status:
        return translate(lang, "review.policy.unchanged", status=now)
    before = status_text(point.status_before, lang=lang)
    return translate(lang, "review.policy.moved", status=now, before=before)
