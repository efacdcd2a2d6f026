"""A fictional caseload for the casusreview: cases over several schools whose timelines differ.

The full demo stories all wait the same three months for the same help; a review over them
would teach nothing. These cases draw from pools of what happens around children (a divorce,
debts, a fight in the schoolyard, a meeting without the parents; a talk with the parents, a
plan, a sports club), wait for help as long as the kind of help tends to take (a week for the
school social worker, months for specialised youth care), and most have one or two finished
seven-keys self-assessments with an action point. The same seed and day give the same cases.
Every name, school and event here is invented.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from rondom_tui.domain.dates import PartialDate, Qualifier
from rondom_tui.domain.demo.stories import FAMILY_NAMES, GIVEN_NAMES, GROUPS, SCHOOLS
from rondom_tui.domain.models import (
    HINDERING,
    PROMOTING,
    Action,
    Assessment,
    AssessmentStatus,
    Case,
    CaseStatus,
    Category,
    Event,
    KeyScores,
    Lane,
    Participant,
)

OTHER_SCHOOLS = ("Basisschool De Zandloper", "OBS De Vlieger", "Kindcentrum Het Baken")
"""The schools of the demo's second store (the other municipality of the demo extract)."""


@dataclass(frozen=True, slots=True)
class Happening:
    """Something that may happen around a child, as the demo draws it."""

    lane: Lane
    category: Category
    title: str
    valence: int
    keys: tuple[int, ...] = ()


_L, _C, H = Lane, Category, Happening

