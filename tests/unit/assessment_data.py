"""Fictional assessments for the assessment tests: builders and hypothesis strategies.

Every name here is made up. Participant labels carry the marker ``Xq`` so a test can search any
output for them without hitting ordinary Dutch or English words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from hypothesis import strategies as st

from rondom_tui.domain.models import Assessment, KeyScores, Participant

MISSING = object()
"""In `build`: this participant has no entry for the key (not asked yet)."""

ROLES = ("ouder", "leerkracht", "intern begeleider", "jeugdhulpverlener", "")


def build(
    scores: Mapping[int, Sequence[object]],
    *,
    people: Sequence[tuple[str, str]] | None = None,
    anonymous: bool = False,
    held_on: date = date(2026, 3, 14),
    case_id: str | None = "case-fictional-1",
    label: str = "",
    notes: Mapping[int, str] | None = None,
) -> Assessment:
    """An assessment where `scores[k][i]` is participant i's answer on key k.

    An answer is 1..5, None for "weet niet", or `MISSING` for no entry.
    """
    width = max((len(v) for v in scores.values()), default=0)
    people = people or [(f"Xqdeelnemer{i}", ROLES[i % 4]) for i in range(width)]
    participants = [Participant(label=name, role=role) for name, role in people]
    keys = []
    for k in range(1, 8):
        answers = scores.get(k, ())
        keys.append(
            KeyScores(
                key=k,
                scores={
                    p.id: a  # type: ignore[misc]
                    for p, a in zip(participants, answers, strict=False)
                    if a is not MISSING
                },
                note=(notes or {}).get(k, ""),
            )
        )
    return Assessment(
        case_id=case_id,
        label=label,
        held_on=held_on,
        participants=participants,
        keys=keys,
        anonymous=anonymous,
    )


answers = st.one_of(st.integers(1, 5), st.none(), st.just(MISSING))
"""One participant's answer on one key."""

marked_labels = st.from_regex(r"Xq[a-z]{4,8}", fullmatch=True)
"""Participant names that never occur in the app's own texts."""

free_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=40
)


@st.composite
def assessments(draw: st.DrawFn, *, anonymous: bool | None = None) -> Assessment:
    """Any assessment: 0-6 participants with distinct marked names, any answers."""
    names = draw(st.lists(marked_labels, max_size=6, unique=True))
    people = [(n, draw(st.sampled_from(ROLES))) for n in names]
    table = {
        k: draw(st.lists(answers, min_size=len(people), max_size=len(people))) for k in range(1, 8)
    }
    anon = draw(st.booleans()) if anonymous is None else anonymous
    return build(table, people=people, anonymous=anon)
