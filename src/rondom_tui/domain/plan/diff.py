"""What changed between two versions of a plan: items added, dropped, and moved in time.

Pure: two lists of items in, a `PlanDiff` out. Items are matched by id (an item keeps its id
from version to version), so a changed text is the same item; a changed date is a *move*,
because that is what the parents ask about ("the evaluation was in March, now it is June").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.plan.models import PlanItem

DATE_FIELDS = ("start", "until", "evaluate_on")
"""The dates of an item whose change counts as a move."""


@dataclass(frozen=True, slots=True)
class Move:
    """One date of one item that changed."""

    item_id: str
    field: str
    """``start``, ``until`` or ``evaluate_on``."""
    before: PartialDate | None
    after: PartialDate | None


@dataclass(frozen=True, slots=True)
class PlanDiff:
    """Ids of the items added and dropped, in the order of their version; the moves."""

    added: tuple[str, ...]
    dropped: tuple[str, ...]
    moved: tuple[Move, ...]

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.dropped or self.moved)


def plan_diff(before: Sequence[PlanItem], after: Sequence[PlanItem]) -> PlanDiff:
    """What changed from `before` (the last saved version) to `after` (the plan now)."""
    old = {item.id: item for item in before}
    new = {item.id: item for item in after}
    moves = [
        Move(item.id, name, getattr(old[item.id], name), getattr(item, name))
        for item in after
        if item.id in old
        for name in DATE_FIELDS
        if _differ(getattr(old[item.id], name), getattr(item, name))
    ]
    return PlanDiff(
        added=tuple(dict.fromkeys(item.id for item in after if item.id not in old)),
        dropped=tuple(dict.fromkeys(item.id for item in before if item.id not in new)),
        moved=tuple(moves),
    )


def _differ(one: PartialDate | None, other: PartialDate | None) -> bool:
    if one is None or other is None:
        return one is not other
    return one.iso() != other.iso()


__all__ = ["DATE_FIELDS", "Move", "PlanDiff", "plan_diff"]
