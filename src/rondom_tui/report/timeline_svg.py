"""The Tijdlijn as a drawing for print: pages of A4 or A3 landscape, each exactly that size.

The first page holds the title, the picture (`report.timeline_picture`, the same pure layout
as the screen), its legend and the waiting times; the picture is scaled to fit the page, with
more columns as it shrinks, so its words get more room (at A4 a normal case keeps its text at
6 pt or more). Under it every event is listed by date, so a title the picture had to shorten
or count ("+3") is still in print; what does not fit on the first page goes on further pages,
each with the case code and its number ("blad 2 van 3").

`timeline_pages` gives every page (the HTML export embeds them all). `timeline_svg`, the SVG
file, is the first page alone: one SVG is one page, and a page that grew taller than its paper
would not print as A4. What went to further pages is then in its `<desc>` (every title of the
case stays in the file) and the page says where the rest is printed (the HTML export).
Names only when `private` is False; with it, the child is the case code and known names in
free text are replaced (`report.timeline.redact`). No terminal frame, no fonts from outside.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum

from rondom_tui.domain.links import Link
from rondom_tui.domain.models import Case, Event
from rondom_tui.domain.timeline.analysis import waiting_times, waits_to_draw
from rondom_tui.domain.timeline.grid import GLYPHS, ZOOM_LEVELS, Paint
from rondom_tui.domain.timeline.labels import lane_name
from rondom_tui.domain.timeline.layout import Frame, WaitSpan, layout
from rondom_tui.domain.timeline.navigation import LifeSpan, fit, order_key
from rondom_tui.domain.timeline.words import DISPUTED_MARK
from rondom_tui.i18n.texts import translate
from rondom_tui.report.timeline import header_lines, redact, wait_lines, who
from rondom_tui.report.timeline_links import link_lines, links_among, marked
from rondom_tui.report.timeline_picture import (
    CELL,
    COLOURS,
    FONT,
    GUTTER,
    MARGIN,
    ROW,
    Canvas,
    draw_frame,
    svg_text,
    xml_attr,
    xml_text,
)


class Paper(StrEnum):
    """Landscape paper sizes."""

    A4 = "a4"
    A3 = "a3"


PAPER_MM = {Paper.A4: (297.0, 210.0), Paper.A3: (420.0, 297.0)}
"""Width and height in millimetres, landscape."""
LIST_FONT = 2.6
"""Font size of the lists under the picture, in millimetres (7.4 pt)."""
FOOT = 5.0
"""Millimetres kept free at the bottom of a page for its number."""
SCALES = (1.0, 0.9, 0.8, 0.71)
"""The picture's scales to try, largest first: 0.71 keeps its 3 mm text at 6 pt."""


class _Book:
    """Pages of one paper size: their lines of SVG, and the height used on the last one. A line
    that does not fit goes to a new page, which starts with `running` (title and code)."""

    def __init__(self, paper: Paper, running: str) -> None:
        self.width, self.height = PAPER_MM[paper]
        self.running = running
        self.pages: list[list[str]] = [[]]
        self.y = MARGIN
        self.overflow: list[str] = []
        """The text of every line on a page after the first, for the SVG file's `<desc>`."""

    @property
    def parts(self) -> list[str]:
        return self.pages[-1]

    @property
    def bottom(self) -> float:
        """How far down a line may reach on a page."""
        return self.height - MARGIN - FOOT

    def line(
        self,
        text: str,
        size: float,
        *,
        weight: str = "normal",
        fill: str = "#111",
        part: bool = False,
    ) -> None:
        """A line of `text`, on a new page when this one is full; `part` of a wrapped line
        (`_wrapped` keeps the whole one for the `<desc>`)."""
        if self.y + size * 1.4 > self.bottom:
            self.pages.append([])
            self.y = MARGIN
            self.line(self.running, 2.8, fill="#444")
            self.y += 2
        self.y += size * 1.4
        extra = f' font-size="{size}" font-weight="{weight}"'
        self.parts.append(svg_text(MARGIN, self.y, text, fill=fill, extra=extra))
        if len(self.pages) > 1 and not part and text != self.running:
            self.overflow.append(text)

    def space(self, mm: float) -> None:
        self.y += mm


