"""What `TimelineView` tells its screen. The widget never changes data itself: it asks.

Each message names the timeline as its `control`, so a screen can route them with
``@on(TimelineView.EditRequested, "#timeline")``; the handler names are those of messages
nested in `TimelineView` (``on_timeline_view_edit_requested``), where they are also reachable.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from textual.message import Message

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Lane

if TYPE_CHECKING:
    from rondom_tui.ui.timeline.view import TimelineView

NAMESPACE = "timeline_view"


class TimelineMessage(Message, namespace=NAMESPACE):
    """Base of the timeline's messages."""

    def __init__(self, timeline: TimelineView) -> None:
        super().__init__()
        self.timeline = timeline
        """The widget that sent the message."""

    @property
    def control(self) -> TimelineView:
        return self.timeline


class EventSelected(TimelineMessage, namespace=NAMESPACE):
    """The selection changed; `event_id` is None when the cursor is on a day instead.

    Sent on every arrow key that moves the selection: while one is still waiting, a newer one
    from the same timeline replaces it, so a held-down arrow key is answered once, not per
    repeat."""

    def __init__(self, timeline: TimelineView, event_id: str | None) -> None:
        super().__init__(timeline)
        self.event_id = event_id

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, EventSelected) and message.timeline is self.timeline


class AddRequested(TimelineMessage, namespace=NAMESPACE):
    """The user wants a new event here: the cursor's lane and day, and a start date as precise
    as the user pointed: the day when zoomed in or when the cursor is on an exact day (today,
    after `t`), else the month."""

    def __init__(self, timeline: TimelineView, lane: Lane, day: date, start: PartialDate) -> None:
        super().__init__(timeline)
        self.lane = lane
        self.day = day
        self.start = start


class EditRequested(TimelineMessage, namespace=NAMESPACE):
    """The user wants to edit the selected event."""

    def __init__(self, timeline: TimelineView, event_id: str) -> None:
        super().__init__(timeline)
        self.event_id = event_id


class DeleteRequested(TimelineMessage, namespace=NAMESPACE):
    """The user wants to delete the selected event; the screen asks to confirm first."""

    def __init__(self, timeline: TimelineView, event_id: str) -> None:
        super().__init__(timeline)
        self.event_id = event_id
