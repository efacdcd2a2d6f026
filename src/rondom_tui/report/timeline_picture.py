"""The Tijdlijn's picture in SVG: the pure layout (`domain.timeline.layout.Frame`) drawn on a
grid of monospace cells measured in millimetres, so what the meeting saw on screen is what is
printed: lanes as bands, the axis with years and the child's age, every event's glyph (a
coloured bar or point with its +, - or o, so black-and-white print keeps the meaning) and its
words, waiting times and today's line. `report.timeline_svg` puts it on a page. All text is
escaped, and characters XML cannot hold are left out, so the file always parses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from rondom_tui.domain.timeline.grid import GLYPHS, Paint
from rondom_tui.domain.timeline.layout import Frame, RowKind, Span

MARGIN = 10.0
FONT = 3.0
"""Font size of the picture, in millimetres."""
CELL = FONT * 0.6
"""Width of one monospace cell (the advance of common monospace fonts is 0.6 em)."""
ROW = FONT * 1.45
"""Height of one row of the picture."""

COLOURS = {
    Paint.PROMOTING: "#1b7f3b",
    Paint.HINDERING: "#c0392b",
    Paint.NEUTRAL: "#1f5fa8",
    Paint.UNCERTAIN: "#9a9a9a",
    Paint.WAITING: "#a66a00",
    Paint.PLANNED: "#6c3483",
    Paint.TODAY: "#8e44ad",
    Paint.AXIS: "#222222",
    Paint.AGE: "#666666",
    Paint.LABEL: "#111111",
    Paint.DISPUTED: "#d35400",
    Paint.MORE: "#666666",
}
"""Print colours by paint; the glyphs carry the same meaning without them."""
_BARS = {Paint.PROMOTING: "#dff3e4", Paint.HINDERING: "#f9e0dd", Paint.NEUTRAL: "#e1ebf7"}

_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """`text` escaped for an XML text node, without the characters XML 1.0 cannot hold."""
    return escape(_NOT_IN_XML.sub("", text))


def xml_attr(text: str) -> str:
    return quoteattr(_NOT_IN_XML.sub("", text))


def svg_text(x: float, y: float, text: str, *, fill: str = "#111111", extra: str = "") -> str:
    return f'<text x="{x:.2f}" y="{y:.2f}" fill="{fill}"{extra}>{xml_text(text)}</text>'


class Canvas:
    """Lines of SVG, `width` millimetres wide, and the height used so far (from the top)."""

    def __init__(self, width: float, y: float = MARGIN) -> None:
        self.width = width
        self.y = y
        self.parts: list[str] = []


GUTTER = 12
"""Cells left of the picture for the lane names (`lane_short_name`) and the "+N" counts."""


def draw_frame(page: Canvas, frame: Frame) -> None:
    """The axis rows, then each lane as a band with its name, bars and words."""
    left = MARGIN + _gutter_width(frame)
    top = page.y
    lane_rows = [i for i, row in enumerate(frame.rows) if row.kind is RowKind.LANE]
    band = 0
    for index, row in enumerate(frame.rows):
        y = top + index * ROW
        if row.kind is RowKind.LANE and row.sub_row == 0:
            rows = frame.lane_rows(row.lane) if row.lane is not None else range(0)
            if band % 2 == 0:
                page.parts.append(
                    f'<rect x="{MARGIN}" y="{y:.2f}" width="{page.width - 2 * MARGIN:.2f}" '
                    f'height="{len(rows) * ROW:.2f}" fill="#f3f4f6"/>'
                )
            band += 1
            bold = ' font-weight="bold"'
            page.parts.append(svg_text(MARGIN + 1, y + ROW * 0.75, row.label, extra=bold))
        elif row.kind is RowKind.LANE and row.label:
            more = COLOURS[Paint.MORE]
            page.parts.append(svg_text(MARGIN + 1, y + ROW * 0.75, row.label, fill=more))
        _draw_row(page, row.spans, left, y, bars=row.kind is RowKind.LANE)
    if frame.today_column is not None and lane_rows:
        x = left + (frame.today_column + 0.5) * CELL
        y1 = top + (lane_rows[-1] + 1) * ROW
        page.parts.append(
            f'<line x1="{x:.2f}" y1="{top:.2f}" x2="{x:.2f}" y2="{y1:.2f}" '
            f'stroke="{COLOURS[Paint.TODAY]}" stroke-width="0.3" stroke-dasharray="1 1"/>'
        )
    page.y = top + len(frame.rows) * ROW + 1


def _gutter_width(frame: Frame) -> float:
    longest = max((len(row.label) for row in frame.rows), default=0)
    return max(longest + 2, GUTTER) * CELL


def _draw_row(page: Canvas, spans: Sequence[Span], left: float, y: float, *, bars: bool) -> None:
    column = 0
    for span in spans:
        text, paint = span.text, span.paint
        width = len(text)
        x = left + column * CELL
        column += width
        if paint in (Paint.BLANK, Paint.TODAY, Paint.CURSOR, Paint.SELECTED) or not text.strip():
            continue
        if bars and paint in _BARS:
            page.parts.append(
                f'<rect x="{x:.2f}" y="{y + 0.4:.2f}" width="{width * CELL:.2f}" '
                f'height="{ROW - 0.8:.2f}" rx="0.8" fill="{_BARS[paint]}" '
                f'stroke="{COLOURS[paint]}" stroke-width="0.2"/>'
            )
        if paint is Paint.UNCERTAIN:
            page.parts.append(
                f'<rect x="{x:.2f}" y="{y + 1.2:.2f}" width="{width * CELL:.2f}" '
                f'height="{ROW - 2.4:.2f}" fill="#e4e4e4"/>'
            )
            continue
        if paint is Paint.WAITING and set(text) <= {GLYPHS["wait"], " "}:
            page.parts.append(
                f'<line x1="{x:.2f}" y1="{y + ROW / 2:.2f}" x2="{x + width * CELL:.2f}" '
                f'y2="{y + ROW / 2:.2f}" stroke="{COLOURS[paint]}" stroke-width="0.5" '
                'stroke-dasharray="1 0.6"/>'
            )
            continue
        weight = ' font-weight="bold"' if paint in _BARS or paint is Paint.DISPUTED else ""
        style = ' font-style="italic"' if paint in (Paint.MORE, Paint.AGE) else ""
        lead = len(text) - len(text.lstrip(" "))
        page.parts.append(
            svg_text(
                x + lead * CELL,
                y + ROW * 0.75,
                text.strip(" "),
                fill=COLOURS.get(paint, "#111111"),
                extra=f'{weight}{style} xml:space="preserve"',
            )
        )
