"""A virtual table of cases: only the visible lines are ever rendered.

An eagerly filled DataTable takes seconds for 10,000 rows; this line-API widget paints the rows
on screen from a plain list, so searching and scrolling stay instant at any size.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import zip_longest
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

from rondom_tui.domain.cases.listing import CaseSummary
from rondom_tui.domain.models import CaseStatus
from rondom_tui.domain.text import clean_line
from rondom_tui.i18n import t
from rondom_tui.ui.glyphs import glyph
from rondom_tui.ui.widgets.line_table import LineTable, column_cell, fit_cells


class CaseTable(LineTable):
    """The rows of the case list with a cursor. Posts `Highlighted` when the cursor moves."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "case-table--header",
        "case-table--cursor",
        "case-table--closed",
    }
    DEFAULT_CSS = """
    CaseTable {
        height: 1fr;
        background: $surface;
    }
    CaseTable > .case-table--header {
        text-style: bold;
        color: $accent;
    }
    CaseTable > .case-table--cursor {
        /* The theme's own cursor pair, whose contrast test_theme_colours checks (AAA in
           rondom-contrast): $primary under $text was 1.8:1 there, and grey on grey under
           NO_COLOR. */
        background: $block-cursor-blurred-background;
        color: $block-cursor-blurred-foreground;
        text-style: bold;
    }
    CaseTable:focus > .case-table--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
    }
    CaseTable > .case-table--closed {
        color: $text-muted;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor(-1)", "caselist.key.up", show=False, id="caselist.up"),
        Binding("down,j", "cursor(1)", "caselist.key.down", show=False, id="caselist.down"),
        Binding("pageup", "page(-1)", "caselist.key.page_up", show=False, id="caselist.page_up"),
        Binding(
            "pagedown", "page(1)", "caselist.key.page_down", show=False, id="caselist.page_down"
        ),
        Binding("home", "jump(0)", "caselist.key.first", show=False, id="caselist.first"),
        Binding("end", "jump(-1)", "caselist.key.last", show=False, id="caselist.last"),
    ]

    privacy: reactive[bool] = reactive(False)
    """Codes only: the name column is left out (bound to the screen's privacy mode)."""

    class Highlighted(Message):
        """The cursor is on another case (or on none)."""

        def __init__(self, case_id: str | None) -> None:
            super().__init__()
            self.case_id = case_id

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: list[CaseSummary] = []

    # -- data -------------------------------------------------------------------------

    @property
    def rows(self) -> Sequence[CaseSummary]:
        return self._rows

    @property
    def current(self) -> CaseSummary | None:
        """The case under the cursor."""
        return self._rows[self.cursor] if 0 <= self.cursor < len(self._rows) else None

    def set_rows(self, rows: list[CaseSummary], *, keep: str | None = None) -> None:
        """Show `rows`; the cursor stays on case `keep` when it is among them. Only the lines
        that now show another row (or lose or gain the cursor) are painted again: a search
        that keeps the top rows sends only what changed."""
        before = self._painted()
        self._rows = rows
        index = 0
        if keep is not None:
            for i, row in enumerate(rows):
                if row.id == keep:
                    index = i
                    break
        self.rows_changed()
        self.cursor = index
        self.scroll_to_cursor()
        after = self._painted()
        if before[0] != after[0]:  # scrolled: every line moved
            self.refresh()
        else:
            lines = zip_longest(before[1], after[1])
            for y, (old, new) in enumerate(lines, start=1):  # line 0 is the header
                if old != new:
                    self.refresh_line(y)
        self.post_message(self.Highlighted(self.current.id if self.current else None))

    def _painted(self) -> tuple[int, list[tuple[CaseSummary, bool]]]:
        """The scroll position and what each visible line shows (its row, under the cursor)."""
        top = int(self.scroll_offset.y)
        shown = self._rows[top : top + max(0, self.size.height - 1)]
        return top, [(row, top + i == self.cursor) for i, row in enumerate(shown)]

    def row_count(self) -> int:
        return len(self._rows)

    # -- moving -----------------------------------------------------------------------

    def watch_cursor(self, old: int, new: int) -> None:
        if old != new:
            super().watch_cursor(old, new)
            self.post_message(self.Highlighted(self.current.id if self.current else None))

    def watch_privacy(self) -> None:
        self.refresh()

    # -- painting ---------------------------------------------------------------------

    def _columns(self, width: int) -> list[tuple[str, int]]:
        fixed = {"marker": 2, "code": 8, "status": 12, "events": 9, "updated": 11}
        flexible = max(0, width - sum(fixed.values()))
        if not self.privacy:
            name_w = flexible // 2
            school_w = flexible - name_w
            return [
                ("marker", 2),
                ("code", 8),
                ("name", name_w),
                ("school", school_w),
                ("status", 12),
                ("events", 9),
                ("updated", 11),
            ]
        return [
            ("marker", 2),
            ("code", 8),
            ("school", flexible),
            ("status", 12),
            ("events", 9),
            ("updated", 11),
        ]

    def _header_cells(self) -> dict[str, str]:
        return {
            "marker": "",
            "code": t("caselist.col.code"),
            "name": t("caselist.col.name"),
            "school": t("caselist.col.school"),
            "status": t("caselist.col.status"),
            "events": t("caselist.col.events"),
            "updated": t("caselist.col.updated"),
        }

    def _row_cells(self, row: CaseSummary, selected: bool) -> dict[str, str]:
        status = (
            glyph("●") + " " + t("status.open")
            if row.status is CaseStatus.OPEN
            else glyph("○") + " " + t("status.closed")
        )
        school = row.school if not row.group else f"{row.school} · {row.group}"
        name = row.full_name
        if row.pseudonymised:  # a copy for a case review, never to be taken for the child's file
            mark = t("caselist.pseudonymised")
            name = f"{mark} {name}".rstrip()
            school = f"{mark} {school}" if self.privacy else school
        # Painted as Segments, which skip Textual's own cleaning: data leaves as plain text.
        return {
            "marker": glyph("▶") if selected else "",
            "code": clean_line(row.code),
            "name": clean_line(name),
            "school": clean_line(school),
            "status": status,
            "events": str(row.events).rjust(5),
            "updated": row.updated_at.astimezone().strftime("%d-%m-%Y"),
        }

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width  # without the scrollbar
        columns = self._columns(width)
        if y == 0:
            cells = self._header_cells()
            style = self.get_component_rich_style("case-table--header")
            text = "".join(column_cell(cells[name], w) for name, w in columns)
            return Strip([Segment(fit_cells(text, width), style)], width)
        index = int(self.scroll_offset.y) + y - 1
        if index >= len(self._rows):
            return Strip.blank(width, self.rich_style)
        row = self._rows[index]
        selected = index == self.cursor
        cells = self._row_cells(row, selected)
        text = "".join(column_cell(cells[name], w) for name, w in columns)
        style: Style = self.rich_style
        if row.status is CaseStatus.CLOSED:
            style = style + self.get_component_rich_style("case-table--closed")
        if selected:
            style = style + self.get_component_rich_style("case-table--cursor")
        return Strip([Segment(fit_cells(text, width), style)], width)
