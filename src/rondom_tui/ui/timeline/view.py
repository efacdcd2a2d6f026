"""`TimelineView`: the Tijdlijn widget. It paints what `domain.timeline` lays out and moves a
cursor; it never touches the store.

Everything about where things go is decided by pure functions (`domain.timeline.layout`,
`domain.timeline.navigation`); this widget keeps the state (window, selection, cursor), maps
keys (`keys.py`) to those functions, turns painted rows into `Strip`s through the line API, and
posts messages (`messages.py`, also reachable as `TimelineView.EventSelected` and so on) that
the screen acts on. Colours come from component classes styled with theme variables only; the
glyphs carry the same meaning for monochrome terminals.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from textual.events import Click
from textual.reactive import reactive
from textual.widget import Widget

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Event, Lane
from rondom_tui.domain.timeline.grid import Window
from rondom_tui.domain.timeline.labels import lane_short_name
from rondom_tui.domain.timeline.layout import (
    Arrangement,
    Cursor,
    Stacking,
    WaitSpan,
)
from rondom_tui.domain.timeline.navigation import Chronology, LifeSpan, fit
from rondom_tui.i18n import current_language
from rondom_tui.ui.timeline.drawing import COMPONENTS, Drawing
from rondom_tui.ui.timeline.keys import TIMELINE_BINDINGS
from rondom_tui.ui.timeline.messages import (
    AddRequested,
    DeleteRequested,
    EditRequested,
    EventSelected,
)
from rondom_tui.ui.timeline.moving import MovingAround

DAY_PRECISION_UP_TO = 7
"""Up to this many days per column, a new event starts on the cursor's day; above it, on its
month: the user pointed at a column, not at a day (unless the cursor is on an exact day, such
as today after `t`)."""


class TimelineView(MovingAround, Drawing, Widget, can_focus=True):
    """Lanes as rows, time as columns; left/right step through events in time order."""

    DEFAULT_CSS = """
    TimelineView { height: 1fr; min-height: 6; background: $surface; }
    TimelineView > .timeline--label { color: $text-muted; }
    TimelineView > .timeline--label-cursor { color: $text; text-style: bold; }
    TimelineView > .timeline--promoting { color: $success; text-style: bold; }
    TimelineView > .timeline--hindering { color: $error; text-style: bold; }
    TimelineView > .timeline--neutral { color: $primary; }
    TimelineView > .timeline--uncertain { color: $text-muted; }
    TimelineView > .timeline--today { color: $warning; }
    TimelineView > .timeline--waiting { color: $secondary; text-style: bold; }
    TimelineView > .timeline--planned { color: $accent; text-style: italic; }
    TimelineView > .timeline--selected { color: $accent; text-style: bold reverse; }
    TimelineView > .timeline--label { color: $text; }
    TimelineView > .timeline--disputed { color: $warning; text-style: bold; }
    TimelineView > .timeline--more { color: $text-muted; text-style: italic; }
    TimelineView > .timeline--cursor { color: $accent; text-style: reverse; }
    TimelineView > .timeline--axis { color: $text; text-style: bold; }
    TimelineView > .timeline--age { color: $text-muted; text-style: italic; }
    """

    COMPONENT_CLASSES = {
        "timeline--label",
        "timeline--label-cursor",
        *COMPONENTS.values(),
    }

    BINDINGS = TIMELINE_BINDINGS

    EventSelected = EventSelected
    AddRequested = AddRequested
    EditRequested = EditRequested
    DeleteRequested = DeleteRequested

    # The view repaints what a change touches itself (`Drawing._repaint_changes`): a step
    # refreshes the rows of the old and the new selection, not the whole picture.
    window: reactive[Window | None] = reactive(None, repaint=False)
    """The time on screen; None until the widget knows its width (then it fits the case)."""
    selected_id: reactive[str | None] = reactive(None, repaint=False)
    """The selected event, or None when the cursor is on a day."""
    cursor: reactive[Cursor] = reactive(Cursor(Lane.KIND, date(2000, 1, 1)), repaint=False)
    """The lane the cursor is in and its day (the selected event's day when there is one)."""
    hide_empty: reactive[bool] = reactive(False)
    """Leave out lanes without events."""

    def __init__(
        self,
        events: Iterable[Event] = (),
        *,
        waits: Iterable[WaitSpan] = (),
        today: date | None = None,
        date_of_birth: PartialDate | None = None,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.today = today or date.today()
        """The day marked as today and the end of ongoing periods."""
        self.date_of_birth = date_of_birth
        """The child's date of birth, for the age row; None hides the row."""
        self._events: list[Event] = list(events)
        self._waits: tuple[WaitSpan, ...] = tuple(waits)
        self._by_id = {e.id: e for e in self._events}
        self._chronology_made: Chronology | None = None
        self._words: Mapping[str, str] | None = None
        """Words written beside the events, by id; None: their titles as typed."""
        self._words_version = 0
        self._disputed = frozenset(e.id for e in self._events if e.disputed)
        self._stacking: Stacking | None = None
        """Every zoom level's arrangement, made again when the events or lanes change."""
        self._stale_stacking: Stacking | None = None
        """The stacking before the last change, until the next is made from it."""
        self._arrangement_version = 0
        """Counts changes of the stacking, so a kept canvas is never taken for another's."""
        self.life = self._life_span()
        """The time the picture covers (birth or first event to today); None without events
        and date of birth."""
        self._start_drawing()
        lang = current_language()
        self._label_width = max(len(lane_short_name(lane, lang=lang)) for lane in Lane) + 1
        self._lane_scroll = 0
        """Lane rows scrolled off the top when they do not all fit."""
        self.set_reactive(TimelineView.cursor, Cursor(Lane.KIND, self.today))

    # -- data in ------------------------------------------------------------------------

    def set_events(self, events: Iterable[Event], waits: Iterable[WaitSpan] = ()) -> None:
        """Show these events and waiting times (after an edit or a filter change); a selection
        that is gone is dropped."""
        self._events = list(events)
        self._waits = tuple(waits)
        self._by_id = {e.id: e for e in self._events}
        self._chronology_made = None  # put in time order when next stepped through
        self._forget_stacking()
        self._words_version += 1
        self._disputed = frozenset(e.id for e in self._events if e.disputed)
        self.life = self._life_span()
        if self.selected_id not in self._by_id:
            self.selected_id = None
        if self.window is not None:
            self.window = self._settled(self.window)
        self._repaint_changes()  # the lines of the lanes drawn again

    def set_words(self, words: Mapping[str, str] | None) -> None:
        """Write these words beside the events (by id: titles with names replaced in privacy
        mode); None writes the titles as typed."""
        self._words = words
        self._words_version += 1
        self._repaint_changes()  # the lines of the lanes whose words changed

    def _life_span(self) -> LifeSpan | None:
        born = self.date_of_birth.anchor() if self.date_of_birth is not None else None
        # From the stacking's days (made for this change anyway): not every event again.
        return LifeSpan.around(self._stacked().extent, self.today, born=born)

    def select_event(self, event_id: str) -> bool:
        """Select an event by id and bring it on screen (after the screen added or changed it);
        False when it is not shown (a filter may hide it)."""
        target = self._by_id.get(event_id)
        if target is None:
            return False
        self._select(target)
        return True

    def waits_under_cursor(self) -> tuple[str, ...]:
        """The referrals whose waiting time is drawn where the cursor is: in its lane, in its
        column at the current zoom. None while an event is selected."""
        if self.selected_id is not None or not self._waits:
            return ()
        window = self._current_window()
        column = window.first_column + window.column_of(self.cursor.day)
        return self._arranged(window.zoom).waits_at(self.cursor.lane, column)

    @property
    def _chronology(self) -> Chronology:
        """The events in time order, for stepping: sorted when first needed after a change
        (an edit's frame does not step)."""
        if self._chronology_made is None:
            self._chronology_made = Chronology.of(self._events)
        return self._chronology_made

    @property
    def events(self) -> list[Event]:
        return list(self._events)

    @property
    def selected_event(self) -> Event | None:
        return self._by_id.get(self.selected_id) if self.selected_id is not None else None

    @property
    def label_width(self) -> int:
        """Width of the lane labels on the left."""
        return self._label_width

    @property
    def columns(self) -> int:
        """Width of the time area."""
        return max(1, self.size.width - self.label_width)

    # -- layout -------------------------------------------------------------------------

    def _current_window(self) -> Window:
        if self.window is not None:
            return self.window
        if self.life is not None:
            window = self.life.fit(self.columns)
        else:
            window = fit(self._events, self.columns, self.today, self._waits)
        if self.size.width > self.label_width:  # keep the fit only once the width is known
            self.set_reactive(TimelineView.window, window)
        return window

    def _forget_stacking(self) -> None:
        """After a change of the events or lanes: arrange (and draw) again when next shown,
        keeping the lanes the change left alone (the stacking before it is lent)."""
        self._stale_stacking = self._stacking or self._stale_stacking
        self._stacking = None
        self._arrangement_version += 1

    def _stacked(self) -> Stacking:
        """The stacking of the events shown (each level arranged when first asked for)."""
        if self._stacking is None:
            self._stacking = Stacking(
                self._events,
                self.today,
                waits=self._waits,
                hide_empty=self.hide_empty,
                previous=self._stale_stacking,
            )
            self._stale_stacking = None
        return self._stacking

    def _arranged(self, zoom: int) -> Arrangement:
        return self._stacked().at(zoom)

    def watch_hide_empty(self) -> None:
        self._forget_stacking()
        self._follow_lane()

    def watch_selected_id(self, old: str | None, new: str | None) -> None:
        if old != new:
            self.post_message(self.EventSelected(self, new))
        self._repaint_changes()

    def watch_cursor(self) -> None:
        self._repaint_changes()

    def watch_window(self) -> None:
        self._repaint_changes()

    def on_resize(self) -> None:
        """Keep the picture inside the child's life and the selected event in view."""
        if self.window is not None:
            self.window = self._settled(self.window.clamped(self.columns))
        self._follow_lane()
        self.refresh()

    # -- requests to the screen ---------------------------------------------------------

    def action_add(self) -> None:
        day = self._focus_day()
        window = self._current_window()
        exact = self.selected_id is None and self.cursor.exact
        if exact or window.level.days_per_column <= DAY_PRECISION_UP_TO:
            start = PartialDate.from_date(day)
        else:
            start = PartialDate(day.year, day.month)
        self.post_message(self.AddRequested(self, self.cursor.lane, day, start))

    def action_edit(self) -> None:
        if self.selected_id is not None:
            self.post_message(self.EditRequested(self, self.selected_id))

    def action_delete(self) -> None:
        if self.selected_id is not None:
            self.post_message(self.DeleteRequested(self, self.selected_id))

    def on_click(self, event: Click) -> None:
        """Select the event clicked, or put the cursor on the lane and day clicked."""
        frame = self.current_frame()
        column = event.x - self.label_width
        index = event.y if event.y < frame.axis_rows else event.y + self._lane_scroll
        if not 0 <= column < frame.columns or index >= frame.row_count:
            return
        hit = frame.hit(column, index)
        target = self._by_id.get(hit) if hit is not None else None
        if target is not None:
            self._select(target)
        elif (lane := frame.row(index).lane) is not None:
            self.selected_id = None
            self.cursor = Cursor(lane, frame.window.day_of(column))
