"""Plan items and plan versions: what will be done about a child's case, by whom and when.

A plan item answers something on the Tijdlijn: hindering events (their ids) and explanations
(the ids of links between events, a plain tuple here: the link model lives with the analysis).
The plan is discussed with the parents item by item; each item records whether it was agreed
and the parents' view in their own words. Saving the plan after a meeting keeps a *version*:
a copy of every item as it stood, so the next meeting can see what changed (`diff.py`).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

import msgspec

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import (
    GoalStatus,
    Ident,
    KeyNumber,
    LongText,
    Model,
    ShortText,
    new_id,
    period_problem,
    utc_now,
)

PlanStatus = GoalStatus
"""The same four states a case goal had (open, active, achieved, stopped), so that every goal
becomes a plan item without losing its state."""
CLOSED_STATUSES = frozenset({GoalStatus.ACHIEVED, GoalStatus.STOPPED})
"""States in which an item no longer waits for an evaluation."""


class Agreement(StrEnum):
    """What the meeting with the parents decided about an item."""

    UNDISCUSSED = "undiscussed"
    AGREED = "agreed"
    NOT_AGREED = "not_agreed"


class PlanItem(Model, kw_only=True):
    """One item of a case's plan: a goal, what will be done, by whom, when, evaluated when."""

    id: Ident = msgspec.field(default_factory=new_id)
    case_id: Ident = ""
    goal: LongText = ""
    action: LongText = ""
    """What will be done."""
    by_whom: ShortText = ""
    """A role (mentor, ouders, jeugdhulp), not necessarily a name."""
    start: PartialDate | None = None
    until: PartialDate | None = None
    evaluate_on: PartialDate | None = None
    keys: list[KeyNumber] = msgspec.field(default_factory=list)
    """The seven keys (domain/keys.py) the item serves."""
    events: tuple[Ident, ...] = ()
    """The hindering events on the Tijdlijn the item answers."""
    links: tuple[Ident, ...] = ()
    """The explanations (links between events) the item answers."""
    status: PlanStatus = GoalStatus.OPEN
    agreement: Agreement = Agreement.UNDISCUSSED
    parents_view: LongText = ""
    """The parents' view of the item, in their words."""
    created_at: datetime = msgspec.field(default_factory=utc_now)
    updated_at: datetime = msgspec.field(default_factory=utc_now)

    def period_problem(self) -> str | None:
        """Why this item's period cannot be (a message id), or None: the rule of events."""
        return period_problem(self.start, self.until, False)

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED_STATUSES


class PlanVersion(Model, kw_only=True):
    """The plan of a case as it stood when it was saved after a meeting."""

    id: Ident = msgspec.field(default_factory=new_id)
    case_id: Ident = ""
    number: int = msgspec.field(default=1)
    """1 for the first version of a case's plan, then 2, 3, ..."""
    saved_on: date
    items: list[PlanItem] = msgspec.field(default_factory=list)
    created_at: datetime = msgspec.field(default_factory=utc_now)


def next_version(
    versions: list[PlanVersion], items: list[PlanItem], *, case_id: str, saved_on: date
) -> PlanVersion:
    """The version that saving `items` now makes, numbered after the highest of `versions`."""
    number = max((v.number for v in versions), default=0) + 1
    copies = [msgspec.structs.replace(item, keys=list(item.keys)) for item in items]
    return PlanVersion(case_id=case_id, number=number, saved_on=saved_on, items=copies)


__all__ = [
    "CLOSED_STATUSES",
    "Agreement",
    "PlanItem",
    "PlanStatus",
    "PlanVersion",
    "next_version",
]
