"""The review as lines of text for a terminal: bars of glyphs with the numbers beside them, and
small multiples (a small chart per school, side by side). Pure: the widget paints the lines.

Every meaning is in the characters: ``-``/``▒`` hindering, ``+``/``█`` promoting, a wait's
``█▒░`` up to its median, 90th percentile and longest, ``<5`` where a figure is withheld. A
style kind per piece lets the widget add colour where there is some; nothing depends on it.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from rondom_tui.domain.review.bars import bar_text, wait_bar_text
from rondom_tui.domain.review.schools import SchoolPanel
from rondom_tui.domain.review.sections import (
    Figure,
    Section,
)
from rondom_tui.domain.review.suppression import WITHHELD
from rondom_tui.i18n.texts import translate, translate_count

Piece = tuple[str, str]
"""(text, kind): kind is ``title``, ``label``, ``hindering``, ``promoting``, ``bar``,
``number``, ``muted`` or ``plain``."""

MIN_WIDTH = 40
PANEL_WIDTH = 36
PANEL_GAP = 2


@dataclass(frozen=True, slots=True)
class ChartLine:
    pieces: tuple[Piece, ...]
    figure: Figure | None = None
    """The figure this line shows (the cursor stops here), with its row's label."""
    label: str = ""
    what: str = ""
    """The figure's column (``belemmerend``, ``wachttijden``)."""

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.pieces)


def _fit(text: str, width: int) -> str:
    if width <= 0:
        return ""
    return text if len(text) <= width else text[: width - 1] + "…"


def _bar_kind(figure: Figure) -> str:
    return {"-": "hindering", "+": "promoting"}.get(figure.sign, "bar")


def _cases(figure: Figure, lang: str) -> str:
    return translate_count(lang, "review.chart.cases", _count(figure.cases), cases=figure.cases)


def _count(shown: str) -> int:
    """A number as shown (``7``, ``<5``, ``≥13``), as far as a plural needs it."""
    return int(shown) if shown.isdigit() else 2


def _title(section_title: str, width: int) -> ChartLine:
    head = f"━━ {section_title} "
    return ChartLine(((_fit(head, width).ljust(width, "━"), "title"),))


def _notes(note: str, width: int) -> list[ChartLine]:
    if not note:
        return []
    return [ChartLine(((line, "muted"),)) for line in textwrap.wrap(note, max(10, width))]


