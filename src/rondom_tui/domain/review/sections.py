"""A review laid out for people: sections of rows of figures, as the screen, the Markdown, the
HTML and the CSV all show them. Pure: an `Overview` and a language in, words and numbers out.

`board=True` is the view that may leave the team (the board report, privacy mode, any review
of extracts): every figure that rests on fewer than 5 cases reads ``<5``, has no bar and names
no cases, and rows that are ordered by size put the withheld ones last in a fixed order, so
their order says nothing either. The team's view (`board=False`) shows every number and keeps
the cases behind each figure, to open them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from rondom_tui.domain.assessment.bars import sparkline
from rondom_tui.domain.assessment.scale import format_number
from rondom_tui.domain.keys import SEVEN_KEYS
from rondom_tui.domain.models import HINDERING, PROMOTING, Category, Lane
from rondom_tui.domain.review import cells as ids
from rondom_tui.domain.review.cells import Count, Figures, Score, Waits
from rondom_tui.domain.review.figures import Overview
from rondom_tui.domain.review.months import quarter_display
from rondom_tui.domain.review.suppression import (
    cases_text,
    count_text,
    is_withheld,
    mean_text,
    values_shown,
    weeks_value,
)
from rondom_tui.domain.timeline.labels import category_name, lane_name
from rondom_tui.i18n.texts import translate

GLYPHS = {HINDERING: "▒", PROMOTING: "█"}
"""Hindering and promoting bars differ in shape, not only in colour."""
SIGNS = {HINDERING: "-", PROMOTING: "+"}
"""As on the Tijdlijn: ``-`` belemmerend, ``+`` bevorderend."""
ACTION_GLYPH = "▪"
WAIT_GLYPHS = ("█", "▒", "░")
"""A wait's bar: full to the median, shaded to the 90th percentile, light to the longest."""
TREND_QUARTERS = 8
"""The trend shows at most the last this many quarters."""


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure in a row, as it may be shown."""

    ident: str
    """The cell id (`cells`), also the CSV's figure column."""
    value: str
    cases: str
    """The cases it rests on, as shown (``7``, ``<5``, ``≥13``)."""
    share: float | None = None
    """The bar's length as a share of the longest in its section; None: no bar."""
    glyph: str = "█"
    sign: str = ""
    case_ids: frozenset[str] = field(default=frozenset(), repr=False)
    """The cases behind it, in the team's view; empty when withheld or unknown."""
    marks: tuple[float, ...] = ()
    """A wait's median, 90th percentile and longest, as shares of the section's longest."""


@dataclass(frozen=True, slots=True)
class Row:
    label: str
    figures: tuple[Figure, ...]


@dataclass(frozen=True, slots=True)
class Section:
    ident: str
    title: str
    columns: tuple[str, ...]
    """The headings: the rows' label, then one per figure."""
    rows: tuple[Row, ...]
    note: str = ""
    cases: str = "each"
    """Where a table says the cases a figure rests on: after ``each`` figure, ``once`` after
    the first (the figures of a row share them: waits), or ``inline`` in the cell (trend)."""


@dataclass(frozen=True, slots=True)
class View:
    """How the figures are shown: for the board (withheld) or the team, in a language."""

    board: bool
    lang: str

    def t(self, message_id: str, **params: object) -> str:
        return translate(self.lang, message_id, **params)

    def count(
        self, ident: str, cell: Count, *, top: int, glyph: str = "█", sign: str = ""
    ) -> Figure:
        hide = self.board and is_withheld(cell)
        value = count_text(cell, lang=self.lang) if self.board else str(cell.count)
        cases = cases_text(cell, lang=self.lang) if self.board else str(cell.cases)
        share = None if hide or not top or cell.hidden else cell.count / top
        return Figure(
            ident,
            value,
            cases,
            share,
            glyph,
            sign,
            frozenset() if hide else cell.case_ids,
        )

    def shown(self, cell: Count | Waits | Score) -> bool:
        """True when the cell's own numbers may be shown (and used for a bar's scale)."""
        return not (self.board and (is_withheld(cell) or cell.hidden))


def _top(view: View, cells: Sequence[Count]) -> int:
    return max((c.count for c in cells if view.shown(c)), default=0)


