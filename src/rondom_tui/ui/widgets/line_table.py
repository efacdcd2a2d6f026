"""What the virtual tables share (the case list, the audit trail): cells cut to a number of
terminal cells, a header line, and a cursor over rows that are painted one line at a time.

An eagerly filled DataTable measures every cell and takes seconds for 10,000 rows; a line-API
widget paints only the rows on screen, from a plain list, so any size stays instant.
"""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size
from textual import events
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView


def fit_cells(text: str, width: int) -> str:
    """`text` cut or padded to exactly `width` terminal cells (an ellipsis when cut).

    Cells, not characters: wide characters (CJK, some emoji) take two cells each.
    """
    if width <= 0:
        return ""
    if cell_len(text) > width:
        return set_cell_size(text, width - 1) + "…" if width > 1 else set_cell_size(text, width)
    return set_cell_size(text, width)


def column_cell(text: str, width: int) -> str:
    """A column cell: the text in `width - 1` cells and one space to the next column."""
    return fit_cells(text, width - 1) + " " if width > 1 else fit_cells(text, width)


class LineTable(ScrollView, can_focus=True):
    """A header on line 0 and one row per line under it, with a cursor. Subclasses paint the
    lines (`render_line`), say how many rows there are, and bind the keys that move the
    cursor (`cursor`, `page`, `jump` actions) under ids of their own."""

    cursor: reactive[int] = reactive(0, repaint=False)
    """The row under the cursor. Not `repaint`: `watch_cursor` refreshes just the rows that
    changed."""

    def row_count(self) -> int:
        """How many rows there are to show."""
        raise NotImplementedError

    def rows_changed(self) -> None:
        """Call after the rows changed: the scroll area follows their number.

        `virtual_size` lays the whole screen out again when it changes (a search key press at
        10,000 cases spent more on that than on searching). When the scrollbar stays as it is
        (shown before and after, or hidden before and after), only its thumb moves: the size
        is set without a layout and the scrollbar is told itself."""
        size = Size(self.size.width, self.row_count() + 1)
        old = self.virtual_size
        if old == size:
            return
        height = self.size.height
        if old.width != size.width or (old.height > height) != (size.height > height):
            self.virtual_size = size  # the scrollbar comes or goes: a layout pass
            return
        self.set_reactive(LineTable.virtual_size, size)
        if size.height > height:
            bar = self.vertical_scrollbar
            bar.window_virtual_size = size.height
            bar.refresh()
        self.scroll_y = self.validate_scroll_y(self.scroll_y)

    def validate_cursor(self, value: int) -> int:
        count = self.row_count()
        return max(0, min(value, count - 1)) if count else 0

    def watch_cursor(self, old: int, new: int) -> None:
        top = self.scroll_offset.y
        self.scroll_to_cursor()
        if self.scroll_offset.y == top:
            # Only the two rows whose marker and colour changed are sent to the terminal
            # (a whole refresh re-sends every visible row: 11 KB a key at 120x36).
            self.refresh_line(old + 1)  # line 0 is the header
            self.refresh_line(new + 1)

    def action_cursor(self, delta: int) -> None:
        self.cursor += delta

    def action_page(self, direction: int) -> None:
        self.cursor += direction * max(1, self.size.height - 2)

    def action_jump(self, where: int) -> None:
        self.cursor = 0 if where == 0 else self.row_count() - 1

    def scroll_to_cursor(self) -> None:
        """Scroll just enough to have the cursor's row on screen, under the header."""
        visible = max(1, self.size.height - 1)
        top = int(self.scroll_offset.y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False)
        elif self.cursor >= top + visible:
            self.scroll_to(y=self.cursor - visible + 1, animate=False)

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, self.row_count() + 1)
        self.scroll_to_cursor()

    def on_click(self, event: events.Click) -> None:
        if event.y >= 1:
            self.cursor = int(self.scroll_offset.y) + event.y - 1
