"""Fictional demo cases whose timelines look like real ones.

Every name, school and event here is invented. The first cases follow full stories (a divorce,
a move, a school change, a referral with a waiting time, help started and ended, debts, a new
job); further cases, for large demo stores and benchmarks, get shorter variations.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

import msgspec

from rondom_tui.domain.assessment import flow as flow
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
    "Noor",
    "Sem",
    "Liv",
    "Daan",
    "Yara",
    "Milan",
    "Fenna",
    "Bram",
    "Aya",
    "Luuk",
    "Isa",
    "Jesse",
    "Mila",
    "Finn",
    "Sara",
    "Ravi",
    "Lotte",
    "Amir",
    "Femke",
    "Ties",
    "Nova",
    "Owen",
    "Zoë",
    "Ilias",
)
FAMILY_NAMES = (
    "Verhoef",
    "Kraaijeveld",
    "El Idrissi",
    "Brandsma",
    "Oosterbeek",
    "Tromp",
    "Demir",
    "Achterberg",
    "Mensink",
    "Boateng",
    "Van Lierop",
    "Zwaneveld",
    "Hoogkamp",
    "Sahin",
    "De Ruiter",
    "Vlasblom",
)
SCHOOLS = (
    "Basisschool De Wilgenhoek",
    "OBS Het Zeekompas",
    "CBS De Lichtboei",
    "IKC Duinpieper",
    "SBO De Oversteek",
    "Montessorischool Het Kleine Veld",
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
    _Step(
        30,
        Lane.KIND,
        Category.OBSERVATION,
        "Taalachterstand gesignaleerd op consultatiebureau",
        HINDERING,
        (2,),
        precision="month",
        source="consultatiebureau",
    ),
    _Step(48, Lane.SCHOOL, Category.LIFE_EVENT, "Start groep 1", NEUTRAL, (1,), precision="month"),
    _Step(
        61,
        Lane.GEZIN,
        Category.LIFE_EVENT,
        "Scheiding van de ouders",
        HINDERING,
        (2, 7),
        precision="month",
        qualifier=Qualifier.APPROXIMATE,
        source="gesprek met moeder",
    ),
    _Step(
        64,
        Lane.BESTAANSZEKERHEID,
        Category.LIFE_EVENT,
        "Verhuizing naar een kleinere woning",
        HINDERING,
        (7,),
        precision="month",
    ),
    _Step(
        66, Lane.SCHOOL, Category.SCHOOL_CHANGE, "Overstap naar een nieuwe school", NEUTRAL, (1, 5)
    ),
    _Step(
        70,
        Lane.BESTAANSZEKERHEID,
        Category.LIFE_EVENT,
        "Schulden: betalingsachterstand huur",
        HINDERING,
        (7,),
        weeks=60,
        precision="month",
        qualifier=Qualifier.APPROXIMATE,
        source="schuldhulpverlening",
    ),
    _Step(
        74,
        Lane.SCHOOL,
        Category.OBSERVATION,
        "Onrust in de klas, moeite met concentratie",
        HINDERING,
        (2,),
        source="leerkracht",
    ),
    _Step(
        75,
        Lane.SCHOOL,
        Category.INCIDENT,
        "Ruzie op het schoolplein",
        HINDERING,
        (2,),
        source="melding leerkracht",
        disputed=True,
        note="Ouders zien het incident anders dan school.",
    ),
    _Step(
        76,
        Lane.SCHOOL,
        Category.MEETING,
        "Gesprek ouders, leerkracht en intern begeleider",
        PROMOTING,
        (1, 2),
    ),
    _Step(
        77,
        Lane.JEUGDHULP,
        Category.REFERRAL,
        "Aanmelding bij het wijkteam",
        NEUTRAL,
        (4, 5),
        source="intern begeleider",
    ),
    _Step(
        77, Lane.JEUGDHULP, Category.WAITING, "Wachtlijst ambulante hulp", HINDERING, (5,), weeks=14
    ),
    _Step(
        80,
        Lane.JEUGDHULP,
        Category.HELP_STARTED,
        "Start ambulante gezinsbegeleiding",
        PROMOTING,
        (2, 5),
        weeks=40,
    ),
    _Step(
        82,
        Lane.SCHOOL,
        Category.PLAN,
        "Ontwikkelingsperspectief opgesteld met ouders",
        PROMOTING,
        (1, 2, 6),
    ),
    _Step(
        86,
        Lane.BESTAANSZEKERHEID,
        Category.LIFE_EVENT,
        "Moeder vindt een nieuwe baan",
        PROMOTING,
        (7,),
        precision="month",
    ),
    _Step(
        88,
        Lane.KIND,
        Category.LIFE_EVENT,
        "Lid van de voetbalclub",
        PROMOTING,
        (2,),
        precision="month",
    ),
    _Step(89, Lane.JEUGDHULP, Category.HELP_ENDED, "Gezinsbegeleiding afgesloten", NEUTRAL, (5,)),
    _Step(
        90,
        Lane.SCHOOL,
        Category.EVALUATION,
        "Evaluatie ontwikkelingsperspectief",
        PROMOTING,
        (1, 2),
    ),
    _Step(
        94,
        Lane.GEZIN,
        Category.LIFE_EVENT,
        "Vader verhuist naar een andere stad",
        HINDERING,
        (2,),
        precision="month",
        qualifier=Qualifier.APPROXIMATE,
    ),
    _Step(
        95,
        Lane.OVERIG,
        Category.MEETING,
        "Overleg school en jeugdhulp zonder ouders",
        HINDERING,
        (1, 6),
        source="verslag overleg",
    ),
    _Step(
        97,
        Lane.SCHOOL,
        Category.OTHER,
        "Begeleiding schoolmaatschappelijk werk",
        PROMOTING,
        (1, 4),
        ongoing=True,
    ),
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
            goals=[
                Goal(
                    text="Rustig kunnen werken in de klas met een eigen werkplek.",
                    keys=[2, 5],
                    status=GoalStatus.ACTIVE,
                ),
                Goal(
                    text="Ouders en school spreken elkaar elke zes weken.",
                    keys=[1],
                    status=GoalStatus.OPEN,
                ),
            ],
            retention_until=opened + timedelta(days=365 * 15),
            tags=["demo"],
        )
        cases.append(case)
        events.extend(_story_events(case, born, today, rng, full=index < 12))
    return cases, events, _demo_assessments(cases, today)


# -- seven-keys self-assessments ----------------------------------------------------------

_MEETING = (("moeder", "ouder"), ("", "leerkracht"), ("", "intern begeleider"),
            ("", "jeugdhulpverlener"))  # fmt: skip
"""Participants of the demo meetings (roles, and a parent named by her role in the family)."""

Answers = dict[int, tuple[int | None, ...]]
"""Per key, one answer per participant in order (None is "weet niet")."""

_FIRST: Answers = {1: (2, 3, 3, 2), 2: (2, 2, 3, None), 3: (3, 3, 4, 3), 4: (2, 3, 2, 1),
                   5: (1, 2, 2, 2), 6: (2, 1, 3, 2), 7: (1, 2, None, 3)}  # fmt: skip
"""A first meeting: the parent feels little heard (key 1), provision falls short (key 5)."""

_SECOND: Answers = {1: (4, 4, 3, 4), 2: (4, 3, 4, 4), 3: (3, 4, 4, 3), 4: (3, 3, 2, 2),
                    5: (2, 4, 3, 3), 6: (2, 2, 4, 2), 7: (3, 3, 3, 3)}  # fmt: skip
"""Half a year later: relations and the child-centred plan improved; walls remain (key 6)."""

_TEAM_PEOPLE = (("", "leerkracht"), ("", "leerkracht"), ("", "intern begeleider"),
                ("", "directeur"), ("", "schoolmaatschappelijk werker"))  # fmt: skip
_TEAM: Answers = {1: (4, 3, 4, 5, 3), 2: (4, 4, 3, 4, 4), 3: (2, 3, 2, 1, 3),
                  4: (2, 2, 3, 2, 1), 5: (3, 3, 2, 4, 3), 6: (2, 1, 2, 1, 2),
                  7: (3, 4, 2, 3, 5)}  # fmt: skip


def _demo_assessment(
    number: int,
    held_on: date,
    people: tuple[tuple[str, str], ...],
    scores: Answers,
    *,
    case_id: str | None = None,
    label: str = "",
) -> Assessment:
    """A draft with `scores` (per key, one answer per participant, in order)."""
    a = flow.start_assessment(
        held_on,
        case_id=case_id,
        label=label,
        facilitator=WORKERS[number % len(WORKERS)],
        participants=people,
        anonymous=case_id is None,
    )
    # Fixed ids, so that the same seed and day give the same demo store.
    ident = f"00000000-0000-4000-9000-{number:012d}"
    people_ids = [
        msgspec.structs.replace(p, id=f"{ident}-p{i}") for i, p in enumerate(a.participants)
    ]
    a = msgspec.structs.replace(a, id=ident, participants=people_ids)
    for key, answers in scores.items():
        for person, score in zip(a.participants, answers, strict=True):
            a = flow.set_score(a, person.id, key, score)
    return a


def _demo_assessments(cases: list[Case], today: date) -> list[Assessment]:
    """For the first case two finished assessments half a year apart (so the change shows),
    for the second a draft of an interrupted meeting, and one team assessment."""
    if not cases:
        return []
    first_case = cases[0].id
    first = _demo_assessment(1, today - timedelta(days=230), _MEETING, _FIRST, case_id=first_case)
    first = flow.set_note(first, 5, "Wachtlijst voor ambulante hulp: maanden.")
    first = flow.add_action(
        first,
        1,
        "Ouders schuiven aan bij elk overleg",
        owner="intern begeleider",
        due=today - timedelta(days=200),
    )
    first = flow.finalise(first)
    first = flow.set_action_done(first, first.actions[0].id)
    second = _demo_assessment(2, today - timedelta(days=40), _MEETING, _SECOND, case_id=first_case)
    second = flow.set_note(second, 6, "Budgetten van school en wijkteam sluiten niet aan.")
    second = flow.add_action(
        second,
        6,
        "Gezamenlijk plan van school en wijkteam",
        owner="jeugdhulpverlener",
        due=today + timedelta(days=30),
    )
    found = [first, flow.finalise(second)]
    if len(cases) > 1:
        started: Answers = {k: v for k, v in _SECOND.items() if k <= 3}
        draft = _demo_assessment(
            3, today - timedelta(days=2), _MEETING, started, case_id=cases[1].id
        )
        found.append(draft)
    team = _demo_assessment(
        4, today - timedelta(days=90), _TEAM_PEOPLE, _TEAM, label=f"Zorgteam {SCHOOLS[3]}"
    )
    found.append(flow.finalise(team))
    return found
