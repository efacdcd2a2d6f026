"""A list of cases to tick: which cases go into a bundle."""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from textual.binding import Binding, BindingType
from textual.strip import Strip
from textual.widgets import SelectionList

from rondom_tui.ui.glyphs import glyph


class CaseChoice(SelectionList[str]):
    """One line per case (code, and the name unless names are hidden); values are case ids.

    `space` ticks the highlighted case, `a` ticks all of them or, when all are ticked, none.
    A ticked case shows ✓ (Textual's list tells the states apart by colour only).
    """

    DEFAULT_CSS = """
    CaseChoice {
        height: auto;
        max-height: 8;
        margin: 0 1;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "select", "export.key.tick", id="case_choice.tick"),
        Binding("a", "all_or_none", "export.key.all", id="case_choice.all"),
    ]

    def action_all_or_none(self) -> None:
        if len(self.selected) == self.option_count:
            self.deselect_all()
        else:
            self.select_all()

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        index = self.scroll_offset.y + y
        segments = list(strip)
        # SelectionList paints [left, inner, right, space, prompt...]: the inner cell is the tick.
        if not 0 <= index < self.option_count or len(segments) < 4:
            return strip
        ticked = self.get_option_at_index(index).value in self.selected
        inner = segments[1]
        segments[1] = Segment(glyph("✓") if ticked else " ", inner.style, inner.control)
        return Strip(segments, strip.cell_length)
