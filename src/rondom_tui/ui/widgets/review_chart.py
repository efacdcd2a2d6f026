"""The casusreview as text charts: bars of glyphs with their numbers, and small multiples.

The widget paints the lines `domain.review.text_chart` lays out for its width, so what it
shows is what a unit test can read. The cursor stops on every line that shows a figure;
`enter` asks the screen to open the cases behind it (`FigureChosen`). Colour adds emphasis
only: the glyphs carry the meaning, and the cursor line is drawn reversed and marked ``▶``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.segment import Segment
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from rondom_tui.domain.review.schools import SchoolPanel
from rondom_tui.domain.review.sections import Figure, Section
from rondom_tui.domain.review.text_chart import ChartLine, school_lines, section_lines
from rondom_tui.i18n import current_language

CURSOR_MARK = "▶"


class ReviewChart(ScrollView, can_focus=True):
    """Every section of a review, one figure per line; up/down choose one, enter opens it."""

    COMPONENT_CLASSES = {
        "review-chart--title",
        "review-chart--label",
        "review-chart--hindering",
        "review-chart--promoting",
        "review-chart--bar",
        "review-chart--number",
        "review-chart--muted",
        "review-chart--plain",
        "review-chart--cursor",
    }

    DEFAULT_CSS = """
    ReviewChart {
        height: 1fr;
        padding: 0 0 0 1;
        overflow-x: hidden;
        scrollbar-gutter: stable;
    }
    ReviewChart > .review-chart--title { color: $accent; text-style: bold; }
    ReviewChart > .review-chart--label { color: $foreground; }
    ReviewChart > .review-chart--hindering { color: $error; }
    ReviewChart > .review-chart--promoting { color: $success; }
    ReviewChart > .review-chart--bar { color: $primary; }
    ReviewChart > .review-chart--number { color: $foreground; text-style: bold; }
    ReviewChart > .review-chart--muted { color: $text-muted; }
    ReviewChart > .review-chart--cursor { text-style: reverse bold; }
    """

    BINDINGS = [
        Binding("down,j", "move(1)", "review.chart.down", show=False, id="review.chart.down"),
        Binding("up,k", "move(-1)", "review.chart.up", show=False, id="review.chart.up"),
        Binding("pagedown", "page(1)", "review.chart.page", show=False, id="review.chart.pgdn"),
        Binding("pageup", "page(-1)", "review.chart.page", show=False, id="review.chart.pgup"),
        Binding("home", "edge(0)", "review.chart.first", show=False, id="review.chart.first"),
        Binding("end", "edge(1)", "review.chart.last", show=False, id="review.chart.last"),
        Binding("enter", "open", "review.chart.open", id="review.chart.open"),
    ]

    @dataclass
    class FigureChosen(Message):
        """The user asked for the cases behind a figure."""

        chart: ReviewChart
        figure: Figure
        label: str
        """What the figure counts: its row (a key, a lane, a kind of event) and column."""

        @property
        def control(self) -> ReviewChart:
            return self.chart

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._sections: tuple[Section, ...] = ()
        self._panels: tuple[SchoolPanel, ...] = ()
        self._schools_title = ""
        self._lines: list[ChartLine] = []
        self._stops: list[int] = []
        """The lines that show a figure, in order."""
        self.cursor = 0
        """Index into the stops."""

    def show(
        self, sections: Sequence[Section], panels: Sequence[SchoolPanel], schools_title: str
    ) -> None:
        """Draw a (new) review; the cursor stays on the same line where it can."""
        self._sections = tuple(sections)
        self._panels = tuple(panels)
        self._schools_title = schools_title
        self._layout()

    @property
    def lines(self) -> list[ChartLine]:
        """What is drawn, one entry per line (for tests and the screen)."""
        return self._lines

    @property
    def current(self) -> ChartLine | None:
        if not self._stops:
            return None
        return self._lines[self._stops[self.cursor]]

    def _layout(self) -> None:
        width = max(2, self.scrollable_content_region.width or 80) - 1  # 1 for the mark
        lang = current_language()
        lines: list[ChartLine] = []
        for section in self._sections:
            lines += section_lines(section, width, lang=lang)
        lines += school_lines(self._schools_title, self._panels, width, lang=lang)
        self._lines = lines
        self._stops = [i for i, line in enumerate(lines) if line.figure is not None]
        self.cursor = min(self.cursor, max(0, len(self._stops) - 1))
        self.virtual_size = Size(width + 1, len(lines))  # never wider: no sideways scrolling
        self.refresh()

    def on_resize(self) -> None:
        self._layout()

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = y + scroll_y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if index >= len(self._lines):
            return Strip.blank(width, base)
        line = self._lines[index]
        on_cursor = bool(self._stops) and index == self._stops[self.cursor] and self.has_focus
        mark = Segment(CURSOR_MARK if on_cursor else " ", base)
        segments = [mark] + [
            Segment(text, self.get_component_rich_style(f"review-chart--{kind}"))
            for text, kind in line.pieces
        ]
        strip = Strip(segments)
        if on_cursor:
            strip = strip.apply_style(self.get_component_rich_style("review-chart--cursor"))
        return strip.crop(scroll_x, scroll_x + width).adjust_cell_length(width, base)

    # -- moving ---------------------------------------------------------------------------

    def _go(self, stop: int) -> None:
        if not self._stops:
            return
        self.cursor = max(0, min(len(self._stops) - 1, stop))
        line = self._stops[self.cursor]
        top = line
        # Show the section's title with its first figure.
        while top > 0 and self._lines[top - 1].figure is None and line - top < 2:
            top -= 1
        self.scroll_to_region(Region(0, top, 1, line - top + 1), animate=False, immediate=True)
        self.refresh()

    def action_move(self, delta: int) -> None:
        self._go(self.cursor + delta)

    def action_page(self, direction: int) -> None:
        if not self._stops:
            return
        page = max(1, self.size.height - 1)
        if direction > 0 and self.cursor == len(self._stops) - 1:
            # Below the last figure: the small multiples; a page down shows them.
            self.scroll_relative(y=page, animate=False, immediate=True)
            return
        target = self._stops[self.cursor] + direction * page
        stops = [i for i, line in enumerate(self._stops) if (line - target) * direction >= 0]
        if direction > 0:
            self._go(stops[0] if stops else len(self._stops) - 1)
        else:
            self._go(stops[-1] if stops else 0)

    def action_edge(self, end: int) -> None:
        self._go(len(self._stops) - 1 if end else 0)
        if end:
            self.scroll_end(animate=False, immediate=True)  # the small multiples too

    def action_open(self) -> None:
        line = self.current
        if line is not None and line.figure is not None:
            label = " · ".join(part for part in (line.label, line.what) if part)
            self.post_message(self.FigureChosen(self, line.figure, label))

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
