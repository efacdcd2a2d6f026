"""The answers on a meeting page, one row per participant, as plain values first.

`score_rows` says what each row shows (pure, comparable), `score_table` lays the rows out.
The page compares the rows with those it showed last and redraws only when they differ, so a
key press that changes nothing on the page sends nothing to the projector.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.table import Table
from rich.text import Text

from rondom_tui.domain.assessment.flow import MeetingPosition
from rondom_tui.domain.assessment.scale import anchor_label, is_score
from rondom_tui.domain.models import Assessment, KeyScores
from rondom_tui.i18n import t


@dataclass(frozen=True, slots=True)
class ScoreRow:
    """One participant's line on the page."""

    marker: str
    """``▶`` on the participant whose turn it is."""
    name: str
    value: str
    """The score, ``?`` for "weet niet", ``✓`` when anonymous, ``·`` before answering."""
    words: str
    """The scale's words for the score."""
    style: str
    """How the name is shown: the turn stands out, reversed while the page has focus."""


def key_entry(assessment: Assessment, key: int) -> KeyScores:
    """The scores and note of `key` (empty before anyone answered)."""
    return next((ks for ks in assessment.keys if ks.key == key), KeyScores(key=key))


def score_rows(
    assessment: Assessment, position: MeetingPosition, *, focused: bool, lang: str
) -> tuple[ScoreRow, ...]:
    """The rows of the key at `position`, in participant order."""
    scores = key_entry(assessment, position.key).scores
    rows = []
    for index, person in enumerate(assessment.participants):
        turn = index == position.participant
        if assessment.anonymous:
            name = t("assessment.participant.numbered", n=index + 1)
        else:
            name = " · ".join(part for part in (person.label, person.role) if part)
        if person.id not in scores:
            value, words = "·", ""
        elif assessment.anonymous:
            value, words = "✓", t("assessment.page.answered")
        else:
            score = scores[person.id]
            value = str(score) if is_score(score) else "?"
            words = anchor_label(score if is_score(score) else None, lang=lang)
        style = "reverse" if turn and focused else ("bold" if turn else "")
        rows.append(ScoreRow("▶" if turn else "", name, value, words, style))
    return tuple(rows)


def score_table(rows: tuple[ScoreRow, ...]) -> Table:
    """The rows in four columns: turn, name, score, the scale's words."""
    table = Table.grid(padding=(0, 2))
    table.add_column(width=1)
    table.add_column()
    table.add_column(justify="right", style="bold")
    table.add_column()
    if not rows:
        table.add_row("", t("assessment.page.no_participants"), "", "")
    for row in rows:
        table.add_row(row.marker, Text(row.name, style=row.style), row.value, row.words)
    return table
