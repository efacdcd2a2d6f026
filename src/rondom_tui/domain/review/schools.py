"""Small multiples: the same small chart for every school, side by side, on one scale.

Per school: its cases, and per key its hindering and promoting events. Beside the totals of
all schools together, a withheld school could be worked out by subtraction; so in the board's
view the rule of `suppression.withheld_parts` decides per figure which schools read ``<5``.
"""

from __future__ import annotations

from dataclasses import dataclass

from rondom_tui.domain.keys import SEVEN_KEYS
from rondom_tui.domain.models import HINDERING, PROMOTING
from rondom_tui.domain.review import cells as ids
from rondom_tui.domain.review.cells import Count, Figures
from rondom_tui.domain.review.figures import NO_SCHOOL, Overview
from rondom_tui.domain.review.sections import GLYPHS, SIGNS, Figure, Row, View
from rondom_tui.domain.review.suppression import WITHHELD, number_text, withheld_parts
from rondom_tui.i18n.texts import translate


@dataclass(frozen=True, slots=True)
class SchoolPanel:
    """One school's small chart."""

    school: str
    """As shown: the label, or the words for cases without a school."""
    cases: Figure
    rows: tuple[Row, ...]
    """Per key: hindering and promoting."""


def school_name(label: str, *, lang: str) -> str:
    return label if label != NO_SCHOOL else translate(lang, "review.school.none")


def _hidden_schools(view: View, schools: list[Figures], together: Figures, ident: str) -> set[int]:
    if not view.board:
        return set()
    return withheld_parts([s.count(ident) for s in schools], together.count(ident))


def _figure(view: View, ident: str, cell: Count, hidden: bool, top: int, valence: int) -> Figure:
    if hidden:
        return Figure(ident, WITHHELD, WITHHELD, None, GLYPHS[valence], SIGNS[valence])
    figure = view.count(ident, cell, top=top, glyph=GLYPHS[valence], sign=SIGNS[valence])
    return figure


def school_panels(overview: Overview, *, board: bool, lang: str) -> tuple[SchoolPanel, ...]:
    """A panel per school, in name order; none when the review has one school or none."""
    if len(overview.schools) < 2:
        return ()
    view = View(board or not overview.with_cases, lang)
    labels = list(overview.schools)
    schools = [overview.schools[label] for label in labels]
    together = overview.together
    idents = [ids.key_id(k.number, v) for k in SEVEN_KEYS for v in (HINDERING, PROMOTING)]
    hidden = {i: _hidden_schools(view, schools, together, i) for i in [ids.CASES, *idents]}
    top = max(
        (
            s.count(i).count
            for n, s in enumerate(schools)
            for i in idents
            if n not in hidden[i] and view.shown(s.count(i))
        ),
        default=0,
    )
    panels = []
    for n, (label, figures) in enumerate(zip(labels, schools, strict=True)):
        cases = figures.cases
        if n in hidden[ids.CASES]:
            cases_figure = Figure(ids.CASES, WITHHELD, WITHHELD)
        else:
            shown = view.count(ids.CASES, cases, top=0)
            cases_figure = Figure(ids.CASES, shown.value, shown.cases, None, "", "", shown.case_ids)
        rows = tuple(
            Row(
                str(k.number),
                tuple(
                    _figure(
                        view,
                        ids.key_id(k.number, v),
                        figures.count(ids.key_id(k.number, v)),
                        n in hidden[ids.key_id(k.number, v)],
                        top,
                        v,
                    )
                    for v in (HINDERING, PROMOTING)
                ),
            )
            for k in SEVEN_KEYS
        )
        panels.append(SchoolPanel(school_name(label, lang=lang), cases_figure, rows))
    return tuple(panels)


def header_facts(overview: Overview, *, board: bool, lang: str) -> list[tuple[str, str]]:
    """The review's header: the selection, the number of cases and schools, the month."""
    view = View(board or not overview.with_cases, lang)
    cases = overview.together.cases
    facts = overview.selection.describe(lang=lang)
    facts.append(
        (
            translate(lang, "review.header.cases"),
            view.count(ids.CASES, cases, top=0).value if cases.count or cases.hidden else "0",
        )
    )
    facts.append(
        (translate(lang, "review.header.schools"), number_text(len(overview.schools), lang=lang))
    )
    facts.append((translate(lang, "review.header.made"), overview.made_on.display(lang)))
    if overview.from_extracts:
        sources = "; ".join(source.describe(lang=lang) for source in overview.from_extracts)
        facts.append((translate(lang, "review.header.sources"), sources))
    return facts
