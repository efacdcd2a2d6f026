"""The Tijdlijn in a meeting: the child's life told one event at a time, in date order.

Made for a projector, like the seven-keys meeting mode: the case by its code, the child's names
(and the names of the parties recorded in the case) masked in every text on screen
(`domain.cases.redact.hide_names`), the current event large, its neighbours on a line under it
so the room keeps its place in the story. The facilitator moves with the arrow keys; `esc`
goes back to the timeline with the event last shown selected.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import ClassVar, TypeVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Static

from rondom_tui.domain.cases.redact import masked_for_meeting
from rondom_tui.domain.dates import describe_age
from rondom_tui.domain.models import Case, Event
from rondom_tui.domain.timeline.analysis import WaitingTime
from rondom_tui.domain.timeline.grid import GLYPHS
from rondom_tui.domain.timeline.labels import category_name, lane_name, valence_name
from rondom_tui.domain.timeline.navigation import order_key
from rondom_tui.domain.timeline.words import DISPUTED_MARK, shortened, text_cells
from rondom_tui.i18n import current_language, t
from rondom_tui.ui.bindings import Translated
from rondom_tui.ui.timeline.panels import describe_dates, describe_keys
from rondom_tui.ui.widgets.app_header import AppHeader
from rondom_tui.ui.widgets.key_footer import KeyFooter

NEIGHBOURS = 2
"""Items shown on a meeting's line before and after the current one (fewer when narrow)."""
TELLING = 20
"""Cells an event on the Tijdlijn's meeting line needs for its date ("ca. aug 2022") and the
beginning of its title."""

T = TypeVar("T")


def neighbour_line(
    items: Sequence[T],
    index: int,
    width: int,
    words: Callable[[T, int], str],
    *,
    minimum: int,
    telling: int = 0,
) -> Text:
    """The items around `items[index]` on one line of `width` cells, each in the words
    `words(item, room)` gives it; the current one in brackets and reverse video (the meeting
    views of the Tijdlijn and of the plan). `telling` is the room an item needs to say more
    than its date: on a narrow screen the farthest neighbours are left out, a pair at a time,
    until each item has it (at 80 columns the Tijdlijn's line showed five dates and "…")."""
    for around in range(NEIGHBOURS, -1, -1):
        first = max(0, index - around)
        shown = items[first : index + around + 1]
        room = (width - 6 - 3 * (len(shown) - 1)) // max(1, len(shown))
        if room >= telling:
            break
    room = max(minimum, room)
    line = Text()
    for offset, item in enumerate(shown, start=first):
        text = words(item, room)
        if line:
            line.append(" ─ ", style="dim")
        if offset == index:
            line.append(f"[{text}]", style="bold reverse")
        else:
            line.append(text)
    return line


class TimelineMeetingScreen(Translated, Screen[str | None]):
    """One event at a time, large, with its neighbours; dismisses with the event last shown."""

    CSS_PATH = "timeline.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("right,space", "move(1)", "timeline.meeting.next", id="timeline_meeting.next"),
        Binding("left", "move(-1)", "timeline.meeting.previous", id="timeline_meeting.previous"),
        # Short words ("Eerste", not "Eerste gebeurtenis"): with the long ones `esc Terug`,
        # the way out of the view, had no room in the Footer at 80 columns.
        Binding("home", "edge(-1)", "timeline.meeting.first", id="timeline_meeting.first"),
        Binding("end", "edge(1)", "timeline.meeting.last", id="timeline_meeting.last"),
        Binding("escape", "back", "case.key.back", id="timeline_meeting.back"),
    ]

    def __init__(
        self,
        case: Case,
        events: Sequence[Event],
        *,
        today: date,
        start_id: str | None = None,
        waits: Mapping[str, WaitingTime] | None = None,
    ) -> None:
        super().__init__()
        self.case = case
        """The case; only its code and (masked) texts are shown."""
        self.events = sorted(events, key=order_key)
        """The events the timeline shows (its filter included), in date order."""
        self.today = today
        self.waits = dict(waits or {})
        """Measured waiting times by referral id."""
        ids = [e.id for e in self.events]
        self.index = ids.index(start_id) if start_id in ids else 0
        """The event on screen."""

    def compose(self) -> ComposeResult:
        yield AppHeader()
        with Vertical(id="meeting-page"):
            yield Static(id="meeting-case", markup=False)
            yield Static(id="meeting-title", markup=False)
            yield Static(id="meeting-facts", markup=False)
            yield Static(id="meeting-text", markup=False)
            yield Static(id="meeting-line", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self._show()

    def masked(self, text: str) -> str:
        """`text` as the room may see it: the child's names by the code, a party's by role."""
        return masked_for_meeting(text, self.case)

    @property
    def current(self) -> Event | None:
        return self.events[self.index] if self.events else None

    def _show(self) -> None:
        event, lang = self.current, current_language()
        number, count = self.index + 1, len(self.events)
        head = t("timeline.meeting.heading", code=self.case.code, number=number, count=count)
        self.query_one("#meeting-case", Static).update(head)
        if event is None:
            self.query_one("#meeting-title", Static).update(t("timeline.details.empty"))
            return
        title = self.masked(event.title) or "—"
        if event.disputed:
            title = f"{DISPUTED_MARK} {title}"
        self.query_one("#meeting-title", Static).update(f"{GLYPHS[event.valence]}  {title}")
        day = event.start.anchor()
        age = describe_age(self.case.date_of_birth, day, lang=lang)
        facts = [
            f"{describe_dates(event)} {age}".strip(),
            " · ".join(
                (
                    lane_name(event.lane, lang=lang),
                    category_name(event.category, lang=lang),
                    f"{GLYPHS[event.valence]} {valence_name(event.valence, lang=lang)}",
                )
            ),
        ]
        if event.disputed:
            facts.append(f"{DISPUTED_MARK} {t('timeline.details.disputed')}")
        wait = self.waits.get(event.id)
        if wait is not None:
            facts.append(f"{GLYPHS['wait']} {wait.text(lang=lang)}")
        self.query_one("#meeting-facts", Static).update("\n".join(facts))
        text: list[str] = []
        if event.source:
            text.append(f"{t('timeline.details.source')}: {self.masked(event.source)}")
        if event.keys:
            text.append(f"{t('timeline.details.keys')}: {describe_keys(event.keys)}")
        if event.note.strip():
            text.append(self.masked(event.note.strip()))
        self.query_one("#meeting-text", Static).update("\n".join(text))
        self.query_one("#meeting-line", Static).update(self._line())

    def _line(self) -> Text:
        """The neighbours before and after the current event, each with its date and a short
        title; the current one in brackets and reverse video."""

        def words(event: Event, room: int) -> str:
            day = event.start.display(current_language())
            cells = shortened(text_cells(self.masked(event.title)), room - len(day) - 3, 1)
            return f"{day} {''.join(cells or ['…'])}"

        return neighbour_line(
            self.events, self.index, self.size.width, words, minimum=12, telling=TELLING
        )

    def on_resize(self) -> None:
        if self.is_mounted and self.events:
            self.query_one("#meeting-line", Static).update(self._line())

    def action_move(self, step: int) -> None:
        """The next or previous event in date order."""
        target = min(max(self.index + step, 0), max(0, len(self.events) - 1))
        if target != self.index:
            self.index = target
            self._show()

    def action_edge(self, direction: int) -> None:
        self.index = max(0, len(self.events) - 1) if direction > 0 else 0
        self._show()

    def action_back(self) -> None:
        event = self.current
        self.dismiss(event.id if event is not None else None)
