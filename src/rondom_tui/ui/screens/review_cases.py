"""The cases behind a figure of the casusreview: inside the team, from a number to the children
it counts, and from there to their timelines.

Reached only in the team's view (privacy off). If privacy is switched on here, the names go at
once and the cases are shown by code.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import DataTable, Static

from rondom_tui.domain.cases.listing import CaseSummary
from rondom_tui.domain.models import AuditAction
from rondom_tui.i18n import t, t_count
from rondom_tui.ui.bindings import Translated
from rondom_tui.ui.privacy import follow_privacy, toggle_privacy
from rondom_tui.ui.screens.timeline import TimelineScreen
from rondom_tui.ui.widgets.app_header import AppHeader
from rondom_tui.ui.widgets.key_footer import KeyFooter


class ReviewCasesScreen(Translated, Screen[None]):
    """The cases a figure rests on; enter opens a case's timeline."""

    CSS_PATH = "review.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "timeline", "review.cases.key.timeline", id="review_cases.timeline"),
        Binding("p", "toggle_privacy", "caselist.key.privacy", id="review_cases.privacy"),
        Binding("escape", "back", "review.key.back", id="review_cases.back"),
    ]

    privacy: reactive[bool] = reactive(False)

    def __init__(self, case_ids: Collection[str], title: str) -> None:
        super().__init__()
        self.case_ids = frozenset(case_ids)
        """The cases behind the figure."""
        self.title_text = title
        """The figure, in words (row and value)."""
        self.rows: list[CaseSummary] = []

    def compose(self) -> ComposeResult:
        yield AppHeader()
        yield Static("", id="review-cases-title", classes="section-title", markup=False)
        yield DataTable(id="review-cases", cursor_type="row", zebra_stripes=True)
        yield KeyFooter()

    def on_mount(self) -> None:
        store = self.app.store
        if store is not None:
            self.rows = sorted(
                (row for row in store.cases.summaries() if row.id in self.case_ids),
                key=lambda row: (row.school, row.code),
            )
            self.app.store_call(lambda: store.audit.record(AuditAction.VIEW, detail="review-cases"))
        follow_privacy(self)
        self._fill()
        self.query_one("#review-cases", DataTable).focus()

    def watch_privacy(self) -> None:
        if self.is_mounted:
            self._fill()

    def _fill(self) -> None:
        self.query_one("#review-cases-title", Static).update(
            t_count("review.cases.title", len(self.rows), figure=self.title_text, n=len(self.rows))
        )
        table = self.query_one("#review-cases", DataTable)
        table.clear(columns=True)
        columns = ["code", "school", "status", "events"]
        if not self.privacy:
            columns.insert(1, "name")
        for column in columns:
            label = t("review.col.school") if column == "school" else t(f"caselist.col.{column}")
            table.add_column(label, key=column)
        for row in self.rows:
            cells = {
                "code": row.code,
                "name": row.full_name,
                "school": row.school,
                "status": t(f"status.{row.status.value}"),
                "events": str(row.events),
            }
            table.add_row(*(Text(cells[c]) for c in columns), key=row.id)

    def _current(self) -> str | None:
        table = self.query_one("#review-cases", DataTable)
        if not table.row_count:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    @on(DataTable.RowSelected, "#review-cases")
    def _chosen(self) -> None:
        self.action_timeline()

    def action_timeline(self) -> None:
        case_id = self._current()
        if case_id:
            self.app.push_screen(TimelineScreen(case_id))

    def action_toggle_privacy(self) -> None:
        toggle_privacy(self.app)

    def action_back(self) -> None:
        self.app.pop_screen()
