"""The demo's seven-keys self-assessments: two finished meetings half a year apart, a draft of an
interrupted meeting and a team assessment."""

from __future__ import annotations

from datetime import date, timedelta

import msgspec

from rondom_tui.domain.assessment import flow as flow
from rondom_tui.domain.demo.stories import SCHOOLS, WORKERS
from rondom_tui.domain.models import (
    Assessment,
    Case,
)

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


def demo_assessments(cases: list[Case], today: date) -> list[Assessment]:
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
