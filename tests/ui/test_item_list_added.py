"""An item added to a list in a form is highlighted and brought into view, also when the list
lies at the bottom of an 80x24 screen (found by the meeting story in tmux: the setup form's
fourth participant was added below the screen, out of sight)."""

from __future__ import annotations

from datetime import date

from rondom_tui.domain.models import Participant
from rondom_tui.store.repository import Store
from rondom_tui.ui.assessment_subject import case_subject
from rondom_tui.ui.screens.assessment_setup import AssessmentSetupScreen
from rondom_tui.ui.widgets.item_list import ItemList
from tests.conftest import secret_case
from tests.ui.conftest import app_on, settle, type_text
from tests.ui.screen_text import screen_text


async def test_a_participant_added_at_80x24_is_in_view_and_highlighted(store: Store) -> None:
    case = store.cases.add(secret_case())
    async with app_on(store).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = AssessmentSetupScreen(
            case_subject(store, case.id),
            participants=[Participant(role="ouder")],  # as the case's parties give it
            today=date(2026, 3, 14),
        )
        await pilot.app.push_screen(screen)
        await settle(pilot)
        people = screen.query_one(ItemList)
        people.focus()
        for role in ("Xqleerkracht", "Xqbegeleider", "Xqjeugdhulp"):
            await pilot.press("a")
            await settle(pilot)
            await type_text(pilot, role)
            await pilot.press("ctrl+s")
            await settle(pilot)
        await pilot.pause()
        assert "Xqjeugdhulp" in screen_text(pilot.app)
        assert (people.option_count, people.highlighted) == (4, 3)
