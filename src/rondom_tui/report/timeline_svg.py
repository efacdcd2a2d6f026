"""The Tijdlijn as a drawing for print: an SVG page, A4 or A3 landscape.

Drawn from the same pure layout as the screen (`domain.timeline.layout.paint`, words and all),
on a grid of monospace cells measured in millimetres, so what the meeting saw on screen is what
is printed: lanes as bands, the axis with years and the child's age, every event's glyph (a
coloured bar or point with its +, - or o, so black-and-white print keeps the meaning) and its
words, waiting times, today's line, a legend and the case code. Under the picture every event
is listed by date, so a title the picture had to shorten or count ("+3") is still on the page.
Names only when `private` is False; with it, the child is the case code and known names in
free text are replaced (`report.timeline.redact`). No terminal frame, no fonts from outside.
All text is escaped, and characters XML cannot hold are left out, so the file always parses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from xml.sax.saxutils import escape, quoteattr

from rondom_tui.domain.links import Link
from rondom_tui.domain.models import Case, Event
from rondom_tui.domain.timeline.analysis import waiting_times, waits_to_draw
from rondom_tui.domain.timeline.grid import GLYPHS, ZOOM_LEVELS, Paint
from rondom_tui.domain.timeline.labels import lane_name
from rondom_tui.domain.timeline.layout import Frame, RowKind, Span, WaitSpan, layout
from rondom_tui.domain.timeline.navigation import LifeSpan, fit, order_key
from rondom_tui.domain.timeline.words import DISPUTED_MARK
from rondom_tui.i18n.texts import translate
from rondom_tui.report.timeline import header_lines, redact, wait_lines, who
from rondom_tui.report.timeline_links import link_lines, links_among, marked


class Paper(StrEnum):
    """Landscape paper sizes."""

    A4 = "a4"
    A3 = "a3"


PAPER_MM = {Paper.A4: (297.0, 210.0), Paper.A3: (420.0, 297.0)}
"""Width and height in millimetres, landscape."""
MARGIN = 10.0
FONT = 3.0
"""Font size of the picture, in millimetres."""
CELL = FONT * 0.6
"""Width of one monospace cell (the advance of common monospace fonts is 0.6 em)."""
ROW = FONT * 1.45
"""Height of one row of the picture."""
LIST_FONT = 2.6

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


def _attr(text: str) -> str:
    return quoteattr(_NOT_IN_XML.sub("", text))


def _text(x: float, y: float, text: str, *, fill: str = "#111111", extra: str = "") -> str:
    return f'<text x="{x:.2f}" y="{y:.2f}" fill="{fill}"{extra}>{xml_text(text)}</text>'


class _Page:
    """Lines of SVG and the height used so far (millimetres from the top)."""

    def __init__(self, width: float) -> None:
        self.width = width
        self.y = MARGIN
        self.parts: list[str] = []

    def line(self, text: str, size: float, *, weight: str = "normal", fill: str = "#111") -> None:
        self.y += size * 1.4
        extra = f' font-size="{size}" font-weight="{weight}"'
        self.parts.append(_text(MARGIN, self.y, text, fill=fill, extra=extra))


def timeline_svg(
    events: Sequence[Event],
    case: Case,
    *,
    today: date,
    private: bool = True,
    filter_text: str | None = None,
    lang: str,
    paper: Paper = Paper.A4,
    links: Sequence[Link] = (),
    planned: Sequence[WaitSpan] = (),
    sections: Sequence[tuple[str, Sequence[str]]] = (),
    title_id: str = "timeline.export.title",
    list_events: bool = True,
) -> str:
    """The whole timeline of `case` as an SVG drawing in `lang` on `paper` (landscape); the
    drawing grows taller than the page when the list of events needs it. `planned` adds the
    plan's periods and evaluations to the drawing; `sections` (heading, lines) are printed under
    it (the plan's items, `report.plan`), before the list of events unless `list_events` is
    False. The "may explain" `links` among the events are marked in the picture (¹, →¹) and
    listed under it."""
    width, height = PAPER_MM[paper]
    ordered = sorted(events, key=order_key)
    page = _Page(width)
    title = translate(lang, title_id, who=who(case, private))
    shown = f"{title} · {case.code}" if who(case, private) != case.code else title
    page.line(shown, 5.0, weight="bold")
    for line in header_lines(case, today, private, filter_text, lang):
        page.line(line, 2.8, fill="#444")
    frame = _frame(ordered, case, today, private, lang, width, links, planned)
    if frame is not None:
        page.line(translate(lang, ZOOM_LEVELS[frame.window.zoom].name_id), 2.6, fill="#666")
        page.y += 2
        _draw_frame(page, frame)
        page.line(translate(lang, "timeline.legend"), 2.6, fill="#444")
        page.line(translate(lang, "timeline.export.legend_marks"), 2.6, fill="#444")
        if links_among(links, ordered):
            legend = translate(lang, "timeline.legend.links", cause="¹", effect="→¹")
            page.line(legend, 2.6, fill="#444")
    else:
        page.line(translate(lang, "timeline.export.no_events"), 3.0)
    waits = wait_lines(ordered, case, today, private, lang)
    if waits:
        page.y += 2
        page.line(translate(lang, "timeline.export.waits"), 3.2, weight="bold")
        for line in waits:
            page.line(line, LIST_FONT, fill=COLOURS[Paint.WAITING])
    for heading, lines in sections:
        page.y += 2
        page.line(heading, 3.2, weight="bold")
        chars = int((page.width - 2 * MARGIN) / (LIST_FONT * 0.6)) - 2
        for line in lines:
            while line:
                page.line(line[:chars], LIST_FONT)
                line = ("    " + line[chars:]) if len(line) > chars else ""
    if ordered and list_events:
        _list_events(page, ordered, case, private, lang)
    explained = link_lines(links, ordered, case, private=private, lang=lang)
    if explained:
        page.y += 2
        page.line(translate(lang, "links.heading"), 3.2, weight="bold")
        for line in explained:
            _wrapped(page, line, indent=3)
    total = max(height, page.y + MARGIN)
    body = "\n".join(page.parts)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:g}mm" height="{total:.1f}mm" '
        f'viewBox="0 0 {width:g} {total:.1f}" font-family="DejaVu Sans Mono, Menlo, Consolas, '
        f'monospace" font-size="{FONT}" role="img" aria-label={_attr(title)}>\n'
        f"<title>{xml_text(title)}</title>\n"
        f'<rect width="{width:g}" height="{total:.1f}" fill="#ffffff"/>\n{body}\n</svg>\n'
    )


def _frame(
    events: list[Event],
    case: Case,
    today: date,
    private: bool,
    lang: str,
    width: float,
    links: Sequence[Link] = (),
    planned: Sequence[WaitSpan] = (),
) -> Frame | None:
    """The picture of every event from birth (or the first event) to today (or the last
    planned day), as wide as the paper allows; empty lanes left out."""
    if not events:
        return None
    columns = int((width - 2 * MARGIN) / CELL) - GUTTER
    measured = [w.span for w in waits_to_draw(waiting_times(events, today), events, today)]
    measured += planned
    born = case.date_of_birth.anchor() if case.date_of_birth is not None else None
    life = LifeSpan.of(events, today, born=born, waits=measured)
    window = life.fit(columns) if life is not None else fit(events, columns, today, measured)
    words = marked(
        {e.id: redact(e.title, case) if private else e.title for e in events}, links, events
    )
    return layout(
        events,
        window,
        columns,
        today=today,
        date_of_birth=case.date_of_birth,
        waits=measured,
        hide_empty=True,
        words=words,
        disputed={e.id for e in events if e.disputed},
        lang=lang,
    )


GUTTER = 12
"""Cells left of the picture for the lane names (`lane_short_name`) and the "+N" counts."""


def _draw_frame(page: _Page, frame: Frame) -> None:
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
            page.parts.append(_text(MARGIN + 1, y + ROW * 0.75, row.label, extra=bold))
        elif row.kind is RowKind.LANE and row.label:
            more = COLOURS[Paint.MORE]
            page.parts.append(_text(MARGIN + 1, y + ROW * 0.75, row.label, fill=more))
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


def _draw_row(page: _Page, spans: Sequence[Span], left: float, y: float, *, bars: bool) -> None:
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
            _text(
                x + lead * CELL,
                y + ROW * 0.75,
                text.strip(" "),
                fill=COLOURS.get(paint, "#111111"),
                extra=f'{weight}{style} xml:space="preserve"',
            )
        )


def _list_events(page: _Page, events: list[Event], case: Case, private: bool, lang: str) -> None:
    """Every event by date, whole (a long line wraps): date, glyph, lane, mark, words and, when
    names may show, the source."""
    page.y += 2
    page.line(translate(lang, "timeline.export.all_events"), 3.2, weight="bold")
    for event in events:
        title = redact(event.title, case) if private else event.title
        text = f"{event.start.display(lang):>14} {GLYPHS[event.valence]} "
        text += f"{lane_name(event.lane, lang=lang)}: "
        if event.disputed:
            text += f"{DISPUTED_MARK} "
        text += " ".join(title.split())
        if event.source and not private:
            text += f" ({' '.join(event.source.split())})"
        _wrapped(page, text, indent=17)


def _wrapped(page: _Page, text: str, *, indent: int) -> None:
    """A line of the lists under the picture, whole: a long one wraps, indented."""
    chars = int((page.width - 2 * MARGIN) / (LIST_FONT * 0.6)) - 2
    while text:
        page.line(text[:chars], LIST_FONT)
        text = (" " * indent + text[chars:]) if len(text) > chars else ""
