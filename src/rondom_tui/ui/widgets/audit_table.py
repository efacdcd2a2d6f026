"""The audit trail as a virtual table: only the lines on screen are ever painted.

A store's trail grows by an entry for every opening, view and change, tens of thousands in a
few years; a DataTable took 9 seconds for 15,000 of them. Like the case list, this paints the
visible rows from a plain list (`LineTable`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.segment import Segment
from textual.binding import Binding, BindingType
from textual.reactive import reactive
from textual.strip import Strip

from rondom_tui.domain.audit import AuditRow, action_name, local_time
from rondom_tui.i18n import current_language, t
from rondom_tui.ui.widgets.line_table import LineTable, column_cell, fit_cells

FIXED = {"at": 20, "action": 17}
"""Columns of a fixed width: the time (``14-03-2026 09:30:05``) and the action in words."""
FLEXIBLE = {"user": 2, "host": 2, "case": 3, "detail": 2}
"""The other columns share the rest of the width in these proportions."""
ORDER = ("at", "user", "host", "action", "case", "detail")


class AuditTable(LineTable):
    """Audit rows with a cursor; the case by code, with the child's name unless `privacy`."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"audit-table--header", "audit-table--cursor"}
    DEFAULT_CSS = """
    AuditTable {
        height: 1fr;
        background: $surface;
    }
    AuditTable > .audit-table--header {
        text-style: bold;
        color: $accent;
    }
    AuditTable > .audit-table--cursor {
        /* The theme's own cursor pair, whose contrast test_theme_colours checks (AAA in
           rondom-contrast): $primary under $text was 1.8:1 there, and grey on grey under
           NO_COLOR. */
        background: $block-cursor-blurred-background;
        color: $block-cursor-blurred-foreground;
    }
    AuditTable:focus > .audit-table--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor(-1)", "caselist.key.up", show=False, id="audit.up"),
        Binding("down,j", "cursor(1)", "caselist.key.down", show=False, id="audit.down"),
        Binding("pageup", "page(-1)", "caselist.key.page_up", show=False, id="audit.page_up"),
        Binding("pagedown", "page(1)", "caselist.key.page_down", show=False, id="audit.page_down"),
        Binding("home", "jump(0)", "caselist.key.first", show=False, id="audit.first"),
        Binding("end", "jump(-1)", "caselist.key.last", show=False, id="audit.last"),
    ]

    privacy: reactive[bool] = reactive(False)
    """Codes only, no names (bound to the screen's privacy mode)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: list[AuditRow] = []

    @property
    def rows(self) -> Sequence[AuditRow]:
        return self._rows

    def set_rows(self, rows: list[AuditRow]) -> None:
        """Show `rows` (in the order given), the cursor on the first."""
        self._rows = rows
        self.rows_changed()
        self.cursor = 0
        self.scroll_to(y=0, animate=False)
        self.refresh()

    def row_cells(self, row: AuditRow) -> list[str]:
        """The words of one row, column by column (what the screen shows)."""
        return [
            local_time(row.at),
            row.user,
            row.host,
            action_name(row.action, lang=current_language()),
            row.case_text(names=not self.privacy),
            row.detail,
        ]

    def row_count(self) -> int:
        return len(self._rows)

    def watch_privacy(self) -> None:
        self.refresh()

    # -- painting ---------------------------------------------------------------------

    @staticmethod
    def _widths(width: int) -> list[int]:
        rest = max(0, width - sum(FIXED.values()))
        share = sum(FLEXIBLE.values())
        widths = {name: rest * part // share for name, part in FLEXIBLE.items()}
        widths["detail"] += rest - sum(widths.values())
        widths.update(FIXED)
        return [widths[name] for name in ORDER]

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        widths = self._widths(width)
        if y == 0:
            cells = [t(f"audit.col.{name}") for name in ORDER]
            style = self.get_component_rich_style("audit-table--header")
        else:
            index = int(self.scroll_offset.y) + y - 1
            if index >= len(self._rows):
                return Strip.blank(width, self.rich_style)
            cells = self.row_cells(self._rows[index])
            style = self.rich_style
            if index == self.cursor:
                style = style + self.get_component_rich_style("audit-table--cursor")
        text = "".join(column_cell(cell, w) for cell, w in zip(cells, widths, strict=True))
        return Strip([Segment(fit_cells(text, width), style)], width)
