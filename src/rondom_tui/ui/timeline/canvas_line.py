"""A row of the Tijdlijn's canvas as styled segments, painted once and cut into windows: a pan
repaints every line of the view, and cutting is far cheaper than painting a row again."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style

from rondom_tui.domain.text import clean_line
from rondom_tui.domain.timeline.layout import Paint, Span
from rondom_tui.ui.glyphs import plain_glyphs, plain_text


@dataclass(frozen=True, slots=True)
class CanvasLine:
    """A canvas row as styled segments, with the first cell of each, to cut windows from
    without painting the row again (a pan repaints every line)."""

    starts: list[int]
    segments: list[Segment]

    @classmethod
    def of(cls, spans: tuple[Span, ...], styles: Mapping[Paint, Style]) -> CanvasLine:
        starts, segments, at = [], [], 0
        plain = plain_glyphs()
        for text, paint in spans:
            # Segments skip Textual's cleaning: words leave as plain text, and symbols a
            # console lacks (the plan's ◇ on TERM=linux) as their fallbacks.
            text = plain_text(clean_line(text), plain)
            starts.append(at)
            segments.append(Segment(text, styles[paint]))
            at += cell_len(text)
        starts.append(at)
        return cls(starts, segments)

    def cut(self, left: int, columns: int) -> tuple[list[Segment], int]:
        """The segments of cells `left .. left + columns - 1`, and how many cells they take."""
        right = left + columns
        starts, segments = self.starts, self.segments
        index = max(0, bisect_right(starts, left) - 1)
        found = []
        while index < len(segments) and starts[index] < right:
            segment, first, end = segments[index], starts[index], starts[index + 1]
            if first < left:
                segment, first = segment.split_cells(left - first)[1], left
            if end > right:
                segment = segment.split_cells(right - first)[0]
            found.append(segment)
            index += 1
        return found, max(0, min(right, starts[-1]) - max(left, 0))
