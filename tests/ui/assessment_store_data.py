"""A fictional case with two assessments and tagged events, on fixed dates (for snapshots).

Nothing here reads today's date: the snapshots of the meeting and summary screens must not
change from one day to the next.
"""

from __future__ import annotations

from datetime import date

from rondom_tui.domain.assessment import flow as flow
from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import HINDERING, PROMOTING, Assessment, Case, Event, Lane
from rondom_tui.store.repository import Store
from tests.conftest import secret_case

CODE = "K-7F3A"
PEOPLE = [("Xqmoeder", "ouder"), ("Xqjuf", "leerkracht"), ("Xqcoach", "jeugdhulpverlener")]
CURRENT_SCORES = {
    1: (4, 2, 3), 2: (5, 4, 4), 3: (3, None, 3), 4: (2, 2, 1), 5: (1, 4, 5), 6: (3, 3, None),
    7: (2, 3, 2),
}  # fmt: skip
"""Per key, the answers of the three participants (None is "weet niet")."""


def score_all(assessment: Assessment, scores: dict[int, tuple[int | None, ...]]) -> Assessment:
    """`assessment` with `scores` given through the domain (no key presses)."""
    for key, answers in scores.items():
        for person, score in zip(assessment.participants, answers, strict=True):
            assessment = flow.set_score(assessment, person.id, key, score)
    return assessment


def earlier(case: Case) -> Assessment:
    """Half a year before: lower on key 1, higher on key 4; final."""
    a = flow.start_assessment(date(2025, 9, 1), case_id=case.id, participants=PEOPLE)
    a = score_all(a, {k: (2, 2, 3) if k == 1 else (3, 3, 3) for k in range(1, 8)})
    return flow.finalise(a)


def current(case: Case, *, scored: bool = True) -> Assessment:
    """The assessment of 14-03-2026, a draft with a note and an action."""
    a = flow.start_assessment(
        date(2026, 3, 14), case_id=case.id, facilitator="Xqleider", participants=PEOPLE
    )
    if scored:
        a = score_all(a, CURRENT_SCORES)
    a = flow.set_note(a, 3, "Scholing over samenwerken staat gepland.")
    return flow.add_action(
        a, 1, "Elke zes weken een driegesprek", owner="leerkracht", due=date(2026, 4, 30)
    )


def events(case: Case) -> list[Event]:
    return [
        Event(
            case_id=case.id,
            lane=Lane.SCHOOL,
            title="Gesprek ouders en school",
            start=PartialDate(2025, 11, 3),
            valence=PROMOTING,
            keys=[1, 2],
        ),
        Event(
            case_id=case.id,
            lane=Lane.OVERIG,
            title="Overleg zonder ouders",
            start=PartialDate(2026, 1, 20),
            valence=HINDERING,
            keys=[1, 6],
        ),
    ]


def fill(store: Store, *, scored: bool = True) -> tuple[Case, Assessment, Assessment]:
    """Store the case (code K-7F3A), its events, the earlier and the current assessment."""
    case = store.cases.add(secret_case(code=CODE))
    store.events.add_many(events(case))
    before = store.assessments.save(earlier(case))
    now = store.assessments.save(current(case, scored=scored))
    return case, before, now
