"""What came before (`b` on the Tijdlijn): the months before the selected event, on the line and
as a list, for an explanatory analysis ("what happened before the trouble at school?").

The rule that decides what came before is `domain.timeline.antecedents` (partial dates are
generous and marked ≈ when their order is unsure). Only those events and the anchor are drawn,
over the look-back alone; the anchor is selected. `w` takes the next span (3, 6, 12 or 24
months), `esc` goes back to the timeline with the anchor still selected.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Label, Static

from rondom_tui.domain.models import Event
from rondom_tui.domain.timeline.antecedents import (
    DEFAULT_SPAN,
    SPANS,
    Antecedent,
    LookBack,
    antecedents,
)
from rondom_tui.domain.timeline.grid import GLYPHS
from rondom_tui.domain.timeline.labels import lane_short_name
from rondom_tui.domain.timeline.words import DISPUTED_MARK
from rondom_tui.i18n import current_language, t
from rondom_tui.ui.bindings import Translated
from rondom_tui.ui.timeline.look_back import LookBackView
from rondom_tui.ui.widgets.app_header import AppHeader
from rondom_tui.ui.widgets.key_footer import KeyFooter

UNSURE_MARK = "≈"
"""Before an antecedent whose order against the anchor is unsure (partial dates)."""


class BeforeScreen(Translated, Screen[None]):
    """The antecedents of one event over a chosen look-back."""

    CSS_PATH = "timeline.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("w", "next_span", "timeline.before.key.span", id="timeline_before.span"),
        Binding("escape,b", "back", "case.key.back", id="timeline_before.back"),
    ]

    def __init__(
        self,
        code: str,
        anchor: Event,
        events: Sequence[Event],
        *,
        today: date,
        tell: Callable[[str], str],
        months: int = DEFAULT_SPAN,
    ) -> None:
        super().__init__()
        self.code = code
        """The case's code (never its name: the heading is seen in meetings)."""
        self.anchor = anchor
        self.events = list(events)
        """Every event the timeline shows: the antecedents are looked for among them."""
        self.today = today
        self.tell = tell
        """Free text as it may be shown now (names replaced in privacy mode)."""
        self.months = months
        """The look-back in months, one of `SPANS`."""
        self.found: tuple[Antecedent, ...] = ()

    def compose(self) -> ComposeResult:
        self.found = antecedents(self.events, self.anchor, self.months, self.today)
        look = LookBack.of(self.anchor, self.months)
        yield AppHeader()
        with Vertical(id="timeline-heading"):
            yield Label(id="before-heading", classes="timeline-case", markup=False)
        yield LookBackView(self._drawn(), look, today=self.today, id="before-line")
        with VerticalScroll(id="before-list-box"):
            yield Static(id="before-list", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        view = self.query_one(LookBackView)
        view.set_words({e.id: self.tell(e.title) for e in self._drawn()})
        view.select_event(self.anchor.id)
        view.focus()
        self._show()

    def _drawn(self) -> list[Event]:
        return [a.event for a in self.found] + [self.anchor]

    def _show(self) -> None:
        lang = current_language()
        heading = t(
            "timeline.before.heading",
            code=self.code,
            months=self.months,
            title=self.tell(self.anchor.title) or "—",
            day=self.anchor.start.display(lang),
        )
        self.query_one("#before-heading", Label).update(heading)
        self.query_one("#before-list", Static).update(self._list())

    def _list(self) -> Table | Text:
        """Date, lane, valence glyph and title of each antecedent, in time order, then the
        anchor; ≈ marks an order that partial dates leave unsure."""
        lang = current_language()
        if not self.found:
            return Text(t("timeline.before.none", months=self.months), style="italic")
        table = Table(box=None, padding=(0, 1), show_header=True, header_style="bold")
        table.add_column(t("timeline.before.column.date"), no_wrap=True)
        table.add_column(t("timeline.before.column.lane"), no_wrap=True)
        table.add_column(t("timeline.before.column.event"), ratio=1, overflow="ellipsis")
        for item in self.found:
            event = item.event
            mark = "  " if item.order_sure else f"{UNSURE_MARK} "
            table.add_row(
                f"{mark}{event.start.display(lang)}",
                lane_short_name(event.lane, lang=lang),
                self._title(event),
            )
        anchor = self.anchor
        table.add_row(
            Text(f"▶ {anchor.start.display(lang)}", style="bold"),
            Text(lane_short_name(anchor.lane, lang=lang), style="bold"),
            Text(self._title(anchor), style="bold"),
        )
        note = t("timeline.before.unsure", mark=UNSURE_MARK)
        if any(not a.order_sure for a in self.found):
            table.caption = note
        return table

    def _title(self, event: Event) -> str:
        disputed = f" {DISPUTED_MARK}" if event.disputed else ""
        return f"{GLYPHS[event.valence]} {self.tell(event.title) or '—'}{disputed}"

    def action_next_span(self) -> None:
        """The next look-back: 3, 6, 12, 24 months, then 3 again."""
        self.months = SPANS[(SPANS.index(self.months) + 1) % len(SPANS)]
        self.found = antecedents(self.events, self.anchor, self.months, self.today)
        view = self.query_one(LookBackView)
        view.set_words({e.id: self.tell(e.title) for e in self._drawn()})
        view.show(self._drawn(), LookBack.of(self.anchor, self.months), self.anchor.id)
        self._show()
        self.notify(t("timeline.before.span_now", months=self.months), timeout=2)

    def action_back(self) -> None:
        self.dismiss(None)
