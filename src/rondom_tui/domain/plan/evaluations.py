"""Which evaluations of a plan are due or overdue, by date.

The rule follows the overdue rule of action points (domain/assessment/overdue.py): `today` is
an argument, so the rule is pure. An evaluation date may be partial (``mrt 2027``), so it
stands for the days from its earliest to its latest: it is *overdue* once its latest day has
passed, and *due* from `DUE_WINDOW` days before its earliest day until then. An achieved or
stopped item waits for no evaluation; an item without an evaluation date never is due.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from enum import StrEnum

from rondom_tui.domain.plan.models import PlanItem

DUE_WINDOW = timedelta(days=14)
"""How long before its date an evaluation counts as due (a meeting must be planned)."""


class Evaluation(StrEnum):
    DUE = "due"
    OVERDUE = "overdue"


def evaluation_state(item: PlanItem, today: date) -> Evaluation | None:
    """`DUE`, `OVERDUE` or None for `item` on `today`."""
    when = item.evaluate_on
    if when is None or item.is_closed:
        return None
    if when.latest() < today:
        return Evaluation.OVERDUE
    if when.earliest() - DUE_WINDOW <= today:
        return Evaluation.DUE
    return None


def evaluations_due(items: Iterable[PlanItem], today: date) -> list[tuple[PlanItem, Evaluation]]:
    """The items whose evaluation is due or overdue on `today`, overdue first, then by date."""
    found = [(item, state) for item in items if (state := evaluation_state(item, today))]
    found.sort(
        key=lambda pair: (pair[1] is not Evaluation.OVERDUE, pair[0].evaluate_on, pair[0].id)
    )
    return found


__all__ = ["DUE_WINDOW", "Evaluation", "evaluation_state", "evaluations_due"]