def _valence_rows(
    view: View, figures: Figures, items: Sequence[tuple[str, Callable[[int], str]]]
) -> tuple[Row, ...]:
    top = _top(view, [figures.count(make(v)) for _, make in items for v in (HINDERING, PROMOTING)])
    return tuple(
        Row(
            label,
            tuple(
                view.count(make(v), figures.count(make(v)), top=top, glyph=GLYPHS[v], sign=SIGNS[v])
                for v in (HINDERING, PROMOTING)
            ),
        )
        for label, make in items
    )


def key_section(view: View, figures: Figures) -> Section:
    items = [
        (f"{k.number} {k.title(view.lang)}", lambda v, n=k.number: ids.key_id(n, v))
        for k in SEVEN_KEYS
    ]
    return Section(
        "keys",
        view.t("review.section.keys"),
        (view.t("review.col.key"), view.t("review.col.hindering"), view.t("review.col.promoting")),
        _valence_rows(view, figures, items),
        view.t("review.note.keys"),
    )


def lane_section(view: View, figures: Figures) -> Section:
    items = [
        (lane_name(lane, lang=view.lang), lambda v, lane=lane: ids.lane_id(lane, v))
        for lane in Lane
    ]
    return Section(
        "lanes",
        view.t("review.section.lanes"),
        (view.t("review.col.lane"), view.t("review.col.hindering"), view.t("review.col.promoting")),
        _valence_rows(view, figures, items),
    )


def category_section(view: View, figures: Figures) -> Section:
    """The hindering categories, most frequent first (withheld ones last, in fixed order)."""
    found = [(c, figures.count(ids.category_id(c))) for c in Category]
    found = [(c, cell) for c, cell in found if cell.count or cell.hidden]
    top = _top(view, [cell for _, cell in found])
    order = list(Category)
    found.sort(
        key=lambda item: (
            (1, 0, order.index(item[0]))
            if not view.shown(item[1])
            else (0, -item[1].count, order.index(item[0]))
        )
    )
    rows = tuple(
        Row(
            category_name(c, lang=view.lang),
            (view.count(ids.category_id(c), cell, top=top, glyph=GLYPHS[HINDERING], sign="-"),),
        )
        for c, cell in found
    )
    return Section(
        "categories",
        view.t("review.section.categories"),
        (view.t("review.col.category"), view.t("review.col.hindering")),
        rows,
        "" if rows else view.t("review.none"),
    )


def _wait_row(view: View, label: str, ident: str, cell: Waits, top: int) -> Row:
    hide = view.board and (is_withheld(cell) or not values_shown(cell))
    number = (
        str(cell.count)
        if not view.board
        else count_text(Count(cell.count, cell.cases, cell.hidden), lang=view.lang)
    )
    cases = str(cell.cases) if not view.board else cases_text(cell, lang=view.lang)
    points = (cell.median, cell.p90, cell.longest)
    marks = () if hide or not top else tuple((p or 0) / top for p in points)

    def weeks(value: int | None) -> str:
        if not view.board:
            return "–" if value is None else str(value)
        return weeks_value(cell, value, lang=view.lang)

    return Row(
        label,
        (
            Figure(
                ident,
                number,
                cases,
                None,
                WAIT_GLYPHS[0],
                "",
                frozenset() if hide else cell.case_ids,
                marks,
            ),
            Figure(ident + ".median", weeks(cell.median), cases),
            Figure(ident + ".p90", weeks(cell.p90), cases),
            Figure(ident + ".longest", weeks(cell.longest), cases),
        ),
    )


def wait_section(view: View, figures: Figures) -> Section:
    groups: list[tuple[str, str]] = [(view.t("review.wait.all"), ids.WAIT_ALL)]
    groups += [
        (view.t("review.wait.lane", lane=lane_name(lane, lang=view.lang)), ids.wait_lane_id(lane))
        for lane in Lane
    ]
    groups += [
        (view.t("review.wait.help", lane=lane_name(lane, lang=view.lang)), ids.wait_help_id(lane))
        for lane in Lane
    ]
    groups.append((view.t("review.wait.no_help"), ids.wait_help_id(None)))
    present = [
        (label, i, figures.wait(i))
        for label, i in groups
        if figures.wait(i).count or figures.wait(i).hidden
    ]
    top = max(
        (w.longest or 0 for _, _, w in present if not view.board or values_shown(w)), default=0
    )
    rows = tuple(_wait_row(view, label, i, w, top) for label, i, w in present)
    return Section(
        "waits",
        view.t("review.section.waits"),
        (
            view.t("review.col.group"),
            view.t("review.col.waits"),
            view.t("review.col.median"),
            view.t("review.col.p90"),
            view.t("review.col.longest"),
        ),
        rows,
        view.t("review.note.waits") if rows else view.t("review.none"),
        "once",
    )


