"""The Tijdlijn screen: opening it, moving through events, adding, editing, deleting, filtering
and the analysis panel, on a fictional case and a fixed today."""

from __future__ import annotations

import pytest
from textual.widgets import Checkbox, Input, Label, Select, SelectionList
from textual.widgets._footer import FooterKey

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import AuditAction, Category, Event, Lane
from rondom_tui.i18n import set_language
from rondom_tui.store.repository import Store
from rondom_tui.ui.modals.confirm import ConfirmModal
from rondom_tui.ui.modals.form import FormModal
from rondom_tui.ui.screens.case_list import CaseListScreen
from rondom_tui.ui.screens.case_view import CaseScreen
from rondom_tui.ui.screens.timeline import TimelineScreen
from rondom_tui.ui.timeline.view import TimelineView
from rondom_tui.ui.widgets.key_footer import KeyFooter
from tests.conftest import SECRET_FAMILY, SECRET_NAME
from tests.ui.conftest import app_on, settle, type_text
from tests.ui.timeline_data import CODE, NAMED_EVENT, TODAY, store_with_timeline

SIZE = (120, 40)


def shown(app, selector: str) -> str:  # type: ignore[no-untyped-def]
    """The text a widget shows now, line by line."""
    widget = app.screen.query_one(selector)
    return "\n".join(strip.text for strip in widget.render_lines(widget.region.reset_offset))


async def open_timeline(pilot, case_id: str) -> TimelineView:  # type: ignore[no-untyped-def]
    await pilot.app.push_screen(TimelineScreen(case_id, today=TODAY))
    await settle(pilot)
    return pilot.app.screen.query_one(TimelineView)


async def test_t_opens_the_timeline_from_the_case_list_and_from_the_case(store: Store) -> None:
    case = store_with_timeline(store)
    async with app_on(store).run_test(size=SIZE) as pilot:
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(pilot.app.screen, TimelineScreen)
        assert pilot.app.screen.case_id == case.id
        heading = shown(pilot.app, "#timeline-case")
        assert CODE in heading and SECRET_NAME in heading
        assert "Alle gebeurtenissen (22)" in shown(pilot.app, "#timeline-filter")
        await pilot.press("escape", "enter", "t")
        await settle(pilot)
        assert isinstance(pilot.app.screen, TimelineScreen)
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, CaseScreen)
    assert [e.action for e in store.audit.entries(case.id)].count(AuditAction.VIEW) >= 3


async def test_moving_through_events_shows_each_in_the_details_panel(store: Store) -> None:
    case = store_with_timeline(store)
    async with app_on(store).run_test(size=SIZE) as pilot:
        view = await open_timeline(pilot, case.id)
        assert "Geen gebeurtenis gekozen · Kind, 02-03-2026" in shown(
            pilot.app, "#timeline-details"
        )
        await pilot.press("home")
        assert view.selected_id == "event-00"
        assert "Geboorte" in shown(pilot.app, "#timeline-details")
        await pilot.press("right")
        details = shown(pilot.app, "#timeline-details")
        assert "Taalachterstand gesignaleerd op consultatiebureau" in details
        assert "jan 2020" in details  # a month, not an uncertain date: no "datum onzeker"
        assert "onzeker" not in details
        assert "- belemmerend" in details and "Observatie · Kind" in details
        assert "2 Kind centraal in (gezins)context" in details
        assert "Bron: consultatiebureau" in details
        await pilot.press("end")
        assert view.selected_id == NAMED_EVENT
        await pilot.press("left", "down")
        assert view.cursor.lane is Lane.JEUGDHULP
        zoom = view.window.zoom if view.window else None
        await pilot.press("plus")
        assert view.window is not None and view.window.zoom == (zoom or 0) - 1
        assert "per kolom" in shown(pilot.app, "#timeline-filter")


async def test_details_show_a_dispute_a_waiting_time_and_an_ongoing_period(store: Store) -> None:
    case = store_with_timeline(store)
    async with app_on(store).run_test(size=SIZE) as pilot:
        view = await open_timeline(pilot, case.id)
        view.select_event("event-08")
        await pilot.pause()
        details = shown(pilot.app, "#timeline-details")
        assert "Ruzie op het schoolplein" in details and "⚠ betwist" in details
        assert "Notitie: Ouders zien het incident anders dan school." in details
        view.select_event("event-10")
        await pilot.pause()
        assert "wachttijd 13 weken" in shown(pilot.app, "#timeline-details")
        view.select_event("event-20")
        await pilot.pause()
        assert "11-08-2025 – loopt nog >" in shown(pilot.app, "#timeline-details")


