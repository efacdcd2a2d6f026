"""The Tijdlijn's part in the plan, as a part of `TimelineScreen`: `p` drafts an item that
answers the selected event (and the may-explain links whose effect it is), or the link
highlighted in the analysis panel's list, saved through the app's queue; `v` opens the plan
view for the meeting, and the line is read again when it closes.

Kept beside `timeline.py` (as `timeline_explaining.py` is) so the screen stays a room with one
purpose; the screen holds the bindings.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from textual.app import App

from rondom_tui.domain.links import Link
from rondom_tui.domain.models import Event
from rondom_tui.domain.plan.models import PlanItem
from rondom_tui.i18n import t
from rondom_tui.ui.modals.plan_form import draft_from_event, plan_item_modal
from rondom_tui.ui.screens.plan_meeting import PlanMeetingScreen
from rondom_tui.ui.screens.timeline_explaining import LINK_LIST
from rondom_tui.ui.timeline.view import TimelineView
from rondom_tui.ui.widgets.item_list import ItemList

if TYPE_CHECKING:
    from rondom_tui.ui.screens.timeline import TimelineScreen

    _Base = TimelineScreen
else:
    _Base = object


def draft_plan_item(
    app: App[Any],
    event: Event | None,
    *,
    case_id: str,
    today: date,
    tell: Callable[[str], str],
    on_saved: Callable[[], None],
    link: tuple[Link, str] | None = None,
) -> None:
    """Open the plan form for `event` (None: a blank item), or for a `link` (the link and its
    line as the panel shows it); save what it returns, then say so and call `on_saved` (the
    timeline reads its plan again and draws it)."""
    store = app.store  # type: ignore[attr-defined]
    links = store.links.for_case(case_id) if store is not None and event is not None else []
    explained_by = tuple(link.id for link in links if event and link.effect == event.id)

    def save(item: PlanItem | None) -> None:
        if item is None or store is None:
            return

        def saved(_: object) -> None:
            app.notify(t("plan.item.saved"))
            on_saved()

        app.store_call(lambda: store.plans.save(item), saved)  # type: ignore[attr-defined]

    if link is not None:
        chosen, line = link
        modal = plan_item_modal(
            None, case_id=case_id, today=today, answers=line, links=(chosen.id,)
        )
    else:
        modal = draft_from_event(
            event, case_id=case_id, today=today, tell=tell, explained_by=explained_by
        )
    app.push_screen(modal, save)


class Planning(_Base):
    """The plan's part of `TimelineScreen`: drafting an item from the line, and the meeting."""

    def action_draft_plan(self) -> None:
        """`p`: a plan item that answers the link highlighted in the analysis panel's list
        (when that list has the focus), else the selected event (a blank one without)."""
        links = self.query_one(f"#{LINK_LIST}", ItemList)
        index = links.highlighted if self.focused is links else None
        event: Event | None = None
        link: tuple[Link, str] | None = None
        if index is not None and index < len(self._links):
            link = (self._links[index], self._link_lines()[index])
        else:
            selected = self.query_one(TimelineView).selected_id
            event = next((e for e in self._all if e.id == selected), None)
        draft_plan_item(
            self.app,
            event,
            case_id=self.case_id,
            today=self.today,
            tell=self._tell,
            on_saved=self._reload,
            link=link,
        )

    def action_discuss_plan(self) -> None:
        """`v`: the plan, item by item, for the meeting with the parents."""
        self.app.push_screen(PlanMeetingScreen(self.case_id, today=self.today), self._plan_back)

    def _plan_back(self, _: object = None) -> None:
        self._reload()
