"""Builders and strategies for fictional caseloads (no real person's data)."""

from __future__ import annotations

from datetime import date

from hypothesis import settings
from hypothesis import strategies as st
from tests.unit.timeline_strategies import partial_dates

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import (
    HINDERING,
    NEUTRAL,
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
from rondom_tui.domain.review.facts import Caseload, caseload_of

TODAY = date(2026, 3, 2)
SETTINGS = settings(deadline=None, max_examples=40)
SCHOOLS = ("Basisschool Het Klavertje", "OBS De Wolkenkrabber", "IKC Het Zandkasteel")


def case(number: int, *, school: str = SCHOOLS[0], **changes: object) -> Case:
    return Case(
        id=f"case-{number:04d}",
        code=f"K-T{number:03d}",
        given_name=f"Fictief{number}",
        school=school,
        **changes,  # type: ignore[arg-type]
    )


def event(
    case_id: str,
    start: str = "2025-03-10",
    *,
    lane: Lane = Lane.SCHOOL,
    category: Category = Category.INCIDENT,
    valence: int = HINDERING,
    keys: tuple[int, ...] = (),
    ident: str | None = None,
) -> Event:
    kwargs = {"id": ident} if ident else {}
    return Event(
        case_id=case_id,
        lane=lane,
        category=category,
        title="Verzonnen gebeurtenis",
        start=PartialDate.from_iso(start),
        valence=valence,
        keys=list(keys),
        **kwargs,  # type: ignore[arg-type]
    )


def assessment(
    case_id: str,
    held_on: date,
    scores: dict[int, tuple[int | None, ...]],
    *,
    final: bool = True,
    actions: tuple[Action, ...] = (),
    ident: str | None = None,
) -> Assessment:
    width = max((len(v) for v in scores.values()), default=1)
    people = [Participant(id=f"p{i}", role="rol") for i in range(width)]
    return Assessment(
        id=ident or f"a-{case_id}-{held_on.isoformat()}",
        case_id=case_id,
        held_on=held_on,
        participants=people,
        keys=[
            KeyScores(key=k, scores={p.id: s for p, s in zip(people, v, strict=False)})
            for k, v in scores.items()
        ],
        actions=list(actions),
        status=AssessmentStatus.FINAL if final else AssessmentStatus.DRAFT,
    )


def load(
    cases: list[Case], events: list[Event] = (), assessments: list[Assessment] = ()
) -> Caseload:  # type: ignore[assignment]
    return caseload_of(cases, list(events), list(assessments))


@st.composite
def caseloads(
    draw: st.DrawFn, max_cases: int = 14
) -> tuple[list[Case], list[Event], list[Assessment]]:
    """Cases over the fictional schools, with events (some without keys, some neutral, dates
    of every precision and qualifier), referrals and starts of help, and assessments."""
    count = draw(st.integers(0, max_cases))
    cases, events, assessments = [], [], []
    for n in range(count):
        c = case(
            n,
            school=draw(st.sampled_from(SCHOOLS)),
            status=draw(st.sampled_from(list(CaseStatus))),
            tags=draw(st.lists(st.sampled_from(["a", "b"]), max_size=2, unique=True)),
        )
        cases.append(c)
        for i in range(draw(st.integers(0, 6))):
            category = draw(st.sampled_from(list(Category)))
            events.append(
                Event(
                    id=f"{c.id}-e{i}",
                    case_id=c.id,
                    lane=draw(st.sampled_from(list(Lane))),
                    category=category,
                    start=draw(partial_dates(2018, 2026)),
                    valence=draw(st.sampled_from([HINDERING, PROMOTING, NEUTRAL])),
                    keys=draw(st.lists(st.integers(1, 7), max_size=3, unique=True)),
                )
            )
        for i in range(draw(st.integers(0, 2))):
            held = draw(st.dates(date(2023, 1, 1), date(2026, 3, 1)))
            scores = {
                k: tuple(
                    draw(st.lists(st.one_of(st.none(), st.integers(1, 5)), min_size=1, max_size=3))
                )
                for k in range(1, 8)
            }
            due = draw(st.one_of(st.none(), st.dates(date(2024, 1, 1), date(2026, 12, 1))))
            actions = (
                Action(
                    id=f"{c.id}-x{i}",
                    key=draw(st.integers(1, 7)),
                    text="x",
                    due=due,
                    done=draw(st.booleans()),
                ),
            )
            assessments.append(
                assessment(
                    c.id,
                    held,
                    scores,
                    final=draw(st.booleans()),
                    actions=actions,
                    ident=f"{c.id}-a{i}",
                )
            )
    return cases, events, assessments