async def test_a_waiting_time_is_drawn_in_its_lane_and_told_under_the_cursor(
    store: Store,
) -> None:
    case = store_with_timeline(store)
    # The demo's own "Wachtlijst" event covers the same weeks: without it the measured wait
    # is drawn (with it, it is not drawn twice: the next test).
    store.events.delete(waiting_event(store, case.id).id)
    async with app_on(store).run_test(size=SIZE) as pilot:
        view = await open_timeline(pilot, case.id)
        lines = [view.render_line(y).text for y in range(view.size.height)]
        [(y, line)] = [(y, line) for y, line in enumerate(lines) if "┄┄" in line]
        middle = (line.index("┄") + line.rindex("┄")) // 2
        await pilot.click(TimelineView, offset=(middle, y))
        await pilot.pause()
        assert view.selected_id is None and view.cursor.lane is Lane.JEUGDHULP
        details = shown(pilot.app, "#timeline-details")
        assert "┄ wachttijd 13 weken" in details
        assert "Aanmelding bij het wijkteam" in details and "11-12-2023" in details
        await pilot.press("t")
        assert "wachttijd" not in shown(pilot.app, "#timeline-details")


def waiting_event(store: Store, case_id: str) -> Event:
    return next(e for e in store.events.for_case(case_id) if e.category is Category.WAITING)


async def test_a_waiting_event_and_the_measured_wait_are_not_drawn_as_two_waits(
    store: Store,
) -> None:
    case = store_with_timeline(store)
    waiting = waiting_event(store, case.id)
    async with app_on(store).run_test(size=SIZE) as pilot:
        view = await open_timeline(pilot, case.id)
        lines = [view.render_line(y).text for y in range(view.size.height)]
        assert not any("┄" in line for line in lines)
        assert waiting.id in view.current_frame().extents
        assert "Wachtlijst ambulante hulp" in "".join(lines)


async def test_privacy_mode_shows_the_code_and_replaces_names(store: Store) -> None:
    case = store_with_timeline(store)
    async with app_on(store).run_test(size=SIZE) as pilot:
        view = await open_timeline(pilot, case.id)
        view.select_event(NAMED_EVENT)
        await pilot.press("P")
        visible = shown(pilot.app, "#timeline-case") + shown(pilot.app, "#timeline-details")
        assert CODE in visible
        assert SECRET_NAME not in visible and SECRET_FAMILY not in visible
        assert "verborgen in privacymodus" in visible
        await pilot.press("P")
        assert SECRET_NAME in shown(pilot.app, "#timeline-details")


async def test_a_adds_an_event_at_the_cursor_lane_and_day(store: Store) -> None:
    case = store_with_timeline(store)
    async with app_on(store).run_test(size=SIZE) as pilot:
        view = await open_timeline(pilot, case.id)
        await pilot.press("down", "t", "a")
        modal = pilot.app.screen
        assert isinstance(modal, FormModal)
        assert modal.query_one("#field-lane", Select).value == Lane.GEZIN.value
        assert modal.query_one("#field-start", Input).value == "02-03-2026"
        await type_text(pilot, "Oma komt bij het gezin wonen")
        modal.query_one("#field-valence", Select).value = 1
        modal.query_one("#field-keys", SelectionList).select(2)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, TimelineScreen)
        [added] = [e for e in store.events.for_case(case.id) if e.title.startswith("Oma")]
        assert (added.lane, added.start, added.valence, added.keys) == (
            Lane.GEZIN,
            PartialDate(2026, 3, 2),
            1,
            [2],
        )
        assert view.selected_id == added.id
        assert "Oma komt bij het gezin wonen" in shown(pilot.app, "#timeline-details")
        assert "(23)" in shown(pilot.app, "#timeline-filter")


async def test_edit_refuses_a_wrong_date_next_to_the_field_and_saves_nothing(store: Store) -> None:
    case = store_with_timeline(store)
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_timeline(pilot, case.id)
        await pilot.press("home", "right", "enter")
        modal = pilot.app.screen
        assert isinstance(modal, FormModal)
        assert modal.query_one("#field-start", Input).value == "01-2020"
        saves = store.saves
        modal.query_one("#field-start", Input).value = "31-02-2020"
        await pilot.press("ctrl+s")
        assert pilot.app.screen is modal
        error = modal.query_one("#error-start", Label)
        assert error.display and "Die dag bestaat niet" in shown(pilot.app, "#error-start")
        modal.query_one("#field-start", Input).value = "2020"
        modal.query_one("#field-end", Input).value = "~2018"
        await pilot.press("ctrl+s")
        assert "Het einde ligt vóór het begin." in shown(pilot.app, "#error-end")
        assert not modal.query_one("#error-start", Label).display
        modal.query_one("#field-end", Input).value = "06-2021"
        modal.query_one("#field-ongoing", Checkbox).value = True
        await pilot.press("ctrl+s")
        assert "loopt nog" in shown(pilot.app, "#error-end")
        await settle(pilot)
        assert store.saves == saves
        assert store.events.get("event-01").start == PartialDate(2020, 1)
        modal.query_one("#field-ongoing", Checkbox).value = False
        modal.query_one("#field-start", Input).value = "~03-2019"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, TimelineScreen)
        edited = store.events.get("event-01")
        assert (edited.start, edited.end) == (PartialDate.parse("~03-2019"), PartialDate(2021, 6))
        assert "ca. mrt 2019 – jun 2021  (░ datum onzeker)" in shown(pilot.app, "#timeline-details")


