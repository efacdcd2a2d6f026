"""Fictional plans for the demo cases: what a team would have agreed after drawing the
Tijdlijn with the parents.

Every open story case gets a plan of three items: the two goals a demo case used to carry as
loose goals (now with who does what, a period and an evaluation) and one that answers the
case's first hindering event. One version was saved six weeks ago, and an item was added
since, so the plan meeting has something to compare. The first case's evaluation falls within
the coming week (due), the second's passed a month ago (overdue): the meeting and the reports
show both. Pure: `today` is an argument.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import HINDERING, Case, CaseStatus, Event, GoalStatus
from rondom_tui.domain.plan.models import Agreement, PlanItem, PlanVersion, next_version

STORY_PLANS = 12
"""Plans are made for the story cases only (the caseload's short cases have none)."""


def _month(day: date) -> PartialDate:
    return PartialDate(day.year, day.month)


def demo_plans(
    cases: Sequence[Case], events: Sequence[Event], today: date
) -> tuple[list[PlanItem], list[PlanVersion]]:
    """The plan items and saved versions of the demo's open story cases."""
    items: list[PlanItem] = []
    versions: list[PlanVersion] = []
    for index, case in enumerate(cases[:STORY_PLANS]):
        if case.status is not CaseStatus.OPEN:
            continue
        hindering = [e for e in events if e.case_id == case.id and e.valence == HINDERING]
        evaluation = today + timedelta(days=7 if index == 0 else -30 if index == 1 else 60)
        stamp = f"{index:04d}"
        first = [
            PlanItem(
                id=f"00000000-0000-4000-9000-{stamp}00000001",
                case_id=case.id,
                goal="Rustig kunnen werken in de klas met een eigen werkplek.",
                action="Een vaste werkplek bij het raam; elke ochtend kort de dag doornemen.",
                by_whom="leerkracht",
                start=_month(today - timedelta(days=60)),
                until=_month(today + timedelta(days=120)),
                evaluate_on=PartialDate.from_date(evaluation),
                keys=[2, 5],
                status=GoalStatus.ACTIVE,
                agreement=Agreement.AGREED,
                parents_view="Thuis merken we dat hij rustiger uit school komt.",
            ),
            PlanItem(
                id=f"00000000-0000-4000-9000-{stamp}00000002",
                case_id=case.id,
                goal="Ouders en school spreken elkaar elke zes weken.",
                action="Een driegesprek met ouders, leerkracht en intern begeleider.",
                by_whom="intern begeleider",
                start=_month(today - timedelta(days=45)),
                evaluate_on=_month(today + timedelta(days=90)),
                keys=[1],
                status=GoalStatus.OPEN,
            ),
        ]
        version = next_version([], first, case_id=case.id, saved_on=today - timedelta(days=42))
        added = []
        if hindering:
            answered = hindering[0]
            added.append(
                PlanItem(
                    id=f"00000000-0000-4000-9000-{stamp}00000003",
                    case_id=case.id,
                    goal="Samen nagaan wat er nodig is na wat er gebeurde.",
                    action="Gesprek met ouders en jeugdhulp over wat het kind nodig heeft.",
                    by_whom="jeugdhulpverlener",
                    start=_month(today + timedelta(days=14)),
                    until=_month(today + timedelta(days=150)),
                    evaluate_on=_month(today + timedelta(days=150)),
                    keys=sorted(set(answered.keys)) or [2],
                    events=(answered.id,),
                )
            )
        items += first + added
        versions.append(version)
    return items, versions


__all__ = ["demo_plans"]
