"""Fictional demo cases whose timelines look like real ones.

The first cases follow full stories (a divorce, a move, a school change, a referral with a
waiting time, help started and ended, debts, a new job); further cases, for large demo stores
and benchmarks, get shorter variations.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from rondom_tui.domain.assessment import flow as flow
from rondom_tui.domain.dates import PartialDate, Qualifier
from rondom_tui.domain.demo.assessments import demo_assessments
from rondom_tui.domain.demo.stories import (
    FAMILY_NAMES,
    GIVEN_NAMES,
    GROUPS,
    SCHOOLS,
    STORY,
    WORKERS,
)
from rondom_tui.domain.models import (
    Assessment,
    Case,
    CaseStatus,
    Consent,
    ConsentScope,
    Event,
    Party,
)


def _partial(day: date, precision: str, qualifier: Qualifier) -> PartialDate:
    if precision == "year":
        return PartialDate(day.year, qualifier=qualifier)
    if precision == "month":
        return PartialDate(day.year, day.month, qualifier=qualifier)
    return PartialDate(day.year, day.month, day.day, qualifier)


def _story_events(
    case: Case, born: date, today: date, rng: random.Random, *, full: bool
) -> list[Event]:
    steps = STORY if full else tuple(s for s in STORY if rng.random() < 0.35)
    events: list[Event] = []
    shift = rng.randint(-40, 40)
    for step in steps:
        start_day = born + timedelta(
            days=int(step.months * 30.44) + (0 if step.months == 0 else shift)
        )
        if start_day > today:
            break
        end = None
        if step.weeks is not None:
            end_day = start_day + timedelta(weeks=step.weeks)
            end = None if end_day > today else _partial(end_day, step.precision, step.qualifier)
        ongoing = step.ongoing or (step.weeks is not None and end is None)
        events.append(
            Event(
                case_id=case.id,
                lane=step.lane,
                category=step.category,
                title=step.title,
                note=step.note,
                start=_partial(start_day, step.precision, step.qualifier),
                end=end,
                ongoing=ongoing,
                valence=step.valence,
                keys=list(step.keys),
                source=step.source,
                disputed=step.disputed,
            )
        )
    return events


def demo_cases(
    count: int = 12, *, today: date | None = None, seed: int = 7
) -> tuple[list[Case], list[Event], list[Assessment]]:
    """`count` fictional cases with their timelines; the same seed and day give the same cases."""
    today = today or date.today()
    rng = random.Random(seed)
    cases: list[Case] = []
    events: list[Event] = []
    for index in range(count):
        given = GIVEN_NAMES[index % len(GIVEN_NAMES)]
        family = FAMILY_NAMES[(index * 7 + index // len(GIVEN_NAMES)) % len(FAMILY_NAMES)]
        age_months = rng.randint(7 * 12, 11 * 12 + 11)
        born = today - timedelta(days=int(age_months * 30.44))
        school = SCHOOLS[index % len(SCHOOLS)]
        opened = today - timedelta(days=rng.randint(60, 900))
        case = Case(
            id=f"00000000-0000-4000-8000-{index:012d}",
            given_name=given,
            family_name=family,
            date_of_birth=PartialDate.from_date(born),
            school=school,
            group=GROUPS[min(len(GROUPS) - 1, max(0, age_months // 12 - 6))],
            status=CaseStatus.CLOSED if index % 9 == 8 else CaseStatus.OPEN,
            opened_on=opened,
            closed_on=today - timedelta(days=10) if index % 9 == 8 else None,
            question="Hoe kunnen school, ouders en jeugdhulp samen zorgen dat "
            f"{given} weer met plezier naar school gaat?",
            parties=[
                Party(
                    role="ouder", name=f"ouder van {given}", organisation="", contact="06-00000000"
                ),
                Party(
                    role="intern begeleider",
                    name=WORKERS[index % len(WORKERS)],
                    organisation=school,
                ),
                Party(
                    role="jeugdhulpverlener",
                    name=WORKERS[(index + 3) % len(WORKERS)],
                    organisation="Wijkteam Noordrand",
                ),
            ],
            consents=(
                [
                    Consent(
                        given_by="moeder",
                        given_on=opened,
                        scope=ConsentScope.EXCHANGE,
                        until=opened + timedelta(days=730),
                    )
                ]
                if index % 4 != 3
                else []
            ),
            retention_until=opened + timedelta(days=365 * 15),
            tags=["demo"],
        )
        cases.append(case)
        events.extend(_story_events(case, born, today, rng, full=index < 12))
    return cases, events, demo_assessments(cases, today)