async def test_d_deletes_only_after_confirmation(store: Store) -> None:
    case = store_with_timeline(store)
    async with app_on(store).run_test(size=SIZE) as pilot:
        view = await open_timeline(pilot, case.id)
        await pilot.press("end", "d")
        assert isinstance(pilot.app.screen, ConfirmModal)
        await pilot.press("n")
        await settle(pilot)
        assert store.events.get(NAMED_EVENT).id == NAMED_EVENT
        await pilot.press("d", "y")
        await settle(pilot)
        ids = [e.id for e in store.events.for_case(case.id)]
        assert NAMED_EVENT not in ids and len(ids) == 21
        assert view.selected_id is None and NAMED_EVENT not in [e.id for e in view.events]
        assert "(21)" in shown(pilot.app, "#timeline-filter")


async def test_a_filter_limits_the_timeline_and_says_so_in_the_heading(store: Store) -> None:
    case = store_with_timeline(store)
    async with app_on(store).run_test(size=SIZE) as pilot:
        view = await open_timeline(pilot, case.id)
        await pilot.press("f")
        modal = pilot.app.screen
        assert isinstance(modal, FormModal)
        modal.query_one("#field-lanes", SelectionList).select(Lane.SCHOOL.value)
        modal.query_one("#field-valences", SelectionList).select(-1)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert {(e.lane, e.valence) for e in view.events} == {(Lane.SCHOOL, -1)}
        heading = shown(pilot.app, "#timeline-filter")
        assert "Filter: baan School; waardering belemmerend" in heading
        assert "(getoond 2 van 22 gebeurtenissen)" in heading
        await pilot.press("s")
        summary = shown(pilot.app, "#timeline-summary")
        assert "Filter: baan School" in summary and "alle gebeurtenissen" in summary
        assert "wachttijd 13 weken" in summary
        await pilot.press("c")
        assert "Alle gebeurtenissen (22)" in shown(pilot.app, "#timeline-filter")
        assert len(view.events) == 22


async def test_s_toggles_the_analysis_in_place_of_the_details(store: Store) -> None:
    case = store_with_timeline(store)
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_timeline(pilot, case.id)
        screen = pilot.app.screen
        await pilot.press("s")
        assert screen.query_one("#timeline-summary-box").display
        assert not screen.query_one("#timeline-details").display
        summary = shown(pilot.app, "#timeline-summary")
        assert "Per baan" in summary and "Per sleutel" in summary
        assert "3 belemmerende gebeurtenissen tussen" in summary
        assert "Aanmelding bij het wijkteam: wachttijd 13 weken" in summary
        await pilot.press("s")
        assert screen.query_one("#timeline-details").display


async def test_the_timeline_speaks_english_in_its_footer(store: Store) -> None:
    set_language("en")
    case = store_with_timeline(store)
    async with app_on(store).run_test(size=SIZE) as pilot:
        await open_timeline(pilot, case.id)
        bindings = pilot.app.screen.active_bindings
        assert bindings["a"].binding.description == "New"
        assert bindings["plus"].binding.description == "Zoom in"
        assert bindings["f"].binding.description == "Filter"
        assert "All events (22)" in shown(pilot.app, "#timeline-filter")
        assert isinstance(pilot.app.screen_stack[1], CaseListScreen)


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
async def test_every_key_of_the_timeline_screen_is_on_screen(
    store: Store, size: tuple[int, int]
) -> None:
    from tests.ui.screen_text import assert_every_key_on_screen

    case = store_with_timeline(store)
    async with app_on(store).run_test(size=size) as pilot:
        await open_timeline(pilot, case.id)
        await pilot.pause()
        assert assert_every_key_on_screen(pilot.app) >= 5


@pytest.mark.parametrize(("size", "in_footer"), [((80, 24), False), ((120, 36), True)])
async def test_the_legend_key_is_in_the_footer_or_else_in_the_headings_key_line(
    store: Store, size: tuple[int, int], in_footer: bool
) -> None:
    """`l` (the legend) was only in `?` and the palette. At 120 columns the Footer shows it;
    at 80 the Footer has no room and the heading's key line names it."""
    from tests.ui.screen_text import names_key

    case = store_with_timeline(store)
    async with app_on(store).run_test(size=size) as pilot:
        await open_timeline(pilot, case.id)
        await pilot.pause()
        footer = pilot.app.screen.query_one(KeyFooter)
        keys = [key.key for key in footer.query(FooterKey) if key.display]
        keys_line = shown(pilot.app, "#timeline-zoom")
    assert ("l" in keys) is in_footer, keys
    assert names_key(keys_line, "l legenda") and len(keys_line) <= size[0] - 2, keys_line
