"""The Tijdlijn's part in the plan: `p` drafts an item that answers the selected event (and
the may-explain links whose effect it is), or the link highlighted in the analysis panel's
list, saved through the app's queue.

Kept beside `timeline.py` so the screen stays a room with one purpose; the screen holds the
binding and hands over what is selected.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from textual.app import App

from rondom_tui.domain.links import Link
from rondom_tui.domain.models import Event
from rondom_tui.domain.plan.models import PlanItem
from rondom_tui.i18n import t
from rondom_tui.ui.modals.plan_form import draft_from_event, plan_item_modal


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