HINDERING_POOL = (
    H(_L.GEZIN, _C.LIFE_EVENT, "Ouders gaan uit elkaar", HINDERING, (2, 7)),
    H(_L.BESTAANSZEKERHEID, _C.LIFE_EVENT, "Schulden", HINDERING, (7,)),
    H(_L.BESTAANSZEKERHEID, _C.LIFE_EVENT, "Dreigende uithuiszetting", HINDERING, (7,)),
    H(_L.SCHOOL, _C.INCIDENT, "Ruzie op het schoolplein", HINDERING, (2,)),
    H(_L.SCHOOL, _C.OBSERVATION, "Veel verzuim", HINDERING, (2, 4)),
    H(_L.KIND, _C.OBSERVATION, "Slaapt slecht, is vaak moe", HINDERING, ()),
    H(_L.OVERIG, _C.MEETING, "Overleg zonder de ouders", HINDERING, (1, 6)),
    H(_L.JEUGDHULP, _C.MEETING, "Hulpverleners spreken elkaar tegen", HINDERING, (3, 4)),
    H(_L.JEUGDHULP, _C.OTHER, "Hulp past niet bij de vraag", HINDERING, (5,)),
    H(_L.SCHOOL, _C.SCHOOL_CHANGE, "Gedwongen schoolwissel", HINDERING, (5, 6)),
    H(_L.GEZIN, _C.INCIDENT, "Zorgen over veiligheid thuis", HINDERING, (2,)),
)  # fmt: skip
PROMOTING_POOL = (
    H(_L.SCHOOL, _C.MEETING, "Gesprek met ouders en leerkracht", PROMOTING, (1, 2)),
    H(_L.SCHOOL, _C.PLAN, "Plan samen met ouders opgesteld", PROMOTING, (1, 2, 6)),
    H(_L.KIND, _C.LIFE_EVENT, "Lid van een sportclub", PROMOTING, (2,)),
    H(_L.BESTAANSZEKERHEID, _C.LIFE_EVENT, "Vader vindt werk", PROMOTING, (7,)),
    H(_L.SCHOOL, _C.EVALUATION, "Evaluatie met iedereen aan tafel", PROMOTING, (1, 4)),
    H(_L.JEUGDHULP, _C.MEETING, "Een vast aanspreekpunt voor het gezin", PROMOTING, (4, 6)),
    H(_L.SCHOOL, _C.OTHER, "Intern begeleider krijgt coaching", PROMOTING, (3,)),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class HelpKind:
    """A kind of help and how long the wait for it tends to be, in weeks."""

    lane: Lane
    referral: str
    start: str
    shortest: int
    longest: int
    keys: tuple[int, ...]


K = HelpKind
HELP_KINDS = (
    K(_L.SCHOOL, "Aanmelding schoolmaatschappelijk werk", "Start begeleiding", 1, 6, (4,)),
    K(_L.JEUGDHULP, "Aanmelding bij het wijkteam", "Start gezinsbegeleiding", 4, 18, (5,)),
    K(_L.JEUGDHULP, "Verwijzing specialistische jeugdhulp", "Start behandeling", 14, 44, (5, 6)),
    K(_L.BESTAANSZEKERHEID, "Aanmelding schuldhulpverlening", "Start schuldhulp", 3, 14, (7,)),
)  # fmt: skip
ROLES = ("ouder", "leerkracht", "intern begeleider", "jeugdhulpverlener")
TENDENCY = {1: 3.2, 2: 3.4, 3: 3.0, 4: 2.6, 5: 2.3, 6: 2.1, 7: 2.8}
"""Where the demo's scores lean per key: walls between school and youth care (6) and the
provision (5) score lowest, as the research found."""
ACTIONS = {
    4: "Vast overlegmoment school en wijkteam",
    5: "Wachtende gezinnen krijgen overbruggingshulp",
    6: "Eén plan voor school en jeugdhulp",
    7: "Schuldhulp bespreken in het eerste gesprek",
}


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _month(day: date, rng: random.Random) -> PartialDate:
    """Most happenings are remembered to the month, some only roughly."""
    qualifier = Qualifier.APPROXIMATE if rng.random() < 0.15 else Qualifier.EXACT
    return PartialDate(day.year, day.month, qualifier=qualifier)


def _event(case: Case, what: Happening, start: PartialDate, rng: random.Random) -> Event:
    return Event(
        id=_id(rng),
        case_id=case.id,
        lane=what.lane,
        category=what.category,
        title=what.title,
        start=start,
        valence=what.valence,
        keys=list(what.keys),
    )


def _timeline(case: Case, opened: date, today: date, rng: random.Random) -> list[Event]:
    span = max(1, (today - opened).days)
    events: list[Event] = []
    for what in rng.sample(HINDERING_POOL, rng.randint(2, 5)):
        day = opened + timedelta(days=rng.randint(-200, span))
        events.append(_event(case, what, _month(min(day, today), rng), rng))
    for what in rng.sample(PROMOTING_POOL, rng.randint(1, 4)):
        day = opened + timedelta(days=rng.randint(0, span))
        events.append(_event(case, what, _month(day, rng), rng))
    for kind in rng.sample(HELP_KINDS, rng.randint(1, 2)):
        referred = opened + timedelta(days=rng.randint(0, max(1, span - 30)))
        referral = Happening(kind.lane, Category.REFERRAL, kind.referral, 0, kind.keys)
        events.append(_event(case, referral, PartialDate.from_date(referred), rng))
        started = referred + timedelta(weeks=rng.randint(kind.shortest, kind.longest))
        if started <= today:
            start = Happening(kind.lane, Category.HELP_STARTED, kind.start, PROMOTING, kind.keys)
            events.append(_event(case, start, PartialDate.from_date(started), rng))
    return events


def _score(key: int, rng: random.Random) -> int | None:
    if rng.random() < 0.08:
        return None  # weet niet
    return max(1, min(5, round(rng.gauss(TENDENCY[key], 0.8))))


def _assessment(case: Case, number: int, held_on: date, rng: random.Random) -> Assessment:
    ident = f"00000000-0000-4000-c000-{number:012d}"
    people = [Participant(id=f"{ident}-p{i}", role=role) for i, role in enumerate(ROLES)]
    keys = [KeyScores(key=k, scores={p.id: _score(k, rng) for p in people}) for k in TENDENCY]
    key = rng.choice(sorted(ACTIONS))
    due = held_on + timedelta(days=rng.randint(30, 150))
    action = Action(
        id=f"{ident}-a0",
        key=key,
        text=ACTIONS[key],
        owner=rng.choice(ROLES[1:]),
        due=due,
        done=rng.random() < 0.4,
    )
    made = datetime(held_on.year, held_on.month, held_on.day, 12, tzinfo=UTC)
    return Assessment(
        id=ident,
        case_id=case.id,
        held_on=held_on,
        participants=people,
        keys=keys,
        actions=[action],
        status=AssessmentStatus.FINAL,
        created_at=made,
        updated_at=made,
    )


def caseload(
    count: int = 48,
    *,
    today: date | None = None,
    seed: int = 12,
    schools: tuple[str, ...] = SCHOOLS,
    first: int = 0,
) -> tuple[list[Case], list[Event], list[Assessment]]:
    """`count` fictional cases spread over `schools`, with timelines and self-assessments.

    `first` numbers the cases' fixed ids (and codes), so two caseloads can share a store."""
    today = today or date.today()
    rng = random.Random(seed)
    cases: list[Case] = []
    events: list[Event] = []
    assessments: list[Assessment] = []
    for index in range(first, first + count):
        opened = today - timedelta(days=rng.randint(120, 1000))
        age_months = rng.randint(6 * 12, 12 * 12)
        closed = rng.random() < 0.2
        case = Case(
            id=f"00000000-0000-4000-a000-{index:012d}",
            code=f"K-R{index:03d}"[:8],
            given_name=GIVEN_NAMES[(index * 5 + 3) % len(GIVEN_NAMES)],
            family_name=FAMILY_NAMES[(index * 3 + 1) % len(FAMILY_NAMES)],
            date_of_birth=PartialDate.from_date(today - timedelta(days=int(age_months * 30.44))),
            school=schools[index % len(schools)],
            group=GROUPS[min(len(GROUPS) - 1, max(0, age_months // 12 - 6))],
            status=CaseStatus.CLOSED if closed else CaseStatus.OPEN,
            opened_on=opened,
            closed_on=today - timedelta(days=rng.randint(5, 60)) if closed else None,
            tags=["demo", "review"],
        )
        cases.append(case)
        events.extend(_timeline(case, opened, today, rng))
        held = today - timedelta(days=rng.randint(20, 220))
        if rng.random() < 0.85:
            assessments.append(_assessment(case, index * 2, held, rng))
        if rng.random() < 0.5:
            earlier = held - timedelta(days=rng.randint(120, 240))
            assessments.append(_assessment(case, index * 2 + 1, earlier, rng))
    return cases, events, assessments