def inline_svg(page: str) -> str:
    """An SVG page as an HTML document embeds it: without its XML declaration."""
    return page.split("?>", 1)[1].strip() if page.startswith("<?xml") else page


def timeline_pages(
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
    svg_file: bool = False,
) -> list[str]:
    """The whole timeline of `case` in `lang` as pages of `paper` (landscape), each an SVG
    document exactly that size. `planned` adds the plan's periods and evaluations to the
    picture; `sections` (heading, lines) are printed under it (the plan's items, `report.plan`),
    before the list of events unless `list_events` is False. The "may explain" `links` among the
    events are marked in the picture (¹, →¹) and listed under it. For an `svg_file` the first
    page says at its foot that the HTML export prints them all, and holds their text."""
    book = _book(
        events,
        case,
        today,
        private,
        filter_text,
        lang,
        paper,
        links,
        planned,
        sections,
        title_id,
        list_events,
    )
    title = translate(lang, title_id, who=who(case, private))
    return _book_pages(book, title, lang, svg_file=svg_file)


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
    """The SVG file: the first of `timeline_pages`, with the text of the further pages in its
    `<desc>`, and, when there are further pages, a line that says the HTML export prints them."""
    return timeline_pages(
        events,
        case,
        today=today,
        private=private,
        filter_text=filter_text,
        lang=lang,
        paper=paper,
        links=links,
        planned=planned,
        sections=sections,
        title_id=title_id,
        list_events=list_events,
        svg_file=True,
    )[0]


def _book(
    events: Sequence[Event],
    case: Case,
    today: date,
    private: bool,
    filter_text: str | None,
    lang: str,
    paper: Paper,
    links: Sequence[Link],
    planned: Sequence[WaitSpan],
    sections: Sequence[tuple[str, Sequence[str]]],
    title_id: str,
    list_events: bool,
) -> _Book:
    ordered = sorted(events, key=order_key)
    title = translate(lang, title_id, who=who(case, private))
    shown = f"{title} · {case.code}" if who(case, private) != case.code else title
    book = _Book(paper, shown)
    book.line(shown, 5.0, weight="bold")
    for line in header_lines(case, today, private, filter_text, lang):
        book.line(line, 2.8, fill="#444")
    legend = [translate(lang, "timeline.legend"), translate(lang, "timeline.export.legend_marks")]
    if links_among(links, ordered):
        legend.append(translate(lang, "timeline.legend.links", cause="¹", effect="→¹"))
    if ordered:
        book.space(2.6 * 1.4 + 2)  # the zoom line, written once the picture's scale is known
        zoom_y = book.y - 2
        room = book.bottom - book.y - len(legend) * 2.6 * 1.4
        frame, scale = _fitted_frame(
            ordered, case, today, private, lang, book, room, links, planned
        )
        name = translate(lang, ZOOM_LEVELS[frame.window.zoom].name_id)
        extra = ' font-size="2.6" font-weight="normal"'
        book.parts.append(svg_text(MARGIN, zoom_y, name, fill="#666", extra=extra))
        _place(book, frame, scale)
        for line in legend:
            book.line(line, 2.6, fill="#444")
    else:
        book.line(translate(lang, "timeline.export.no_events"), 3.0)
    waits = wait_lines(ordered, case, today, private, lang)
    if waits:
        book.space(2)
        book.line(translate(lang, "timeline.export.waits"), 3.2, weight="bold")
        for line in waits:
            _wrapped(book, line, indent=3, fill=COLOURS[Paint.WAITING])
    for heading, lines in sections:
        book.space(2)
        book.line(heading, 3.2, weight="bold")
        for line in lines:
            _wrapped(book, line, indent=4)
    if ordered and list_events:
        _list_events(book, ordered, case, private, lang)
    explained = link_lines(links, ordered, case, private=private, lang=lang)
    if explained:
        book.space(2)
        book.line(translate(lang, "links.heading"), 3.2, weight="bold")
        for line in explained:
            _wrapped(book, line, indent=3)
    return book


