"""Small numbers stay inside the team: every figure resting on fewer than 5 cases is ``<5``.

Three rules, applied wherever a review leaves the team (the board report, an extract, the
screen in privacy mode):
1. A figure that rests on 1 to 4 cases is withheld: its numbers become ``<5``; a mean, a median
   or a longest wait over those cases is not shown at all. Zero is shown: it tells nothing about
   any child.
2. Beside a total that is shown, withheld parts must not be worked out by subtraction: when
   fewer than two parts are withheld, or the withheld parts together rest on fewer than 5
   cases, the smallest parts shown are withheld too (`withheld_parts`).
3. An extract holds each school's figures after rule 1 (`shareable`): a withheld cell is only
   ``<5``, with no case ids anywhere. Merged with others it stays a hidden part, so a merged
   figure then reads ``≥N``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Protocol

from rondom_tui.domain.assessment.scale import format_number
from rondom_tui.domain.review.cells import Count, Figures, Score, Waits

THRESHOLD = 5
"""A figure resting on fewer cases than this is withheld."""
WITHHELD: Final = "<5"
"""How a withheld figure reads, everywhere (screen, reports, extract)."""
MAX_PER_HIDDEN_PART = THRESHOLD - 1


class Cell(Protocol):
    @property
    def cases(self) -> int: ...

    @property
    def hidden(self) -> int: ...


def withheld(cases: int) -> bool:
    """True for 1 to 4 cases."""
    return 0 < cases < THRESHOLD


def is_withheld(cell: Cell) -> bool:
    """True when the cell's numbers may not be shown: it rests on 1 to 4 known cases, or only
    on parts withheld elsewhere that together may rest on fewer than 5."""
    if cell.hidden:
        return cell.cases == 0 and cell.hidden * MAX_PER_HIDDEN_PART < THRESHOLD
    return withheld(cell.cases)


def values_shown(cell: Cell) -> bool:
    """True when a mean or a wait worked out from the cell's known cases may be shown."""
    return cell.cases >= THRESHOLD


def shareable(figures: Figures) -> Figures:
    """The figures as an extract holds them: withheld cells hidden, no case ids."""
    return Figures(
        counts={
            i: Count(hidden=1) if withheld(c.cases) else Count(c.count, c.cases, c.hidden)
            for i, c in figures.counts.items()
        },
        waits={
            i: Waits(hidden=1) if withheld(w.cases) else Waits(w.weeks, w.cases, w.hidden)
            for i, w in figures.waits.items()
        },
        scores={
            i: Score(hidden=1) if withheld(s.cases) else Score(s.hundredths, s.cases, s.hidden)
            for i, s in figures.scores.items()
        },
    )


def withheld_parts(parts: Sequence[Cell], total: Cell) -> set[int]:
    """The indexes of `parts` to show as ``<5`` beside `total` (rules 1 and 2)."""
    hidden = {i for i, part in enumerate(parts) if is_withheld(part) or part.hidden}
    if not hidden or is_withheld(total) or total.hidden:
        return hidden

    def safe() -> bool:
        return len(hidden) >= 2 and sum(parts[i].cases for i in hidden) >= THRESHOLD

    shown = sorted(
        (i for i, part in enumerate(parts) if i not in hidden and part.cases),
        key=lambda i: (parts[i].cases, i),
    )
    while not safe() and shown:
        hidden.add(shown.pop(0))
    return hidden


# -- words ----------------------------------------------------------------------------------


def number_text(value: int, *, lang: str) -> str:
    """``1.234`` in Dutch, ``1,234`` in English."""
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "nl" else text


def count_text(cell: Count, *, lang: str) -> str:
    """The count as it may be shown: a number, ``<5`` or ``≥N``."""
    if is_withheld(cell):
        return WITHHELD
    if cell.hidden:
        return "≥" + number_text(cell.count + cell.hidden, lang=lang)
    return number_text(cell.count, lang=lang)


def cases_text(cell: Cell, *, lang: str) -> str:
    """The cases a figure rests on: a number, ``<5`` or ``≥N``."""
    if is_withheld(cell):
        return WITHHELD
    if cell.hidden:
        return "≥" + number_text(cell.cases + cell.hidden, lang=lang)
    return number_text(cell.cases, lang=lang)


def mean_text(cell: Score, *, lang: str) -> str:
    """``3,4``; ``<5`` when withheld; ``–`` without scores."""
    if not cell.cases and not cell.hidden:
        return "–"
    if not values_shown(cell):
        return WITHHELD
    return format_number(cell.mean, lang=lang)


def weeks_value(cell: Waits, value: int | None, *, lang: str) -> str:
    """A median, percentile or longest wait in weeks: a number, ``<5`` or ``–``."""
    if not cell.cases and not cell.hidden:
        return "–"
    if not values_shown(cell) or value is None:
        return WITHHELD
    return number_text(value, lang=lang)
