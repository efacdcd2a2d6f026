"""The audit trail as a virtual table: only the lines on screen are ever painted.

A store's trail grows by an entry for every opening, view and change, tens of thousands in a
few years; an eagerly filled DataTable measures every cell and takes seconds for that many.
This line-API widget paints the visible rows from a plain list, as the case list does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.segment import Segment
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from rondom_tui.domain.audit import AuditRow, action_name, local_time
from rondom_tui.i18n import current_language, t
from rondom_tui.ui.widgets.case_table import column_cell, fit_cells

FIXED = {"at": 20, "action": 17}
"""Columns of a fixed width: the time (``14-03-2026 09:30:05``) and the action in words."""
FLEXIBLE = {"user": 2, "host": 2, "case": 3, "detail": 2}
"""The other columns share the rest of the width in these proportions."""
ORDER = ("at", "user", "host", "action", "case", "detail")


class AuditTable(ScrollView, can_focus=True):
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
        background: $primary 40%;
    }
    AuditTable:focus > .audit-table--cursor {
        background: $primary;
        color: $text;
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

    cursor: reactive[int] = reactive(0)
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
        self.virtual_size = Size(self.size.width, len(rows) + 1)
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

    # -- moving -----------------------------------------------------------------------

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self._rows) - 1)) if self._rows else 0

    def watch_cursor(self) -> None:
        visible = max(1, self.size.height - 1)
        top = int(self.scroll_offset.y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False)
        elif self.cursor >= top + visible:
            self.scroll_to(y=self.cursor - visible + 1, animate=False)
        self.refresh()

    def watch_privacy(self) -> None:
        self.refresh()

    def action_cursor(self, delta: int) -> None:
        self.cursor += delta

    def action_page(self, direction: int) -> None:
        self.cursor += direction * max(1, self.size.height - 2)

    def action_jump(self, where: int) -> None:
        self.cursor = 0 if where == 0 else len(self._rows) - 1

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, len(self._rows) + 1)

    def on_click(self, event: events.Click) -> None:
        if event.y >= 1:
            self.cursor = int(self.scroll_offset.y) + event.y - 1

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
