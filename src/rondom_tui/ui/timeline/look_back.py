"""`LookBackView`: the Tijdlijn cut to the months before one event, for "what came before"
(`b`). The same drawing as `TimelineView`, with only the moving keys (nothing is edited here)
and the look-back as its whole span, so it opens on exactly those months and panning and
zooming out stay inside them. Lanes without events are left out."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from textual.binding import Binding

from rondom_tui.domain.models import Event
from rondom_tui.domain.timeline.antecedents import LookBack
from rondom_tui.domain.timeline.navigation import LifeSpan
from rondom_tui.ui.timeline.keys import TIMELINE_BINDINGS
from rondom_tui.ui.timeline.view import TimelineView

EDITING_ACTIONS = frozenset({"add", "edit", "delete"})
"""The timeline's keys left out here: a look back only shows."""


class LookBackView(TimelineView, inherit_bindings=False):
    """The antecedents of an event and the event itself, over its look-back only."""

    BINDINGS = [
        b for b in TIMELINE_BINDINGS if isinstance(b, Binding) and b.action not in EDITING_ACTIONS
    ]

    def __init__(
        self,
        events: Iterable[Event],
        look: LookBack,
        *,
        today: date,
        id: str | None = None,
    ) -> None:
        self.look = look
        """The days looked at: the picture's whole span."""
        super().__init__(events, today=today, id=id)
        self.set_reactive(TimelineView.hide_empty, True)  # the lanes with something in them

    def show(self, events: Iterable[Event], look: LookBack, anchor_id: str) -> None:
        """Another look-back (`w`): these events over `look`, fitted, the anchor selected."""
        self.look = look
        self.set_events(events)
        if self.size.width > self.label_width and self.life is not None:
            self.window = self.life.fit(self.columns)
        self.select_event(anchor_id)

    def _life_span(self) -> LifeSpan | None:
        return LifeSpan(self.look.first, self.look.last)