def _mean(view: View, cell: Score) -> str:
    if view.board:
        return mean_text(cell, lang=view.lang)
    return format_number(cell.mean, lang=view.lang)


def score_section(view: View, figures: Figures) -> Section:
    rows = []
    for key in SEVEN_KEYS:
        ident = ids.score_id(key.number)
        cell = figures.score(ident)
        hide = view.board and not values_shown(cell)
        share = None if hide or cell.mean is None else cell.mean / 5
        cases = cases_text(cell, lang=view.lang) if view.board else str(cell.cases)
        ids_behind = frozenset() if hide else cell.case_ids
        rows.append(
            Row(
                f"{key.number} {key.title(view.lang)}",
                (Figure(ident, _mean(view, cell), cases, share, "█", "", ids_behind),),
            )
        )
    return Section(
        "scores",
        view.t("review.section.scores"),
        (view.t("review.col.key"), view.t("review.col.mean")),
        tuple(rows),
        view.t("review.note.scores"),
    )


def trend_section(view: View, figures: Figures) -> Section:
    """Small multiples in time: per key the mean of each quarter, and a sparkline."""
    quarters = figures.quarters()[-TREND_QUARTERS:]
    rows = []
    for key in SEVEN_KEYS:
        cells = [figures.score(ids.trend_id(q, key.number)) for q in quarters]
        means = [
            None if (view.board and not values_shown(c)) or c.mean is None else c.mean
            for c in cells
        ]
        line = Figure(f"trend.{key.number}", sparkline(means), "")
        per_quarter = tuple(
            Figure(
                ids.trend_id(q, key.number),
                _mean(view, c),
                cases_text(c, lang=view.lang) if view.board else str(c.cases),
                None,
                "█",
                "",
                frozenset() if view.board and not values_shown(c) else c.case_ids,
            )
            for q, c in zip(quarters, cells, strict=True)
        )
        rows.append(Row(f"{key.number} {key.title(view.lang)}", (line, *per_quarter)))
    return Section(
        "trend",
        view.t("review.section.trend"),
        (
            view.t("review.col.key"),
            view.t("review.col.trend"),
            *(quarter_display(q, view.lang) for q in quarters),
        ),
        tuple(rows) if quarters else (),
        view.t("review.note.trend") if quarters else view.t("review.none"),
        "inline",
    )


def action_section(view: View, figures: Figures) -> Section:
    open_cells = [figures.count(ids.action_key_id(k.number, overdue=False)) for k in SEVEN_KEYS]
    top = _top(view, [figures.count(ids.ACTIONS_OPEN), *open_cells])

    def row(label: str, open_id: str, overdue_id: str) -> Row:
        return Row(
            label,
            (
                view.count(open_id, figures.count(open_id), top=top, glyph=ACTION_GLYPH),
                view.count(overdue_id, figures.count(overdue_id), top=top, glyph=GLYPHS[HINDERING]),
            ),
        )

    rows = [row(view.t("review.actions.all"), ids.ACTIONS_OPEN, ids.ACTIONS_OVERDUE)]
    rows += [
        row(
            f"{k.number} {k.title(view.lang)}",
            ids.action_key_id(k.number, overdue=False),
            ids.action_key_id(k.number, overdue=True),
        )
        for k in SEVEN_KEYS
        if figures.count(ids.action_key_id(k.number, overdue=False)).count
        or figures.count(ids.action_key_id(k.number, overdue=False)).hidden
    ]
    return Section(
        "actions",
        view.t("review.section.actions"),
        (view.t("review.col.key"), view.t("review.col.open"), view.t("review.col.overdue")),
        tuple(rows),
        view.t("review.note.actions"),
    )


def sections(overview: Overview, *, board: bool, lang: str) -> tuple[Section, ...]:
    """Every section of the review of all schools together, in reading order."""
    view = View(board or not overview.with_cases, lang)
    figures = overview.together
    return (
        key_section(view, figures),
        lane_section(view, figures),
        category_section(view, figures),
        wait_section(view, figures),
        score_section(view, figures),
        trend_section(view, figures),
        action_section(view, figures),
    )
