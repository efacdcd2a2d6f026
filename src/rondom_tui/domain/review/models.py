"""What a review keeps in the store: the policy action points agreed on it.

A review's figures are worked out afresh whenever it is opened; what people agree on is kept:
per knelpunt (bottleneck) an action, who owns it (a role, never a person's name), by which
month, its status and the key it bears on. Open points are carried over to the next review,
which shows how far each has come since (`status_before`).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

import msgspec

from rondom_tui.domain.models import (
    CaseStatus,
    KeyNumber,
    LongText,
    Model,
    ShortText,
    new_id,
    utc_now,
)
from rondom_tui.domain.review.months import Month
from rondom_tui.domain.review.selection import Selection

MonthText = Annotated[str, msgspec.Meta(pattern=r"^\d{4}-(0[1-9]|1[0-2])$")]
"""A month as stored: ``2026-09``."""


class PolicyStatus(StrEnum):
    OPEN = "open"
    STARTED = "started"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def settled(self) -> bool:
        """Done or dropped: not carried over to the next review."""
        return self in (PolicyStatus.DONE, PolicyStatus.DROPPED)

    @property
    def glyph(self) -> str:
        """○ open, ◐ started, ✓ done, × dropped: the status without colour."""
        return {"open": "○", "started": "◐", "done": "✓", "dropped": "×"}[self.value]


class PolicyAction(Model, kw_only=True):
    """An action point agreed in a review, on a knelpunt."""

    id: str = msgspec.field(default_factory=new_id)
    key: KeyNumber | None = None
    """The key of the seven it bears on, if any."""
    bottleneck: LongText = ""
    """The knelpunt: what the figures showed."""
    action: LongText = ""
    """What will be done about it."""
    owner: ShortText = ""
    """Who does it, as a role (``bestuur``, ``gemeente``, ``intern begeleiders``)."""
    due: MonthText | None = None
    status: PolicyStatus = PolicyStatus.OPEN
    carried_from: str | None = None
    """The point of the previous review this one continues."""
    status_before: PolicyStatus | None = None
    """Its status at the previous review: the progress since shows against it."""

    def due_month(self) -> Month | None:
        return Month.parse(self.due) if self.due else None

    def overdue(self, today: date) -> bool:
        due = self.due_month()
        return due is not None and not self.status.settled and due < Month.of(today)


class SelectionRecord(Model, kw_only=True):
    """A `Selection` as stored with a review and written into an extract."""

    schools: list[ShortText] = msgspec.field(default_factory=list)
    since: MonthText | None = None
    until: MonthText | None = None
    status: CaseStatus | None = None
    tags: list[ShortText] = msgspec.field(default_factory=list)

    @classmethod
    def of(cls, selection: Selection) -> SelectionRecord:
        return cls(
            schools=sorted(selection.schools),
            since=selection.since.iso() if selection.since else None,
            until=selection.until.iso() if selection.until else None,
            status=selection.status,
            tags=sorted(selection.tags),
        )

    def selection(self) -> Selection:
        return Selection(
            schools=frozenset(self.schools),
            since=Month.parse(self.since) if self.since else None,
            until=Month.parse(self.until) if self.until else None,
            status=self.status,
            tags=frozenset(self.tags),
        )


class Review(Model, kw_only=True):
    """One review meeting: when, over which selection, and the action points agreed."""

    id: str = msgspec.field(default_factory=new_id)
    held_on: date
    selection: SelectionRecord = msgspec.field(default_factory=SelectionRecord)
    actions: list[PolicyAction] = msgspec.field(default_factory=list)
    created_at: datetime = msgspec.field(default_factory=utc_now)
    updated_at: datetime = msgspec.field(default_factory=utc_now)

    @property
    def month(self) -> Month:
        return Month.of(self.held_on)
