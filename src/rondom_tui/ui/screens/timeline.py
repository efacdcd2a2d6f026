"""De Tijdlijn of one case: the child's life on one time axis, with the selected event in words
under it and, on `s`, the analysis (counts, clusters of hindering events, waiting times, the
"may explain" links of `k`); `b` looks at what came before an event (both in
`timeline_explaining.py`); `p` drafts a plan item and `v` discusses the plan
(`timeline_plan.py`); `x` exports the picture (`timeline_exporting.py`).

The screen orchestrates: `TimelineView` paints and moves and asks; the dialogs edit, filter
and ask where to export; every change and every export file goes through the app's save queue.
The heading always says which filter is on, so nobody takes a partial picture for the whole.
In privacy mode the child is named by code, and known names in titles and notes are replaced.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import partial
from typing import ClassVar

from rich.cells import cell_len
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Label

from rondom_tui.domain.dates import describe_age
from rondom_tui.domain.links import Link
from rondom_tui.domain.models import AuditAction, Case, Event
from rondom_tui.domain.plan.models import PlanItem
from rondom_tui.domain.timeline.analysis import (
    TimelineFilter,
    WaitingTime,
    longest_waits,
    summarise,
    waiting_times,
    waits_to_draw,
)
from rondom_tui.domain.timeline.grid import ZOOM_LEVELS
from rondom_tui.domain.timeline.layout import WaitSpan
from rondom_tui.domain.timeline.planned import planned_spans
from rondom_tui.i18n import current_language, t
from rondom_tui.report.timeline import redact
from rondom_tui.store.errors import NotFound
from rondom_tui.ui.bindings import Translated
from rondom_tui.ui.modals.confirm import ConfirmModal
from rondom_tui.ui.modals.event_form import event_modal
from rondom_tui.ui.modals.timeline_filter import filter_modal
from rondom_tui.ui.privacy import follow_privacy, toggle_privacy
from rondom_tui.ui.screens.timeline_explaining import LINK_LIST, Explaining
from rondom_tui.ui.screens.timeline_exporting import Exporting
from rondom_tui.ui.screens.timeline_meeting import TimelineMeetingScreen
from rondom_tui.ui.screens.timeline_plan import Planning
from rondom_tui.ui.timeline.panels import EventDetails, TimelineLegend, TimelineSummary
from rondom_tui.ui.timeline.view import TimelineView
from rondom_tui.ui.widgets.app_header import AppHeader
from rondom_tui.ui.widgets.item_list import ItemList
from rondom_tui.ui.widgets.key_footer import KeyFooter


class TimelineScreen(Planning, Explaining, Exporting, Translated, Screen[None]):
    """One case's events on a time axis; add, edit, delete, filter, analyse, export."""

    CSS_PATH = "timeline.tcss"
    VERTICAL_BREAKPOINTS: ClassVar[list[tuple[int, str]] | None] = [(0, "-short"), (32, "-tall")]
    """A terminal of 32 rows or more gives the details panel room for an event's source and
    note after its "may explain" links (`timeline.tcss`)."""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f", "filter", "timeline.key.filter", id="timeline.filter"),
        Binding("c", "clear_filter", "timeline.key.clear_filter", id="timeline.clear_filter"),
        Binding("s", "toggle_summary", "timeline.key.summary", id="timeline.summary"),
        Binding("x", "export", "timeline.key.export", id="timeline.export"),
        Binding("m", "meeting", "timeline.key.present", id="timeline.meeting"),
        Binding("b", "before", "timeline.key.before", show=False, id="timeline.before"),
        Binding("k", "link", "timeline.key.link", show=False, id="timeline.link"),
        Binding("l", "toggle_legend", "timeline.key.legend", id="timeline.legend"),
        Binding("p", "draft_plan", "plan.key.draft", show=False, id="timeline.plan"),
        Binding("v", "discuss_plan", "plan.key.view", show=False, id="timeline.plan_meeting"),
        Binding("P", "toggle_privacy", "caselist.key.privacy", show=False, id="timeline.privacy"),
        Binding("escape,backspace", "back", "case.key.back", id="timeline.back"),
    ]

    privacy: reactive[bool] = reactive(False)
    """The child by code, known names replaced, no sources: the app's privacy mode."""

    def __init__(self, case_id: str, *, today: date | None = None) -> None:
        super().__init__()
        self.case_id = case_id
        """The case whose timeline is shown."""
        self.today = today or date.today()
        """Today's marker and the end of ongoing periods; fixed in tests."""
        self.case: Case | None = None
        """The case, read when the screen is made and after every change."""
        self.filter = TimelineFilter()
        """What the timeline shows; the heading describes it."""
        self._all: list[Event] = []
        self._shown: list[Event] = []
        """`_all` through the filter: what the view shows."""
        self._waits: dict[str, WaitingTime] = {}
        """Measured waiting times by referral id, over all events."""
        self._links: list[Link] = []
        """The case's "may explain" links, oldest first (numbered so on the line)."""
        self._plan: list[PlanItem] = []
        """The case's plan: its periods and evaluations are drawn on the line."""

    # -- building -----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        self._read()
        yield AppHeader()
        with Vertical(id="timeline-heading"):
            yield Label(id="timeline-case", classes="timeline-case", markup=False)
            yield Label(id="timeline-filter", markup=False)
            yield Label(id="timeline-zoom", markup=False)
        yield TimelineView(
            self._shown,
            waits=self._shown_waits(),
            today=self.today,
            date_of_birth=self.case.date_of_birth if self.case else None,
            id="timeline",
        )
        yield TimelineLegend(id="timeline-legend")
        yield EventDetails(id="timeline-details")
        with VerticalScroll(id="timeline-summary-box"):
            yield TimelineSummary(id="timeline-summary")
            yield Label(t("links.heading"), classes="links-heading", markup=False)
            yield Label(t("links.panel_hint"), classes="links-hint", markup=False)
            yield ItemList("links", id=LINK_LIST)
        yield KeyFooter()

    def on_mount(self) -> None:
        follow_privacy(self)
        self.query_one("#timeline-summary-box").display = False
        self.query_one("#timeline-legend").display = False
        view = self.query_one(TimelineView)
        self.watch(view, "window", self._show_heading, init=False)
        self.watch(view, "window", self._show_details, init=False)
        self.watch(view, "cursor", self._show_details, init=False)
        self.watch(view, "selected_id", self._show_details, init=False)
        store = self.app.store
        if store is not None:
            case_id = self.case_id
            self.app.store_call(lambda: store.audit.record(AuditAction.VIEW, case_id))
        self._show_all()
        view.focus()
        # The view fits its window to the case once it knows its width, after the first
        # layout; only then can the heading name the zoom level.
        self.call_after_refresh(self._show_heading)

    def _read(self) -> bool:
        """Read the case and its events again; False (and back) when the case is gone."""
        store = self.app.store
        if store is None:
            return False
        try:
            self.case = store.cases.get(self.case_id)
        except NotFound:
            self.app.pop_screen()
            return False
        self._all = store.events.for_case(self.case_id)
        self._links = store.links.for_case(self.case_id)
        self._shown = self.filter.apply(self._all)
        self._waits = {w.referral_id: w for w in waiting_times(self._all, self.today)}
        self._plan = store.plans.for_case(self.case_id)
        return True

    def _shown_waits(self) -> list[WaitSpan]:
        """The spans drawn beside the events: the waiting times whose referral is shown,
        except one the case already shows as a waiting event (`waits_to_draw`), and the plan's
        periods and evaluations."""
        shown = {e.id for e in self._shown}
        waits = [w for w in self._waits.values() if w.referral_id in shown]
        drawn = [w.span for w in waits_to_draw(waits, self._all, self.today)]
        return drawn + planned_spans(self._plan, {e.id: e for e in self._all}, self.today)

    def _filter_text(self) -> str:
        """The heading's line: all events, or the filter and how many it hides."""
        return self.filter.describe(len(self._shown), len(self._all), lang=current_language())

    def _reload(self, select: str | None = None) -> None:
        """After a change: read again, show the filtered events, select `select` if shown."""
        if not self._read():
            return
        view = self.query_one(TimelineView)
        view.set_events(self._shown, self._shown_waits())
        if select is not None and not view.select_event(select):
            self.notify(t("timeline.outside_filter"), severity="warning")
        self._show_all()

    # -- presenting ---------------------------------------------------------------------

    def _tell(self, text: str) -> str:
        """Free text as it may be shown now: names replaced in privacy mode."""
        if self.privacy and self.case is not None:
            return redact(text, self.case)
        return text

    def _show_all(self) -> None:
        words = {e.id: self._tell(e.title) for e in self._shown}
        self.query_one(TimelineView).set_words(self._marked(words))
        self._show_heading()
        self._show_details()
        self._show_summary()

    def _show_heading(self) -> None:
        case = self.case
        if case is None:
            return
        parts = [case.code]
        if self.privacy:
            parts.append(t("timeline.heading.privacy"))
        else:
            age = describe_age(case.date_of_birth, self.today, lang=current_language())
            parts += [f"{case.full_name} {age}".strip()]
        parts.append(t("plan.heading.key", n=len(self._plan)))  # the key, and how many items
        self.query_one("#timeline-case", Label).update(" · ".join(parts))
        window = self.query_one(TimelineView).window
        zoom = t(ZOOM_LEVELS[window.zoom].name_id) if window is not None else ""
        line = self.query_one("#timeline-filter", Label)  # what is shown, and at what scale
        line.update(" · ".join(p for p in (self._filter_text(), zoom) if p))
        line.set_class(self.filter.active, "filtered")
        self.query_one("#timeline-zoom", Label).update(self._keys_line())

    def _keys_line(self) -> str:
        """The keys the Footer may have no room for, on one line: with the arrows where the
        screen is wide enough (the heading's padding takes two columns), else without."""
        wide = t("timeline.heading.keys")
        return wide if cell_len(wide) <= self.size.width - 2 else t("timeline.heading.keys_narrow")

    def on_resize(self) -> None:
        self._show_heading()

    def _show_details(self) -> None:
        view = self.query_one(TimelineView)
        details = self.query_one(EventDetails)
        event = view.selected_event
        if event is None:
            waits = [self._waits[referral] for referral in view.waits_under_cursor()]
            details.show_cursor(
                view.cursor.lane,
                view.cursor.day,
                has_events=bool(self._all),
                waits=waits,
                titles=self._referral_titles(waits),
            )
            return
        wait = self._waits.get(event.id)
        details.show_event(
            event,
            tell=self._tell,
            wait=wait,
            show_source=not self.privacy,
            links=self._details_links(event.id),
        )

    def _show_summary(self) -> None:
        box = self.query_one("#timeline-summary-box")
        if not box.display:
            return
        self._show_links()
        waits = longest_waits(self._waits.values())
        self.query_one(TimelineSummary).show_summary(
            summarise(self._shown, self.today),
            waits,
            titles=self._referral_titles(waits),
            filter_text=self._filter_text() if self.filter.active else "",
            waits_over_all=self.filter.active,
        )

    def _referral_titles(self, waits: Iterable[WaitingTime]) -> dict[str, str]:
        """The titles of the referrals of `waits`, as they may be shown now."""
        ids = {w.referral_id for w in waits}
        return {e.id: self._tell(e.title) for e in self._all if e.id in ids}

    # -- the timeline's requests --------------------------------------------------------

    @on(TimelineView.AddRequested, "#timeline")
    def _add(self, request: TimelineView.AddRequested) -> None:
        modal = event_modal(
            None, case_id=self.case_id, today=self.today, lane=request.lane, start=request.start
        )
        self.app.push_screen(modal, partial(self._save, new=True))

    @on(TimelineView.EditRequested, "#timeline")
    def _edit(self, request: TimelineView.EditRequested) -> None:
        store = self.app.store
        if store is None:
            return
        try:
            event = store.events.get(request.event_id)
        except NotFound:
            self._reload()
            return
        modal = event_modal(event, case_id=self.case_id, today=self.today)
        self.app.push_screen(modal, partial(self._save, new=False))

    def _save(self, event: Event | None, *, new: bool) -> None:
        store = self.app.store
        if event is None or store is None:
            return
        job = (lambda: store.events.add(event)) if new else (lambda: store.events.update(event))
        self.app.store_call(job, lambda saved: self._reload(select=saved.id))

    @on(TimelineView.DeleteRequested, "#timeline")
    def _delete(self, request: TimelineView.DeleteRequested) -> None:
        store = self.app.store
        event = next((e for e in self._all if e.id == request.event_id), None)
        if store is None or event is None:
            return

        def deleted(_: object) -> None:
            self.notify(t("timeline.deleted"))
            self._reload()

        def answer(yes: bool | None) -> None:
            if yes:
                self.app.store_call(lambda: store.events.delete(event.id), deleted)

        question = t("timeline.delete_question", title=self._tell(event.title))
        self.app.push_screen(ConfirmModal(question, detail=self._delete_detail(event.id)), answer)

    # -- keys ---------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_filter":
            return self.filter.active
        return True

    def action_filter(self) -> None:
        self.app.push_screen(filter_modal(self.filter), self._filter_chosen)

    def _filter_chosen(self, chosen: TimelineFilter | None) -> None:
        if chosen is not None:
            self.apply_filter(chosen)

    def action_clear_filter(self) -> None:
        self.apply_filter(TimelineFilter())

    def apply_filter(self, chosen: TimelineFilter) -> None:
        """Show only the events `chosen` lets through, and say so in the heading."""
        self.filter = chosen
        self._shown = chosen.apply(self._all)
        self.query_one(TimelineView).set_events(self._shown, self._shown_waits())
        self._show_all()
        self.refresh_bindings()

    def action_toggle_summary(self) -> None:
        box = self.query_one("#timeline-summary-box")
        box.display = not box.display
        self.query_one(EventDetails).display = not box.display
        self._show_summary()

    def action_toggle_legend(self) -> None:
        legend = self.query_one("#timeline-legend")
        legend.display = not legend.display

    def action_meeting(self) -> None:
        """The events on screen one at a time, for the meeting room; back on the last shown."""
        if self.case is None:
            return
        view = self.query_one(TimelineView)
        screen = TimelineMeetingScreen(
            self.case, self._shown, today=self.today, start_id=view.selected_id, waits=self._waits
        )
        self.app.push_screen(screen, self._back_from_meeting)

    def _back_from_meeting(self, event_id: str | None) -> None:
        if event_id is not None:
            self.query_one(TimelineView).select_event(event_id)

    def action_toggle_privacy(self) -> None:
        toggle_privacy(self.app)

    def watch_privacy(self) -> None:
        if self.is_mounted:
            self._show_all()

    def action_back(self) -> None:
        self.app.pop_screen()
