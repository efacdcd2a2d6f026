"""A fictional caseload for the review screen's tests and snapshots: the standard demo on a
fixed day (60 cases over six schools)."""

from __future__ import annotations

from textual.pilot import Pilot

from rondom_tui.ui.screens.review import ReviewScreen
from tests.review_store import REVIEW_DAY as TODAY
from tests.review_store import store_with_caseload
from tests.ui.conftest import settle

__all__ = ["TODAY", "counted", "open_review", "store_with_caseload"]


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
