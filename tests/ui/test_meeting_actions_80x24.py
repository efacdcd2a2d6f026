"""Meeting mode at 80x24 shows the page's actions: the page scrolls to an action just added,
says when more lies below (in words, not by the scrollbar's colour), and `pgdn`/`pgup` scroll
it by keyboard."""

from __future__ import annotations

from datetime import date

from textual.pilot import Pilot

from rondom_tui.domain.assessment import flow as flow
from rondom_tui.domain.models import Assessment
from rondom_tui.store.repository import Store
from rondom_tui.ui.screens.assessment_meeting import MeetingScreen
from rondom_tui.ui.widgets.key_page import KeyPage
from tests.conftest import secret_case
from tests.ui.assessment_store_data import current
from tests.ui.conftest import app_on, settle, type_text
from tests.ui.screen_text import screen_text

ACTIONS = 7


def _crowded(store: Store) -> Assessment:
    """Keys 1 and 2 with a note and seven actions: more than 80x24 has room for."""
    case = store.cases.add(secret_case(code="K-7F3A"))
    assessment = current(case)
    for key in (1, 2):
        assessment = flow.set_note(assessment, key, "Xqnotitie bij deze sleutel.")
        for number in range(ACTIONS):
            assessment = flow.add_action(
                assessment, key, f"Xqactie {number}", owner="ouder", due=date(2026, 5, 1)
            )
    return store.assessments.save(assessment)


async def _on_screen(pilot: Pilot[object]) -> str:
    await settle(pilot)
    for _ in range(3):
        await pilot.pause()
    return screen_text(pilot.app)


async def test_an_action_added_at_80x24_is_scrolled_into_view(store: Store) -> None:
    draft = _crowded(store)
    async with app_on(store).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        pilot.app.push_screen(MeetingScreen(draft))
        text = await _on_screen(pilot)
        assert "Investeren in relaties" in text  # the page opens at its title
        assert f"Xqactie {ACTIONS - 1}" not in text
        assert "▼ pgdn" in text  # more below, said in words
        await pilot.press("a")
        await type_text(pilot, "Xqnieuwste actie")
        await pilot.press("ctrl+s")
        text = await _on_screen(pilot)
        assert isinstance(pilot.app.screen, MeetingScreen)
        assert "○ Xqnieuwste actie" in text
        assert "▼ pgdn" not in text  # scrolled to the end: nothing more below
        assert "K-7F3A  ·  sleutel 1 van 7" in text  # the status line stays in view


async def test_pgdn_shows_the_last_action_and_a_new_page_starts_at_its_title(
    store: Store,
) -> None:
    draft = _crowded(store)
    async with app_on(store).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        pilot.app.push_screen(MeetingScreen(draft))
        await _on_screen(pilot)
        for _ in range(3):
            await pilot.press("pagedown")
        text = await _on_screen(pilot)
        assert f"○ Xqactie {ACTIONS - 1}" in text
        assert "▼ pgdn" not in text
        await pilot.press("pageup", "pageup", "pageup")
        assert "Investeren in relaties" in await _on_screen(pilot)
        await pilot.press("pagedown", "pagedown", "pagedown", "n")
        text = await _on_screen(pilot)
        assert "Kind centraal" in text  # key 2, from its top
        assert pilot.app.screen.query_one(KeyPage).scroll_y == 0
