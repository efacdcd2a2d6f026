"""A wrong value is brought to the user at 80x24: its field gets focus with the text selected
(typing replaces it), and the field and the error next to it are scrolled into view."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Label

from rondom_tui.store.repository import Store
from rondom_tui.ui.modals.assessment_parts import action_modal
from rondom_tui.ui.modals.timeline_export import TimelineExportModal
from tests.ui.conftest import app_on, settle, type_text
from tests.ui.screen_text import screen_text
from tests.ui.test_timeline_screen import open_timeline
from tests.ui.timeline_data import store_with_timeline


@pytest.mark.parametrize("size", [(80, 24), (200, 50)])  # one column, and two
async def test_a_bad_due_date_is_shown_selected_and_replaced_by_typing(
    store: Store, size: tuple[int, int]
) -> None:
    async with app_on(store).run_test(size=size) as pilot:
        await settle(pilot)
        pilot.app.push_screen(action_modal(3))
        await pilot.pause()
        modal = pilot.app.screen
        modal.query_one("#field-text", Input).value = "Elke week bellen"
        due = modal.query_one("#field-due", Input)
        due.focus()
        await pilot.pause()
        await type_text(pilot, "31-11-2026")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert pilot.app.screen is modal  # not saved
        assert pilot.app.focused is due and due.selected_text == "31-11-2026"
        error = modal.query_one("#error-due", Label)
        assert error.display and "Die dag bestaat niet" in screen_text(pilot.app)
        await pilot.pause()
        assert error.region.y == due.region.bottom  # right under its own field
        await pilot.press(*"15-10-2026")  # real key presses: they replace the selection
        assert due.value == "15-10-2026"


async def test_an_export_path_in_a_missing_folder_is_selected_for_retyping(
    store: Store, tmp_path: Path
) -> None:
    case = store_with_timeline(store)
    wrong = str(tmp_path / "bestaat-niet" / "tijdlijn.svg")
    async with app_on(store).run_test(size=(80, 24)) as pilot:
        await open_timeline(pilot, case.id)
        await pilot.press("x")
        await pilot.pause()
        modal = pilot.app.screen
        assert isinstance(modal, TimelineExportModal)
        path = modal.query_one("#field-path", Input)
        path.focus()
        await pilot.pause()
        path.value = ""
        await type_text(pilot, wrong)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert pilot.app.screen is modal
        assert pilot.app.focused is path and path.selected_text == wrong
        assert "bestaat niet" in screen_text(pilot.app)
        await pilot.press(*"/tmp/t.svg")
        assert path.value == "/tmp/t.svg"