def _fitted_frame(
    events: list[Event],
    case: Case,
    today: date,
    private: bool,
    lang: str,
    book: _Book,
    room: float,
    links: Sequence[Link],
    planned: Sequence[WaitSpan],
) -> tuple[Frame, float]:
    """The picture and its scale: of `SCALES` at which it fits `room` millimetres of height
    (drawn as wide as the page at that scale, so a smaller picture has more columns for its
    words), the one that shortens or counts the fewest words, the largest of those; smaller
    still when even the last does not fit, so the page stays whole."""
    inner = book.width - 2 * MARGIN
    best: tuple[int, Frame, float] | None = None
    for scale in SCALES:
        frame = _frame(events, case, today, private, lang, inner / scale, links, planned)
        assert frame is not None  # there are events
        height = (len(frame.rows) * ROW + 1) * scale
        if height > room:
            if best is None and scale == SCALES[-1]:
                return frame, scale * max(room, ROW) / height
            continue
        cut = _words_cut(frame)
        if best is None or cut < best[0]:
            best = (cut, frame, scale)
        if cut == 0:
            break  # no smaller picture can do better
    assert best is not None
    return best[1], best[2]


def _words_cut(frame: Frame) -> int:
    """How many words the picture shortened ("Ontw…") or counted ("+1")."""
    return sum(
        1
        for row in frame.rows
        for span in row.spans
        if span.paint is Paint.MORE or (span.paint is Paint.LABEL and "…" in span.text)
    )


def _place(book: _Book, frame: Frame, scale: float) -> None:
    """Draw `frame` at the book's height, scaled by `scale` from the left margin."""
    canvas = Canvas(MARGIN * 2 + (book.width - 2 * MARGIN) / scale, y=0.0)
    draw_frame(canvas, frame)
    book.parts.append(
        f'<g transform="translate({MARGIN:g} {book.y:.2f}) scale({scale:.4f}) '
        f'translate({-MARGIN:g} 0)">'
    )
    book.parts.extend(canvas.parts)
    book.parts.append("</g>")
    book.y += canvas.y * scale


def _book_pages(book: _Book, title: str, lang: str, *, svg_file: bool) -> list[str]:
    """Each page of `book` as an SVG document of its paper size, numbered when there are more."""
    width, height = book.width, book.height
    count = len(book.pages)
    pages = []
    for number, parts in enumerate(book.pages, start=1):
        body = list(parts)
        if count > 1:
            foot = translate(lang, "timeline.export.page", n=number, total=count)
            if svg_file:
                foot += " · " + translate(lang, "timeline.export.pages_in_html")
            extra = ' font-size="2.4" text-anchor="end"'
            body.append(svg_text(width - MARGIN, height - MARGIN, foot, fill="#666", extra=extra))
        desc = ""
        if svg_file and book.overflow:
            desc = f"<desc>{xml_text(chr(10).join(book.overflow))}</desc>\n"
        pages.append(
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:g}mm" height="{height:g}mm" '
            f'viewBox="0 0 {width:g} {height:g}" font-family="DejaVu Sans Mono, Menlo, Consolas, '
            f'monospace" font-size="{FONT}" role="img" aria-label={xml_attr(title)}>\n'
            f"<title>{xml_text(title)}</title>\n{desc}"
            f'<rect width="{width:g}" height="{height:g}" fill="#ffffff"/>\n'
            + "\n".join(body)
            + "\n</svg>\n"
        )
    return pages


def _frame(
    events: list[Event],
    case: Case,
    today: date,
    private: bool,
    lang: str,
    inner: float,
    links: Sequence[Link] = (),
    planned: Sequence[WaitSpan] = (),
) -> Frame | None:
    """The picture of every event from birth (or the first event) to today (or the last
    planned day), `inner` millimetres wide; empty lanes left out."""
    if not events:
        return None
    columns = int(inner / CELL) - GUTTER
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


def _list_events(page: _Book, events: list[Event], case: Case, private: bool, lang: str) -> None:
    """Every event by date, whole (a long line wraps): date, glyph, lane, mark, words and, when
    names may show, the source."""
    page.space(2)
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


def _wrapped(page: _Book, text: str, *, indent: int, fill: str = "#111") -> None:
    """A line of the lists under the picture, whole: a long one wraps, indented."""
    chars = int((page.width - 2 * MARGIN) / (LIST_FONT * 0.6)) - 2
    whole = text
    while text:
        page.line(text[:chars], LIST_FONT, fill=fill, part=True)
        text = (" " * indent + text[chars:]) if len(text) > chars else ""
    if len(page.pages) > 1:
        page.overflow.append(whole)