def _count_lines(section: Section, width: int, lang: str) -> list[ChartLine]:
    label_w = min(30, width // 3)
    marks = [
        f.sign or h
        for row in section.rows
        for f, h in zip(row.figures, section.columns[1:], strict=False)
    ]
    mark_w = max((len(m) for m in marks), default=1)
    tail_w = 22
    bar_w = max(4, width - label_w - mark_w - tail_w - 3)
    lines = []
    for row in section.rows:
        for i, (figure, heading) in enumerate(zip(row.figures, section.columns[1:], strict=False)):
            label = _fit(row.label, label_w).ljust(label_w) if i == 0 else " " * label_w
            tail = f"{figure.value:>6} · {_cases(figure, lang)}"
            lines.append(
                ChartLine(
                    (
                        (label + " ", "label"),
                        ((figure.sign or heading).ljust(mark_w) + " ", "muted"),
                        (bar_text(figure, bar_w) + " ", _bar_kind(figure)),
                        (tail, "number"),
                    ),
                    figure,
                    row.label,
                    heading,
                )
            )
    return lines


def _wait_lines(section: Section, width: int, lang: str) -> list[ChartLine]:
    label_w = min(30, width // 3)
    tail_w = 30
    bar_w = max(4, width - label_w - tail_w - 2)
    lines = []
    for row in section.rows:
        count, median, p90, longest = row.figures
        tail = translate(
            lang,
            "review.chart.waits",
            waits=count.value,
            median=median.value,
            p90=p90.value,
            longest=longest.value,
        )
        lines.append(
            ChartLine(
                (
                    (_fit(row.label, label_w).ljust(label_w) + " ", "label"),
                    (wait_bar_text(count, bar_w) + " ", "bar"),
                    (f"{tail} · {_cases(count, lang)}", "number"),
                ),
                count,
                row.label,
                section.columns[1],
            )
        )
    return lines


def _score_lines(section: Section, width: int, lang: str) -> list[ChartLine]:
    label_w = min(30, width // 3)
    bar_w = max(4, width - label_w - 24)
    lines = []
    for row in section.rows:
        figure = row.figures[0]
        lines.append(
            ChartLine(
                (
                    (_fit(row.label, label_w).ljust(label_w) + " ", "label"),
                    (bar_text(figure, bar_w) + " ", "bar"),
                    (f"{figure.value:>4} · {_cases(figure, lang)}", "number"),
                ),
                figure,
                row.label,
                section.columns[1],
            )
        )
    return lines


def _trend_lines(section: Section, width: int, lang: str) -> list[ChartLine]:
    label_w = min(30, width // 3)
    quarters = section.columns[2:]
    if not quarters:
        return []
    span = f"{quarters[0]} → {quarters[-1]}" if len(quarters) > 1 else quarters[0]
    lines = [ChartLine(((" " * (label_w + 1) + span, "muted"),))]
    for row in section.rows:
        spark, *per_quarter = row.figures
        known = [f for f in per_quarter if f.cases and f.value != "–"]
        shown = [f for f in known if f.value != WITHHELD]
        latest: Figure | None = (shown or known)[-1] if known else None
        tail = (
            translate_count(
                lang,
                "review.chart.latest",
                _count(latest.cases),
                value=latest.value,
                cases=latest.cases,
            )
            if latest
            else "–"
        )
        lines.append(
            ChartLine(
                (
                    (_fit(row.label, label_w).ljust(label_w) + " ", "label"),
                    (spark.value.ljust(max(len(quarters), 4)) + "  ", "bar"),
                    (tail, "number"),
                ),
                latest,
                row.label,
            )
        )
    return lines


def section_lines(section: Section, width: int, *, lang: str) -> list[ChartLine]:
    """One section: its title, its rows, its note, a blank line."""
    width = max(MIN_WIDTH, width)
    lines = [_title(section.title, width)]
    if section.ident == "waits":
        lines += _wait_lines(section, width, lang)
    elif section.ident == "scores":
        lines += _score_lines(section, width, lang)
    elif section.ident == "trend":
        lines += _trend_lines(section, width, lang)
    else:
        lines += _count_lines(section, width, lang)
    lines += _notes(section.note, width)
    lines.append(ChartLine((("", "plain"),)))
    return lines


def _panel(panel: SchoolPanel, lang: str) -> list[list[Piece]]:
    head = _fit(f"{panel.school} ({panel.cases.value})", PANEL_WIDTH)
    out: list[list[Piece]] = [[(head.ljust(PANEL_WIDTH), "label")]]
    bar_w = (PANEL_WIDTH - 2 - 2 * 7) // 2
    for row in panel.rows:
        pieces: list[Piece] = [(f"{row.label} ", "muted")]
        for figure in row.figures:
            pieces.append((f"{figure.sign}", "muted"))
            pieces.append((bar_text(figure, bar_w), _bar_kind(figure)))
            pieces.append((f"{figure.value:>4}  ", "number"))
        text_len = sum(len(text) for text, _ in pieces)
        pieces.append((" " * max(0, PANEL_WIDTH - text_len), "plain"))
        out.append(pieces)
    return out


def school_lines(
    title: str, panels: Sequence[SchoolPanel], width: int, *, lang: str
) -> list[ChartLine]:
    """Small multiples: a panel per school, as many side by side as the width holds."""
    if not panels:
        return []
    width = max(MIN_WIDTH, width)
    per_row = max(1, (width + PANEL_GAP) // (PANEL_WIDTH + PANEL_GAP))
    lines = [_title(title, width)]
    for start in range(0, len(panels), per_row):
        group = [_panel(p, lang) for p in panels[start : start + per_row]]
        for index in range(len(group[0])):
            pieces: list[Piece] = []
            for n, panel in enumerate(group):
                if n:
                    pieces.append((" " * PANEL_GAP, "plain"))
                pieces += panel[index]
            lines.append(ChartLine(tuple(pieces)))
        lines.append(ChartLine((("", "plain"),)))
    return lines
