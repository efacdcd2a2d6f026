"""Snapshots of the meeting screen (a key page) and the summary screen, at a normal size and at
80x24, on fixed fictional data (no dates from today).

After a deliberate change of the look: ``pytest --snapshot-update`` and look at the new SVGs
before committing them.
"""

from __future__ import annotations

import pytest

from rondom_tui.store.repository import Store
from rondom_tui.ui.screens.assessment_meeting import MeetingScreen
from rondom_tui.ui.screens.assessment_summary import AssessmentSummaryScreen
from tests.ui.assessment_store_data import fill
from tests.ui.conftest import app_on, settle

SIZES = [(120, 36), (80, 24)]


@pytest.mark.parametrize("size", SIZES)
def test_meeting_screen_snapshot(snap_compare, store: Store, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    _, _, current = fill(store)

    async def on_key_three(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        pilot.app.push_screen(MeetingScreen(current))
        await settle(pilot)
        await pilot.press("n", "n", "down")

    assert snap_compare(app_on(store), run_before=on_key_three, terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_summary_screen_snapshot(snap_compare, store: Store, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    _, _, current = fill(store)

    async def on_summary(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        pilot.app.push_screen(AssessmentSummaryScreen(current))
        await settle(pilot)

    assert snap_compare(app_on(store), run_before=on_summary, terminal_size=size)
