"""Each theme of the room on the case list and on a meeting page (fixed fictional data, a
fixed clock).

After a deliberate change of the look: ``pytest --snapshot-update`` and look at the new SVGs
before committing them.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from rondom_tui.store.repository import Store
from rondom_tui.ui.screens.assessment_meeting import MeetingScreen
from tests.ui.assessment_store_data import fill
from tests.ui.conftest import app_on, settle

ROOM_THEMES = ["rondom", "rondom-licht", "rondom-contrast", "rondom-beamer"]


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """The case list shows when a case last changed."""
    fixed = datetime(2026, 11, 30, 9, 15, tzinfo=UTC)
    monkeypatch.setattr("rondom_tui.store.cases.utc_now", lambda: fixed)


@pytest.mark.parametrize("theme", ROOM_THEMES)
def test_case_list_in_each_theme(snap_compare, store: Store, theme: str) -> None:  # type: ignore[no-untyped-def]
    fill(store)

    async def listed(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)

    assert snap_compare(app_on(store, theme=theme), run_before=listed, terminal_size=(100, 24))


@pytest.mark.parametrize("theme", ROOM_THEMES)
def test_meeting_page_in_each_theme(snap_compare, store: Store, theme: str) -> None:  # type: ignore[no-untyped-def]
    _, _, current = fill(store)

    async def on_key_three(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        pilot.app.push_screen(MeetingScreen(current))
        await settle(pilot)
        await pilot.press("n", "n", "down")

    assert snap_compare(
        app_on(store, theme=theme), run_before=on_key_three, terminal_size=(120, 36)
    )
