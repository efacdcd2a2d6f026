"""Bars of text: a figure's share drawn as its glyph repeated, a wait as the three glyphs of its
median, 90th percentile and longest. For the screen and the Markdown report alike."""

from __future__ import annotations

from rondom_tui.domain.review.sections import WAIT_GLYPHS, Figure


def bar_text(figure: Figure, width: int) -> str:
    """The figure's bar in text, `width` cells long (padded): its glyph repeated, at least one
    cell for a figure above zero; blank without a bar."""
    if figure.share is None or width <= 0:
        return " " * max(0, width)
    cells = round(figure.share * width)
    if figure.share > 0:
        cells = max(1, cells)
    return (figure.glyph * cells).ljust(width)


def wait_bar_text(figure: Figure, width: int) -> str:
    """A wait's bar: ``█`` to the median, ``▒`` to the 90th percentile, ``░`` to the longest."""
    if not figure.marks or width <= 0:
        return " " * max(0, width)
    out = ""
    for mark, glyph in zip(figure.marks, WAIT_GLYPHS, strict=False):
        end = max(len(out), round(mark * width))
        if mark > 0 and end == 0:
            end = 1
        out += glyph * (end - len(out))
    return out.ljust(width)[:width]
