"""What came before (`b` on the Tijdlijn): the months before the selected event on the line and
as a list, another span with `w`, back with `esc`; on the fictional story of timeline_data."""

from __future__ import annotations

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Event, Lane
from rondom_tui.store.repository import Store
from rondom_tui.ui.screens.timeline import TimelineScreen
from rondom_tui.ui.screens.timeline_before import BeforeScreen
from rondom_tui.ui.timeline.look_back import LookBackView
from rondom_tui.ui.timeline.view import TimelineView
from tests.ui.conftest import app_on, settle
from tests.ui.screen_text import static_text
from tests.ui.timeline_data import CODE, TODAY, store_with_timeline

SIZE = (120, 40)
FIGHT = "event-08"
"""Ruzie op het schoolplein, 12-10-2023: the trouble at school."""


async def look_before(pilot, case_id: str) -> BeforeScreen:  # type: ignore[no-untyped-def]
    await pilot.app.push_screen(TimelineScreen(case_id, today=TODAY))
    await settle(pilot)
    assert pilot.app.screen.query_one(TimelineView).select_event(FIGHT)
    await pilot.press("b")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, BeforeScreen)
    return screen


async def test_b_lists_and_draws_the_six_months_before_the_selected_event(store: Store) -> None:
    case = store_with_timeline(store)
    async with app_on(store).run_test(size=SIZE) as pilot:
        screen = await look_before(pilot, case.id)
        heading = static_text(screen.query_one("#before-heading"))
        assert CODE in heading and "6 maanden vóór Ruzie op het schoolplein" in heading
        listed = static_text(screen.query_one("#before-list"))
        assert "Onrust in de klas" in listed and "Schulden" in listed
        assert "Overstap naar een nieuwe school" not in listed  # January: eight months before
        assert "Gesprek ouders" not in listed  # after the fight
        view = screen.query_one(LookBackView)
        assert {e.id for e in view.events} == {"event-06", "event-07", FIGHT}
        assert view.selected_id == FIGHT
        window = view.window
        assert window is not None
        assert window.first_day <= screen.found[0].event.start.anchor()
        pressed = {b.binding.action for b in screen.active_bindings.values()}
        assert not pressed & {"add", "edit", "delete"}  # a look back only shows


async def test_w_looks_further_back_and_esc_returns_with_the_event_selected(store: Store) -> None:
    case = store_with_timeline(store)
    async with app_on(store).run_test(size=SIZE) as pilot:
        screen = await look_before(pilot, case.id)
        await pilot.press("w")
        await settle(pilot)
        assert screen.months == 12
        listed = static_text(screen.query_one("#before-list"))
        assert "Overstap naar een nieuwe school" in listed
        assert "12 maanden vóór" in static_text(screen.query_one("#before-heading"))
        view = screen.query_one(LookBackView)
        assert "event-05" in {e.id for e in view.events} and view.selected_id == FIGHT
        await pilot.press("w", "w", "w")
        assert screen.months == 6
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(pilot.app.screen, TimelineScreen)
        assert pilot.app.screen.query_one(TimelineView).selected_id == FIGHT


async def test_b_without_a_selected_event_says_what_to_do(store: Store) -> None:
    case = store_with_timeline(store)
    async with app_on(store).run_test(size=SIZE) as pilot:
        await pilot.app.push_screen(TimelineScreen(case.id, today=TODAY))
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(pilot.app.screen, TimelineScreen)


async def test_a_month_that_holds_the_anchor_day_is_listed_as_unsure(store: Store) -> None:
    case = store_with_timeline(store)
    october = Event(
        case_id=case.id, lane=Lane.GEZIN, title="Opa ernstig ziek", start=PartialDate(2023, 10)
    )
    store.events.add(october)
    async with app_on(store).run_test(size=SIZE) as pilot:
        screen = await look_before(pilot, case.id)
        lines = static_text(screen.query_one("#before-list")).splitlines()
        assert any("≈ okt 2023" in line and "Opa ernstig ziek" in line for line in lines)
        assert not any("≈" in line and "Onrust in de klas" in line for line in lines)
        assert any("volgorde onzeker" in line for line in lines)
