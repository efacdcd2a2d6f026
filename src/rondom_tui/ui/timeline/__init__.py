"""De Tijdlijn's widgets: `TimelineView` (view.py) with its keys (keys.py) and the messages it
posts to its screen (messages.py), and the panels under it (panels.py).

The widgets present and ask; `ui.screens.timeline.TimelineScreen` orchestrates (reads and saves
through the app, opens the dialogs). Layout and navigation are pure functions in
`domain.timeline`; this package imports the domain, never the store.
"""

from rondom_tui.ui.timeline.messages import (
    AddRequested,
    DeleteRequested,
    EditRequested,
    EventSelected,
)
from rondom_tui.ui.timeline.panels import EventDetails, TimelineSummary
from rondom_tui.ui.timeline.view import TimelineView

__all__ = [
    "AddRequested",
    "DeleteRequested",
    "EditRequested",
    "EventDetails",
    "EventSelected",
    "TimelineSummary",
    "TimelineView",
]
