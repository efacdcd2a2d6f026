"""Keeping a child's name off a shared screen.

Meeting mode runs on a projector: the app shows the case code, never the child's name. The
people at the table type the participants' labels, the notes and the actions themselves, and
"moeder van Noor" is a natural thing to type. So what the meeting and summary screens show goes
through `without_names` first; the stored assessment keeps exactly what was typed. An editor on
those screens opens the text without the names too, and `kept_unless_edited` decides what is
stored when it closes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import msgspec

from rondom_tui.domain.models import Assessment, Case

MIN_NAME = 2
"""Shorter "names" (an initial) would blank out ordinary words."""


def _pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    words = sorted(
        {" ".join(n.split()) for n in names if len(n.strip()) >= MIN_NAME}, key=len, reverse=True
    )
    if not words:
        return None
    # Whole words only, spaces in a name matching any run of white space ("Van  Lierop").
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def hide_names(text: str, names: Iterable[str], replacement: str) -> str:
    """`text` with every whole-word occurrence of one of `names` replaced, ignoring case."""
    pattern = _pattern(names)
    return pattern.sub(replacement, text) if pattern is not None and text else text


def masked_for_meeting(text: str, case: Case) -> str:
    """`text` as a meeting room may see it: the child's names by the case code, a recorded
    party's name by the party's role."""
    child = (case.full_name, case.given_name, case.family_name)
    text = hide_names(text, [n for n in child if n], case.code)
    for party in case.parties:
        if party.name.strip():
            text = hide_names(text, [party.name], party.role or "…")
    return text


def without_names(assessment: Assessment, names: Iterable[str], replacement: str) -> Assessment:
    """A copy of `assessment` for display: participants, notes and actions without `names`.

    Ids, scores and everything else stay as they are, so what the screen posts back (a
    participant id, a key) still refers to the stored assessment.
    """
    pattern = _pattern(names)
    if pattern is None:
        return assessment

    def clean(text: str) -> str:
        return pattern.sub(replacement, text) if text else text

    replace = msgspec.structs.replace
    return replace(
        assessment,
        facilitator=clean(assessment.facilitator),
        participants=[
            replace(p, label=clean(p.label), role=clean(p.role)) for p in assessment.participants
        ],
        keys=[replace(ks, note=clean(ks.note)) for ks in assessment.keys],
        actions=[replace(a, text=clean(a.text), owner=clean(a.owner)) for a in assessment.actions],
    )


def kept_unless_edited(stored: str, shown: str, edited: str) -> str:
    """What to store after an editor that showed `shown` (`stored` with names hidden) returned
    `edited`.

    Left as shown (white space aside), the stored text stays exactly as it was, names
    included: opening and saving a note must not change it. Edited, the edited text is stored
    as it is, with the code where a name was: the editor never showed the name, so it cannot
    put it back without guessing.
    """
    return stored if edited.split() == shown.split() else edited
