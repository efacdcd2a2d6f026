"""Case goals become plan items.

Before the plan, a case held loose goals (text, keys, status) without owner, dates or
evaluation. Opening a store for writing moves them into the plan: every goal one
item, its text the item's goal, its keys and status kept, nothing lost. The item's id is made
from the case id and the goal's place, so a move that is repeated (a store opened read-only,
then for writing) makes the same items, never two of each.
"""

from __future__ import annotations

import uuid

from rondom_tui.domain.models import Case
from rondom_tui.domain.plan.models import PlanItem

_NAMESPACE = uuid.UUID("6f1d1c4e-3a55-4b52-9d1e-0c7a1f2b9e10")


def goal_item_id(case_id: str, index: int) -> str:
    """The id of the plan item that goal number `index` of case `case_id` becomes."""
    return str(uuid.uuid5(_NAMESPACE, f"{case_id}/goal/{index}"))


def items_from_goals(case: Case) -> list[PlanItem]:
    """The case's goals as plan items (the case keeps its goals; the caller empties them)."""
    return [
        PlanItem(
            id=goal_item_id(case.id, index),
            case_id=case.id,
            goal=goal.text,
            keys=list(goal.keys),
            status=goal.status,
            created_at=case.updated_at,
            updated_at=case.updated_at,
        )
        for index, goal in enumerate(case.goals)
    ]


__all__ = ["goal_item_id", "items_from_goals"]
