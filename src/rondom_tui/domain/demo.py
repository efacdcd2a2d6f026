"""Fictional demo cases whose timelines look like real ones.

Every name, school and event here is invented. The first cases follow full stories (a divorce,
a move, a school change, a referral with a waiting time, help started and ended, debts, a new
job); further cases, for large demo stores and benchmarks, get shorter variations.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from rondom_tui.domain.dates import PartialDate, Qualifier
from rondom_tui.domain.models import (
    HINDERING,
    NEUTRAL,
    PROMOTING,
    Assessment,
    Case,
    CaseStatus,
    Category,
    Consent,
    ConsentScope,
    Event,
    Goal,
    GoalStatus,
    Lane,
    Party,
)

GIVEN_NAMES = (
    "Noor", "Sem", "Liv", "Daan", "Yara", "Milan", "Fenna", "Bram", "Aya", "Luuk", "Isa", "Jesse",
    "Mila", "Finn", "Sara", "Ravi", "Lotte", "Amir", "Femke", "Ties", "Nova", "Owen", "Zoë", "Ilias",
)
FAMILY_NAMES = (
    "Verhoef", "Kraaijeveld", "El Idrissi", "Brandsma", "Oosterbeek", "Tromp", "Demir", "Achterberg",
    "Mensink", "Boateng", "Van Lierop", "Zwaneveld", "Hoogkamp", "Sahin", "De Ruiter", "Vlasblom",
)
SCHOOLS = (
    "Basisschool De Wilgenhoek", "OBS Het Zeekompas", "CBS De Lichtboei", "IKC Duinpieper",
    "SBO De Oversteek", "Montessorischool Het Kleine Veld",
)
GROUPS = ("groep 3", "groep 4", "groep 5", "groep 6", "groep 7", "groep 8")
WORKERS = ("F. Aydın", "M. de Klerk", "J. Hofstede", "R. Tjon", "S. Veldkamp", "L. Peeters")


@dataclass(frozen=True, slots=True)
class _Step:
    """One event of a story, placed at an age in months, optionally lasting some weeks."""

    months: int
    lane: Lane
    category: Category
    title: str
    valence: int
    keys: tuple[int, ...] = ()
    weeks: int | None = None
    ongoing: bool = False
    precision: str = "day"
    qualifier: Qualifier = Qualifier.EXACT
    source: str = ""
    disputed: bool = False
    note: str = ""


STORY: tuple[_Step, ...] = (
    _Step(0, Lane.KIND, Category.LIFE_EVENT, "Geboorte", NEUTRAL, precision="day"),
    _Step(30, Lane.KIND, Category.OBSERVATION, "Taalachterstand gesignaleerd op consultatiebureau",
          HINDERING, (2,), precision="month", source="consultatiebureau"),
    _Step(48, Lane.SCHOOL, Category.LIFE_EVENT, "Start groep 1", NEUTRAL, (1,), precision="month"),
    _Step(61, Lane.GEZIN, Category.LIFE_EVENT, "Scheiding van de ouders", HINDERING, (2, 7),
          precision="month", qualifier=Qualifier.APPROXIMATE, source="gesprek met moeder"),
    _Step(64, Lane.BESTAANSZEKERHEID, Category.LIFE_EVENT, "Verhuizing naar een kleinere woning",
          HINDERING, (7,), precision="month"),
    _Step(66, Lane.SCHOOL, Category.SCHOOL_CHANGE, "Overstap naar een nieuwe school", NEUTRAL, (1, 5)),
    _Step(70, Lane.BESTAANSZEKERHEID, Category.LIFE_EVENT, "Schulden: betalingsachterstand huur",
          HINDERING, (7,), weeks=60, precision="month", qualifier=Qualifier.APPROXIMATE,
          source="schuldhulpverlening"),
    _Step(74, Lane.SCHOOL, Category.OBSERVATION, "Onrust in de klas, moeite met concentratie",
          HINDERING, (2,), source="leerkracht"),
    _Step(75, Lane.SCHOOL, Category.INCIDENT, "Ruzie op het schoolplein", HINDERING, (2,),
          source="melding leerkracht", disputed=True,
          note="Ouders zien het incident anders dan school."),
    _Step(76, Lane.SCHOOL, Category.MEETING, "Gesprek ouders, leerkracht en intern begeleider",
          PROMOTING, (1, 2)),
    _Step(77, Lane.JEUGDHULP, Category.REFERRAL, "Aanmelding bij het wijkteam", NEUTRAL, (4, 5),
          source="intern begeleider"),
    _Step(77, Lane.JEUGDHULP, Category.WAITING, "Wachtlijst ambulante hulp", HINDERING, (5,), weeks=14),
    _Step(80, Lane.JEUGDHULP, Category.HELP_STARTED, "Start ambulante gezinsbegeleiding", PROMOTING,
          (2, 5), weeks=40),
    _Step(82, Lane.SCHOOL, Category.PLAN, "Ontwikkelingsperspectief opgesteld met ouders", PROMOTING,
          (1, 2, 6)),
    _Step(86, Lane.BESTAANSZEKERHEID, Category.LIFE_EVENT, "Moeder vindt een nieuwe baan", PROMOTING,
          (7,), precision="month"),
    _Step(88, Lane.KIND, Category.LIFE_EVENT, "Lid van de voetbalclub", PROMOTING, (2,), precision="month"),
    _Step(89, Lane.JEUGDHULP, Category.HELP_ENDED, "Gezinsbegeleiding afgesloten", NEUTRAL, (5,)),
    _Step(90, Lane.SCHOOL, Category.EVALUATION, "Evaluatie ontwikkelingsperspectief", PROMOTING, (1, 2)),
    _Step(94, Lane.GEZIN, Category.LIFE_EVENT, "Vader verhuist naar een andere stad", HINDERING, (2,),
          precision="month", qualifier=Qualifier.APPROXIMATE),
    _Step(95, Lane.OVERIG, Category.MEETING, "Overleg school en jeugdhulp zonder ouders", HINDERING, (1, 6),
          source="verslag overleg"),
    _Step(97, Lane.SCHOOL, Category.OTHER, "Begeleiding schoolmaatschappelijk werk", PROMOTING, (1, 4),
          ongoing=True),
)


def _partial(day: date, precision: str, qualifier: Qualifier) -> PartialDate:
    if precision == "year":
        return PartialDate(day.year, qualifier=qualifier)
    if precision == "month":
        return PartialDate(day.year, day.month, qualifier=qualifier)
    return PartialDate(day.year, day.month, day.day, qualifier)


def _story_events(case: Case, born: date, today: date, rng: random.Random, *, full: bool) -> list[Event]:
    steps = STORY if full else tuple(s for s in STORY if rng.random() < 0.35)
    events: list[Event] = []
    shift = rng.randint(-40, 40)
    for step in steps:
        start_day = born + timedelta(days=int(step.months * 30.44) + (0 if step.months == 0 else shift))
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


def demo_cases(count: int = 12, *, today: date | None = None, seed: int = 7) -> tuple[list[Case], list[Event], list[Assessment]]:
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
                Party(role="ouder", name=f"ouder van {given}", organisation="", contact="06-00000000"),
                Party(role="intern begeleider", name=WORKERS[index % len(WORKERS)], organisation=school),
                Party(role="jeugdhulpverlener", name=WORKERS[(index + 3) % len(WORKERS)],
                      organisation="Wijkteam Noordrand"),
            ],
            consents=(
                [Consent(given_by="moeder", given_on=opened, scope=ConsentScope.EXCHANGE,
                         until=opened + timedelta(days=730))]
                if index % 4 != 3 else []
            ),
            goals=[
                Goal(text="Rustig kunnen werken in de klas met een eigen werkplek.", keys=[2, 5],
                     status=GoalStatus.ACTIVE),
                Goal(text="Ouders en school spreken elkaar elke zes weken.", keys=[1],
                     status=GoalStatus.OPEN),
            ],
            retention_until=opened + timedelta(days=365 * 15),
            tags=["demo"],
        )
        cases.append(case)
        events.extend(_story_events(case, born, today, rng, full=index < 12))
    return cases, events, []
