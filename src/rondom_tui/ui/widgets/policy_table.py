"""The policy action points of a review, one row each: status first (how far each point has
come is what a review meeting asks), then key, action, knelpunt, owner and month due.

The table presents; the review screen changes the points and saves them."""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual.widgets import DataTable

from rondom_tui.domain.review.models import PolicyAction, Review
from rondom_tui.domain.review.policy import progress_text
from rondom_tui.i18n import current_language, t

COLUMNS = ("status", "key", "action", "bottleneck", "owner", "due")
CELL_WIDTH = 32
"""Longer texts are cut in the table (`e` shows them whole)."""
OVERDUE = " ⚠"


def _cell(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= CELL_WIDTH else text[: CELL_WIDTH - 1] + "…"


class PolicyTable(DataTable[Text]):
    """The action points of one review; the cursor row is the point `e`, `space`, `d` act on."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.review: Review | None = None
        """The review shown."""

    def on_mount(self) -> None:
        for column in COLUMNS:
            self.add_column(t(f"review.policy.col.{column}"), key=column)

    def show(self, review: Review | None, today: date) -> None:
        """Show `review`'s points, the cursor kept on the same row where it can."""
        current = self.cursor_row
        self.review = review
        self.clear()
        lang = current_language()
        for point in review.actions if review else []:
            due = point.due_month()
            cells = {
                "status": progress_text(point, lang=lang),
                "key": str(point.key or "–"),
                "action": point.action,
                "bottleneck": point.bottleneck,
                "owner": point.owner,
                "due": (due.display(lang) if due else "–")
                + (OVERDUE if point.overdue(today) else ""),
            }
            self.add_row(*(Text(_cell(cells[c])) for c in COLUMNS), key=point.id)
        if self.row_count:
            self.move_cursor(row=min(current, self.row_count - 1))

    @property
    def current(self) -> PolicyAction | None:
        """The point under the cursor, if any."""
        if self.review is None or not self.row_count:
            return None
        key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        return next((p for p in self.review.actions if p.id == key), None)
