"""A fictional caseload for the review screen's tests and snapshots: the standard demo on a
fixed day (60 cases over six schools)."""

from __future__ import annotations

from datetime import date

from textual.pilot import Pilot

from rondom_tui.domain.demo import standard_demo
from rondom_tui.store.repository import Store
from rondom_tui.ui.screens.review import ReviewScreen
from tests.ui.conftest import settle

TODAY = date(2026, 3, 2)


def store_with_caseload(store: Store) -> Store:
    cases, events, assessments = standard_demo(TODAY)
    with store.batch():
        store.cases.add_many(cases, audit=False)
        store.events.add_many(events, audit=False)
        for item in assessments:
            store.assessments.save(item)
    return store


async def open_review(pilot: Pilot[object]) -> ReviewScreen:
    """The review screen on the fixed day, counted."""
    screen = ReviewScreen(today=TODAY)
    await pilot.app.push_screen(screen)
    await counted(pilot, screen)
    return screen


async def counted(pilot: Pilot[object], screen: ReviewScreen) -> None:
    """Wait until the screen shows what it counted (the save queue answers in a worker)."""
    for _ in range(100):
        await settle(pilot)
        if screen.overview is not None and "…" not in str(
            screen.query_one("#review-status").render()
        ):
            return
        await pilot.pause(0.05)
    raise AssertionError("the review was not counted")
